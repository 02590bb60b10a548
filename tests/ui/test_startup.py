"""A fast start: what ``--version`` and ``--help`` import, the login shown
before the database is open, the daily jobs in the background, and the
clear messages of a broken installation."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from referral_app import cli, translation
from referral_app.domain.enums import Role
from tests.services.staff import PASSWORD, make_staff
from tests.ui.fakes import FakeDialogService

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "reportlab", "argon2", "psycopg")


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    translation.install(qapp, "en")


def imported_by(*args: str) -> set[str]:
    """Top-level packages a real ``python -m referral_app ARGS`` process imports (``-X importtime``)."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "referral_app", *args], cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    assert "referral_app" in names
    return names


def test_version_imports_no_database_pdf_or_qt_library() -> None:
    names = imported_by("--version")
    assert not names & {*HEAVY, "PySide6"}, names & {*HEAVY, "PySide6"}


@pytest.mark.parametrize("args", [("--help",), ("report", "--help")])
def test_help_imports_no_database_or_pdf_library(args: tuple[str, ...]) -> None:
    assert not imported_by(*args) & set(HEAVY)


# --- the window: login first, the rest behind it ---------------------------------------


def _type_login_when_shown(qtbot, username: str, seen: dict[str, object]) -> None:
    dialog = next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == "loginDialog" and w.isVisible()), None)
    if dialog is None:
        QTimer.singleShot(10, lambda: _type_login_when_shown(qtbot, username, seen))
        return
    seen["dialog"] = dialog.objectName()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_login_first_then_the_window_and_the_daily_backup_behind_it(qapp, qtbot, sqlite_url, tmp_path) -> None:
    from referral_app.app import launch
    from referral_app.services.database import open_database

    db = open_database(sqlite_url)
    with db.begin() as session:
        make_staff(session, Role.FRONT_DESK, "frida")
    db.dispose()
    backups = Path(sqlite_url.removeprefix("sqlite:///")).parent / "backups"
    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _type_login_when_shown(qtbot, "frida", seen))
    window, starter = launch(qapp, cli.parse(["--database-url", sqlite_url, "--lang", "da"]), "da",
                             dialogs=FakeDialogService())
    try:
        assert seen["dialog"] == "loginDialog"
        assert not isinstance(window, int)
        qtbot.addWidget(window)
        assert window.isVisible() and window.actor is not None and window.actor.username == "frida"
        jobs = starter.jobs
        assert jobs is not None
        # The note is in the status bar while the jobs run, and goes when they end.
        qtbot.waitUntil(lambda: not jobs.running, timeout=30_000)
        qtbot.waitUntil(lambda: not jobs.label.isVisible())
        assert jobs.backup is not None and jobs.backup.parent == backups
        assert [p.name for p in backups.iterdir()] == [jobs.backup.name]  # no temporary file left
    finally:
        starter.close()


def test_the_status_bar_says_while_the_daily_jobs_run(qapp, qtbot, make_window, sqlite_url, tmp_path) -> None:
    from referral_app import config
    from referral_app.app import DailyJobs

    window = make_window("en")
    window.show()
    jobs = DailyJobs(window.db, config.app_paths(), window)
    jobs.start()
    assert jobs.label.isVisible() and "running in the background" in jobs.label.text()
    qtbot.waitUntil(lambda: not jobs.running, timeout=30_000)
    qtbot.waitUntil(lambda: not jobs.label.isVisible())
    jobs.stop()


def test_a_new_installation_gets_the_first_administrator_dialog(qapp, qtbot, empty_sqlite_url) -> None:
    from referral_app.app import launch
    from referral_app.ui.session.login_dialog import FirstAdminDialog

    def create_admin() -> None:
        # The login dialog is up first, while the database opens in the
        # background; wait for the first-administrator dialog that replaces it
        # (taking the login dialog here would stop the driver and hang exec()).
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, FirstAdminDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, create_admin)
            return
        qtbot.keyClicks(dialog.username, "anne")
        qtbot.keyClicks(dialog.full_name, "Anne Admin")
        qtbot.keyClicks(dialog.password, "et-langt-kodeord")
        qtbot.keyClicks(dialog.repeat, "et-langt-kodeord")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    QTimer.singleShot(0, create_admin)
    window, starter = launch(qapp, cli.parse(["--database-url", empty_sqlite_url, "--lang", "en"]), "en",
                             dialogs=FakeDialogService())
    try:
        assert not isinstance(window, int)
        qtbot.addWidget(window)
        assert window.actor is not None and window.actor.role is Role.ADMIN
    finally:
        starter.close()


def test_cancelling_the_login_ends_with_status_0(qapp, qtbot, sqlite_url) -> None:
    from referral_app.app import launch

    def cancel() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "loginDialog" and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, cancel)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    result, starter = launch(qapp, cli.parse(["--database-url", sqlite_url]), "da", dialogs=FakeDialogService())
    assert result == 0
    assert starter is not None
    assert starter.jobs is None or not starter.jobs.running


def test_a_database_that_opens_after_the_login_was_cancelled_shows_nothing(qapp, qtbot, empty_sqlite_url,
                                                                           monkeypatch) -> None:
    """Escape before the database is open ends the start; the opening, when it
    finishes later, must not bring up a dialog of its own (here the first
    administrator's, as the database is new)."""
    import threading

    from referral_app.app import Launch, launch

    opening = threading.Event()
    real_open = Launch._open

    def slow_open(self, progress):
        opening.wait(10)  # held until the login has been cancelled
        return real_open(self, progress)

    monkeypatch.setattr(Launch, "_open", slow_open)

    def cancel() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "loginDialog" and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, cancel)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        opening.set()

    QTimer.singleShot(0, cancel)
    result, starter = launch(qapp, cli.parse(["--database-url", empty_sqlite_url]), "da", dialogs=FakeDialogService())
    assert result == 0
    assert starter.task is not None and starter.task.done.wait(10)
    qtbot.wait(200)  # the finished signal is delivered now, after launch() returned
    visible = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == []


# --- the daily backup: cancelled half-way, nothing is left -----------------------------------


def test_a_cancelled_daily_backup_leaves_nothing(sqlite_db, tmp_path) -> None:
    from referral_app.services import backup

    folder = tmp_path / "auto"
    with pytest.raises(backup.BackupCancelled):
        backup.run_automatic(sqlite_db, folder, keep=3, now=datetime(2026, 12, 1, 8), cancelled=lambda: True)
    assert list(folder.iterdir()) == []
    made = backup.run_automatic(sqlite_db, folder, keep=3, now=datetime(2026, 12, 1, 8))
    assert made is not None and [p.name for p in folder.iterdir()] == [made.name]


def test_the_daily_backup_checks_the_copy_with_quick_check(sqlite_db, tmp_path, monkeypatch) -> None:
    import sqlite3

    from referral_app.services import backup

    pragmas: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(lambda sql: pragmas.append(sql) if sql.upper().startswith("PRAGMA") else None)
        return conn

    monkeypatch.setattr(backup.sqlite3, "connect", traced)
    backup.run_automatic(sqlite_db, tmp_path / "auto", keep=3)
    assert any("quick_check" in p for p in pragmas)
    assert not any("integrity_check" in p for p in pragmas)


# --- bad installations and bad places ------------------------------------------------------


def test_missing_postgresql_driver_says_what_to_install(monkeypatch) -> None:
    from referral_app.domain.errors import StorageError
    from referral_app.services.database import Database

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on a desk without referral-app[postgres]
    with pytest.raises(StorageError) as caught:
        Database("postgresql://clerk@dbserver/faelles")
    assert 'pip install "referral-app[postgres]"' in str(caught.value)


def test_an_unwritable_data_folder_is_one_cli_line(tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for lang, words in (("en", "The data folder cannot be written"), ("da", "Der kan ikke skrives i datamappen")):
        result = subprocess.run([sys.executable, "-m", "referral_app", "--lang", lang, "db", "upgrade"], cwd=ROOT,
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, "REFERRAL_APP_DATA_DIR": str(blocker / "data")})
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(blocker / "data") in lines[0]
        if lang == "en":
            assert words in lines[0]


def test_an_unwritable_data_folder_is_a_dialog(qapp, tmp_path, monkeypatch) -> None:
    from referral_app.app import run_gui

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("REFERRAL_APP_DATA_DIR", str(blocker / "data"))
    dialogs = FakeDialogService()
    assert run_gui(cli.parse(["--lang", "en"]), "en", dialogs=dialogs) == 2
    assert dialogs.kinds() == ["critical"]
    assert dialogs.shown[0].text.startswith(f"The data folder cannot be written: {blocker / 'data'}")


def test_a_missing_translation_names_the_file(qapp, tmp_path, monkeypatch, capsys) -> None:
    from referral_app.__main__ import main
    from referral_app.app import start

    monkeypatch.setattr(translation, "qm_path", lambda language, folder=None: tmp_path / f"faelles_indgang_{language}.qm")
    assert main(["--lang", "da", "directory", "list"]) == 2
    line = capsys.readouterr().err.strip()
    assert line == f"referral-app: A file of the installation is missing: {tmp_path / 'faelles_indgang_da.qm'}. " \
                   "Reinstall Fælles Indgang."
    dialogs = FakeDialogService()
    assert start(qapp, cli.parse(["--lang", "da"]), "da", dialogs=dialogs) is None
    assert dialogs.kinds() == ["critical"] and str(tmp_path / "faelles_indgang_da.qm") in dialogs.shown[0].text


def test_missing_migrations_name_the_folder(monkeypatch, tmp_path) -> None:
    import io

    from referral_app import resources

    monkeypatch.setattr(resources, "migrations_dir", lambda: tmp_path / "migrations")
    args = cli.parse(["--database-url", f"sqlite:///{tmp_path / 'new.sqlite3'}", "db", "upgrade"])
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(args, out, err) == 2
    assert err.getvalue() == (f"referral-app: A file of the installation is missing: "
                              f"{tmp_path / 'migrations' / 'env.py'}. Reinstall Fælles Indgang.\n")
