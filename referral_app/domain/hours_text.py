"""Opening hours as a coordinator types them, one line each.

Weekly hours::

    man 09:00-15:00, 16:00-18:00
    tir-fre 9-15
    lør 10-12 (01.06.2026-31.08.2026)      valid from/to in brackets

Exceptions::

    24.12.2026 lukket
    27.07.2026-07.08.2026 lukket Sommerferie
    31.12.2026 10:00-12:00 Kort åbningstid

Weekday names in Danish or English, full or short; times as 9, 9.30, 09:30.
Dates as dd.mm.yyyy or ISO. Errors name the line, so the form can say which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time

from referral_app.domain.directory import Schedule, ScheduleException
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.text import fold

MSG_BAD_LINE = QT_TRANSLATE_NOOP("errors", "Line {line} is not understood: {text}. {hint}")
HINT_WEEKLY = QT_TRANSLATE_NOOP("errors", "Write e.g. \"mon 09:00-15:00, 16:00-18:00\" or \"tue-fri 9-15\".")
HINT_EXCEPTION = QT_TRANSLATE_NOOP("errors", "Write e.g. \"24.12.2026 closed\" or \"31.12.2026 10:00-12:00 note\".")

_DAY_NAMES = {
    1: ("mandag", "man", "monday", "mon"),
    2: ("tirsdag", "tir", "tuesday", "tue"),
    3: ("onsdag", "ons", "wednesday", "wed"),
    4: ("torsdag", "tor", "thursday", "thu"),
    5: ("fredag", "fre", "friday", "fri"),
    6: ("lordag", "loerdag", "lor", "loer", "saturday", "sat"),
    7: ("sondag", "soendag", "son", "soen", "sunday", "sun"),
}
_DAY = {name: number for number, names in _DAY_NAMES.items() for name in names}
SHORT_DA = ("man", "tir", "ons", "tor", "fre", "lør", "søn")
SHORT_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CLOSED_WORDS = ("lukket", "closed")

_TIME = r"\d{1,2}(?:[:.]\d{2})?"
_INTERVAL = re.compile(rf"^({_TIME})\s*[-–]\s*({_TIME})$")
_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}"
_VALIDITY = re.compile(rf"\(\s*({_DATE})?\s*[-–]?\s*({_DATE})?\s*\)\s*$")
_EXCEPTION = re.compile(rf"^({_DATE})(?:\s*[-–]\s*({_DATE}))?\s+(.*)$")


def parse_time(text: str) -> time:
    hour, _, minute = text.replace(".", ":").partition(":")
    return time(int(hour), int(minute or 0))


def parse_date(text: str) -> date:
    if "-" in text:
        return date.fromisoformat(text)
    day, month, year = (int(part) for part in text.split("."))
    return date(year, month, day)


def _bad(line: int, text: str, hint: str) -> ValidationError:
    return ValidationError(MSG_BAD_LINE, line=line, text=text, hint=hint, translated_params=("hint",))


def _weekdays(text: str) -> list[int]:
    first, dash, last = fold(text).partition("-")
    if first not in _DAY or (dash and last not in _DAY):
        raise KeyError(text)
    low, high = _DAY[first], _DAY[last] if dash else _DAY[first]
    return list(range(low, high + 1)) if low <= high else [*range(low, 8), *range(1, high + 1)]


def parse_weekly(text: str, field: str = "schedules") -> tuple[Schedule, ...]:
    slots: list[Schedule] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            valid_from = valid_to = None
            validity = _VALIDITY.search(line)
            if validity:
                valid_from = parse_date(validity.group(1)) if validity.group(1) else None
                valid_to = parse_date(validity.group(2)) if validity.group(2) else None
                line = line[: validity.start()].strip()
            days_text, _, rest = line.partition(" ")
            days = _weekdays(days_text)
            intervals = [part.strip() for part in rest.split(",") if part.strip()]
            if not intervals:
                raise ValueError(line)
            for interval in intervals:
                found = _INTERVAL.match(interval)
                if not found:
                    raise ValueError(interval)
                opens, closes = parse_time(found.group(1)), parse_time(found.group(2))
                slots.extend(Schedule(day, opens, closes, valid_from, valid_to) for day in days)
        except (KeyError, ValueError) as exc:
            error = _bad(number, raw.strip(), HINT_WEEKLY)
            error.field = field
            raise error from exc
    return tuple(sorted(slots, key=lambda s: (s.weekday, s.opens_at)))


def format_weekly(schedules: Iterable[Schedule], language: str = "da") -> str:
    names = SHORT_EN if language == "en" else SHORT_DA
    lines: dict[tuple[int, date | None, date | None], list[str]] = {}
    for slot in sorted(schedules, key=lambda s: (s.weekday, s.valid_from or date.min, s.opens_at)):
        key = (slot.weekday, slot.valid_from, slot.valid_to)
        lines.setdefault(key, []).append(f"{slot.opens_at:%H:%M}-{slot.closes_at:%H:%M}")
    out = []
    for (weekday, valid_from, valid_to), intervals in lines.items():
        line = f"{names[weekday - 1]} {', '.join(intervals)}"
        if valid_from or valid_to:
            line += f" ({_d(valid_from)}-{_d(valid_to)})"
        out.append(line)
    return "\n".join(out)


def _d(day: date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def parse_exceptions(text: str, field: str = "exceptions") -> tuple[ScheduleException, ...]:
    result: list[ScheduleException] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            found = _EXCEPTION.match(line)
            if not found:
                raise ValueError(line)
            first = parse_date(found.group(1))
            last = parse_date(found.group(2)) if found.group(2) else first
            what, _, note = found.group(3).strip().partition(" ")
            if fold(what) in CLOSED_WORDS:
                result.append(ScheduleException(first, last, note=note.strip() or None))
                continue
            interval = _INTERVAL.match(what)
            if not interval:
                raise ValueError(what)
            result.append(ScheduleException(first, last, parse_time(interval.group(1)),
                                            parse_time(interval.group(2)), note.strip() or None))
        except ValueError as exc:
            error = _bad(number, raw.strip(), HINT_EXCEPTION)
            error.field = field
            raise error from exc
    return tuple(result)


def format_exceptions(exceptions: Iterable[ScheduleException], language: str = "da") -> str:
    closed = CLOSED_WORDS[1] if language == "en" else CLOSED_WORDS[0]
    out = []
    for item in exceptions:
        days = _d(item.first_day) + (f"-{_d(item.last_day)}" if item.last_day != item.first_day else "")
        what = closed if item.closed else f"{item.opens_at:%H:%M}-{item.closes_at:%H:%M}"
        out.append(" ".join(part for part in (days, what, item.note or "") if part))
    return "\n".join(out)
