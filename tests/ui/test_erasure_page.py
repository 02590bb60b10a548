"""An administrator erases a resident after a confirmation that names what will go."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from sqlalchemy import select

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
    qtbot.keyClicks(page.number, "bente holm")  # by name: an administrator cannot look numbers up
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.finder.searching)  # the search runs on its own thread
    assert page.finder.results.currentText() == f"Bente Holm (no. {rid})"
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
    qtbot.keyClicks(page.number, "Bente")
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.finder.resident_id() == rid)
    qtbot.keyClick(page.erase_button, Qt.Key.Key_Space)
    with sqlite_db.begin() as s:
        assert s.get(m.Resident, rid).full_name == "Bente Holm"


def test_unknown_names_are_clear(qtbot, sqlite_db) -> None:
    admin, _ = _setup(sqlite_db)
    dialogs = FakeDialogService()
    page = ErasurePage(sqlite_db, dialogs, lambda: admin)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.number, "Zacharias Quist")
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.finder.searching)
    assert page.finder.results.currentText() == "No resident found"
    qtbot.keyClick(page.show_button, Qt.Key.Key_Space)
    assert dialogs.kinds() == ["warning"] and not page.erase_button.isEnabled()
    with sqlite_db.begin() as s:  # the administrator's search is logged with its purpose
        purposes = s.scalars(select(m.AuditEvent.purpose).where(m.AuditEvent.action == "search")).all()
    assert purposes == ["erasure"]


def test_the_name_search_runs_off_the_gui_thread_and_the_newest_answer_wins(qtbot, sqlite_db, monkeypatch) -> None:
    """A slow lookup does not hold the window: it runs on the finder's search
    thread, and when the administrator searches again before it answers, the
    older answer is never shown."""
    admin, rid = _setup(sqlite_db)
    threads: list[threading.Thread] = []
    release = threading.Event()
    real = residents.find_for_admin

    def slow(session, actor, text, purpose, limit=20):
        threads.append(threading.current_thread())
        if text == "bente":
            release.wait(10)  # the first search hangs until the second has been asked for
        return real(session, actor, text, purpose, limit)

    monkeypatch.setattr(residents, "find_for_admin", slow)
    page = ErasurePage(sqlite_db, FakeDialogService(), lambda: admin)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.number, "bente")
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(threads) == 1)
    assert page.finder.searching  # answered later; the window goes on taking keys meanwhile
    page.number.selectAll()
    qtbot.keyClicks(page.number, "Zacharias Quist")
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    release.set()
    qtbot.waitUntil(lambda: not page.finder.searching and page.finder.results.count() > 0)
    assert page.finder.results.currentText() == "No resident found"  # not Bente Holm, the older answer
    assert page.finder.resident_id() is None
    assert len(threads) == 2 and threading.main_thread() not in threads
