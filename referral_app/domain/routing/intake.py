"""What the intake form holds, as a question for the routing service.

The resident gives the age (from the birth year: only the year is known), the
address (the routing service finds the housing organization from it) and,
when the form has none, the language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from referral_app.domain.residents import Resident, age_from_birth_year
from referral_app.domain.routing.query import MAX_TEXT
from referral_app.domain.routing.snapshot import RoutingQuery


@dataclass(frozen=True, slots=True)
class RouteInputs:
    """What the form holds that routing uses."""

    category_code: str | None
    text: str
    resident: Resident | None
    language: str | None


def routing_query(inputs: RouteInputs, today: date) -> RoutingQuery | None:
    """The query for the routing service; None when there is nothing to route on.
    The resident gives the age (from the birth year), the address and the language."""
    text = " ".join(inputs.text.split())[:MAX_TEXT]
    if not text and not inputs.category_code:
        return None
    resident = inputs.resident
    age: int | None = None
    address: str | None = None
    language = inputs.language
    if resident is not None:
        age = age_from_birth_year(resident.birth_year, today)
        if resident.street:
            address = resident.address_line
        language = language or resident.preferred_language
    return RoutingQuery(text=text, category_code=inputs.category_code, age=age, address=address, language=language)
