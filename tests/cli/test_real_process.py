"""The few checks that need a real process; every other CLI test calls the
entry function in the test process (``run_cli``), which is the same code
without a second of start-up each time.

A child process proves what the entry function alone cannot: the exit status
the shell sees, a password read from real standard input, and that a failure
reaches the terminal as one line without a traceback. The installed console
script is run in test_cli.py (``test_version``).
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import spawn_cli

PASSWORD = "et-langt-kodeord"


def test_an_account_from_standard_input_and_a_wrong_password(sqlite_url: str) -> None:
    env = {"REFERRAL_APP_DATABASE_URL": sqlite_url}
    made = spawn_cli("--lang", "en", "user", "add", "anne", "--role", "admin", "--full-name", "Anne Admin",
                     "--password-stdin", env=env, input=f"{PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    listed = spawn_cli("--lang", "en", "user", "list", "--json", "--user", "anne", "--password-stdin", env=env,
                       input=f"{PASSWORD}\n")
    assert listed.returncode == 0, listed.stderr
    assert '"username": "anne"' in listed.stdout
    refused = spawn_cli("--lang", "en", "user", "list", "--user", "anne", "--password-stdin", env=env,
                        input="not-the-password\n")
    assert refused.returncode == 2
    assert refused.stdout == "" and "Traceback" not in refused.stderr
    assert len(refused.stderr.splitlines()) == 1 and refused.stderr.startswith("referral-app: ")


def test_a_damaged_database_is_one_danish_line_and_status_2(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    result = spawn_cli("directory", "list", env={"REFERRAL_APP_DATABASE_URL": f"sqlite:///{path}"})
    assert result.returncode == 2
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("referral-app: ")
    assert "Databasefilen er beskadiget" in result.stderr  # Danish by default
    assert path.stat().st_size == 64 * 1024


def test_bad_arguments_are_status_2(sqlite_url: str) -> None:
    result = spawn_cli("--lang", "en", "directory", "list", "--no-such-option",
                       env={"REFERRAL_APP_DATABASE_URL": sqlite_url})
    assert result.returncode == 2
    assert result.stderr.startswith("referral-app: invalid arguments: ")
    assert "--no-such-option" in result.stderr and "Traceback" not in result.stderr
