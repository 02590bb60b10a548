"""Whether a service is open to the inquiry and how well it fits: rule
conditions, age limits, residents only, language, waiting list and capacity."""

from __future__ import annotations

from dataclasses import dataclass

from referral_app.domain.enums import ServiceStatus
from referral_app.domain.routing.reasons import (
    R_AGE_CHECK,
    R_AGE_FITS,
    R_AGES_BETWEEN,
    R_AGES_FROM,
    R_AGES_UP_TO,
    R_CAPACITY,
    R_FOR_YOUNGER,
    R_INACTIVE,
    R_LANGUAGE_MISSING,
    R_LANGUAGE_OK,
    R_NOT_RESIDENT,
    R_OTHER_HOUSING,
    R_RESIDENTS_ONLY,
    R_RESIDENTS_ONLY_CHECK,
    R_TOO_OLD,
    R_TOO_YOUNG,
    R_WAITING_LIST,
    R_WAITING_LIST_NOTE,
    Reason,
    language_name,
    reason,
)
from referral_app.domain.routing.snapshot import Housing, RouteRule, RouteService

WAITING_LIST_FACTOR = 0.85
CAPACITY_FACTOR = 0.9
LANGUAGE_MISSING_FACTOR = 0.9
LANGUAGE_OK_FACTOR = 1.05
FOR_YOUNGER_FACTOR = 0.6  # an adult asking about a service for younger people


@dataclass(frozen=True, slots=True)
class _Context:
    """What the engine knows about the inquiry besides its categories."""

    housing: Housing | None
    housing_reason: Reason | None
    age: int | None
    age_reason: Reason | None
    # The age is the resident's own and adult, while they may ask for their
    # children: an upper age limit then lowers the rank instead of excluding.
    adult_asking: bool
    language: str | None
    stems: dict[str, str]  # stem -> the word as typed, for the text's content words

    @property
    def housing_id(self) -> int | None:
        return self.housing.organization_id if self.housing else None

    @property
    def resident(self) -> bool | None:
        """In Høje Gladsaxe: yes, no, or not known (no address)."""
        return None if self.housing is None else self.housing.in_estate


def _age_factor(minimum: int | None, maximum: int | None, context: _Context) -> float:
    """1 when the age fits or is unknown, 0 when it rules the service out, less
    than 1 when an adult asks about something for younger people."""
    age = context.age
    if age is None:
        return 1.0
    if minimum is not None and age < minimum:
        return 0.0
    if maximum is not None and age > maximum:
        return FOR_YOUNGER_FACTOR if context.adult_asking else 0.0
    return 1.0


def _rule_factor(rule: RouteRule, housing_id: int | None, context: _Context) -> float:
    """How far a rule's conditions hold: 0 not at all, 1 fully."""
    if rule.housing_organization_id is not None and rule.housing_organization_id != housing_id:
        return 0.0
    if rule.language is not None and rule.language != context.language:
        return 0.0
    return _age_factor(rule.min_age, rule.max_age, context)


def _ineligible(service: RouteService, context: _Context) -> Reason | None:
    """Why the service is out of the question for this inquiry, if it is."""
    if service.status is not ServiceStatus.ACTIVE:
        return reason(R_INACTIVE)
    limit = _age_limit(service.min_age, service.max_age)
    if limit is not None and not _age_factor(service.min_age, service.max_age, context):
        template = R_TOO_YOUNG if context.age < (service.min_age or 0) else R_TOO_OLD  # type: ignore[operator]
        return reason(template, limit=limit, age=context.age)
    if service.residents_only and context.resident is False:
        return reason(R_NOT_RESIDENT)
    if (
        service.residents_only
        and service.organization_is_housing
        and context.housing_id is not None
        and service.organization_id != context.housing_id
    ):
        return reason(R_OTHER_HOUSING, organization=service.organization_name)
    return None


def _assess(service: RouteService, context: _Context) -> tuple[float, list[Reason]]:
    """The factor and the reasons that the service itself brings: age limits,
    residents only, language, waiting list and capacity."""
    value, reasons = 1.0, []
    limit = _age_limit(service.min_age, service.max_age)
    if limit is not None:
        factor = _age_factor(service.min_age, service.max_age, context)
        value *= factor
        if context.age is None:
            reasons.append(reason(R_AGE_CHECK, limit=limit))
        elif factor < 1.0:
            reasons.append(reason(R_FOR_YOUNGER, limit=limit, age=context.age))
        else:
            if context.age_reason is not None:
                reasons.append(context.age_reason)
            reasons.append(reason(R_AGE_FITS, limit=limit, age=context.age))
    if service.organization_is_housing or service.residents_only:
        if context.housing_reason is not None and context.housing_reason not in reasons:
            reasons.insert(0, context.housing_reason)
    if service.residents_only:
        reasons.append(reason(R_RESIDENTS_ONLY if context.resident else R_RESIDENTS_ONLY_CHECK))
    language = context.language
    if language is not None and language != "da":
        if language in service.languages:
            value *= LANGUAGE_OK_FACTOR
            reasons.append(reason(R_LANGUAGE_OK, language=language_name(language)))
        else:
            value *= LANGUAGE_MISSING_FACTOR
            reasons.append(reason(R_LANGUAGE_MISSING, language=language_name(language)))
    if service.waiting_list:
        value *= WAITING_LIST_FACTOR
        if service.capacity_note:
            reasons.append(reason(R_WAITING_LIST_NOTE, note=service.capacity_note))
        else:
            reasons.append(reason(R_WAITING_LIST))
    elif service.capacity_note:
        value *= CAPACITY_FACTOR
        reasons.append(reason(R_CAPACITY, note=service.capacity_note))
    return value, reasons


def _age_limit(minimum: int | None, maximum: int | None) -> Reason | None:
    if minimum is not None and maximum is not None:
        return reason(R_AGES_BETWEEN, minimum=minimum, maximum=maximum)
    if minimum is not None:
        return reason(R_AGES_FROM, minimum=minimum)
    if maximum is not None:
        return reason(R_AGES_UP_TO, maximum=maximum)
    return None
