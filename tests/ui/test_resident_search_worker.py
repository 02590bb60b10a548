"""The resident search runs on a worker thread: the GUI keeps taking keys
while the database answers, and only the newest keystroke's answer is shown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from referral_app.domain.enums import Role
from referral_app.domain.residents import ResidentDraft
from referral_app.services import residents as resident_service
from referral_app.ui.front_desk.resident_picker import ResidentPicker
from tests.services.staff import make_staff

PEOPLE = (
    ResidentDraft("Mette Jensen", phone="20 12 34 56", street="Høje Gladsaxe", house_number="12"),
    ResidentDraft("Søren Hansen", phone="31 45 67 89", street="Høje Gladsaxe", house_number="40"),
)


@pytest.fixture
def actor(sqlite_db):
    with sqlite_db.begin() as session:
        actor = make_staff(session, Role.FRONT_DESK, "frida")
        for person in PEOPLE:
            resident_service.create(session, actor, person)
    return actor


@pytest.fixture
def picker(qtbot, sqlite_db, actor):
    picker = ResidentPicker(sqlite_db, lambda: actor)
    picker.retranslate()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    yield picker
    picker.wait_for_search()


@pytest.fixture
def gated_search(monkeypatch):
    """The service's search, made to wait for ``gate`` while it answers "søren":
    a slow database answering an earlier keystroke."""
    real = resident_service.search
    gate = threading.Event()
    asked: list[str] = []

    def search(session, actor, text, limit=20):
        asked.append(text)
        if text.lower().startswith("søren"):
            assert gate.wait(10), "the test never opened the gate"
        return real(session, actor, text, limit=limit)

    monkeypatch.setattr(resident_service, "search", search)
    return gate, asked


def _shown(picker) -> list[str]:
    return [picker.model.match_at(row).resident.full_name for row in range(picker.model.rowCount())]


def test_fast_typing_shows_only_the_last_querys_results(qtbot, picker, gated_search) -> None:
    gate, asked = gated_search
    seen: list[list[str]] = []
    picker.model.modelReset.connect(lambda: seen.append(_shown(picker)))
    picker.search.setFocus()

    qtbot.keyClicks(picker.search, "Søren")
    picker.run_search()  # the pause after "Søren": its search starts, and hangs on the slow database
    qtbot.waitUntil(lambda: asked == ["Søren"])
    # The GUI thread is free: the next keys arrive and are shown while "Søren" is still being answered.
    qtbot.keyClick(picker.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(picker.search, "Mette")
    assert picker.search.text() == "Mette" and picker.searching
    assert not picker.status.isVisible()  # no "nobody found" while a search is under way
    gate.set()  # the stale answer for "Søren" arrives now ...
    qtbot.waitUntil(lambda: _shown(picker) == ["Mette Jensen"])  # ... but the newest search decides

    assert asked == ["Søren", "Mette"]  # the keystrokes between were never searched
    assert all("Søren Hansen" not in names for names in seen), seen
    assert not picker.searching


def test_enter_while_the_search_is_coming_picks_its_first_result(qtbot, picker) -> None:
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "soeren")  # typed faster than the pause before searching
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.resident is None  # not yet: the search runs on its thread
    qtbot.waitUntil(lambda: picker.resident is not None)
    assert picker.resident.full_name == "Søren Hansen"
    assert "31 45 67 89" in picker.card_details.text()


def test_down_while_the_search_is_coming_moves_in_its_results(qtbot, picker, sqlite_db, actor) -> None:
    with sqlite_db.begin() as session:
        resident_service.create(session, actor, ResidentDraft("Mette Hansen", phone="22 33 44 55"))
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "mette")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 2)
    assert picker.results.currentIndex().row() == 1  # the first result was highlighted, Down moved on
    second = _shown(picker)[1]
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.resident is not None and picker.resident.full_name == second
