"""File → Import directory (HSDS)… as a coordinator uses it: pick a file
(the picker answers through the fake dialog service), read the preview of
what would be added and changed, decline or confirm; the Tilbud page shows
the imported services at once. A front-desk user is refused by the service."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.ui.main_window import PAGE_DIRECTORY
from tests.services.staff import make_staff
from tests.ui.test_main_window import visible_services

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "hsds" / "examples"


@pytest.fixture
def window(make_window, qtbot):
    window = make_window("en")
    window.show()
    qtbot.waitExposed(window)
    window.show_page(PAGE_DIRECTORY)
    return window


def _sign_in(window, sqlite_db, role: Role, username: str):
    with sqlite_db.begin() as s:
        actor = make_staff(s, role, username)
    window.set_actor(actor)
    return actor


def _run(window, qtbot, fake_dialogs, expected: list[str]) -> None:
    """Choose the menu item and wait for the background work to end in ``expected`` dialogs."""
    window.directory_import.action.trigger()
    qtbot.waitUntil(lambda: fake_dialogs.kinds() == expected and not window.directory_import.busy, timeout=60_000)


def _service_count(sqlite_db) -> int:
    with sqlite_db.begin() as s:
        return s.scalar(select(func.count()).select_from(m.Service))


def test_preview_then_import_the_spec_example_as_a_coordinator(window, qtbot, sqlite_db, fake_dialogs) -> None:
    _sign_in(window, sqlite_db, Role.COORDINATOR, "kirsten")
    action = window.directory_import.action
    assert action in window.file_menu.actions() and action.isEnabled()
    assert action.text() == "&Import directory (HSDS)…"
    before = _service_count(sqlite_db)

    fake_dialogs.file_to_open = EXAMPLES / "service_full.json"
    fake_dialogs.answer_yes = False  # look at the preview, then say no
    _run(window, qtbot, fake_dialogs, ["open_file", "question"])
    preview = fake_dialogs.shown[-1]
    assert "Services: 1 new, 0 changed, 0 unchanged" in preview.text
    assert "Import now?" in preview.text
    assert "New services: Community Counselling" in preview.informative
    assert "do not route until they are mapped: name" in preview.informative
    assert _service_count(sqlite_db) == before
    assert "Community Counselling" not in visible_services(window.directory_page)

    fake_dialogs.shown.clear()
    fake_dialogs.answer_yes = True
    with qtbot.waitSignal(window.directory_import.imported, timeout=60_000):
        action.trigger()
    assert fake_dialogs.kinds() == ["open_file", "question", "information"]
    assert fake_dialogs.shown[-1].text == "Imported service_full.json."
    assert _service_count(sqlite_db) == before + 1
    assert "Community Counselling" in visible_services(window.directory_page)  # refreshed at once

    page = window.directory_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "Counselling")
    qtbot.waitUntil(lambda: list(visible_services(page)) == ["Community Counselling"])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # from the organization to its service
    text = page.detail.toPlainText()
    assert "Community Counselling" in text and '"+44 1234 234567"' in text

    # the same file again holds nothing new
    fake_dialogs.shown.clear()
    _run(window, qtbot, fake_dialogs, ["open_file", "information"])
    assert "holds nothing new" in fake_dialogs.shown[-1].text


def test_a_tabular_folder_is_chosen_by_its_datapackage(window, qtbot, sqlite_db, fake_dialogs) -> None:
    _sign_in(window, sqlite_db, Role.ADMIN, "anna")
    fake_dialogs.file_to_open = EXAMPLES / "tabular" / "datapackage.json"
    fake_dialogs.answer_yes = True
    _run(window, qtbot, fake_dialogs, ["open_file", "question", "information"])
    assert fake_dialogs.shown[-1].text == "Imported tabular."
    assert "Community Counselling" in visible_services(window.directory_page)


def test_the_front_desk_is_refused_and_nothing_changes(window, qtbot, sqlite_db, fake_dialogs) -> None:
    assert not window.directory_import.action.isEnabled()  # nobody signed in
    _sign_in(window, sqlite_db, Role.FRONT_DESK, "frida")
    assert not window.directory_import.action.isEnabled()  # offered to coordinators only...
    before = _service_count(sqlite_db)
    fake_dialogs.file_to_open = EXAMPLES / "service_full.json"
    fake_dialogs.answer_yes = True
    window.directory_import.run()  # ...and the service refuses anyway
    qtbot.waitUntil(lambda: fake_dialogs.kinds() == ["open_file", "warning"] and not window.directory_import.busy,
                    timeout=60_000)
    assert fake_dialogs.shown[-1].title == "The directory was not imported"
    assert "edit the directory" in fake_dialogs.shown[-1].text
    assert _service_count(sqlite_db) == before


def test_a_bad_file_is_named_and_nothing_changes(window, qtbot, sqlite_db, fake_dialogs, tmp_path: Path) -> None:
    _sign_in(window, sqlite_db, Role.COORDINATOR, "kirsten")
    bad = tmp_path / "partner.json"
    service = json.loads((EXAMPLES / "service_full.json").read_text(encoding="utf-8"))
    service["schedules"][0]["closes_at"] = "09:00"
    bad.write_text(json.dumps(service), encoding="utf-8")
    before = _service_count(sqlite_db)
    fake_dialogs.file_to_open = bad
    fake_dialogs.answer_yes = True
    _run(window, qtbot, fake_dialogs, ["open_file", "warning"])
    assert "partner.json, item 1: the field schedules[0].closes_at is not after opens_at" in fake_dialogs.shown[-1].text
    assert _service_count(sqlite_db) == before


def test_cancelling_the_picker_does_nothing(window, sqlite_db, fake_dialogs) -> None:
    _sign_in(window, sqlite_db, Role.COORDINATOR, "kirsten")
    fake_dialogs.file_to_open = None
    window.directory_import.action.trigger()
    assert fake_dialogs.kinds() == ["open_file"]


def test_a_cancelled_import_writes_nothing(window, qtbot, sqlite_db, fake_dialogs, monkeypatch) -> None:
    """Cancel in the progress dialog stops the work at its next progress report."""
    import threading

    from referral_app.services.hsds import importer

    _sign_in(window, sqlite_db, Role.COORDINATOR, "kirsten")
    before = _service_count(sqlite_db)
    reached, release = threading.Event(), threading.Event()
    real = importer.import_path

    def slow(session, actor, path, *, dry_run=False, progress=None):
        def gated(done, total):
            if not dry_run and done == total:  # everything written, not yet committed
                reached.set()
                release.wait(30)
            if progress is not None:
                progress(done, total)
        return real(session, actor, path, dry_run=dry_run, progress=gated)

    monkeypatch.setattr(importer, "import_path", slow)
    fake_dialogs.file_to_open = EXAMPLES / "service_full.json"
    fake_dialogs.answer_yes = True
    window.directory_import.action.trigger()
    qtbot.waitUntil(reached.is_set, timeout=60_000)
    dialog = window.findChild(QProgressDialog, "directoryImportProgress")
    button = dialog.findChild(QPushButton)
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not window.directory_import.busy, timeout=60_000)
    assert fake_dialogs.kinds() == ["open_file", "question", "information"]
    assert fake_dialogs.shown[-1].text == "Cancelled: nothing was imported."
    assert _service_count(sqlite_db) == before
