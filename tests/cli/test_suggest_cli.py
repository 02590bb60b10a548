"""`referral-app suggest`, run as a user runs it, through the CLI's entry function.

Danish by default, English with --lang en; JSON for scripts; bad input gives
one line and exit status 2; no sign-in, and nothing is written.
"""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import table_checksum
from tests.conftest import run_cli


def suggest(url: str, *args: str):
    return run_cli("suggest", *args, env={"REFERRAL_APP_DATABASE_URL": url})


def test_json_on_both_backends_and_nothing_is_written(db_url: str) -> None:
    before = table_checksum(db_url)
    result = suggest(
        db_url, "Der er skimmel i badeværelset og det lugter", "--address", "Høje Gladsaxe 34",
        "--age", "41", "--json",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    suggestions = json.loads(result.stdout)
    assert 1 <= len(suggestions) <= 5
    for item in suggestions:
        assert {"service_id", "service", "organization", "score", "reasons"} <= set(item)
        assert isinstance(item["service_id"], int) and isinstance(item["score"], int | float)
        assert item["reasons"] and all(isinstance(text, str) and text for text in item["reasons"])
    first = suggestions[0]
    assert first["service"] == "Ejendomskontor og vicevært"
    assert first["organization"].startswith("Boligselskabet 3B")
    assert first["reasons"][0].startswith("Kategori Vedligehold og skimmel (teksten nævner skimmel")
    assert any(
        text.startswith("Adressen Høje Gladsaxe 34 hører til Boligselskabet 3B") for text in first["reasons"]
    )
    assert [s["score"] for s in suggestions] == sorted((s["score"] for s in suggestions), reverse=True)
    assert table_checksum(db_url) == before


def test_text_output_in_danish_and_english(sqlite_url: str) -> None:
    danish = suggest(sqlite_url, "min søn på 14 vil gerne tjene lommepenge", "--age", "44")
    assert danish.returncode == 0, danish.stderr
    lines = danish.stdout.splitlines()
    assert lines[0].startswith("Henvendelsen handler om et barn på 14 år")
    assert any(line.startswith("1. Lommepengejob – Vores HG") for line in lines)
    assert any("Venteliste" in line for line in lines)
    english = run_cli(
        "--lang", "en", "suggest", "min søn på 14 vil gerne tjene lommepenge", "--age", "44",
        env={"REFERRAL_APP_DATABASE_URL": sqlite_url},
    )
    assert english.returncode == 0, english.stderr
    assert "Category Pocket-money jobs (the text mentions" in english.stdout
    assert "Waiting list, ranked lower:" in english.stdout


def test_limit_category_and_language(sqlite_url: str) -> None:
    two = json.loads(suggest(sqlite_url, "jeg har gæld og kan ikke betale huslejen", "--limit", "2", "--json").stdout)
    assert len(two) == 2
    chosen = json.loads(
        suggest(sqlite_url, "", "--category", "sprog.tolkning", "--language", "ar", "--json").stdout
    )
    assert chosen[0]["reasons"][0].startswith("Kategori Tolkning (valgt) →")
    assert any("arabisk" in text for item in chosen for text in item["reasons"])


def test_an_address_outside_the_table_is_no_error(sqlite_url: str) -> None:
    result = suggest(
        sqlite_url, "jeg kan ikke betale huslejen", "--address", "Buddinge Hovedgade 10", "--json"
    )
    assert result.returncode == 0, result.stderr
    suggestions = json.loads(result.stdout)
    assert suggestions
    says = "Adressen Buddinge Hovedgade 10 står ikke i adressetabellen"
    assert all(any(text.startswith(says) for text in s["reasons"]) for s in suggestions)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["skimmel", "--category", "findes.ikke"], "Der findes ingen kategori med koden findes.ikke"),
        (["skimmel", "--age", "-3"], "Alderen skal være et helt tal fra 0 til 120"),
        (["skimmel", "--age", "200"], "Alderen skal være et helt tal fra 0 til 120"),
        (["skimmel", "--age", "ung"], "Alderen skal være et helt tal fra 0 til 120"),
        (["skimmel", "--address", "34"], "Skriv adressen som gade og husnummer"),
        (["skimmel", "--language", "arabisk"], "Skriv sproget som en kode på to bogstaver"),
        (["skimmel", "--limit", "0"], "--limit skal være et helt tal fra 1 til 50"),
        (["   "], "Beskriv henvendelsen, eller vælg en kategori"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(sqlite_url: str, args: list[str], message: str) -> None:
    result = suggest(sqlite_url, *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("referral-app: ")
    assert message in result.stderr, result.stderr


def test_no_match_says_so(sqlite_url: str) -> None:
    result = suggest(sqlite_url, "xyzzy plugh")
    assert result.returncode == 0, result.stderr
    assert "Ingen kategori passer til teksten" in result.stdout
    assert json.loads(suggest(sqlite_url, "xyzzy plugh", "--json").stdout) == []
