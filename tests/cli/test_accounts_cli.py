"""Staff accounts and the audit trail from the command line, through the CLI's entry function."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli

ADMIN_PW = "et-langt-kodeord"
MANAGER_PW = "mettes-kodeord1"


def _cli(url: str, *args: str, stdin: str | None = None):
    return run_cli("--lang", "en", *args, env={"REFERRAL_APP_DATABASE_URL": url}, input=stdin)


@pytest.fixture
def staffed(db_url: str) -> str:
    first = _cli(db_url, "user", "add", "anne", "--role", "admin", "--full-name", "Anne Admin",
                 "--password-stdin", stdin=f"{ADMIN_PW}\n")
    assert first.returncode == 0, first.stderr
    second = _cli(db_url, "user", "add", "mette", "--role", "manager", "--full-name", "Mette Manager",
                  "--user", "anne", "--password-stdin", stdin=f"{ADMIN_PW}\n{MANAGER_PW}\n")
    assert second.returncode == 0, second.stderr
    return db_url


def test_first_account_without_sign_in_must_be_admin(sqlite_url: str) -> None:
    result = _cli(sqlite_url, "user", "add", "bo", "--role", "front_desk", "--password-stdin", stdin=f"{ADMIN_PW}\n")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "administrator" in result.stderr


def test_list_users_as_json(staffed: str) -> None:
    result = _cli(staffed, "user", "list", "--json", "--user", "anne", "--password-stdin", stdin=f"{ADMIN_PW}\n")
    assert result.returncode == 0, result.stderr
    users = json.loads(result.stdout)
    assert [(u["username"], u["role"], u["active"]) for u in users] == [
        ("anne", "admin", True), ("mette", "manager", True)]


def test_deactivate_and_reset_password(staffed: str) -> None:
    off = _cli(staffed, "user", "deactivate", "mette", "--user", "anne", "--password-stdin", stdin=f"{ADMIN_PW}\n")
    assert off.returncode == 0, off.stderr
    refused = _cli(staffed, "audit", "list", "--as", "mette", "--password-stdin", stdin=f"{MANAGER_PW}\n")
    assert refused.returncode == 2 and "deactivated" in refused.stderr
    on = _cli(staffed, "user", "activate", "mette", "--user", "anne", "--password-stdin", stdin=f"{ADMIN_PW}\n")
    assert on.returncode == 0
    reset = _cli(staffed, "user", "reset-password", "mette", "--user", "anne", "--password-stdin",
                 stdin=f"{ADMIN_PW}\nnyt-kodeord-42\n")
    assert reset.returncode == 0, reset.stderr
    ok = _cli(staffed, "audit", "list", "--as", "mette", "--password-stdin", stdin="nyt-kodeord-42\n")
    assert ok.returncode == 0, ok.stderr


def test_audit_list_json_has_the_promised_fields(staffed: str) -> None:
    result = _cli(staffed, "audit", "list", "--json", "--as", "mette", "--password-stdin", stdin=f"{MANAGER_PW}\n")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert entries and all({"at", "user", "action", "entity", "entity_id", "purpose"} <= e.keys() for e in entries)
    assert ("anne", "create", "staff_user") in {(e["user"], e["action"], e["entity"]) for e in entries}
    filtered = _cli(staffed, "audit", "list", "--json", "--user", "anne", "--action", "login",
                    "--as", "mette", "--password-stdin", stdin=f"{MANAGER_PW}\n")
    assert {(e["user"], e["action"]) for e in json.loads(filtered.stdout)} == {("anne", "login")}


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (("user", "list", "--user", "anne", "--password-stdin"), "forkert-kodeord\n", "Wrong username or password"),
        (("user", "list", "--user", "nobody", "--password-stdin"), f"{ADMIN_PW}\n", "Wrong username or password"),
        (("user", "add", "x", "--role", "boss", "--user", "anne", "--password-stdin"), f"{ADMIN_PW}\nabcdefghijk\n",
         "no role called boss"),
        (("user", "add", "x", "--role", "front_desk", "--user", "anne", "--password-stdin"), f"{ADMIN_PW}\nkort\n",
         "at least 10"),
        (("user", "list", "--user", "mette", "--password-stdin"), f"{MANAGER_PW}\n", "may not"),
        (("audit", "list", "--as", "anne", "--from", "2026-13-01", "--password-stdin"), f"{ADMIN_PW}\n",
         "is not a date"),
        (("audit", "list", "--as", "anne", "--from", "2026-11-02", "--to", "2026-11-01", "--password-stdin"),
         f"{ADMIN_PW}\n", "after its start"),
        (("user", "list"), None, "staff username"),
        (("user", "list", "--user", "anne"), None, "--password-stdin"),
    ],
)
def test_bad_input_is_one_clear_line(staffed: str, args, stdin, expected: str) -> None:
    result = _cli(staffed, *args, stdin=stdin)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "Traceback" not in result.stderr


def test_messages_are_danish_by_default(staffed: str) -> None:
    result = run_cli("user", "list", "--user", "anne", "--password-stdin",
                     env={"REFERRAL_APP_DATABASE_URL": staffed}, input="forkert-kodeord\n")
    assert result.returncode == 2 and "Forkert brugernavn eller adgangskode" in result.stderr
