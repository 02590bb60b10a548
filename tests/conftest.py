"""Test set-up: offscreen Qt, private data folders, and fresh migrated
databases per test on SQLite and on a throwaway PostgreSQL server."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("REFERRAL_APP_DATABASE_URL", None)
os.environ.pop("REFERRAL_APP_LANG", None)

import itertools
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.pg_server import PostgresServer, start_postgres

ROOT = Path(__file__).resolve().parent.parent
_counter = itertools.count()


# Property tests (tests/fuzz): 200 examples per target in the suite (a CLI
# example costs a few milliseconds: tests/fuzz/test_cli_fuzz.py says how);
# ``--hypothesis-profile=long`` runs 10,000 per target, without the per-test
# timeout, for a benchmark run (benchmarks/fuzz_long_run.py runs it in chunks
# and keeps the table in benchmarks/fuzz_long_run.md). No deadline in either:
# a loaded machine must not turn a slow example into a failure.
from hypothesis import HealthCheck, settings  # noqa: E402

CI_EXAMPLES = 200
LONG_EXAMPLES = 10_000
_FUZZ = dict(deadline=None, print_blob=True, derandomize=False,
             suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                    HealthCheck.filter_too_much, HealthCheck.data_too_large])
settings.register_profile("default", max_examples=CI_EXAMPLES, **_FUZZ)
settings.register_profile("long", max_examples=LONG_EXAMPLES, **_FUZZ)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_configure(config: pytest.Config) -> None:
    from tests.translations import compile_translations

    compile_translations()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The long profile runs for as long as it needs: no per-test timeout on the property tests."""
    if settings.default.max_examples < LONG_EXAMPLES:
        return
    for item in items:
        if "/tests/fuzz/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.timeout(0))


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user data folder."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("REFERRAL_APP_DATA_DIR", str(folder))
    monkeypatch.delenv("REFERRAL_APP_DATABASE_URL", raising=False)
    return folder


# A UI test that leaves a modal dialog open blocks forever in exec(): Qt's
# event loop swallows pytest-timeout's exception, so the run would hang until
# CI's hard limit. This watchdog closes any modal dialog (or any dialog on
# top) still up after MODAL_LIMIT seconds and fails the test with its title instead.
MODAL_LIMIT = 90.0


def _modal_limit() -> float:
    return MODAL_LIMIT


@pytest.fixture(autouse=True)
def _no_modal_hang(request: pytest.FixtureRequest) -> Iterator[None]:
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    request.getfixturevalue("qapp")
    started = time.monotonic()
    stuck: list[str] = []

    def close_stuck_dialogs() -> None:
        if time.monotonic() - started < _modal_limit():
            return
        top = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None)
        if top is None:
            return
        stuck.append(f"{type(top).__name__} {top.windowTitle()!r}")
        if isinstance(top, QDialog):
            top.reject()
        else:
            top.close()

    timer = QTimer()
    timer.timeout.connect(close_stuck_dialogs)
    timer.start(1000)
    yield
    timer.stop()
    if stuck:
        pytest.fail(f"modal dialog(s) left open for {MODAL_LIMIT:.0f} s and closed: {', '.join(stuck)}")


# --- SQLite -------------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database with the shipped directory, copied for each test."""
    from referral_app.config import DIRECTORY_DIR
    from referral_app.services.database import open_database, prepare

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(f"sqlite:///{path}")
    prepare(db, DIRECTORY_DIR)
    db.checkpoint()
    db.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    target = tmp_path / "app.sqlite3"
    shutil.copyfile(sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[object]:
    from referral_app.services.database import open_database

    db = open_database(sqlite_url)
    yield db
    db.dispose()


@pytest.fixture
def empty_sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'empty.sqlite3'}"


# --- PostgreSQL -----------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    server = start_postgres(tmp_path_factory.mktemp("pg"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    from referral_app.config import DIRECTORY_DIR
    from referral_app.services.database import open_database, prepare

    name = "ri_template"
    pg_server.create_database(name)
    db = open_database(pg_server.url(name))
    prepare(db, DIRECTORY_DIR)
    db.dispose()
    return name


@pytest.fixture
def pg_url(pg_server: PostgresServer, pg_template: str) -> Iterator[str]:
    name = f"ri_test_{os.getpid()}_{next(_counter)}"
    pg_server.create_database(name, template=pg_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[object]:
    from referral_app.services.database import open_database

    db = open_database(pg_url)
    yield db
    db.dispose()


@pytest.fixture
def empty_pg_url(pg_server: PostgresServer) -> Iterator[str]:
    name = f"ri_empty_{os.getpid()}_{next(_counter)}"
    pg_server.create_database(name)
    yield pg_server.url(name)
    pg_server.drop_database(name)


# --- Either backend ---------------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh migrated database with the shipped directory, on each backend."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def database(db_url: str) -> Iterator[object]:
    from referral_app.services.database import open_database

    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue("empty_sqlite_url" if request.param == "sqlite" else "empty_pg_url")


# --- The report sample: built once per test session and backend, copied per test ------


@dataclass(frozen=True)
class SampleCopy:
    """A fresh copy of the report sample (tests/reports/sample_data.py): its
    database URL and what ``build`` made in it (the ids are the same in every copy)."""

    url: str
    made: Any


@pytest.fixture(scope="session")
def sample_sqlite_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The sample built once (per xdist worker) into a copy of the SQLite template."""
    from referral_app.services.database import open_database
    from tests.reports.sample_data import build

    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(f"sqlite:///{path}")
    made = build(db)
    db.checkpoint()
    db.dispose()
    return path, made


@pytest.fixture(scope="session")
def sample_pg_template(pg_server: PostgresServer, pg_template: str) -> tuple[str, Any]:
    from referral_app.services.database import open_database
    from tests.reports.sample_data import build

    name = "ri_sample_template"
    pg_server.create_database(name, template=pg_template)
    db = open_database(pg_server.url(name))
    made = build(db)
    db.dispose()
    return name, made


@pytest.fixture
def sample_sqlite(sample_sqlite_template: tuple[Path, Any], tmp_path: Path) -> SampleCopy:
    template, made = sample_sqlite_template
    target = tmp_path / "sample.sqlite3"
    shutil.copyfile(template, target)
    return SampleCopy(f"sqlite:///{target}", made)


@pytest.fixture
def sample_pg(pg_server: PostgresServer, sample_pg_template: tuple[str, Any]) -> Iterator[SampleCopy]:
    template, made = sample_pg_template
    name = f"ri_sample_{os.getpid()}_{next(_counter)}"
    pg_server.create_database(name, template=template)
    yield SampleCopy(pg_server.url(name), made)
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def sample_copy(request: pytest.FixtureRequest) -> SampleCopy:
    """A fresh copy of the report sample, on each backend."""
    return request.getfixturevalue("sample_sqlite" if request.param == "sqlite" else "sample_pg")


@pytest.fixture
def sample_database(sample_copy: SampleCopy) -> Iterator[object]:
    from referral_app.services.database import open_database

    db = open_database(sample_copy.url)
    yield db
    db.dispose()


@pytest.fixture
def sample_sqlite_db(sample_sqlite: SampleCopy) -> Iterator[object]:
    from referral_app.services.database import open_database

    db = open_database(sample_sqlite.url)
    yield db
    db.dispose()


# --- The command line ----------------------------------------------------------------------


@dataclass
class CliResult:
    """What a CLI run left: the same attributes as ``subprocess.CompletedProcess``."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> CliResult:
    """Run the CLI's entry function in this process, as ``referral-app ARGS``
    would: ``env`` set for the call, ``input`` as standard input, standard
    output and error captured, the exit status returned. A crash is reported
    the way a process reports it (a traceback on standard error, status 1).

    About 1 s faster per call than a child process (Python, Qt and SQLAlchemy
    are imported once per test session); ``spawn_cli`` is for the few tests
    that must prove a real process.
    """
    import io
    import sys
    import traceback

    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    from referral_app import translation
    from referral_app.__main__ import main

    # The CLI makes a QCoreApplication when there is none; a later widget test
    # in this process needs a QApplication, so make that one first.
    app = QCoreApplication.instance() or QApplication(["referral-app-tests"])
    saved_env = dict(os.environ)
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    saved_translators = list(translation._installed)
    saved_locale = QLocale()
    out, err = io.StringIO(), io.StringIO()
    os.environ.update(env or {})
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(input or ""), out, err
    try:
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                print(exc.code, file=err)
        except Exception:
            traceback.print_exc(file=err)
            code = 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.environ.clear()
        os.environ.update(saved_env)
        # The language the command chose stays with the command.
        for translator in translation._installed:
            app.removeTranslator(translator)
        translation._installed[:] = saved_translators
        for translator in saved_translators:
            app.installTranslator(translator)
        QLocale.setDefault(saved_locale)
    return CliResult(["referral-app", *args], code, out.getvalue(), err.getvalue())


def spawn_cli(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m referral_app`` in a child process, as a user would."""
    import sys

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "referral_app", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=120,
        cwd=ROOT,
    )
