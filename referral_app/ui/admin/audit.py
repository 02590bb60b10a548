"""The audit log for managers and administrators: filter, scroll, export.

Opening the log with a filter is itself logged (once per filter, not per
page scrolled), and so is every export.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.audit import ACTION_LABELS, AuditAction, AuditFilter
from referral_app.domain.audit_chain import PROBLEM_TEXTS, ChainReport
from referral_app.domain.errors import DomainError
from referral_app.services import audit as audit_service
from referral_app.services.database import Database
from referral_app.translation import error_text, lookup
from referral_app.ui.admin.audit_model import AuditModel
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.worker import Progress, Task, run_task


class AuditPage(QWidget):
    def __init__(self, db: Database, dialogs: DialogService, actor: Callable[[], Actor | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._db = db
        self._actor = actor
        self._dialogs = dialogs
        self._filter = AuditFilter()
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-30), self)
        self.end = QDateEdit(today, self)
        for edit, name in ((self.start, "auditFrom"), (self.end, "auditTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.user = QLineEdit(self)
        self.user.setObjectName("auditUser")
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            self.action.addItem(lookup("enums", ACTION_LABELS[action]), action.value)
        self.resident = QLineEdit(self)
        self.resident.setObjectName("auditResident")
        self.resident.setMaximumWidth(90)
        self.apply_button = QPushButton(self.tr("&Show"), self)
        self.apply_button.setObjectName("auditApply")
        self.apply_button.setDefault(True)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setObjectName("auditExport")
        self.summary = QLabel(self)
        self.summary.setObjectName("auditSummary")
        self.verify_button = QPushButton(self.tr("Check &integrity"), self)
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.setToolTip(self.tr("Check that no entry in the log was changed, deleted or inserted"))
        self.chain_status = QLabel(self)
        self.chain_status.setObjectName("auditChain")
        self.chain_status.setWordWrap(True)
        self.chain_status.setAccessibleName(self.tr("Result of the integrity check"))
        self._verify_task: Task | None = None
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Audit log"))

        bar = QHBoxLayout()
        for text, widget in ((self.tr("&From"), self.start), (self.tr("&To"), self.end), (self.tr("St&aff"), self.user),
                             (self.tr("A&ction"), self.action), (self.tr("&Resident no."), self.resident)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.apply_button)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Audit log"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.chain_status)
        layout.addWidget(self.table, 1)

        self.apply_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        for field in (self.user, self.resident):
            field.returnPressed.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

    def focus_first(self) -> None:
        self.start.setFocus()

    def current_filter(self) -> AuditFilter | None:
        resident_text = self.resident.text().strip()
        resident_id = None
        if resident_text:
            if not resident_text.isdecimal():  # what int() reads ("²" is a digit to isdigit() only)
                self._dialogs.warning(self.tr("Audit log"), self.tr("The resident number must be a whole number."))
                self.resident.setFocus()
                return None
            resident_id = int(resident_text)
        start = _utc_start(self.start.date())
        end = _utc_start(self.end.date().addDays(1))
        if end <= start:
            self._dialogs.warning(self.tr("Audit log"), self.tr("The period ends before it starts."))
            self.end.setFocus()
            return None
        value = self.action.currentData()
        return AuditFilter(start=start, end=end, username=self.user.text().strip() or None,
                           action=AuditAction(value) if value else None, resident_id=resident_id)

    def refresh(self) -> None:
        actor = self._actor()
        flt = self.current_filter()
        if actor is None or flt is None:
            return
        total = run_action(self._db, self._dialogs, self.tr("Audit log"),
                           lambda session: audit_service.open_log(session, actor, flt)).value
        if total is None:
            return
        self._filter = flt

        def load(offset: int, limit: int, after: object = None) -> tuple:
            with self._db.begin() as session:
                return audit_service.list_events(session, actor, flt, offset=offset, limit=limit, log_view=False,
                                                  after=after)  # type: ignore[arg-type]

        self.model.reset(total, load)
        self.summary.setText(self.tr("%n entries", "", total))

    def export(self) -> None:
        actor = self._actor()
        flt = self.current_filter()
        if actor is None or flt is None:
            return
        target = self._dialogs.save_file(self.tr("Export the audit log"), None, self.tr("CSV files (*.csv)"),
                                         suffix="csv")
        if target is None:
            return
        try:  # the dialog asked before replacing an existing file
            count = run_action(self._db, self._dialogs, self.tr("Audit log"), lambda session: audit_service.export_csv(
                session, actor, flt, target, overwrite=True)).value
        except OSError as exc:
            self._dialogs.warning(self.tr("Audit log"), self.tr("The file could not be written: %1").replace(
                "%1", exc.strerror or str(exc)))
            return
        if count is not None:
            self._dialogs.information(self.tr("Audit log"), self.tr("%n entries exported.", "", count))


    def verify(self) -> None:
        """Walk the whole hash chain in the background and show the first broken link."""
        actor = self._actor()
        if actor is None or self._verify_task is not None:
            return
        db = self._db

        def work(_progress: Progress) -> ChainReport:
            with db.begin() as session:
                return audit_service.verify_log(session, actor)

        self.verify_button.setEnabled(False)
        self._show_chain("checking", self.tr("Checking the log…"))
        self._verify_task = run_task(work, on_finished=self._verified, on_failed=self._verify_failed)

    def _verified(self, report: ChainReport) -> None:
        self._verify_task = None
        self.verify_button.setEnabled(True)
        if report.intact:
            self._show_chain("intact", self.tr("✓ The log is intact: %n entries checked.", "", report.checked))
            return
        assert report.problem is not None
        problem = lookup("audit", PROBLEM_TEXTS[report.problem]).format(id=report.entry_id,
                                                                         expected=report.expected_id)
        self._show_chain("broken", self.tr("✗ The log has been tampered with: %1.").replace("%1", problem))

    def _verify_failed(self, error: BaseException) -> None:
        self._verify_task = None
        self.verify_button.setEnabled(True)
        self._show_chain("", "")
        text = error_text(error) if isinstance(error, DomainError) else str(error)
        self._dialogs.warning(self.tr("Audit log"), text)

    def _show_chain(self, state: str, text: str) -> None:
        self.chain_status.setProperty("state", state)
        # The words carry the result; the colour only repeats it.
        self.chain_status.setStyleSheet("color: #a40000; font-weight: bold;" if state == "broken" else "")
        self.chain_status.setText(text)


def _utc_start(day: QDate) -> datetime:
    local = datetime.combine(day.toPython(), time.min).astimezone()
    return local.astimezone(UTC)


__all__ = ["AuditPage"]
