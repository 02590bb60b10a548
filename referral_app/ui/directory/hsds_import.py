"""File → Import directory (HSDS)…: take a partner's Open Referral HSDS 3.0
directory in. The coordinator picks a ``.json`` file, or the
``datapackage.json`` of a folder of CSV files; the window first shows what
would be added, changed and left alone (a dry run that writes nothing) and
imports only on confirmation. Both run on a worker thread with a progress
dialog that can cancel (a cancelled import writes nothing). The service checks the permission (coordinators
and administrators) and audits the import or the refusal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog, QWidget

from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.errors import DomainError
from referral_app.domain.hsds import ImportSummary
from referral_app.services.database import Database
from referral_app.translation import error_text
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.forms import cancel_text
from referral_app.ui.widgets.worker import Progress, Task, run_task

log = logging.getLogger(__name__)

MAX_NAMES = 15  # service names listed in the preview before "and N more"


class DirectoryImport(QObject):
    imported = Signal(object)  # the ImportSummary of a finished import

    def __init__(self, db: Database, hub: SignalHub, dialogs: DialogService,
                 actor: Callable[[], Actor | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._hub = hub
        self._dialogs = dialogs
        self._actor = actor
        self._source: Path | None = None
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        self.action = QAction(self)
        self.action.setObjectName("importDirectoryAction")
        self.action.triggered.connect(self.run)
        self.retranslate()
        self.apply_role()

    def apply_role(self) -> None:
        """Offered to coordinators and administrators; the service checks again."""
        actor = self._actor()
        self.action.setEnabled(actor is not None and actor.can(Permission.EDIT_DIRECTORY))

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Import directory (HSDS)…"))
        self.action.setToolTip(self.tr("Read an Open Referral HSDS 3.0 directory: a JSON file, "
                                       "or the datapackage.json of a folder of CSV files"))

    @property
    def busy(self) -> bool:
        return self._task is not None

    def run(self) -> None:
        """Pick a file; the preview and the import run in the background."""
        if self._task is not None:
            return
        chosen = self._dialogs.open_file(
            self.tr("Choose an HSDS file (or a folder's datapackage.json)"),
            None, self.tr("HSDS JSON (*.json)"))
        if chosen is None:
            return
        self._source = chosen.parent if chosen.name == "datapackage.json" else chosen
        self._start(dry_run=True)

    # -- internals ---------------------------------------------------------------
    def _start(self, *, dry_run: bool) -> None:
        from referral_app.services.hsds import importer  # here: the app starts without the importer

        db, actor, source = self._db, self._actor(), self._source
        assert source is not None

        def work(progress: Progress) -> ImportSummary:  # on a worker thread: no widgets here
            with db.begin() as session:
                return importer.import_path(session, actor, source, dry_run=dry_run, progress=progress)

        parent = self.parent()
        self._progress = QProgressDialog(
            self.tr("Reading {source}…").format(source=source.name) if dry_run
            else self.tr("Importing {source}…").format(source=source.name),
            cancel_text(), 0, 0, parent if isinstance(parent, QWidget) else None)
        self._progress.setObjectName("directoryImportProgress")
        self._progress.setWindowTitle(self.tr("Import directory"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._progress.canceled.connect(self._cancel)
        self._task = run_task(work, on_finished=lambda summary: self._finished(summary, dry_run),
                              on_failed=self._failed, on_progress=self._report, on_cancelled=self._cancelled)

    def _report(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _end(self) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _finished(self, summary: ImportSummary, dry_run: bool) -> None:
        self._end()
        title = self.tr("Import directory")
        if not dry_run:
            self._hub.directory_changed.emit()
            self._dialogs.information(title, self.tr("Imported {source}.").format(source=summary.source),
                                      self._counts(summary))
            self.imported.emit(summary)
            return
        if not summary.added and not summary.changed:
            self._dialogs.information(title, self.tr("{source} holds nothing new: every item is already "
                                                     "in the directory as it is.").format(source=summary.source))
            return
        if self._dialogs.question(title, self._counts(summary), self._details(summary),
                                  accept=self.tr("&Import")):
            self._start(dry_run=False)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, DomainError):
            problem = error_text(error)
        else:
            log.error("directory import failed", exc_info=error)
            problem = self.tr("An unexpected error stopped the import: {error}").format(error=error)
        self._dialogs.warning(self.tr("The directory was not imported"), problem)

    def _cancelled(self) -> None:
        self._end()
        self._dialogs.information(self.tr("Import directory"), self.tr("Cancelled: nothing was imported."))

    def _counts(self, summary: ImportSummary) -> str:
        lines = [self.tr("{source}:").format(source=summary.source)]
        for kind, label in (("service", self.tr("Services")), ("organization", self.tr("Organizations")),
                            ("location", self.tr("Addresses")), ("category", self.tr("Categories"))):
            lines.append(self.tr("{what}: {added} new, {changed} changed, {unchanged} unchanged").format(
                what=label, added=summary.count("added", kind), changed=summary.count("changed", kind),
                unchanged=summary.count("unchanged", kind)))
        if summary.dry_run:
            lines.append("\n" + self.tr("Import now?"))
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
