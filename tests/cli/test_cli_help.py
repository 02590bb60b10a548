"""`--help` speaks the user's language throughout: argparse's own words
("usage:", "options", the -h and --version lines) go through the translation
like every help text of ours, not only the descriptions."""

from __future__ import annotations

import pytest

from referral_app import cli
from referral_app.commands import base
from tests.cli.inprocess import run_main

ARGPARSE_WORDS = ("usage: ", "positional arguments", "options", "show this help message and exit")


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every CLI text comes out wrapped in «», as a translation would change it."""
    original = base.translate

    def marking(context: str, text: str) -> str:
        return f"«{original(context, text)}»"

    monkeypatch.setattr(base, "translate", marking)
    monkeypatch.setattr(cli, "translate", marking)


@pytest.mark.parametrize("command", [(), ("inquiry",), ("inquiry", "add"), ("db", "backup")])
def test_argparse_words_in_help_are_translated(marked: None, tmp_path, command: tuple[str, ...]) -> None:
    shown = run_main("--lang", "en", *command, "--help", env={"REFERRAL_APP_DATA_DIR": str(tmp_path)})
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("«usage: »referral-app")
    assert "«options»:" in shown.stdout
    assert "«show this help message and exit»" in shown.stdout
    for word in ARGPARSE_WORDS:  # nothing of argparse's English is left unmarked
        assert shown.stdout.count(word) == shown.stdout.count(f"«{word}»"), word
    if not command:
        assert "«show the version number and exit»" in shown.stdout


def test_english_help_reads_as_before(tmp_path) -> None:
    shown = run_main("--lang", "en", "inquiry", "add", "--help", env={"REFERRAL_APP_DATA_DIR": str(tmp_path)})
    assert shown.stdout.startswith("usage: referral-app inquiry add [-h]")
    assert "\noptions:\n  -h, --help " in shown.stdout
