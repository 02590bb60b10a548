"""Inquiries for a period as CSV, for a spreadsheet.

The file opens correctly in a Danish Excel: UTF-8 with a byte-order mark
and semicolons (``delimiter=","`` for other programs). Logged inquiries come
first, then the quick anonymous counts, each in time order, so the rows add
up to the statistics' "inquiries in total". Names and descriptions (free
text that may identify someone) are only included with ``with_names``,
which needs EXPORT_WITH_NAMES; every export is written to the audit trail.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from referral_app.db import models as m
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import local_day_bounds
from referral_app.domain.reporting import Period, parse_report_language
from referral_app.reports import texts
from referral_app.services import audit, outputs
from referral_app.services.permissions import require

DELIMITERS = (";", ",", "\t")
PAGE = 2000

# Column headers in Danish and English; the first list is without names.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("kind", "Type", "Kind"),
    ("id", "Nummer", "Number"),
    ("received", "Modtaget", "Received"),
    ("channel", "Kanal", "Channel"),
    ("category_code", "Kategorikode", "Category code"),
    ("category", "Kategori", "Category"),
    ("main_category", "Hovedkategori", "Main category"),
    ("focus_area", "Fokusområde", "Focus area"),
    ("urgency", "Hastegrad", "Urgency"),
    ("status", "Status", "Status"),
    ("language", "Sprog", "Language"),
    ("interpreter", "Tolk", "Interpreter"),
    ("resident_id", "Beboer nr.", "Resident no."),
    ("housing_organization", "Boligorganisation", "Housing organization"),
    ("age_band", "Aldersgruppe", "Age band"),
    ("referrals", "Henvisninger", "Referrals"),
)
NAME_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("name", "Navn", "Name"),
    ("description", "Beskrivelse", "Description"),
)
KINDS = {"inquiry": ("henvendelse", "inquiry"), "tally": ("optælling", "quick count")}
YES_NO = {True: ("ja", "yes"), False: ("nej", "no")}

MSG_BAD_DELIMITER = QT_TRANSLATE_NOOP("errors", "{value} is not one of the choices: {choices}.")


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def _local(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def _rows(session: Session, lower: datetime, upper: datetime, language: str, with_names: bool) -> Iterator[list[Any]]:
    category, parent, housing = aliased(m.Category), aliased(m.Category), aliased(m.Organization)
    referral_counts = (select(m.Referral.inquiry_id, func.count(m.Referral.id).label("n"))
                       .group_by(m.Referral.inquiry_id).subquery())
    stmt = (
        select(m.Inquiry, category.code, category.name_da, category.name_en, parent.name_da, parent.name_en,
               func.coalesce(category.focus_area, parent.focus_area), housing.name, m.Resident.full_name,
               func.coalesce(referral_counts.c.n, 0))
        .outerjoin(category, category.id == m.Inquiry.category_id)
        .outerjoin(parent, parent.id == category.parent_id)
        .outerjoin(housing, housing.id == m.Inquiry.housing_organization_id)
        .outerjoin(m.Resident, m.Resident.id == m.Inquiry.resident_id)
        .outerjoin(referral_counts, referral_counts.c.inquiry_id == m.Inquiry.id)
        .where(m.Inquiry.received_at >= lower, m.Inquiry.received_at < upper)
        .order_by(m.Inquiry.received_at, m.Inquiry.id)
        .execution_options(yield_per=PAGE)
    )
    en = language == "en"

    def label(value: str | None) -> str:
        return texts.enum_text(value, language) if value else ""

    for row, code, name_da, name_en, main_da, main_en, focus, org, name, referrals in session.execute(stmt):
        values = [
            _pick(KINDS["inquiry"], language), row.id, _local(row.received_at), label(row.channel), code or "",
            (name_en if en else name_da) or "", (main_en if en else main_da) or (name_en if en else name_da) or "",
            label(focus), label(row.urgency), label(row.status), row.language or "", _pick(YES_NO[bool(row.interpreter_needed)], language),
            row.resident_id if row.resident_id is not None else "", org or "", row.age_band or "", int(referrals),
        ]
        if with_names:
            values += [name or "", row.description or ""]
        yield values
    tallies = (
        select(m.Tally, category.code, category.name_da, category.name_en, parent.name_da, parent.name_en,
               func.coalesce(category.focus_area, parent.focus_area))
        .outerjoin(category, category.id == m.Tally.category_id)
        .outerjoin(parent, parent.id == category.parent_id)
        .where(m.Tally.at >= lower, m.Tally.at < upper, m.Tally.undone_at.is_(None))
        .order_by(m.Tally.at, m.Tally.id)
        .execution_options(yield_per=PAGE)
    )
    for row, code, name_da, name_en, main_da, main_en, focus in session.execute(tallies):
        values = [
            _pick(KINDS["tally"], language), row.id, _local(row.at), label(row.channel), code or "",
            (name_en if en else name_da) or "", (main_en if en else main_da) or (name_en if en else name_da) or "",
            label(focus), "", "", "", "", "", "", "", 0,
        ]
        if with_names:
            values += ["", ""]
        yield values


def export_inquiries(session: Session, actor: Actor, period: Period, target: Path, *, delimiter: str = ";",
                     with_names: bool = False, language: str = "da", overwrite: bool = False) -> int:
    """Write the period's inquiries and quick counts to ``target``; returns the number of rows.

    Written to a temporary file beside the target, audited, and moved into
    place when the transaction commits: a failure leaves no file and no
    file is left without its audit entry.
    """
    require(session, actor, Permission.EXPORT_INQUIRIES)
    if with_names:
        require(session, actor, Permission.EXPORT_WITH_NAMES)
    language = parse_report_language(language)
    if delimiter not in DELIMITERS:
        raise ValidationError(MSG_BAD_DELIMITER, field="delimiter", value=delimiter, choices="; , tab")
    lower, upper = local_day_bounds(period.start)[0], local_day_bounds(period.end)[1]
    count = 0

    def write(handle: BinaryIO) -> None:
        nonlocal count
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=delimiter)
        columns = COLUMNS + (NAME_COLUMNS if with_names else ())
        writer.writerow([_pick((da, en), language) for _, da, en in columns])
        # Read in a transaction of its own that takes no write lock: the
        # caller's transaction begins only with the export's audit entry.
        with audit.reading(session) as reader:
            for values in _rows(reader, lower, upper, language, with_names):
                writer.writerow(values)
                count += 1
        text.flush()
        text.detach()  # the handle is closed by write_file, after it is synced

    outputs.write_audited(
        session, Path(target), write, overwrite=overwrite,
        record=lambda path: audit.record(
            session, actor, AuditAction.EXPORT, entity="inquiry",
            detail=f"csv {period.start}..{period.end} rows={count} names={'yes' if with_names else 'no'} "
                   f"file={path.name}"))
    return count
