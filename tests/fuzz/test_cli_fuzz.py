"""Random command lines for every CLI command, run in this process.

Every leaf command of the real parser gets its own property test: its
options and positionals filled with values from a hostile pool (huge ids,
dates from year 1 to 9999, text with line breaks, lone surrogates, CPR
numbers, paths to the live database, folders, devices, very long names)
and a password on standard input that is right, wrong or not UTF-8. Each
example runs ``referral_app.__main__.main`` itself, which opens the database
through the real engine like a process would. Asserted for every example:
exit status 0 or 2, never a traceback, a refusal is one line on standard
error, a refusal leaves no file in the output folder and no new rows in the
data tables, and the database is still a database.

The harness costs a few milliseconds per example so that a few hundred
examples per command fit in the suite (``--hypothesis-profile=long`` runs
10,000): one workspace per test module (a migrated database with staff,
a resident, an inquiry and a referral; an output folder with one earlier
file) and the strategies are built once; before each example the workspace
is put back as it was: the database file is copied from the template only
when an earlier example changed it (a write, a failed sign-in counted), and
files an earlier example saved are removed, so no example sees another's
writes or lockouts. Three slow and unrelated parts are made cheap: the
parser is built once, the argon2 password check compares with the test
password, and the directory is not reloaded on each start (the database is
prepared once; ``db upgrade`` still prepares for real).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli.inprocess import run_main
from tests.cpr_samples import CPR_VARIANTS
from tests.services.staff import PASSWORD, password_hash

DATA_TABLES = ("resident", "inquiry", "referral", "consent", "tally", "service", "organization")
COUNT_ROWS = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{table}")' for table in DATA_TABLES)
USERS = {"anna": "admin", "carl": "coordinator", "frida": "front_desk", "mette": "manager"}
SIDE_FILES = ("-wal", "-shm", "-journal")
EARLIER_FILE = b"an earlier file"
# Put on the workspace's files after each reset: any later write moves the
# time to now, however coarse the file system's clock (a write in the same
# clock tick as the copy would otherwise go unnoticed).
LONG_AGO_NS = 1_000_000_000 * 1_000_000_000


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


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _rows(db_path: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(db_path)  # not read-only: that one would leave the -wal and -shm files behind
    try:
        return tuple(conn.execute(COUNT_ROWS).fetchone())
    finally:
        conn.close()


def _files(folder: Path) -> set[str]:
    """Every file and folder under ``folder``, relative to it (os.walk: a third of what rglob costs)."""
    found: set[str] = set()
    for parent, folders, files in os.walk(folder):
        prefix = os.path.relpath(parent, folder)
        for name in (*folders, *files):
            found.add(name if prefix == "." else f"{prefix}/{name}")
    return found


@dataclass
class Workspace:
    """One database and output folder for all the examples of a test module,
    put back as it was before each example (see ``reset``)."""

    template: Path
    root: Path
    db_path: Path = field(init=False)
    out: Path = field(init=False)
    existing: Path = field(init=False)
    url: str = field(init=False)
    rows: tuple[int, ...] = field(init=False)
    files: set[str] = field(init=False)
    _db_stamp: tuple[int, int, int] | None = field(init=False, default=None)
    _existing_stamp: tuple[int, int, int] | None = field(init=False, default=None)
    pool: st.SearchStrategy[str] = field(init=False)
    strategies: dict[str, st.SearchStrategy[list[str]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.db_path = self.root / "app.sqlite3"
        self.out = self.root / "out"
        self.existing = self.out / "existing.pdf"
        self.url = f"sqlite:///{self.db_path}"
        self.out.mkdir(parents=True)
        self._copy_database()
        self._write_existing()
        self.files = _files(self.root)
        self.rows = _rows(self.db_path)
        self.pool = values(self)

    def _copy_database(self) -> None:
        for side in SIDE_FILES:
            Path(f"{self.db_path}{side}").unlink(missing_ok=True)
        shutil.copyfile(self.template, self.db_path)
        os.utime(self.db_path, ns=(LONG_AGO_NS, LONG_AGO_NS))
        self._db_stamp = _stamp(self.db_path)

    def _write_existing(self) -> None:
        self.existing.write_bytes(EARLIER_FILE)
        os.utime(self.existing, ns=(LONG_AGO_NS, LONG_AGO_NS))
        self._existing_stamp = _stamp(self.existing)

    def database_changed(self) -> bool:
        return _stamp(self.db_path) != self._db_stamp or any(
            os.path.lexists(f"{self.db_path}{side}") for side in SIDE_FILES)

    def reset(self) -> None:
        """Undo what earlier examples did: their files, their rows, their failed sign-ins."""
        if self.database_changed():
            self._copy_database()
        found = _files(self.root)
        if found != self.files:
            for extra in sorted(found - self.files, key=len, reverse=True):
                path = self.root / extra
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
        if _stamp(self.existing) != self._existing_stamp:
            self._write_existing()

    def command_line(self, command: str) -> st.SearchStrategy[list[str]]:
        if command not in self.strategies:
            self.strategies[command] = command_line(command, self.pool)
        return self.strategies[command]


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


@pytest.fixture(scope="module")
def workspace(fuzz_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace(fuzz_template, tmp_path_factory.mktemp("fuzz-workspace"))


@pytest.fixture
def setup(workspace: Workspace, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[Workspace]:
    from referral_app import cli
    from referral_app.commands.base import Context
    from referral_app.services import accounts

    monkeypatch.setattr(cli, "build_parser", functools.cache(cli.build_parser))
    monkeypatch.setattr(accounts, "_verify", lambda _hash, password: password == PASSWORD)
    known = password_hash()
    monkeypatch.setattr(accounts, "hash_password", lambda _password: known)
    monkeypatch.chdir(workspace.out)  # relative paths ("2026-Q3", "carl") land in the output folder
    callspec = getattr(request.node, "callspec", None)
    if callspec is None or callspec.params.get("command") != "db upgrade":  # that one is about preparing
        monkeypatch.setattr(Context, "prepare", lambda self, db: None)
    workspace.reset()
    yield workspace
    workspace.reset()


# --- values ---------------------------------------------------------------------------------------

def _surrogates() -> st.SearchStrategy[str]:
    return st.binary(min_size=1, max_size=12).map(lambda b: (b + b"\xff").decode("utf-8", "surrogateescape"))


def values(s: Workspace) -> st.SearchStrategy[str]:
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


LANGUAGES = st.sampled_from(["en", "da"])
ONE_IN_TWO = st.booleans()
TWO_IN_THREE = st.integers(0, 2)
FIVE_IN_SIX = st.integers(0, 5)
ONE_IN_EIGHT = st.integers(0, 7)


def command_line(command: str, pool: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    """Command lines for ``command``: every strategy is built here once, not
    per example (building them is what made an example slow)."""
    parser = COMMANDS[command]
    actions = [a for a in parser._actions
               if not isinstance(a, argparse._HelpAction) and a.dest not in ("signin_user", "password_stdin")]
    value_of = {id(a): st.one_of(st.sampled_from([str(c) for c in a.choices]), pool) if a.choices else pool
                for a in actions}
    flag_of = {id(a): st.sampled_from(a.option_strings) for a in actions if a.option_strings}
    signin = [a for a in parser._actions if a.dest == "signin_user"]
    users = st.one_of(st.sampled_from(sorted(USERS)), pool)

    @st.composite
    def lines(draw: st.DrawFn) -> list[str]:
        argv = ["--lang", draw(LANGUAGES), *command.split()]
        for action in actions:
            if not action.option_strings:  # a positional
                if action.nargs == "?" and draw(ONE_IN_TWO):
                    continue
                argv.append(draw(value_of[id(action)]))
                continue
            if not draw(TWO_IN_THREE):  # each option in about two of three examples
                continue
            flag = draw(flag_of[id(action)])
            if action.nargs == 0:
                argv.append(flag)
            else:
                argv += [flag, draw(value_of[id(action)])]
        if signin and draw(FIVE_IN_SIX):
            argv += [signin[0].option_strings[0], draw(users), "--password-stdin"]
        if not draw(ONE_IN_EIGHT):  # now and then a stray token
            argv.insert(draw(st.integers(3, len(argv))), draw(pool))
        return argv

    return lines()


PASSWORDS = st.one_of(
    # Standard input: the right password (twice, for commands that ask again), wrong, or not UTF-8.
    st.just(f"{PASSWORD}\n{PASSWORD}\n".encode()),
    st.just(f"{PASSWORD}\r\n".encode()),
    st.binary(max_size=20),
    st.text(max_size=20).map(lambda t: f"{t}\n".encode("utf-8", "surrogatepass")),
    st.just(b""),
)


def check_one_run(s: Workspace, argv: list[str], stdin: bytes) -> None:
    s.reset()  # as the first example found it: no earlier example's rows, files or failed sign-ins
    result = run_main(*argv, stdin=stdin, env={"REFERRAL_APP_DATABASE_URL": s.url})
    assert "Traceback" not in result.stderr, (argv, result.stderr)
    assert result.returncode in (0, 2), (argv, result.returncode, result.stderr)
    files = _files(s.root)
    if result.returncode == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("referral-app: "), (argv, result.stderr)
        assert files == s.files, (argv, result.stderr)
        if s.database_changed():  # an unchanged file has the template's rows
            assert _rows(s.db_path) == s.rows, (argv, result.stderr)
    assert not [name for name in files if name.rsplit("/", 1)[-1].startswith((".fi-", ".backup-"))], argv
    with s.db_path.open("rb") as handle:
        assert handle.read(16) == b"SQLite format 3\x00", argv


# ``demo`` fills an empty database (this one is not) and ``db restore`` is
# fuzzed with the files in the pool too; every leaf command is a target.
@pytest.mark.parametrize("command", sorted(COMMANDS))
@given(data=st.data())
def test_any_command_line_exits_0_or_2_with_one_line(setup: Workspace, command: str, data: st.DataObject) -> None:
    argv = data.draw(setup.command_line(command), label="argv")
    stdin = data.draw(PASSWORDS, label="stdin")
    check_one_run(setup, argv, stdin)


def test_each_example_starts_from_the_same_workspace(setup: Workspace) -> None:
    """What one example writes (rows, files, failed sign-ins up to a lock)
    is gone before the next, so no example passes or fails because of another."""
    env = {"REFERRAL_APP_DATABASE_URL": setup.url}
    sign_in = ("--user", "frida", "--password-stdin")
    added = run_main("--lang", "en", "inquiry", "add", "--category", "bolig", "--text", "x", *sign_in,
                     stdin=f"{PASSWORD}\n", env=env)
    assert added.returncode == 0, added.stderr
    saved = run_main("--lang", "en", "report", "stats", "--period", "2026", "-o", "ny.pdf", "--user", "mette",
                     "--password-stdin", stdin=f"{PASSWORD}\n", env=env)
    assert saved.returncode == 0 and (setup.out / "ny.pdf").is_file(), saved.stderr
    for _ in range(6):  # more wrong passwords than the lockout allows
        run_main("--lang", "en", "inquiry", "list", *sign_in, stdin="forkert\n", env=env)
    locked = run_main("--lang", "en", "inquiry", "list", *sign_in, stdin=f"{PASSWORD}\n", env=env)
    assert locked.returncode == 2 and "locked" in locked.stderr
    assert _rows(setup.db_path) != setup.rows
    setup.reset()
    assert _rows(setup.db_path) == setup.rows and _files(setup.root) == setup.files
    again = run_main("--lang", "en", "inquiry", "list", *sign_in, stdin=f"{PASSWORD}\n", env=env)
    assert again.returncode == 0, again.stderr
