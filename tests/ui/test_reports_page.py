"""The Reports page: the reports each role may make, making one in the
background with progress, the preview, printing through an injected printer
(and one that fails), saving, cancelling, bad input, and the print-slip
shortcut; plus the worker helper and the real page-by-page printing code."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from referral_app import translation
from referral_app.db import models as m
from referral_app.domain.reporting import PeriodKind, ReportKind
from referral_app.services import reporting as reporting_service
from referral_app.ui.reports.page import ReportsPage
from referral_app.ui.reports.printing import PrintError, render_to_printer
from referral_app.ui.reports.slip_language import SlipLanguageDialog
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.worker import run_task


class FakePrinter:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.calls: list[tuple[int, str]] = []

    def __call__(self, document: QPdfDocument, title: str, parent: object, before_print=lambda: None) -> bool:
        self.calls.append((document.pageCount(), title))
        if self.fail:
            raise PrintError("The printer could not be started. Check that it is switched on and connected.")
        before_print()  # as the real hook does once the printer has started
        return True


@pytest.fixture
def sqlite_url(sample_sqlite):
    """Every test here works on a copy of the report sample (built once per session)."""
    return sample_sqlite.url


@pytest.fixture
def sample(sample_sqlite):
    return sample_sqlite.made


@pytest.fixture
def make_page(qtbot, qapp, sqlite_db, fake_dialogs):
    assert translation.install(qapp, "en")

    def make(actor, printer=None, hub=None) -> ReportsPage:
        page = ReportsPage(sqlite_db, hub or SignalHub(), fake_dialogs, lambda: actor, "en",
                           printer=printer or FakePrinter())
        qtbot.addWidget(page)
        page.apply_role()
        page.resize(1100, 760)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def kinds(page: ReportsPage) -> list[str]:
    return [page.kind.itemData(i) for i in range(page.kind.count())]


def generate(qtbot, page: ReportsPage) -> object:
    with qtbot.waitSignal(page.report_ready, timeout=60_000) as ready:
        page.generate_button.setFocus()
        qtbot.keyClick(page.generate_button, Qt.Key.Key_Return)
    return ready.args[0]


def test_each_role_sees_the_reports_it_may_make(make_page, sample) -> None:
    assert kinds(make_page(sample.front)) == ["slip", "today"]
    assert kinds(make_page(sample.coordinator)) == ["slip", "case", "stats", "today"]
    manager = make_page(sample.manager)
    assert kinds(manager) == ["stats"] and manager.forms.currentWidget() is manager.stats_form
    admin = make_page(sample.admin)
    assert kinds(admin) == [] and admin.no_access.isVisible() and not admin.generate_button.isVisible()


def test_statistics_are_made_off_the_gui_thread_and_previewed(make_page, sample, qtbot, monkeypatch) -> None:
    threads: list[int] = []
    real = reporting_service.render_statistics

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(reporting_service, "render_statistics", spy)
    page = make_page(sample.manager)
    page.stats_form.year.setValue(2025)
    page.stats_form.set_kind(PeriodKind.YEAR)
    steps: list[int] = []
    page.progress.valueChanged.connect(steps.append)
    assert not page.print_button.isEnabled()
    report = generate(qtbot, page)
    assert threads and threads[0] != threading.get_ident()
    assert report.kind is ReportKind.STATISTICS and report.pdf.startswith(b"%PDF")
    assert page.document.pageCount() >= 3 and page.preview_stack.currentWidget() is page.preview
    assert steps and max(steps) >= 50 and not page.progress.isVisible()
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert page.status.text() == f"Ready. Pages: {page.document.pageCount()}."


def test_enter_in_the_form_makes_the_report(make_page, sample, qtbot) -> None:
    page = make_page(sample.front)
    page.slip_form.focus_first()
    qtbot.keyClicks(page.slip_form.referral, str(sample.slip_referral))
    with qtbot.waitSignal(page.report_ready, timeout=60_000):
        qtbot.keyClick(page.slip_form.referral, Qt.Key.Key_Return)
    assert page.document.pageCount() == 1


def test_printing_a_case_summary_is_audited(make_page, sample, qtbot, sqlite_db) -> None:
    printer = FakePrinter()
    page = make_page(sample.coordinator, printer)
    page.choose(ReportKind.CASE_SUMMARY)
    page.case_form.inquiry.setValue(sample.case_inquiry)
    page.case_form.recipient.setCurrentIndex(page.case_form.recipient.findData(sample.recipient_id))
    generate(qtbot, page)
    with qtbot.waitSignal(page.printed) as printed:
        page.print_button.setFocus()
        qtbot.keyClick(page.print_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [True]
    assert printer.calls == [(page.document.pageCount(), f"case-summary-{sample.case_inquiry}")]
    with sqlite_db.begin() as s:
        actions = list(s.scalars(select(m.AuditEvent.action).where(
            m.AuditEvent.entity == "inquiry", m.AuditEvent.entity_id == str(sample.case_inquiry))))
    assert actions.count("view") == 1 and actions.count("print") == 1


def test_a_failing_printer_says_so_and_nothing_is_logged_as_printed(make_page, sample, qtbot, fake_dialogs,
                                                                    sqlite_db) -> None:
    page = make_page(sample.coordinator, FakePrinter(fail=True))
    page.choose(ReportKind.CASE_SUMMARY)
    page.case_form.inquiry.setValue(sample.case_inquiry)
    generate(qtbot, page)
    with qtbot.waitSignal(page.printed) as printed:
        page.print_report()
    assert printed.args == [False]
    shown = fake_dialogs.shown[-1]
    assert shown.kind == "warning" and shown.text == "The report was not printed."
    assert "switched on" in shown.informative
    with sqlite_db.begin() as s:
        assert s.scalar(select(m.AuditEvent.id).where(m.AuditEvent.action == "print")) is None


def test_no_printout_when_its_audit_entry_cannot_be_written(make_page, sample, qtbot, fake_dialogs, sqlite_db,
                                                           monkeypatch) -> None:
    from referral_app.domain.errors import StorageError

    def failing(*_args, **_kwargs):
        raise StorageError("The database is busy: {detail}", detail="test")

    printer = FakePrinter()
    page = make_page(sample.coordinator, printer)
    page.choose(ReportKind.CASE_SUMMARY)
    page.case_form.inquiry.setValue(sample.case_inquiry)
    generate(qtbot, page)
    monkeypatch.setattr(reporting_service, "record_output", failing)
    with qtbot.waitSignal(page.printed) as printed:
        page.print_report()
    assert printed.args == [False]
    assert fake_dialogs.shown[-1].text == "The report was not printed."
    assert page.status.text() != "Sent to the printer."


def test_save_as_writes_the_pdf_and_a_bad_folder_is_reported(make_page, sample, qtbot, fake_dialogs,
                                                             tmp_path) -> None:
    page = make_page(sample.manager)
    page.stats_form.set_kind(PeriodKind.QUARTER)
    page.stats_form.year.setValue(2025)
    report = generate(qtbot, page)
    out = tmp_path / "out"
    out.mkdir()
    fake_dialogs.file_to_save = out / "statistik"
    qtbot.keyClick(page.save_button, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert (out / "statistik.pdf").read_bytes() == report.pdf
    assert "statistik.pdf" in page.status.text()
    fake_dialogs.file_to_save = out / "missing" / "s.pdf"
    page.save_report()
    assert fake_dialogs.shown[-1].kind == "warning" and "does not exist" in fake_dialogs.shown[-1].text
    assert sorted(p.name for p in out.iterdir()) == ["statistik.pdf"]


def test_bad_input_is_explained(make_page, sample, qtbot, fake_dialogs) -> None:
    page = make_page(sample.coordinator)
    page.slip_form.referral.setValue(999_999)
    with qtbot.waitSignal(page.report_failed, timeout=60_000):
        page.generate()
    assert fake_dialogs.shown[-1].text == "There is no referral with number 999999."
    assert not page.print_button.isEnabled()
    page.choose(ReportKind.STATISTICS)
    form = page.stats_form
    form.set_kind(PeriodKind.CUSTOM)
    form.start.setDate(form.end.date().addDays(3))
    page.generate()
    assert not page.is_busy()
    assert fake_dialogs.shown[-1].text == "The end of the period must come after its start."


def test_cancelling_stops_the_work(make_page, sample, qtbot, monkeypatch) -> None:
    started = threading.Event()

    def slow(session, actor, period, *, language="da", progress=None, now=None):
        started.set()
        for step in range(10_000):
            progress(step, 10_000)
            threading.Event().wait(0.005)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(reporting_service, "render_statistics", slow)
    page = make_page(sample.manager)
    page.generate()
    assert page.is_busy() and page.cancel_button.isEnabled() and not page.generate_button.isEnabled()
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(page.report_failed, timeout=10_000):
        qtbot.keyClick(page.cancel_button, Qt.Key.Key_Escape)
    assert page.status.text() == "Cancelled; nothing was made."
    assert not page.is_busy() and page.report is None


def test_the_print_slip_shortcut_prints_the_last_referral(make_page, sample, qtbot, monkeypatch) -> None:
    printer = FakePrinter()
    hub = SignalHub()
    page = make_page(sample.front, printer, hub)
    hub.referral_changed.emit(sample.slip_referral)
    assert page.slip_form.referral.value() == sample.slip_referral
    asked = []  # the language dialog (tests/ui/test_slip_language_ui.py drives it): accept its default
    monkeypatch.setattr(SlipLanguageDialog, "choose",
                        lambda referral_id, default, parent=None: asked.append((referral_id, default)) or (default,
                                                                                                          True))
    with qtbot.waitSignal(page.printed, timeout=60_000):
        page.slip_action.trigger()
    assert printer.calls == [(1, f"slip-FI-{sample.slip_referral:06d}")]
    assert asked == [(sample.slip_referral, "da")]  # an anonymous inquiry: no recorded language


def test_the_worker_reports_progress_and_results_on_the_gui_thread(qtbot) -> None:
    seen: list[tuple[str, object, bool]] = []
    gui = threading.get_ident()

    def work(progress):
        progress(1, 2)
        return threading.get_ident()

    done = []
    task = run_task(work, on_finished=lambda r: (seen.append(("done", r, threading.get_ident() == gui)),
                                                 done.append(1)),
                    on_failed=lambda e: seen.append(("failed", e, True)),
                    on_progress=lambda d, t: seen.append(("progress", (d, t), threading.get_ident() == gui)))
    qtbot.waitUntil(lambda: bool(done))
    assert seen[0] == ("progress", (1, 2), True)
    assert seen[1][0] == "done" and seen[1][1] != gui and seen[1][2]
    assert task.done.is_set()


def test_real_printing_draws_every_page(qtbot, sample, sqlite_db, tmp_path) -> None:
    """The page-by-page printing code, with a PDF file as the printer."""
    with sqlite_db.begin() as s:
        report = reporting_service.render_case_summary(s, sample.coordinator, sample.case_inquiry, log_view=False)
    buffer = QBuffer()
    buffer.setData(QByteArray(report.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    render_to_printer(document, printer)
    from pypdf import PdfReader

    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == document.pageCount()

    def audit_fails() -> None:
        raise RuntimeError("the audit entry could not be written")

    refused = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    refused.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    refused.setOutputFileName(str(tmp_path / "refused.pdf"))
    with pytest.raises(RuntimeError):
        render_to_printer(document, refused, before_print=audit_fails)
    target = tmp_path / "refused.pdf"  # a PDF "printer" cannot abort: it may hold one blank page, no more
    if target.exists() and target.stat().st_size:
        assert all(not (p.extract_text() or "").strip() for p in PdfReader(str(target)).pages)


def test_in_the_main_window(make_window, sample, qtbot) -> None:
    window = make_window("en")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(sample.coordinator)
    window.page_actions[3].trigger()  # Ctrl+4 (the keys themselves are tested with the main window)
    page = window.stack.currentWidget()
    assert page is window.reports_page and kinds(page) == ["slip", "case", "stats", "today"]
    assert page.slip_action in window.file_menu.actions()
    assert page.slip_action.shortcut().toString() == "Ctrl+Shift+P"
    assert page.case_form.recipient.count() > 5  # our own file and the directory's organizations
    window.set_actor(sample.manager)
    assert kinds(page) == ["stats"]
