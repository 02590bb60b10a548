"""Whatever is typed, the command line answers with one line and exit status
2, or does its job: ids and dates out of range, arguments and standard input
that are not UTF-8, passwords with unusual characters, values with line
breaks, a missing database file, output piped into ``head``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.inprocess import run_main
from tests.conftest import ROOT
from tests.services.staff import PASSWORD, make_staff

BIG = str(2**63)


@pytest.fixture
def url(sqlite_url: str) -> str:
    from referral_app.domain.enums import Role
    from referral_app.services.database import open_database

    db = open_database(sqlite_url)
    try:
        with db.begin() as s:
            make_staff(s, Role.COORDINATOR, "carl")
            make_staff(s, Role.ADMIN, "anna")
            make_staff(s, Role.FRONT_DESK, "frida")
    finally:
        db.dispose()
    return sqlite_url


def _run(url: str, *args: str, stdin: bytes | str = f"{PASSWORD}\n", lang: str = "en"):
    return run_main("--lang", lang, *args, stdin=stdin, env={"REFERRAL_APP_DATABASE_URL": url})


def _refused(result, *expected: str) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


SIGN_IN = ("--user", "carl", "--password-stdin")


@pytest.mark.parametrize("args", [
    ("report", "slip", BIG, "-o", "x.pdf", *SIGN_IN),
    ("report", "case", "99999999999999999999999", "-o", "x.pdf", *SIGN_IN),
    ("referral", "move", BIG, "completed", *SIGN_IN),
    ("referral", "move", "1", "completed", "--expected-version", BIG, *SIGN_IN),
    ("resident", "export", BIG, "-o", "x.json", *SIGN_IN),
    ("resident", "erase", "-1", *SIGN_IN),
    ("resident", "erase", "0", *SIGN_IN),
    ("audit", "list", "--resident", BIG, "--as", "anna", "--password-stdin"),
    ("report", "slip", "１２", "-o", "x.pdf", *SIGN_IN),  # full-width digits are not an id either
])
def test_ids_out_of_range_are_one_line(url: str, args: tuple[str, ...]) -> None:
    _refused(_run(url, *args), "not a record number")


@pytest.mark.parametrize("args", [
    ("inquiry", "add", "--category", "bolig", "--resident", "⁰", *SIGN_IN),
    ("inquiry", "add", "--category", "bolig", "--resident", "①②", *SIGN_IN),
    ("report", "case", "1", "--recipient", "²", "-o", "x.pdf", *SIGN_IN),
    ("suggest", "skimmel i badet", "--age", "²"),
    ("suggest", "skimmel i badet", "--limit", "-①"),
])
def test_digits_int_cannot_read_are_one_line(url: str, args: tuple[str, ...]) -> None:
    """Found by the long fuzz run: ``inquiry add --resident ⁰`` ended in a
    traceback (str.isdigit() accepts superscript digits, int() does not)."""
    _refused(_run(url, *args))


@pytest.mark.parametrize("args", [
    ("stats", "--period", "9999-Q4", *SIGN_IN),
    ("stats", "--period", "0001", *SIGN_IN),
    ("stats", "--from", "0001-01-01", "--to", "0001-12-31", *SIGN_IN),
    ("stats", "--from", "9999-12-01", "--to", "9999-12-31", *SIGN_IN),
    ("audit", "list", "--from", "0001-01-01", "--as", "anna", "--password-stdin"),
    ("audit", "list", "--to", "9999-12-31", "--as", "anna", "--password-stdin"),
    ("inquiry", "list", "--from", "0001-01-01", *SIGN_IN),
    ("inquiry", "list", "--to", "31.12.9999", *SIGN_IN),
    ("export", "inquiries", "--period", "9999-12", "-o", "x.csv", *SIGN_IN),
])
def test_dates_out_of_range_are_one_line(url: str, args: tuple[str, ...]) -> None:
    _refused(_run(url, *args), "outside the dates")


def test_the_bounds_answer_in_danish_too(url: str) -> None:
    """One line in Danish as well (the Danish wording comes with the merged catalogue)."""
    line = _refused(_run(url, "report", "slip", BIG, "-o", "x.pdf", *SIGN_IN, lang="da"))
    assert BIG in line and line.startswith("referral-app: ")
    _refused(_run(url, "stats", "--period", "9999-Q4", *SIGN_IN, lang="da"), "9999-10-01")


def test_arguments_that_are_not_utf8_are_one_line(url: str) -> None:
    bad = b"M\xf8lle".decode("utf-8", "surrogateescape")  # Latin-1 "Mølle" from an old terminal
    for args in (("resident", "search", bad, *SIGN_IN), ("report", "stats", "--period", "2025", "-o",
                                                          f"/tmp/{bad}.pdf", *SIGN_IN),
                 ("audit", "list", "--user", bad, "--as", "anna", "--password-stdin")):
        line = _refused(_run(url, *args), "not valid UTF-8")
        assert "\\udcf8" in line  # the byte is shown, not printed raw


def test_a_password_on_standard_input_that_is_not_utf8_is_one_line(url: str) -> None:
    _refused(_run(url, "stats", "--period", "2025", *SIGN_IN, stdin=b"korrekt-hest-\xff\n"), "not UTF-8")


def test_a_password_keeps_every_character_but_the_line_break(empty_sqlite_url: str) -> None:
    """\\x1c and \\u2028 are line breaks to str.splitlines, not to a password."""
    password = "fil\x1cseparator\u2028og\x85mere"
    made = run_main("--lang", "en", "user", "add", "root", "--role", "admin", "--full-name", "Rita Root",
                    "--password-stdin", stdin=f"{password}\n{password}\r\n",
                    env={"REFERRAL_APP_DATABASE_URL": empty_sqlite_url})
    assert made.returncode == 0, made.stderr
    listed = run_main("--lang", "en", "user", "list", "--user", "root", "--password-stdin",
                      stdin=f"{password}\n", env={"REFERRAL_APP_DATABASE_URL": empty_sqlite_url})
    assert listed.returncode == 0 and "root" in listed.stdout, listed.stderr
    cut = run_main("--lang", "en", "user", "list", "--user", "root", "--password-stdin",
                   stdin="fil\n", env={"REFERRAL_APP_DATABASE_URL": empty_sqlite_url})
    _refused(cut, "Wrong username or password")


@pytest.mark.parametrize("args", [
    ("stats", "--period", "2026\nQ1", *SIGN_IN),
    ("audit", "list", "--from", "1.1.\r\n2026", "--as", "anna", "--password-stdin"),
    ("inquiry", "add", "--category", "bolig\nvedligehold", *SIGN_IN),
    ("report", "stats", "--period", "2025", "-o", "/tmp/two\nlines.pdf", *SIGN_IN),
    ("referral", "list", "--status", "done\u2028now", *SIGN_IN),
    ("directory", "list", "--bogus\nflag"),
])
def test_a_value_with_a_line_break_gives_one_line(url: str, args: tuple[str, ...]) -> None:
    line = _refused(_run(url, *args))
    assert "\\n" in line or "\\u2028" in line or "\\r" in line


def test_db_current_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here.sqlite3"
    result = run_main("--lang", "en", "--database-url", f"sqlite:///{missing}", "db", "current")
    _refused(result, "no database")
    assert list(tmp_path.iterdir()) == []


def test_output_piped_into_head_ends_quietly(url: str) -> None:
    """A real process: ``referral-app directory list --json | head -c 100``."""
    import os

    env = {**os.environ, "REFERRAL_APP_DATABASE_URL": url}
    child = subprocess.Popen([sys.executable, "-m", "referral_app", "directory", "list", "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.read(100)
    child.stdout.close()  # what head does once it has enough
    err = child.stderr.read().decode()
    assert child.wait(timeout=120) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err and err == ""
