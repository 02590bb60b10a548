"""Demo data: how long `referral-app demo` and `inquiry list --json` take.

    .venv/bin/python benchmarks/demo_data.py [--sizes 2000:20000,10000:100000]
                                             [--database-url URL]

For each size (residents:inquiries) a new SQLite file in a temporary folder
is created with `db upgrade`, filled with `demo`, and listed in full as JSON
by the demo front-desk account, each as a user runs it: `python -m
referral_app` in a child process, so start-up is included. The figures are
wall-clock seconds of one run each; the list's output goes to a file whose
size is shown.

``--database-url`` runs the first size against another empty database
instead (for instance a new PostgreSQL database); it must hold no data.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from referral_app.domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD  # noqa: E402

SEED = "1"


def referral_app(url: str, data_dir: Path, *args: str, stdin: str | None = None,
                 stdout: object = subprocess.PIPE) -> float:
    """Run one command; return its wall-clock seconds. Stops on failure."""
    env = {**os.environ, "REFERRAL_APP_DATABASE_URL": url, "REFERRAL_APP_DATA_DIR": str(data_dir),
           "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "referral_app", "--lang", "en", *args],
        input=stdin, stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"referral-app {' '.join(args)} failed: {result.stderr.strip()}")
    return elapsed


def measure(url: str, folder: Path, residents: int, inquiries: int) -> None:
    upgrade = referral_app(url, folder, "db", "upgrade")
    demo = referral_app(url, folder, "demo", "--residents", str(residents),
                        "--inquiries", str(inquiries), "--seed", SEED)
    front_desk = next(name for name, _, role in DEMO_ACCOUNTS if role.value == "front_desk")
    listing = folder / "inquiries.json"
    with listing.open("w", encoding="utf-8") as out:
        listed = referral_app(url, folder, "inquiry", "list", "--json", "--user", front_desk,
                              "--password-stdin", stdin=f"{DEMO_PASSWORD}\n", stdout=out)
    size_mb = listing.stat().st_size / 1e6
    tallies = inquiries // 2
    print(
        f"{residents:>7} residents {inquiries:>8} inquiries ({tallies} counts): "
        f"db upgrade {upgrade:5.1f} s, demo {demo:5.1f} s "
        f"({(residents + inquiries + tallies) / demo:,.0f} rows/s), "
        f"inquiry list --json {listed:5.1f} s ({inquiries / listed:,.0f} inquiries/s, "
        f"{size_mb:.1f} MB)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000:20000,10000:100000",
                        help="residents:inquiries pairs, comma-separated")
    parser.add_argument("--database-url", help="an empty database to use for the first size")
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in pair.split(":")) for pair in args.sizes.split(",")]
    print(f"Python {sys.version.split()[0]} on {sys.platform}; each figure is one run, "
          "start-up of the child process included.")
    with tempfile.TemporaryDirectory(prefix="demo-bench-") as tmp:
        for index, (residents, inquiries) in enumerate(sizes):
            folder = Path(tmp) / f"run{index}"
            folder.mkdir()
            url = (
                args.database_url
                if args.database_url and index == 0
                else f"sqlite:///{folder / 'bench.sqlite3'}"
            )
            measure(url, folder, residents, inquiries)


if __name__ == "__main__":
    main()
