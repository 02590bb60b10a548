"""The command line, run as a user runs it (through its entry function; see
test_real_process.py for the few checks that need a real process).

``db upgrade`` on a new database creates the schema and loads the directory,
a second run changes nothing, and ``directory list --json`` shows the shipped
Høje Gladsaxe directory; on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from referral_app import __version__
from referral_app.db.migrate import SCHEMA_HEAD
from referral_app.db.models import Base
from tests.conftest import run_cli, spawn_cli


def table_checksum(url: str) -> str:
    """A digest of every row of every table, independent of row order."""
    engine = create_engine(url.replace("sqlite:///file:", "sqlite:///", 1).split("?", 1)[0])
    digest = hashlib.sha256()
    try:
        with engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
                digest.update(f"{table}:{len(rows)}\n".encode())
                for line in sorted(repr(tuple(row)) for row in rows):
                    digest.update(line.encode() + b"\n")
    finally:
        engine.dispose()
    return digest.hexdigest()


def _upgrade_twice_then_list(url: str) -> None:
    env = {"REFERRAL_APP_DATABASE_URL": url}

    first = run_cli("--lang", "en", "db", "upgrade", env=env)
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    assert f"Schema updated from empty to {SCHEMA_HEAD}." in first.stdout
    assert "Directory loaded:" in first.stdout

    engine = create_engine(url)
    try:
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    before = table_checksum(url)

    second = run_cli("--lang", "en", "db", "upgrade", env=env)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == (
        f"The database is up to date ({SCHEMA_HEAD}); nothing was changed."
    )
    assert table_checksum(url) == before

    listing = run_cli("directory", "list", "--json", env=env)
    assert listing.returncode == 0, listing.stderr
    organizations = json.loads(listing.stdout)
    assert len(organizations) >= 6
    active = [s for org in organizations for s in org["services"] if s["status"] == "active"]
    assert len(active) >= 30
    for service in active:
        assert service["categories"], f"{service['name']} has no category"
        assert service["schedules"], f"{service['name']} has no opening hours"
    assert table_checksum(url) == before  # listing reads only


def test_upgrade_and_list_on_a_new_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    _upgrade_twice_then_list(f"sqlite:///{path}")
    assert not (tmp_path / "backups").exists()  # nothing to back up in a new file


@pytest.mark.postgres
def test_upgrade_and_list_on_postgresql(empty_pg_url: str) -> None:
    _upgrade_twice_then_list(empty_pg_url)


def test_database_url_option_beats_the_environment(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.sqlite3"
    ignored = tmp_path / "ignored.sqlite3"
    result = run_cli(
        "--database-url",
        f"sqlite:///{chosen}",
        "db",
        "upgrade",
        env={"REFERRAL_APP_DATABASE_URL": f"sqlite:///{ignored}"},
    )
    assert result.returncode == 0, result.stderr
    assert chosen.exists() and not ignored.exists()


def test_default_database_lives_in_the_data_folder(_private_data_dir: Path) -> None:
    result = run_cli("db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert (_private_data_dir / "faelles-indgang.sqlite3").exists()


@pytest.mark.parametrize("launcher", ["module", "script"])
def test_version(launcher: str) -> None:
    if launcher == "module":
        result = spawn_cli("--version")
    else:
        import subprocess

        script = Path(sys.executable).parent / "referral-app"
        result = subprocess.run(
            [str(script), "--version"], capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Fælles Indgang {__version__}"


def test_db_current(db_url: str) -> None:
    env = {"REFERRAL_APP_DATABASE_URL": db_url}
    result = run_cli("--lang", "en", "db", "current", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{SCHEMA_HEAD} (up to date; newest: {SCHEMA_HEAD})")
    assert "secret" not in result.stdout


def test_db_current_on_an_empty_database(empty_db_url: str) -> None:
    # An empty SQLite database is an empty file; a missing one is refused instead
    # (test_cli_robustness.py::test_db_current_on_a_missing_file_creates_nothing).
    if empty_db_url.startswith("sqlite:///"):
        Path(empty_db_url.removeprefix("sqlite:///")).touch()
    result = run_cli(
        "--lang", "en", "db", "current", env={"REFERRAL_APP_DATABASE_URL": empty_db_url}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"(empty database) (needs upgrade; newest: {SCHEMA_HEAD})")


def test_danish_is_the_default(sqlite_url: str) -> None:
    env = {"REFERRAL_APP_DATABASE_URL": sqlite_url}
    danish = run_cli("db", "upgrade", env=env)
    english = run_cli("--lang", "en", "db", "upgrade", env=env)
    assert danish.returncode == english.returncode == 0
    assert SCHEMA_HEAD in danish.stdout
    assert danish.stdout != english.stdout, "the Danish translation of the CLI is missing"


def test_directory_list_as_text_and_search(sqlite_url: str) -> None:
    env = {"REFERRAL_APP_DATABASE_URL": sqlite_url}
    everything = run_cli("directory", "list", env=env)
    assert everything.returncode == 0, everything.stderr
    assert "Gladsaxe Kommune" in everything.stdout
    found = run_cli("directory", "list", "--json", "--search", "lektiecafe", env=env)
    assert found.returncode == 0, found.stderr
    names = [s["name"].lower() for org in json.loads(found.stdout) for s in org["services"]]
    assert names and any("lektie" in name for name in names)
    nothing = run_cli("--lang", "en", "directory", "list", "--search", "zzzyyyxxx", env=env)
    assert nothing.stdout.strip() == "Nothing in the directory matches."


def test_default_data_folder_is_created(tmp_path: Path) -> None:
    data = tmp_path / "fresh" / "faelles-indgang"
    result = run_cli("db", "upgrade", env={"REFERRAL_APP_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "faelles-indgang.sqlite3").is_file()


def test_upgrading_an_older_file_keeps_a_copy_first(sqlite_url: str) -> None:
    from alembic.script import ScriptDirectory

    from referral_app.db import migrate
    from referral_app.db.engine import Database

    db = Database(sqlite_url)
    previous = ScriptDirectory.from_config(migrate.alembic_config(db)).get_revision(SCHEMA_HEAD)
    if previous.down_revision is None:
        db.dispose()
        pytest.skip("only one schema revision so far")
    migrate.downgrade(db, str(previous.down_revision))
    db.dispose()

    path = Path(sqlite_url.removeprefix("sqlite:///"))
    result = run_cli("--lang", "en", "db", "upgrade", env={"REFERRAL_APP_DATABASE_URL": sqlite_url})
    assert result.returncode == 0, result.stderr
    assert f"Schema updated from {previous.down_revision} to {SCHEMA_HEAD}." in result.stdout
    copies = list((path.parent / "backups").glob("*.sqlite3"))
    assert len(copies) == 1
    assert f"A copy of the previous database is saved in {copies[0]}." in result.stdout
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            previous.down_revision,
        )
