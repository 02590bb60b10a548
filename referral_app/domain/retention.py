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


def scrub(text: str | None, names: list[str], phone_digits: str | None, email: str | None) -> str | None:
    """Remove a person's name parts, phone number and e-mail from free text."""
    if not text:
        return text
    result = text
    if email:
        result = re.sub(re.escape(email), REMOVED, result, flags=re.IGNORECASE)
    if phone_digits and len(phone_digits) >= 8:
        local = phone_digits[-8:]
        pattern = r"(?:\+?45[\s-]?)?" + r"[\s-]?".join(re.escape(d) for d in local)
        result = re.sub(pattern, REMOVED, result)
    for name in sorted({n for n in names if len(n) >= 2}, key=len, reverse=True):
        result = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", REMOVED, result, flags=re.IGNORECASE)
    return result


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
