"""Reminders at sign-in: a coordinator sees how many referrals are overdue and
due today, clicks through to the filtered queue; the navigation shows the count;
front-desk staff see their own; the desktop notification can be switched off."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft, local_today
from referral_app.services import directory, intake, referrals
from referral_app.ui.main_window import PAGE_FRONT_DESK, PAGE_REFERRALS
from referral_app.ui.queue import reminders as reminders_module
from tests.services.staff import make_staff


@pytest.fixture
def due(sqlite_db):
    """Frida made two overdue referrals and one due today; one more is due next week."""
    today = local_today()
    with sqlite_db.begin() as s:
        coord = make_staff(s, Role.COORDINATOR, "carl", "Carl Koordinator")
        frida = make_staff(s, Role.FRONT_DESK, "frida", "Frida Skranke")
        manager = make_staff(s, Role.MANAGER, "mette", "Mette Leder")
        service = next(sv.id for org in directory.list_directory(s, active_only=True) for sv in org.services)
        ids = []
        for days in (-4, -1, 0, 7):
            due_date = today + timedelta(days=days)
            made = datetime.combine(min(due_date, today) - timedelta(days=1), time(12), UTC)
            inquiry = intake.log_inquiry(s, frida, InquiryDraft(category_code="bolig.vedligehold"))
            ids.append(referrals.create(s, frida, inquiry.id, service, due_date=due_date, now=made).id)
    return {"coord": coord, "frida": frida, "manager": manager, "ids": ids}


@pytest.fixture
def shown_messages(monkeypatch):
    """Stand in for the system tray: record the desktop notifications instead."""
    shown: list[str] = []
    monkeypatch.setattr(reminders_module.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(reminders_module.QSystemTrayIcon, "showMessage",
                        lambda _self, _title, text, *_args: shown.append(text))
    return shown


def test_a_coordinator_signing_in_sees_the_reminder_and_clicks_to_the_due_queue(make_window, qtbot, due,
                                                                                 shown_messages):
    window = make_window("da")
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.set_actor(due["coord"])
    notice = window.reminder_notice
    assert notice.isVisible()
    assert notice.text.text() == "Opfølgning: 2 henvisninger overskredet, 1 forfalder i dag."
    assert window.nav.item(PAGE_REFERRALS).text() == "Henvisninger (3)"
    assert shown_messages == [notice.text.text()]
    window.show_page(PAGE_FRONT_DESK)

    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    page = window.referral_page
    assert window.current_page() == PAGE_REFERRALS
    assert page.filters.due_today.isChecked()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    shown = {page.model.referral(row).id for row in range(page.model.rowCount())}
    assert shown == set(due["ids"][:3])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)


def test_the_reminder_is_dismissed_and_comes_back_when_more_fall_due(make_window, qtbot, due, shown_messages,
                                                                   sqlite_db):
    window = make_window("en")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(due["coord"])
    notice = window.reminder_notice
    assert notice.text.text() == "Follow-up: 2 referrals overdue, 1 due today."
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    window.reminders.check()  # the next round, nothing new: it stays away
    assert not notice.isVisible()
    assert window.nav.item(PAGE_REFERRALS).text() == "Referrals (3)"

    with sqlite_db.begin() as s:  # another referral falls due today
        service = next(sv.id for org in directory.list_directory(s, active_only=True) for sv in org.services)
        inquiry = intake.log_inquiry(s, due["frida"], InquiryDraft(category_code="bolig.vedligehold"))
        referrals.create(s, due["frida"], inquiry.id, service, due_date=local_today())
    window.reminders.timer.timeout.emit()  # as the timer does every few minutes
    assert notice.isVisible()
    assert notice.text.text() == "Follow-up: 2 referrals overdue, 2 due today."
    assert window.nav.item(PAGE_REFERRALS).text() == "Referrals (4)"
    assert len(shown_messages) == 2


def test_front_desk_staff_see_their_own_referrals_without_a_badge(make_window, qtbot, due, shown_messages):
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(due["frida"])
    notice = window.reminder_notice
    assert notice.isVisible() and not notice.open_button.isVisible()
    assert notice.text.text().startswith("Henvisninger, du har lavet: 2 overskredet, 1 forfalder i dag.")
    assert window.nav.item(PAGE_REFERRALS).text() == "Henvisninger"
    window.reminder_notice.open_requested.emit()  # as a click on the desktop notification does
    assert window.current_page() == PAGE_FRONT_DESK  # the queue is a coordinator's; nothing opens


def test_a_manager_gets_no_reminder(make_window, qtbot, due, shown_messages):
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(due["manager"])
    assert not window.reminder_notice.isVisible()
    assert shown_messages == []


def test_desktop_notifications_can_be_switched_off(make_window, qtbot, due, shown_messages):
    window = make_window("da")
    window.preferences.desktop_notifications = False
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(due["coord"])
    assert window.reminder_notice.isVisible()
    assert shown_messages == []
