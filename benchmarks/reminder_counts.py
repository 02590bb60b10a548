"""The reminder's counts (``services.reminders.follow_up_counts``), which every
desk runs at sign-in and every five minutes, against a bare indexed count of
the open referrals due by today.

    .venv/bin/python benchmarks/reminder_counts.py [--referrals 100000] [--runs 50] [--database-url URL]

The referrals are inserted bare (one inquiry each, spread over two years, a
quarter still open) into a fresh database (SQLite in a temporary folder unless
``--database-url`` names an empty one). Each figure is the median of ``runs``
calls, measured in the same run, with the ratio to the bare count.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from referral_app.config import DIRECTORY_DIR  # noqa: E402
from referral_app.db import models as m  # noqa: E402
from referral_app.domain.accounts import Actor  # noqa: E402
from referral_app.domain.enums import Role  # noqa: E402
from referral_app.domain.inquiries import local_today  # noqa: E402
from referral_app.domain.referrals import OPEN_STATUSES  # noqa: E402
from referral_app.services import reminders  # noqa: E402
from referral_app.services.database import open_database, prepare  # noqa: E402

STATUSES = ("proposed", "sent", "accepted", "completed", "completed", "not_completed", "cancelled", "completed")


def median_ms(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2] * 1000  # the median (benchmarks/statistics.py shadows the module)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    n = args.referrals
    today = local_today()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        db = open_database(url)
        prepare(db, DIRECTORY_DIR)
        with db.begin() as s:
            staff = m.StaffUser(username="bench", full_name="Bench Coordinator", role="coordinator",
                                password_hash="x", active=True, failed_logins=0)
            s.add(staff)
            s.flush()
            service_id = s.scalar(select(m.Service.id).limit(1))
            category_id = s.scalar(select(m.Category.id).limit(1))
            start = datetime.now(UTC) - timedelta(days=730)
            inquiries = [{"received_at": start + timedelta(minutes=10 * i), "channel": "walk_in",
                          "category_id": category_id, "description": "", "urgency": "normal", "status": "referred",
                          "logged_by_id": staff.id, "desk": "bench"} for i in range(n)]
            s.execute(insert(m.Inquiry), inquiries)
            first = s.scalar(select(func.min(m.Inquiry.id)))
            rows = [{"inquiry_id": first + i, "service_id": service_id, "mode": "logged",
                     "status": STATUSES[i % len(STATUSES)],
                     "due_date": today - timedelta(days=700) + timedelta(days=(i * 730) // n),
                     "created_by_id": staff.id, "version": 1} for i in range(n)]
            s.execute(insert(m.Referral), rows)
            actor = Actor(staff.id, staff.username, staff.full_name, Role.COORDINATOR)

        def bare() -> None:
            with db.begin() as s:
                s.scalar(select(func.count()).select_from(m.Referral).where(
                    m.Referral.status.in_([st.value for st in OPEN_STATUSES]), m.Referral.due_date <= today))

        def counts() -> None:
            with db.begin() as s:
                reminders.follow_up_counts(s, actor)

        def mine() -> None:
            with db.begin() as s:
                reminders.follow_up_counts(s, Actor(actor.user_id, "bench", "Bench", Role.FRONT_DESK))

        with db.begin() as s:
            found = reminders.follow_up_counts(s, actor)
        bare_ms, counts_ms, mine_ms = median_ms(bare, args.runs), median_ms(counts, args.runs), \
            median_ms(mine, args.runs)
        db.dispose()
    print(f"database: {db.backend}, {n} referrals, {found.overdue} overdue and {found.due_today} due today")
    print(f"bare indexed count:            {bare_ms:.2f} ms (1.0x)")
    print(f"reminder counts (coordinator): {counts_ms:.2f} ms ({counts_ms / bare_ms:.1f}x)")
    print(f"reminder counts (own only):    {mine_ms:.2f} ms ({mine_ms / bare_ms:.1f}x)")


if __name__ == "__main__":
    main()
