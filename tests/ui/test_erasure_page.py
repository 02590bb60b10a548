"""An administrator erases a resident after a confirmation that names what will go."""

from __future__ import annotations

from PySide6.QtCore import Qt

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.residents import ResidentDraft
from referral_app.services import residents
from referral_app.ui.admin.erasure import ErasurePage
from tests.services.staff import make_staff
from tests.ui.fakes import FakeDialogService


def _setup(sqlite_db):
    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
        front = make_staff(s, Role.FRONT_DESK, "frida")
        rid = residents.create(s, front, ResidentDraft(full_name="Bente Holm", phone="22334455")).id
    return admin, rid


def test_erase_after_confirmation(qtbot, sqlite_db) -> None:
    admin, rid = _setup(sqlite_db)
    dialogs = FakeDialogService(answer_yes=True)
    page = ErasurePage(sqlite_db, dialogs, lambda: admin)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.number, str(rid))
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    assert "Bente Holm" in page.summary.text() and "phone" in page.summary.text()
    qtbot.keyClick(page.erase_button, Qt.Key.Key_Space)
    assert dialogs.kinds() == ["question", "information"]
    assert "Bente Holm" in dialogs.shown[0].text
    with sqlite_db.begin() as s:
        row = s.get(m.Resident, rid)
        assert row.full_name is None and row.phone is None and row.anonymized_at is not None


def test_saying_no_changes_nothing(qtbot, sqlite_db) -> None:
    admin, rid = _setup(sqlite_db)
    dialogs = FakeDialogService(answer_yes=False)
    page = ErasurePage(sqlite_db, dialogs, lambda: admin)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.number, str(rid))
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    qtbot.keyClick(page.erase_button, Qt.Key.Key_Space)
    with sqlite_db.begin() as s:
        assert s.get(m.Resident, rid).full_name == "Bente Holm"


def test_unknown_or_bad_numbers_are_clear(qtbot, sqlite_db) -> None:
    admin, _ = _setup(sqlite_db)
    dialogs = FakeDialogService()
    page = ErasurePage(sqlite_db, dialogs, lambda: admin)
    qtbot.addWidget(page)
    for text in ("abc", "²", "999999"):  # "²" is a digit to str.isdigit(), not to int()
        page.number.clear()
        qtbot.keyClicks(page.number, text)
        qtbot.keyClick(page.number, Qt.Key.Key_Return)
    assert dialogs.kinds() == ["warning", "warning", "warning"] and not page.erase_button.isEnabled()
