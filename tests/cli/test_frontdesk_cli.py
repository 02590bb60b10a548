"""The front desk and demo data from the command line (its entry function):
`demo`, `inquiry add|list`, `tally` and `resident search`. Every bad input
gives one translated line on standard error, exit status 2, and saves nothing."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime

import pytest
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain.demo import DEMO_PASSWORD
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import MAX_DESCRIPTION
from referral_app.services.database import open_database
from tests.conftest import run_cli
from tests.services.staff import PASSWORD, make_staff

FIELDS = {"id", "received_at", "channel", "category", "description", "language", "urgency",
          "status", "resident_id"}


def _cli(url: str, *args: str, stdin: str | None = None, lang: str = "en"):
    return run_cli("--lang", lang, *args, env={"REFERRAL_APP_DATABASE_URL": url}, input=stdin)


def _as(user: str, password: str = PASSWORD) -> tuple[tuple[str, ...], str]:
    return ("--user", user, "--password-stdin"), f"{password}\n"


def _counts(url: str) -> tuple[int, int, int, int]:
    db = open_database(url)
    try:
        with db.begin() as s:
            return tuple(
                s.scalar(select(func.count()).select_from(model))
                for model in (m.Resident, m.Inquiry, m.Tally, m.StaffUser)
            )
    finally:
        db.dispose()


@pytest.fixture
def desk(db_url: str) -> str:
    """A database with a front-desk member (frida) and one resident."""
    db = open_database(db_url)
    with db.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
        s.add(m.Resident(full_name="Mette Sørensen", search_name="mette soerensen",
                         phone="+4520123456", street="Høje Gladsaxe", house_number="34"))
    db.dispose()
    return db_url


@pytest.fixture
def sqlite_desk(sqlite_url: str) -> str:
    db = open_database(sqlite_url)
    with db.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
    db.dispose()
    return sqlite_url


def _one_line(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


# --- demo, as the done-when asks ----------------------------------------------------------


def _assert_plausible(inquiries: list[dict], expected: int) -> None:
    assert len(inquiries) == expected
    assert len({i["id"] for i in inquiries}) == expected
    assert all(FIELDS <= i.keys() for i in inquiries)
    received = [datetime.fromisoformat(i["received_at"]) for i in inquiries]
    assert all(t.tzinfo is not None for t in received)
    assert received == sorted(received, reverse=True)  # newest first
    categories = Counter(i["category"] for i in inquiries)
    channels = Counter(i["channel"] for i in inquiries)
    assert len(categories) >= 20
    assert channels.most_common(1)[0][0] == "walk_in"
    assert max(channels.values()) <= 0.8 * expected
    assert len(channels) == 4
    anonymous = sum(1 for i in inquiries if i["resident_id"] is None)
    assert 0.3 * expected <= anonymous <= 0.5 * expected


def test_demo_2000_residents_20000_inquiries_then_list_them(sqlite_url: str) -> None:
    made = _cli(sqlite_url, "demo", "--residents", "2000", "--inquiries", "20000", "--seed", "1")
    assert made.returncode == 0, made.stderr
    assert "2000 residents, 20000 inquiries" in made.stdout
    assert DEMO_PASSWORD in made.stdout and "demo.skranke" in made.stdout
    assert "Inquiries: 20000/20000" in made.stderr  # progress for a big run
    # Every stage is named in the user's language, the referrals too.
    assert re.search(r"^Referrals: (\d+)/\1$", made.stderr, re.MULTILINE), made.stderr
    # The last stage: the search index and the statistics, built after the load.
    assert made.stderr.rstrip().endswith("\nSearch index and statistics: 1/1"), made.stderr

    sign_in, password = _as("demo.skranke", DEMO_PASSWORD)
    listed = _cli(sqlite_url, "inquiry", "list", "--json", *sign_in, stdin=password)
    assert listed.returncode == 0, listed.stderr
    _assert_plausible(json.loads(listed.stdout), 20000)

    db = open_database(sqlite_url)
    with db.begin() as s:  # the pages were read with one search in the log
        searches = s.scalar(
            select(func.count()).where(m.AuditEvent.action == "search",
                                       m.AuditEvent.entity == "inquiry")
        )
    db.dispose()
    assert searches == 1


@pytest.mark.postgres
def test_demo_then_list_on_postgresql(pg_url: str) -> None:
    made = _cli(pg_url, "demo", "--residents", "300", "--inquiries", "3000", "--seed", "4")
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""  # small runs show no progress
    sign_in, password = _as("demo.koordinator", DEMO_PASSWORD)
    listed = _cli(pg_url, "inquiry", "list", "--json", *sign_in, stdin=password)
    assert listed.returncode == 0, listed.stderr
    _assert_plausible(json.loads(listed.stdout), 3000)


def test_demo_twice_is_refused_and_so_is_real_data(sqlite_desk: str) -> None:
    sign_in, password = _as("frida")
    logged = _cli(sqlite_desk, "inquiry", "add", "--category", "bolig", *sign_in, stdin=password)
    assert logged.returncode == 0, logged.stderr
    before = _counts(sqlite_desk)
    refused = _cli(sqlite_desk, "demo", "--residents", "10", "--inquiries", "10")
    assert "already holds real data (inquiries)" in _one_line(refused)
    assert _counts(sqlite_desk) == before


def test_demo_refuses_a_second_run_in_danish(sqlite_url: str) -> None:
    first = _cli(sqlite_url, "demo", "--residents", "10", "--inquiries", "30")
    assert first.returncode == 0, first.stderr
    before = _counts(sqlite_url)
    again = _cli(sqlite_url, "demo", "--residents", "10", "--inquiries", "30", lang="da")
    assert "demodata" in _one_line(again)
    assert _counts(sqlite_url) == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--residents", "0", "--inquiries", "5"), "number of residents must be a whole number"),
        (("--residents", "-3", "--inquiries", "5"), "number of residents"),
        (("--residents", "abc", "--inquiries", "5"), "number of residents"),
        (("--residents", "200000", "--inquiries", "5"), "from 1 to 100000"),
        (("--residents", "5", "--inquiries", "0"), "number of inquiries"),
        (("--residents", "5", "--inquiries", "5000000"), "from 1 to 1000000"),
        (("--residents", "5", "--inquiries", "5", "--tallies", "-1"), "number of counts"),
        (("--residents", "5", "--inquiries", "5", "--seed", "x"), "seed must be a whole number"),
        (("--inquiries", "5",), "missing: --residents"),
    ],
)
def test_demo_bad_numbers(sqlite_url: str, args: tuple[str, ...], expected: str) -> None:
    before = _counts(sqlite_url)
    assert expected in _one_line(_cli(sqlite_url, "demo", *args))
    assert _counts(sqlite_url) == before


# --- inquiry, tally, resident -----------------------------------------------------------------------


def test_front_desk_round_trip(desk: str) -> None:
    sign_in, password = _as("frida")
    search = _cli(desk, "resident", "search", "mette sorensen", "--json", *sign_in, stdin=password)
    assert search.returncode == 0, search.stderr
    (found,) = json.loads(search.stdout)
    assert (found["full_name"], found["match"]) == ("Mette Sørensen", "name")
    assert found["housing_organization"] is None  # stored directly, not resolved

    added = _cli(desk, "inquiry", "add", "--category", "bolig.vedligehold", "--channel", "phone",
                 "--text", "Skimmel i badeværelset", "--resident", str(found["id"]),
                 "--language", "da", "--urgency", "high", "--json", *sign_in, stdin=password)
    assert added.returncode == 0, added.stderr
    inquiry = json.loads(added.stdout)
    assert FIELDS <= inquiry.keys()
    assert (inquiry["category"], inquiry["channel"], inquiry["resident_id"], inquiry["urgency"],
            inquiry["status"]) == ("bolig.vedligehold", "phone", found["id"], "high", "open")

    anonymous = _cli(desk, "inquiry", "add", "--category", "digital.mitid", *sign_in,
                     stdin=password)
    assert anonymous.returncode == 0, anonymous.stderr
    assert "MitID (Walk-in)" in anonymous.stdout

    listed = _cli(desk, "inquiry", "list", "--json", *sign_in, stdin=password)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["category"] for r in rows] == ["digital.mitid", "bolig.vedligehold"]
    assert rows[1] == inquiry

    text = _cli(desk, "inquiry", "list", *sign_in, stdin=password)
    assert text.returncode == 0 and len(text.stdout.strip().splitlines()) == 2
    assert "Skimmel i badeværelset" in text.stdout

    counted = _cli(desk, "tally", "digital.mitid", "--channel", "email", *sign_in, stdin=password)
    assert counted.returncode == 0, counted.stderr
    assert counted.stdout.strip() == "Counted: MitID (E-mail). Today in this category: 1."


def test_list_by_period_in_both_date_formats(sqlite_url: str) -> None:
    made = _cli(sqlite_url, "demo", "--residents", "50", "--inquiries", "600", "--seed", "2")
    assert made.returncode == 0, made.stderr
    sign_in, password = _as("demo.skranke", DEMO_PASSWORD)
    everything = json.loads(
        _cli(sqlite_url, "inquiry", "list", "--json", *sign_in, stdin=password).stdout
    )
    days = Counter(datetime.fromisoformat(i["received_at"]).astimezone().date() for i in everything)
    day = days.most_common(1)[0][0]
    iso = _cli(sqlite_url, "inquiry", "list", "--json", "--from", day.isoformat(),
               "--to", day.isoformat(), *sign_in, stdin=password)
    danish = _cli(sqlite_url, "inquiry", "list", "--json", "--from", day.strftime("%d.%m.%Y"),
                  "--to", day.strftime("%d.%m.%Y"), *sign_in, stdin=password)
    assert iso.returncode == danish.returncode == 0, iso.stderr + danish.stderr
    assert json.loads(iso.stdout) == json.loads(danish.stdout)
    assert len(json.loads(iso.stdout)) == days[day]
    empty = _cli(sqlite_url, "inquiry", "list", "--json", "--from", "2100-01-01", *sign_in,
                 stdin=password)
    assert empty.returncode == 0 and json.loads(empty.stdout) == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("inquiry", "add"), "Choose a category."),
        (("inquiry", "add", "--category", ""), "Choose a category."),
        (("inquiry", "add", "--category", "bolig.findes-ikke"), "no category with the code"),
        (("inquiry", "add", "--category", "bolig", "--text", "x" * (MAX_DESCRIPTION + 1)),
         f"at most {MAX_DESCRIPTION} are allowed"),
        (("inquiry", "add", "--category", "bolig", "--text", "Hun har cpr 010190-1234"),
         "looks like a CPR number"),
        (("inquiry", "add", "--category", "bolig", "--channel", "fax"), "fax is not one of"),
        (("inquiry", "add", "--category", "bolig", "--resident", "99999"),
         "no resident with number 99999"),
        (("inquiry", "add", "--category", "bolig", "--resident", "x1"), "x1 is not one"),
        (("inquiry", "add", "--category", "bolig", "--urgency", "asap"), "asap is not one of"),
        (("inquiry", "list", "--from", "2025-02-30"), "2025-02-30 is not a date"),
        (("inquiry", "list", "--to", "31/12/2025"), "31/12/2025 is not a date"),
        (("inquiry", "list", "--from", "2025-03-02", "--to", "01.03.2025"),
         "end of the period must come after its start"),
        (("tally", "bolig.findes-ikke"), "no category with the code"),
        (("tally", "bolig", "--channel", "brev"), "brev is not one of"),
        (("resident", "search", "0101901234"), "looks like a CPR number"),
    ],
)
def test_bad_input_is_one_line_and_saves_nothing(
    sqlite_desk: str, args: tuple[str, ...], expected: str
) -> None:
    before = _counts(sqlite_desk)
    sign_in, password = _as("frida")
    assert expected in _one_line(_cli(sqlite_desk, *args, *sign_in, stdin=password))
    assert _counts(sqlite_desk) == before


def test_bad_input_in_danish(sqlite_desk: str) -> None:
    sign_in, password = _as("frida")
    line = _one_line(_cli(sqlite_desk, "inquiry", "list", "--from", "i går", *sign_in,
                          stdin=password, lang="da"))
    assert "i går" in line and "is not a date" not in line


def test_personal_data_needs_a_signed_in_staff_member(sqlite_desk: str) -> None:
    for args in (("inquiry", "list"), ("inquiry", "add", "--category", "bolig"),
                 ("resident", "search", "mette"), ("tally", "bolig")):
        line = _one_line(_cli(sqlite_desk, *args, "--password-stdin", stdin=f"{PASSWORD}\n"))
        assert "staff username" in line
    wrong = _cli(sqlite_desk, "inquiry", "list", "--user", "frida", "--password-stdin",
                 stdin="forkert-kodeord\n")
    assert "Wrong username or password" in _one_line(wrong)


def test_a_cpr_like_search_is_not_logged(sqlite_desk: str) -> None:
    sign_in, password = _as("frida")
    _one_line(_cli(sqlite_desk, "resident", "search", "010190-1234", *sign_in, stdin=password))
    db = open_database(sqlite_desk)
    with db.begin() as s:
        details = s.scalars(select(m.AuditEvent.detail)).all()
    db.dispose()
    assert not any("010190" in (detail or "") for detail in details)
