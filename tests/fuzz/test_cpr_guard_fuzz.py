"""Property tests of the CPR guard: every spelling of a CPR number hides
nothing (any separators, invisible characters, digit scripts, text around
it), text with fewer than ten digits is never refused, and the mask leaves
no CPR number behind."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from referral_app.domain.errors import ValidationError
from referral_app.domain.privacy import CPR_MASK, check_no_cpr, find_cpr_like, normalise, redact_cpr

SEPARATORS = ["", "-", " ", "  ", ".", "/", " - ", "\r\n", "\n", "\t", "\u00a0", "\u2010", "\u2011", "\u2012",
              "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63", "\uff0d", "\u2024", "\u2044"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u2061"]
# Zero of each script whose digits run 0-9 in one block (Arabic-Indic, Devanagari, Bengali, Thai, ...).
ZEROS = [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xFF10, 0x1D7CE]
SUPERSCRIPT = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"


def _digit(value: int, script: int) -> str:
    if script == -1:
        return SUPERSCRIPT[value]
    return chr(ZEROS[script] + value)


@st.composite
def cpr_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A CPR number (a real date, four digits) spelled in any of the ways a
    person or a word processor might; returns (spelling, the plain digits)."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    digits = born.strftime("%d%m%y") + "".join(str(draw(st.integers(0, 9))) for _ in range(4))
    script = draw(st.sampled_from([*range(len(ZEROS)), -1]))
    grouped = draw(st.booleans())  # "01 01 90 1234" rather than "010190 1234"
    parts: list[str] = []
    for index, ch in enumerate(digits):
        if index in (2, 4) and grouped:
            parts.append(draw(st.sampled_from(SEPARATORS)))
        if index == 6:
            parts.append(draw(st.sampled_from(SEPARATORS)))
        if index and draw(st.integers(0, 9)) == 0:
            parts.append(draw(st.sampled_from(INVISIBLE)))
        parts.append(_digit(int(ch), script))
    return "".join(parts), digits


def _around() -> st.SearchStrategy[str]:
    """Text around the number that keeps it standing alone (no digit and no '+' right next to it)."""
    return st.text(alphabet=st.characters(blacklist_categories=("Nd", "No", "Cf", "Cs")), max_size=20) \
        .map(lambda t: t.rstrip("+ ")).map(lambda t: f"{t} " if t else t)


@given(number=cpr_numbers(), before=_around(), after=_around())
def test_every_spelling_of_a_cpr_number_is_found(number: tuple[str, str], before: str, after: str) -> None:
    spelling, digits = number
    text = f"{before}{spelling} {after}"
    try:
        check_no_cpr("description", text)
    except ValidationError as exc:
        start, end = exc.params["start"], exc.params["end"]
        marked = normalise(text[start:end])[0]
        assert [ch for ch in marked if ch.isdigit()] == list(digits), (text, marked)
    else:
        raise AssertionError(f"not found: {text!r}")
    assert find_cpr_like(redact_cpr(text)) is None and CPR_MASK in (redact_cpr(text) or "")


@given(st.text(max_size=200))
def test_text_with_fewer_than_ten_digits_is_never_refused(text: str) -> None:
    digits = sum(1 for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())
    if digits < 10:
        check_no_cpr("description", text)
        assert redact_cpr(text) == text


@given(st.text(max_size=200))
def test_the_guard_answers_for_any_text(text: str) -> None:
    """Only ValidationError, with a selection inside the text; the mask removes every number it finds."""
    try:
        check_no_cpr("description", text)
    except ValidationError as exc:
        assert 0 <= exc.params["start"] < exc.params["end"] <= len(text)
    assert find_cpr_like(redact_cpr(text)) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)), st.integers(0, 9999))
def test_phone_numbers_and_dates_pass(day: date, serial: int) -> None:
    """Eight-digit phone numbers however grouped, dates with a four-digit
    year, and a date with a time are everyday text."""
    phone = f"{serial:04d}{(day.toordinal() % 10000):04d}"
    for text in (phone, f"{phone[:2]} {phone[2:4]} {phone[4:6]} {phone[6:]}", f"+45 {phone}",
                 day.strftime("%d.%m.%Y"), day.isoformat(), f"{day:%d.%m.%Y} kl. {serial % 24:02d}.{serial % 60:02d}",
                 f"{serial}.{serial % 1000:03d},50 kr."):
        check_no_cpr("description", text)


def test_a_date_that_does_not_exist_is_not_a_cpr_number() -> None:
    day = date(1990, 2, 28) + timedelta(days=1)
    assert find_cpr_like(f"{day:%d%m%y}-1234") is not None  # 01.03.90 is real
    assert find_cpr_like("300290-1234") is None  # 30 February is not
