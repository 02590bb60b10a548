"""`referral-app referral list|move` through the CLI's entry function, as a coordinator."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from referral_app.db.types import utcnow
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.services import intake, referrals
from referral_app.services.database import open_database
from tests.conftest import run_cli
from tests.services.staff import PASSWORD, make_staff


@pytest.fixture
def queue(db_url: str) -> dict[str, int]:
    db = open_database(db_url)
    with db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        make_staff(s, Role.COORDINATOR, "carl")
    long_ago = utcnow() - timedelta(days=60)
    with db.begin() as s:
        inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid"))
        late = referrals.create(s, front, inquiry.id, _service(s), now=long_ago)
        fresh = referrals.create(s, front, inquiry.id, _service(s, 1))
    db.dispose()
    return {"late": late.id, "fresh": fresh.id}


def _service(session, index: int = 0) -> int:
    from sqlalchemy import select

    from referral_app.db import models as m

    return session.scalars(select(m.Service.id).where(m.Service.status == "active").order_by(m.Service.id)).all()[index]


def _cli(url: str, *args: str, user: str = "carl"):
    return run_cli("--lang", "en", *args, "--user", user, "--password-stdin",
                   env={"REFERRAL_APP_DATABASE_URL": url}, input=f"{PASSWORD}\n")


def test_list_open_and_overdue_as_json(db_url: str, queue) -> None:
    every = _cli(db_url, "referral", "list", "--json")
    assert every.returncode == 0, every.stderr
    assert {r["id"] for r in json.loads(every.stdout)} == {queue["late"], queue["fresh"]}
    overdue = json.loads(_cli(db_url, "referral", "list", "--overdue", "--json").stdout)
    assert [(r["id"], r["follow_up"]) for r in overdue] == [(queue["late"], "overdue")]


def test_move_through_the_lifecycle(db_url: str, queue) -> None:
    for status in ("sent", "accepted"):
        assert _cli(db_url, "referral", "move", str(queue["late"]), status).returncode == 0
    done = _cli(db_url, "referral", "move", str(queue["late"]), "not_completed", "--reason", "no_capacity")
    assert done.returncode == 0 and "Not completed" in done.stdout
    closed = json.loads(_cli(db_url, "referral", "list", "--status", "not_completed", "--json").stdout)
    assert [(r["id"], r["reason"]) for r in closed] == [(queue["late"], "no_capacity")]


@pytest.mark.parametrize(("args", "expected"), [
    (("referral", "move", "{late}", "completed"), "cannot be marked"),
    (("referral", "move", "{late}", "finished"), "not one of the choices"),
    (("referral", "move", "999999", "sent"), "no referral with number 999999"),
    (("referral", "move", "{late}", "sent", "--expected-version", "7"), "Someone else changed"),
])
def test_bad_moves_are_one_clear_line(db_url: str, queue, args, expected: str) -> None:
    result = _cli(db_url, *(a.format(**queue) for a in args))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]


def test_front_desk_may_not_review_the_queue(db_url: str, queue) -> None:
    result = _cli(db_url, "referral", "list", user="frida")
    assert result.returncode == 2 and "may not" in result.stderr
