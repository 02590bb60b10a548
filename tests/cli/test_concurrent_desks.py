"""Eight desks at once: simultaneous `inquiry add` processes, each signing in
(argon2) and writing, all succeed on SQLite and PostgreSQL. A SQLite writer
takes the write lock when it begins, so it waits for the busy timeout instead
of failing with "database is locked"."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.services.database import open_database
from tests.conftest import ROOT
from tests.services.staff import PASSWORD, make_staff

DESKS = 8


def test_eight_simultaneous_inquiry_add_processes_all_succeed(db_url: str) -> None:
    db = open_database(db_url)
    with db.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
    db.dispose()
    env = {**os.environ, "REFERRAL_APP_DATABASE_URL": db_url}
    desks = [
        subprocess.Popen(
            [sys.executable, "-m", "referral_app", "--lang", "en", "inquiry", "add", "--category", "bolig",
             "--text", f"skranke {n}", "--user", "frida", "--password-stdin"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )
        for n in range(DESKS)
    ]
    try:
        results = [desk.communicate(f"{PASSWORD}\n", timeout=180) for desk in desks]
    finally:  # a desk that did not finish in time is stopped, not left behind
        for desk in desks:
            if desk.poll() is None:
                desk.kill()
                desk.communicate(timeout=60)
    failures = [(desk.returncode, err) for desk, (_, err) in zip(desks, results, strict=True) if desk.returncode]
    assert failures == [], failures
    assert not any("locked" in err.lower() for _, err in results)
    db = open_database(db_url)
    try:
        with db.begin() as s:
            texts = sorted(s.scalars(select(m.Inquiry.description).where(m.Inquiry.description.like("skranke %"))))
            logins = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == AuditAction.LOGIN.value)).all()
    finally:
        db.dispose()
    assert texts == [f"skranke {n}" for n in range(DESKS)]
    assert len(logins) == DESKS
