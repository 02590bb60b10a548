"""One audited backup for everyone (``db backup``, the daily backup, tests):
the copy is made outside any write transaction, its audit entry is committed
before the file gets its name, and a failure, a cancel or a kill -9 leaves no
copy of everyone's data behind (on SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from referral_app.db import models as m
from referral_app.db.migrate import SCHEMA_HEAD
from referral_app.domain.accounts import Actor
from referral_app.domain.enums import Role
from referral_app.domain.errors import DomainError, ValidationError
from referral_app.services import audit, backup, outputs
from referral_app.services.database import open_database
from tests.cli.inprocess import run_main
from tests.services.staff import make_staff

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60  # the longest any wait below may take on a loaded machine before the test fails instead of hanging


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def admin(database: Any) -> Actor:
    with database.begin() as s:
        return make_staff(s, Role.ADMIN, "anna")


def _entries(db: Any) -> list[tuple[str | None, str | None]]:
    with db.begin() as s:
        return [(row.username, row.detail) for row in s.execute(
            select(m.AuditEvent.username, m.AuditEvent.detail).where(m.AuditEvent.entity == "database")
            .order_by(m.AuditEvent.id))]


def _needs_pg_dump(db: Any) -> None:
    if not db.is_sqlite and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")


def test_every_published_backup_has_its_entry_committed_first(database, admin: Actor, out: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _needs_pg_dump(database)
    seen_at_move: list[list[tuple[str | None, str | None]]] = []
    real_publish = outputs.StagedOutput.publish

    def publish(staged: outputs.StagedOutput) -> Path:
        seen_at_move.append(_entries(database))  # another transaction: only what is committed
        return real_publish(staged)

    monkeypatch.setattr(outputs.StagedOutput, "publish", publish)
    made = backup.backup(database, out / "kopi.bak", actor=admin)
    assert made.path == out / "kopi.bak" and made.size == made.path.stat().st_size > 0
    assert [p.name for p in out.iterdir()] == ["kopi.bak"]
    expected = [("anna", f"backup kopi.bak revision={SCHEMA_HEAD}")]
    assert seen_at_move == [expected] and _entries(database) == expected


def test_nobody_signed_in_is_named_in_the_entry(database, out: Path) -> None:
    _needs_pg_dump(database)
    backup.backup(database, out / "a.bak")
    backup.backup(database, out / "b.bak", username="auto-backup", automatic=True)
    assert _entries(database) == [("cli", f"backup a.bak revision={SCHEMA_HEAD}"),
                                  ("auto-backup", f"automatic backup b.bak revision={SCHEMA_HEAD}")]


def test_an_entry_that_cannot_be_written_leaves_no_file(database, admin: Actor, out: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _needs_pg_dump(database)

    def failing(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT INTO audit_event", {}, Exception("disk I/O error"))

    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises(DomainError):
        backup.backup(database, out / "kopi.bak", actor=admin)
    assert list(out.iterdir()) == [] and _entries(database) == []


def test_a_file_that_appears_meanwhile_is_kept_and_the_copy_removed(sqlite_db, out: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = out / "kopi.sqlite3"
    real_record = audit.record

    def record_then_someone_writes(*args: Any, **kwargs: Any) -> None:
        real_record(*args, **kwargs)
        target.write_bytes(b"someone else's file")

    monkeypatch.setattr(audit, "record", record_then_someone_writes)
    with pytest.raises(ValidationError):
        backup.backup(sqlite_db, target)
    assert [p.name for p in out.iterdir()] == ["kopi.sqlite3"] and target.read_bytes() == b"someone else's file"


def test_a_cancelled_backup_leaves_nothing(sqlite_db, out: Path) -> None:
    with pytest.raises(backup.BackupCancelled):
        backup.backup(sqlite_db, out / "kopi.sqlite3", cancelled=lambda: True)
    assert list(out.iterdir()) == [] and _entries(sqlite_db) == []


def test_the_copy_is_made_while_another_desk_holds_the_write_lock(sqlite_url: str, out: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy needs no write lock; only the short audit transaction waits
    for the other desk, and the file appears after that one commits."""
    db = open_database(sqlite_url, busy_timeout_ms=WAIT_S * 1000)
    copied = threading.Event()
    real_copy = backup._backup_sqlite

    def copy(*args: Any, **kwargs: Any) -> str:
        revision = real_copy(*args, **kwargs)
        copied.set()
        return revision

    monkeypatch.setattr(backup, "_backup_sqlite", copy)
    other_desk = sqlite3.connect(db.path, isolation_level=None, check_same_thread=False)
    made: list[Any] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            made.append(backup.backup(db, out / "kopi.sqlite3"))
        except BaseException as exc:  # reported by the main thread
            failed.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    try:
        other_desk.execute("BEGIN IMMEDIATE")
        other_desk.execute("UPDATE app_setting SET value = value")
        worker.start()
        assert copied.wait(WAIT_S), "the copy waited for the other desk's write lock"
        assert not (out / "kopi.sqlite3").exists()  # its entry is not committed yet
        other_desk.execute("COMMIT")
        worker.join(WAIT_S)
        assert not worker.is_alive(), "the backup did not finish after the lock was released"
    finally:
        if other_desk.in_transaction:
            other_desk.execute("ROLLBACK")
        other_desk.close()
        worker.join(WAIT_S)
        db.dispose()
    assert not failed, failed
    assert made and made[0].path.is_file() and [p.name for p in out.iterdir()] == ["kopi.sqlite3"]
    db = open_database(sqlite_url)
    try:
        assert _entries(db) == [("cli", f"backup kopi.sqlite3 revision={SCHEMA_HEAD}")]
    finally:
        db.dispose()


KILLED_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from referral_app.services import backup
    from referral_app.services.database import open_database

    db = open_database(sys.argv[1])
    ready = Path(sys.argv[3])

    def cancelled():  # in the middle of the copy: say so, then wait to be killed
        ready.write_text("copying")
        time.sleep(600)
        return False

    backup.backup(db, Path(sys.argv[2]), cancelled=cancelled)
""")


def test_a_backup_killed_half_way_leaves_no_copy_after_the_next_start(sqlite_url: str, out: Path,
                                                                      tmp_path: Path) -> None:
    target, ready = out / "kopi.sqlite3", tmp_path / "ready"
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, sqlite_url, str(target), str(ready)],
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + WAIT_S
        while not ready.exists():
            assert child.poll() is None, child.communicate(timeout=WAIT_S)
            assert time.monotonic() < deadline, "the child never reached the copy"
            time.sleep(0.05)
        hidden = [p for p in out.iterdir() if p.name.startswith(".backup-")]
        assert len(hidden) == 1 and not target.exists()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.communicate(timeout=WAIT_S)
    assert hidden[0].exists()  # what kill -9 leaves ...
    started = run_main("--lang", "en", "db", "current", env={"REFERRAL_APP_DATABASE_URL": sqlite_url})
    assert started.returncode == 0, started.stderr
    assert list(out.iterdir()) == []  # ... the next start removes
    db = open_database(sqlite_url)
    try:
        assert _entries(db) == []
    finally:
        db.dispose()
