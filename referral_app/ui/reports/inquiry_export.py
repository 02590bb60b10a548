"""Inquiries as CSV from the window: the same service, permission and audit
entry as ``referral-app export inquiries`` (EXPORT_INQUIRIES; the file appears
only once its audit entry is committed, see ``services.outputs``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from referral_app.domain.accounts import Actor
from referral_app.domain.reporting import Period
from referral_app.services import exports
from referral_app.services.database import Database
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService

#: A Danish Excel opens semicolon-separated files directly; English spreadsheets expect commas.
DELIMITER = {"da": ";", "en": ","}


def _tr(text: str) -> str:
    return QCoreApplication.translate("InquiryExport", text)


def suggested_name(period: Period, language: str) -> str:
    stem = "inquiries" if language == "en" else "henvendelser"
    if period.start == period.end:
        return f"{stem}-{period.start.isoformat()}.csv"
    return f"{stem}-{period.start.isoformat()}-{period.end.isoformat()}.csv"


def export_inquiries_csv(db: Database, dialogs: DialogService, actor: Actor, period: Period,
                         language: str) -> tuple[Path, int] | None:
    """Ask where, then write the period's inquiries; the path and the number of rows, or None
    (cancelled, or the user was told why not)."""
    title = QCoreApplication.translate("InquiryExport", "Export inquiries (CSV)")
    target = dialogs.save_file(title, Path.home() / suggested_name(period, language),
                               QCoreApplication.translate("InquiryExport", "CSV files (*.csv)"), suffix="csv")
    if target is None:
        return None
    rows = run_action(db, dialogs, title, lambda session: exports.export_inquiries(
        session, actor, period, target, delimiter=DELIMITER.get(language, ";"), language=language,
        overwrite=True)).value  # the save dialog asked before replacing an existing file
    if rows is None:
        return None
    return target, rows
