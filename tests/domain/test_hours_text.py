"""Opening hours typed one line each, read back the same."""

from __future__ import annotations

from datetime import date, time

import pytest

from referral_app.domain.directory import Schedule, ScheduleException
from referral_app.domain.errors import ValidationError
from referral_app.domain.hours_text import (
    format_exceptions,
    format_weekly,
    parse_exceptions,
    parse_weekly,
)


def test_weekly_lines_with_ranges_several_intervals_and_validity() -> None:
    slots = parse_weekly("man 09:00-15:00, 16-18\ntir-tor 9.30-12\nSat 10-12 (01.06.2026-31.08.2026)\n\n")
    assert slots[:2] == (Schedule(1, time(9), time(15)), Schedule(1, time(16), time(18)))
    assert [s.weekday for s in slots if s.opens_at == time(9, 30)] == [2, 3, 4]
    assert slots[-1] == Schedule(6, time(10), time(12), date(2026, 6, 1), date(2026, 8, 31))
    assert parse_weekly(format_weekly(slots)) == slots
    assert format_weekly(slots, "en").splitlines()[0] == "mon 09:00-15:00, 16:00-18:00"


def test_exceptions_closed_ranges_and_special_hours() -> None:
    items = parse_exceptions("24.12.2026 lukket\n27.07.2026-07.08.2026 lukket Sommerferie\n"
                             "2026-12-31 10:00-12:00 Kort åbent")
    assert items == (ScheduleException(date(2026, 12, 24), date(2026, 12, 24)),
                     ScheduleException(date(2026, 7, 27), date(2026, 8, 7), note="Sommerferie"),
                     ScheduleException(date(2026, 12, 31), date(2026, 12, 31), time(10), time(12), "Kort åbent"))
    assert parse_exceptions(format_exceptions(items)) == items


@pytest.mark.parametrize(("parse", "text", "line"), [
    (parse_weekly, "man 9-15\nfoo 9-15", 2),
    (parse_weekly, "man", 1),
    (parse_weekly, "man 25-26", 1),
    (parse_exceptions, "24.12 lukket", 1),
    (parse_exceptions, "31.02.2026 lukket", 1),
    (parse_exceptions, "24.12.2026 måske", 1),
])
def test_bad_lines_are_named(parse, text: str, line: int) -> None:
    with pytest.raises(ValidationError) as caught:
        parse(text)
    assert caught.value.params["line"] == line and caught.value.field in ("schedules", "exceptions")
