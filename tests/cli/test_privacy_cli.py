"""Backups, restores and retention from the command line."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.enums import Role
from referral_app.services.database import open_database
from tests.conftest import run_cli
from tests.services.staff import PASSWORD, make_staff


def _cli(url: str, *args: str, stdin: str | None = None):
    return run_cli("--lang", "en", *args, env={"REFERRAL_APP_DATABASE_URL": url}, input=stdin)


def _with_admin(url: str) -> None:
    db = open_database(url)
    with db.begin() as s:
        make_staff(s, Role.ADMIN, "anne")
        make_staff(s, Role.FRONT_DESK, "frida")
        s.add(m.Resident(full_name="Gurli Mortensen", search_name="gurli mortensen", phone="+4520987654",
                         last_activity_at=utcnow() - timedelta(days=900)))
    db.dispose()


def test_backup_and_restore_round_trip(sqlite_url: str, tmp_path: Path) -> None:
    _with_admin(sqlite_url)
    target = tmp_path / "backup.sqlite3"
    made = _cli(sqlite_url, "db", "backup", str(target), "--user", "anne", "--password-stdin", stdin=f"{PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    fresh = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    restored = _cli(fresh, "db", "restore", str(target))
    assert restored.returncode == 0, restored.stderr
    conn = sqlite3.connect(tmp_path / "new.sqlite3")
    assert conn.execute("SELECT full_name FROM resident").fetchone() == ("Gurli Mortensen",)
    conn.close()


def _backup_entries(url: str) -> list[tuple[str | None, str | None]]:
    from sqlalchemy import select

    db = open_database(url)
    try:
        with db.begin() as s:
            return [(r.username, r.detail) for r in s.execute(
                select(m.AuditEvent.username, m.AuditEvent.detail).where(m.AuditEvent.entity == "database"))]
    finally:
        db.dispose()


def test_db_backup_is_audited_on_both_databases(db_url: str, tmp_path: Path, monkeypatch) -> None:
    """The audited backup service from the command line: the administrator's
    entry is there for the published file; when the entry cannot be written
    there is no file, hidden or not."""
    import shutil

    from sqlalchemy.exc import OperationalError

    from referral_app.db.migrate import SCHEMA_HEAD
    from referral_app.services import audit

    if not db_url.startswith("sqlite") and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    _with_admin(db_url)
    out = tmp_path / "out"
    out.mkdir()
    made = _cli(db_url, "db", "backup", str(out / "kopi.bak"), "--user", "anne", "--password-stdin",
                stdin=f"{PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    assert [p.name for p in out.iterdir()] == ["kopi.bak"]
    assert _backup_entries(db_url) == [("anne", f"backup kopi.bak revision={SCHEMA_HEAD}")]

    def failing(*_args: object, **kwargs: object) -> None:
        raise OperationalError("INSERT INTO audit_event", {}, Exception("disk I/O error"))

    real_record = audit.record
    monkeypatch.setattr(audit, "record", lambda *a, **k: failing() if k.get("entity") == "database"
                        else real_record(*a, **k))
    refused = _cli(db_url, "db", "backup", str(out / "igen.bak"), "--user", "anne", "--password-stdin",
                   stdin=f"{PASSWORD}\n")
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert [p.name for p in out.iterdir()] == ["kopi.bak"]
    assert len(_backup_entries(db_url)) == 1


def test_backup_needs_an_administrator_and_a_writable_target(sqlite_url: str, tmp_path: Path) -> None:
    _with_admin(sqlite_url)
    refused = _cli(sqlite_url, "db", "backup", str(tmp_path / "b"), "--user", "frida", "--password-stdin",
                   stdin=f"{PASSWORD}\n")
    assert refused.returncode == 2 and "may not" in refused.stderr and not (tmp_path / "b").exists()
    missing = _cli(sqlite_url, "db", "backup", str(tmp_path / "no" / "b"), "--user", "anne", "--password-stdin",
                   stdin=f"{PASSWORD}\n")
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1


def test_restore_refuses_a_file_from_another_app(sqlite_url: str, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    result = _cli(f"sqlite:///{tmp_path / 'new.sqlite3'}", "db", "restore", str(other))
    assert result.returncode == 2 and "not a backup of Fælles Indgang" in result.stderr


def test_retention_dry_run_then_run(db_url: str) -> None:
    _with_admin(db_url)
    dry = _cli(db_url, "retention", "run", "--dry-run", "--user", "anne", "--password-stdin", stdin=f"{PASSWORD}\n")
    assert dry.returncode == 0 and "Would anonymize 1 residents" in dry.stdout
    done = _cli(db_url, "retention", "run", "--user", "anne", "--password-stdin", stdin=f"{PASSWORD}\n")
    assert done.returncode == 0 and "Anonymized 1 residents" in done.stdout
    again = _cli(db_url, "retention", "run", "--user", "anne", "--password-stdin", stdin=f"{PASSWORD}\n")
    assert "Anonymized 0 residents" in again.stdout
