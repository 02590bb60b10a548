"""The referral queue with every filter and every sort order at scale: the
issue asks for an open and a jump to the end within 0.5 s "with any filter".

A measure module of ``benchmarks/scale.py`` (``measure(url, size_label)``); it runs alone too:

    .venv/bin/python benchmarks/scale_queue_filters.py sqlite:////tmp/copy-of-1m.sqlite3

For each filter a coordinator can choose in the queue (every status, every
organization, the busiest and the quietest service, categories from the
biggest to parent categories without referrals, a member of staff, overdue,
due by today, and a few combinations) and each sort order in both
directions, it times what the queue page does, through the services: the
size and the first page ("open"), and the last page ("jump to end"), best of
two, and prints the slowest combinations. The row it returns is the slowest
combination of all against the bare page query of the queue's default order
(``ORDER BY due_date, id LIMIT 100`` over the seven-table join, DB-API).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Row = tuple[str, float, float]
BARE_PAGE = """SELECT r.id, r.created_at, res.full_name, c.name_da, s.name, o.name, r.status, r.due_date
FROM referral r JOIN service s ON s.id = r.service_id JOIN organization o ON o.id = s.organization_id
JOIN inquiry i ON i.id = r.inquiry_id LEFT JOIN category c ON c.id = i.category_id
LEFT JOIN resident res ON res.id = i.resident_id ORDER BY r.due_date, r.id LIMIT 100"""


def _best(work, repeat: int = 2) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(url: str, size_label: str, *, show: int = 12) -> list[Row]:
    from sqlalchemy import func, select

    from referral_app.db import models as m
    from referral_app.domain.accounts import Actor
    from referral_app.domain.enums import ReferralStatus, Role
    from referral_app.domain.referrals import QueueFilter
    from referral_app.services import referrals
    from referral_app.services.database import open_database

    db = open_database(url)
    try:
        with db.reading() as s:
            coordinator = s.scalar(select(m.StaffUser.id).where(m.StaffUser.role == "coordinator").limit(1))
            actor = Actor(int(coordinator or 0), "bench", "Bench", Role.COORDINATOR)
            organizations = s.scalars(select(m.Organization.id).order_by(m.Organization.id)).all()
            by_use = s.execute(select(m.Referral.service_id, func.count()).group_by(m.Referral.service_id)
                               .order_by(func.count())).all()
            categories = s.scalars(select(m.Category.code).order_by(m.Category.code)).all()
            staff = s.scalar(select(m.StaffUser.username).where(m.StaffUser.role == "front_desk").limit(1))
        filters: dict[str, QueueFilter] = {
            "all open": QueueFilter(), "all, also closed": QueueFilter(open_only=False),
            "overdue": QueueFilter(overdue_only=True), "due by today": QueueFilter(due_by_today=True),
            "busiest service": QueueFilter(service_id=by_use[-1][0], open_only=False),
            "quietest service": QueueFilter(service_id=by_use[0][0], open_only=False),
            f"staff {staff}": QueueFilter(staff_username=staff, open_only=False),
            f"staff {staff}, open": QueueFilter(staff_username=staff),
        }
        for status in ReferralStatus:
            filters[f"status {status.value}"] = QueueFilter(status=status, open_only=False)
        for organization in organizations:
            filters[f"organization {organization}"] = QueueFilter(organization_id=organization, open_only=False)
        for code in categories:
            filters[f"category {code}"] = QueueFilter(category_code=code, open_only=False)
        if organizations and categories:
            filters["organization, category, completed"] = QueueFilter(
                organization_id=organizations[0], category_code=categories[0], status=ReferralStatus.COMPLETED,
                open_only=False)
            filters["organization, overdue"] = QueueFilter(organization_id=organizations[-1], overdue_only=True)

        timings: list[tuple[float, float, str, str]] = []
        for name, flt in filters.items():
            for sort in referrals.SORT_COLUMNS:
                for descending in (False, True):
                    def open_queue(flt: QueueFilter = flt, sort: str = sort, descending: bool = descending) -> None:
                        with db.reading() as s:
                            referrals.queue_size(s, actor, flt)
                            referrals.list_queue(s, actor, flt, sort=sort, descending=descending, limit=100,
                                                 log_search=False)

                    def jump_to_end(flt: QueueFilter = flt, sort: str = sort, descending: bool = descending) -> None:
                        with db.reading() as s:
                            referrals.list_queue(s, actor, flt, sort=sort, descending=descending, limit=100,
                                                 log_search=False, from_end=True)

                    timings.append((_best(open_queue), _best(jump_to_end), name,
                                    f"{sort} {'desc' if descending else 'asc'}"))
        raw = db.engine.raw_connection()
        try:
            bare = _best(lambda: raw.cursor().execute(BARE_PAGE).fetchall(), 3)
        finally:
            raw.close()
        timings.sort(key=lambda t: max(t[0], t[1]), reverse=True)
        every = sorted(max(t[0], t[1]) for t in timings)
        print(f"  [{size_label}] queue, {len(filters)} filters × {len(referrals.SORT_COLUMNS)} sorts × 2 directions: "
              f"median {every[len(every) // 2] * 1000:.0f} ms, slowest:", flush=True)
        for opened, ended, name, order in timings[:show]:
            print(f"    {name:<36} {order:<13} open {opened * 1000:6.0f} ms   end {ended * 1000:6.0f} ms", flush=True)
        worst = max(timings[0][0], timings[0][1])
        return [(f"Queue, slowest of {len(timings)} filters and sorts", worst, bare)]
    finally:
        db.dispose()


if __name__ == "__main__":
    for url in sys.argv[1:]:
        for name, app, bare in measure(url, Path(url.rsplit("/", 1)[-1]).stem):
            print(f"{name}: app {app * 1000:.0f} ms, bare default page {bare * 1000:.1f} ms, ratio {app / bare:.1f}")
