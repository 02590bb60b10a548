"""Printing and exporting from where the work is: the case summary from the
queue (Ctrl+P), today's list and the CSV export from the front desk and the
Reports page (same permissions and audit as the command line), and the saved
message fading once the next inquiry is typed."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.reporting import ReportKind
from referral_app.domain.residents import ResidentDraft
from referral_app.services import directory, intake, referrals, residents
from referral_app.ui.main_window import PAGE_FRONT_DESK, PAGE_REFERRALS, PAGE_REPORTS
from tests.services.staff import make_staff
from tests.ui.test_front_desk import Keyboard
from tests.ui.test_reports_page import FakePrinter


@pytest.fixture
def day(sqlite_db):
    """Today at the desk "Skranke": a named inquiry with a referral, and an anonymous one at another desk."""
    with sqlite_db.begin() as s:
        coord = make_staff(s, Role.COORDINATOR, "carl", "Carl Koordinator")
        front = make_staff(s, Role.FRONT_DESK, "frida", "Frida Skranke")
        resident = residents.create(s, front, ResidentDraft(full_name="Mette Jensen", phone="20123456")).id
        named = intake.log_inquiry(s, front, InquiryDraft(category_code="bolig.vedligehold",
                                                          description="Skimmel i badeværelset",
                                                          resident_id=resident, desk="Skranke"))
        intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid", desk="Biblioteket"))
        service = next(sv.id for org in directory.list_directory(s, active_only=True) for sv in org.services)
        referral = referrals.create(s, front, named.id, service)
    return {"coord": coord, "front": front, "inquiry": named.id, "referral": referral.id}


def open_window(make_window, qtbot, actor, language="da"):
    window = make_window(language)
    window.show()
    window.activateWindow()
    window.set_actor(actor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts reach the active window only
    printer = FakePrinter()
    window.reports_page._print = printer
    return window, printer


def pdf_text(report) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(report.pdf)).pages)


def audit(sqlite_db, action: str) -> list[str]:
    with sqlite_db.begin() as s:
        return list(s.scalars(select(m.AuditEvent.detail).where(m.AuditEvent.action == action,
                                                                m.AuditEvent.entity == "inquiry")))


def test_ctrl_p_in_the_queue_prints_the_case_summary_of_the_chosen_referral(make_window, qtbot, day, sqlite_db):
    window, printer = open_window(make_window, qtbot, day["coord"])
    window.show_page(PAGE_REFERRALS)
    page = window.referral_page
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    page.select_referral(day["referral"])
    qtbot.waitUntil(lambda: page.shown_referral() is not None and page.print_case_button.isEnabled())
    page.table.setFocus()
    with qtbot.waitSignal(window.reports_page.printed, timeout=20_000) as printed:
        qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [True]
    report = window.reports_page.report
    assert report.kind is ReportKind.CASE_SUMMARY and report.subject_id == day["inquiry"]
    assert printer.calls == [(window.reports_page.document.pageCount(), f"sagsoversigt-{day['inquiry']}")]
    assert "Skimmel i badeværelset" in pdf_text(report)
    assert window.current_page() == PAGE_REFERRALS  # printed from where the work is
    with sqlite_db.begin() as s:
        printed_entries = s.scalars(select(m.AuditEvent.entity_id).where(m.AuditEvent.action == "print")).all()
    assert printed_entries == [str(day["inquiry"])]


def test_front_desk_prints_todays_list_of_this_desk(make_window, qtbot, day, sqlite_db):
    window, printer = open_window(make_window, qtbot, day["front"])
    window.show_page(PAGE_FRONT_DESK)
    page = window.front_desk_page
    assert page.desk() == "Skranke"
    assert not page.export_button.isVisible()  # front-desk staff may not export, as on the command line
    with qtbot.waitSignal(window.reports_page.printed, timeout=20_000) as printed:
        qtbot.mouseClick(page.print_list_button, Qt.MouseButton.LeftButton)
    assert printed.args == [True]
    report = window.reports_page.report
    assert report.kind is ReportKind.TODAYS_LIST and report.file_name.startswith("dagens-liste-")
    text = pdf_text(report)
    assert "Skranke: Skranke" in text and "1 henvendelser" in text
    assert "Mette Jensen" in text and "Skimmel i badeværelset" in text
    assert "MitID" not in text  # the other desk's inquiry is not on this desk's list
    shown, printed_entries = audit(sqlite_db, "search"), audit(sqlite_db, "print")
    assert any(d.startswith("todays list") and "desk=Skranke rows=1" in d for d in shown)
    assert len(printed_entries) == 1 and "names=shown" in printed_entries[0]


def test_with_names_hidden_the_list_has_initials(make_window, qtbot, day):
    window, _printer = open_window(make_window, qtbot, day["front"])
    window.set_names_masked(True)
    with qtbot.waitSignal(window.reports_page.printed, timeout=20_000):
        window.front_desk_page.print_list_button.click()
    text = pdf_text(window.reports_page.report)
    assert "M. J." in text and "Mette Jensen" not in text


def test_a_coordinator_exports_todays_inquiries_as_csv_from_the_front_desk(make_window, qtbot, day, sqlite_db,
                                                                          fake_dialogs, tmp_path):
    window, _printer = open_window(make_window, qtbot, day["coord"])
    window.show_page(PAGE_FRONT_DESK)
    page = window.front_desk_page
    assert page.export_button.isVisible()
    fake_dialogs.file_to_save = tmp_path / "dag.csv"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO((tmp_path / "dag.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Type", "Nummer", "Modtaget"]
    assert len(rows) == 3 and "Mette Jensen" not in (tmp_path / "dag.csv").read_text(encoding="utf-8-sig")
    exported = audit(sqlite_db, "export")
    assert len(exported) == 1 and "rows=2" in exported[0] and "file=dag.csv" in exported[0]


def test_the_reports_page_makes_the_days_list_and_exports_a_period(make_window, qtbot, day, fake_dialogs,
                                                                   tmp_path):
    window, printer = open_window(make_window, qtbot, day["coord"], "en")
    window.show_page(PAGE_REPORTS)
    page = window.reports_page
    assert page.choose(ReportKind.TODAYS_LIST)
    page.list_form.this_desk.setChecked(False)  # every desk
    assert page.export_button.isVisible()
    with qtbot.waitSignal(page.report_ready, timeout=20_000) as ready:
        page.generate_button.setFocus()
        qtbot.keyClick(page.generate_button, Qt.Key.Key_Return)
    text = pdf_text(ready.args[0])
    assert "All desks · 2 inquiries" in text and "MitID" in text and "anonymous" in text
    fake_dialogs.file_to_save = tmp_path / "day.csv"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO((tmp_path / "day.csv").read_text(encoding="utf-8-sig")), delimiter=","))
    assert rows[0][:3] == ["Kind", "Number", "Received"] and len(rows) == 3
    assert page.status.text() == f"Saved 2 inquiries as {tmp_path / 'day.csv'}"
    # The file name a save dialog suggests follows the language too.
    assert ready.args[0].file_name_in("en").startswith("todays-list-")
    page.choose(ReportKind.SLIP)
    assert not page.export_button.isVisible()


def test_the_saved_message_fades_when_the_next_inquiry_is_typed(make_window, qtbot, day):
    window, _printer = open_window(make_window, qtbot, day["front"])
    form = window.front_desk_page.form
    keys = Keyboard(qtbot)
    form.focus_first()
    keys.type("skim")
    qtbot.waitUntil(form.category.suggestions_visible)
    keys.press(Qt.Key.Key_Return)
    assert keys.focus() is form.description
    keys.type_free_text("Skimmel i køkkenet")
    with qtbot.waitSignal(form.saved):
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.status.text().startswith("Gemt som henvendelse")
    assert keys.focus() is form.category
    keys.type("mit")  # the next resident's inquiry starts
    qtbot.waitUntil(lambda: form.status.text() == "", timeout=5000)
