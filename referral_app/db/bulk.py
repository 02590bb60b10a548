"""Writing many rows at once, below the ORM and SQLAlchemy's per-value processing.

The demo generator writes a million rows; going through ``session.execute(insert(...),
rows)`` spends most of its time turning each value into what the driver wants.
Here each column's conversion is looked up once and applied in a tight loop,
then the rows go in as one DBAPI ``executemany`` (SQLite) or one ``COPY``
(PostgreSQL), inside the caller's transaction. The stored values are exactly
what the column types store (``UTCDateTime`` as naive UTC text on SQLite).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Table, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON

from referral_app.db.types import UTCDateTime

Convert = Callable[[Any], Any]


def _sqlite_datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
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
    converters = [_converter(table.c[name].type, dialect) for name in columns]
    if not any(converters):
        return [tuple(row[name] for name in columns) for row in rows]
    plan = list(zip(columns, converters, strict=True))
    return [tuple(convert(row[name]) if convert else row[name] for name, convert in plan) for row in rows]


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
