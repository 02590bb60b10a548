"""How the audit log's paged table behaves at a million entries.

Fills a SQLite database with 1,000,000 audit entries (bulk insert), then
opens the real AuditPage-style model over the real service and scrolls from
the top to the bottom, reading every row once as a view would. Prints the
time to open, the time to scroll, the pages fetched and the peak memory
(resident set size) before and after, so a change that makes the model hold
every row shows up as a jump in memory.

    .venv/bin/python benchmarks/paged_audit_log.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import insert

    from referral_app.config import DIRECTORY_DIR
    from referral_app.db import models as m
    from referral_app.domain.accounts import Actor
    from referral_app.domain.audit import AuditFilter
    from referral_app.domain.enums import Role
    from referral_app.services import audit
    from referral_app.services.database import open_database, prepare
    from referral_app.ui.admin.audit_model import AuditModel

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    db = open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
    prepare(db, DIRECTORY_DIR)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    t0 = time.perf_counter()
    with db.begin() as s:
        s.add(m.StaffUser(username="mette", full_name="Mette Manager", role="manager", password_hash="x"))
        s.flush()
        manager_id = s.query(m.StaffUser.id).scalar()
        batch = []
        for i in range(args.rows):
            batch.append({"at": start + timedelta(seconds=i * 13), "username": "frida", "action": "view",
                          "entity": "resident", "entity_id": str(i % 5000), "resident_id": i % 5000,
                          "purpose": "Henvendelse i skranken"})
            if len(batch) == 20_000:
                s.execute(insert(m.AuditEvent.__table__), batch)
                batch = []
        if batch:
            s.execute(insert(m.AuditEvent.__table__), batch)
    fill = time.perf_counter() - t0
    actor = Actor(manager_id, "mette", "Mette Manager", Role.MANAGER)
    flt = AuditFilter()
    before = rss_mib()
    t0 = time.perf_counter()
    with db.begin() as s:
        total = audit.open_log(s, actor, flt)
    fetched = 0

    def load(offset: int, limit: int, after=None):
        nonlocal fetched
        fetched += 1
        with db.begin() as s:
            return audit.list_events(s, actor, flt, offset=offset, limit=limit, log_view=False, after=after)

    model = AuditModel()
    model.reset(total, load)
    opened = time.perf_counter() - t0
    # Jump to the bottom, as End or dragging the scroll bar does: one page far down.
    t0 = time.perf_counter()
    model.data(model.index(total - 1, 1))
    jump = time.perf_counter() - t0
    # Then scroll through every page of the whole log, as holding Page Down would.
    t0 = time.perf_counter()
    for row in range(0, total, 200):
        model.data(model.index(row, 1))
    scrolled = time.perf_counter() - t0
    after = rss_mib()
    print(f"audit entries: {total:,} (filled in {fill:.1f} s)")
    print(f"open (count + first view logged): {opened * 1000:.0f} ms")
    print(f"jump to the last row: {jump * 1000:.0f} ms")
    print(f"scroll top to bottom: {scrolled:.1f} s, {fetched} pages fetched, {model.cached_pages} cached")
    print(f"memory (RSS): {before:.0f} MiB before opening, {after:.0f} MiB after scrolling")
    db.dispose()
    del app


if __name__ == "__main__":
    main()
