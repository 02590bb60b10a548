"""The coordinator's referral queue on a real (SQLite) database, driven from
the keyboard: filter overdue, close one as not completed with a reason,
reassign another, the two-desk conflict, masking, roles and the models."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

import referral_app.ui.main_window as main_window_module
from referral_app.domain.audit import AuditAction, AuditFilter
from referral_app.domain.enums import CloseReason, ReferralStatus, Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.referrals import QueueFilter
from referral_app.domain.residents import ResidentDraft
from referral_app.services import audit, directory, intake, referrals, residents
from referral_app.ui.queue.model import (
    COL_FOLLOW_UP,
    COL_RESIDENT,
    COL_SERVICE,
    COL_STATUS,
    PAGE_SIZE,
    REFERRAL_ROLE,
    QueueModel,
)
from tests.services.staff import make_staff

PAGE_REFERRALS = main_window_module.PAGE_REFERRALS
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PAST = datetime.now(UTC) - timedelta(days=45)


def _service_id(session, fragment: str) -> int:
    for org in directory.list_directory(session, active_only=True):
        for service in org.services:
            if fragment.lower() in service.name.lower():
                return service.id
    raise AssertionError(f"no active service like {fragment!r}")


@pytest.fixture
def case(sqlite_db):
    """Staff, three residents and four referrals: two overdue, one on track, one accepted."""
    with sqlite_db.begin() as s:
        coord = make_staff(s, Role.COORDINATOR, "carl", "Carl Koordinator")
        other = make_staff(s, Role.COORDINATOR, "olga", "Olga Anden")
        front = make_staff(s, Role.FRONT_DESK, "frida", "Frida Skranke")
        manager = make_staff(s, Role.MANAGER, "mette", "Mette Leder")
        people = {}
        for name, number in (("Mette Jensen", "34"), ("Ali Hassan", "40"), ("Anne-Marie Sørensen", "52")):
            people[name] = residents.create(s, front, ResidentDraft(full_name=name, phone="20123456",
                                                                    street="Høje Gladsaxe", house_number=number)).id
        mould = _service_id(s, "ejendomskontor")
        debt = _service_id(s, "gæld")

        def inquiry(resident: str, code: str, text: str) -> int:
            return intake.log_inquiry(s, front, InquiryDraft(category_code=code, description=text,
                                                             resident_id=people[resident])).id

        old = referrals.create(s, front, inquiry("Mette Jensen", "bolig.vedligehold", "Skimmel"), mould, now=PAST)
        older = referrals.create(s, front, inquiry("Ali Hassan", "oekonomi.gaeld", "Gæld til SKAT"), debt,
                                 now=PAST - timedelta(days=5))
        referrals.move(s, coord, older.id, "sent")
        fresh = referrals.create(s, front, inquiry("Anne-Marie Sørensen", "bolig.vedligehold", "Dør"), mould)
        accepted = referrals.create(s, front, inquiry("Ali Hassan", "oekonomi.gaeld", "Rykker"), debt)
        referrals.move(s, coord, accepted.id, "sent")
        referrals.move(s, coord, accepted.id, "accepted")
    return {"coord": coord, "other": other, "front": front, "manager": manager, "people": people,
            "old": old.id, "older": older.id, "fresh": fresh.id, "accepted": accepted.id}


@pytest.fixture
def window(make_window, qtbot, sqlite_db, case):
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(case["coord"])
    window.show_page(PAGE_REFERRALS)
    return window


def rows(page) -> dict[int, object]:
    return {page.model.referral(row).id: page.model.referral(row) for row in range(page.model.rowCount())}


def cell(page, referral_id: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    for row in range(page.model.rowCount()):
        if page.model.referral(row).id == referral_id:
            return page.model.index(row, column).data(role)
    raise AssertionError(f"referral {referral_id} is not in the list")


def get(sqlite_db, case, referral_id: int):
    with sqlite_db.begin() as s:
        return referrals.get(s, case["coord"], referral_id, log=False)


def on_dialog(qtbot, act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run ``act`` on the next modal dialog once it is open (dialogs run their own event loop)."""
    seen: list[QDialog] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave the modal dialog waiting forever
            raise

    QTimer.singleShot(0, attempt)
    return seen


def choose_by_search(page, qtbot, text: str) -> None:
    """Type in the search field and go into the list with Enter: the first match is selected."""
    page.focus_search()
    qtbot.keyClicks(page.filters.search, text)
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.table
    qtbot.waitUntil(lambda: not page.searching)  # free text is searched on the page's search thread
    qtbot.waitUntil(lambda: page.shown_referral() is not None)


# -- the done-when flow ------------------------------------------------------------------


def test_filter_overdue_shows_only_overdue_rows_in_words_and_colour(window, qtbot, case):
    page = window.referral_page
    assert set(rows(page)) == {case["old"], case["older"], case["fresh"], case["accepted"]}
    page.filters.overdue.setFocus()
    qtbot.keyClick(page.filters.overdue, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: set(rows(page)) == {case["old"], case["older"]})
    for referral_id in (case["old"], case["older"]):
        assert cell(page, referral_id, COL_FOLLOW_UP) == "Overskredet"
        assert cell(page, referral_id, COL_FOLLOW_UP, Qt.ItemDataRole.ForegroundRole).color().red() > 150
        assert not cell(page, referral_id, COL_FOLLOW_UP, Qt.ItemDataRole.DecorationRole).isNull()
    assert page.summary.text() == "2 henvisninger"


def test_close_one_as_not_completed_with_a_reason(window, qtbot, sqlite_db, case):
    page = window.referral_page
    choose_by_search(page, qtbot, "Rykker")
    assert page.shown_referral().id == case["accepted"]

    def fill(dialog: QDialog) -> None:
        assert dialog.objectName() == "closeReasonDialog"
        qtbot.keyClicks(dialog.reason, "Kunne ikke komme i kontakt med b")  # type-ahead in the combo
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.note, "Tre opkald uden svar")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    seen = on_dialog(qtbot, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL_SHIFT)
    assert seen
    closed = get(sqlite_db, case, case["accepted"])
    assert closed.status is ReferralStatus.NOT_COMPLETED
    assert closed.reason is CloseReason.RESIDENT_UNREACHABLE and closed.reason_note == "Tre opkald uden svar"
    assert case["accepted"] not in rows(page)  # the open queue no longer holds it...
    assert "Ikke gennemført" in page.detail.text()  # ...but the pane shows what was done
    assert "Tre opkald uden svar" in page.detail.text()


def test_other_needs_a_note_before_ok(window, qtbot, case):
    page = window.referral_page
    choose_by_search(page, qtbot, "Rykker")

    def fill(dialog: QDialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData(CloseReason.OTHER.value))
        ok = dialog.buttons.buttons()[0]
        assert not ok.isEnabled() and dialog.hint.isVisible()
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)

    seen = on_dialog(qtbot, fill)
    page.actions.moves[ReferralStatus.NOT_COMPLETED].trigger()
    assert seen and page.shown_referral().status is ReferralStatus.ACCEPTED


def test_reassign_another_with_the_type_ahead_picker(window, qtbot, sqlite_db, case):
    page = window.referral_page
    choose_by_search(page, qtbot, "Skimmel")
    assert page.shown_referral().id == case["old"]

    def pick(dialog: QDialog) -> None:
        assert dialog.objectName() == "servicePickerDialog"
        qtbot.keyClicks(dialog.search, "lektiecaf")
        assert "Lektiecafé" in dialog.list.currentItem().text()
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    seen = on_dialog(qtbot, pick)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL_SHIFT)
    assert seen
    new = page.shown_referral()
    assert new.id != case["old"] and new.previous_referral_id == case["old"]
    assert "Lektiecafé" in new.service_name and new.status is ReferralStatus.PROPOSED
    assert f"Henvisning nr. {case['old']}" in page.detail.text()
    assert page.model.referral(page.table.currentIndex().row()).id == new.id
    assert get(sqlite_db, case, case["old"]).status is ReferralStatus.REFERRED_ELSEWHERE
    # The old one is in the list of all referrals, as "Henvist videre".
    page.filters.status.setCurrentIndex(page.filters.status.findData("all"))
    qtbot.waitUntil(lambda: case["old"] in rows(page))
    assert cell(page, case["old"], COL_STATUS) == "Henvist videre"


def test_two_desks_conflict_shows_the_message_and_the_other_change(window, qtbot, sqlite_db, case,
                                                                   fake_dialogs):
    page = window.referral_page
    choose_by_search(page, qtbot, "Dør")
    assert page.shown_referral().status is ReferralStatus.PROPOSED
    with sqlite_db.begin() as s:  # the other desk, in its own transaction
        referrals.move(s, case["other"], case["fresh"], "cancelled", note="Dobbeltregistreret")
    qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL_SHIFT)  # mark sent, from what this desk still shows
    assert fake_dialogs.kinds() == ["warning"]
    assert "ændret" in fake_dialogs.shown[0].text and str(case["fresh"]) in fake_dialogs.shown[0].text
    after = get(sqlite_db, case, case["fresh"])
    assert after.status is ReferralStatus.CANCELLED  # nothing overwritten
    assert [e.to_status for e in after.events] == [ReferralStatus.PROPOSED, ReferralStatus.CANCELLED]
    assert page.shown_referral().status is ReferralStatus.CANCELLED  # the other desk's change is shown
    assert "Annulleret" in page.detail.text() and "olga" in page.detail.text()


def test_conflict_on_a_row_still_in_the_queue_shows_its_new_status(window, qtbot, sqlite_db, case, fake_dialogs):
    page = window.referral_page
    choose_by_search(page, qtbot, "Skimmel")
    with sqlite_db.begin() as s:
        referrals.move(s, case["other"], case["old"], "sent")

    def pick(dialog: QDialog) -> None:
        dialog.date_edit.setDate(dialog.date_edit.date().currentDate().addDays(7))
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)

    on_dialog(qtbot, pick)
    qtbot.keyClick(page.table, Qt.Key.Key_U, CTRL_SHIFT)  # a new follow-up date, on a stale view
    assert fake_dialogs.kinds() == ["warning"]
    assert cell(page, case["old"], COL_STATUS) == "Sendt"
    assert page.model.referral(page.table.currentIndex().row()).id == case["old"]  # selection kept


# -- the other actions ---------------------------------------------------------------------


def test_past_due_date_is_refused_with_the_services_message(window, qtbot, sqlite_db, case, fake_dialogs):
    page = window.referral_page
    choose_by_search(page, qtbot, "Dør")
    answers = iter([date.today() - timedelta(days=3), date.today() + timedelta(days=20)])

    def pick(dialog: QDialog) -> None:
        day = next(answers)
        dialog.date_edit.setDate(day)
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
        if dialog.objectName() == "dueDateDialog" and day < date.today():
            on_dialog(qtbot, pick)  # the dialog opens again after the message

    on_dialog(qtbot, pick)
    qtbot.keyClick(page.table, Qt.Key.Key_U, CTRL_SHIFT)
    assert [s.text for s in fake_dialogs.shown] == ["Opfølgningsdatoen kan ikke ligge i fortiden."]
    assert get(sqlite_db, case, case["fresh"]).due_date == date.today() + timedelta(days=20)


def test_bulk_mark_selected_as_sent(window, qtbot, sqlite_db, case):
    page = window.referral_page
    page.filters.status.setCurrentIndex(page.filters.status.findData(ReferralStatus.PROPOSED.value))
    qtbot.waitUntil(lambda: set(rows(page)) == {case["old"], case["fresh"]})
    page.enter_table()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(page.selected_ids()) == sorted([case["old"], case["fresh"]])
    with qtbot.waitSignals([window.hub.referral_changed] * 2):
        qtbot.keyClick(page.table, Qt.Key.Key_B, CTRL_SHIFT)
    for referral_id in (case["old"], case["fresh"]):
        assert get(sqlite_db, case, referral_id).status is ReferralStatus.SENT


def test_mnemonic_buttons_work_as_well(window, qtbot, sqlite_db, case):
    page = window.referral_page
    choose_by_search(page, qtbot, "Dør")
    button = page.actions.buttons[page.actions.moves[ReferralStatus.SENT]]
    assert button.text() == "Se&ndt" and button.isEnabled()
    assert not page.actions.buttons[page.actions.moves[ReferralStatus.COMPLETED]].isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert get(sqlite_db, case, case["fresh"]).status is ReferralStatus.SENT


def test_header_click_sorts_by_the_services_key(window, qtbot):
    page = window.referral_page
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_SERVICE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [page.model.referral(r).service_name for r in range(page.model.rowCount())]
    assert names == sorted(names) and page.table.sort[0] == COL_SERVICE
    x = header.sectionViewportPosition(COL_RESIDENT) + 10  # no sort in the service: nothing changes
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == COL_SERVICE


# -- privacy, roles, refresh --------------------------------------------------------------


def test_masking_shows_initials_and_opening_the_resident_is_audited(window, qtbot, sqlite_db, case):
    page = window.referral_page
    assert cell(page, case["fresh"], COL_RESIDENT) == "Anne-Marie Sørensen"
    window.mask_action.trigger()
    assert cell(page, case["fresh"], COL_RESIDENT) == "A.-M. S."
    choose_by_search(page, qtbot, "Dør")
    assert "A.-M. S." in page.detail.text() and "Sørensen" not in page.detail.text()

    def purpose(dialog: QDialog) -> None:
        assert dialog.purpose.text() == "Opfølgning på henvisning"
        qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return)

    seen = on_dialog(qtbot, purpose)
    qtbot.keyClick(page.table, Qt.Key.Key_O, CTRL_SHIFT)
    assert seen and "Anne-Marie Sørensen" in page.detail.text() and "20 12 34 56" in page.detail.text()
    with sqlite_db.begin() as s:
        views = audit.list_events(s, case["manager"], AuditFilter(action=AuditAction.VIEW,
                                                                  resident_id=case["people"]["Anne-Marie Sørensen"]),
                                  log_view=False)
    assert [v.purpose for v in views if v.entity == "resident"] == ["Opfølgning på henvisning"]
    window.mask_action.trigger()
    window.mask_action.trigger()  # hiding names again closes the record
    assert "Sørensen" not in page.detail.text()


def test_a_role_without_the_queue_sees_a_sentence_instead(make_window, qtbot, case):
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(case["front"])
    window.show_page(PAGE_REFERRALS)
    page = window.referral_page
    assert page.notice.isVisible() and "koordinator" in page.notice.text()
    assert not page.content.isVisible() and page.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)  # actions do nothing


def test_refresh_on_the_hub_and_by_polling_keeps_the_selection(window, qtbot, sqlite_db, case):
    page = window.referral_page
    page.enter_table()
    assert page.select_referral(case["old"])
    qtbot.waitUntil(lambda: page.detail.referral is not None and page.detail.referral.id == case["old"])
    with sqlite_db.begin() as s:
        referrals.move(s, case["other"], case["old"], "sent")
    window.hub.referral_changed.emit(case["old"])
    assert cell(page, case["old"], COL_STATUS) == "Sendt"
    assert page.shown_referral().status is ReferralStatus.SENT
    with sqlite_db.begin() as s:
        referrals.move(s, case["other"], case["old"], "accepted")
    page.poll_timer.setInterval(50)
    qtbot.waitUntil(lambda: cell(page, case["old"], COL_STATUS) == "Accepteret")
    assert page.model.referral(page.table.currentIndex().row()).id == case["old"]


def test_first_page_is_logged_as_a_search_and_refreshes_are_not(window, qtbot, sqlite_db, case):
    def searches() -> int:
        with sqlite_db.begin() as s:
            events = audit.list_events(s, case["manager"], AuditFilter(action=AuditAction.SEARCH), log_view=False)
        return sum(1 for e in events if e.entity == "referral")

    page = window.referral_page
    before = searches()
    page.reload()
    assert searches() == before
    page.filters.overdue.setChecked(True)
    assert searches() == before + 1


# -- the model ---------------------------------------------------------------------------


def test_queue_model_passes_the_model_tester(qtmodeltester, sqlite_db, case):
    with sqlite_db.begin() as s:
        first = referrals.list_queue(s, case["coord"], QueueFilter(open_only=False), log_search=False)
    model = QueueModel()
    model.reset(len(first), lambda offset, limit, _after=None: first[offset:offset + limit], first)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(REFERRAL_ROLE) is first[0]


def test_queue_model_keeps_only_a_few_pages(sqlite_db, case):
    with sqlite_db.begin() as s:
        one = referrals.list_queue(s, case["coord"], QueueFilter(), log_search=False)[0]
    calls = []

    def load(offset: int, limit: int, _after=None):
        calls.append(offset)
        return tuple(one for _ in range(min(limit, 100_000 - offset)))

    model = QueueModel()
    model.reset(100_000, load)
    for row in range(0, 100_000, PAGE_SIZE * 7):
        assert model.referral(row) is one
    assert model.rowCount() == 100_000 and model.cached_pages == 8
    assert len(calls) == len(range(0, 100_000, PAGE_SIZE * 7))
    model.referral(0)  # a page the cache dropped is fetched again
    assert len(calls) == len(range(0, 100_000, PAGE_SIZE * 7)) + 1
    assert model.referral(100_000) is None
    assert model.index(0, COL_FOLLOW_UP).data(Qt.ItemDataRole.UserRole + 2) == one.follow_up(date.today())
