"""From what the intake form holds to the routing question, and the age rule it uses."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from referral_app.domain.residents import MAX_AGE, Resident, age_from_birth_year
from referral_app.domain.routing.intake import RouteInputs, routing_query

SPRING = date(2026, 5, 1)


def resident(birth_year: int | None, *, street: str | None = "Høje Gladsaxe", language: str | None = None) -> Resident:
    return Resident(
        id=1, full_name="Ahmed Hassan", phone=None, email=None, street=street, house_number="34", unit="11. th",
        postal_code="2860", city="Søborg", housing_organization_id=None, housing_organization_name=None,
        department=None, birth_year=birth_year, age_band=None, preferred_language=language,
        interpreter_needed=False, anonymized=False, last_activity_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("birth_year", "age"),
    [(1972, 54), (2026, 0), (2027, None), (2026 - MAX_AGE, MAX_AGE), (2026 - MAX_AGE - 1, None), (None, None),
     (0, None)],
)
def test_age_is_the_one_reached_this_year_and_only_when_plausible(birth_year: int | None, age: int | None) -> None:
    assert age_from_birth_year(birth_year, SPRING) == age
    assert age_from_birth_year(birth_year, date(2026, 12, 31)) == age  # only the year is known


def test_the_routing_question_takes_age_address_and_language_from_the_resident() -> None:
    ahmed = resident(1972)
    assert routing_query(RouteInputs(None, "  ", ahmed, None), SPRING) is None  # nothing to route on
    query = routing_query(RouteInputs(None, "Der er  skimmel", ahmed, "ar"), SPRING)
    assert query is not None
    assert query.text == "Der er skimmel" and query.age == 2026 - 1972
    assert query.address == "Høje Gladsaxe 34, 11. th" and query.language == "ar"
    own_language = routing_query(RouteInputs(None, "skimmel", resident(None, street=None, language="so"), None),
                                 SPRING)
    assert own_language is not None
    assert own_language.language == "so" and own_language.age is None and own_language.address is None
    anonymous = routing_query(RouteInputs("bolig.vedligehold", "", None, None), SPRING)
    assert anonymous is not None
    assert anonymous.category_code == "bolig.vedligehold" and anonymous.age is None and anonymous.address is None
