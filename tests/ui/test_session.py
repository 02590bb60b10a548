"""Who is at the desk: signing in at start-up, the lock (Ctrl+L and idle),
unlocking without losing unsaved input, and the administration tabs per role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from referral_app.domain.enums import Role
from referral_app.ui.main_window import PAGE_DIRECTORY
from tests.services.staff import PASSWORD, make_staff


def _signed_in(make_window, sqlite_db, role: Role, username: str, qtbot=None):
    with sqlite_db.begin() as s:
        actor = make_staff(s, role, username)
    window = make_window("en")
    window.show()
    if qtbot is not None:
        qtbot.waitExposed(window)
    window.set_actor(actor)
    return window, actor


def test_ctrl_l_locks_and_password_unlocks_keeping_unsaved_input(qtbot, make_window, sqlite_db) -> None:
    window, _ = _signed_in(make_window, sqlite_db, Role.FRONT_DESK, "frida", qtbot)
    window.show_page(PAGE_DIRECTORY)
    search = window.directory_page.search_edit
    qtbot.keyClicks(search, "lektie")  # something typed but not acted on yet
    # The menu action carries the shortcut; offscreen key delivery to application shortcuts is
    # unreliable once the idle watcher filters events, so the test triggers the action itself.
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    assert window.is_locked()
    assert not window.splitter.isVisible()  # no personal data behind a transparent lock
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Escape)
    assert window.is_locked()
    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert search.text() == "lektie"


def test_idle_time_locks_the_screen(qtbot, make_window, sqlite_db) -> None:
    window, _ = _signed_in(make_window, sqlite_db, Role.FRONT_DESK, "frida")
    window.idle.set_timeout(200)  # the setting is in minutes; the test uses a short time, not a sleep
    window.idle.start()
    qtbot.waitUntil(window.is_locked, timeout=3000)


def test_another_user_can_log_in_at_the_lock_screen(qtbot, make_window, sqlite_db) -> None:
    window, _ = _signed_in(make_window, sqlite_db, Role.FRONT_DESK, "frida")
    with sqlite_db.begin() as s:
        make_staff(s, Role.MANAGER, "mette")
    window.lock()
    qtbot.mouseClick(window.lock_screen.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.lock_screen.username, "mette")
    qtbot.keyClick(window.lock_screen.username, Qt.Key.Key_Return)
    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert window.actor.username == "mette" and not window.is_locked()


@pytest.mark.parametrize(
    ("role", "tabs"),
    [(Role.FRONT_DESK, 0), (Role.COORDINATOR, 0), (Role.MANAGER, 1), (Role.ADMIN, 4)],
)
def test_administration_shows_what_the_role_may_use(make_window, sqlite_db, role: Role, tabs: int) -> None:
    window, _ = _signed_in(make_window, sqlite_db, role, "person")
    assert window.admin_page.tabs.count() == tabs


def test_masking_toggle_is_announced(qtbot, make_window, sqlite_db) -> None:
    window, _ = _signed_in(make_window, sqlite_db, Role.FRONT_DESK, "frida")
    with qtbot.waitSignal(window.hub.names_masked_changed) as blocker:
        window.mask_action.trigger()
    assert blocker.args == [True] and window.names_masked


def test_sign_in_at_start_by_keyboard(qtbot, sqlite_db) -> None:
    from referral_app.app import sign_in

    with sqlite_db.begin() as s:
        make_staff(s, Role.COORDINATOR, "carl")

    def type_into_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, type_into_dialog)
            return
        qtbot.keyClicks(dialog.username, "carl")
        qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_into_dialog)
    actor = sign_in(sqlite_db)
    assert actor is not None and actor.username == "carl"


def test_first_start_creates_the_administrator(qtbot, sqlite_db) -> None:
    from referral_app.app import sign_in

    def type_into_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, type_into_dialog)
            return
        qtbot.keyClicks(dialog.username, "anne")
        qtbot.keyClicks(dialog.full_name, "Anne Admin")
        qtbot.keyClicks(dialog.password, "et-langt-kodeord")
        qtbot.keyClicks(dialog.repeat, "et-langt-kodeord")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_into_dialog)
    actor = sign_in(sqlite_db)
    assert actor is not None and actor.role is Role.ADMIN
