"""Routing: accuracy on the labelled sample texts, and speed.

    .venv/bin/python benchmarks/routing.py [--misses] [--held-out-misses]

The samples (tests/data/routing_samples.tsv) are split: every fifth text is
held out and never used to tune keywords or weights; the rest is the
development set. For each text the figures are

* category top-1 / top-3: the labelled category is the first / among the
  first three categories the engine finds in the text alone;
* service top-3: the service the engine puts first when the labelled category
  is chosen (same address and age) is among the first three suggestions from
  the text alone, the way `referral-app suggest` is used.

Each text gets a Høje Gladsaxe address (cycling through the house numbers)
and the age 38, as if an adult resident asked, also about their children.

Speed: the engine alone (compiled router), one suggestion through the service
layer on SQLite (reading the directory rows and comparing them with the cache
each time), and compiling the router from scratch. The service layer is also
given as a ratio to a bare transaction (``SELECT 1``) timed in the same run, so
the figure means the same on a quiet and on a loaded machine; with
``--database-url`` the same is measured on that (migrated) database too, e.g. a
PostgreSQL one. (This replaces a timed test that asserted "under 50 ms per
suggestion" and failed whenever the machine was busy.)

    .venv/bin/python benchmarks/routing.py --speed-only [--database-url URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from referral_app.config import DIRECTORY_DIR  # noqa: E402
from referral_app.domain import routing as r  # noqa: E402
from referral_app.services import routing as routing_service  # noqa: E402
from referral_app.services.database import Database, open_database, prepare  # noqa: E402

SAMPLES = ROOT / "tests" / "data" / "routing_samples.tsv"
ADULT_AGE = 38


@dataclass(frozen=True)
class Sample:
    line: int
    category: str
    text: str

    @property
    def held_out(self) -> bool:
        return self.line % 5 == 4

    @property
    def address(self) -> str:
        return f"Høje Gladsaxe {self.line * 7 % 99 + 1}"


def load_samples(path: Path = SAMPLES) -> list[Sample]:
    samples = []
    index = 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        category, text = raw.split("\t", 1)
        samples.append(Sample(index, category.strip(), text.strip()))
        index += 1
    return samples


@dataclass
class Score:
    total: int = 0
    top1: int = 0
    top3: int = 0
    service_top3: int = 0

    def line(self, name: str) -> str:
        def pct(n: int) -> str:
            return f"{100.0 * n / self.total:5.1f}%" if self.total else "  -  "

        return (
            f"{name:<10} n={self.total:<4} category top-1 {pct(self.top1)}  top-3 {pct(self.top3)}"
            f"   service top-3 {pct(self.service_top3)}"
        )


def evaluate(router: r.Router, sample: Sample) -> tuple[bool, bool, bool, r.Routing]:
    query = r.RoutingQuery(text=sample.text, age=ADULT_AGE, address=sample.address)
    routing = router.suggest(query)
    codes = [c.code for c in routing.categories]
    expected = router.suggest(
        r.RoutingQuery(text=sample.text, category_code=sample.category, age=ADULT_AGE, address=sample.address)
    )
    target = expected.suggestions[0].service_id if expected.suggestions else None
    top3 = [s.service_id for s in routing.suggestions[:3]]
    return (
        codes[:1] == [sample.category],
        sample.category in codes[:3],
        target is not None and target in top3,
        routing,
    )


def accuracy(router: r.Router, samples: list[Sample], show: str | None) -> dict[str, Score]:
    scores = {"dev": Score(), "held-out": Score(), "all": Score()}
    for sample in samples:
        top1, top3, service, routing = evaluate(router, sample)
        for name in ("held-out" if sample.held_out else "dev", "all"):
            score = scores[name]
            score.total += 1
            score.top1 += top1
            score.top3 += top3
            score.service_top3 += service
        wanted = show == "held-out" if sample.held_out else show == "dev"
        if wanted and not (top1 and service):
            found = ", ".join(f"{c.code}:{c.score:.2f}" for c in routing.categories[:3]) or "-"
            mark = "S" if not service else " "
            print(f"  {mark} {sample.category:<24} {sample.text[:60]:<60} -> {found}")
    return scores


def timings(db: object, router: r.Router, samples: list[Sample]) -> None:
    queries = [r.RoutingQuery(text=s.text, age=ADULT_AGE, address=s.address) for s in samples]
    r._word.cache_clear()  # every word stemmed afresh, as for a new text
    cold = []
    for query in queries:
        start = time.perf_counter()
        router.suggest(query)
        cold.append((time.perf_counter() - start) * 1000)
    engine = []
    for query in queries:
        start = time.perf_counter()
        router.suggest(query)
        engine.append((time.perf_counter() - start) * 1000)
    service = []
    for query in queries[:200]:
        start = time.perf_counter()
        with db.begin() as session:  # type: ignore[attr-defined]
            routing_service.suggest(session, query)
        service.append((time.perf_counter() - start) * 1000)
    with db.begin() as session:  # type: ignore[attr-defined]
        snapshot = routing_service.load_snapshot(session)
    start = time.perf_counter()
    r.Router(snapshot)
    compile_ms = (time.perf_counter() - start) * 1000

    def figures(values: list[float]) -> str:
        # Not the statistics module: benchmarks/statistics.py shadows it here.
        ordered = sorted(values)
        median = ordered[len(ordered) // 2]
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        return (
            f"median {median:6.2f} ms  p95 {p95:6.2f} ms  max {ordered[-1]:6.2f} ms"
            f"  (n={len(values)})"
        )

    print("speed")
    print(f"  engine, words new to it    {figures(cold)}")
    print(f"  engine, words seen before  {figures(engine)}")
    print(f"  service layer on SQLite    {figures(service)}")
    print(f"  compiling the router once  {compile_ms:6.1f} ms")


def service_ratio(db: Database, samples: list[Sample], label: str, rounds: int = 3) -> None:
    """One suggestion through the service layer against a bare transaction,
    interleaved round by round so both see the same load; best round counts."""
    from sqlalchemy import text

    queries = [r.RoutingQuery(text=s.text, age=ADULT_AGE, address=s.address) for s in samples[:60]]
    with db.begin() as session:
        routing_service.suggest(session, queries[0])  # builds the cached router
    bare_best = service_best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _query in queries:
            with db.begin() as session:
                session.execute(text("SELECT 1"))
        bare_best = min(bare_best, (time.perf_counter() - start) / len(queries))
        start = time.perf_counter()
        for query in queries:
            with db.begin() as session:
                routing_service.suggest(session, query)
        service_best = min(service_best, (time.perf_counter() - start) / len(queries))
    print(
        f"  service layer on {label:<10} {service_best * 1000:6.2f} ms per suggestion"
        f" = {service_best / bare_best:5.1f} x a bare transaction ({bare_best * 1000:.2f} ms),"
        f" best of {rounds} rounds of {len(queries)}"
    )


def cli_timings(url: str, runs: int = 3) -> None:
    """The whole `referral-app suggest --json` process, start-up included."""
    import os
    import subprocess

    env = {**os.environ, "REFERRAL_APP_DATABASE_URL": url}
    command = [sys.executable, "-m", "referral_app", "suggest", "skimmel på badeværelset",
               "--address", "Høje Gladsaxe 34", "--age", "41", "--json"]
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
        seconds.append(time.perf_counter() - start)
    print(f"  referral-app suggest       {min(seconds):6.2f} s per process at best of {runs}"
          " (Python, Qt's translator and the database included)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the development texts routed wrongly")
    parser.add_argument(
        "--held-out-misses", action="store_true", help="list the held-out texts routed wrongly"
    )
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true", help="only the service layer against a baseline")
    parser.add_argument("--database-url", help="also time the service layer on this migrated database")
    args = parser.parse_args()
    samples = load_samples()
    if args.database_url:
        other = open_database(args.database_url)
        service_ratio(other, samples, other.engine.dialect.name)
        other.dispose()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        prepare(db, DIRECTORY_DIR)
        if args.speed_only:
            service_ratio(db, samples, "SQLite")
            db.dispose()
            return 0
        with db.begin() as session:
            router = routing_service.router(session)
        show = "dev" if args.misses else "held-out" if args.held_out_misses else None
        scores = accuracy(router, samples, show)
        print(f"accuracy on {SAMPLES.relative_to(ROOT)} (held out: every 5th text)")
        for name, score in scores.items():
            print("  " + score.line(name))
        if not args.no_speed:
            timings(db, router, samples)
            service_ratio(db, samples, "SQLite")
        db.dispose()
        if not args.no_speed:
            cli_timings(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
