"""kill -9 at random points: a writer on the app's set-up (on SQLite: WAL,
BEGIN IMMEDIATE; on both: the audit chain) is killed 50 times; every commit
it reported survives, an SQLite file passes its integrity check, and the
audit chain stays intact. On PostgreSQL the killed writer's open transaction
(holding the chain's head row) must be rolled back by the server, so the
next writer is not blocked.

To keep this cheap, one helper process imports the app once and forks a
fresh writer for each round (a new interpreter per round would cost a second
of CPU each)."""

from __future__ import annotations

import contextlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from typing import IO

import pytest
from sqlalchemy import text

from referral_app.services import audit_chain
from referral_app.services.database import open_database
from tests.conftest import ROOT

ROUNDS = 50
WAIT_S = 120  # the longest the writer may stay silent on a loaded machine

FORKER = textwrap.dedent("""
    import os, sys
    from referral_app.db import models as m
    from referral_app.db.engine import Database
    from referral_app.domain.audit import AuditAction
    from referral_app.services import audit

    def write(url):
        db = Database(url)
        n = 0
        while True:
            n += 1
            with db.begin() as s:
                row = m.Inquiry(description=f"kill test {n}")
                s.add(row)
                s.flush()
                audit.record(s, None, AuditAction.CREATE, entity="inquiry", entity_id=row.id, username="writer")
                row_id = row.id
            os.write(1, f"commit {row_id}\\n".encode())  # only after the commit returned

    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                write(sys.argv[1])
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\\n".encode())
        os.waitpid(pid, 0)
        os.write(1, f"done {pid}\\n".encode())
""")


def _present(url: str) -> set[int]:
    """The ids of the writer's rows, after SQLite's integrity check where it applies."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.removeprefix("sqlite:///"), timeout=30)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return {r[0] for r in conn.execute("SELECT id FROM inquiry WHERE description LIKE 'kill test %'")}
        finally:
            conn.close()
    db = open_database(url)
    try:
        with db.begin() as s:
            rows = s.execute(text("SELECT id FROM inquiry WHERE description LIKE 'kill test %'"))
            return {int(r[0]) for r in rows}
    finally:
        db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def writer_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


class _Lines:
    """The helper's output lines, read by a thread, so that every wait for
    the next one has a timeout: a writer that stops writing (stuck on a lock)
    fails the test instead of hanging it."""

    def __init__(self, stream: IO[str]) -> None:
        self._queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for line in iter(stream.readline, ""):
            self._queue.put(line)
        self._queue.put("")  # the helper is gone

    def next(self) -> str:
        try:
            line = self._queue.get(timeout=WAIT_S)
        except queue.Empty:
            raise AssertionError(f"the writer was silent for {WAIT_S} s") from None
        assert line, "the helper process ended"
        return line


def test_every_reported_commit_survives_fifty_kills(writer_url: str) -> None:
    rng = random.Random(20261206)
    forker = subprocess.Popen([sys.executable, "-c", FORKER, writer_url], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, bufsize=1, cwd=ROOT)
    assert forker.stdin is not None and forker.stdout is not None
    lines = _Lines(forker.stdout)
    reported: set[int] = set()
    pid = None
    try:
        for _ in range(ROUNDS):
            forker.stdin.write("go\n")
            forker.stdin.flush()
            pid = int(lines.next().split()[1])
            for _ in range(rng.randrange(0, 12)):  # let it commit a few times, then kill it mid-flight
                reported.add(int(lines.next().split()[1]))
            os.kill(pid, signal.SIGKILL)
            while True:
                word, number = lines.next().split()
                if word == "done":
                    break
                reported.add(int(number))
            pid = None
            present = _present(writer_url)
            assert reported <= present, f"lost commits: {sorted(reported - present)[:5]}"
    finally:
        if pid is not None:  # a failure mid-round: the writer must not outlive the test
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        forker.stdin.close()
        try:
            forker.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            forker.kill()
            forker.wait(timeout=WAIT_S)
    assert len(reported) >= ROUNDS  # the writers really wrote
    db = open_database(writer_url)
    try:
        with db.begin() as s:
            report = audit_chain.check(s)
    finally:
        db.dispose()
    assert report.intact, report
