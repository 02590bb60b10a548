"""The ranges the app works in: record numbers and days.

A number or date outside them is refused with a message, before it reaches
the database (SQLite and PostgreSQL keep integers in 64 bits) or date
arithmetic (``date.max + 1 day`` overflows)."""

from __future__ import annotations

from datetime import date

from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

MAX_ID = 2**63 - 1
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)

MSG_BAD_ID = QT_TRANSLATE_NOOP("errors", "{value} is not a record number: write a whole number from 1 to {maximum}.")
MSG_DAY_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "errors", "{value} is outside the dates the app works with ({first} to {last})."
)


def parse_record_id(text: str | int, field: str = "id") -> int:
    """A record number (an id) typed as text, 1 to 2^63-1."""
    cleaned = str(text).strip()
    if not (cleaned.isascii() and cleaned.isdigit()) or len(cleaned) > 19 or not 1 <= int(cleaned) <= MAX_ID:
        raise ValidationError(MSG_BAD_ID, field=field, value=str(text), maximum=MAX_ID)
    return int(cleaned)


def check_day(day: date, field: str = "date") -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(MSG_DAY_OUT_OF_RANGE, field=field, value=day.isoformat(),
                              first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat())
    return day
