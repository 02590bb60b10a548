"""Login, lockout, the lock screen, idle locking, the audit log and staff
administration, driven with the keyboard like a person at the desk."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.services import accounts, audit
from referral_app.ui.admin.audit import AuditPage
from referral_app.ui.admin.audit_model import PAGE_SIZE, AuditModel
from referral_app.ui.admin.users import UsersPage
from referral_app.ui.session.idle import IdleWatcher
from referral_app.ui.session.lock_screen import LockScreen
from referral_app.ui.session.login_dialog import FirstAdminDialog, LoginDialog
from tests.services.staff import PASSWORD, make_staff


def _authenticator(db):
    def authenticate(username: str, password: str):
        with db.begin() as session:
            return accounts.authenticate(session, username, password)

    return authenticate


def _audit_actions(db, username: str) -> list[str]:
    from sqlalchemy import select

    from referral_app.db import models as m

    with db.begin() as s:
        return list(s.scalars(select(m.AuditEvent.action).where(m.AuditEvent.username == username)
                              .order_by(m.AuditEvent.id)))


def test_login_by_keyboard(qtbot, sqlite_db) -> None:
    with sqlite_db.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
    dialog = LoginDialog(_authenticator(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "frida")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), PASSWORD)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "frida"


def test_lockout_after_five_failures_in_the_dialog(qtbot, sqlite_db) -> None:
    with sqlite_db.begin() as s:
        make_staff(s, Role.COORDINATOR, "carl")
    dialog = LoginDialog(_authenticator(sqlite_db), username="carl")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "forkert-kodeord")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.password.text() == "" and dialog.username.text() == "carl"
    assert "locked" in dialog.error.text()
    qtbot.keyClicks(dialog.password, PASSWORD)  # even the right password is refused now
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None and "locked" in dialog.error.text()
    assert _audit_actions(sqlite_db, "carl").count("login_failed") == 6
    assert "account_locked" in _audit_actions(sqlite_db, "carl")


def test_first_admin_dialog_checks_the_repeat_and_length(qtbot, sqlite_db) -> None:
    def create(username: str, full_name: str, password: str):
        with sqlite_db.begin() as s:
            return accounts.create_first_admin(s, username, full_name, password)

    dialog = FirstAdminDialog(create)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "anne")
    qtbot.keyClicks(dialog.full_name, "Anne Admin")
    qtbot.keyClicks(dialog.password, "kort")
    qtbot.keyClicks(dialog.repeat, "kort")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "at least" in dialog.error.text() and dialog.actor is None
    dialog.password.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.password, "et-langt-kodeord")
    qtbot.keyClicks(dialog.repeat, "et-langt-kodeord")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN


def test_lock_screen_ignores_escape_and_unlocks_with_password(qtbot, sqlite_db) -> None:
    with sqlite_db.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
        make_staff(s, Role.COORDINATOR, "carl")
    screen = LockScreen(_authenticator(sqlite_db))
    qtbot.addWidget(screen)
    screen.show()
    screen.lock_for("frida")
    qtbot.keyClick(screen.password, Qt.Key.Key_Escape)
    assert screen.isVisible()
    qtbot.keyClicks(screen.password, "forkert-kodeord")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert screen.error.text()
    with qtbot.waitSignal(screen.unlocked) as blocker:
        qtbot.keyClicks(screen.password, PASSWORD)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert blocker.args[0].username == "frida"


def test_lock_screen_lets_another_user_log_in(qtbot, sqlite_db) -> None:
    with sqlite_db.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
        make_staff(s, Role.COORDINATOR, "carl")
    screen = LockScreen(_authenticator(sqlite_db))
    qtbot.addWidget(screen)
    screen.show()
    screen.lock_for("frida")
    assert not screen.username_label.isVisible()
    qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)
    # The username field has its label (and Alt+B reaches it, in Danish "&Brugernavn").
    assert screen.username_label.isVisible() and screen.username_label.buddy() is screen.username
    assert screen.username_label.text() == "&Username" and screen.password_label.buddy() is screen.password
    qtbot.keyClicks(screen.username, "carl")
    qtbot.keyClick(screen.username, Qt.Key.Key_Return)
    with qtbot.waitSignal(screen.unlocked) as blocker:
        qtbot.keyClicks(screen.password, PASSWORD)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert blocker.args[0].username == "carl"


def test_idle_watcher_fires_after_the_configured_time_and_activity_restarts_it(qtbot) -> None:
    watcher = IdleWatcher(300)
    watcher.start()
    with qtbot.waitSignal(watcher.idle, timeout=3000):
        pass
    assert not watcher.active


def test_audit_model_pages_keep_memory_flat(qtmodeltester) -> None:
    from datetime import UTC, datetime

    from referral_app.domain.audit import AuditEntry

    calls: list[tuple[int, int]] = []

    def load(offset: int, limit: int, after=None):
        calls.append((offset, limit))
        return tuple(AuditEntry(offset + i, datetime(2026, 1, 1, tzinfo=UTC), "frida", AuditAction.VIEW,
                                "resident", str(offset + i), offset + i, None, "formål")
                     for i in range(min(limit, 100_000 - offset)))

    model = AuditModel()
    model.reset(100_000, load)
    qtmodeltester.check(model)
    for row in range(0, 100_000, PAGE_SIZE):
        assert model.data(model.index(row, 1)) == "frida"
    assert model.cached_pages <= 8
    assert model.rowCount() == 100_000


def test_audit_page_filters_and_exports(qtbot, sqlite_db, tmp_path: Path) -> None:
    from tests.ui.fakes import FakeDialogService

    with sqlite_db.begin() as s:
        manager = make_staff(s, Role.MANAGER, "mette")
        front = make_staff(s, Role.FRONT_DESK, "frida")
        audit.record(s, front, AuditAction.SEARCH, entity="resident", detail="terms='jensen'")
        audit.record(s, front, AuditAction.VIEW, entity="resident", entity_id=3, resident_id=3, purpose="Henvisning")
    dialogs = FakeDialogService(file_to_save=tmp_path / "log")
    page = AuditPage(sqlite_db, dialogs, lambda: manager)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.user, "frida")
    qtbot.keyClick(page.user, Qt.Key.Key_Return)
    assert page.model.rowCount() == 2
    assert page.model.data(page.model.index(0, 5)) == "Henvisning"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader((tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 3
    assert dialogs.kinds()[-1] == "information"
    assert _audit_actions(sqlite_db, "mette") == ["view", "export"]


def test_audit_page_asks_for_a_resident_that_was_found(qtbot, sqlite_db) -> None:
    from tests.ui.fakes import FakeDialogService

    with sqlite_db.begin() as s:
        manager = make_staff(s, Role.MANAGER, "mette")
    dialogs = FakeDialogService()
    page = AuditPage(sqlite_db, dialogs, lambda: manager)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.resident.search, "abc")
    qtbot.keyClick(page.resident.search, Qt.Key.Key_Return)  # finds no one
    qtbot.waitUntil(lambda: not page.resident.searching)
    qtbot.keyClick(page.apply_button, Qt.Key.Key_Space)
    assert dialogs.kinds() == ["warning"] and page.model.rowCount() == 0


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.COORDINATOR])
def test_audit_page_refuses_roles_without_access(qtbot, sqlite_db, role: Role) -> None:
    from tests.ui.fakes import FakeDialogService

    with sqlite_db.begin() as s:
        actor = make_staff(s, role, "x")
    dialogs = FakeDialogService()
    page = AuditPage(sqlite_db, dialogs, lambda: actor)
    qtbot.addWidget(page)
    page.refresh()
    assert dialogs.kinds() == ["warning"] and page.model.rowCount() == 0


def test_users_page_creates_and_deactivates(qtbot, sqlite_db, monkeypatch) -> None:
    from referral_app.ui.admin import users as users_page
    from tests.ui.fakes import FakeDialogService

    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    dialogs = FakeDialogService()
    page = UsersPage(sqlite_db, dialogs, lambda: admin)
    qtbot.addWidget(page)
    page.refresh()

    def fill_and_accept(dialog: users_page.UserDialog) -> int:
        qtbot.keyClicks(dialog.username, "bo")
        qtbot.keyClicks(dialog.full_name, "Bo Skranke")
        qtbot.keyClicks(dialog.password, "et-langt-kodeord")
        dialog._try()
        return dialog.result()

    monkeypatch.setattr(users_page.UserDialog, "exec", fill_and_accept)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert [page.model.user(r).username for r in range(page.model.rowCount())] == ["anne", "bo"]
    page.table.selectRow(1)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)  # asks first; the answer is no
    assert dialogs.shown[-1].kind == "question" and "Bo Skranke (bo)" in dialogs.shown[-1].text
    assert dialogs.shown[-1].accept == "&Deactivate account"
    assert page.model.user(1).active is True
    dialogs.answer_yes = True
    page.table.selectRow(1)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert page.model.user(1).active is False
    asked = dialogs.kinds().count("question")
    page.table.selectRow(1)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)  # activating again does not ask
    assert page.model.user(1).active is True and dialogs.kinds().count("question") == asked


def test_the_signed_in_administrators_last_login_is_now_not_never(qtbot, sqlite_db) -> None:
    from referral_app.ui.admin.users import COL_LAST_LOGIN
    from tests.ui.fakes import FakeDialogService

    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")  # made and signed in, never through a login
        make_staff(s, Role.FRONT_DESK, "frida")
    page = UsersPage(sqlite_db, FakeDialogService(), lambda: admin)
    qtbot.addWidget(page)
    page.refresh()
    rows = {page.model.user(r).username: r for r in range(page.model.rowCount())}
    assert page.model.index(rows["anne"], COL_LAST_LOGIN).data() == "Now (signed in)"
    assert page.model.index(rows["frida"], COL_LAST_LOGIN).data() == "Never"
