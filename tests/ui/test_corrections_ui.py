"""Corrections and the readable audit log, driven from the keyboard in Danish.

A front-desk worker opens a saved inquiry from today's list (a row, Enter),
corrects it and saves; an administrator then finds the change in the audit
log with before and after, in words. A coordinator merges two records of the
same person from the duplicate warning. The audit log is filtered by a
resident found by name.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

import referral_app.ui.main_window  # noqa: F401 - imported up front: application shortcuts need it
from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Channel, Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.services import audit, intake, referrals
from referral_app.services import residents as resident_service
from referral_app.translation import label
from referral_app.ui.admin.audit import AuditPage
from referral_app.ui.admin.audit_model import (
    COL_AT,
    COL_DETAIL,
    COL_ENTITY,
    COL_PURPOSE,
    COL_RESIDENT,
    COL_USER,
)
from referral_app.ui.front_desk.correction import CorrectionDialog
from referral_app.ui.front_desk.new_resident import NewResidentDialog
from referral_app.ui.resident.merge import MergeDialog
from tests.services.staff import make_staff
from tests.ui.fakes import FakeDialogService

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def staff(sqlite_db):
    with sqlite_db.begin() as s:
        return {
            "front": make_staff(s, Role.FRONT_DESK, "frida", "Frida Skranke"),
            "coordinator": make_staff(s, Role.COORDINATOR, "carl", "Carl Koordinator"),
            "admin": make_staff(s, Role.ADMIN, "anne", "Anne Admin"),
        }


def _key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key to whatever has the focus, as a user's keyboard would."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def _table_rows(page: AuditPage) -> list[list[str]]:
    model = page.model
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def _audit_page(qtbot, sqlite_db, actor) -> AuditPage:
    page = AuditPage(sqlite_db, FakeDialogService(), lambda: actor)
    qtbot.addWidget(page)
    page.resize(1280, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_correct_a_saved_inquiry_from_todays_list_and_find_it_in_the_audit_log(
        make_window, qtbot, sqlite_db, staff) -> None:
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(staff["front"])
    page = window.front_desk_page
    with sqlite_db.begin() as s:
        inquiry = intake.log_inquiry(s, staff["front"], InquiryDraft(
            channel=Channel.WALK_IN, category_code="digital.mitid", description="Kan ikke logge på MitID",
            desk=page.desk()))
    page.refresh_today()
    assert page.today_model.rowCount() == 1

    window.activateWindow()
    page.today.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.today)
    _key(qtbot, Qt.Key.Key_Down)  # the first row
    assert page.today.currentIndex().row() == 0
    _key(qtbot, Qt.Key.Key_Return)
    dialog = page.correction_dialog
    assert isinstance(dialog, CorrectionDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.category)
    assert dialog.description.toPlainText() == "Kan ikke logge på MitID"

    _key(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.category, "skimmel")
    _key(qtbot, Qt.Key.Key_Return)  # the highlighted suggestion
    assert dialog.category.chosen is not None and dialog.category.chosen.code == "bolig.vedligehold"
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.description
    _key(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.description, "Skimmel i badeværelset")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.channel
    _key(qtbot, Qt.Key.Key_Down)  # Fremmøde -> Telefon
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    with sqlite_db.begin() as s:
        row = s.get(m.Inquiry, inquiry.id)
        assert (row.category.code, row.channel, row.description, row.version) == (
            "bolig.vedligehold", "phone", "Skimmel i badeværelset", 2)
    assert page.today_model.inquiry(0).category_code == "bolig.vedligehold"  # the list was refreshed

    audit_page = _audit_page(qtbot, sqlite_db, staff["admin"])
    audit_page.refresh()
    corrected = [row for row in _table_rows(audit_page) if row[COL_ENTITY] == f"Henvendelse {inquiry.id}"
                 and row[COL_DETAIL].startswith("Rettet")]
    assert len(corrected) == 1
    entry = corrected[0]
    assert entry[COL_USER] == "Frida Skranke (frida)"
    with sqlite_db.begin() as s:
        names = {c.code: c.name_da for c in s.scalars(select(m.Category))}
    assert f"Kategori: {names['digital.mitid']} → {names['bolig.vedligehold']}" in entry[COL_DETAIL]
    assert f"Kanal: {label(Channel.WALK_IN)} → {label(Channel.PHONE)}" in entry[COL_DETAIL]
    assert "Beskrivelse (tegn): 23 → 22" in entry[COL_DETAIL]


def test_someone_elses_inquiry_is_not_opened_and_a_conflict_is_reported(
        qtbot, sqlite_db, staff) -> None:
    from referral_app.ui.front_desk.correction import open_correction

    with sqlite_db.begin() as s:
        inquiry = intake.log_inquiry(s, staff["front"], InquiryDraft(category_code="digital.mitid", description="x"))
        other = make_staff(s, Role.FRONT_DESK, "otto", "Otto Anden")
        categories = tuple(s.scalars(select(m.Category.code)))
    dialogs = FakeDialogService()
    assert open_correction(sqlite_db, dialogs, other, inquiry.id, (), "en") is None
    assert dialogs.kinds() == ["warning"] and "Only the staff member who logged" in dialogs.shown[0].text
    assert categories

    dialog = open_correction(sqlite_db, dialogs, staff["front"], inquiry.id, (), "en")
    qtbot.addWidget(dialog)
    with sqlite_db.begin() as s:  # the coordinator corrects it meanwhile
        from referral_app.domain.inquiries import InquiryCorrection
        from referral_app.services import corrections

        corrections.correct_inquiry(s, staff["coordinator"], inquiry.id, InquiryCorrection(
            category_code="digital.mitid", description="y", channel=Channel.PHONE, language=None, resident_id=None))
    dialog.description.setPlainText("z")
    assert not dialog.save()
    assert "carl corrected inquiry" in dialogs.shown[-1].text and dialog.isVisible()  # nothing typed is lost
    assert dialog.description.toPlainText() == "z"


def test_merge_two_residents_from_the_duplicate_warning(qtbot, sqlite_db, staff) -> None:
    with sqlite_db.begin() as s:
        first = resident_service.create(s, staff["front"], ResidentDraft(
            "Gitte Hansen", phone="31 22 44 55", street="Høje Gladsaxe", house_number="77", birth_year=1960))
        second = resident_service.create(s, staff["front"], ResidentDraft(
            "Gitte Hansén", phone="31 22 44 55", email="gitte@example.dk", birth_year=1961))
        inquiry = intake.log_inquiry(s, staff["front"], InquiryDraft(category_code="digital.mitid",
                                                                     resident_id=second.id))
        service_id = s.scalar(select(m.Service.id).where(m.Service.status == "active").limit(1))
        referral = referrals.create(s, staff["front"], inquiry.id, service_id)
        s.add(m.Consent(resident_id=second.id, purpose="store_data"))
    dialogs = FakeDialogService(answer_yes=True)
    dialog = NewResidentDialog(sqlite_db, staff["coordinator"], "Henvendelse i skranken", parent=None,
                               dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClicks(dialog.name, "Gitte Hansen")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.phone, "31224455")
    _key(qtbot, Qt.Key.Key_Return)  # save: the duplicate check finds both records
    assert dialog.duplicates.isVisible() and dialog.duplicate_list.count() == 2
    assert dialog.merge_button.isVisible() and dialog.merge_button.isEnabled()
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
    merge = dialog.merge_dialog
    assert isinstance(merge, MergeDialog) and merge.isVisible()
    keep, gone = merge.keep.id, merge.other.id
    assert (keep, gone) == (first.id, second.id)  # the highlighted record is kept
    # The kept record's own values are chosen; its empty e-mail is not.
    assert merge.choices["email"][1].isChecked()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is merge.choices["full_name"][0])
    merge.choices["birth_year"][1].setFocus()
    _key(qtbot, Qt.Key.Key_Space)  # the other record's birth year wins
    qtbot.keyClick(merge.merge_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.resident is not None and dialog.resident.id == keep
    assert dialogs.kinds() == ["question"]

    with sqlite_db.begin() as s:
        kept, other = s.get(m.Resident, keep), s.get(m.Resident, gone)
        assert kept.email == "gitte@example.dk" and kept.phone == "+4531224455"
        assert kept.birth_year == 1961 and kept.house_number == "77"
        assert other.merged_into_id == keep and other.full_name is None
        assert s.get(m.Inquiry, inquiry.id).resident_id == keep
        assert s.get(m.Referral, referral.id).inquiry.resident_id == keep
        assert s.scalars(select(m.Consent.resident_id)).all() == [keep]
        merges = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "merge")).all()
    assert sorted(e.resident_id for e in merges) == sorted((keep, gone))
    assert all("taken=email,birth_year" in e.detail and e.username == "carl" for e in merges)


def test_audit_log_reads_in_words_and_filters_by_a_resident_found_by_name(
        qtbot, qapp, sqlite_db, staff) -> None:
    from referral_app import translation

    assert translation.install(qapp, "da")
    with sqlite_db.begin() as s:
        gitte = resident_service.create(s, staff["front"], ResidentDraft("Gitte Hansen", phone="31224455")).id
        other = resident_service.create(s, staff["front"], ResidentDraft("Ole Olsen")).id
        resident_service.get(s, staff["front"], gitte, "Inquiry at the front desk")
        resident_service.get(s, staff["front"], other, "Inquiry at the front desk")
        audit.record(s, staff["coordinator"], AuditAction.SEARCH, entity="referral",
                     detail="queue QueueFilter(organization_id=None, service_id=None, status=None, "
                            "category_code='digital.mitid', staff_username=None, overdue_only=True, "
                            "open_only=True, text=None)")
        audit.record(s, staff["coordinator"], AuditAction.UPDATE, entity="referral", entity_id=465,
                     resident_id=gitte, detail="status=sent")
        audit.record(s, staff["admin"], AuditAction.UPDATE, entity="staff_user",
                     entity_id=staff["front"].user_id, detail="frida role=coordinator")
        row = s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()
        row_at = row.at
    assert utcnow() - row_at < timedelta(minutes=5)

    page = _audit_page(qtbot, sqlite_db, staff["admin"])
    page.refresh()
    rows = _table_rows(page)
    assert not any("QueueFilter" in cell or "staff_user" in cell for r in rows for cell in r)
    queue = next(r for r in rows if r[COL_DETAIL].startswith("Henvisningskø"))
    assert "Overskredne: ja" in queue[COL_DETAIL] and "organization_id" not in queue[COL_DETAIL]
    staff_row = next(r for r in rows if r[COL_ENTITY].startswith("Medarbejderkonto"))
    assert staff_row[COL_ENTITY] == "Medarbejderkonto: Frida Skranke"
    assert "Rolle: Koordinator" in staff_row[COL_DETAIL]
    # The full date and time fits its column.
    at_text = rows[0][COL_AT]
    assert len(at_text) == len("06.12.2026 14:05:09")
    assert page.table.columnWidth(COL_AT) > page.table.fontMetrics().horizontalAdvance(at_text)

    page.activateWindow()
    page.resident.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.resident.search)
    qtbot.keyClicks(page.resident.search, "gitte hansen")
    _key(qtbot, Qt.Key.Key_Return)  # finds her, and the log shows only her entries
    qtbot.waitUntil(lambda: not page.resident.searching)  # the search runs on its own thread
    assert page.resident.results.currentText() == f"Gitte Hansen (nr. {gitte})"
    rows = _table_rows(page)
    assert rows and all(r[COL_RESIDENT] == f"G. H. (nr. {gitte})" for r in rows)
    assert any(r[COL_ENTITY] == f"Beboer: G. H. (nr. {gitte})" and r[COL_PURPOSE] == "Henvendelse i skranken"
               for r in rows)
    assert any(r[COL_ENTITY] == "Henvisning 465" and r[COL_DETAIL] == f"Status: {label_status('sent')}"
               for r in rows)
    with sqlite_db.begin() as s:  # the administrator's name search is itself logged, with its purpose
        searches = s.scalars(select(m.AuditEvent).where(m.AuditEvent.purpose == "audit log filter")).all()
    assert len(searches) == 1 and searches[0].username == "anne"


def label_status(value: str) -> str:
    from referral_app.domain.enums import ReferralStatus

    return label(ReferralStatus(value))


def test_resident_page_edits_details_and_merges_a_record_found_by_search(qtbot, sqlite_db, staff) -> None:
    from referral_app.ui.resident.dialog import ResidentDialog

    with sqlite_db.begin() as s:
        ole = resident_service.create(s, staff["front"], ResidentDraft("Ole Olsen", phone="40506070"))
        twin = resident_service.create(s, staff["front"], ResidentDraft("Ole Olesen", email="ole@example.dk")).id
        ole = resident_service.get(s, staff["coordinator"], ole.id, "test")
    dialogs = FakeDialogService(answer_yes=True)
    page = ResidentDialog(sqlite_db, dialogs, lambda: staff["coordinator"], ole)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    qtbot.keyClick(page.edit_button, Qt.Key.Key_Space)
    edit = page.edit_dialog
    assert isinstance(edit, NewResidentDialog) and edit.name.text() == "Ole Olsen"
    assert edit.phone.text() == "40 50 60 70"
    edit.address.setFocus()
    qtbot.keyClicks(edit.address, "Høje Gladsaxe 12, 2. th")
    qtbot.keyClick(edit.ok_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not edit.isVisible())
    assert "Høje Gladsaxe 12, 2. th" in page.summary.text()

    qtbot.keyClick(page.merge_button, Qt.Key.Key_Space)
    merge = page.merge_dialog
    assert isinstance(merge, MergeDialog) and merge.search.isVisible()
    qtbot.keyClicks(merge.search, "Ole Olesen")
    qtbot.keyClick(merge.search, Qt.Key.Key_Return)
    assert merge.found.count() >= 1
    qtbot.keyClick(merge.found, Qt.Key.Key_Return)
    assert merge.other is not None and merge.other.id == twin
    assert merge.choices["email"][1].isChecked() and merge.choices["full_name"][0].isChecked()
    qtbot.keyClick(merge.merge_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not merge.isVisible())
    assert "ole@example.dk" in page.summary.text()
    with sqlite_db.begin() as s:
        assert s.get(m.Resident, twin).merged_into_id == ole.id
        assert s.get(m.Resident, ole.id).street == "Høje Gladsaxe"


def test_double_click_opens_the_inquiry_and_a_coordinator_corrects_yesterdays(
        make_window, qtbot, sqlite_db, staff) -> None:
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(staff["coordinator"])
    page = window.front_desk_page
    with sqlite_db.begin() as s:
        yesterday = intake.log_inquiry(s, staff["front"], InquiryDraft(
            category_code="digital.mitid", description="I går", desk=page.desk()), now=utcnow() - timedelta(days=1))
        intake.log_inquiry(s, staff["front"], InquiryDraft(category_code="digital.mitid", desk=page.desk()))
    page.refresh_today()
    rect = page.today.visualRect(page.today_model.index(0, 1))
    # A real double-click is a press, a release and a double-click event (QTest's sends only the last).
    qtbot.mouseClick(page.today.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.today.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.correction_dialog
    assert isinstance(dialog, CorrectionDialog) and dialog.isVisible()
    assert dialog.windowTitle().startswith("Ret henvendelse")
    dialog.reject()
    # A coordinator may correct any day (here through the dialog, for an inquiry not in today's list).
    from referral_app.ui.front_desk.correction import open_correction

    older = open_correction(sqlite_db, FakeDialogService(), staff["coordinator"], yesterday.id,
                            page.form.category.categories, "da", page)
    assert older is not None and older.description.toPlainText() == "I går"
    older.language.set_code("ar")
    assert older.save()
    with sqlite_db.begin() as s:
        assert s.get(m.Inquiry, yesterday.id).language == "ar"


def test_esc_in_the_correction_asks_before_dropping_changes(qtbot, sqlite_db, staff) -> None:
    from referral_app.ui.front_desk.correction import open_correction

    with sqlite_db.begin() as s:
        inquiry = intake.log_inquiry(s, staff["front"], InquiryDraft(category_code="digital.mitid", description="x"))
    dialogs = FakeDialogService(answer_yes=False)
    dialog = open_correction(sqlite_db, dialogs, staff["front"], inquiry.id, (), "en")
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("changed")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialogs.kinds() == ["question"]  # "no": the typing stays
    assert dialog.description.toPlainText() == "changed"
    dialogs.answer_yes = True
    qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
