"""`directory export|import|show` as a script would run them (in this process,
one refusal in a child process to prove the exit status):
HSDS files out and in, a dry run that writes nothing, the specification's
example listed by `directory list --json`, and bad input refused with one
line naming the file, exit status 2 and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.services.database import open_database
from tests.cli.inprocess import run_main
from tests.conftest import run_cli
from tests.services.staff import PASSWORD, make_staff

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "hsds" / "examples"


def _cli(url: str, *args: str, stdin: str = "", lang: str = "en"):
    return run_main("--lang", lang, *args, env={"REFERRAL_APP_DATABASE_URL": url}, stdin=stdin)


def _import(url: str, path: Path, *more: str, user: str = "kirsten", lang: str = "en"):
    return _cli(url, "directory", "import", str(path), *more, "--user", user, "--password-stdin",
                stdin=f"{PASSWORD}\n", lang=lang)


def _services(url: str) -> int:
    db = open_database(url)
    try:
        with db.begin() as s:
            return s.scalar(select(func.count()).select_from(m.Service))
    finally:
        db.dispose()


@pytest.fixture
def staffed(db_url: str) -> str:
    db = open_database(db_url)
    with db.begin() as s:
        make_staff(s, Role.COORDINATOR, "kirsten")
        make_staff(s, Role.FRONT_DESK, "frida")
    db.dispose()
    return db_url


def test_show_names_the_opening_days_in_the_users_language(staffed: str) -> None:
    """HSDS stores days as "TH,FR"; a person reading `directory show` gets weekday names."""
    assert _import(staffed, EXAMPLES / "service_full.json").returncode == 0
    number = str(json.loads(_cli(staffed, "directory", "show", "ac148810-d857-441c-9679-408f346de14b",
                                 "--json").stdout)["number"])
    english = _cli(staffed, "directory", "show", number)
    danish = _cli(staffed, "directory", "show", number, lang="da")
    assert english.returncode == 0 and danish.returncode == 0, english.stderr + danish.stderr
    assert "  Thursday, Friday " in english.stdout
    assert "  Torsdag, Fredag " in danish.stdout
    assert "TH,FR" not in english.stdout + danish.stdout


def test_export_then_dry_run_then_import_of_the_spec_example(staffed: str, tmp_path: Path) -> None:
    exported = _cli(staffed, "directory", "export", "--format", "hsds-json", "-o", str(tmp_path / "dir.json"))
    assert exported.returncode == 0, exported.stderr
    services = json.loads((tmp_path / "dir.json").read_text(encoding="utf-8"))
    assert f"Wrote {len(services)} services" in exported.stdout

    tabular = _cli(staffed, "directory", "export", "--format", "hsds-csv", "-o", str(tmp_path / "csv"))
    assert tabular.returncode == 0, tabular.stderr
    assert (tmp_path / "csv" / "datapackage.json").is_file() and (tmp_path / "csv" / "schedules.csv").is_file()

    before = _services(staffed)
    dry = _import(staffed, EXAMPLES / "service_full.json", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Dry run of service_full.json: nothing was written." in dry.stdout
    assert "services: 1 added, 0 changed, 0 unchanged" in dry.stdout
    assert "+ Community Counselling" in dry.stdout
    assert _services(staffed) == before

    done = _import(staffed, EXAMPLES / "service_full.json", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["dry_run"] is False and summary["unmapped_terms"] == ["name"]
    assert {"kind": "service", "name": "Community Counselling"} in summary["added"]
    assert _services(staffed) == before + 1

    listed = _cli(staffed, "directory", "list", "--json", "--search", "Community Counselling")
    assert listed.returncode == 0, listed.stderr
    names = [svc["name"] for org in json.loads(listed.stdout) for svc in org["services"]]
    assert names == ["Community Counselling"]

    shown = _cli(staffed, "directory", "show", "ac148810-d857-441c-9679-408f346de14b", "--json")
    assert shown.returncode == 0, shown.stderr
    service = json.loads(shown.stdout)
    assert service["fees_description"].endswith("up to date prices.")
    as_text = _cli(staffed, "directory", "show", str(service["number"]))
    assert "Community Counselling (Example Organization Inc.)" in as_text.stdout
    assert "1-30 Main Street, ABC 1234 MyCity" in as_text.stdout

    terms = _cli(staffed, "directory", "terms")
    assert "name [taxonomy] -> (not mapped: does not route) (1)" in terms.stdout
    mapped = _cli(staffed, "directory", "map-term", "3f7b145d-84af-42d7-8fae-eaca714b02b2", "sundhed",
                  "--user", "kirsten", "--password-stdin", stdin=f"{PASSWORD}\n")
    assert mapped.returncode == 0, mapped.stderr
    assert "1 services route by it now" in mapped.stdout
    listed_terms = json.loads(_cli(staffed, "directory", "terms", "--json").stdout)
    assert [(t["name"], t["maps_to"]) for t in listed_terms] == [("name", "sundhed")]

    tab = _import(staffed, EXAMPLES / "tabular")
    assert tab.returncode == 0, tab.stderr
    # the tabular example has the same service with fewer details: matched by id, changed
    assert "services: 0 added, 1 changed, 0 unchanged" in tab.stdout


def _one_line(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_bad_input_is_refused_with_one_line_and_nothing_written(sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    with db.begin() as s:
        make_staff(s, Role.COORDINATOR, "kirsten")
        make_staff(s, Role.FRONT_DESK, "frida")
    db.dispose()
    before = _services(sqlite_url)

    bad = tmp_path / "partner.json"
    bad.write_text(json.dumps([{"id": "8d7a3b1e-2c4f-4a5b-9c6d-7e8f9a0b1c2d", "name": "Sprogcafé",
                                "status": "closed", "organization": {
                                    "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "name": "X", "description": ""}}]),
                   encoding="utf-8")
    process = run_cli("--lang", "en", "directory", "import", str(bad), "--user", "kirsten", "--password-stdin",
                      env={"REFERRAL_APP_DATABASE_URL": sqlite_url}, input=f"{PASSWORD}\n")
    line = _one_line(process)
    assert "partner.json, item 1: the field status must be active, inactive, defunct or temporarily closed" in line

    no_package = tmp_path / "folder"
    no_package.mkdir()
    assert "has no datapackage.json" in _one_line(_import(sqlite_url, no_package))

    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(b'[{"name": "K\xf8kken"}]')
    assert "latin1.json is not UTF-8 text" in _one_line(_import(sqlite_url, latin1))

    refused = _one_line(_import(sqlite_url, EXAMPLES / "service_full.json", user="frida"))
    assert "edit the directory" in refused

    missing = _one_line(_cli(sqlite_url, "directory", "show", "999999"))
    assert "There is no service with number or HSDS id 999999" in missing

    assert _services(sqlite_url) == before
