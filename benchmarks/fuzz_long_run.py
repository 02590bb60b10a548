"""The long fuzz run: every property test in tests/fuzz with
``--hypothesis-profile=long`` (10,000 examples per target), a few targets
per pytest process, one process at a time, niced, so it can run in the
background of a shared machine and be watched (and resumed) chunk by chunk.

    python benchmarks/fuzz_long_run.py                 # all targets not yet in the state file
    python benchmarks/fuzz_long_run.py -k "cli_fuzz"   # only some
    python benchmarks/fuzz_long_run.py --report        # only rewrite the table

For each target it records, from ``--hypothesis-show-statistics``, how many
examples ran (passing, failing, invalid), the seconds hypothesis spent, and
whether the test passed with no traceback; the table goes to
benchmarks/fuzz_long_run.md (the state, one JSON line per target, to
benchmarks/fuzz_long_run.jsonl unless --state says otherwise). A target
that already has a record is skipped, so a stopped run continues where it
was.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "benchmarks" / "fuzz_long_run.md"
STATE = ROOT / "benchmarks" / "fuzz_long_run.jsonl"
NOTES = "<!-- notes: kept when the table is rewritten -->"
PHASE = re.compile(r"  - during (\w+) phase \(([\d.]+) seconds\):\n(?:.*\n)*?"
                   r"    - (\d+) passing, (\d+) failing, and (\d+) invalid test cases")


def collect(select: str | None) -> list[str]:
    args = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
            "tests/fuzz"]
    if select:
        args += ["-k", select]
    found = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True, timeout=600).stdout
    return [line.strip() for line in found.splitlines() if "::" in line]


def parse(output: str, ids: list[str]) -> dict[str, dict[str, object]]:
    """Per target: the statistics hypothesis printed for it, and its outcome."""
    results: dict[str, dict[str, object]] = {}
    starts = sorted((output.find(f"\n{nodeid}:\n"), nodeid) for nodeid in ids if f"\n{nodeid}:\n" in output)
    for index, (start, nodeid) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(output)
        block = output[start:end]
        counts = {"passing": 0, "failing": 0, "invalid": 0}
        seconds = 0.0
        for phase, duration, passing, failing, invalid in PHASE.findall(block):
            seconds += float(duration)
            if phase in ("explicit", "reuse", "generate", "target"):
                counts["passing"] += int(passing)
                counts["failing"] += int(failing)
                counts["invalid"] += int(invalid)
        results[nodeid] = {**counts, "seconds": round(seconds, 1)}
    failed = set(re.findall(r"^(?:FAILED|ERROR) (\S.*?)(?: - .*)?$", output, re.MULTILINE))
    for nodeid, record in results.items():
        record["outcome"] = "failed" if nodeid in failed else "passed"
    return results


def run_chunk(ids: list[str], log: Path) -> tuple[dict[str, dict[str, object]], float, float]:
    started, cpu_before = time.monotonic(), os.times()
    counts = log.with_suffix(".counts.jsonl")  # the inner-@given tests' own counts (tests/fuzz/counting.py)
    counts.unlink(missing_ok=True)
    with log.open("w", encoding="utf-8") as handle:
        subprocess.run(["nice", "-n", "10", sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                        "-p", "no:randomly", "-q", "--hypothesis-profile=long", "--hypothesis-show-statistics",
                        "--timeout=0", *ids], cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "FUZZ_EXAMPLE_COUNTS": str(counts)},
                       check=False)
    cpu_after = os.times()
    cpu = (cpu_after.children_user - cpu_before.children_user) + (cpu_after.children_system
                                                                  - cpu_before.children_system)
    output = log.read_text(encoding="utf-8", errors="replace")
    results = parse(output, ids)
    if counts.exists():  # hypothesis prints no statistics for an inner @given: its counts stand in
        failed = set(re.findall(r"^(?:FAILED|ERROR) (\S.*?)(?: - .*)?$", output, re.MULTILINE))
        for record in map(json.loads, counts.read_text(encoding="utf-8").splitlines()):
            nodeid = record.pop("id")
            if nodeid in ids and nodeid not in results:
                results[nodeid] = {**record, "outcome": "failed" if nodeid in failed else "passed"}
    if "Traceback" in output:
        for record in results.values():
            record["traceback_in_log"] = True
    return results, time.monotonic() - started, cpu


def load(state: Path) -> dict[str, dict[str, object]]:
    if not state.exists():
        return {}
    return {record["id"]: record for record in map(json.loads, state.read_text().splitlines()) if record}


def write_report(state: Path, report: Path) -> None:
    records = load(state)
    lines = [
        "# The long fuzz run",
        "",
        "`python benchmarks/fuzz_long_run.py` (`--hypothesis-profile=long`: 10,000 examples per target),",
        "niced, one pytest process at a time, on a shared 2-core machine. *Examples* counts the valid",
        "examples hypothesis ran (what `max_examples` counts; invalid ones, rejected by the strategy",
        "itself, are listed apart); *seconds* is the time hypothesis reported for the target (wall",
        "time on a loaded machine, so several times the CPU time).",
        "",
        "| target | examples | failing | invalid | seconds | outcome |",
        "|---|---:|---:|---:|---:|---|",
    ]
    total_examples = total_seconds = 0.0
    for nodeid, record in sorted(records.items()):
        name = nodeid.removeprefix("tests/fuzz/")
        outcome = str(record["outcome"]) + (" (traceback in log)" if record.get("traceback_in_log") else "")
        lines.append(f"| `{name}` | {record['passing']:,} | {record['failing']} | {record['invalid']:,} | "
                     f"{record['seconds']:,} | {outcome} |")
        total_examples += float(str(record["passing"]))
        total_seconds += float(str(record["seconds"]))
    lines += ["", f"{len(records)} targets, {int(total_examples):,} examples, {total_seconds / 3600:.2f} hours "
                  "as hypothesis reported it.", ""]
    # Notes written by hand below the marker survive a rewrite of the table.
    earlier = report.read_text(encoding="utf-8") if report.exists() else ""
    notes = earlier[earlier.index(NOTES):] if NOTES in earlier else ""
    report.write_text("\n".join(lines) + ("\n" + notes if notes else ""), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-k", dest="select", help="only the targets pytest -k selects")
    parser.add_argument("--ids", type=Path, help="a file of test ids to run, one a line, in that order")
    parser.add_argument("--chunk", type=int, default=4, help="targets per pytest process (default 4)")
    parser.add_argument("--state", type=Path, default=STATE)
    parser.add_argument("--report", action="store_true", help="only rewrite the table from the state file")
    parser.add_argument("--parse", type=Path, help="add the statistics of an earlier run's log to the state")
    parser.add_argument("--logs", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "fuzz-long-run")
    args = parser.parse_args()
    if args.parse:
        output = args.parse.read_text(encoding="utf-8", errors="replace")
        ids = re.findall(r"^(tests/fuzz/\S.*):$", output, re.MULTILINE)
        with args.state.open("a", encoding="utf-8") as handle:
            for nodeid, record in parse(output, ids).items():
                handle.write(json.dumps({"id": nodeid, **record}) + "\n")
    if args.report or args.parse:
        write_report(args.state, REPORT)
        return 0
    done = load(args.state)
    wanted = args.ids.read_text().split("\n") if args.ids else collect(args.select)
    todo = [nodeid for nodeid in (line.strip() for line in wanted) if nodeid and nodeid not in done]
    args.logs.mkdir(parents=True, exist_ok=True)
    for first in range(0, len(todo), args.chunk):
        ids = todo[first:first + args.chunk]
        log = args.logs / f"chunk-{int(time.time())}.log"
        results, wall, cpu = run_chunk(ids, log)
        with args.state.open("a", encoding="utf-8") as handle:
            for nodeid, record in results.items():  # tests without statistics are not property tests
                handle.write(json.dumps({"id": nodeid, **record}) + "\n")
        print(f"{time.strftime('%H:%M:%S')} {len(results)} targets in {wall:.0f} s ({cpu:.0f} s CPU): "
              + ", ".join(f"{n.split('::')[-1]} {r['passing']} {r['outcome']}" for n, r in results.items()),
              flush=True)
        write_report(args.state, REPORT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
