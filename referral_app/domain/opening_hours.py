"""When a service is open: the one place that decides it.

Weekly hours (several intervals a day, each valid from/to), exceptions
(closed on a date or a range, special hours on a date), a pause with a date
the service reopens, Danish public holidays (a service may stay open on them)
and the directory-wide settings for 24 December, 31 December and 5 June.
The slip's coming week, the suggestion cards, the directory's detail pane and
the follow-up due dates all ask ``hours_on``.

Order of precedence for one date: an exception for that date wins (special
hours on a holiday are kept); then a pause; then a holiday; then the weekly
hours valid on that date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

from referral_app.domain.directory import Schedule, ScheduleException, Service
from referral_app.domain.enums import ServiceStatus
from referral_app.domain.i18n import QT_TRANSLATE_NOOP


class ClosedReason(StrEnum):
    NO_HOURS = "no_hours"  # not open on that weekday
    HOLIDAY = "holiday"
    EXCEPTION = "exception"  # a closure the coordinator entered
    PAUSED = "paused"
    SERVICE_CLOSED = "service_closed"  # inactive or closed down


CLOSED_LABELS: dict[ClosedReason, str] = {
    ClosedReason.NO_HOURS: QT_TRANSLATE_NOOP("enums", "closed"),
    ClosedReason.HOLIDAY: QT_TRANSLATE_NOOP("enums", "closed (holiday)"),
    ClosedReason.EXCEPTION: QT_TRANSLATE_NOOP("enums", "closed (exception)"),
    ClosedReason.PAUSED: QT_TRANSLATE_NOOP("enums", "closed (paused)"),
    ClosedReason.SERVICE_CLOSED: QT_TRANSLATE_NOOP("enums", "closed (service closed)"),
}

# Days that are not public holidays but on which most of the directory closes.
# Which of them close is a directory-wide setting (see ``CalendarSettings``).
CHRISTMAS_EVE = (12, 24)
NEW_YEARS_EVE = (12, 31)
CONSTITUTION_DAY = (6, 5)


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    """Directory-wide: whether services close on these days as on a holiday."""

    closed_christmas_eve: bool = True
    closed_new_years_eve: bool = True
    closed_constitution_day: bool = True

    def closed_days(self) -> frozenset[tuple[int, int]]:
        days = set()
        if self.closed_christmas_eve:
            days.add(CHRISTMAS_EVE)
        if self.closed_new_years_eve:
            days.add(NEW_YEARS_EVE)
        if self.closed_constitution_day:
            days.add(CONSTITUTION_DAY)
        return frozenset(days)


@dataclass(frozen=True, slots=True)
class ServiceHours:
    """Everything that decides when one service is open."""

    schedules: tuple[Schedule, ...] = ()
    exceptions: tuple[ScheduleException, ...] = ()
    open_on_holidays: bool = False
    paused_until: date | None = None  # closed before this date (it reopens on it)
    closed: bool = False  # inactive or closed down: never open


def service_hours(service: Service) -> ServiceHours:
    """What decides when ``service`` is open (closed down or inactive services never are)."""
    return ServiceHours(
        schedules=service.schedules, exceptions=service.exceptions, open_on_holidays=service.open_on_holidays,
        paused_until=service.paused_until,
        closed=service.status in (ServiceStatus.INACTIVE, ServiceStatus.DEFUNCT),
    )


@dataclass(frozen=True, slots=True)
class Interval:
    opens_at: time
    closes_at: time
    note: str | None = None


@dataclass(frozen=True, slots=True)
class DayHours:
    """The hours on one date; no intervals means closed, and ``reason`` says why."""

    day: date
    intervals: tuple[Interval, ...] = ()
    reason: ClosedReason | None = None
    holiday: str | None = None  # the holiday's name, when it is one
    note: str | None = None  # an exception's note
    special: bool = False  # hours from an exception, not the weekly hours

    @property
    def closed(self) -> bool:
        return not self.intervals


class OpenState(StrEnum):
    OPEN_NOW = "open_now"
    OPENS_LATER = "opens_later"  # later today
    CLOSED_TODAY = "closed_today"  # not open any more today, or not at all


@dataclass(frozen=True, slots=True)
class OpenStatus:
    state: OpenState
    today: DayHours
    until: time | None = None  # open now: closes at
    opens_at: time | None = None  # opens later today at


@lru_cache(maxsize=64)
def _danish_holidays(year: int) -> dict[date, str]:
    import holidays  # here: loading its calendars costs a start-up that shows no opening hours

    try:
        return dict(holidays.country_holidays("DK", years=year, language="da"))
    except FileNotFoundError:  # its translation files were not packaged: its own names, put in Danish
        days = holidays.country_holidays("DK", years=year)
        return {day: _DANISH_HOLIDAY_NAMES.get(name, name) for day, name in days.items()}


# The holidays package's own (English) names of the Danish holidays, in Danish.
_DANISH_HOLIDAY_NAMES = {
    "New Year's Day": "Nytårsdag", "Maundy Thursday": "Skærtorsdag", "Good Friday": "Langfredag",
    "Easter Sunday": "Påskedag", "Easter Monday": "Anden påskedag", "Great Prayer Day": "Store bededag",
    "Ascension Day": "Kristi himmelfartsdag", "Pentecost": "Pinsedag", "Pentecost Monday": "Anden pinsedag",
    "Christmas Day": "Juledag", "Second Day of Christmas": "Anden juledag",
}


@lru_cache(maxsize=64)
def _optional_days(year: int) -> dict[date, str]:
    """24 December, 31 December, 5 June (and 1 May) by their Danish names."""
    import holidays

    return dict(holidays.country_holidays("DK", years=year, language="da", categories=(holidays.OPTIONAL,)))


@lru_cache(maxsize=8)
def _closed_days(settings: CalendarSettings) -> frozenset[tuple[int, int]]:
    return settings.closed_days()


def holiday_name(day: date, settings: CalendarSettings) -> str | None:
    """The name of the Danish public holiday on ``day``, or of a directory-wide closing day."""
    name = _danish_holidays(day.year).get(day)
    if name:
        return name
    if (day.month, day.day) in _closed_days(settings):
        return _optional_days(day.year).get(day) or day.isoformat()
    return None


def hours_on(hours: ServiceHours, day: date, settings: CalendarSettings | None = None) -> DayHours:
    """The hours ``hours`` give on ``day``: the one rule for every screen and report."""
    settings = settings or CalendarSettings()
    if hours.closed:
        return DayHours(day, reason=ClosedReason.SERVICE_CLOSED)
    for exception in hours.exceptions:
        if exception.covers(day):
            if exception.closed:
                return DayHours(day, reason=ClosedReason.EXCEPTION, note=exception.note)
            return DayHours(day, (Interval(exception.opens_at, exception.closes_at, exception.note),),  # type: ignore[arg-type]
                            note=exception.note, special=True)
    if hours.paused_until is not None and day < hours.paused_until:
        return DayHours(day, reason=ClosedReason.PAUSED)
    holiday = holiday_name(day, settings)
    if holiday and not hours.open_on_holidays:
        return DayHours(day, reason=ClosedReason.HOLIDAY, holiday=holiday)
    intervals = tuple(sorted(
        (Interval(s.opens_at, s.closes_at, s.note) for s in hours.schedules if s.applies_on(day)),
        key=lambda i: (i.opens_at, i.closes_at),
    ))
    if not intervals:
        return DayHours(day, reason=ClosedReason.NO_HOURS, holiday=holiday)
    return DayHours(day, intervals, holiday=holiday)


def coming_days(hours: ServiceHours, first_day: date, days: int = 7,
                settings: CalendarSettings | None = None) -> tuple[DayHours, ...]:
    return tuple(hours_on(hours, first_day + timedelta(days=n), settings) for n in range(days))


def is_open_at(hours: ServiceHours, moment: datetime, settings: CalendarSettings | None = None) -> bool:
    now = moment.time()
    return any(i.opens_at <= now < i.closes_at for i in hours_on(hours, moment.date(), settings).intervals)


def status_at(hours: ServiceHours, moment: datetime, settings: CalendarSettings | None = None) -> OpenStatus:
    """"Open now (until …)", "opens at …" later today, or "closed today" (with the day's reason)."""
    today = hours_on(hours, moment.date(), settings)
    now = moment.time()
    for interval in today.intervals:
        if interval.opens_at <= now < interval.closes_at:
            return OpenStatus(OpenState.OPEN_NOW, today, until=interval.closes_at)
    later = [i.opens_at for i in today.intervals if i.opens_at > now]
    if later:
        return OpenStatus(OpenState.OPENS_LATER, today, opens_at=min(later))
    return OpenStatus(OpenState.CLOSED_TODAY, today)


def first_open_day(hours: ServiceHours, day: date, settings: CalendarSettings | None = None,
                   horizon: int = 60) -> date:
    """``day`` if the service is open on it, else the next day it is (``day`` when none within ``horizon``)."""
    for offset in range(horizon):
        candidate = day + timedelta(days=offset)
        if not hours_on(hours, candidate, settings).closed:
            return candidate
    return day
