"""Administration → audit log: one button checks the hash chain and says in
words whether the log is intact or where it was tampered with."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.services import audit
from referral_app.ui.admin.audit import AuditPage
from tests.services.staff import make_staff
from tests.ui.fakes import FakeDialogService


def test_the_check_button_reports_an_intact_log_and_then_the_changed_entry(qtbot, sqlite_db) -> None:
    with sqlite_db.begin() as s:
        manager = make_staff(s, Role.MANAGER, "mette")
        for n in range(3):
            audit.record(s, manager, AuditAction.SEARCH, entity="resident", detail=f"terms='navn {n}'")
    page = AuditPage(sqlite_db, FakeDialogService(), lambda: manager)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chain_status.property("state") == "intact", timeout=30_000)
    assert "3" in page.chain_status.text() and page.verify_button.isEnabled()

    with sqlite_db.begin() as s:
        target = s.scalars(select(m.AuditEvent.id).order_by(m.AuditEvent.id)).all()[1]
    sqlite_db.dispose()
    conn = sqlite3.connect(sqlite_db.path)
    conn.executescript(f"DROP TRIGGER audit_event_no_update; UPDATE audit_event SET detail = 'x' WHERE id = {target};")
    conn.close()
    page.verify_button.setFocus()
    qtbot.keyClick(page.verify_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.chain_status.property("state") == "broken", timeout=30_000)
    assert str(target) in page.chain_status.text()
    with sqlite_db.begin() as s:  # both checks are in the log
        details = s.scalars(select(m.AuditEvent.detail).where(m.AuditEvent.detail.like("verify %"))).all()
    assert details == ["verify entries=3 intact", f"verify entries=1 broken at {target} (changed)"]


def test_a_role_without_the_audit_log_is_told_so(qtbot, sqlite_db) -> None:
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
    dialogs = FakeDialogService()
    page = AuditPage(sqlite_db, dialogs, lambda: front)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs.kinds() == ["warning"], timeout=30_000)
    assert page.chain_status.text() == "" and page.verify_button.isEnabled()
