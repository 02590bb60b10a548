"""Residents: the shapes the rest of the app sees, and the rules for input."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.privacy import check_no_cpr

MAX_NAME = 200
MAX_EMAIL = 200
MAX_STREET = 200
MAX_UNIT = 40
MAX_CITY = 100
MIN_BIRTH_YEAR = 1900

# Lower bound of each age band; the last band is open-ended.
AGE_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 5),
    (6, 12),
    (13, 17),
    (18, 29),
    (30, 49),
    (50, 66),
    (67, None),
)


class MatchReason(StrEnum):
    """Why a resident turned up in a search or a duplicate check."""

    NAME = "name"
    PHONE = "phone"
    ADDRESS = "address"
    EMAIL = "email"
    SAME_PHONE = "same_phone"
    SIMILAR_NAME_SAME_ADDRESS = "similar_name_same_address"


MATCH_LABELS: dict[MatchReason, str] = {
    MatchReason.NAME: QT_TRANSLATE_NOOP("enums", "Name"),
    MatchReason.PHONE: QT_TRANSLATE_NOOP("enums", "Phone"),
    MatchReason.ADDRESS: QT_TRANSLATE_NOOP("enums", "Address"),
    MatchReason.EMAIL: QT_TRANSLATE_NOOP("enums", "E-mail"),
    MatchReason.SAME_PHONE: QT_TRANSLATE_NOOP("enums", "Same phone number"),
    MatchReason.SIMILAR_NAME_SAME_ADDRESS: QT_TRANSLATE_NOOP(
        "enums", "Similar name at the same address"
    ),
}


@dataclass(frozen=True, slots=True)
class Resident:
    id: int
    full_name: str | None
    phone: str | None  # canonical: "+4512345678"; see display_phone()
    email: str | None
    street: str | None
    house_number: str | None
    unit: str | None
    postal_code: str | None
    city: str | None
    housing_organization_id: int | None
    housing_organization_name: str | None
    department: str | None
    birth_year: int | None
    age_band: str | None
    preferred_language: str | None
    interpreter_needed: bool
    anonymized: bool
    last_activity_at: datetime
    version: int = 1  # for edits: a change made meanwhile at another desk is refused

    @property
    def address_line(self) -> str:
        """ "Høje Gladsaxe 34, 3. tv" or as much of it as is known."""
        head = " ".join(part for part in (self.street, self.house_number) if part)
        return ", ".join(part for part in (head, self.unit) if part)


@dataclass(frozen=True, slots=True)
class ResidentDraft:
    """What the form (or the CLI) gives to create or update a resident."""

    full_name: str = ""
    phone: str | None = None
    email: str | None = None
    street: str | None = None
    house_number: str | None = None
    unit: str | None = None
    postal_code: str | None = None
    city: str | None = None
    birth_year: int | None = None
    preferred_language: str | None = None
    interpreter_needed: bool = False


@dataclass(frozen=True, slots=True)
class ResidentMatch:
    resident: Resident
    score: float  # 0-100, higher is a closer match
    why: MatchReason


@dataclass(frozen=True, slots=True)
class ResidentRef:
    """A resident as an administrator sees them to pick one: name and number only."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class HousingMatch:
    """Who owns the block an address is in, from the address table."""

    organization_id: int
    organization_name: str
    department: str | None


class Address(NamedTuple):
    street: str
    number: str | None
    unit: str | None


#: What a merge can take from either record; the rest of the history (inquiries,
#: referrals, consents) always moves to the kept record.
MERGE_FIELDS: tuple[str, ...] = ("full_name", "phone", "email", "address", "birth_year", "preferred_language")
MERGE_FIELD_LABELS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("enums", "Name"),
    "phone": QT_TRANSLATE_NOOP("enums", "Phone"),
    "email": QT_TRANSLATE_NOOP("enums", "E-mail"),
    "address": QT_TRANSLATE_NOOP("enums", "Address"),
    "birth_year": QT_TRANSLATE_NOOP("enums", "Birth year"),
    "preferred_language": QT_TRANSLATE_NOOP("enums", "Language"),
}

MSG_NO_RESIDENT = QT_TRANSLATE_NOOP("errors", "There is no resident with number {id}.")
MSG_MERGED = QT_TRANSLATE_NOOP(
    "errors", "Resident {id} was merged into resident {merged_into}. Use that record instead."
)
MSG_ANONYMIZED = QT_TRANSLATE_NOOP(
    "errors", "Resident {id} has been anonymized; the record can no longer be used for new work."
)


# --- Phone numbers ---------------------------------------------------------------

MSG_BAD_PHONE = QT_TRANSLATE_NOOP(
    "errors",
    "The phone number is not valid. Write a Danish number with 8 digits (e.g. 20 12 34 56) "
    "or a foreign number starting with + and the country code (e.g. +46 70 123 45 67).",
)
_PHONE_SEPARATORS = re.compile(r"[\s\-./()]")


def normalize_phone(raw: str | None) -> str | None:
    """The canonical form "+<country code><number>" or None when blank.

    Danish numbers: 8 digits starting with 2-9, optionally after +45 or 0045.
    Foreign numbers: "+" (or "00") and 6-15 digits in all (E.164's maximum).
    Spaces, dashes, dots, slashes and brackets between digits are ignored.
    Raises ValidationError on field "phone".
    """
    if raw is None or not raw.strip():
        return None
    compact = _PHONE_SEPARATORS.sub("", raw.strip())
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+"):
        digits = compact[1:]
        if digits.isdigit() and digits.startswith("45"):
            national = digits[2:]
            if len(national) == 8 and national[0] in "23456789":
                return "+45" + national
        elif digits.isdigit() and 6 <= len(digits) <= 15 and digits[0] != "0":
            return "+" + digits
    elif compact.isdigit() and len(compact) == 8 and compact[0] in "23456789":
        return "+45" + compact
    check_no_cpr("phone", raw)  # a CPR number in the phone field gets the clearer message
    raise ValidationError(MSG_BAD_PHONE, field="phone")


def phone_digits(phone: str | None) -> str:
    """The digits to compare: the 8 national digits for Danish numbers,
    all digits after "+" otherwise."""
    if not phone:
        return ""
    if phone[1:].isdigit() and (phone[0] == "+" or phone[0].isdigit()):  # stored numbers: "+4520123456"
        digits = phone[1:] if phone[0] == "+" else phone
    else:
        digits = "".join(ch for ch in phone if ch.isdigit())
    if phone.startswith("+45") and len(digits) == 10:
        return digits[2:]
    return digits


def display_phone(phone: str | None) -> str:
    """ "+4520123456" -> "20 12 34 56"; foreign numbers keep their "+"."""
    if not phone:
        return ""
    if phone.startswith("+45") and len(phone) == 11:
        national = phone[3:]
        return " ".join(national[i : i + 2] for i in range(0, 8, 2))
    return phone


# --- Addresses ----------------------------------------------------------------------

_NUMBER = r"\d{1,4}[A-Za-z]?"
_HEAD_WITH_NUMBER = re.compile(rf"^(?P<street>.*?\S)\s+(?P<number>{_NUMBER})$")
_NO_COMMA = re.compile(rf"^(?P<street>.*?\S)\s+(?P<number>{_NUMBER})(?:\s+(?P<unit>.+))?$")


def parse_address(text: str | None) -> Address:
    """Split a typed address into street, house number and unit.

    "Høje Gladsaxe 34, 3. tv" -> ("Høje Gladsaxe", "34", "3. tv");
    "Høje Gladsaxe 34B st th" -> ("Høje Gladsaxe", "34B", "st th");
    "Høje Gladsaxe" -> ("Høje Gladsaxe", None, None).
    The house number is the first stand-alone number of 1-4 digits (and an
    optional letter) after the street name, so "Christian 4.s Vej 12" keeps
    its street whole.
    """
    cleaned = " ".join((text or "").split())
    if not cleaned:
        return Address("", None, None)
    head, comma, tail = cleaned.partition(",")
    head, tail = head.strip(), tail.strip()
    if comma:
        match = _HEAD_WITH_NUMBER.match(head)
        if match:
            return Address(match["street"], match["number"].upper(), tail or None)
        return Address(head, None, tail or None)
    match = _NO_COMMA.match(cleaned)
    if match:
        return Address(match["street"], match["number"].upper(), match["unit"] or None)
    return Address(cleaned, None, None)


def house_number_value(number: str | None) -> int | None:
    """The numeric part of a house number ("34B" -> 34), for the address table."""
    match = re.match(r"\d+", number or "")
    return int(match.group(0)) if match else None


# --- Age --------------------------------------------------------------------------------


#: The oldest age taken as real; a birth year giving more is a typing error.
MAX_AGE = 120


def age_from_birth_year(birth_year: int | None, on: date) -> int | None:
    """The age someone born in ``birth_year`` reaches during the year of ``on``
    (only the year is known); None when unknown, in the future, or over
    ``MAX_AGE``."""
    if not birth_year:
        return None
    age = on.year - birth_year
    return age if 0 <= age <= MAX_AGE else None


def age_band(birth_year: int | None, on: date) -> str | None:
    """The age band ("0-5" ... "67+") of someone born in ``birth_year``.

    Only the year is known, so the age is the one the person reaches during
    the year of ``on``.
    """
    if birth_year is None:
        return None
    age = max(0, on.year - birth_year)
    for low, high in AGE_BANDS:
        if high is None or age <= high:
            return f"{low}+" if high is None else f"{low}-{high}"
    raise AssertionError("unreachable: the last band is open-ended")


# --- Validation -------------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_HOUSE_NUMBER = re.compile(rf"^{_NUMBER}$")
_POSTAL_CODE = re.compile(r"^\d{4}$")


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def _max_length(field: str, value: str | None, maximum: int) -> None:
    if value is not None and len(value) > maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This field can hold at most {maximum} characters."),
            field=field,
            maximum=maximum,
        )


def normalize_language(field: str, value: str | None) -> str | None:
    cleaned = _clean(value)
    if cleaned is None:
        return None
    cleaned = cleaned.lower()
    if not _LANGUAGE.match(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Write the language as a two-letter code, e.g. da, en, ar or so."
            ),
            field=field,
        )
    return cleaned


def clean_resident(draft: ResidentDraft, *, today: date) -> ResidentDraft:
    """Validate a draft and return it tidied: whitespace collapsed, phone
    canonical, house number upper-case, language lower-case.

    Raises ValidationError naming the first field that breaks a rule.
    """
    name = _clean(draft.full_name)
    street = _clean(draft.street)
    house_number = _clean(draft.house_number)
    unit = _clean(draft.unit)
    postal_code = _clean(draft.postal_code)
    city = _clean(draft.city)
    email = _clean(draft.email)

    # CPR first, on every free-text field, so the reason given is the real one.
    for field, value in (
        ("full_name", name),
        ("email", email),
        ("street", street),
        ("house_number", house_number),
        ("unit", unit),
        ("postal_code", postal_code),
        ("city", city),
        ("preferred_language", draft.preferred_language),
    ):
        check_no_cpr(field, value)

    if name is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write the resident's name."), field="full_name"
        )
    _max_length("full_name", name, MAX_NAME)

    phone = normalize_phone(draft.phone)

    if email is not None:
        _max_length("email", email, MAX_EMAIL)
        if not _EMAIL.match(email):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The e-mail address is not valid. Write it like name@example.dk."
                ),
                field="email",
            )
        email = email.lower()

    _max_length("street", street, MAX_STREET)
    if house_number is not None:
        if not _HOUSE_NUMBER.match(house_number):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Write the house number as digits with an optional letter, e.g. 34 or 34B.",
                ),
                field="house_number",
            )
        house_number = house_number.upper()
        if street is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Write the street as well as the house number."),
                field="street",
            )
    _max_length("unit", unit, MAX_UNIT)
    if postal_code is not None and not _POSTAL_CODE.match(postal_code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A postal code has four digits, e.g. 2860."),
            field="postal_code",
        )
    _max_length("city", city, MAX_CITY)

    if draft.birth_year is not None:
        if draft.birth_year > today.year:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The birth year {year} is in the future."),
                field="birth_year",
                year=draft.birth_year,
            )
        if draft.birth_year < MIN_BIRTH_YEAR:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The birth year must be {minimum} or later."),
                field="birth_year",
                minimum=MIN_BIRTH_YEAR,
            )

    language = normalize_language("preferred_language", draft.preferred_language)

    return replace(
        draft,
        full_name=name,
        phone=phone,
        email=email,
        street=street,
        house_number=house_number,
        unit=unit,
        postal_code=postal_code,
        city=city,
        preferred_language=language,
        interpreter_needed=bool(draft.interpreter_needed),
    )


def parse_birth_year(text: str | None) -> int | None:
    """A birth year typed as text (form or CLI); blank is None."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if not cleaned.isdecimal() or len(cleaned) != 4:  # what int() reads ("¹⁹⁸⁴" is digits to isdigit() only)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write the birth year with four digits, e.g. 1984."),
            field="birth_year",
        )
    return int(cleaned)
