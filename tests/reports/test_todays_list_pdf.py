"""The printed day's list: short columns (number, channel, status, the staff
member's username) are as wide as their text, so none breaks in the middle of
a word, and every row's number and username come back whole from the PDF."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from referral_app.domain.enums import Channel
from referral_app.domain.reporting import ListedInquiry, TodaysList
from referral_app.reports.todays_list import build_todays_list

DAY = date(2026, 12, 5)


def _rows() -> tuple[ListedInquiry, ...]:
    start = datetime(2026, 12, 5, 8, 30, tzinfo=UTC)
    usernames = ("demo.koordinator", "mette.skranke.nord", "ali")
    return tuple(
        ListedInquiry(id=999_990 + n, received_at=start + timedelta(minutes=17 * n), channel=list(Channel)[n % 4],
                      category="Boligstøtte og ydelser", resident="" if n % 3 else "Ruth Olesen Thomsen",
                      description="Har fået krav om at betale 27.400 kr. i boligstøtte tilbage. " * (1 + n % 2),
                      status=("open", "answered", "referred")[n % 3], logged_by=usernames[n % 3])
        for n in range(24))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_numbers_and_usernames_are_never_broken(lang: str) -> None:
    data = TodaysList(day=DAY, desk=None, rows=_rows(), names_hidden=False,
                      printed_at=datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    out = io.BytesIO()
    build_todays_list(data, out, lang)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)
    words = text.split()
    for row in data.rows:
        assert str(row.id) in words, row.id
    for username in {row.logged_by for row in data.rows}:
        assert words.count(username) == sum(1 for row in data.rows if row.logged_by == username), username
    assert ("Medarbejder" if lang == "da" else "Staff") in words
