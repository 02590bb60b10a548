"""The audit log for managers and administrators: filter, scroll, export.

Opening the log with a filter is itself logged (once per filter, not per
page scrolled), and so is every export.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.audit import ACTION_LABELS, AuditAction, AuditEntry, AuditFilter
from referral_app.domain.audit_chain import PROBLEM_TEXTS, ChainReport
from referral_app.domain.errors import DomainError
from referral_app.services import audit as audit_service
from referral_app.services import directory as directory_service
from referral_app.services.database import Database
from referral_app.translation import error_text, format_number, lookup
from referral_app.ui.admin.audit_model import (
    COL_ACTION,
    COL_AT,
    COL_DETAIL,
    COL_ENTITY,
    COL_USER,
    AuditModel,
)
from referral_app.ui.admin.resident_finder import ResidentFinder
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.columns import fit_columns
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.paging import PageRequest
from referral_app.ui.widgets.worker import Progress, Task, run_task


class AuditPager:
    """Reads pages of the log for one filter, each in a short transaction of its own."""

    def __init__(self, db: Database, actor: Actor, flt: AuditFilter) -> None:
        self.db, self.actor, self.flt = db, actor, flt

    def read(self, request: PageRequest[AuditEntry]) -> tuple[AuditEntry, ...]:
        with self.db.begin() as session:
            return audit_service.list_events(
                session, self.actor, self.flt, offset=request.end_offset if request.from_end else request.offset,
                limit=request.limit, log_view=False, after=request.after, before=request.before,
                from_end=request.from_end)


class AuditTable(QTableView):
    """Ctrl+End on a log counted only in part asks for the whole count first."""

    end_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        model = self.model()
        if (event.matches(QKeySequence.StandardKey.MoveToEndOfDocument) and isinstance(model, AuditModel)
                and not model.exact):
            self.end_requested.emit()
        super().keyPressEvent(event)


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
        self.resident = ResidentFinder(db, dialogs, actor, "audit log filter", self)
        self.resident.set_object_names("auditResident")
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
        self.table = AuditTable(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        fit_columns(self.table.horizontalHeader(), COL_DETAIL, visible_rows_only=True)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.details = QLabel(self)
        self.details.setObjectName("auditDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("The chosen entry in full"))

        bar = QHBoxLayout()
        second = QHBoxLayout()
        self.user.setMinimumWidth(self.user.fontMetrics().horizontalAdvance("M" * 10))
        for text, widget, row in ((self.tr("&From"), self.start, bar), (self.tr("&To"), self.end, bar),
                                  (self.tr("St&aff"), self.user, bar), (self.tr("A&ction"), self.action, bar),
                                  (self.tr("&Resident"), self.resident.search, second)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            row.addWidget(label)
            row.addWidget(self.resident if widget is self.resident.search else widget, 1 if row is second else 0)
        self.resident.results.setAccessibleName(self.tr("Resident chosen for the filter"))
        bar.addStretch(1)
        second.addWidget(self.apply_button)
        second.addStretch(1)
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.verify_button)
        tools.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Audit log"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addLayout(tools, 1)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.summary)
        layout.addWidget(self.chain_status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_entry(current.row()))
        self.model.modelReset.connect(lambda: self.show_entry(-1))
        self.apply_button.clicked.connect(self.refresh)
        self.table.end_requested.connect(self._count_all)
        self.model.size_changed.connect(self._update_summary)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self.user.returnPressed.connect(self.refresh)
        self.resident.chosen.connect(lambda _id: self.refresh() if self.resident.found else None)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

    def focus_first(self) -> None:
        self.start.setFocus()

    def take_over(self, other: AuditPage) -> None:
        """The filter ``other`` had (period, staff, action, resident), shown again
        with its entries if it had shown any: the admin tabs are made anew
        when the language changes, and a switch must not lose what was typed."""
        self.start.setDate(other.start.date())
        self.end.setDate(other.end.date())
        self.user.setText(other.user.text())
        self.action.setCurrentIndex(max(0, self.action.findData(other.action.currentData())))
        self.resident.take_over(other.resident)
        if other.model.rowCount() > 0:
            self.refresh()

    def current_filter(self) -> AuditFilter | None:
        resident_id = self.resident.resident_id()
        if self.resident.has_text() and resident_id is None:
            self._dialogs.warning(self.tr("Audit log"), self.tr(
                "Search for the resident (type the name and press Enter) and choose one, or clear the field."))
            self.resident.search.setFocus()
            return None
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
        size = run_action(self._db, self._dialogs, self.tr("Audit log"),
                          lambda session: audit_service.open_view(session, actor, flt)).value
        if size is None:
            return
        self._filter = flt
        self.model.reset(size.count, AuditPager(self._db, actor, flt), exact=size.exact)
        self._load_category_names()
        self._update_summary()

    def _update_summary(self) -> None:
        if self.model.exact:
            self.summary.setText(self.tr("%n entries", "", self.model.rowCount()))
        else:  # counted up to a limit: the rest would take reading them all
            self.summary.setText(self.tr("more than %1 entries").replace("%1", format_number(self.model.rowCount())))

    def _count_all(self) -> None:
        """The exact count of a log counted only in part, for a jump to its end."""
        actor = self._actor()
        if actor is None or self.model.exact:
            return
        flt = self._filter
        total = run_action(self._db, self._dialogs, self.tr("Audit log"),
                           lambda session: audit_service.count_events(session, actor, flt)).value
        if total is not None:
            self.model.settle(total)

    def show_entry(self, row: int) -> None:
        """The chosen entry in full under the table: the details column is often too narrow."""
        entry = self.model.entry(row) if row >= 0 else None
        if entry is None:
            self.details.clear()
            return
        self.details.setText(self.tr("%1 · %2 · %3 · %4: %5").replace("%1", self.model.text(entry, COL_AT)).replace(
            "%2", self.model.text(entry, COL_USER)).replace("%3", self.model.text(entry, COL_ACTION)).replace(
            "%4", self.model.text(entry, COL_ENTITY)).replace("%5", self.model.text(entry, COL_DETAIL) or "–"))

    def _load_category_names(self) -> None:
        categories = run_action(self._db, None, "categories", directory_service.list_categories).value
        if categories is not None:
            language = "da" if QLocale().language() == QLocale.Language.Danish else "en"
            self.model.set_category_names({c.code: c.name(language) for c in categories})

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
