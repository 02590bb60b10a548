"""What a SQLite file's schema is (tables with their columns, indexes,
triggers), and the schema this app's migrations build for a revision, so a
restore can refuse a file that only looks like one of ours.

The reference is made by migrating an empty temporary database to the
revision, once per revision and process.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from referral_app.db.engine import Database

Column = tuple[str, str, bool, str | None, int]  # name, declared type, not null, default, primary-key position
IndexKey = tuple[str, str, bool, tuple[str, ...]]  # table, name ("" for SQLite's own), unique, columns


@dataclass(frozen=True, slots=True)
class Schema:
    tables: dict[str, tuple[Column, ...]]
    indexes: frozenset[IndexKey]
    triggers: dict[str, str]


def _normalise(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def read_schema(conn: sqlite3.Connection) -> Schema:
    tables: dict[str, tuple[Column, ...]] = {}
    indexes: set[IndexKey] = set()
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in names:
        quoted = table.replace('"', '""')
        tables[table] = tuple(
            (str(name), str(kind).upper(), bool(notnull), None if default is None else str(default), int(pk))
            for _, name, kind, notnull, default, pk in conn.execute(f'PRAGMA table_info("{quoted}")')
        )
        for _, name, unique, *_rest in conn.execute(f'PRAGMA index_list("{quoted}")'):
            index = str(name).replace('"', '""')
            columns = tuple(str(r[2]) for r in conn.execute(f'PRAGMA index_info("{index}")'))
            shown = "" if str(name).startswith("sqlite_autoindex_") else str(name)
            indexes.add((table, shown, bool(unique), columns))
    triggers = {str(name): _normalise(sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    return Schema(tables, frozenset(indexes), triggers)


def differences(expected: Schema, actual: Schema) -> list[str]:
    """What differs, in words, most telling first (empty when the schemas agree)."""
    problems: list[str] = []
    for table in sorted(expected.tables.keys() - actual.tables.keys()):
        problems.append(f"table {table} is missing")
    for table in sorted(actual.tables.keys() - expected.tables.keys()):
        problems.append(f"unexpected table {table}")
    for table in sorted(expected.tables.keys() & actual.tables.keys()):
        want = {c[0]: c for c in expected.tables[table]}
        have = {c[0]: c for c in actual.tables[table]}
        for column in sorted(want.keys() - have.keys()):
            problems.append(f"column {table}.{column} is missing")
        for column in sorted(have.keys() - want.keys()):
            problems.append(f"unexpected column {table}.{column}")
        for column in sorted(want.keys() & have.keys()):
            if want[column] != have[column]:
                problems.append(f"column {table}.{column} is defined differently")
    for name in sorted(expected.triggers.keys() - actual.triggers.keys()):
        problems.append(f"trigger {name} is missing")
    for name in sorted(actual.triggers.keys() - expected.triggers.keys()):
        problems.append(f"unexpected trigger {name}")
    for name in sorted(expected.triggers.keys() & actual.triggers.keys()):
        if expected.triggers[name] != actual.triggers[name]:
            problems.append(f"trigger {name} is defined differently")
    for table, name, _unique, columns in sorted(expected.indexes - actual.indexes):
        problems.append(f"index {name or ','.join(columns)} on {table} is missing or different")
    for table, name, _unique, columns in sorted(actual.indexes - expected.indexes):
        problems.append(f"unexpected index {name or ','.join(columns)} on {table}")
    return problems


_references: dict[str, Schema] = {}


def reference_schema(revision: str) -> Schema:
    """The schema this app's migrations build for ``revision`` (cached per process)."""
    cached = _references.get(revision)
    if cached is not None:
        return cached
    from alembic import command

    from referral_app.db import migrate

    with tempfile.TemporaryDirectory(prefix="referral-app-schema-") as folder:
        path = Path(folder) / "reference.sqlite3"
        db = Database(f"sqlite:///{path.as_posix()}")
        try:
            config = migrate.alembic_config(db)
            with db.engine.begin() as migrating:
                config.attributes["connection"] = migrating
                command.upgrade(config, revision)
        finally:
            db.dispose()
        reader = sqlite3.connect(path)
        try:
            schema = read_schema(reader)
        finally:
            reader.close()
    _references[revision] = schema
    return schema
