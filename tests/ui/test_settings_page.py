"""Administrators change the shared settings from the Administration page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.errors import PermissionDeniedError
from referral_app.domain.settings import AppSettings
from referral_app.services import settings as settings_service
from referral_app.ui.admin.page import AdminPage
from referral_app.ui.admin.settings import SettingsPage
from referral_app.ui.main_window import PAGE_ADMIN
from referral_app.ui.signals import SignalHub
from tests.services.staff import make_staff
from tests.ui.fakes import FakeDialogService


def test_admin_changes_idle_lock_by_keyboard(qtbot, sqlite_db) -> None:
    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    hub = SignalHub()
    page = SettingsPage(sqlite_db, hub, FakeDialogService(), lambda: admin)
    qtbot.addWidget(page)
    page.refresh()
    spin = page.spins["idle_lock_minutes"]
    assert spin.value() == 5
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    with qtbot.waitSignal(hub.settings_changed) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].idle_lock_minutes == 3
    with sqlite_db.begin() as s:
        assert settings_service.load_settings(s).idle_lock_minutes == 3
        entry = s.scalars(select(m.AuditEvent).where(m.AuditEvent.entity == "settings")).one()
    assert entry.detail == "idle_lock_minutes=3" and entry.username == "anne"


def test_only_administrators_see_and_may_change_settings(qtbot, sqlite_db) -> None:
    with sqlite_db.begin() as s:
        manager = make_staff(s, Role.MANAGER, "mette")
        admin = make_staff(s, Role.ADMIN, "anne")
    for actor, expected in ((manager, False), (admin, True)):
        page = AdminPage(sqlite_db, SignalHub(), FakeDialogService(), lambda a=actor: a)
        qtbot.addWidget(page)
        assert (page.tabs.indexOf(page.settings_page) >= 0) is expected
    with pytest.raises(PermissionDeniedError), sqlite_db.begin() as s:
        settings_service.change_settings(s, manager, AppSettings(idle_lock_minutes=1))


def test_a_saved_idle_lock_applies_at_once_without_signing_in_again(make_window, qtbot, sqlite_db) -> None:
    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(admin)
    assert window.idle.timeout_ms == 5 * 60_000 and window.idle.active
    window.show_page(PAGE_ADMIN)
    page = window.admin_page.settings_page
    window.admin_page.tabs.setCurrentWidget(page)
    spin = page.spins["idle_lock_minutes"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    assert page.status.text() == "Gemt."
    assert window.idle.timeout_ms == 2 * 60_000 and window.idle.active  # the running countdown uses it
    assert window.actor is admin and not window.is_locked()
    with qtbot.waitSignal(window.idle.idle, timeout=1000):
        window.idle.set_timeout(1)  # and the countdown still locks the screen when it runs out
    assert window.is_locked()
