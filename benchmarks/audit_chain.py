"""The audit hash chain's cost: appending entries through ``audit.record``
(hash, chain row locked and updated) against inserting the same rows bare,
and ``audit verify`` against merely reading every row.

    .venv/bin/python benchmarks/audit_chain.py [--entries 5000] [--database-url URL]

Each figure is measured in the same run on a fresh database (SQLite in a
temporary folder unless ``--database-url`` names an empty one) and printed as
seconds and as a ratio to its bare baseline.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import delete, func, select  # noqa: E402

from referral_app.db import migrate  # noqa: E402
from referral_app.db import models as m  # noqa: E402
from referral_app.db.types import utcnow  # noqa: E402
from referral_app.domain.audit import AuditAction  # noqa: E402
from referral_app.services import audit, audit_chain  # noqa: E402
from referral_app.services.database import open_database  # noqa: E402


def timed(work) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    n = args.entries
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        db = open_database(url)
        migrate.upgrade(db)

        def bare_rows() -> None:
            with db.begin() as s:
                for i in range(n):
                    s.add(m.AuditEvent(at=utcnow(), username="bench", action="view", entity="resident",
                                       entity_id=str(i), detail=f"terms='navn {i}'"))

        def chained_rows() -> None:
            with db.begin() as s:
                for i in range(n):
                    audit.record(s, None, AuditAction.VIEW, entity="resident", entity_id=i, username="bench",
                                 detail=f"terms='navn {i}'")

        def bare_transactions() -> None:
            for i in range(n // 10):
                with db.begin() as s:
                    s.add(m.AuditEvent(at=utcnow(), username="bench", action="view", entity="resident",
                                       entity_id=str(i)))

        def chained_transactions() -> None:
            for i in range(n // 10):
                with db.begin() as s:
                    audit.record(s, None, AuditAction.VIEW, entity="resident", entity_id=i, username="bench")

        bare = timed(bare_rows)
        with db.begin() as s:  # the bare rows are outside the chain: remove them again
            with audit_chain.window(s, audit_chain.PURGE, utcnow()):
                s.execute(delete(m.AuditEvent).where(m.AuditEvent.prev_hash.is_(None)))
        chained = timed(chained_rows)
        bare_tx = timed(bare_transactions)
        with db.begin() as s:
            with audit_chain.window(s, audit_chain.PURGE, utcnow()):
                s.execute(delete(m.AuditEvent).where(m.AuditEvent.prev_hash.is_(None)))
        chained_tx = timed(chained_transactions)

        def read_all() -> None:
            with db.begin() as s:
                for _ in s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id).execution_options(yield_per=2000)):
                    pass

        def verify() -> None:
            with db.begin() as s:
                assert audit_chain.check(s).intact

        with db.begin() as s:
            rows = s.scalar(select(func.count(m.AuditEvent.id)))
        read = timed(read_all)
        checked = timed(verify)
        db.dispose()
    print(f"database: {db.backend}, {n} entries")
    print(f"append {n} in one transaction:  bare {bare:.3f} s, chained {chained:.3f} s, ratio {chained / bare:.2f}")
    print(f"append {n // 10} transactions of one: bare {bare_tx:.3f} s, chained {chained_tx:.3f} s, "
          f"ratio {chained_tx / bare_tx:.2f}")
    print(f"walk {rows} entries: read only {read:.3f} s, verify {checked:.3f} s, ratio {checked / read:.2f}")


if __name__ == "__main__":
    main()
