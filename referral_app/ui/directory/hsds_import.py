"""File → Import directory (HSDS)…: take a partner's Open Referral HSDS 3.0
directory in. The coordinator picks a ``.json`` file, or the
``datapackage.json`` of a folder of CSV files; the window first shows what
would be added, changed and left alone (a dry run that writes nothing) and
imports only on confirmation. The service checks the permission (coordinators
and administrators) and audits the import or the refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication

from referral_app.domain.accounts import Actor
from referral_app.domain.errors import DomainError
from referral_app.domain.hsds import ImportSummary
from referral_app.services.database import Database
from referral_app.services.hsds import importer
from referral_app.translation import error_text
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.dialogs import DialogService

MAX_NAMES = 15  # service names listed in the preview before "and N more"


class DirectoryImport(QObject):
    def __init__(self, db: Database, hub: SignalHub, dialogs: DialogService,
                 actor: Callable[[], Actor | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._hub = hub
        self._dialogs = dialogs
        self._actor = actor
        self.action = QAction(self)
        self.action.setObjectName("importDirectoryAction")
        self.action.triggered.connect(self.run)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Import directory (HSDS)…"))
        self.action.setToolTip(self.tr("Read an Open Referral HSDS 3.0 directory: a JSON file, "
                                       "or the datapackage.json of a folder of CSV files"))

    def run(self) -> ImportSummary | None:
        """Pick, preview, confirm, import. Returns what was imported, or None."""
        title = self.tr("Import directory")
        chosen = self._dialogs.open_file(
            self.tr("Choose an HSDS file (or a folder's datapackage.json)"),
            None, self.tr("HSDS JSON (*.json)"))
        if chosen is None:
            return None
        source = chosen.parent if chosen.name == "datapackage.json" else chosen
        preview = self._import(source, dry_run=True)
        if preview is None:
            return None
        if not preview.added and not preview.changed:
            self._dialogs.information(title, self.tr("{source} holds nothing new: every item is already "
                                                     "in the directory as it is.").format(source=preview.source))
            return None
        if not self._dialogs.question(title, self._counts(preview), self._details(preview)):
            return None
        done = self._import(source, dry_run=False)
        if done is None:
            return None
        self._hub.directory_changed.emit()
        self._dialogs.information(title, self.tr("Imported {source}.").format(source=done.source),
                                  self._counts(done))
        return done

    # -- internals ---------------------------------------------------------------
    def _import(self, source: Path, *, dry_run: bool) -> ImportSummary | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self._db.begin() as session:
                return importer.import_path(session, self._actor(), source, dry_run=dry_run)
        except DomainError as exc:
            problem = error_text(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._dialogs.warning(self.tr("The directory was not imported"), problem)
        return None

    def _counts(self, summary: ImportSummary) -> str:
        lines = [self.tr("{source}:").format(source=summary.source)]
        for kind, label in (("service", self.tr("Services")), ("organization", self.tr("Organizations")),
                            ("location", self.tr("Addresses")), ("category", self.tr("Categories"))):
            lines.append(self.tr("{what}: {added} new, {changed} changed, {unchanged} unchanged").format(
                what=label, added=summary.count("added", kind), changed=summary.count("changed", kind),
                unchanged=summary.count("unchanged", kind)))
        if summary.dry_run:
            lines.append(self.tr("Import now?"))
        return "\n".join(lines)

    def _details(self, summary: ImportSummary) -> str:
        parts = []
        for bucket, heading in (("added", self.tr("New services:")), ("changed", self.tr("Changed services:"))):
            names = [item.name for item in getattr(summary, bucket) if item.kind == "service"]
            if not names:
                continue
            shown = ", ".join(names[:MAX_NAMES])
            if len(names) > MAX_NAMES:
                shown += " " + self.tr("and {count} more").format(count=len(names) - MAX_NAMES)
            parts.append(f"{heading} {shown}")
        if summary.unmapped_terms:
            parts.append(self.tr("Categories from another taxonomy are kept but do not route until they are "
                                 "mapped: {terms}").format(terms=", ".join(summary.unmapped_terms)))
        return "\n\n".join(parts)
