"""Per-day summary rows behind the statistics report, kept current by triggers.

Four tables, each keyed by the UTC day of the row's time column, so no time
zone is needed inside the database (a local day, week or month is whole UTC
days plus at most a few hours at each edge, which the report reads from the
rows themselves):

- ``stat_inquiry_day`` and ``stat_channel_day``: inquiries and quick counts (``tally``)
  by category, and by channel (the report never crosses the two);
- ``stat_asker_day``: inquiries by who asked (anonymous or not, housing organization, age band);
- ``stat_referral_day`` and ``stat_service_day``: referrals by status, and by service
  with how many of them are completed (the day the referral was made);
- ``stat_completion``: one row per completed referral with its days to completion,
  so the median is read from an index instead of sorting every referral.

A missing category, housing organization or age band is stored as 0 or ''
(keys of a primary key cannot be NULL). The triggers fire on every insert,
update and delete of ``inquiry``, ``tally`` and ``referral``, whoever writes:
the services, a correction, an anonymization, an erasure, a merge, the demo
data, the foreign keys' ON DELETE actions. ``rebuild`` recomputes the tables
from the rows (the migration's backfill, and a check in the tests).

The trigger definitions are the ones migration 0006 installs; a later change
to them belongs in a new migration with new functions here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import Connection

SUMMARY_TABLES = ("stat_inquiry_day", "stat_channel_day", "stat_asker_day", "stat_referral_day", "stat_service_day",
                  "stat_completion")


@dataclass(frozen=True)
class _Dialect:
    name: str

    @property
    def postgres(self) -> bool:
        return self.name == "postgresql"

    def day(self, column: str) -> str:
        """The UTC calendar day of a stored timestamp."""
        if self.postgres:
            return f"(({column}) AT TIME ZONE 'UTC')::date"
        return f"substr({column}, 1, 10)"

    def days_between(self, start: str, end: str) -> str:
        """The same expression the statistics always used for days to completion."""
        if self.postgres:  # the report divided by a float parameter: float8 arithmetic
            return f"CAST(EXTRACT(epoch FROM {end} - {start}) AS double precision) / CAST(86400.0 AS double precision)"
        return f"julianday({end}) - julianday({start})"

    def flag(self, value: bool) -> str:
        if self.postgres:
            return "true" if value else "false"
        return "1" if value else "0"


def _bump(table: str, keys: Sequence[tuple[str, str]], sign: int, when: str = "true",
          extra: Sequence[tuple[str, str]] = ()) -> str:
    """Add ``sign`` to the summary row with these keys (and each ``extra`` count its
    expression), creating the row when missing."""
    names = ", ".join(name for name, _ in keys)
    values = ", ".join(expr for _, expr in keys)
    counts = [("n", str(sign)), *extra]
    count_names = ", ".join(name for name, _ in counts)
    count_values = ", ".join(expr for _, expr in counts)
    sets = ", ".join(f"{name} = {table}.{name} + excluded.{name}" for name, _ in counts)
    return (f"INSERT INTO {table} ({names}, {count_names}) SELECT {values}, {count_values} WHERE {when} "
            f"ON CONFLICT ({names}) DO UPDATE SET {sets};")


def _inquiry_keys(d: _Dialect, row: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]],
                                                  list[tuple[str, str]]]:
    day = d.day(f"{row}.received_at")
    return (
        [("day", day), ("tally", d.flag(False)), ("category_id", f"coalesce({row}.category_id, 0)")],
        [("day", day), ("tally", d.flag(False)), ("channel", f"{row}.channel")],
        [("day", day), ("anonymous", f"({row}.resident_id IS NULL)"),
         ("housing_organization_id", f"coalesce({row}.housing_organization_id, 0)"),
         ("age_band", f"coalesce({row}.age_band, '')")],
    )


def _tally_keys(d: _Dialect, row: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    day = d.day(f"{row}.at")
    return ([("day", day), ("tally", d.flag(True)), ("category_id", f"{row}.category_id")],
            [("day", day), ("tally", d.flag(True)), ("channel", f"{row}.channel")])


def _referral_keys(d: _Dialect, row: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    day = d.day(f"{row}.created_at")
    return [("day", day), ("status", f"{row}.status")], [("day", day), ("service_id", f"{row}.service_id")]


def _inquiry_body(d: _Dialect, row: str, sign: int) -> list[str]:
    by_category, by_channel, by_asker = _inquiry_keys(d, row)
    return [_bump("stat_inquiry_day", by_category, sign), _bump("stat_channel_day", by_channel, sign),
            _bump("stat_asker_day", by_asker, sign)]


def _tally_body(d: _Dialect, row: str, sign: int) -> list[str]:
    by_category, by_channel = _tally_keys(d, row)
    when = f"{row}.undone_at IS NULL"
    return [_bump("stat_inquiry_day", by_category, sign, when), _bump("stat_channel_day", by_channel, sign, when)]


def _referral_body(d: _Dialect, row: str, sign: int) -> list[str]:
    by_status, by_service = _referral_keys(d, row)
    completed = f"CASE WHEN {row}.status = 'completed' THEN {sign} ELSE 0 END"
    statements = [_bump("stat_referral_day", by_status, sign),
                  _bump("stat_service_day", by_service, sign, extra=[("completed", completed)])]
    if sign < 0:
        statements.append(f"DELETE FROM stat_completion WHERE referral_id = {row}.id;")
    else:
        statements.append(
            "INSERT INTO stat_completion (referral_id, created_at, days) "
            f"SELECT {row}.id, {row}.created_at, {d.days_between(f'{row}.created_at', f'{row}.closed_at')} "
            f"WHERE {row}.status = 'completed' AND {row}.closed_at IS NOT NULL;")
    return statements


# table -> (how one row adds or subtracts, the columns whose change moves it)
_SOURCES = {
    "inquiry": (_inquiry_body, ("received_at", "category_id", "channel", "resident_id",
                                "housing_organization_id", "age_band")),
    "tally": (_tally_body, ("at", "category_id", "channel", "undone_at")),
    "referral": (_referral_body, ("created_at", "service_id", "status", "closed_at")),
}


def trigger_statements(dialect_name: str) -> list[str]:
    """CREATE statements for the triggers (and on PostgreSQL their functions)."""
    d = _Dialect(dialect_name)
    statements: list[str] = []
    for table, (body, columns) in _SOURCES.items():
        if d.postgres:
            changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
            old = "\n        ".join(body(d, "OLD", -1))
            new = "\n        ".join(body(d, "NEW", 1))
            statements.append(f"""
CREATE FUNCTION stat_{table}_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        {old}
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {new}
    END IF;
    RETURN NULL;
END;
$$""")
            statements.append(f"CREATE TRIGGER stat_{table}_insert_delete AFTER INSERT OR DELETE ON {table} "
                              f"FOR EACH ROW EXECUTE FUNCTION stat_{table}_change()")
            statements.append(f"CREATE TRIGGER stat_{table}_update AFTER UPDATE ON {table} FOR EACH ROW "
                              f"WHEN ({changed}) EXECUTE FUNCTION stat_{table}_change()")
        else:
            changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
            statements.append(f"CREATE TRIGGER stat_{table}_insert AFTER INSERT ON {table} BEGIN "
                              + " ".join(body(d, "NEW", 1)) + " END")
            statements.append(f"CREATE TRIGGER stat_{table}_delete AFTER DELETE ON {table} BEGIN "
                              + " ".join(body(d, "OLD", -1)) + " END")
            statements.append(f"CREATE TRIGGER stat_{table}_update AFTER UPDATE ON {table} WHEN {changed} BEGIN "
                              + " ".join(body(d, "OLD", -1) + body(d, "NEW", 1)) + " END")
    return statements


def drop_trigger_statements(dialect_name: str) -> list[str]:
    if dialect_name == "postgresql":
        result = []
        for table in _SOURCES:
            result += [f"DROP TRIGGER IF EXISTS stat_{table}_update ON {table}",
                       f"DROP TRIGGER IF EXISTS stat_{table}_insert_delete ON {table}",
                       f"DROP FUNCTION IF EXISTS stat_{table}_change()"]
        return result
    return [f"DROP TRIGGER IF EXISTS stat_{table}_{op}" for table in _SOURCES for op in ("insert", "delete", "update")]


def rebuild_statements(dialect_name: str) -> list[str]:
    """Empty the summary tables and fill them from the rows."""
    d = _Dialect(dialect_name)
    inquiry_day = d.day("received_at")
    tally_day = d.day("at")
    referral_day = d.day("created_at")
    return [
        *(f"DELETE FROM {table}" for table in SUMMARY_TABLES),
        "INSERT INTO stat_inquiry_day (day, tally, category_id, n) "
        f"SELECT {inquiry_day}, {d.flag(False)}, coalesce(category_id, 0), count(*) FROM inquiry "
        f"GROUP BY {inquiry_day}, coalesce(category_id, 0)",
        "INSERT INTO stat_inquiry_day (day, tally, category_id, n) "
        f"SELECT {tally_day}, {d.flag(True)}, category_id, count(*) FROM tally WHERE undone_at IS NULL "
        f"GROUP BY {tally_day}, category_id",
        "INSERT INTO stat_channel_day (day, tally, channel, n) "
        f"SELECT {inquiry_day}, {d.flag(False)}, channel, count(*) FROM inquiry GROUP BY {inquiry_day}, channel",
        "INSERT INTO stat_channel_day (day, tally, channel, n) "
        f"SELECT {tally_day}, {d.flag(True)}, channel, count(*) FROM tally WHERE undone_at IS NULL "
        f"GROUP BY {tally_day}, channel",
        "INSERT INTO stat_asker_day (day, anonymous, housing_organization_id, age_band, n) "
        f"SELECT {inquiry_day}, (resident_id IS NULL), coalesce(housing_organization_id, 0), "
        f"coalesce(age_band, ''), count(*) FROM inquiry "
        f"GROUP BY {inquiry_day}, (resident_id IS NULL), coalesce(housing_organization_id, 0), coalesce(age_band, '')",
        "INSERT INTO stat_referral_day (day, status, n) "
        f"SELECT {referral_day}, status, count(*) FROM referral GROUP BY {referral_day}, status",
        "INSERT INTO stat_service_day (day, service_id, n, completed) "
        f"SELECT {referral_day}, service_id, count(*), sum(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) "
        f"FROM referral GROUP BY {referral_day}, service_id",
        "INSERT INTO stat_completion (referral_id, created_at, days) "
        f"SELECT id, created_at, {d.days_between('created_at', 'closed_at')} FROM referral "
        "WHERE status = 'completed' AND closed_at IS NOT NULL",
    ]


def install_triggers(connection: Connection) -> None:
    for statement in trigger_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


def drop_triggers(connection: Connection) -> None:
    for statement in drop_trigger_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


def rebuild(connection: Connection) -> None:
    for statement in rebuild_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)
