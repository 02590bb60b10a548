"""Bad databases and bad input, through the command line's entry function.

Each case gives one line on stderr (Danish by default, English with
``--lang en``), exit status 2, no traceback, and writes nothing.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.cli.test_cli import table_checksum
from tests.conftest import ROOT, run_cli

HEAD_OF_THE_FUTURE = "9999_from_a_newer_app"


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("referral-app: "), lines[0]
    assert result.stdout == "", result.stdout
    return lines[0]


def fails_in_both_languages(*args: str, env: dict[str, str] | None = None) -> str:
    """Run the command in Danish (the default) and in English; return the English line."""
    danish = assert_one_line_error(run_cli(*args, env=env))
    english = assert_one_line_error(run_cli("--lang", "en", *args, env=env))
    assert danish != english, f"not translated to Danish: {english}"
    return english


def url_env(url: str) -> dict[str, str]:
    return {"REFERRAL_APP_DATABASE_URL": url}


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --- addresses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "not a database url",
        "postgresql+psycopg://clerk:secret@db.example:notaport/referrals",
        "sqlite",
    ],
)
def test_malformed_url(url: str) -> None:
    line = fails_in_both_languages("db", "upgrade", env=url_env(url))
    assert "The database address is not valid" in line
    assert "secret" not in line


@pytest.mark.parametrize(
    "url", ["mysql://clerk:secret@localhost/referrals", "http://example.com/db"]
)
def test_unsupported_scheme(url: str) -> None:
    line = fails_in_both_languages("--database-url", url, "directory", "list")
    assert "The database address is not valid" in line
    assert "secret" not in line


def test_missing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "not" / "there"
    line = fails_in_both_languages("db", "upgrade", env=url_env(f"sqlite:///{folder}/app.sqlite3"))
    assert "The folder for the database does not exist" in line
    assert str(folder) in line
    assert not (tmp_path / "not").exists()


def test_unreachable_postgresql() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql+psycopg://clerk:secret@127.0.0.1:{port}/referrals"
    line = fails_in_both_languages("db", "upgrade", env=url_env(url))
    assert "Cannot connect to the database server" in line
    assert "secret" not in line


def test_unknown_subcommand() -> None:
    line = fails_in_both_languages("frobnicate")
    assert "unknown choice 'frobnicate'" in line


def test_unknown_option() -> None:
    line = fails_in_both_languages("directory", "list", "--colour")
    assert "unknown arguments: --colour" in line


# --- broken files ---------------------------------------------------------------------


def test_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    before = folder_state(tmp_path)
    for command in (("db", "upgrade"), ("directory", "list"), ("db", "current")):
        line = fails_in_both_languages(*command, env=url_env(f"sqlite:///{path}"))
        assert "damaged or is not a database" in line
    assert folder_state(tmp_path) == before  # same bytes, no journal, no backup


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Husk at ringe til ejendomskontoret.\n" * 200, encoding="utf-8")
    before = folder_state(tmp_path)
    line = fails_in_both_languages("db", "upgrade", env=url_env(f"sqlite:///{path}"))
    assert "damaged or is not a database" in line
    assert folder_state(tmp_path) == before


def _make_unmigrated(path: Path, *, wal: bool) -> None:
    """A valid SQLite file with a row in it but without our schema: upgrading must write."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    conn.execute("CREATE TABLE note (body TEXT)")
    conn.execute("INSERT INTO note VALUES ('written before the test')")
    conn.commit()
    conn.close()


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold ``BEGIN EXCLUSIVE`` on the file from another connection, as another program would."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


@pytest.mark.parametrize(
    ("wal", "command"),
    [
        (True, ("db", "upgrade")),  # another program writes; we must write too
        (False, ("db", "current")),  # a rollback-journal file: even reading waits
        (False, ("directory", "list")),
    ],
    ids=["wal-upgrade", "journal-current", "journal-list"],
)
def test_locked_file(tmp_path: Path, wal: bool, command: tuple[str, ...]) -> None:
    path = tmp_path / "app.sqlite3"
    _make_unmigrated(path, wal=wal)
    url = f"sqlite:///{path}"
    before = table_checksum(url)
    env = {**url_env(url), "REFERRAL_APP_BUSY_TIMEOUT_MS": "200"}
    with exclusive_lock(path):
        line = fails_in_both_languages(*command, env=env)
    assert "locked by another program" in line
    assert table_checksum(url) == before


def _readonly_url(path: Path) -> str:
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def test_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite3"
    _make_unmigrated(path, wal=False)
    before = path.read_bytes()
    for command in (("db", "upgrade"), ("directory", "list")):
        line = fails_in_both_languages(*command, env=url_env(_readonly_url(path)))
        assert "cannot be written" in line
    assert path.read_bytes() == before


def test_read_only_file_can_still_be_read(sqlite_url: str) -> None:
    """A migrated file opened read-only: listing works, nothing is written."""
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    result = run_cli("directory", "list", "--json", env=url_env(_readonly_url(path)))
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == before


def _python_for_nobody() -> tuple[str, dict[str, str]] | None:
    """A Python the unprivileged user ``nobody`` can run with our packages, if any.

    The venv's interpreter may live in root's home; the system Python of the
    same version can use the venv's packages instead.
    """
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        return None
    import sysconfig

    site = sysconfig.get_paths()["purelib"]
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [(sys.executable, {})]
    for system_python in (f"/usr/bin/python{version}", "/usr/bin/python3"):
        if Path(system_python).exists():
            candidates.append((system_python, {"PYTHONPATH": f"{site}{os.pathsep}{ROOT}"}))
    for python, extra in candidates:
        probe = subprocess.run(
            [
                "runuser",
                "-u",
                "nobody",
                "--",
                "env",
                *[f"{k}={v}" for k, v in extra.items()],
                python,
                "-c",
                f"import sys, referral_app.cli; assert sys.version.startswith('{version}')",
            ],
            capture_output=True,
            cwd=ROOT,
        )
        if probe.returncode == 0:
            return python, extra
    return None


@pytest.fixture(scope="session")
def nobody_python() -> tuple[str, dict[str, str]]:
    found = _python_for_nobody()
    if found is None:
        pytest.skip("needs root, runuser and a Python the user nobody may run")
    return found


def test_file_the_user_may_not_write(nobody_python: tuple[str, dict[str, str]]) -> None:
    python, extra = nobody_python
    folder = Path(tempfile.mkdtemp(prefix="ri-readonly-"))
    try:
        folder.chmod(0o755)  # nobody may enter and read, not write
        path = folder / "app.sqlite3"
        _make_unmigrated(path, wal=False)
        path.chmod(0o644)
        before = folder_state(folder)
        env = {
            **os.environ,
            **extra,
            "REFERRAL_APP_DATABASE_URL": f"sqlite:///{path}",
            "REFERRAL_APP_DATA_DIR": str(folder / "data"),
            "HOME": str(folder),
        }
        lines = []
        for lang in ((), ("--lang", "en")):
            result = subprocess.run(
                [
                    "runuser",
                    "-u",
                    "nobody",
                    "--",
                    python,
                    "-m",
                    "referral_app",
                    *lang,
                    "db",
                    "upgrade",
                ],
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
                timeout=120,
            )
            lines.append(assert_one_line_error(result))
        danish, english = lines
        assert danish != english
        assert "cannot be written" in english
        assert folder_state(folder) == before
        assert not (folder / "data").exists()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- a database from a newer app -----------------------------------------------------------


def _pretend_newer(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE alembic_version SET version_num = :v"), {"v": HEAD_OF_THE_FUTURE}
            )
        if url.startswith("sqlite"):
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def test_sqlite_file_from_a_newer_app(sqlite_url: str) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    _pretend_newer(sqlite_url)
    main_file = path.read_bytes()
    for command in (("db", "upgrade"), ("directory", "list")):
        line = fails_in_both_languages(*command, env=url_env(sqlite_url))
        assert "newer version of Fælles Indgang" in line
        assert HEAD_OF_THE_FUTURE in line
    assert path.read_bytes() == main_file
    assert not (path.parent / "backups").exists()


@pytest.mark.postgres
def test_postgresql_database_from_a_newer_app(pg_url: str) -> None:
    _pretend_newer(pg_url)
    before = table_checksum(pg_url)
    line = fails_in_both_languages("db", "upgrade", env=url_env(pg_url))
    assert "newer version of Fælles Indgang" in line
    assert table_checksum(pg_url) == before
