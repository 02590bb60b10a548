"""Forgetting on schedule: what anonymization removes and when it is due."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

REMOVED = "[fjernet]"
RETENTION_RUN_KEY = "retention_last_run"


def months_before(moment: datetime, months: int) -> datetime:
    """The same wall-clock moment ``months`` calendar months earlier (day clamped to the month's end)."""
    year, month = divmod(moment.month - 1 - months, 12)
    year += moment.year
    month += 1
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


# Between the digits of a phone number as people write it: spaces, dots,
# dashes, slashes, brackets (28 18 12 87, 28.18.12.87, 28-18-12-87, (+45) 2818 1287).
_PHONE_GAP = r"[\s.\-/()\u2010-\u2015\u2212]*"
# After a name: the possessive -s, with or without a hyphen or apostrophe (Allans, Allan-s, Allan's, Jens').
_POSSESSIVE = r"(?:[-'\u2019\u00b4]?s|['\u2019])?"


def phone_pattern(phone_digits: str | None) -> re.Pattern[str] | None:
    """A Danish number's last 8 digits in any separator style, with or without +45/0045."""
    if not phone_digits or len(phone_digits) < 8:
        return None
    local = phone_digits[-8:]
    prefix = rf"(?:(?:\+|00){_PHONE_GAP}45{_PHONE_GAP})?"
    return re.compile(rf"(?<!\d){prefix}" + _PHONE_GAP.join(re.escape(d) for d in local) + r"(?!\d)")


def name_pattern(names: list[str]) -> re.Pattern[str] | None:
    """Any of the name parts as a whole word, also in the possessive."""
    parts = sorted({n for n in names if len(n) >= 2}, key=len, reverse=True)
    if not parts:
        return None
    alternatives = "|".join(re.escape(n) for n in parts)
    return re.compile(rf"(?<!\w)(?:{alternatives}){_POSSESSIVE}(?!\w)", re.IGNORECASE)


def scrub(text: str | None, names: list[str], phone_digits: str | None, email: str | None) -> str | None:
    """Remove a person's name parts (also inflected), phone number and e-mail from free text."""
    if not text:
        return text
    result = text
    if email:
        result = re.sub(re.escape(email), REMOVED, result, flags=re.IGNORECASE)
    phone = phone_pattern(phone_digits)
    if phone is not None:
        result = phone.sub(REMOVED, result)
    name = name_pattern(names)
    if name is not None:
        result = name.sub(REMOVED, result)
    return result


def names_the_person(text: str | None, names: list[str], phone_digits: str | None, email: str | None) -> bool:
    """Whether free text (e.g. the terms of an earlier search) mentions the person."""
    return bool(text) and scrub(text, names, phone_digits, email) != text


def name_parts(full_name: str | None) -> list[str]:
    if not full_name:
        return []
    parts = [p for p in re.split(r"[\s\-]+", full_name.strip()) if p]
    return [full_name.strip(), *parts]


@dataclass(frozen=True, slots=True)
class RetentionSummary:
    dry_run: bool
    resident_cutoff: datetime
    audit_cutoff: datetime
    residents_anonymized: int
    audit_entries_deleted: int
    resident_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ErasurePreview:
    resident_id: int
    name: str | None
    fields: tuple[str, ...]
    inquiries: int
    referrals: int
    consents: int
    last_activity: date | None
