"""Backups taken while another process writes, restores that refuse bad files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from referral_app.db.migrate import SCHEMA_HEAD
from referral_app.domain.errors import ValidationError
from referral_app.services import backup
from referral_app.services.database import open_database

WRITER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=30000")
    n = 0
    while True:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO inquiry (received_at, channel, description, interpreter_needed, urgency, status, "
                     "is_demo, created_at, updated_at) VALUES (datetime('now'), 'walk_in', 'skriver', 0, "
                     "'normal', 'open', 1, datetime('now'), datetime('now'))")
        conn.execute("COMMIT")
        n += 1
        if n % 50 == 0:
            time.sleep(0.001)
""")


def _count(path: Path) -> int:
    conn = sqlite3.connect(path, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM inquiry").fetchone()[0]
    finally:
        conn.close()


def test_backup_while_another_process_writes(sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db.path)])
    try:
        # No deadline of our own (pytest-timeout is the backstop): a loaded
        # machine may take long to start the writer; only its death fails.
        while _count(db.path) < 200:
            assert writer.poll() is None, "the writer stopped"
            time.sleep(0.05)
        committed_before = _count(db.path)
        result = backup.backup(db, tmp_path / "copy.sqlite3")
    finally:
        writer.kill()
        writer.wait()
    assert result.revision == SCHEMA_HEAD
    conn = sqlite3.connect(result.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        in_backup = conn.execute("SELECT count(*) FROM inquiry").fetchone()[0]
        max_id = conn.execute("SELECT max(id) FROM inquiry").fetchone()[0]
    finally:
        conn.close()
    assert in_backup >= committed_before and max_id == in_backup  # no gaps: every earlier commit is there
    # Restore it into a fresh database and open that like the app does.
    target = open_database(f"sqlite:///{tmp_path / 'restored.sqlite3'}")
    backup.restore(target, result.path)
    assert _count(target.path) == in_backup
    target.check()
    db.dispose()


@pytest.mark.parametrize("kind", ["truncated", "other_app", "text", "newer"])
def test_restore_refuses_bad_files_and_changes_nothing(sqlite_url: str, tmp_path: Path, kind: str) -> None:
    db = open_database(sqlite_url)
    good = backup.backup(db, tmp_path / "good.sqlite3").path
    bad = tmp_path / f"{kind}.sqlite3"
    if kind == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    elif kind == "other_app":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.commit()
        conn.close()
    elif kind == "text":
        bad.write_text("hello", encoding="utf-8")
    else:
        bad.write_bytes(good.read_bytes())
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
        conn.close()
    before = db.path.read_bytes()
    with pytest.raises(ValidationError):
        backup.restore(db, bad)
    assert db.path.read_bytes() == before


def test_backup_to_a_missing_folder_is_clear(sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    with pytest.raises(ValidationError):
        backup.backup(db, tmp_path / "nope" / "x.sqlite3")
    assert not (tmp_path / "nope").exists()


@pytest.mark.postgres
def test_postgres_backup_with_pg_dump(pg_url: str, tmp_path: Path) -> None:
    import shutil

    db = open_database(pg_url)
    if shutil.which("pg_dump") is None:
        from referral_app.domain.errors import StorageError

        with pytest.raises(StorageError):
            backup.backup(db, tmp_path / "dump")
        return
    result = backup.backup(db, tmp_path / "dump")
    assert result.size > 0 and result.path.read_bytes()[:5] == b"PGDMP"


def test_automatic_backup_once_a_day_keeping_the_newest(sqlite_url: str, tmp_path: Path) -> None:
    import os
    from datetime import datetime, timedelta

    db = open_database(sqlite_url)
    folder = tmp_path / "auto"
    start = datetime(2026, 11, 1, 8, 0)
    made = []
    for day in range(4):
        now = start + timedelta(days=day)
        first = backup.run_automatic(db, folder, keep=2, now=now)
        assert first is not None
        stamp = now.timestamp()
        os.utime(first, (stamp, stamp))
        made.append(first.name)
    assert sorted(p.name for p in folder.iterdir()) == made[-2:]
    os.utime(folder / made[-1], None)  # written just now: not due again today
    assert backup.run_automatic(db, folder, keep=2) is None


@pytest.mark.parametrize(("content", "problem"), [(None, "no such file"), (b"notadb\n", "not a SQLite file")])
def test_why_a_file_is_no_backup_reaches_the_user_translated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None, problem: str) -> None:
    """The reason is a source text of its own, looked up like the message, not English in a Danish line."""
    from referral_app import translation

    path = tmp_path / "restore-me.sqlite3"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        backup.check_backup_file(path)
    monkeypatch.setattr(translation, "lookup", lambda context, source: f"<{context}:{source}>")
    assert f"<enums:{problem}>" in translation.error_text(caught.value)
