"""Property tests of restoring a backup: random bytes, truncated and
bit-flipped copies of a real backup, and SQLite files whose schema was edited
(a table, column, trigger or index dropped or added, the revision changed)
are refused with one clear message and leave the live database as it was; a
file is restored only when it proves itself a backup, and then the restored
database is sound. One template backup is made per test session."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.errors import DomainError
from referral_app.services import audit, audit_chain, backup
from referral_app.services.database import open_database
from referral_app.translation import error_text
from tests.services.staff import make_staff

HEADER = b"SQLite format 3\x00"


class Backup(bytes):
    """The template backup's bytes, shown by their size (hypothesis prints the arguments of a failure)."""

    def __repr__(self) -> str:
        return f"<backup of {len(self)} bytes>"


@pytest.fixture(scope="session")
def template_backup(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Backup:
    """A genuine backup (with staff and audit entries), made once per session."""
    folder = tmp_path_factory.mktemp("restore-fuzz")
    shutil.copyfile(sqlite_template, folder / "source.sqlite3")
    db = open_database(f"sqlite:///{folder / 'source.sqlite3'}")
    try:
        with db.begin() as s:
            actor = make_staff(s, Role.ADMIN, "anne")
        with db.begin() as s:
            audit.record(s, actor, AuditAction.SEARCH, entity="resident", detail="terms='navn'")
        return Backup(backup.backup(db, folder / "template-backup.sqlite3").path.read_bytes())
    finally:
        db.dispose()


@pytest.fixture(scope="session")
def template_schema(template_backup: bytes, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Any]]:
    """The names in the backup's schema, for the edits to choose from."""
    path = tmp_path_factory.mktemp("restore-schema") / "schema.sqlite3"
    path.write_bytes(template_backup)
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
        columns = [(table, str(column[1])) for kind, table, _ in rows if kind == "table"
                   for column in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()
    return {
        "tables": sorted(name for kind, name, _ in rows if kind == "table"),
        "indexes": sorted(name for kind, name, _ in rows if kind == "index"),
        "triggers": sorted(name for kind, name, _ in rows if kind == "trigger"),
        "columns": sorted(columns),
    }


@pytest.fixture
def live(sqlite_db) -> Iterator[Any]:
    yield sqlite_db


def _fingerprint(db: Any) -> str:
    """The live database's bytes, its write-ahead log included."""
    digest = hashlib.sha256()
    for path in (Path(db.path), Path(f"{db.path}-wal")):
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _restored_or_refused(live: Any, source: Path, *, genuine: bool) -> bool:
    """Restore ``source``; True when it was restored. A refusal must be one
    line and change nothing; a file that is a genuine backup must restore."""
    before = _fingerprint(live)
    try:
        backup.restore(live, source, username="anne")
    except DomainError as exc:
        shown = error_text(exc)
        assert shown.strip() and "\n" not in shown, shown
        exc.message.format(**exc.params)  # every placeholder filled
        assert not genuine, shown
        assert _fingerprint(live) == before
        return False
    conn = sqlite3.connect(live.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with live.begin() as s:  # the restored database answers the app's own queries
        assert audit_chain.check(s).intact
        assert s.scalar(select(func.count()).select_from(m.StaffUser)) == 1
    return True


@given(data=st.one_of(st.binary(max_size=4096), st.binary(max_size=4096).map(HEADER.__add__)))
def test_random_bytes_are_refused(live, tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "random.sqlite3"
    source.write_bytes(data)
    assert not _restored_or_refused(live, source, genuine=False)


@given(cut=st.integers(0, 10**9))
def test_truncated_backups_are_refused(live, template_backup: bytes, tmp_path: Path, cut: int) -> None:
    length = cut % len(template_backup)  # never the whole file
    source = tmp_path / "truncated.sqlite3"
    source.write_bytes(template_backup[:length])
    assert not _restored_or_refused(live, source, genuine=False)


@given(flips=st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 7)), min_size=1, max_size=8))
def test_bit_flipped_backups_restore_soundly_or_are_refused(live, template_backup: bytes, tmp_path: Path,
                                                            flips: list[tuple[int, int]]) -> None:
    data = bytearray(template_backup)
    for offset, bit in flips:
        data[offset % len(data)] ^= 1 << bit
    source = tmp_path / "flipped.sqlite3"
    source.write_bytes(bytes(data))
    _restored_or_refused(live, source, genuine=bytes(data) == template_backup)


@st.composite
def schema_edits(draw: st.DrawFn, schema: dict[str, list[Any]]) -> list[str]:
    """One to three statements that change the schema of a copy."""
    statements = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["drop_table", "drop_index", "drop_trigger", "add_column", "drop_column",
                                     "rename_column", "add_index", "add_table", "add_trigger", "revision"]))
        table = draw(st.sampled_from(schema["tables"]))
        if kind == "drop_table":
            statements.append(f'DROP TABLE "{table}"')
        elif kind == "drop_index" and schema["indexes"]:
            statements.append(f'DROP INDEX "{draw(st.sampled_from(schema["indexes"]))}"')
        elif kind == "drop_trigger" and schema["triggers"]:
            statements.append(f'DROP TRIGGER "{draw(st.sampled_from(schema["triggers"]))}"')
        elif kind == "add_column":
            kind_sql = draw(st.sampled_from(["TEXT", "INTEGER", "BLOB", ""]))
            statements.append(f'ALTER TABLE "{table}" ADD COLUMN fuzz_extra {kind_sql}')
        elif kind in ("drop_column", "rename_column"):
            owner, column = draw(st.sampled_from(schema["columns"]))
            statements.append(f'ALTER TABLE "{owner}" DROP COLUMN "{column}"' if kind == "drop_column"
                              else f'ALTER TABLE "{owner}" RENAME COLUMN "{column}" TO fuzz_renamed')
        elif kind == "add_index":
            owner, column = draw(st.sampled_from(schema["columns"]))
            statements.append(f'CREATE INDEX fuzz_ix ON "{owner}" ("{column}")')
        elif kind == "add_table":
            statements.append("CREATE TABLE fuzz_table (id INTEGER PRIMARY KEY)")
        elif kind == "add_trigger":
            statements.append(f'CREATE TRIGGER fuzz_trigger AFTER INSERT ON "{table}" BEGIN SELECT 1; END')
        elif kind == "revision":
            value = draw(st.one_of(st.text(max_size=20), st.sampled_from(["0001_initial", "", "9999_future"])))
            statements.append("UPDATE alembic_version SET version_num = '" + value.replace("'", "''") + "'")
    return statements


def test_backups_with_an_edited_schema_are_refused(live, template_backup: bytes, template_schema, tmp_path: Path,
                                                   examples) -> None:
    @given(statements=schema_edits(template_schema))
    @examples
    def check(statements: list[str]) -> None:
        source = tmp_path / "edited.sqlite3"
        source.write_bytes(template_backup)
        conn = sqlite3.connect(source)
        try:
            conn.execute("PRAGMA foreign_keys = OFF")
            for statement in statements:
                conn.execute(statement)
            conn.commit()
            changed = conn.execute("SELECT group_concat(type || name || coalesce(sql, ''), '|') FROM "
                                   "(SELECT * FROM sqlite_master ORDER BY name)").fetchone()[0]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            assume(False)  # SQLite itself refused the edit (e.g. dropping an indexed column)
        finally:
            conn.close()
        original = tmp_path / "original.sqlite3"
        original.write_bytes(template_backup)
        conn = sqlite3.connect(original)
        try:
            unchanged = conn.execute("SELECT group_concat(type || name || coalesce(sql, ''), '|') FROM "
                                     "(SELECT * FROM sqlite_master ORDER BY name)").fetchone()[0]
            same_revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() == revision
        finally:
            conn.close()
        genuine_schema = changed == unchanged and same_revision
        restored = _restored_or_refused(live, source, genuine=False)
        assert not restored or genuine_schema, statements

    check()


def test_a_damaged_file_is_refused_on_one_line(live, tmp_path: Path) -> None:
    """Found by the bit flips: SQLite's integrity report spans lines
    ("*** in database main ***" then the problem); the refusal shows it on one."""
    source = tmp_path / "damaged.sqlite3"
    conn = sqlite3.connect(source)
    try:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("abc" * 10,)] * 50)
        conn.commit()
    finally:
        conn.close()
    data = bytearray(source.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size + 7] ^= 1  # page 2's count of fragmented free bytes
    source.write_bytes(bytes(data))
    before = _fingerprint(live)
    with pytest.raises(DomainError) as info:
        backup.restore(live, source)
    shown = error_text(info.value)
    assert "integrity check: *** in database main *** Fragmentation" in shown and "\n" not in shown
    assert _fingerprint(live) == before


def test_a_revision_with_a_line_break_is_refused_on_one_line(live, template_backup: bytes, tmp_path: Path) -> None:
    """Found by the long schema-edit run: version_num '\\n' reached the message as a line break."""
    source = tmp_path / "odd-revision.sqlite3"
    source.write_bytes(template_backup)
    conn = sqlite3.connect(source)
    try:
        conn.execute("UPDATE alembic_version SET version_num = 'x\ny'")
        conn.commit()
    finally:
        conn.close()
    before = _fingerprint(live)
    with pytest.raises(DomainError) as info:
        backup.restore(live, source)
    shown = error_text(info.value)
    assert "schema x\\ny is newer" in shown and "\n" not in shown
    assert _fingerprint(live) == before
