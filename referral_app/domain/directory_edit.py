"""What a coordinator may type into the directory: drafts and their rules.

Each ``validate_*`` returns the draft tidied (spaces trimmed, empty text as
None) or raises a ValidationError whose ``field`` names the input to fix, so
the form can show the message beside it. The overlap check for the address
table lives here too; the services call these and add what needs the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, time
from typing import Any

from referral_app.domain.directory import (
    AddressEntry,
    Category,
    Organization,
    RuleEntry,
    Schedule,
    ScheduleException,
    Service,
    number_in_range,
)
from referral_app.domain.enums import AddressParity, FocusArea, OrganizationKind, ServiceStatus
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.text import fold

MSG_REQUIRED = QT_TRANSLATE_NOOP("errors", "Fill in {what}.")
MSG_PHONE = QT_TRANSLATE_NOOP("errors", "{value} does not look like a phone number (8 digits, e.g. 39 57 57 05).")
MSG_EMAIL = QT_TRANSLATE_NOOP("errors", "{value} does not look like an e-mail address (name@example.dk).")
MSG_WEB = QT_TRANSLATE_NOOP("errors", "{value} does not look like a web address (www.example.dk).")
MSG_AGES = QT_TRANSLATE_NOOP("errors", "The age from ({low}) must not be above the age to ({high}).")
MSG_AGE_RANGE = QT_TRANSLATE_NOOP("errors", "An age must be between 0 and 120, not {value}.")
MSG_TIMES = QT_TRANSLATE_NOOP("errors", "{weekday}: the opening time {opens} must be before the closing time {closes}.")
MSG_DATES = QT_TRANSLATE_NOOP("errors", "The date from ({first}) must not be after the date to ({last}).")
MSG_NUMBERS = QT_TRANSLATE_NOOP("errors", "The house number from ({low}) must not be above the number to ({high}).")
MSG_NUMBER = QT_TRANSLATE_NOOP("errors", "A house number must be a whole number from 1, not {value}.")
MSG_OVERLAP = QT_TRANSLATE_NOOP(
    "errors", "{street} {low}-{high} overlaps {street} {other_low}-{other_high} ({organization}) in the address table.")
MSG_FOLLOW_UP = QT_TRANSLATE_NOOP("errors", "Follow-up days must be between 1 and 365, not {value}.")
MSG_LANGUAGE = QT_TRANSLATE_NOOP("errors", "{value} is not a language code (two letters, e.g. ar).")
MSG_KEYWORD = QT_TRANSLATE_NOOP("errors", "A keyword must have at least two letters: {value}")
MSG_PAUSE = QT_TRANSLATE_NOOP("errors", "A paused service needs the date it reopens.")

REQUIRED_LABELS = {
    "name": QT_TRANSLATE_NOOP("enums", "the name"),
    "name_da": QT_TRANSLATE_NOOP("enums", "the Danish name"),
    "name_en": QT_TRANSLATE_NOOP("enums", "the English name"),
    "street": QT_TRANSLATE_NOOP("enums", "the street"),
    "organization": QT_TRANSLATE_NOOP("enums", "the organization"),
    "category": QT_TRANSLATE_NOOP("enums", "the category"),
    "service": QT_TRANSLATE_NOOP("enums", "the service"),
}

_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-./]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_WEB = re.compile(r"^(https?://)?[^\s/]+\.[^\s/]{2,}(/\S*)?$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


# --- drafts ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrganizationDraft:
    name: str
    kind: OrganizationKind = OrganizationKind.ASSOCIATION
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    description: str | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class ServiceDraft:
    organization_id: int
    name: str
    name_en: str | None = None
    description: str = ""
    status: ServiceStatus = ServiceStatus.ACTIVE
    paused_until: date | None = None
    waiting_list: bool = False
    capacity_note: str | None = None
    eligibility: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    area: str | None = None
    what_to_bring: str | None = None
    application_process: str | None = None
    next_step: str | None = None
    phone: str | None = None
    email: str | None = None
    url: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    categories: tuple[str, ...] = ()
    follow_up_days: int = 10
    handover_contact: str | None = None
    open_on_holidays: bool = False
    languages: tuple[str, ...] = ("da",)
    schedules: tuple[Schedule, ...] = ()
    exceptions: tuple[ScheduleException, ...] = ()


@dataclass(frozen=True, slots=True)
class AddressDraft:
    street: str
    number_from: int
    number_to: int
    organization_id: int
    parity: AddressParity = AddressParity.ALL
    department: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CategoryDraft:
    name_da: str
    name_en: str
    focus_area: FocusArea | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleDraft:
    category_code: str
    service_id: int
    priority: int = 50
    housing_organization_id: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    language: str | None = None
    note: str | None = None
    active: bool = True


# --- small checks -----------------------------------------------------------------------------


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split()) if "\n" not in value else value.strip()
    return text or None


def _required(value: str | None, field: str) -> str:
    text = _clean(value)
    if not text:
        raise ValidationError(MSG_REQUIRED, field=field, what=REQUIRED_LABELS[field], translated_params=("what",))
    return text


def check_phone(value: str | None, field: str = "phone") -> str | None:
    text = _clean(value)
    if text is None:
        return None
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE_CHARS.match(text) or not 8 <= digits <= 15:
        raise ValidationError(MSG_PHONE, field=field, value=text)
    return text


def check_email(value: str | None, field: str = "email") -> str | None:
    text = _clean(value)
    if text is not None and not _EMAIL.match(text):
        raise ValidationError(MSG_EMAIL, field=field, value=text)
    return text


def check_contact(value: str | None, field: str = "handover_contact") -> str | None:
    """An e-mail address, or a person's name with a phone number: anything with '@' must be an address."""
    text = _clean(value)
    if text is not None and "@" in text and " " not in text:
        return check_email(text, field)
    return text


def check_web(value: str | None, field: str = "url") -> str | None:
    text = _clean(value)
    if text is not None and not _WEB.match(text):
        raise ValidationError(MSG_WEB, field=field, value=text)
    return text


def check_ages(low: int | None, high: int | None, field: str = "min_age") -> None:
    for value, name in ((low, field), (high, field.replace("min", "max"))):
        if value is not None and not 0 <= value <= 120:
            raise ValidationError(MSG_AGE_RANGE, field=name, value=value)
    if low is not None and high is not None and low > high:
        raise ValidationError(MSG_AGES, field=field, low=low, high=high)


def check_schedules(schedules: Iterable[Schedule], weekday_names: tuple[str, ...]) -> tuple[Schedule, ...]:
    result = []
    for slot in schedules:
        if not 1 <= slot.weekday <= 7:
            raise ValidationError(MSG_TIMES, field="schedules", weekday=slot.weekday, opens="-", closes="-")
        if slot.opens_at >= slot.closes_at:
            raise ValidationError(MSG_TIMES, field="schedules", weekday=weekday_names[slot.weekday - 1],
                                  opens=f"{slot.opens_at:%H:%M}", closes=f"{slot.closes_at:%H:%M}",
                                  translated_params=("weekday",))
        if slot.valid_from and slot.valid_to and slot.valid_from > slot.valid_to:
            raise ValidationError(MSG_DATES, field="schedules", first=slot.valid_from.isoformat(),
                                  last=slot.valid_to.isoformat())
        result.append(replace(slot, note=_clean(slot.note)))
    return tuple(sorted(result, key=lambda s: (s.weekday, s.opens_at, s.closes_at)))


def check_exceptions(exceptions: Iterable[ScheduleException]) -> tuple[ScheduleException, ...]:
    result = []
    for item in exceptions:
        if item.first_day > item.last_day:
            raise ValidationError(MSG_DATES, field="exceptions", first=item.first_day.isoformat(),
                                  last=item.last_day.isoformat())
        if (item.opens_at is None) != (item.closes_at is None):
            raise ValidationError(MSG_TIMES, field="exceptions", weekday=item.first_day.isoformat(),
                                  opens=_hhmm(item.opens_at), closes=_hhmm(item.closes_at))
        if item.opens_at is not None and item.closes_at is not None and item.opens_at >= item.closes_at:
            raise ValidationError(MSG_TIMES, field="exceptions", weekday=item.first_day.isoformat(),
                                  opens=_hhmm(item.opens_at), closes=_hhmm(item.closes_at))
        result.append(replace(item, note=_clean(item.note)))
    return tuple(sorted(result, key=lambda e: (e.first_day, e.last_day)))


def _hhmm(value: time | None) -> str:
    return "-" if value is None else f"{value:%H:%M}"


# --- whole drafts --------------------------------------------------------------------------------

_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def validate_organization(draft: OrganizationDraft) -> OrganizationDraft:
    return replace(
        draft,
        name=_required(draft.name, "name"),
        kind=OrganizationKind(draft.kind),
        address=_clean(draft.address),
        phone=check_phone(draft.phone),
        email=check_email(draft.email),
        website=check_web(draft.website, "website"),
        description=_clean(draft.description),
    )


def validate_service(draft: ServiceDraft) -> ServiceDraft:
    name = _required(draft.name, "name")
    check_ages(draft.min_age, draft.max_age)
    if not 1 <= draft.follow_up_days <= 365:
        raise ValidationError(MSG_FOLLOW_UP, field="follow_up_days", value=draft.follow_up_days)
    status = ServiceStatus(draft.status)
    if status is ServiceStatus.TEMPORARILY_CLOSED and draft.paused_until is None:
        raise ValidationError(MSG_PAUSE, field="paused_until")
    languages = tuple(dict.fromkeys(code.strip().lower() for code in draft.languages if code.strip()))
    for code in languages:
        if not _LANGUAGE.match(code):
            raise ValidationError(MSG_LANGUAGE, field="languages", value=code)
    return replace(
        draft,
        name=name,
        name_en=_clean(draft.name_en),
        description=(draft.description or "").strip(),
        status=status,
        paused_until=draft.paused_until if status is ServiceStatus.TEMPORARILY_CLOSED else None,
        capacity_note=_clean(draft.capacity_note),
        eligibility=_clean(draft.eligibility),
        area=_clean(draft.area),
        what_to_bring=_clean(draft.what_to_bring),
        application_process=_clean(draft.application_process),
        next_step=_clean(draft.next_step),
        phone=check_phone(draft.phone),
        email=check_email(draft.email),
        url=check_web(draft.url),
        address=_clean(draft.address),
        postal_code=_clean(draft.postal_code),
        city=_clean(draft.city),
        categories=tuple(dict.fromkeys(c.strip() for c in draft.categories if c.strip())),
        handover_contact=check_contact(draft.handover_contact),
        languages=languages or ("da",),
        schedules=check_schedules(draft.schedules, _WEEKDAYS_EN),
        exceptions=check_exceptions(draft.exceptions),
    )


def validate_address(draft: AddressDraft, existing: Iterable[AddressEntry], *, own_id: int | None = None,
                     ) -> AddressDraft:
    """The range tidied; refused when it overlaps another range of the table (``own_id`` excepted)."""
    street = _required(draft.street, "street")
    for value, field in ((draft.number_from, "number_from"), (draft.number_to, "number_to")):
        if value < 1:
            raise ValidationError(MSG_NUMBER, field=field, value=value)
    if draft.number_from > draft.number_to:
        raise ValidationError(MSG_NUMBERS, field="number_from", low=draft.number_from, high=draft.number_to)
    cleaned = replace(draft, street=street, parity=AddressParity(draft.parity), department=_clean(draft.department),
                      note=_clean(draft.note))
    other = find_overlap(cleaned, existing, own_id=own_id)
    if other is not None:
        raise ValidationError(MSG_OVERLAP, field="number_from", street=street, low=draft.number_from,
                              high=draft.number_to, other_low=other.number_from, other_high=other.number_to,
                              organization=other.organization_name)
    return cleaned


def find_overlap(draft: AddressDraft, existing: Iterable[AddressEntry], *, own_id: int | None = None,
                 ) -> AddressEntry | None:
    """The first range on the same street that shares a house number with ``draft``."""
    street = fold(draft.street)
    for entry in existing:
        if entry.id == own_id or fold(entry.street) != street:
            continue
        low, high = max(entry.number_from, draft.number_from), min(entry.number_to, draft.number_to)
        # Two numbers are enough to see whether the sides of the street meet.
        if any(number_in_range(n, entry.number_from, entry.number_to, entry.parity)
               and number_in_range(n, draft.number_from, draft.number_to, draft.parity)
               for n in range(low, min(high, low + 1) + 1)):
            return entry
    return None


def validate_category(draft: CategoryDraft) -> CategoryDraft:
    keywords: list[str] = []
    seen: set[str] = set()
    for word in draft.keywords:
        text = " ".join(word.split())
        if not text:
            continue
        if sum(ch.isalnum() for ch in text) < 2:
            raise ValidationError(MSG_KEYWORD, field="keywords", value=text)
        if text.lower() not in seen:  # "åbent" and "aabent" are both kept: people type either
            seen.add(text.lower())
            keywords.append(text)
    return replace(draft, name_da=_required(draft.name_da, "name_da"), name_en=_required(draft.name_en, "name_en"),
                   focus_area=FocusArea(draft.focus_area) if draft.focus_area else None, keywords=tuple(keywords))


def validate_rule(draft: RuleDraft) -> RuleDraft:
    category = _required(draft.category_code, "category")
    check_ages(draft.min_age, draft.max_age)
    language = _clean(draft.language)
    if language is not None:
        language = language.lower()
        if not _LANGUAGE.match(language):
            raise ValidationError(MSG_LANGUAGE, field="language", value=language)
    return replace(draft, category_code=category, language=language, note=_clean(draft.note))


# --- before and after -----------------------------------------------------------------------------


def as_plain(value: Any) -> Any:
    """A JSON-friendly form of a draft field (dates and times as ISO text, tuples as lists)."""
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [as_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: as_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, str):  # StrEnum too
        return str(value)
    return value


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Field name -> (before, after) for every field whose value differs."""
    return {key: (before.get(key), after.get(key)) for key in sorted(set(before) | set(after))
            if before.get(key) != after.get(key)}


# --- from what is stored to a draft -----------------------------------------------------------------


def draft_from_service(service: Service) -> ServiceDraft:
    """The editor's starting point for ``service``; also what a conflict is compared on."""
    location = service.location
    return ServiceDraft(
        organization_id=service.organization_id, name=service.name, name_en=service.name_en,
        description=service.description, status=service.status, paused_until=service.paused_until,
        waiting_list=service.waiting_list, capacity_note=service.capacity_note, eligibility=service.eligibility,
        min_age=service.min_age, max_age=service.max_age, area=service.area, what_to_bring=service.what_to_bring,
        application_process=service.application_process, next_step=service.next_step, phone=service.phone,
        email=service.email, url=service.url, address=location.address if location else None,
        postal_code=location.postal_code if location else None, city=location.city if location else None,
        categories=tuple(c.code for c in service.categories), follow_up_days=service.follow_up_days,
        handover_contact=service.handover_contact, open_on_holidays=service.open_on_holidays,
        languages=service.languages or ("da",),
        schedules=tuple(sorted(service.schedules, key=lambda s: (s.weekday, s.opens_at, s.closes_at))),
        exceptions=tuple(sorted(service.exceptions, key=lambda e: (e.first_day, e.last_day))),
    )


def draft_from_organization(org: Organization) -> OrganizationDraft:
    return OrganizationDraft(name=org.name, kind=org.kind, address=org.address, phone=org.phone, email=org.email,
                             website=org.website, description=org.description, active=org.active)


def draft_from_category(category: Category) -> CategoryDraft:
    return CategoryDraft(name_da=category.name_da, name_en=category.name_en, focus_area=category.focus_area,
                         keywords=category.keywords)


def draft_from_address(entry: AddressEntry) -> AddressDraft:
    return AddressDraft(street=entry.street, number_from=entry.number_from, number_to=entry.number_to,
                        organization_id=entry.organization_id, parity=entry.parity, department=entry.department,
                        note=entry.note)


def draft_from_rule(rule: RuleEntry) -> RuleDraft:
    return RuleDraft(category_code=rule.category_code, service_id=rule.service_id, priority=rule.priority,
                     housing_organization_id=rule.housing_organization_id, min_age=rule.min_age,
                     max_age=rule.max_age, language=rule.language, note=rule.note, active=rule.active)
