"""Random command lines for every CLI command, run in this process.

Every leaf command of the real parser gets its own property test: its
options and positionals filled with values from a hostile pool (huge ids,
dates from year 1 to 9999, text with line breaks, lone surrogates, CPR
numbers, paths to the live database, folders, devices, very long names)
and a password on standard input that is right, wrong or not UTF-8. Asserted
for every example: exit status 0 or 2, never a traceback, a refusal is one
line on standard error, a refusal leaves no file in the output folder and
no new rows in the data tables, and the database is still a database.

To spend the time on the arguments, three slow and unrelated parts are made
cheap for these tests only: the parser is built once, the argon2 password
check compares with the test password, and the directory is not reloaded on
each start (the database is prepared once).
"""

from __future__ import annotations

import argparse
import functools
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli.inprocess import run_main
from tests.cpr_samples import CPR_VARIANTS
from tests.services.staff import PASSWORD, password_hash

DATA_TABLES = ("resident", "inquiry", "referral", "consent", "tally", "service", "organization")
USERS = {"anna": "admin", "carl": "coordinator", "frida": "front_desk", "mette": "manager"}


def _leaf_commands() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    from referral_app.cli import build_parser

    found: list[tuple[tuple[str, ...], argparse.ArgumentParser]] = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            found.append((path, parser))
            return
        for name, child in subs[0].choices.items():
            walk(child, (*path, name))

    walk(build_parser(), ())
    return found


COMMANDS = {" ".join(path): parser for path, parser in _leaf_commands()}


@dataclass
class Setup:
    url: str
    db_path: Path
    out: Path
    existing: Path


@pytest.fixture(scope="module")
def fuzz_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The migrated template with staff in every role, a resident, an inquiry and a referral."""
    from referral_app.domain.enums import Role
    from referral_app.domain.inquiries import InquiryDraft
    from referral_app.domain.residents import ResidentDraft
    from referral_app.services import intake, referrals, residents
    from referral_app.services.database import open_database
    from tests.services.staff import make_staff

    path = tmp_path_factory.mktemp("fuzz") / "template.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.begin() as s:
            staff = {name: make_staff(s, Role(role), name) for name, role in USERS.items()}
            resident = residents.create(s, staff["frida"], ResidentDraft(full_name="Mette Jensen", phone="20123456"))
            inquiry = intake.log_inquiry(s, staff["frida"], InquiryDraft(
                category_code="bolig.vedligehold", description="Skimmel", resident_id=resident.id))
            from sqlalchemy import select

            from referral_app.db import models as m

            service = s.scalars(select(m.Service.id).where(m.Service.status == "active")).first()
            referrals.create(s, staff["frida"], inquiry.id, service)
    finally:
        db.dispose()
    conn = sqlite3.connect(path)  # everything into the main file, so a copy of it is complete
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


@pytest.fixture
def setup(fuzz_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          request: pytest.FixtureRequest) -> Iterator[Setup]:
    from referral_app import cli
    from referral_app.commands.base import Context
    from referral_app.services import accounts

    db_path = tmp_path / "app.sqlite3"
    shutil.copyfile(fuzz_template, db_path)
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "existing.pdf"
    existing.write_bytes(b"an earlier file")
    monkeypatch.setattr(cli, "build_parser", functools.cache(cli.build_parser))
    monkeypatch.setattr(accounts, "_verify", lambda _hash, password: password == PASSWORD)
    known = password_hash()
    monkeypatch.setattr(accounts, "hash_password", lambda _password: known)
    monkeypatch.chdir(out)  # relative paths ("2026-Q3", "carl") land in the output folder
    if request.node.callspec.params.get("command") != "db upgrade":  # that one is about preparing
        monkeypatch.setattr(Context, "prepare", lambda self, db: None)
    yield Setup(f"sqlite:///{db_path}", db_path, out, existing)


# --- values ---------------------------------------------------------------------------------------

def _surrogates() -> st.SearchStrategy[str]:
    return st.binary(min_size=1, max_size=12).map(lambda b: (b + b"\xff").decode("utf-8", "surrogateescape"))


def values(s: Setup) -> st.SearchStrategy[str]:
    db = str(s.db_path)
    paths = st.sampled_from([
        str(s.out / "new.pdf"), str(s.out / "new.csv"), str(s.out / "ny fil.json"), str(s.existing), db,
        f"{db}-wal", f"{db}-shm", f"{db}-journal", str(s.db_path.parent / "out" / ".." / s.db_path.name),
        str(s.out), str(s.out) + "/", "/proc/self/status", "/dev/null", "", " ", "x" * 300,
        str(s.out / ("a/" * 2100)), str(s.out / "two\nlines.pdf"), str(s.out / "missing" / "r.pdf"),
        str(s.out / "0101901234.pdf"),
    ])
    numbers = st.one_of(
        st.integers(min_value=-10, max_value=10).map(str),
        st.integers(min_value=2**62, max_value=2**70).map(str),
        st.sampled_from([str(2**63 - 1), str(2**63), "1e9", "0x10", " 1 ", "１", "٣", "-0", "+1", "1_000"]),
    )
    days = st.one_of(
        st.dates().map(lambda d: d.isoformat()),
        st.dates().map(lambda d: d.strftime("%d.%m.%Y")),
        st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-29", "31.12.9999", "2026-13-01"]),
    )
    periods = st.one_of(
        st.integers(min_value=0, max_value=9999).map(lambda y: f"{y:04d}"),
        st.tuples(st.integers(0, 9999), st.integers(0, 5)).map(lambda t: f"{t[0]:04d}-Q{t[1]}"),
        st.tuples(st.integers(0, 9999), st.integers(0, 13)).map(lambda t: f"{t[0]:04d}-{t[1]:02d}"),
    )
    words = st.sampled_from(["carl", "anna", "frida", "mette", "admin", "coordinator", "front_desk", "manager",
                             "completed", "sent", "declined", "bolig.vedligehold", "walk_in", "phone", "da", "en",
                             "pdf", "json", "hsds-json", "hsds-csv", ";", "tab", "oslo", "Høje Gladsaxe 34"])
    texts = st.one_of(
        st.text(max_size=40),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=12).map(lambda t: f"{t}\n{t}"),
        st.sampled_from(CPR_VARIANTS),
        _surrogates(),
        st.sampled_from(["\u2028", "\x1c", "\r\n", "--", "-h", "--help", "-", "%s", "{value}", "'", '"', "\\"]),
    )
    return st.one_of(words, numbers, days, periods, paths, texts)


def _option_value(action: argparse.Action, pool: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    if action.choices:
        return st.one_of(st.sampled_from([str(c) for c in action.choices]), pool)
    return pool


@st.composite
def command_line(draw: st.DrawFn, command: str, s: Setup) -> list[str]:
    parser = COMMANDS[command]
    pool = values(s)
    argv = ["--lang", draw(st.sampled_from(["en", "da"])), *command.split()]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:  # a positional
            if action.nargs == "?" and draw(st.booleans()):
                continue
            argv.append(draw(_option_value(action, pool)))
            continue
        if action.dest in ("signin_user", "password_stdin"):
            continue
        if not draw(st.integers(0, 2)):  # each option in about two of three examples
            continue
        flag = draw(st.sampled_from(action.option_strings))
        if action.nargs == 0:
            argv.append(flag)
        else:
            argv += [flag, draw(_option_value(action, pool))]
    signin = [a for a in parser._actions if a.dest == "signin_user"]
    if signin and draw(st.integers(0, 5)):
        argv += [signin[0].option_strings[0], draw(st.one_of(st.sampled_from(sorted(USERS)), pool)),
                 "--password-stdin"]
    if not draw(st.integers(0, 7)):  # now and then a stray token
        argv.insert(draw(st.integers(3, len(argv))), draw(pool))
    return argv


def passwords() -> st.SearchStrategy[bytes]:
    """Standard input: the right password (twice, for commands that ask again), wrong, or not UTF-8."""
    return st.one_of(
        st.just(f"{PASSWORD}\n{PASSWORD}\n".encode()),
        st.just(f"{PASSWORD}\r\n".encode()),
        st.binary(max_size=20),
        st.text(max_size=20).map(lambda t: f"{t}\n".encode("utf-8", "surrogatepass")),
        st.just(b""),
    )


def _rows(db_path: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in DATA_TABLES)
    finally:
        conn.close()


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def check_one_run(s: Setup, argv: list[str], stdin: bytes) -> None:
    before_files, before_rows = _files(s.out), _rows(s.db_path)
    result = run_main(*argv, stdin=stdin, env={"REFERRAL_APP_DATABASE_URL": s.url})
    assert "Traceback" not in result.stderr, (argv, result.stderr)
    assert result.returncode in (0, 2), (argv, result.returncode, result.stderr)
    if result.returncode == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("referral-app: "), (argv, result.stderr)
        assert _files(s.out) == before_files, (argv, result.stderr)
        assert _rows(s.db_path) == before_rows, (argv, result.stderr)
    assert not [name for name in _files(s.out) if name.rsplit("/", 1)[-1].startswith((".fi-", ".backup-"))], argv
    with s.db_path.open("rb") as handle:
        assert handle.read(16) == b"SQLite format 3\x00", argv


# ``demo`` fills an empty database (this one is not) and ``db restore`` is
# fuzzed with the files in the pool too; every leaf command is a target.
@pytest.mark.parametrize("command", sorted(COMMANDS))
@given(data=st.data())
def test_any_command_line_exits_0_or_2_with_one_line(setup: Setup, command: str, data: st.DataObject) -> None:
    argv = data.draw(command_line(command, setup), label="argv")
    stdin = data.draw(passwords(), label="stdin")
    check_one_run(setup, argv, stdin)
