"""A restore that proves the file: the schema must be exactly what the app's
migrations build for the file's revision, with its triggers; foreign keys and
the audit chain must hold; anything else is refused with a reason and the
live database is left as it was. A restore that goes through is audited."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.db.migrate import SCHEMA_HEAD
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.errors import ValidationError
from referral_app.services import audit, audit_chain, backup
from referral_app.services.database import open_database
from tests.services.staff import make_staff


@pytest.fixture
def live(sqlite_url: str):
    db = open_database(sqlite_url)
    with db.begin() as s:
        actor = make_staff(s, Role.ADMIN, "anne")
    for n in range(3):
        with db.begin() as s:
            audit.record(s, actor, AuditAction.SEARCH, entity="resident", detail=f"terms='navn {n}'")
    yield db
    db.dispose()


def _edited_copy(db, tmp_path: Path, name: str, *statements: str) -> Path:
    copy = backup.backup(db, tmp_path / name).path
    conn = sqlite3.connect(copy)
    try:
        conn.executescript(";".join(statements))
    finally:
        conn.close()
    return copy


def _refused(db, source: Path) -> str:
    before = db.path.read_bytes()
    with pytest.raises(ValidationError) as info:
        backup.restore(db, source)
    assert db.path.read_bytes() == before  # nothing changed
    return str(info.value)


def test_a_good_backup_is_restored_and_the_restore_is_audited(live, tmp_path: Path) -> None:
    good = backup.backup(live, tmp_path / "good.sqlite3").path
    target = open_database(f"sqlite:///{tmp_path / 'restored.sqlite3'}")
    try:
        assert backup.restore(target, good, username="anne") == SCHEMA_HEAD
        with target.begin() as s:
            last = s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()
            assert (last.username, last.entity) == ("anne", "database")
            assert last.detail == f"restored from good.sqlite3 revision={SCHEMA_HEAD}"
            assert audit_chain.check(s).intact
    finally:
        target.dispose()


def test_right_table_names_with_dummy_columns_are_refused(live, tmp_path: Path) -> None:
    conn = sqlite3.connect(live.path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    finally:
        conn.close()
    fake = tmp_path / "fake.sqlite3"
    conn = sqlite3.connect(fake)
    try:
        for table in tables:
            conn.execute(f'CREATE TABLE "{table}" (dummy INTEGER)')
        conn.execute("ALTER TABLE alembic_version ADD COLUMN version_num TEXT")
        conn.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (SCHEMA_HEAD,))
        conn.commit()
    finally:
        conn.close()
    message = _refused(live, fake)
    assert f"not the one of revision {SCHEMA_HEAD}" in message and "is missing" in message


def test_a_backup_whose_audit_triggers_were_dropped_is_refused(live, tmp_path: Path) -> None:
    copy = _edited_copy(live, tmp_path, "no-triggers.sqlite3",
                        "DROP TRIGGER audit_event_no_update", "DROP TRIGGER audit_event_no_delete")
    message = _refused(live, copy)
    assert "trigger audit_event_no_delete is missing" in message


def test_an_extra_column_or_index_is_refused(live, tmp_path: Path) -> None:
    copy = _edited_copy(live, tmp_path, "extra.sqlite3", "ALTER TABLE resident ADD COLUMN cpr TEXT")
    assert "unexpected column resident.cpr" in _refused(live, copy)
    copy = _edited_copy(live, tmp_path, "index.sqlite3", "CREATE INDEX ix_sneaky ON resident (email)")
    assert "unexpected index ix_sneaky" in _refused(live, copy)


def test_a_backup_with_a_tampered_audit_log_is_refused(live, tmp_path: Path) -> None:
    conn = sqlite3.connect(live.path)
    try:
        trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_event_no_update'").fetchone()[0]
    finally:
        conn.close()
    copy = _edited_copy(live, tmp_path, "tampered.sqlite3", "DROP TRIGGER audit_event_no_update",
                        "UPDATE audit_event SET detail = 'terms=''nogen''' WHERE id = (SELECT min(id) FROM audit_event)",
                        trigger)
    assert "audit log is broken" in _refused(live, copy)


def test_rows_pointing_at_missing_rows_are_refused(live, tmp_path: Path) -> None:
    copy = _edited_copy(live, tmp_path, "orphans.sqlite3", "PRAGMA foreign_keys = OFF",
                        "INSERT INTO consent (resident_id, purpose, given_at) VALUES (999999, 'store_data', "
                        "'2026-01-01 00:00:00')")
    assert "refer to missing rows in consent" in _refused(live, copy)


def test_a_garbled_schema_is_refused_in_one_line(live, tmp_path: Path) -> None:
    """SQLite quotes a damaged CREATE statement, line breaks and all, when it
    refuses the file; the message is still one line (found by the restore fuzzing)."""
    copy = _edited_copy(live, tmp_path, "garbled.sqlite3", "PRAGMA writable_schema = ON",
                        "UPDATE sqlite_master SET sql = replace(sql, 'SET NULL', '\"SET NULL,' || char(10) || 'x') "
                        "WHERE name = 'inquiry'")
    message = _refused(live, copy)
    assert "is not a backup of Fælles Indgang" in message and "malformed" in message
    assert "\n" not in message


def test_a_check_constraint_naming_a_missing_column_is_refused(live, tmp_path: Path) -> None:
    """The table's columns are all there, but its CHECK names a column that is
    not (one flipped bit: weekday -> veekday). SQLite reads such a file for the
    checks and fails only once it is opened for writing: the restore tries the
    file on a copy first, so the live database is never replaced by it (found by
    the long restore fuzzing)."""
    copy = _edited_copy(live, tmp_path, "check.sqlite3", "PRAGMA writable_schema = ON",
                        "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (weekday', 'CHECK (veekday') "
                        "WHERE name = 'schedule'")
    message = _refused(live, copy)
    assert "no such column: veekday" in message and "\n" not in message
    assert not [p.name for p in live.path.parent.iterdir() if p.name.startswith(".backup-")]


def test_schema_text_that_is_not_utf8_is_refused_in_one_line(live, tmp_path: Path) -> None:
    copy = backup.backup(live, tmp_path / "bytes.sqlite3").path
    conn = sqlite3.connect(copy)
    try:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'schedule'").fetchone()[0]
        damaged = sql.encode().replace(b"CHECK (weekday", b"CHECK (\xf7eekday")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'schedule'", (damaged,))
        conn.commit()
    finally:
        conn.close()
    message = _refused(live, copy)
    assert "its schema holds damaged text (not UTF-8)" in message and "\n" not in message
