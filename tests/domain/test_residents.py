"""Resident input rules: phone, e-mail, birth year, name, CPR; age bands; addresses."""

from __future__ import annotations

from datetime import date

import pytest

from referral_app.domain.errors import ValidationError
from referral_app.domain.inquiries import InquiryDraft, clean_inquiry
from referral_app.domain.privacy import MSG_CPR
from referral_app.domain.residents import (
    Address,
    ResidentDraft,
    age_band,
    clean_resident,
    display_phone,
    house_number_value,
    normalize_phone,
    parse_address,
    parse_birth_year,
    phone_digits,
)

TODAY = date(2025, 6, 15)


def _clean(**fields: object) -> ResidentDraft:
    return clean_resident(ResidentDraft(**{"full_name": "Mette Jensen", **fields}), today=TODAY)


def _error(**fields: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        _clean(**fields)
    return info.value


# --- Phone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("20123456", "+4520123456"),
        ("20 12 34 56", "+4520123456"),
        ("+45 20 12 34 56", "+4520123456"),
        ("0045 2012 3456", "+4520123456"),
        ("+45-20-12-34-56", "+4520123456"),
        ("+46 70 123 45 67", "+46701234567"),
        ("0046 70 123 45 67", "+46701234567"),
        ("+1 (202) 555-0123", "+12025550123"),
        ("+354 123456", "+354123456"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_valid_phone_numbers_become_canonical(typed: str | None, canonical: str | None) -> None:
    assert normalize_phone(typed) == canonical


@pytest.mark.parametrize(
    "typed",
    [
        "1234567",
        "123456789",
        "12345678",
        "02345678",
        "+45 1234",
        "+45 123456789",
        "+12345",
        "+1234567890123456",
        "20 12 34 5x",
        "telefon",
        "+0123456789",
    ],
)
def test_invalid_phone_numbers_are_refused_on_the_phone_field(typed: str) -> None:
    error = _error(phone=typed)
    assert error.field == "phone" and "8 digits" in error.message


def test_cpr_number_in_the_phone_field_gets_the_cpr_message() -> None:
    error = _error(phone="010190-1234")
    assert error.field == "phone" and error.message == MSG_CPR


def test_phone_digits_and_display() -> None:
    assert phone_digits("+4520123456") == "20123456"
    assert phone_digits("+46701234567") == "46701234567"
    assert display_phone("+4520123456") == "20 12 34 56"
    assert display_phone("+46701234567") == "+46701234567"
    assert display_phone(None) == ""


# --- Other fields ------------------------------------------------------------------------


def test_a_good_draft_is_tidied() -> None:
    clean = _clean(
        full_name="  Mette   Jensen ",
        email=" Mette@Example.DK ",
        street="Høje  Gladsaxe",
        house_number="34b",
        unit="3. tv",
        postal_code="2860",
        city="Søborg",
        birth_year=1984,
        preferred_language="DA",
    )
    assert clean.full_name == "Mette Jensen"
    assert clean.email == "mette@example.dk"
    assert (clean.street, clean.house_number, clean.unit) == ("Høje Gladsaxe", "34B", "3. tv")
    assert clean.preferred_language == "da"


@pytest.mark.parametrize(
    ("name", "field"), [("", "full_name"), ("   ", "full_name"), ("x" * 201, "full_name")]
)
def test_name_is_required_and_limited(name: str, field: str) -> None:
    assert _error(full_name=name).field == field


def test_name_of_200_characters_is_accepted() -> None:
    assert len(_clean(full_name="x" * 200).full_name) == 200


@pytest.mark.parametrize(
    "email", ["mette", "mette@", "@example.dk", "mette@example", "me tte@example.dk", "a@b@c.dk"]
)
def test_invalid_email_is_refused(email: str) -> None:
    error = _error(email=email)
    assert error.field == "email" and "e-mail" in error.message


def test_birth_year_in_the_future_or_before_1900_is_refused() -> None:
    future = _error(birth_year=2026)
    assert future.field == "birth_year" and "future" in str(future)
    assert _error(birth_year=1899).field == "birth_year"
    assert _clean(birth_year=2025).birth_year == 2025
    assert _clean(birth_year=1900).birth_year == 1900


def test_parse_birth_year() -> None:
    assert parse_birth_year(" 1984 ") == 1984
    assert parse_birth_year("") is None
    with pytest.raises(ValidationError) as info:
        parse_birth_year("84")
    assert info.value.field == "birth_year"
    assert parse_birth_year("١٩٨٤") == 1984  # Arabic-Indic digits are digits int() reads


@pytest.mark.parametrize("typed", ["¹⁹⁸⁴", "①⑨⑧④", "198⁴"])
def test_a_birth_year_in_digits_int_cannot_read_is_refused(typed: str) -> None:
    """Found by the long fuzz run (as a resident number): str.isdigit() says
    yes to superscript and circled digits, int() says no."""
    with pytest.raises(ValidationError) as info:
        parse_birth_year(typed)
    assert info.value.field == "birth_year"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"house_number": "34-36", "street": "Høje Gladsaxe"}, "house_number"),
        ({"house_number": "34"}, "street"),
        ({"postal_code": "DK-2860"}, "postal_code"),
        ({"preferred_language": "dansk"}, "preferred_language"),
        ({"unit": "x" * 41}, "unit"),
    ],
)
def test_address_and_language_rules(fields: dict[str, str], field: str) -> None:
    assert _error(**fields).field == field


@pytest.mark.parametrize("field", ["full_name", "email", "street", "unit", "city", "postal_code"])
def test_cpr_is_refused_in_every_free_text_field(field: str) -> None:
    value = "x010190-1234@example.dk" if field == "email" else "Noter 010190-1234"
    error = _error(**{field: value})
    assert error.field == field and error.message == MSG_CPR


# --- Age bands -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "band"),
    [
        (2025, "0-5"),
        (2020, "0-5"),
        (2019, "6-12"),
        (2013, "6-12"),
        (2012, "13-17"),
        (2008, "13-17"),
        (2007, "18-29"),
        (1996, "18-29"),
        (1995, "30-49"),
        (1976, "30-49"),
        (1975, "50-66"),
        (1959, "50-66"),
        (1958, "67+"),
        (1900, "67+"),
        (None, None),
    ],
)
def test_age_bands(born: int | None, band: str | None) -> None:
    assert age_band(born, TODAY) == band


# --- Addresses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "parsed"),
    [
        ("Høje Gladsaxe 34, 3. tv", ("Høje Gladsaxe", "34", "3. tv")),
        ("Høje Gladsaxe 34,3. tv", ("Høje Gladsaxe", "34", "3. tv")),
        ("Høje Gladsaxe 34 3. tv", ("Høje Gladsaxe", "34", "3. tv")),
        ("høje gladsaxe 34b, st. th.", ("høje gladsaxe", "34B", "st. th.")),
        ("  Høje   Gladsaxe  7 ", ("Høje Gladsaxe", "7", None)),
        ("Høje Gladsaxe", ("Høje Gladsaxe", None, None)),
        ("Christian 4.s Vej 12, 1. th", ("Christian 4.s Vej", "12", "1. th")),
        ("", ("", None, None)),
    ],
)
def test_parse_address(typed: str, parsed: tuple[str, str | None, str | None]) -> None:
    assert parse_address(typed) == parsed
    assert isinstance(parse_address(typed), Address)


def test_house_number_value() -> None:
    assert house_number_value("34B") == 34
    assert house_number_value(None) is None
    assert house_number_value("B") is None


# --- Inquiry drafts --------------------------------------------------------------------------------


def test_inquiry_draft_rules() -> None:
    with pytest.raises(ValidationError) as empty:
        clean_inquiry(InquiryDraft(category_code="  "))
    assert empty.value.field == "category"
    with pytest.raises(ValidationError) as long:
        clean_inquiry(InquiryDraft(category_code="bolig", description="x" * 2001))
    assert long.value.field == "description" and long.value.params["length"] == 2001
    with pytest.raises(ValidationError) as cpr:
        clean_inquiry(InquiryDraft(category_code="bolig", description="cpr 0101901234"))
    assert cpr.value.field == "description" and cpr.value.message == MSG_CPR
    with pytest.raises(ValidationError) as channel:
        clean_inquiry(InquiryDraft(category_code="bolig", channel="fax"))
    assert channel.value.field == "channel" and "walk_in" in str(channel.value)
    ok = clean_inquiry(
        InquiryDraft(category_code=" bolig ", channel="phone", description=" x ", urgency="high")
    )
    assert (ok.category_code, ok.channel, ok.description, ok.urgency) == (
        "bolig",
        "phone",
        "x",
        "high",
    )
    assert (
        len(clean_inquiry(InquiryDraft(category_code="bolig", description="x" * 2000)).description)
        == 2000
    )
