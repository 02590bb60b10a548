"""Statistics for one year at scale: the report (SQL + PDF) against a bare GROUP BY.

A measure module of ``benchmarks/scale.py`` (``measure(url, size_label)``);
it runs alone too:

    .venv/bin/python benchmarks/scale_stats.py sqlite:////tmp/copy-of-1m.sqlite3

The year is the 365 days up to the newest inquiry. Each figure is the best of
three runs.

* app: ``reporting.render_statistics()``: every figure from the summaries and
  the edges of each month, and the PDF;
* baseline: one GROUP BY (category, channel, month) over the year's inquiries
  and quick counts, each read through an expression index on (month,
  category, channel) made for the purpose and dropped afterwards, plus
  building the same PDF from figures already computed.
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from referral_app.db import models as m  # noqa: E402
from referral_app.domain.accounts import Actor  # noqa: E402
from referral_app.domain.enums import Role  # noqa: E402
from referral_app.domain.inquiries import local_day_bounds  # noqa: E402
from referral_app.domain.reporting import Period  # noqa: E402
from referral_app.services import reporting  # noqa: E402
from referral_app.services.database import open_database  # noqa: E402

REPEAT = 3

SQLITE_INDEXES = [
    "CREATE INDEX bench_inquiry_month ON inquiry (substr(received_at, 1, 7), category_id, channel, received_at)",
    "CREATE INDEX bench_tally_month ON tally (substr(at, 1, 7), category_id, channel, at, undone_at)",
]
SQLITE_GROUP_BY = """
SELECT month, category_id, channel, count(*) FROM (
    SELECT substr(received_at, 1, 7) AS month, category_id, channel FROM inquiry
    WHERE substr(received_at, 1, 7) BETWEEN :first AND :last AND received_at >= :lower AND received_at < :upper
    UNION ALL
    SELECT substr(at, 1, 7), category_id, channel FROM tally
    WHERE substr(at, 1, 7) BETWEEN :first AND :last AND at >= :lower AND at < :upper AND undone_at IS NULL
) GROUP BY month, category_id, channel
"""
POSTGRES_INDEXES = [
    "CREATE INDEX bench_inquiry_month ON inquiry "
    "((date_trunc('month', received_at AT TIME ZONE 'UTC')), category_id, channel, received_at)",
    "CREATE INDEX bench_tally_month ON tally "
    "((date_trunc('month', at AT TIME ZONE 'UTC')), category_id, channel, at, undone_at)",
]
POSTGRES_GROUP_BY = """
SELECT month, category_id, channel, count(*) FROM (
    SELECT date_trunc('month', received_at AT TIME ZONE 'UTC') AS month, category_id, channel FROM inquiry
    WHERE received_at >= :lower AND received_at < :upper
    UNION ALL
    SELECT date_trunc('month', at AT TIME ZONE 'UTC'), category_id, channel FROM tally
    WHERE at >= :lower AND at < :upper AND undone_at IS NULL
) AS rows GROUP BY month, category_id, channel
"""


CPU: dict[str, float] = {}


def best(work: Callable[[], object], repeat: int = REPEAT, name: str = "") -> float:
    """The best wall time of ``repeat`` runs; the best CPU time is kept in CPU[name]."""
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    if name:
        CPU[name] = min(cpu)
    return min(times)


def measure(url: str, size_label: str) -> list[tuple[str, float, float]]:
    from referral_app.reports.statistics import build_statistics

    db = open_database(url)
    try:
        with db.begin() as s:
            newest = s.scalar(select(func.max(m.Inquiry.received_at)))
            staff_id = s.scalar(select(m.StaffUser.id).order_by(m.StaffUser.id).limit(1))
        assert newest is not None, "the database has no inquiries"
        last_day = newest.astimezone().date()
        period = Period(last_day - timedelta(days=364), last_day)
        actor = Actor(int(staff_id or 0), "bench", "Bench", Role.MANAGER)

        def app() -> None:
            with db.reading() as s:
                reporting.render_statistics(s, actor, period)

        with db.reading() as s:
            figures = reporting.statistics(s, actor, period)
        pdf = best(lambda: build_statistics(figures, io.BytesIO(), "da"), name="pdf")
        app_time = best(app, name="app")

        postgres = db.engine.dialect.name == "postgresql"
        lower, upper = local_day_bounds(period.start)[0], local_day_bounds(period.end)[1]
        params = {"lower": lower, "upper": upper}
        if not postgres:
            params = {"lower": lower.strftime("%Y-%m-%d %H:%M:%S"), "upper": upper.strftime("%Y-%m-%d %H:%M:%S"),
                      "first": lower.strftime("%Y-%m"), "last": upper.strftime("%Y-%m")}
        indexes = POSTGRES_INDEXES if postgres else SQLITE_INDEXES
        with db.engine.begin() as conn:
            for statement in indexes:
                conn.exec_driver_sql(statement)
            if postgres:
                conn.exec_driver_sql("ANALYZE inquiry")
                conn.exec_driver_sql("ANALYZE tally")
        try:
            query = text(POSTGRES_GROUP_BY if postgres else SQLITE_GROUP_BY)
            with db.engine.connect() as conn:
                groups = len(conn.execute(query, params).all())
                bare = best(lambda: conn.execute(query, params).all(), name="bare")
        finally:
            with db.engine.begin() as conn:
                for name in ("bench_inquiry_month", "bench_tally_month"):
                    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        print(f"  [{size_label}] statistics {period.start}..{period.end}: {figures.inquiries_total:,} inquiries "
              f"and quick counts, {figures.referrals_total:,} referrals; bare GROUP BY {bare * 1000:.0f} ms "
              f"({groups} groups), PDF {pdf * 1000:.0f} ms; CPU: app {CPU['app'] * 1000:.0f} ms, "
              f"bare GROUP BY + PDF {(CPU['bare'] + CPU['pdf']) * 1000:.0f} ms", flush=True)
        return [("Statistics for one year, SQL + PDF", app_time, bare + pdf)]
    finally:
        db.dispose()


if __name__ == "__main__":
    for name, app_s, base_s in measure(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "?"):
        print(f"{name}: app {app_s * 1000:.0f} ms, baseline {base_s * 1000:.0f} ms, ratio {app_s / base_s:.2f}")
