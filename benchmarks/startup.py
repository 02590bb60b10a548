"""Start-up as whole processes, next to bare baselines measured in the same run.

    .venv/bin/python benchmarks/startup.py [--repeat 5] [--inquiries 100000]

Measured (median of ``--repeat`` runs, taken in turns so that a busy machine
weighs on all of them alike):

- ``python -c pass`` and ``referral-app --version``;
- a bare Qt window (QMainWindow with a table) until its event loop runs, i.e.
  until it can be typed in;
- the app on an empty database: until the login can be typed in, and until
  the main window is built behind it;
- the app at ``--inquiries`` (a demo database built once and cached in the
  temporary folder): a normal start, and the first start of the day (the
  daily retention run and backup are due), until the login can be typed in,
  and until the daily jobs are done in the background;
- ``referral-app suggest "..."`` on the empty database.

The app's milestones come from ``REFERRAL_APP_STARTUP_PROBE`` (see
``referral_app/app.py``), which also ends the process once the window is
built and the daily jobs are done. Times are from just before the child
process is started to the milestone (``time.time()`` in both processes).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CACHE = Path(tempfile.gettempdir()) / "faelles-indgang-benchmark"

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableWidget(20, 4))
window.show()
def ready():
    with open(sys.argv[1], "a") as probe:
        probe.write(f"login-shown {time.time():.6f}\\n")
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def median(values: list[float]) -> float:
    """(The standard ``statistics`` module is shadowed here by benchmarks/statistics.py.)"""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def base_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFERRAL_APP_")}
    env.update(REFERRAL_APP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))
    return env


def wall(args: list[str], env: dict[str, str]) -> float:
    started = time.time()
    subprocess.run(args, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.time() - started


def milestones(args: list[str], env: dict[str, str], probe_file: Path) -> dict[str, float]:
    """Seconds from spawning the process to each milestone it writes to the probe file."""
    probe_file.unlink(missing_ok=True)
    started = time.time()
    subprocess.run(args, env={**env, "REFERRAL_APP_STARTUP_PROBE": str(probe_file)}, cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    found: dict[str, float] = {}
    for line in probe_file.read_text().splitlines():
        event, stamp = line.split()
        found.setdefault(event, float(stamp) - started)
    return found


def referral_app(*args: str) -> list[str]:
    return [PYTHON, "-m", "referral_app", *args]


def big_database(inquiries: int) -> Path:
    """A demo database with ``inquiries`` inquiries, made once and kept in the temporary folder."""
    target = CACHE / f"demo-{inquiries}.sqlite3"
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = CACHE / f"demo-{inquiries}.partial.sqlite3"
    partial.unlink(missing_ok=True)
    print(f"building the demo database with {inquiries:,} inquiries once (cached at {target}) …", flush=True)
    env = base_env(CACHE / "build-data")
    url = ["--database-url", f"sqlite:///{partial}"]
    subprocess.run(referral_app(*url, "db", "upgrade"), env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(referral_app(*url, "demo", "--residents", str(max(100, inquiries // 10)), "--inquiries",
                                str(inquiries), "--seed", "1"),
                   env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with __import__("sqlite3").connect(partial) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.replace(target)
    return target


def fresh_copy(source: Path, folder: Path) -> Path:
    """A new data folder holding a copy of ``source`` as its database: the first start of its day."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    target = folder / "faelles-indgang.sqlite3"
    shutil.copyfile(source, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measurement (median shown)")
    parser.add_argument("--inquiries", type=int, default=100_000, help="size of the big demo database")
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    probe = work / "probe.txt"
    big = big_database(options.inquiries)

    # An empty database, already started once (the day's jobs done): a normal start.
    empty_dir = work / "empty"
    empty_env = base_env(empty_dir)
    milestones(referral_app(), empty_env, probe)
    big_dir = work / "big"
    big_env = base_env(big_dir)

    runs: dict[str, list[float]] = {}

    def record(name: str, value: float | None) -> None:
        if value is not None:
            runs.setdefault(name, []).append(value)

    def first_and_normal_start_at_size() -> None:
        fresh_copy(big, big_dir)
        first = milestones(referral_app(), big_env, probe)
        record("big-first-login", first.get("login-shown"))
        record("big-first-built", first.get("window-built"))
        record("big-first-daily", first.get("daily-done"))
        normal = milestones(referral_app(), big_env, probe)
        record("big-normal-login", normal.get("login-shown"))
        record("big-normal-built", normal.get("window-built"))

    def empty_start() -> None:
        found = milestones(referral_app(), empty_env, probe)
        record("empty-login", found.get("login-shown"))
        record("empty-built", found.get("window-built"))

    steps: list[Callable[[], None]] = [
        lambda: record("pass", wall([PYTHON, "-c", "pass"], empty_env)),
        lambda: record("version", wall(referral_app("--version"), empty_env)),
        lambda: record("bare-window", milestones([PYTHON, "-c", BARE_WINDOW, str(probe)], empty_env, probe)
                       .get("login-shown")),
        empty_start,
        lambda: record("suggest", wall(referral_app("--lang", "en", "suggest", "skimmel i badeværelset",
                                                    "--age", "34"), empty_env)),
        first_and_normal_start_at_size,
    ]
    for round_number in range(options.repeat):
        print(f"round {round_number + 1}/{options.repeat} …", flush=True)
        for step in steps:
            step()

    med = {name: median(values) for name, values in runs.items()}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nPython {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load:.1f}; "
          f"median of {options.repeat} runs each, seconds from process start")
    rows = [
        ("python -c pass", "pass", "pass", ""),
        ("referral-app --version", "version", "pass", "target ≤ 5× python -c pass"),
        ("bare Qt window, typeable", "bare-window", "bare-window", ""),
        ("app, empty DB: login typeable", "empty-login", "bare-window", "target ≤ 2.5× bare window"),
        ("app, empty DB: main window built", "empty-built", "bare-window", ""),
        (f"app, {options.inquiries:,}: login typeable (normal)", "big-normal-login", "bare-window", ""),
        (f"app, {options.inquiries:,}: login typeable (1st of day)", "big-first-login", "bare-window",
         "target ≤ normal + 0.2 s"),
        (f"app, {options.inquiries:,}: main window built (normal)", "big-normal-built", "bare-window", ""),
        (f"app, {options.inquiries:,}: main window built (1st of day)", "big-first-built", "bare-window", ""),
        (f"app, {options.inquiries:,}: daily jobs done (background)", "big-first-daily", "bare-window", ""),
        ("referral-app suggest", "suggest", "pass", ""),
    ]
    print(f"{'measurement':<52} {'median':>8} {'ratio':>8}  baseline")
    for label, key, baseline, note in rows:
        if key not in med:
            print(f"{label:<52} {'—':>8}")
            continue
        ratio = med[key] / med[baseline]
        base_name = "python -c pass" if baseline == "pass" else "bare window"
        print(f"{label:<52} {med[key]:8.3f} {ratio:7.1f}×  {base_name:<15} {note}")
    if "big-first-login" in med and "big-normal-login" in med:
        extra = med["big-first-login"] - med["big-normal-login"]
        print(f"\nfirst start of the day at {options.inquiries:,}: login typeable {extra:+.3f} s against a normal "
              f"start (target ≤ +0.2 s)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
