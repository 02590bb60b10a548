"""One rule for when a service is open: weekly hours, exceptions, pauses, holidays, directory-wide days."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from referral_app.domain.directory import Schedule, ScheduleException
from referral_app.domain.opening_hours import (
    CalendarSettings,
    ClosedReason,
    OpenState,
    ServiceHours,
    coming_days,
    first_open_day,
    hours_on,
    is_open_at,
    status_at,
)

WEEKDAYS_9_15 = tuple(Schedule(day, time(9), time(15)) for day in range(1, 6))
OFFICE = ServiceHours(schedules=(*WEEKDAYS_9_15, Schedule(2, time(16), time(18), note="aften")))


def test_weekly_hours_with_two_intervals_on_one_day() -> None:
    tuesday = hours_on(OFFICE, date(2026, 3, 10))
    assert [(i.opens_at, i.closes_at) for i in tuesday.intervals] == [(time(9), time(15)), (time(16), time(18))]
    saturday = hours_on(OFFICE, date(2026, 3, 14))
    assert saturday.closed and saturday.reason is ClosedReason.NO_HOURS


def test_public_holidays_close_unless_the_service_stays_open() -> None:
    christmas_day = date(2026, 12, 25)  # a Friday
    day = hours_on(OFFICE, christmas_day)
    assert day.closed and day.reason is ClosedReason.HOLIDAY and day.holiday
    stays_open = ServiceHours(schedules=WEEKDAYS_9_15, open_on_holidays=True)
    assert not hours_on(stays_open, christmas_day).closed


@pytest.mark.parametrize("day", [date(2026, 12, 24), date(2026, 12, 31), date(2026, 6, 5)])
def test_christmas_eve_new_years_eve_and_constitution_day_are_directory_settings(day: date) -> None:
    assert hours_on(OFFICE, day).reason is ClosedReason.HOLIDAY
    keep_hours = CalendarSettings(closed_christmas_eve=False, closed_new_years_eve=False,
                                  closed_constitution_day=False)
    assert not hours_on(OFFICE, day, keep_hours).closed


def test_exceptions_close_a_range_or_give_special_hours_even_on_a_holiday() -> None:
    hours = ServiceHours(schedules=WEEKDAYS_9_15, exceptions=(
        ScheduleException(date(2026, 3, 9), date(2026, 3, 11), note="Personaledage"),
        ScheduleException(date(2026, 12, 25), date(2026, 12, 25), time(10), time(12), note="Julevagt"),
    ))
    for day in (9, 10, 11):
        closed = hours_on(hours, date(2026, 3, day))
        assert closed.reason is ClosedReason.EXCEPTION and closed.note == "Personaledage"
    assert not hours_on(hours, date(2026, 3, 12)).closed
    special = hours_on(hours, date(2026, 12, 25))
    assert special.special and [(i.opens_at, i.closes_at) for i in special.intervals] == [(time(10), time(12))]


def test_a_paused_service_reopens_on_its_date_and_a_closed_one_never() -> None:
    paused = ServiceHours(schedules=WEEKDAYS_9_15, paused_until=date(2026, 8, 10))
    assert hours_on(paused, date(2026, 8, 7)).reason is ClosedReason.PAUSED
    assert not hours_on(paused, date(2026, 8, 10)).closed
    assert hours_on(ServiceHours(schedules=WEEKDAYS_9_15, closed=True), date(2026, 8, 10)).reason \
        is ClosedReason.SERVICE_CLOSED


def test_schedule_validity_is_kept() -> None:
    summer = ServiceHours(schedules=(Schedule(1, time(9), time(12), valid_from=date(2026, 6, 1),
                                              valid_to=date(2026, 8, 31)),))
    assert hours_on(summer, date(2026, 5, 25)).closed  # also Whit Monday, but validity decides first
    assert not hours_on(summer, date(2026, 6, 8)).closed
    assert hours_on(summer, date(2026, 9, 7)).closed


def test_open_now_opens_later_and_closed_today() -> None:
    tuesday = date(2026, 3, 10)
    assert status_at(OFFICE, datetime.combine(tuesday, time(10))).state is OpenState.OPEN_NOW
    assert status_at(OFFICE, datetime.combine(tuesday, time(10))).until == time(15)
    later = status_at(OFFICE, datetime.combine(tuesday, time(15, 30)))
    assert later.state is OpenState.OPENS_LATER and later.opens_at == time(16)
    evening = status_at(OFFICE, datetime.combine(tuesday, time(19)))
    assert evening.state is OpenState.CLOSED_TODAY
    holiday = status_at(OFFICE, datetime(2026, 12, 25, 10))
    assert holiday.state is OpenState.CLOSED_TODAY and holiday.today.reason is ClosedReason.HOLIDAY
    assert is_open_at(OFFICE, datetime.combine(tuesday, time(9))) and not is_open_at(
        OFFICE, datetime.combine(tuesday, time(15)))


def test_december_week_shows_the_office_closed_on_christmas() -> None:
    week = coming_days(OFFICE, date(2026, 12, 21))
    closed = {d.day.day for d in week if d.closed}
    assert {24, 25, 26, 27} <= closed and 21 not in closed and 22 not in closed


def test_first_open_day_skips_closed_days() -> None:
    assert first_open_day(OFFICE, date(2026, 12, 24)) == date(2026, 12, 28)
    assert first_open_day(OFFICE, date(2026, 3, 10)) == date(2026, 3, 10)


def test_holiday_names_stay_danish_without_the_holidays_translation_files(monkeypatch) -> None:
    """A frozen app without the holidays package's gettext files still knows the days, by their Danish names."""
    import gettext
    from datetime import date

    from referral_app.domain import opening_hours

    real = gettext.translation

    def missing(domain, localedir=None, languages=None, class_=None, fallback=False):  # noqa: ANN001
        if not fallback:
            raise FileNotFoundError(f"No translation file found for domain: {domain!r}")
        return real(domain, localedir, languages, class_, fallback)

    opening_hours._danish_holidays.cache_clear()
    monkeypatch.setattr("holidays.holiday_base.translation", missing)
    try:
        names = opening_hours._danish_holidays(2026)
    finally:
        opening_hours._danish_holidays.cache_clear()
    monkeypatch.undo()
    assert names == opening_hours._danish_holidays(2026)  # the same days and names as with the files
    assert names[date(2026, 12, 25)] == "Juledag"
