"""CPR-like numbers are caught in free text, phone numbers and other numbers are not."""

from __future__ import annotations

import pytest

from referral_app.domain.errors import ValidationError
from referral_app.domain.privacy import MSG_CPR, check_no_cpr, find_cpr_like, mask_name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("010190-1234", "010190-1234"),
        ("0101901234", "0101901234"),
        ("010190 1234", "010190 1234"),
        ("010190 - 1234", "010190 - 1234"),
        ("010190\u20131234", "010190\u20131234"),  # en dash from a word processor
        ("Hun har cpr 311299-4321 med", "311299-4321"),
        ("cpr:0101901234.", "0101901234"),
        ("cpr0101901234", "0101901234"),  # letters around it do not hide it
        ("150823-1234", "150823-1234"),  # a child born in 2023
        ("290200-1234", "290200-1234"),  # 29 Feb 2000: a leap year
        ("290204-1234", "290204-1234"),  # 29 Feb 1904 or 2004
        ("første 12345678 så 0101901234", "0101901234"),
    ],
)
def test_cpr_like_numbers_are_found(text: str, found: str) -> None:
    assert find_cpr_like(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "Ring på 20 12 34 56",  # Danish phone numbers have 8 digits
        "20123456",
        "+45 20 12 34 56",
        "+4520123456",
        "+20 1012345678",  # an Egyptian mobile number: "+CC" then ten digits
        "+0101901234",
        "320190-1234",  # no 32nd day
        "011390-1234",  # no 13th month
        "290201-1234",  # 29 Feb 1901 and 2001 did not exist
        "123456-7890",  # not a date: a case or order number
        "01019012345",  # eleven digits: not a CPR number, inner parts not inspected
        "Konto 12345678901234",
        "010190",  # a date alone
        "01.01.1990",
        "Høje Gladsaxe 34, 3. tv",
        "2023-1234",
    ],
)
def test_other_numbers_are_not_cpr_numbers(text: str | None) -> None:
    assert find_cpr_like(text) is None


def test_check_names_the_field_says_why_and_does_not_repeat_the_number() -> None:
    with pytest.raises(ValidationError) as info:
        check_no_cpr("description", "Borgeren oplyste 010190-1234 ved skranken")
    error = info.value
    assert error.field == "description"
    assert error.message == MSG_CPR
    assert "legal basis" in error.message and "010190" not in str(error)
    assert (error.params["start"], error.params["end"]) == (17, 28)


def test_check_passes_clean_text() -> None:
    check_no_cpr("description", "Spørger om boligstøtte, ring 20 12 34 56")
    check_no_cpr("description", None)


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("Mette Jensen", "M. J."),
        ("  mette   marie jensen ", "M. M. J."),
        ("Anne-Marie Sørensen", "A.-M. S."),
        ("Åse Ørum", "Å. Ø."),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_name_shows_initials(name: str | None, masked: str) -> None:
    assert mask_name(name) == masked


# --- the guard without holes: CPR numbers however they are written ----------------------------

from referral_app.domain.privacy import redact_cpr  # noqa: E402
from tests.cpr_samples import CPR_VARIANTS, EVERYDAY_NUMBERS  # noqa: E402


def test_there_are_enough_samples_of_both_kinds() -> None:
    assert len(EVERYDAY_NUMBERS) >= 50 and len(CPR_VARIANTS) >= 30


@pytest.mark.parametrize("text", CPR_VARIANTS)
def test_every_spelling_of_a_cpr_number_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_no_cpr("description", f"Borgeren sagde {text} i dag")
    start, end = info.value.params["start"], info.value.params["end"]
    marked = f"Borgeren sagde {text} i dag"[start:end]
    digits = [ch for ch in marked if ch.isdigit()]
    assert len(digits) == 10  # the selection covers the number, in the text as typed


@pytest.mark.parametrize("text", EVERYDAY_NUMBERS)
def test_everyday_numbers_are_accepted(text: str) -> None:
    check_no_cpr("description", text)
    assert redact_cpr(text) == text


def test_redaction_masks_every_number_and_keeps_the_rest() -> None:
    text = "user=01.01.90-1234 og 311299 4321, tlf. 28 18 12 87"
    assert redact_cpr(text) == "user=[CPR] og [CPR], tlf. 28 18 12 87"
