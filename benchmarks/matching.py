"""What one keystroke in a search box costs with the shared matching rule.

Ranks every service of the shipped directory (repeated ``--copies`` times, to
stand for a bigger directory) against typed prefixes of a few queries, the
way the service type-ahead and the queue's picker do on every keystroke
(``domain.matching.rank`` with ``domain.directory.service_target``). The
baseline in the same run is the bare check the screens used before: the
folded query as a substring of the folded name and organization. Prints
microseconds per keystroke for both and the ratio.

    .venv/bin/python benchmarks/matching.py [--copies 10] [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUERIES = ("lektiecafe", "ejendomskontor 3b", "borger service", "gæld", "digital post", "sprog")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from referral_app.config import DIRECTORY_DIR
    from referral_app.domain.directory import active_services, service_target
    from referral_app.domain.matching import rank
    from referral_app.domain.text import fold
    from referral_app.services import directory as directory_service
    from referral_app.services.database import open_database, prepare

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        prepare(db, DIRECTORY_DIR)
        with db.begin() as session:
            services = active_services(directory_service.list_directory(session)) * args.copies
        db.dispose()
    keystrokes = [query[:n] for query in QUERIES for n in range(1, len(query) + 1)]

    def baseline() -> int:
        found = 0
        for typed in keystrokes:
            needle = fold(typed)
            found += sum(1 for s in services if needle in fold(f"{s.name} {s.organization_name}"))
        return found

    def shared_rule() -> int:
        return sum(len(rank(services, typed, service_target)) for typed in keystrokes)

    def best_of(work: object) -> float:
        timings = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            work()  # type: ignore[operator]
            timings.append(time.perf_counter() - start)
        return min(timings) / len(keystrokes) * 1e6

    shared_rule()  # warm the word cache as a session of typing does
    bare = best_of(baseline)
    shared = best_of(shared_rule)
    print(f"{len(services)} services, {len(keystrokes)} keystrokes, best of {args.rounds} rounds")
    print(f"baseline (folded substring): {bare:8.0f} µs per keystroke")
    print(f"domain.matching.rank:        {shared:8.0f} µs per keystroke  ({shared / bare:.1f}× the baseline)")


if __name__ == "__main__":
    main()
