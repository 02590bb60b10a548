"""Writing many rows at once, below the ORM and SQLAlchemy's per-value processing.

The demo generator writes a million rows; going through ``session.execute(insert(...),
rows)`` spends most of its time turning each value into what the driver wants.
Here each column's conversion is looked up once and applied in a tight loop,
then the rows go in as one DBAPI ``executemany`` (SQLite) or one ``COPY``
(PostgreSQL), inside the caller's transaction. The stored values are exactly
what the column types store (``UTCDateTime`` as naive UTC text on SQLite).

``loading`` wraps a large load: the search index's and the statistics
summaries' triggers (and the tables' plain secondary indexes) are set aside
for its length and what they would have kept is built in bulk afterwards,
inside the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, Table, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON

from referral_app.db import search_tables, stat_summaries
from referral_app.db.types import UTCDateTime

Convert = Callable[[Any], Any]


def _sqlite_datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    text = value.isoformat(" ", "microseconds")
    if text.endswith("+00:00"):  # already UTC (the usual case): the same text without the offset
        return text[:-6]
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _sqlite_bool(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _converter(column_type: Any, dialect: str) -> Convert | None:
    if dialect == "sqlite":
        if isinstance(column_type, UTCDateTime):
            return _sqlite_datetime
        if isinstance(column_type, Date):
            return _sqlite_date
        if isinstance(column_type, Boolean):
            return _sqlite_bool
    if isinstance(column_type, JSON):
        return _json
    return None


def _tuples(table: Table, columns: Sequence[str], rows: Sequence[dict[str, Any]], dialect: str) -> list[tuple[Any, ...]]:
    """The rows as tuples in ``columns`` order, each value as the driver wants it; column by
    column (``map`` over a column instead of a Python loop over every value)."""
    converters = [_converter(table.c[name].type, dialect) for name in columns]
    if len(columns) == 1:
        values = [row[columns[0]] for row in rows]
        convert = converters[0]
        return [(value,) for value in (map(convert, values) if convert else values)]
    tuples: list[tuple[Any, ...]] = list(map(itemgetter(*columns), rows))
    if not any(converters):
        return tuples
    by_column = list(zip(*tuples, strict=True))
    converted = [map(convert, values) if convert else values for values, convert in zip(by_column, converters,
                                                                                       strict=True)]
    return list(zip(*converted, strict=True))


def _with_defaults(table: Table, rows: Sequence[dict[str, Any]]) -> Sequence[dict[str, Any]]:
    """Fill the columns' Python-side defaults (``default=...`` in the models) that the rows leave
    out, as SQLAlchemy's insert would; one value per call (a timestamp is the same for the batch)."""
    missing = {}
    for column in table.columns:
        default = column.default
        if column.name in rows[0] or default is None or not getattr(default, "is_scalar", False) and \
                not getattr(default, "is_callable", False):
            continue
        missing[column.name] = default.arg if default.is_scalar else default.arg(None)  # type: ignore[attr-defined]
    if not missing:
        return rows
    return [{**row, **missing} for row in rows]


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys (NULLs included)."""
    if not rows:
        return
    rows = _with_defaults(table, rows)
    columns = list(rows[0])
    connection = session.connection()
    dialect = connection.dialect.name
    names = ", ".join(columns)
    raw = connection.connection.driver_connection
    if dialect == "sqlite" and raw is not None:
        marks = ", ".join("?" for _ in columns)
        raw.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})",
                        _tuples(table, columns, rows, dialect))
    elif dialect == "postgresql" and raw is not None:
        with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for values in _tuples(table, columns, rows, dialect):
                copy.write_row(values)
    else:
        connection.execute(insert(table), list(rows))


def update_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]], key: str = "id") -> None:
    """``UPDATE table SET ... WHERE key = ...`` for rows that all have the same keys."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect.name
    columns = [name for name in rows[0] if name != key]
    raw = connection.connection.driver_connection
    if dialect in ("sqlite", "postgresql") and raw is not None:
        mark = "?" if dialect == "sqlite" else "%s"
        sets = ", ".join(f"{name} = {mark}" for name in columns)
        cursor = raw.cursor()
        try:
            cursor.executemany(f"UPDATE {table.name} SET {sets} WHERE {key} = {mark}",
                               _tuples(table, [*columns, key], rows, dialect))
        finally:
            cursor.close()
    else:
        for row in rows:
            connection.execute(update(table).where(table.c[key] == row[key]).values(
                {name: row[name] for name in columns}))


def next_id(session: Session, table: Table) -> int:
    """The id the next row would get: rows inserted with ids from here on keep the order
    the database would have given them."""
    return int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1


def after_explicit_ids(session: Session, table: Table) -> None:
    """PostgreSQL: move the id sequence past ids given explicitly (SQLite needs nothing)."""
    if session.connection().dialect.name == "postgresql":
        session.connection().exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"(SELECT coalesce(max(id), 1) FROM {table.name}))")


# --- A large load -----------------------------------------------------------------------------------

#: SQLite's page cache while loading (KiB): the indexes being built stay in memory.
LOADING_CACHE_KIB = 256 * 1024
#: PostgreSQL's memory for building an index after the load.
LOADING_INDEX_MEMORY = "256MB"
# The triggers whose work ``loading`` knows how to do in bulk (search_tables, stat_summaries).
_DERIVED_PREFIXES = (search_tables.PREFIX, "stat_")


@contextmanager
def loading(session: Session, tables: Sequence[Table],
            finishing: Callable[[], None] | None = None) -> Iterator[None]:
    """Set aside, for a large load into ``tables`` within the caller's transaction, the
    triggers that keep the search index and the statistics summaries in step and the
    tables' plain (non-unique) secondary indexes; on leaving, fill the index and the
    summaries from the rows in bulk, as the triggers would have left them, and put the
    indexes and triggers back exactly as they were.

    The work is the same whatever was in the tables before (the summaries and the
    index are rebuilt from every row), so it pays for a load that is most of the
    data, such as the demo generator's. On an error nothing is put back here: the
    caller rolls the transaction back, and with it the dropped triggers and indexes
    (DDL is transactional on SQLite and PostgreSQL). ``finishing`` is called when the
    load is over and the building begins (for a progress display).
    """
    connection = session.connection()
    names = [table.name for table in tables]
    finish = finishing or (lambda: None)
    if connection.dialect.name == "sqlite":
        with _sqlite_loading(connection, names, finish):
            yield
    elif connection.dialect.name == "postgresql":
        with _postgres_loading(connection, names, finish):
            yield
    else:
        yield


def _derived(name: str) -> bool:
    return name.startswith(_DERIVED_PREFIXES)


@contextmanager
def _sqlite_loading(connection: Connection, names: Sequence[str], finish: Callable[[], None]) -> Iterator[None]:
    marks = ", ".join("?" for _ in names)
    objects = connection.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        f"AND tbl_name IN ({marks}) AND sql IS NOT NULL ORDER BY rowid", tuple(names)).all()
    triggers = [(name, table, sql) for kind, name, table, sql in objects if kind == "trigger" and _derived(name)]
    indexes = [(name, sql) for kind, name, _, sql in objects
               if kind == "index" and not sql.lstrip().upper().startswith("CREATE UNIQUE")]
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{LOADING_CACHE_KIB}")
    try:
        for name, _, _ in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for name, _ in indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
        yield
        finish()
        for _, sql in indexes:
            connection.exec_driver_sql(sql)
        for table in dict.fromkeys(table for _, table, _ in triggers):
            for statement in search_tables.sqlite_rebuild_statements(table):
                connection.exec_driver_sql(statement)
        if any(name.startswith("stat_") for name, _, _ in triggers):
            stat_summaries.rebuild(connection)
        for _, _, sql in triggers:
            connection.exec_driver_sql(sql)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or 0)}")


@contextmanager
def _postgres_loading(connection: Connection, names: Sequence[str], finish: Callable[[], None],
                      ) -> Iterator[None]:
    found = connection.exec_driver_sql(
        "SELECT t.tgname, c.relname FROM pg_trigger AS t JOIN pg_class AS c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND c.relname = ANY(%(names)s) "
        "AND c.relnamespace = current_schema()::regnamespace ORDER BY t.oid", {"names": list(names)}).all()
    triggers = [(str(name), str(table)) for name, table in found if _derived(name)]
    # Plain indexes only: not the ones behind a primary key or a unique constraint.
    indexes = connection.exec_driver_sql(
        "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index AS x "
        "JOIN pg_class AS i ON i.oid = x.indexrelid JOIN pg_class AS c ON c.oid = x.indrelid "
        "WHERE c.relname = ANY(%(names)s) AND c.relnamespace = current_schema()::regnamespace "
        "AND NOT x.indisunique AND NOT x.indisprimary "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint AS k WHERE k.conindid = x.indexrelid) "
        "ORDER BY x.indexrelid", {"names": list(names)}).all()
    connection.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{LOADING_INDEX_MEMORY}'")
    for name, table in triggers:
        connection.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"')
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    finish()
    for _, definition in indexes:
        connection.exec_driver_sql(definition)
    if any(name.startswith("stat_") for name, _ in triggers):
        stat_summaries.rebuild(connection)
    for name, table in triggers:
        connection.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"')
    # Fresh planner statistics for the loaded tables (autovacuum would take a while).
    for name in names:
        connection.exec_driver_sql(f'ANALYZE "{name}"')
