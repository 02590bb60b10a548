"""`referral-app inquiry correct`, `resident edit` and `resident merge`
through the CLI's entry function: the same services and rules as the window,
and exit status 2 with one line on bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.services import intake, residents
from referral_app.services.database import open_database
from tests.conftest import run_cli
from tests.cpr_samples import CPR_VARIANTS
from tests.services.staff import PASSWORD, make_staff


@pytest.fixture
def case(sqlite_url: str) -> dict[str, int]:
    db = open_database(sqlite_url)
    with db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        make_staff(s, Role.FRONT_DESK, "otto")
        make_staff(s, Role.COORDINATOR, "carl")
        gitte = residents.create(s, front, ResidentDraft("Gitte Hansen", phone="31224455")).id
        twin = residents.create(s, front, ResidentDraft("Gitte Hansén", email="gitte@example.dk")).id
        inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid", description="MitID",
                                                            resident_id=twin)).id
    db.dispose()
    return {"gitte": gitte, "twin": twin, "inquiry": inquiry}


def _cli(url: str, *args: str, user: str = "frida"):
    return run_cli("--lang", "en", *args, "--user", user, "--password-stdin",
                   env={"REFERRAL_APP_DATABASE_URL": url}, input=f"{PASSWORD}\n")


def _row(url: str, model, row_id: int):
    db = open_database(url)
    try:
        with db.begin() as s:
            row = s.get(model, row_id)
            s.expunge(row)
            return row
    finally:
        db.dispose()


def test_inquiry_correct(sqlite_url: str, case: dict[str, int]) -> None:
    done = _cli(sqlite_url, "inquiry", "correct", str(case["inquiry"]), "--category", "bolig.vedligehold",
                "--channel", "phone", "--resident", "-")
    assert done.returncode == 0, done.stderr
    assert f"Inquiry {case['inquiry']} corrected" in done.stdout
    row = _row(sqlite_url, m.Inquiry, case["inquiry"])
    assert (row.channel, row.resident_id, row.description) == ("phone", None, "MitID")  # the rest kept
    again = _cli(sqlite_url, "inquiry", "correct", str(case["inquiry"]), "--channel", "phone")
    assert again.returncode == 0 and "nothing was changed" in again.stdout


@pytest.mark.parametrize(("args", "user", "words"), [
    (("--text", f"CPR {CPR_VARIANTS[0]}"), "frida", "CPR"),
    (("--channel", "pigeon"), "frida", "not one of the choices"),
    ((), "frida", "Nothing to correct"),
    (("--channel", "phone"), "otto", "Only the staff member who logged"),
    (("--resident", "abc"), "frida", "resident"),
])
def test_inquiry_correct_refuses_bad_input(sqlite_url: str, case: dict[str, int], args, user, words) -> None:
    refused = _cli(sqlite_url, "inquiry", "correct", str(case["inquiry"]), *args, user=user)
    assert refused.returncode == 2 and words in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert _row(sqlite_url, m.Inquiry, case["inquiry"]).version == 1


def test_resident_edit_and_merge(sqlite_url: str, case: dict[str, int]) -> None:
    edited = _cli(sqlite_url, "resident", "edit", str(case["gitte"]), "--address", "Høje Gladsaxe 34, 3. tv",
                  "--phone", "-", "--birth-year", "1961")
    assert edited.returncode == 0, edited.stderr
    row = _row(sqlite_url, m.Resident, case["gitte"])
    assert (row.street, row.house_number, row.unit, row.phone, row.birth_year, row.full_name) == (
        "Høje Gladsaxe", "34", "3. tv", None, 1961, "Gitte Hansen")
    refused = _cli(sqlite_url, "resident", "merge", str(case["gitte"]), str(case["twin"]), "--take", "name")
    assert refused.returncode == 2 and "not one of the choices" in refused.stderr
    denied = _cli(sqlite_url, "resident", "merge", str(case["gitte"]), str(case["twin"]))
    assert denied.returncode == 2 and "may not" in denied.stderr
    merged = _cli(sqlite_url, "resident", "merge", str(case["gitte"]), str(case["twin"]), "--take",
                  "full_name,email", user="carl")
    assert merged.returncode == 0, merged.stderr
    kept = _row(sqlite_url, m.Resident, case["gitte"])
    assert (kept.full_name, kept.email) == ("Gitte Hansén", "gitte@example.dk")
    assert _row(sqlite_url, m.Inquiry, case["inquiry"]).resident_id == case["gitte"]
    assert _row(sqlite_url, m.Resident, case["twin"]).merged_into_id == case["gitte"]
    bad = _cli(sqlite_url, "resident", "edit", str(case["gitte"]), "--birth-year", "84")
    assert bad.returncode == 2 and "four digits" in bad.stderr
    db = open_database(sqlite_url)
    with db.begin() as s:
        actions = s.scalars(select(m.AuditEvent.action).where(m.AuditEvent.entity == "resident")).all()
    db.dispose()
    assert "merge" in actions and "update" in actions
