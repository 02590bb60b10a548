"""The Reports page: choose a report and its parameters, make it in the
background with a progress bar, look at it, then print it or save it.

Which reports appear follows the role: the front desk prints slips,
coordinators everything, managers the statistics. The PDF is made on a
worker thread (``ui.worker``) with its own database session and shown from
memory, so a case summary is never written to disk unless the user saves it.
Printing and saving a case summary are written to the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QKeyCombination, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.errors import DomainError
from referral_app.domain.inquiries import local_today
from referral_app.domain.reporting import Period, RenderedReport, ReportKind
from referral_app.services import reporting as reporting_service
from referral_app.services import todays_list as todays_list_service
from referral_app.services.database import Database, Session
from referral_app.translation import error_text
from referral_app.ui.reports.inquiry_export import export_inquiries_csv
from referral_app.ui.reports.params import CaseForm, SlipForm, StatsForm
from referral_app.ui.reports.printing import PrintError, PrintHook, print_with_dialog
from referral_app.ui.reports.slip_language import SlipLanguageDialog
from referral_app.ui.reports.todays_list_form import TodaysListForm
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.forms import cancel_text, notice_label
from referral_app.ui.widgets.worker import Task, run_task

KIND_PERMISSIONS = {
    ReportKind.SLIP: Permission.PRINT_SLIP,
    ReportKind.CASE_SUMMARY: Permission.PRINT_CASE,
    ReportKind.STATISTICS: Permission.PRINT_STATISTICS,
    ReportKind.TODAYS_LIST: Permission.LOG_INQUIRY,  # as `referral-app inquiry list`
}


class ReportsPage(QWidget):
    #: A report was made and is shown in the preview.
    report_ready = Signal(object)
    #: Making a report failed (the user was told why) or was cancelled.
    report_failed = Signal()
    #: A report was printed (True) or printing was given up (False).
    printed = Signal(bool)

    def __init__(self, db: Database, hub: SignalHub, dialogs: DialogService, actor: Callable[[], Actor | None],
                 language: str, parent: QWidget | None = None, *,
                 current_referral: Callable[[], int | None] | None = None,
                 printer: PrintHook | None = None, pool: QThreadPool | None = None,
                 desk: Callable[[], str] | None = None, slip_action: QAction | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._db = db
        self._dialogs = dialogs
        self._actor = actor
        self._language = language
        self._current_referral = current_referral or (lambda: None)
        self._desk = desk or (lambda: "")
        self._names_hidden = False
        self._print = printer or print_with_dialog
        self._pool = pool or QThreadPool(self)
        self._task: Task | None = None
        self._print_when_ready = False
        self._last_referral: int | None = None
        self.report: RenderedReport | None = None

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.slip_form = SlipForm(self)
        self.case_form = CaseForm(self)
        self.stats_form = StatsForm(self)
        self.list_form = TodaysListForm(self)
        self.forms = QStackedWidget(self)
        self.form_for = {ReportKind.SLIP: self.slip_form, ReportKind.CASE_SUMMARY: self.case_form,
                         ReportKind.STATISTICS: self.stats_form, ReportKind.TODAYS_LIST: self.list_form}
        for form in self.form_for.values():
            self.forms.addWidget(form)
        self.generate_button = QPushButton(self)
        self.generate_button.setObjectName("reportGenerate")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("reportCancel")
        self.cancel_button.setEnabled(False)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("reportPrint")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("reportSave")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("reportExportCsv")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.no_access = notice_label(self, "reportsNoAccess")
        self.no_access.setVisible(False)

        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.preview = QPdfView(self)
        self.preview.setObjectName("reportPreview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setPageSpacing(12)
        self.empty_hint = QLabel(self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.preview_stack = QStackedWidget(self)
        self.preview_stack.addWidget(self.empty_hint)
        self.preview_stack.addWidget(self.preview)

        self._build_layout()
        # "Print the slip" (Ctrl+Shift+P): the main window's File menu holds it, ``slip_action``,
        # and triggers it also before this page is built; a page on its own makes its own.
        if slip_action is None:
            slip_action = QAction(self)
            slip_action.setObjectName("printSlipAction")
            slip_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
            slip_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            slip_action.triggered.connect(self.print_slip_now)
        self.slip_action = slip_action

        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.export_button.clicked.connect(self.export_csv)
        hub.referral_changed.connect(self.referral_seen)
        hub.names_masked_changed.connect(self.set_names_hidden)
        self.retranslate(language)
        self._update_buttons()

    def _build_layout(self) -> None:
        self.panel = QWidget(self)
        self.panel.setObjectName("reportPanel")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.kind_label, self.kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)
        outputs = QHBoxLayout()
        outputs.addWidget(self.print_button)
        outputs.addWidget(self.save_button)
        column = QVBoxLayout(self.panel)
        column.addWidget(self.title)
        column.addWidget(self.no_access)
        column.addLayout(form)
        column.addWidget(self.forms)
        column.addLayout(buttons)
        column.addWidget(self.export_button)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addStretch(1)
        column.addLayout(outputs)
        self.panel.setMinimumWidth(300)
        self.panel.setMaximumWidth(420)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("reportSplitter")
        splitter.addWidget(self.panel)
        splitter.addWidget(self.preview_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """The page's keys, reached by whatever the inputs leave unhandled: Enter
        makes the report, Esc stops it, Ctrl+P prints, Ctrl+Shift+S saves."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.generate()
        elif key == Qt.Key.Key_Escape and self._task is not None:
            self.cancel()
        elif event.matches(QKeySequence.StandardKey.Print):
            self.print_report()
        elif event.keyCombination() == QKeyCombination(
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_S):
            self.save_report()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- language and role ---------------------------------------------------------------
    def retranslate(self, language: str) -> None:
        self._language = language
        self.title.setText(self.tr("Reports"))
        self.kind_label.setText(self.tr("&Report:"))
        self.kind.setAccessibleName(self.tr("Report"))
        self.generate_button.setText(self.tr("&Generate"))
        self.generate_button.setToolTip(self.tr("Make the report (Enter)"))
        self.cancel_button.setText(cancel_text())
        self.cancel_button.setToolTip(self.tr("Stop making the report (Esc)"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the report shown (Ctrl+P)"))
        self.save_button.setText(self.tr("Save &as…"))
        self.save_button.setToolTip(self.tr("Save the report shown as a PDF file (Ctrl+Shift+S)"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        self.empty_hint.setText(self.tr("Choose a report and press Generate. It is shown here before you print "
                                        "or save it."))
        self.no_access.setText(self.tr("Your role cannot make reports."))
        self.slip_action.setText(self.tr("Print &slip for the referral"))
        self.export_button.setText(self.tr("E&xport inquiries (CSV)…"))
        self.export_button.setToolTip(self.tr("Save the inquiries of the chosen day or period as a CSV file for a "
                                              "spreadsheet (without names)"))
        for form in self.form_for.values():
            form.retranslate()
        for combo in (self.case_form.language, self.stats_form.language):  # the report speaks as the user does
            combo.setCurrentIndex(max(combo.findData(language), 0))
        self._fill_kinds()

    def _fill_kinds(self) -> None:
        actor = self._actor()
        current = self.kind.currentData()
        names = {ReportKind.SLIP: self.tr("Slip for the resident"),
                 ReportKind.CASE_SUMMARY: self.tr("Case summary"),
                 ReportKind.STATISTICS: self.tr("Statistics"),
                 ReportKind.TODAYS_LIST: self.tr("The day's inquiries (list)")}
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind, permission in KIND_PERMISSIONS.items():
            if actor is not None and actor.can(permission):
                self.kind.addItem(names[kind], kind.value)
        index = self.kind.findData(current)
        if index < 0 and actor is not None and actor.can(Permission.PRINT_STATISTICS) \
                and not actor.can(Permission.PRINT_SLIP):
            index = self.kind.findData(ReportKind.STATISTICS.value)
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self._kind_chosen()

    def may_use(self) -> bool:
        actor = self._actor()
        return actor is not None and any(actor.can(p) for p in KIND_PERMISSIONS.values())

    def apply_role(self) -> None:
        """Offer the reports the signed-in role may make (called at sign-in)."""
        allowed = self.may_use()
        self.no_access.setVisible(not allowed)
        for widget in (self.kind, self.kind_label, self.forms, self.generate_button, self.cancel_button):
            widget.setVisible(allowed)
        self._fill_kinds()
        if self.report is not None:
            self._clear_preview()
        actor = self._actor()
        if actor is not None and actor.can(Permission.PRINT_CASE):
            recipients = run_action(self._db, self._dialogs, self.tr("Reports"), reporting_service.recipients).value
            if recipients is not None:
                self.case_form.set_organizations(recipients)
        self._update_buttons()

    def focus_first(self) -> None:
        self.kind.setFocus()

    def current_kind(self) -> ReportKind | None:
        value = self.kind.currentData()
        return ReportKind(value) if value else None

    def choose(self, kind: ReportKind) -> bool:
        index = self.kind.findData(kind.value)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        return index >= 0

    def _kind_chosen(self, *_args: object) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.forms.setCurrentWidget(self.form_for[kind])
        self._update_export()

    def referral_seen(self, referral_id: int) -> None:
        """The last referral made or changed at this desk is the slip's default,
        in the language recorded for its resident."""
        if self._task is None:
            if referral_id != self._last_referral:
                self.slip_form.set_language(None)
            self.slip_form.referral.setValue(referral_id)
        self._last_referral = referral_id

    # -- making a report ---------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._task is not None

    def _job(self, actor: Actor) -> tuple[Callable[[Callable[[int, int], None]], RenderedReport], str] | None:
        """The background work for the chosen report, or None after telling the user what to fix."""
        db = self._db
        kind = self.current_kind()
        if kind is ReportKind.SLIP:
            slip = self.slip_form.values()
            return (lambda progress: _in_session(db, lambda s: reporting_service.render_slip(
                s, actor, slip.referral_id, language=slip.language, progress=progress)),
                self.tr("Slip for referral %1").replace("%1", str(slip.referral_id)))
        if kind is ReportKind.CASE_SUMMARY:
            case = self.case_form.values()
            return (lambda progress: _in_session(db, lambda s: reporting_service.render_case_summary(
                s, actor, case.inquiry_id, recipient_id=case.recipient_id, language=case.language,
                log_view=False, progress=progress),
                then=lambda s, report: reporting_service.record_case_view(s, actor, report)),
                self.tr("Case summary for inquiry %1").replace("%1", str(case.inquiry_id)))
        if kind is ReportKind.TODAYS_LIST:
            listed = self.list_form.values()
            desk = self._desk() if listed.this_desk_only else None
            hidden, language = self._names_hidden, self._language
            return (lambda _progress: _in_session(db, lambda s: todays_list_service.render_todays_list(
                s, actor, day=listed.day, desk=desk, names_hidden=hidden, language=language),
                then=lambda s, report: todays_list_service.record_view(s, actor, report)),
                self.tr("The day's inquiries"))
        if kind is ReportKind.STATISTICS:
            try:
                stats = self.stats_form.values()
            except DomainError as exc:
                self._dialogs.warning(self.tr("Reports"), error_text(exc))
                self.stats_form.end.setFocus()
                return None
            return (lambda progress: _in_session(db, lambda s: reporting_service.render_statistics(
                s, actor, stats.period, language=stats.language, progress=progress)),
                self.tr("Statistics"))
        return None

    def generate(self) -> None:
        """Make the chosen report in the background; the preview shows it when done."""
        actor = self._actor()
        if actor is None or self._task is not None or not self.may_use():
            return
        job = self._job(actor)
        if job is None:
            return
        work, description = job
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Making: %1…").replace("%1", description))
        self._task = run_task(work, on_finished=self._finished, on_failed=self._failed,
                              on_progress=self._progressed, on_cancelled=self._cancelled, pool=self._pool)
        self._update_buttons()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _end_task(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _finished(self, report: RenderedReport) -> None:
        self._end_task()
        self._show(report)
        self.status.setText(self.tr("Ready. Pages: %1.").replace("%1", str(self.document.pageCount())))
        self.report_ready.emit(report)
        if self._print_when_ready:
            self._print_when_ready = False
            self.print_report()

    def _failed(self, error: BaseException) -> None:
        self._end_task()
        self._print_when_ready = False
        self.status.setText("")
        if isinstance(error, DomainError):
            self._dialogs.warning(self.tr("Reports"), error_text(error))
        else:
            self._dialogs.critical(self.tr("Reports"), self.tr("The report could not be made."), str(error))
        self.report_failed.emit()

    def _cancelled(self) -> None:
        self._end_task()
        self._print_when_ready = False
        self.status.setText(self.tr("Cancelled; nothing was made."))
        self.report_failed.emit()

    def _show(self, report: RenderedReport) -> None:
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(report.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.report = report
        self.preview_stack.setCurrentWidget(self.preview)
        self._update_buttons()

    def _clear_preview(self) -> None:
        """Nothing of the last signed-in person's report stays on screen."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self.report = None
        self.status.setText("")
        self.preview_stack.setCurrentWidget(self.empty_hint)

    def _update_buttons(self) -> None:
        busy = self._task is not None
        ready = self.report is not None and not busy
        self.generate_button.setEnabled(not busy and self.may_use())
        self.cancel_button.setEnabled(busy)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.kind.setEnabled(not busy)
        self.forms.setEnabled(not busy)

    # -- printing and saving ------------------------------------------------------------------
    def print_report(self) -> None:
        report, actor = self.report, self._actor()
        if report is None or actor is None or self._task is not None:
            return
        title = report.file_name_in(self._language).removesuffix(".pdf")

        def audit_first() -> None:
            """Committed before the first page goes out: no printout without its entry."""
            with self._db.begin() as session:
                reporting_service.record_output(session, actor, report, AuditAction.PRINT)

        try:
            done = self._print(self.document, title, self, audit_first)
        except DomainError as exc:
            self._dialogs.warning(self.tr("Print"), self.tr("The report was not printed."), error_text(exc))
            self.printed.emit(False)
            return
        except (PrintError, OSError, RuntimeError) as exc:
            self._dialogs.warning(self.tr("Print"), self.tr("The report was not printed."), str(exc))
            self.printed.emit(False)
            return
        if done:
            self.status.setText(self.tr("Sent to the printer."))
        self.printed.emit(bool(done))

    def save_report(self) -> None:
        report, actor = self.report, self._actor()
        if report is None or actor is None or self._task is not None:
            return
        target = self._dialogs.save_file(self.tr("Save the report"), Path.home() / report.file_name_in(self._language),
                                         self.tr("PDF files (*.pdf)"), suffix="pdf")
        if target is None:
            return
        written = run_action(  # the dialog asked before replacing an existing file
            self._db, self._dialogs, self.tr("Save the report"),
            lambda session: reporting_service.save(session, actor, report, target, overwrite=True)).value
        if written is None:
            return
        self.status.setText(self.tr("Saved as %1").replace("%1", str(written)))

    def _recorded_language(self, actor: Actor, referral_id: int) -> str:
        """The slip language recorded for the referral's resident (Danish if none, or if the
        referral is not there: making the slip then says why)."""
        recorded = run_action(self._db, None, "slip language", lambda session: reporting_service.slip_language_for(
            session, actor, referral_id)).value
        return recorded or "da"

    def print_slip_now(self) -> None:
        """Ctrl+Shift+P: the slip for the referral on screen (else the last one made
        at this desk, else the number typed) is made in the language chosen in a small
        dialog (the resident's recorded language already chosen: Enter prints), shown
        in the preview and sent to the print dialog."""
        actor = self._actor()
        if actor is None or not actor.can(Permission.PRINT_SLIP) or self._task is not None:
            return
        referral_id = self._current_referral() or self._last_referral
        if referral_id is not None:
            self.slip_form.referral.setValue(referral_id)
        referral_id = self.slip_form.referral.value()
        language, accepted = SlipLanguageDialog.choose(referral_id, self._recorded_language(actor, referral_id),
                                                       self)
        if not accepted:
            return
        self.slip_form.set_language(language)
        self.choose(ReportKind.SLIP)
        self._print_when_ready = True
        self.generate()
        if self._task is None:
            self._print_when_ready = False

    def _print_now(self, kind: ReportKind) -> bool:
        """Make the report chosen in the form for ``kind`` and send it to the print dialog when ready."""
        actor = self._actor()
        if actor is None or not actor.can(KIND_PERMISSIONS[kind]) or self._task is not None:
            return False
        self.choose(kind)
        self._print_when_ready = True
        self.generate()
        if self._task is None:
            self._print_when_ready = False
        return self._task is not None

    def print_case_now(self, inquiry_id: int) -> bool:
        """Ctrl+P in the queue: the case summary of the referral's inquiry, for our own file,
        in the language of the UI."""
        self.case_form.inquiry.setValue(inquiry_id)
        self.case_form.recipient.setCurrentIndex(0)
        return self._print_now(ReportKind.CASE_SUMMARY)

    def print_todays_list_now(self) -> bool:
        """The front desk's "Print today's list": today's inquiries at this desk."""
        self.list_form.show_today()
        return self._print_now(ReportKind.TODAYS_LIST)

    def may_export(self) -> bool:
        actor = self._actor()
        return actor is not None and actor.can(Permission.EXPORT_INQUIRIES)

    def _update_export(self) -> None:
        self.export_button.setVisible(self.may_export() and self.current_kind() in (
            ReportKind.STATISTICS, ReportKind.TODAYS_LIST))

    def export_csv(self) -> Path | None:
        """The inquiries of the day (the day's list) or the period (statistics) as CSV."""
        kind = self.current_kind()
        if kind is ReportKind.TODAYS_LIST:
            day = self.list_form.values().day
            period = Period.between(day, day)
        else:
            try:
                period = self.stats_form.values().period
            except DomainError as exc:
                self._dialogs.warning(self.tr("Reports"), error_text(exc))
                return None
        return self.export_period(period)

    def export_period(self, period: Period) -> Path | None:
        actor = self._actor()
        if actor is None:
            return None
        written = export_inquiries_csv(self._db, self._dialogs, actor, period, self._language)
        if written is None:
            return None
        path, rows = written
        self.status.setText(self.tr("Saved {rows} inquiries as {path}").format(rows=rows, path=path))
        return path

    def export_today(self) -> Path | None:
        """The front desk's "Export (CSV)": today's inquiries."""
        today = local_today()
        return self.export_period(Period.between(today, today))

    def set_names_hidden(self, hidden: bool) -> None:
        self._names_hidden = hidden


def _in_session(db: Database, work: Callable[[Session], RenderedReport],
                then: Callable[[Session, RenderedReport], None] | None = None) -> RenderedReport:
    """Run ``work(session)`` (on the worker thread) in a transaction that only
    reads, so building the PDF holds no write lock; ``then(session, report)``
    writes what must be logged in a short transaction of its own."""
    with db.reading() as session:
        report = work(session)
    if then is not None:
        with db.begin() as session:
            then(session, report)
    return report
