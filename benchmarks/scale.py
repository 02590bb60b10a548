"""The app at a municipality's scale (issue #15): every measure next to a bare
baseline measured in the same run, at 100,000 and 1,000,000 inquiries.

    .venv/bin/python benchmarks/scale.py [--cache DIR] [--sizes 100k,1m]
                                         [--seed-from DIR] [--postgres URL | --no-postgres] [--no-sqlite]
                                         [--postgres-dir DIR]
                                         [--demo-size 100k]

Databases: ``100k`` (10,000 residents, 100,000 inquiries) and ``1m``
(100,000 residents, 1,000,000 inquiries), made by the demo generator
(``referral-app demo``) into ``--cache`` (default: a folder in the user's
cache directory) the first time and reused afterwards; ``--seed-from DIR``
copies ``DIR/100k.sqlite3`` and ``DIR/1m.sqlite3`` into the cache instead of
generating them (the source files are never opened for writing). Each run
copies nothing else: the cached file is brought to the current schema with
``db upgrade`` and measured in place.

PostgreSQL: ``--postgres URL`` (a server's maintenance database, e.g.
``postgresql://user@host/postgres``) or, without it, a throwaway server
started like the tests do (``tests/pg_server.py``) when the server binaries
are installed; ``--no-postgres`` leaves it out. The PostgreSQL databases
(``scale_100k``, ``scale_1m``) are generated on the server the first time and
kept. ``--postgres-dir DIR`` keeps the throwaway server's data in ``DIR``
(stopped, not deleted, at the end) and starts it again from there on the next
run with the same ``--postgres-dir``, so the databases are generated once.

Measures: every ``benchmarks/scale_*.py`` module's ``measure(url,
size_label)``, which returns ``(name, app seconds, baseline seconds)`` rows
(``scale_stats.py``: statistics for a year; ``scale_slips.py``: 1,000 slips;
others add search and the queue), and the demo data itself here: rows per
second of the generator into a fresh database against a raw DBAPI
``executemany`` of the very same rows into another fresh database of the same
schema (``--demo-size``, default 100k; 1m takes minutes). The last column
is the growth from 100k to 1m of the app's figure.
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIZES = {"100k": (10_000, 100_000), "1m": (100_000, 1_000_000)}
Row = tuple[str, float, float]
Measure = Callable[[str, str], list[Row]]


def _cli(url: str, *args: str) -> None:
    """``referral-app`` in a child process, as a user runs it (progress shown)."""
    env = {"REFERRAL_APP_DATABASE_URL": url, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "PATH": "/usr/bin:/bin"}
    env = {**os.environ, **env}
    subprocess.run([sys.executable, "-m", "referral_app", *args], check=True, env=env, cwd=ROOT)


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_database(cache: Path, label: str, seed_from: Path | None) -> Path:
    """The cached SQLite database for a size, made (or copied) when missing, at the current schema."""
    path = cache / f"{label}.sqlite3"
    if not path.exists():
        temp = cache / f"{label}.building.sqlite3"
        temp.unlink(missing_ok=True)
        source = seed_from / f"{label}.sqlite3" if seed_from else None
        if source is not None and source.exists():
            print(f"{label}: copying {source}", flush=True)
            with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(temp) as dest:
                src.backup(dest)
        else:
            residents, inquiries = SIZES[label]
            print(f"{label}: generating {inquiries:,} inquiries for {residents:,} residents into {temp}", flush=True)
            _cli(_sqlite_url(temp), "db", "upgrade")
            _cli(_sqlite_url(temp), "demo", "--residents", str(residents), "--inquiries", str(inquiries))
        temp.rename(path)
    _cli(_sqlite_url(path), "db", "upgrade")
    return path


def postgres_database(server_url: str, label: str) -> str:
    """The PostgreSQL database for a size on the server, generated the first time."""
    import psycopg

    name = f"scale_{label}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    base = server_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    url = f"{base}/{name}"
    _cli(url, "db", "upgrade")
    with psycopg.connect(f"{server_url.rsplit('/', 1)[0]}/{name}") as conn:
        filled = conn.execute("SELECT count(*) FROM inquiry").fetchone()
    if not filled or not filled[0]:
        residents, inquiries = SIZES[label]
        print(f"{label}: generating {inquiries:,} inquiries on PostgreSQL", flush=True)
        start, cpu = time.perf_counter(), _child_cpu()
        _cli(url, "demo", "--residents", str(residents), "--inquiries", str(inquiries))
        print(f"{label}: generated in {time.perf_counter() - start:,.1f} s (generator CPU "
              f"{_child_cpu() - cpu:,.1f} s; load average {_load()})", flush=True)
    return url


# --- the demo data measure -------------------------------------------------------------------------

DEMO_TABLES = ("staff_user", "resident", "consent", "inquiry", "tally", "referral", "referral_event")


def _child_cpu() -> float:
    """CPU seconds of the finished child processes so far (the generator runs as one)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _copy_rows(source: Path, target: Path) -> tuple[int, float, float]:
    """Raw executemany of every row the generator wrote into an empty database of the same schema
    (its triggers and indexes in place): rows, wall seconds, CPU seconds."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    written = 0
    try:
        data = {}
        for table in DEMO_TABLES:
            columns = [row[1] for row in src.execute(f"PRAGMA table_info({table})")]
            data[table] = (columns, src.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall())
        start, cpu = time.perf_counter(), time.process_time()
        dest.execute("PRAGMA foreign_keys = ON")
        dest.execute("BEGIN")
        for table, (columns, rows) in data.items():
            marks = ", ".join("?" for _ in columns)
            dest.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            written += len(rows)
        dest.execute("COMMIT")
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        src.close()
        dest.close()
    return written, elapsed, cpu


def demo_measure(label: str, work: Path) -> Row:
    """Rows per second: the generator against raw executemany of the same rows (both into SQLite files
    at the current schema, in the same run). Returned as seconds per 100,000 rows, so lower is better
    on both sides like every other measure."""
    residents, inquiries = SIZES[label]
    app_db, raw_db = work / f"demo-{label}.sqlite3", work / f"raw-{label}.sqlite3"
    for path in (app_db, raw_db):
        path.unlink(missing_ok=True)
        _cli(_sqlite_url(path), "db", "upgrade")
    start, cpu = time.perf_counter(), _child_cpu()
    _cli(_sqlite_url(app_db), "demo", "--residents", str(residents), "--inquiries", str(inquiries))
    app_seconds, app_cpu = time.perf_counter() - start, _child_cpu() - cpu
    app_load = _load()
    with sqlite3.connect(raw_db) as conn:  # the directory and accounts the generator found there
        conn.execute("DELETE FROM staff_user")
    rows, raw_seconds, raw_cpu = _copy_rows(app_db, raw_db)
    print(f"  [{label}] demo data: {rows:,} rows; generator {rows / app_seconds:,.0f} rows/s "
          f"(with start-up; CPU {rows / app_cpu:,.0f} rows/s; load {app_load}), raw executemany "
          f"{rows / raw_seconds:,.0f} rows/s (CPU {rows / raw_cpu:,.0f} rows/s; load {_load()}): "
          f"{raw_seconds / app_seconds:.0%} of raw (CPU {raw_cpu / app_cpu:.0%})", flush=True)
    for path in (app_db, raw_db):
        path.unlink(missing_ok=True)
    return ("Demo data (seconds per 100,000 rows)", app_seconds * 100_000 / rows, raw_seconds * 100_000 / rows)


def _pg_raw_copy(source_url: str, target_url: str) -> tuple[int, float, float]:
    """PostgreSQL: raw DBAPI executemany (psycopg) of every row the generator wrote into an
    empty database of the same schema, its triggers and indexes in place, in one transaction."""
    import psycopg

    written = 0
    with psycopg.connect(source_url) as src, psycopg.connect(target_url) as dest:
        data = {}
        for table in DEMO_TABLES:
            columns = [row[0] for row in src.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "AND table_schema = current_schema() ORDER BY ordinal_position", (table,))]
            data[table] = (columns, src.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall())
        dest.execute("DELETE FROM staff_user")
        dest.commit()
        start, cpu = time.perf_counter(), time.process_time()
        with dest.cursor() as cursor:
            for table, (columns, rows) in data.items():
                marks = ", ".join("%s" for _ in columns)
                cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
                written += len(rows)
        dest.commit()
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return written, elapsed, cpu


def demo_measure_postgres(server_url: str, label: str) -> Row:
    """The demo data measure on PostgreSQL: the generator (COPY, indexes and summaries after the
    load) into a fresh database against psycopg's executemany of the same rows into another."""
    import psycopg

    residents, inquiries = SIZES[label]
    base = server_url.rsplit("/", 1)[0]
    names = (f"scale_demo_app_{label}", f"scale_demo_raw_{label}")
    with psycopg.connect(server_url, autocommit=True) as conn:
        for name in names:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    app_url, raw_url = (f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://", 1) for name in names)
    try:
        for url in (app_url, raw_url):
            _cli(url, "db", "upgrade")
        start, cpu = time.perf_counter(), _child_cpu()
        _cli(app_url, "demo", "--residents", str(residents), "--inquiries", str(inquiries))
        app_seconds, app_cpu = time.perf_counter() - start, _child_cpu() - cpu
        app_load = _load()
        rows, raw_seconds, raw_cpu = _pg_raw_copy(f"{base}/{names[0]}", f"{base}/{names[1]}")
        print(f"  [{label}] PostgreSQL demo data: {rows:,} rows; generator {rows / app_seconds:,.0f} rows/s "
              f"(with start-up; client CPU {app_cpu:,.1f} s; load {app_load}), raw executemany "
              f"{rows / raw_seconds:,.0f} rows/s (client CPU {raw_cpu:,.1f} s; load {_load()}): "
              f"{raw_seconds / app_seconds:.0%} of raw", flush=True)
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return ("Demo data (seconds per 100,000 rows)", app_seconds * 100_000 / rows, raw_seconds * 100_000 / rows)


# --- running and printing ---------------------------------------------------------------------------


def measure_modules() -> list[tuple[str, Measure]]:
    found = []
    for path in sorted(Path(__file__).resolve().parent.glob("scale_*.py")):
        module = importlib.import_module(f"benchmarks.{path.stem}")
        measure = getattr(module, "measure", None)
        if callable(measure):
            found.append((path.stem, measure))
    return found


def run_all(url: str, label: str, modules: list[tuple[str, Measure]]) -> list[Row]:
    rows: list[Row] = []
    for name, measure in modules:
        try:
            rows.extend(measure(url, label))
        except Exception as exc:  # one broken measure must not hide the others
            print(f"  [{label}] {name} failed: {exc!r}", flush=True)
    return rows


def print_table(title: str, results: dict[str, list[Row]]) -> None:
    labels = list(results)
    names: list[str] = []
    for rows in results.values():
        names += [name for name, _, _ in rows if name not in names]
    print(f"\n{title}")
    header = "| Measure | " + " | ".join(f"{lb} app | {lb} bare | {lb} ratio" for lb in labels)
    growth = len(labels) >= 2
    print(header + (" | growth app | growth bare |" if growth else " |"))
    print("|---" * (1 + 3 * len(labels) + (2 if growth else 0)) + "|")
    for name in names:
        cells = []
        found = {}
        for label in labels:
            row = next((r for r in results[label] if r[0] == name), None)
            found[label] = row
            cells += ["–"] * 3 if row is None else [_ms(row[1]), _ms(row[2]), f"{row[1] / row[2]:.2f}×"]
        line = f"| {name} | " + " | ".join(cells)
        if growth:
            first, last = found[labels[0]], found[labels[-1]]
            if first and last:
                line += f" | {last[1] / first[1]:.1f}× | {last[2] / first[2]:.1f}×"
            else:
                line += " | – | –"
        print(line + " |", flush=True)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def _default_cache() -> Path:
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("referral-app-scale"))
    except ImportError:
        return Path(tempfile.gettempdir()) / "referral-app-scale"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=_default_cache())
    parser.add_argument("--sizes", default="100k,1m")
    parser.add_argument("--seed-from", type=Path)
    parser.add_argument("--postgres", metavar="URL")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--postgres-dir", type=Path, help="keep the throwaway server's data here and reuse it")
    parser.add_argument("--no-sqlite", action="store_true", help="only PostgreSQL")
    parser.add_argument("--demo-size", default="100k", help="size for the demo data measure; 'none' to skip")
    parser.add_argument("--only", help="comma-separated measure modules (e.g. scale_stats)")
    args = parser.parse_args(argv)
    labels = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for label in labels:
        if label not in SIZES:
            parser.error(f"unknown size {label}; choose from {', '.join(SIZES)}")
    args.cache.mkdir(parents=True, exist_ok=True)
    modules = measure_modules()
    if args.only:
        wanted = set(args.only.split(","))
        modules = [(n, f) for n, f in modules if n in wanted]
    print("Measures:", ", ".join(name for name, _ in modules) or "none", flush=True)

    sqlite_results: dict[str, list[Row]] = {}
    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        for label in [] if args.no_sqlite else labels:
            path = sqlite_database(args.cache, label, args.seed_from)
            print(f"SQLite {label}: {path}", flush=True)
            sqlite_results[label] = run_all(_sqlite_url(path), label, modules)
            if args.demo_size == label:
                sqlite_results[label].append(demo_measure(label, Path(tmp)))
    if sqlite_results:
        print_table("SQLite", sqlite_results)

    if not args.no_postgres:
        server_url, server = args.postgres, None
        if server_url is None:
            try:
                from tests.pg_server import start_postgres

                if args.postgres_dir is not None:
                    folder = args.postgres_dir.resolve()
                    folder.mkdir(parents=True, exist_ok=True)
                else:
                    folder = Path(tempfile.mkdtemp(prefix="scale-pg-"))
                server = start_postgres(folder, reuse=args.postgres_dir is not None)
                server_url = server.admin_url
                print(f"PostgreSQL server: {server_url} (data in {folder})", flush=True)
            except BaseException as exc:  # pytest.skip/fail raise BaseException subclasses
                print(f"\nPostgreSQL: no server ({exc}); pass --postgres URL", flush=True)
        if server_url is not None:
            try:
                pg_results = {}
                for label in labels:
                    url = postgres_database(server_url, label)
                    print(f"PostgreSQL {label}", flush=True)
                    pg_results[label] = run_all(url, label, modules)
                    if args.demo_size == label:
                        pg_results[label].append(demo_measure_postgres(server_url, label))
                print_table("PostgreSQL", pg_results)
            finally:
                if server is not None and args.postgres_dir is not None:
                    server.stop("fast")  # kept for the next run
                elif server is not None:
                    server.stop()
                    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
