"""``db upgrade`` says how many services, routing rules and address ranges a
newer shipped directory brought up to date (the ones nobody had edited)."""

from __future__ import annotations

from pathlib import Path

import pytest

from referral_app.commands import base
from tests.conftest import run_cli
from tests.services.test_directory_updates import newer  # noqa: F401 - the fixture


def test_upgrade_counts_the_updated_services_rules_and_addresses(
        tmp_path: Path, newer: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    env = {"REFERRAL_APP_DATABASE_URL": f"sqlite:///{tmp_path / 'fi.sqlite3'}"}
    first = run_cli("--lang", "en", "db", "upgrade", env=env)
    assert first.returncode == 0, first.stderr
    assert "Brought up to the newer directory" not in first.stdout
    monkeypatch.setattr(base, "DIRECTORY_DIR", newer)
    second = run_cli("--lang", "en", "db", "upgrade", env=env)
    assert second.returncode == 0, second.stderr
    assert ("Brought up to the newer directory (nobody had edited them): 2 services, 1 routing rules, "
            "1 address ranges.") in second.stdout
    third = run_cli("--lang", "en", "db", "upgrade", env=env)
    assert "nothing was changed" in third.stdout
