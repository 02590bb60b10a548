"""The calendar rule's cost: "open now" for every service of the shipped
directory (what the Tilbud page's status column computes on each refresh) and
the slip's coming week, against the bare weekly-hours lookup they replaced
(``Schedule.applies_on`` only: no holidays, exceptions or pauses).

    .venv/bin/python benchmarks/opening_hours.py [--rounds 200]

Both are measured in the same run on the same services and printed as
microseconds per service and as a ratio to the bare baseline.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from referral_app.config import DIRECTORY_DIR  # noqa: E402
from referral_app.domain.opening_hours import (  # noqa: E402
    CalendarSettings,
    coming_days,
    service_hours,
    status_at,
)
from referral_app.services import directory  # noqa: E402
from referral_app.services.database import open_database, prepare  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        prepare(db, DIRECTORY_DIR)
        with db.begin() as session:
            services = [s for org in directory.list_directory(session) for s in org.services]
        db.dispose()
    calendar = CalendarSettings()
    moment = datetime(2026, 12, 21, 10, 30)
    first = moment.date()

    def bare() -> None:
        for service in services:
            now = moment.time()
            any(s.opens_at <= now < s.closes_at for s in service.schedules if s.applies_on(first))
            for offset in range(7):
                day = first + timedelta(days=offset)
                sorted((s.opens_at, s.closes_at) for s in service.schedules if s.applies_on(day))

    def calendar_rule() -> None:
        for service in services:
            hours = service_hours(service)
            status_at(hours, moment, calendar)
            coming_days(hours, first, 7, calendar)

    results = {}
    for name, work in (("bare weekly hours", bare), ("calendar rule", calendar_rule)):
        work()  # warm the holiday cache, as a running app has it
        start = time.perf_counter()
        for _ in range(args.rounds):
            work()
        results[name] = (time.perf_counter() - start) / (args.rounds * len(services)) * 1e6
    base = results["bare weekly hours"]
    print(f"{len(services)} services, {args.rounds} rounds, today + coming week from {date.isoformat(first)}")
    for name, micro in results.items():
        print(f"  {name:<18} {micro:8.1f} µs per service   ×{micro / base:.2f}")


if __name__ == "__main__":
    main()
