"""What routing answers: category matches, suggestions, exclusions."""

from __future__ import annotations

from dataclasses import dataclass

from referral_app.domain.routing.reasons import Localized, Reason
from referral_app.domain.routing.snapshot import Housing


@dataclass(frozen=True, slots=True)
class CategoryMatch:
    code: str
    name: Localized
    score: float  # raw keyword evidence; for a chosen category, the chosen weight
    confidence: float  # 0-1, relative to the best category
    words: tuple[str, ...]  # the words of the text that matched, as typed
    chosen: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    service_id: int
    service_name: str
    organization_id: int
    organization_name: str
    category_code: str
    score: float  # 0-100
    reasons: tuple[Reason, ...]
    waiting_list: bool = False


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A service a rule named that the inquiry does not qualify for, and why."""

    service_id: int
    service_name: str
    category_code: str
    reason: Reason


@dataclass(frozen=True, slots=True)
class Routing:
    suggestions: tuple[Suggestion, ...]
    categories: tuple[CategoryMatch, ...]
    housing: Housing | None
    subject_age: int | None
    language: str | None
    notes: tuple[Reason, ...] = ()
    excluded: tuple[Exclusion, ...] = ()
