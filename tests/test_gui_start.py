"""Starting the window: the composition root with a fake dialog service.

A database that cannot be used gives one critical dialog in the user's
language that says what to do, exit status 2, and nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from referral_app import cli, translation
from referral_app.app import run_gui, start
from referral_app.ui.preferences import Preferences
from tests.ui.fakes import FakeDialogService


@pytest.fixture(autouse=True)
def _english_afterwards(qapp) -> Iterator[None]:
    yield
    translation.install(qapp, "en")


@pytest.fixture
def dialogs() -> FakeDialogService:
    return FakeDialogService()


def files_in(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_malformed_url_is_explained_in_danish(qapp, dialogs):
    args = cli.parse(["--database-url", "nonsense://nowhere", "--lang", "da"])
    assert run_gui(args, "da", dialogs=dialogs) == 2
    assert dialogs.kinds() == ["critical"]
    shown = dialogs.shown[0]
    assert shown.title == "Fælles Indgang kan ikke åbne sin database"
    assert shown.text.startswith("Databaseadressen er ikke gyldig: nonsense://nowhere.")
    assert "Intet blev ændret" in shown.informative


def test_a_missing_folder_is_explained_and_not_created(qapp, dialogs, tmp_path):
    missing = tmp_path / "not-here"
    args = cli.parse(["--database-url", f"sqlite:///{missing / 'app.db'}", "--lang", "en"])
    assert run_gui(args, "en", dialogs=dialogs) == 2
    assert dialogs.shown[0].text.startswith("The folder for the database does not exist")
    assert "Nothing was changed" in dialogs.shown[0].informative
    assert not missing.exists()


def test_a_corrupt_file_is_left_as_it_was(qapp, dialogs, tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database, " * 200)
    before = files_in(tmp_path)
    args = cli.parse(["--database-url", f"sqlite:///{broken}", "--lang", "da"])
    assert run_gui(args, "da", dialogs=dialogs) == 2
    assert "beskadiget" in dialogs.shown[0].text
    assert files_in(tmp_path) == before


def test_a_good_database_opens_the_window_without_dialogs(qapp, qtbot, dialogs, sqlite_url):
    args = cli.parse(["--database-url", sqlite_url, "--lang", "en"])
    window = start(qapp, args, "en", dialogs=dialogs)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert dialogs.shown == []
        assert dialogs.parent is window
        assert window.directory_page.model.rowCount() >= 6
        assert window.nav.item(2).text() == "Directory"
    finally:
        window.db.dispose()


def test_the_embedded_default_creates_its_folder(qapp, qtbot, dialogs, tmp_path, monkeypatch):
    data = tmp_path / "fresh" / "data"
    monkeypatch.setenv("REFERRAL_APP_DATA_DIR", str(data))
    window = start(qapp, cli.parse([]), "da", dialogs=dialogs)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert dialogs.shown == []
        assert (data / "faelles-indgang.sqlite3").exists()
        assert window.directory_page.model.service_count() >= 30
        assert window.language == "da"
    finally:
        window.db.dispose()


def test_the_stored_language_is_used_unless_lang_overrides(qapp, qtbot, dialogs, sqlite_url, _private_data_dir):
    Preferences.in_folder(_private_data_dir).language = "en"
    window = start(qapp, cli.parse(["--database-url", sqlite_url]), "da", dialogs=dialogs)
    qtbot.addWidget(window)
    window.db.dispose()
    assert window.language == "en"
    assert window.nav.item(0).text() == "Front desk"
    window = start(qapp, cli.parse(["--database-url", sqlite_url, "--lang", "da"]), "da", dialogs=dialogs)
    qtbot.addWidget(window)
    window.db.dispose()
    assert window.language == "da"
    assert window.nav.item(0).text() == "Skranken"
