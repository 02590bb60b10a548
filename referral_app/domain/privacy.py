"""Privacy rules at the counter: no CPR numbers, names masked on screen.

A housing organization is a private party without a legal basis to process
CPR numbers, so a CPR-like number typed into any free-text field is refused
before it is saved.

What counts as CPR-like (choices documented here, tested in
tests/domain/test_privacy.py):

* ``DDMMYY-XXXX``: six digits, an optional separator (one dash, en dash or
  space, or a dash with spaces around it), then four digits.
* The first six digits must be a real date in 19YY or in 20YY. 29 February
  therefore needs YY divisible by 4 (2000 was a leap year, so "290200"
  counts). Invalid dates ("320190-1234", "123456-7890") are not refused:
  a real CPR number always starts with a valid date, and refusing every
  ten-digit number would block case and order numbers.
* The ten digits must stand alone: a digit directly before or after means a
  longer number (an account number, an EAN, an 11-15-digit international
  phone number), and its inner parts are not inspected. Letters around the
  number do not protect it: "cpr0101901234" is caught.
* Ten bare digits written right after a "+" or after "+CC " are a phone
  number in international form, not a CPR number ("+20 1012345678").
* Danish phone numbers have eight digits and never match, however grouped.
* Substitute numbers (erstatningspersonnumre, day + 60) are not caught:
  they are not real persons' CPR numbers and would widen the net to many
  ordinary numbers.
"""

from __future__ import annotations

import re
from datetime import date

from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

MSG_CPR = QT_TRANSLATE_NOOP(
    "errors",
    "This looks like a CPR number. CPR numbers may not be saved in Fælles Indgang: the housing "
    "organizations have no legal basis for processing them. Remove the number and save again.",
)

_CPR = re.compile(
    r"(?<!\d)"
    r"(?P<day>\d{2})(?P<month>\d{2})(?P<year>\d{2})"
    r"(?P<sep>\s?[-\u2013]\s?|\s)?"
    r"(?P<serial>\d{4})"
    r"(?!\d)"
)
# "+4512345678" or "+20 1012345678": an international phone number.
_PHONE_PREFIX = re.compile(r"\+(?:\d{1,3}\s)?$")


def _is_date_in_either_century(day: int, month: int, year: int) -> bool:
    for century in (1900, 2000):
        try:
            date(century + year, month, day)
        except ValueError:
            continue
        return True
    return False


def _find(text: str) -> re.Match[str] | None:
    for match in _CPR.finditer(text):
        day, month, year = int(match["day"]), int(match["month"]), int(match["year"])
        if not _is_date_in_either_century(day, month, year):
            continue
        if match["sep"] is None and _PHONE_PREFIX.search(text, 0, match.start()):
            continue
        return match
    return None


def find_cpr_like(text: str | None) -> str | None:
    """The first CPR-like number in ``text`` as written, or None."""
    if not text:
        return None
    match = _find(text)
    return match.group(0) if match else None


def check_no_cpr(field: str, text: str | None) -> None:
    """Raise ValidationError (on ``field``) if ``text`` holds a CPR-like number.

    The number itself is not put in the message, which may be shown or
    logged; ``start`` and ``end`` let the UI select it in the field.
    """
    if not text:
        return
    match = _find(text)
    if match is not None:
        raise ValidationError(MSG_CPR, field=field, start=match.start(), end=match.end())


def mask_name(full_name: str | None) -> str:
    """Initials for a name shown on a screen others can see.

    "Mette Jensen" -> "M. J."; "Anne-Marie Sørensen" -> "A.-M. S.".
    """
    if not full_name:
        return ""
    words = []
    for word in full_name.split():
        parts = [part for part in word.split("-") if part]
        initials = [f"{part[0].upper()}." for part in parts if part[0].isalnum()]
        if initials:
            words.append("-".join(initials))
    return " ".join(words)
