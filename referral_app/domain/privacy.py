"""Privacy rules at the counter: no CPR numbers, names masked on screen.

A housing organization is a private party without a legal basis to process
CPR numbers, so a CPR-like number typed into any free-text field (and staff
names, usernames, file names that reach the audit log, audit filters) is
refused before it is saved. Every service calls :func:`check_no_cpr`; the
audit trail's writer masks with :func:`redact_cpr` as a last line.

What counts as CPR-like (choices documented here, tested in
tests/domain/test_privacy.py):

* The text is normalised first, so a spelling cannot hide a number: Unicode
  NFKC (superscript ¹, full-width ０), digits of every script (Arabic-Indic,
  Devanagari, ...) read as 0-9, invisible characters (zero-width space and
  joiners, soft hyphen, byte-order mark, direction marks: every "format"
  character) removed, and every dash (hyphen, en/em dash, U+2010..U+2015,
  minus sign U+2212), dot, slash and run of whitespace or line breaks
  (CRLF) read as one kind of separator.
* ``DD MM YY XXXX``: a day, a month and a two-digit year, each pair
  optionally followed by a separator ("010190-1234", "01.01.90-1234",
  "01 01 90 1234", "01/01/90 1234"), then four digits in one group. A
  separator is at most one dash, dot or slash with spaces around it.
* The first six digits must be a real date in 19YY or in 20YY. 29 February
  therefore needs YY divisible by 4 (2000 was a leap year, so "290200"
  counts). Invalid dates ("320190-1234", "123456-7890") are not refused:
  a real CPR number always starts with a valid date, and refusing every
  ten-digit number would block case and order numbers.
* The digits must stand alone: a digit directly before or after means a
  longer number (an account number, an EAN, an 11-15-digit international
  phone number), and its inner parts are not inspected. Letters around the
  number do not protect it: "cpr0101901234" is caught.
* Ten bare digits written right after a "+" or after "+CC " are a phone
  number in international form, not a CPR number ("+20 1012345678").
* Danish phone numbers have eight digits and never match, however grouped
  ("28 18 12 87", "+45 28181287"); nor do dates ("01.01.1990"), amounts
  ("1.234,50 kr.") or a date followed by a year ("01.01.90 2026" is caught
  only when the date is valid, which is the price of catching "01.01.90
  1234").
* Substitute numbers (erstatningspersonnumre, day + 60) are not caught:
  they are not real persons' CPR numbers and would widen the net to many
  ordinary numbers.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

MSG_CPR = QT_TRANSLATE_NOOP(
    "errors",
    "This looks like a CPR number. CPR numbers may not be saved in Fælles Indgang: the housing "
    "organizations have no legal basis for processing them. Remove the number and save again.",
)
CPR_MASK = "[CPR]"

_DASHES = "\u2212\u2043\u2e3a\u2e3b\ufe63\uff0d"  # dashes outside the "Pd" category (minus sign, ...)
_DOTS = ".\u00b7\u2024\u2027\u30fb\uff0e"
_SLASHES = "/\\\u2044\u2215\uff0f"
_SEP = r"(?:[ ]*[-./][ ]*|[ ]+)"
_CPR = re.compile(
    r"(?<!\d)"
    rf"(?P<day>\d{{2}}){_SEP}?(?P<month>\d{{2}}){_SEP}?(?P<year>\d{{2}})"
    rf"(?P<sep>{_SEP})?"
    r"(?P<serial>\d{4})"
    r"(?!\d)",
    re.ASCII,
)
# "+4512345678" or "+20 1012345678": an international phone number.
_PHONE_PREFIX = re.compile(r"\+(?:\d{1,3}\s)?$")


def _fold(ch: str) -> str:
    """One character of the text, as the pattern sees it ("" when invisible)."""
    category = unicodedata.category(ch)
    if category == "Cf":  # zero-width space/joiners, soft hyphen, BOM, direction marks
        return ""
    if ch.isspace():
        return " "
    if category == "Pd" or ch in _DASHES:
        return "-"
    if ch in _DOTS:
        return "."
    if ch in _SLASHES:
        return "/"
    if ch.isdigit():
        value = unicodedata.digit(ch, None)
        if value is not None:
            return str(value)
    return ch


def normalise(text: str) -> tuple[str, list[int]]:
    """The text the pattern is matched on, and for each of its characters the
    index of the character in ``text`` it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = "".join(_fold(c) for c in unicodedata.normalize("NFKC", ch)) if not ch.isascii() else _fold(ch)
        for c in folded:
            chars.append(c)
            origin.append(index)
    return "".join(chars), origin


def _is_date_in_either_century(day: int, month: int, year: int) -> bool:
    for century in (1900, 2000):
        try:
            date(century + year, month, day)
        except ValueError:
            continue
        return True
    return False


def _spans(text: str) -> list[tuple[int, int]]:
    """Where CPR-like numbers are in ``text`` (start and end in ``text``)."""
    folded, origin = normalise(text)
    found: list[tuple[int, int]] = []
    position = 0
    while True:
        match = _CPR.search(folded, position)
        if match is None:
            return found
        position = match.start() + 1
        day, month, year = int(match["day"]), int(match["month"]), int(match["year"])
        if not _is_date_in_either_century(day, month, year):
            continue
        bare = len(match.group(0)) == 10
        if bare and _PHONE_PREFIX.search(folded, 0, match.start()):
            continue
        found.append((origin[match.start()], origin[match.end() - 1] + 1))
        position = match.end()


def find_cpr_like(text: str | None) -> str | None:
    """The first CPR-like number in ``text`` as written, or None."""
    if not text:
        return None
    spans = _spans(text)
    return text[spans[0][0]:spans[0][1]] if spans else None


def check_no_cpr(field: str, text: str | None) -> None:
    """Raise ValidationError (on ``field``) if ``text`` holds a CPR-like number.

    The number itself is not put in the message, which may be shown or
    logged; ``start`` and ``end`` let the UI select it in the field.
    """
    if not text:
        return
    spans = _spans(text)
    if spans:
        start, end = spans[0]
        raise ValidationError(MSG_CPR, field=field, start=start, end=end)


def redact_cpr(text: str | None) -> str | None:
    """``text`` with every CPR-like number replaced by "[CPR]" (for what is logged)."""
    if not text:
        return text
    spans = _spans(text)
    for start, end in reversed(spans):
        text = text[:start] + CPR_MASK + text[end:]
    return text


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
