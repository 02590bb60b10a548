"""The statistics report for one year at 100,000 inquiries, and the bare SQL it needs.

    .venv/bin/python benchmarks/statistics.py [--inquiries 100000] [--repeat 3]
                                              [--database-url postgresql+psycopg://...]

A fresh database (a temporary SQLite file unless --database-url names an
empty PostgreSQL database) gets the shipped directory and, with bulk
inserts, a year (2025) of work: the inquiries (60 % named, by 10,000
residents), one quick count per four inquiries and a referral for two in
five inquiries, in every status. Then, each the best of --repeat runs:

* bare SQL: the exact statements the reporting service sends for the year,
  captured once and executed again straight on a DBAPI cursor;
* figures: ``reporting.statistics()`` (the same SQL plus building the data object);
* PDF alone: building the PDF from figures already computed;
* report: ``reporting.render_statistics()``, the figures and the PDF.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, func, insert, select  # noqa: E402

from referral_app.config import DIRECTORY_DIR  # noqa: E402
from referral_app.db import models as m  # noqa: E402
from referral_app.domain.accounts import Actor  # noqa: E402
from referral_app.domain.enums import Role  # noqa: E402
from referral_app.domain.referrals import OPEN_STATUSES  # noqa: E402
from referral_app.domain.reporting import Period  # noqa: E402
from referral_app.domain.residents import age_band  # noqa: E402
from referral_app.services import reporting  # noqa: E402
from referral_app.services.database import open_database, prepare  # noqa: E402

YEAR = 2025
CHUNK = 5000
STATUSES = [("proposed", 2), ("sent", 3), ("accepted", 3), ("declined", 1), ("completed", 8),
            ("not_completed", 2), ("cancelled", 1), ("referred_elsewhere", 1)]


def _moment(rng: random.Random) -> datetime:
    start = datetime(YEAR, 1, 1, 7, tzinfo=UTC)
    return start + timedelta(days=rng.randrange(365), minutes=rng.randrange(11 * 60))


def fill(db: object, inquiries: int, seed: int = 1) -> Actor:
    rng = random.Random(seed)
    with db.begin() as s:  # type: ignore[attr-defined]
        staff = m.StaffUser(username="bench", full_name="Bench Mark", role=Role.MANAGER.value,
                            password_hash="-", active=True, failed_logins=0)
        s.add(staff)
        s.flush()
        actor = Actor(staff.id, staff.username, staff.full_name, Role.MANAGER)
        categories = list(s.scalars(select(m.Category.id)))
        services = list(s.scalars(select(m.Service.id)))
        housing = list(s.scalars(select(m.Organization.id).where(m.Organization.kind == "housing")))
    residents = []
    with db.begin() as s:  # type: ignore[attr-defined]
        rows = []
        for i in range(10_000):
            born = rng.randint(1935, 2015)
            rows.append({"full_name": f"Beboer {i}", "search_name": f"beboer {i}", "birth_year": born,
                         "age_band": age_band(born, date(YEAR, 6, 1)), "housing_organization_id": rng.choice(housing),
                         "last_activity_at": datetime(YEAR, 1, 1, tzinfo=UTC), "is_demo": True})
        for start in range(0, len(rows), CHUNK):
            s.execute(insert(m.Resident), rows[start:start + CHUNK])
        residents = [(r.id, r.age_band, r.housing_organization_id) for r in s.execute(
            select(m.Resident.id, m.Resident.age_band, m.Resident.housing_organization_id))]
    channels = ["walk_in"] * 6 + ["phone"] * 2 + ["email", "outreach"]
    with db.begin() as s:  # type: ignore[attr-defined]
        batch = []
        for _ in range(inquiries):
            at = _moment(rng)
            who = rng.choice(residents) if rng.random() < 0.6 else (None, None, None)
            batch.append({"received_at": at, "created_at": at, "updated_at": at, "channel": rng.choice(channels),
                          "category_id": rng.choice(categories), "description": "", "status": "open",
                          "urgency": "normal", "resident_id": who[0], "age_band": who[1],
                          "housing_organization_id": who[2], "is_demo": True})
            if len(batch) == CHUNK:
                s.execute(insert(m.Inquiry), batch)
                batch = []
        if batch:
            s.execute(insert(m.Inquiry), batch)
        tallies = [{"at": _moment(rng), "category_id": rng.choice(categories), "channel": "walk_in",
                    "is_demo": True} for _ in range(inquiries // 4)]
        for start in range(0, len(tallies), CHUNK):
            s.execute(insert(m.Tally), tallies[start:start + CHUNK])
    with db.begin() as s:  # type: ignore[attr-defined]
        statuses = [name for name, weight in STATUSES for _ in range(weight)]
        open_ones = {x.value for x in OPEN_STATUSES}
        batch = []
        for inquiry_id, received in s.execute(select(m.Inquiry.id, m.Inquiry.received_at)):
            if rng.random() >= 0.4:
                continue
            created = received + timedelta(minutes=10)
            status = rng.choice(statuses)
            closed = None if status in open_ones else created + timedelta(hours=rng.randint(2, 24 * 40))
            batch.append({"inquiry_id": inquiry_id, "service_id": rng.choice(services), "mode": "logged",
                          "status": status, "created_at": created, "updated_at": closed or created,
                          "closed_at": closed, "due_date": (created + timedelta(days=14)).date(), "version": 1,
                          "is_demo": True})
            if len(batch) == CHUNK:
                s.execute(insert(m.Referral), batch)
                batch = []
        if batch:
            s.execute(insert(m.Referral), batch)
    return actor


def best_of(repeat: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inquiries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        db = open_database(url)
        prepare(db, DIRECTORY_DIR)
        began = time.perf_counter()
        actor = fill(db, args.inquiries)
        print(f"database: {db.backend}; filled in {time.perf_counter() - began:.1f} s")
        period = Period.year(YEAR)
        with db.begin() as s:
            counts = {name: s.scalar(select(func.count()).select_from(table))
                      for name, table in (("inquiries", m.Inquiry), ("quick counts", m.Tally),
                                          ("referrals", m.Referral), ("residents", m.Resident))}
        print("rows: " + ", ".join(f"{n:,} {name}" for name, n in counts.items()))

        captured: list[tuple[str, object]] = []

        def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
            captured.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", capture)
        with db.begin() as s:
            figures = reporting.statistics(s, actor, period)
        event.remove(db.engine, "before_cursor_execute", capture)
        queries = [(q, p) for q, p in captured if "permission" not in q.lower()]

        def bare_sql() -> None:
            raw = db.engine.raw_connection()
            try:
                cursor = raw.cursor()
                for statement, parameters in queries:
                    cursor.execute(statement, parameters)
                    cursor.fetchall()
                cursor.close()
            finally:
                raw.close()

        def service_figures() -> None:
            with db.begin() as s:
                reporting.statistics(s, actor, period)

        def pdf_only() -> None:
            from referral_app.reports.statistics import build_statistics

            build_statistics(figures, io.BytesIO())

        def full_report() -> None:
            with db.begin() as s:
                reporting.render_statistics(s, actor, period)

        sql_time = best_of(args.repeat, bare_sql)
        figures_time = best_of(args.repeat, service_figures)
        pdf_time = best_of(args.repeat, pdf_only)
        report_time = best_of(args.repeat, full_report)
        print(f"year {YEAR}: {figures.inquiries_total:,} inquiries in total ({figures.inquiries_logged:,} logged, "
              f"{figures.tallies:,} quick counts), {figures.referrals_total:,} referrals")
        print(f"bare SQL aggregation ({len(queries)} statements): {sql_time * 1000:8.1f} ms")
        print(f"statistics figures (service):          {figures_time * 1000:8.1f} ms")
        print(f"PDF alone, from the figures:           {pdf_time * 1000:8.1f} ms")
        print(f"statistics report (figures + PDF):     {report_time * 1000:8.1f} ms  (each the best of {args.repeat})")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
