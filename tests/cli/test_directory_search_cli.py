"""`directory list --search` uses the same matching rule as the window's search boxes."""

from __future__ import annotations

import json

import pytest

from referral_app.domain.directory import active_services, service_target
from referral_app.domain.matching import rank
from referral_app.services import directory as directory_service
from referral_app.services.database import open_database
from tests.cli.inprocess import run_main


def found(sqlite_url: str, text: str) -> list[tuple[str, str]]:
    result = run_main("directory", "list", "--json", "--active", "--search", text,
                      env={"REFERRAL_APP_DATABASE_URL": sqlite_url})
    assert result.returncode == 0, result.stderr
    return [(org["name"], service["name"]) for org in json.loads(result.stdout) for service in org["services"]]


def test_organization_and_service_name_together(sqlite_url: str) -> None:
    [(organization, service), *rest] = found(sqlite_url, "ejendomskontor 3B")
    assert "3B" in organization and service.startswith("Ejendomskontor")
    assert not [name for _org, name in rest if name.startswith("Ejendomskontor")]  # not the others' offices


@pytest.mark.parametrize("variants", [("borger service", "Borgerservice"), ("fædre", "FAEDRE"), ("e-boks", "eboks")])
def test_spelling_variants_find_the_same(sqlite_url: str, variants: tuple[str, str]) -> None:
    first, second = (found(sqlite_url, text) for text in variants)
    assert first and first == second


@pytest.mark.parametrize("text", ["lektie", "sprog", "mitid", "ejendomskontor 3b", "gæld"])
def test_the_cli_finds_what_the_type_ahead_finds(sqlite_url: str, text: str) -> None:
    db = open_database(sqlite_url)
    try:
        with db.begin() as session:
            services = active_services(directory_service.list_directory(session))
    finally:
        db.dispose()
    expected = {(m.item.organization_name, m.item.name) for m in rank(services, text, service_target)}
    assert set(found(sqlite_url, text)) == expected
