"""What the three reports are made from: the data objects the PDF builders take.

The services fill these from the database; ``referral_app.reports`` turns
them into PDFs and the CLI into JSON. Nothing here knows either side, so a
figure has one definition, and the PDF and the JSON cannot disagree.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from referral_app.domain.directory import Schedule
from referral_app.domain.enums import Channel, FocusArea, ReferralMode, ReferralStatus
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.limits import check_day
from referral_app.domain.opening_hours import (
    CalendarSettings,
    ClosedReason,
    ServiceHours,
    coming_days,
)
from referral_app.domain.referrals import OPEN_STATUSES
from referral_app.domain.residents import AGE_BANDS
from referral_app.domain.slip_languages import DANISH, ServiceTranslation

REPORT_LANGUAGES = ("da", "en")
# A statistics period longer than this is almost always a typing error (1925 for 2025).
MAX_PERIOD_YEARS = 10
TOP_SERVICES = 10
# Referrals that reached an outcome; the completion rate is completed / these.
OUTCOME_STATUSES = frozenset(
    {ReferralStatus.COMPLETED, ReferralStatus.NOT_COMPLETED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED}
)

MSG_PERIOD_ORDER = QT_TRANSLATE_NOOP("errors", "The end of the period must come after its start.")
MSG_PERIOD_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "A statistics period can be at most {years} years long; check the dates."
)
MSG_BAD_PERIOD = QT_TRANSLATE_NOOP(
    "errors", "{value} is not a period; write e.g. 2026, 2026-Q3 or 2026-09."
)
MSG_BAD_LANGUAGE = QT_TRANSLATE_NOOP("errors", "{value} is not one of the choices: {choices}.")


class ReportKind(StrEnum):
    SLIP = "slip"
    CASE_SUMMARY = "case"
    STATISTICS = "stats"
    TODAYS_LIST = "today"


@dataclass(frozen=True, slots=True)
class RenderedReport:
    """A finished PDF in memory: previewed, then printed or saved as it is."""

    kind: ReportKind
    pdf: bytes
    file_name: str  # suggested, e.g. "statistik-2026-q3.pdf"
    subject_id: int | None = None  # the referral or inquiry it is about
    resident_id: int | None = None
    detail: str = ""  # for the audit entry when it is printed or saved

    @property
    def personal(self) -> bool:
        """Printing or saving it is written to the audit trail."""
        return self.kind in (ReportKind.CASE_SUMMARY, ReportKind.TODAYS_LIST)

    def file_name_in(self, language: str) -> str:
        """The suggested file name in the user's language: "sagsoversigt-12.pdf" in Danish,
        "case-summary-12.pdf" in English (the rest of the name stays)."""
        stems = FILE_STEMS[self.kind]
        for stem in stems.values():
            if self.file_name.startswith(f"{stem}-"):
                return f"{stems.get(language, stems['da'])}{self.file_name[len(stem):]}"
        return self.file_name


#: The first word of a report's file name, per language.
FILE_STEMS: dict[ReportKind, dict[str, str]] = {
    ReportKind.SLIP: {"da": "seddel", "en": "slip"},
    ReportKind.CASE_SUMMARY: {"da": "sagsoversigt", "en": "case-summary"},
    ReportKind.STATISTICS: {"da": "statistik", "en": "statistics"},
    ReportKind.TODAYS_LIST: {"da": "dagens-liste", "en": "todays-list"},
}


@dataclass(frozen=True, slots=True)
class ListedInquiry:
    """One row of the printed day's list."""

    id: int
    received_at: datetime
    channel: Channel
    category: str
    resident: str  # the name, the initials when names are hidden, or "" when anonymous
    description: str
    status: str
    logged_by: str


@dataclass(frozen=True, slots=True)
class TodaysList:
    """The inquiries of one day, at one desk (or every desk), for paper."""

    day: date
    desk: str | None
    rows: tuple[ListedInquiry, ...]
    names_hidden: bool
    printed_at: datetime


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    """Whole local days from ``start`` to and including ``end``."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.CUSTOM

    def __post_init__(self) -> None:
        check_day(self.start, "from")
        check_day(self.end, "to")
        if self.end < self.start:
            raise ValidationError(MSG_PERIOD_ORDER, field="to")
        if self.end - self.start > timedelta(days=366 * MAX_PERIOD_YEARS):
            raise ValidationError(MSG_PERIOD_TOO_LONG, field="to", years=MAX_PERIOD_YEARS)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        last = first + 2
        return cls(date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]), PeriodKind.QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        """A custom period, named a month, quarter or year when it is exactly one."""
        if start.day == 1 and end >= start:
            if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
                return cls.year(start.year)
            if start.year == end.year and end == cls.month(start.year, start.month).end:
                return cls.month(start.year, start.month)
            if start.month % 3 == 1 and start.year == end.year:
                quarter = cls.quarter(start.year, (start.month + 2) // 3)
                if end == quarter.end:
                    return quarter
        return cls(start, end, PeriodKind.CUSTOM)

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026``, ``2026-Q3`` (or ``2026Q3``, ``Q3-2026``) or ``2026-09``."""
        value = text.strip().upper()
        try:
            if re.fullmatch(r"\d{4}", value):
                return cls.year(int(value))
            match = re.fullmatch(r"(\d{4})-?Q([1-4])|Q([1-4])-?(\d{4})", value)
            if match:
                year, quarter = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
                return cls.quarter(int(year), int(quarter))
            match = re.fullmatch(r"(\d{4})-(\d{1,2})", value)
            if match:
                return cls.month(int(match.group(1)), int(match.group(2)))
        except ValueError:
            pass
        raise ValidationError(MSG_BAD_PERIOD, field="period", value=text)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def months(self) -> tuple[date, ...]:
        """The first day of every calendar month the period touches."""
        result = []
        current = self.start.replace(day=1)
        while current <= self.end:
            result.append(current)
            current = (current + timedelta(days=32)).replace(day=1)
        return tuple(result)

    def month_starts(self) -> tuple[date, ...]:
        """Where each month's part of the period starts (the first is the period's start)."""
        return tuple(max(first, self.start) for first in self.months())

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def parse_report_language(value: str | None) -> str:
    language = (value or "da").strip().lower()
    if language not in REPORT_LANGUAGES:
        raise ValidationError(MSG_BAD_LANGUAGE, field="lang", value=value, choices=", ".join(REPORT_LANGUAGES))
    return language


# --- the slip ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpeningDay:
    """One day of the coming week and the hours the service is open (none: closed)."""

    day: date
    hours: tuple[tuple[time, time, str | None], ...] = ()
    closed_note: str | None = None  # why a usually open day is closed: the holiday's name or the closure's note
    closed_by_choice: bool = False  # closed by an exception or a pause, not just outside the weekly hours

    @property
    def closed(self) -> bool:
        return not self.hours


def coming_week(hours: ServiceHours | tuple[Schedule, ...], first_day: date, days: int = 7,
                settings: CalendarSettings | None = None) -> tuple[OpeningDay, ...]:
    """Opening hours for ``days`` days from ``first_day`` by the one calendar rule
    (``opening_hours.hours_on``: validity, exceptions, pauses, holidays)."""
    if not isinstance(hours, ServiceHours):
        hours = ServiceHours(schedules=tuple(hours))
    week = []
    for day in coming_days(hours, first_day, days, settings):
        note = None
        if day.reason in (ClosedReason.HOLIDAY, ClosedReason.EXCEPTION, ClosedReason.PAUSED):
            note = day.holiday or day.note
        week.append(OpeningDay(day.day, tuple((i.opens_at, i.closes_at, i.note) for i in day.intervals), note,
                               day.reason in (ClosedReason.EXCEPTION, ClosedReason.PAUSED)))
    return tuple(week)


@dataclass(frozen=True, slots=True)
class ContactPoint:
    """Who to ask: a name with its phone, e-mail, web page and address (any may be missing)."""

    name: str
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True)
class SlipData:
    """The resident's slip: where to go, when, what to bring. No personal data on it."""

    reference: str
    referral_id: int
    printed_on: date
    language: str  # "da": Danish only; any other of SLIP_LANGUAGES: that language alongside Danish
    service_name: str
    organization_name: str
    address: str | None
    phone: str | None
    email: str | None
    url: str | None
    what_to_bring: str | None
    application_process: str | None
    mode: ReferralMode
    due_date: date | None
    opening_days: tuple[OpeningDay, ...]
    staff_first_name: str
    vores_hg: ContactPoint | None
    # The directory's texts for the service in the slip's language, where a coordinator wrote them.
    service_translation: ServiceTranslation | None = None
    # The next step a coordinator wrote for the service; the slip's own sentence when None.
    next_step: str | None = None

    @property
    def bilingual(self) -> bool:
        return self.language != DANISH


def slip_reference(referral_id: int) -> str:
    """The number the resident quotes when calling back: "FI-000123"."""
    return f"FI-{referral_id:06d}"


# --- the case summary --------------------------------------------------------------------


class ResidentField(StrEnum):
    """Resident details a consent may allow on a case summary."""

    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    BIRTH_YEAR = "birth_year"
    LANGUAGE = "language"


# Words a coordinator may write in a consent's scope, in either language.
_FIELD_WORDS: dict[str, ResidentField] = {
    "name": ResidentField.NAME, "navn": ResidentField.NAME,
    "phone": ResidentField.PHONE, "telefon": ResidentField.PHONE, "tlf": ResidentField.PHONE,
    "email": ResidentField.EMAIL, "e-mail": ResidentField.EMAIL, "mail": ResidentField.EMAIL,
    "address": ResidentField.ADDRESS, "adresse": ResidentField.ADDRESS,
    "birth_year": ResidentField.BIRTH_YEAR, "birthyear": ResidentField.BIRTH_YEAR,
    "fødselsår": ResidentField.BIRTH_YEAR, "foedselsaar": ResidentField.BIRTH_YEAR,
    "language": ResidentField.LANGUAGE, "sprog": ResidentField.LANGUAGE,
}


def fields_in_scope(scope: str | None) -> frozenset[ResidentField]:
    """The resident fields a consent's scope allows.

    The scope is free text listing fields ("navn, telefon"). An empty scope
    means the consent was given without limits: every field. Words that name
    no field are ignored, so a scope of only unknown words allows nothing.
    """
    if scope is None or not scope.strip():
        return frozenset(ResidentField)
    words = re.split(r"[\s,;/+]+", scope.strip().lower())
    return frozenset(_FIELD_WORDS[word] for word in words if word in _FIELD_WORDS)


@dataclass(frozen=True, slots=True)
class ResidentSection:
    """The resident as the case summary shows them: identifying fields only as consent allows."""

    resident_id: int | None  # None: an anonymous inquiry
    consent_found: bool
    consent_given_at: datetime | None
    allowed: frozenset[ResidentField]
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    birth_year: int | None = None
    language: str | None = None
    interpreter_needed: bool | None = None
    # Not identifying on their own: kept for statistics after anonymization too.
    age_band: str | None = None
    housing_organization: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    by: str | None
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    note: str | None


@dataclass(frozen=True, slots=True)
class CaseReferral:
    id: int
    service_name: str
    organization_name: str
    mode: ReferralMode
    status: ReferralStatus
    reason: str | None
    reason_note: str | None
    outcome: str | None
    created_at: datetime
    closed_at: datetime | None
    due_date: date | None
    timeline: tuple[TimelineEntry, ...]


@dataclass(frozen=True, slots=True)
class CaseSummaryData:
    inquiry_id: int
    received_at: datetime
    channel: Channel
    category_name_da: str | None
    category_name_en: str | None
    description: str
    urgency: str
    status: str
    language: str | None
    interpreter_needed: bool
    recipient: str | None  # None: for our own file
    resident: ResidentSection
    referrals: tuple[CaseReferral, ...]
    generated_at: datetime
    generated_by: str
    report_language: str = "da"


# --- statistics ---------------------------------------------------------------------------

# Keys for the buckets that are no category, organization or age band.
ANONYMOUS = "anonymous"
NOT_RECORDED = "not_recorded"
NO_CATEGORY = "no_category"
NO_FOCUS_AREA = "no_focus_area"


@dataclass(frozen=True, slots=True)
class Count:
    """One row of a breakdown. ``name_da``/``name_en`` are set for things named in
    the database (categories, organizations, services); enum keys are named by
    the report's own texts."""

    key: str
    count: int
    name_da: str | None = None
    name_en: str | None = None

    def name(self, language: str) -> str | None:
        return self.name_en if language == "en" else self.name_da


@dataclass(frozen=True, slots=True)
class MonthCount:
    month: date  # the first day of the month
    inquiries: int
    referrals: int


@dataclass(frozen=True, slots=True)
class ServiceCount:
    service_id: int
    service_name: str
    organization_name: str
    referrals: int
    completed: int


@dataclass(frozen=True, slots=True)
class Statistics:
    """Every figure of the statistics report; definitions are on the report's last page."""

    period: Period
    generated_at: datetime
    overdue_as_of: date
    inquiries_logged: int
    tallies: int
    named: int
    unique_residents: int
    repeat_residents: int
    by_category: tuple[Count, ...]
    by_subcategory: tuple[Count, ...]
    by_focus_area: tuple[Count, ...]
    by_channel: tuple[Count, ...]
    by_housing_organization: tuple[Count, ...]
    by_age_band: tuple[Count, ...]
    by_month: tuple[MonthCount, ...]
    referrals_by_status: tuple[Count, ...]
    referrals_by_organization: tuple[Count, ...]
    top_services: tuple[ServiceCount, ...]
    median_days_to_completion: float | None
    overdue: int

    @property
    def inquiries_total(self) -> int:
        return self.inquiries_logged + self.tallies

    @property
    def anonymous(self) -> int:
        return self.inquiries_total - self.named

    @property
    def single_visit_residents(self) -> int:
        return self.unique_residents - self.repeat_residents

    @property
    def referrals_total(self) -> int:
        return sum(c.count for c in self.referrals_by_status)

    def referrals_with(self, statuses: frozenset[ReferralStatus]) -> int:
        return sum(c.count for c in self.referrals_by_status if c.key in {s.value for s in statuses})

    @property
    def completed(self) -> int:
        return self.referrals_with(frozenset({ReferralStatus.COMPLETED}))

    @property
    def with_outcome(self) -> int:
        return self.referrals_with(OUTCOME_STATUSES)

    @property
    def still_open(self) -> int:
        return self.referrals_with(OPEN_STATUSES)

    @property
    def completion_rate(self) -> float | None:
        """Completed as a share (0-1) of the referrals that reached an outcome."""
        return self.completed / self.with_outcome if self.with_outcome else None

    @property
    def is_empty(self) -> bool:
        return self.inquiries_total == 0 and self.referrals_total == 0

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data: ``referral-app stats --json``."""

        def counts(rows: tuple[Count, ...]) -> dict[str, int]:
            return {row.key: row.count for row in rows}

        rate = self.completion_rate
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat(),
                       "kind": self.period.kind.value},
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "inquiries": {
                "total": self.inquiries_total,
                "logged": self.inquiries_logged,
                "tallies": self.tallies,
                "anonymous": self.anonymous,
                "named": self.named,
                "unique_residents": self.unique_residents,
                "repeat_residents": self.repeat_residents,
                "single_visit_residents": self.single_visit_residents,
            },
            "by_category": counts(self.by_category),
            "by_subcategory": counts(self.by_subcategory),
            "by_focus_area": counts(self.by_focus_area),
            "by_channel": counts(self.by_channel),
            "by_housing_organization": counts(self.by_housing_organization),
            "by_age_band": counts(self.by_age_band),
            "by_month": [
                {"month": m.month.strftime("%Y-%m"), "inquiries": m.inquiries, "referrals": m.referrals}
                for m in self.by_month
            ],
            "referrals": {
                "total": self.referrals_total,
                "by_status": counts(self.referrals_by_status),
                "by_organization": counts(self.referrals_by_organization),
                "completed": self.completed,
                "with_outcome": self.with_outcome,
                "still_open": self.still_open,
                "completion_rate": None if rate is None else round(rate, 4),
                "median_days_to_completion": (
                    None if self.median_days_to_completion is None else round(self.median_days_to_completion, 1)
                ),
                "overdue": self.overdue,
                "overdue_as_of": self.overdue_as_of.isoformat(),
            },
            "top_services": [
                {"service_id": s.service_id, "service": s.service_name, "organization": s.organization_name,
                 "referrals": s.referrals, "completed": s.completed}
                for s in self.top_services
            ],
        }


# --- the statistics roll-up -------------------------------------------------------------------
#
# The reporting service counts in SQL (GROUP BY over the period's rows) and
# hands the groups here as plain rows; rolling them up into the report's
# breakdowns is pure Python, testable with rows made by hand.


@dataclass(frozen=True, slots=True)
class InquiryGroup:
    """Logged inquiries, or quick counts (``tally``), of one category, channel and month.

    ``channel`` None: these are counted by channel in ``StatisticsRows.channels``
    instead (the summaries keep the two apart)."""

    tally: bool
    category_id: int | None
    channel: str | None
    month: int  # index of the month in ``Period.months()``
    count: int


@dataclass(frozen=True, slots=True)
class ChannelGroup:
    """Logged inquiries, or quick counts, that came by one channel (not also counted
    by channel in an ``InquiryGroup``)."""

    tally: bool
    channel: str
    count: int


@dataclass(frozen=True, slots=True)
class AskerGroup:
    """Logged inquiries by who asked: anonymous or not, their housing organization and age band then."""

    anonymous: bool
    housing_organization_id: int | None
    age_band: str | None
    count: int


@dataclass(frozen=True, slots=True)
class ReferralGroup:
    """Referrals of one status and month, overdue or not on the report's day."""

    status: str
    month: int
    overdue: bool
    count: int


@dataclass(frozen=True, slots=True)
class ServiceGroup:
    """Referrals to one service with one status (None: any status but completed; the
    summaries count per service only how many and how many completed)."""

    service_id: int
    status: str | None
    count: int


@dataclass(frozen=True, slots=True)
class CategoryRow:
    id: int
    code: str
    name_da: str
    name_en: str
    parent_id: int | None
    focus_area: str | None
    active: bool
    sort_order: int


@dataclass(frozen=True, slots=True)
class ServiceRow:
    id: int
    name: str
    organization_id: int


@dataclass(frozen=True)
class StatisticsRows:
    """What the database counted for a period, and the small tables that name things."""

    inquiries: tuple[InquiryGroup, ...]
    askers: tuple[AskerGroup, ...]
    unique_residents: int
    repeat_residents: int
    referrals: tuple[ReferralGroup, ...]
    per_service: tuple[ServiceGroup, ...]
    median_days_to_completion: float | None
    categories: tuple[CategoryRow, ...]
    organizations: dict[int, str]  # id -> name
    housing_organization_ids: tuple[int, ...]  # in name order
    services: tuple[ServiceRow, ...]
    channels: tuple[ChannelGroup, ...] = ()


class _Categories:
    """The category table: a subcategory rolls up into its main category and
    takes its focus area from it unless it has its own."""

    def __init__(self, rows: tuple[CategoryRow, ...]) -> None:
        self.by_id = {row.id: row for row in rows}
        self.by_code = {row.code: row for row in rows}  # codes are unique

    def _row_and_parent(self, category_id: int | None) -> tuple[CategoryRow | None, CategoryRow | None]:
        row = self.by_id.get(category_id) if category_id is not None else None
        if row is None:
            return None, None
        return row, self.by_id.get(row.parent_id) if row.parent_id else None

    def main_code(self, category_id: int | None) -> str | None:
        row, parent = self._row_and_parent(category_id)
        if row is None:
            return None
        return parent.code if parent else row.code

    def focus_area(self, category_id: int | None) -> str | None:
        row, parent = self._row_and_parent(category_id)
        if row is None:
            return None
        return row.focus_area or (parent.focus_area if parent else None)

    def count(self, code: str | None, n: int) -> Count:
        row = self.by_code.get(code) if code else None
        if row is None:
            return Count(NO_CATEGORY, n)
        return Count(row.code, n, row.name_da, row.name_en)

    def main_codes(self, used: Counter[str | None]) -> list[str]:
        """Main categories in display order: the active ones, and inactive ones still in use."""
        ordered = sorted(self.by_id.values(), key=lambda c: (c.sort_order, c.code))
        return [row.code for row in ordered if row.parent_id is None and (row.active or used.get(row.code))]


def _in_order(known: list[str], counted: Counter[str], *, leave_out: tuple[str, ...] = ()) -> list[str]:
    """The known keys in their order, then any other counted key sorted."""
    return known + sorted(k for k in counted if k not in known and k not in leave_out)


@dataclass
class _InquiryFigures:
    logged: int = 0
    tallies: int = 0
    named: int = 0
    by_leaf: Counter[int | None] = field(default_factory=Counter)
    by_main: Counter[str | None] = field(default_factory=Counter)
    by_focus: Counter[str | None] = field(default_factory=Counter)
    by_channel: Counter[str] = field(default_factory=Counter)
    by_month: Counter[int] = field(default_factory=Counter)
    by_housing: Counter[str] = field(default_factory=Counter)
    by_band: Counter[str] = field(default_factory=Counter)


def _count_inquiries(rows: StatisticsRows, categories: _Categories) -> _InquiryFigures:
    figures = _InquiryFigures()
    for group in rows.inquiries:
        if group.tally:
            figures.tallies += group.count
        else:
            figures.logged += group.count
        figures.by_leaf[group.category_id] += group.count
        figures.by_main[categories.main_code(group.category_id)] += group.count
        figures.by_focus[categories.focus_area(group.category_id)] += group.count
        if group.channel is not None:
            figures.by_channel[group.channel] += group.count
        figures.by_month[group.month] += group.count
    for by_channel in rows.channels:
        figures.by_channel[by_channel.channel] += by_channel.count
    # Quick counts are anonymous by definition.
    figures.by_housing[ANONYMOUS] = figures.tallies
    figures.by_band[ANONYMOUS] = figures.tallies
    for asker in rows.askers:
        if asker.anonymous:
            figures.by_housing[ANONYMOUS] += asker.count
            figures.by_band[ANONYMOUS] += asker.count
            continue
        figures.named += asker.count
        housing = asker.housing_organization_id
        figures.by_housing[str(housing) if housing is not None else NOT_RECORDED] += asker.count
        figures.by_band[asker.age_band or NOT_RECORDED] += asker.count
    return figures


def _category_breakdowns(figures: _InquiryFigures, categories: _Categories) -> tuple[list[Count], list[Count]]:
    by_category = [categories.count(code, figures.by_main.get(code, 0))
                   for code in categories.main_codes(figures.by_main)]
    if figures.by_main.get(None):
        by_category.append(Count(NO_CATEGORY, figures.by_main[None]))
    by_subcategory = sorted(
        (categories.count(categories.by_id[cid].code if cid in categories.by_id else None, n)
         for cid, n in figures.by_leaf.items()),
        key=lambda c: (-c.count, c.name_da or "", c.key),
    )
    return by_category, by_subcategory


def _housing_breakdown(figures: _InquiryFigures, rows: StatisticsRows) -> list[Count]:
    housing_ids = list(rows.housing_organization_ids)
    others = sorted((k for k in figures.by_housing if k not in (ANONYMOUS, NOT_RECORDED) and int(k) not in housing_ids),
                    key=int)
    names = rows.organizations
    result = [Count(k, figures.by_housing.get(k, 0), names.get(int(k), k), names.get(int(k), k))
              for k in [str(i) for i in housing_ids] + others]
    return result + [Count(NOT_RECORDED, figures.by_housing.get(NOT_RECORDED, 0)),
                     Count(ANONYMOUS, figures.by_housing.get(ANONYMOUS, 0))]


def _age_band_breakdown(figures: _InquiryFigures) -> list[Count]:
    bands = [f"{low}+" if high is None else f"{low}-{high}" for low, high in AGE_BANDS]
    bands = _in_order(bands, figures.by_band, leave_out=(ANONYMOUS, NOT_RECORDED))
    return [Count(b, figures.by_band.get(b, 0), b, b) for b in bands] + [
        Count(NOT_RECORDED, figures.by_band.get(NOT_RECORDED, 0)), Count(ANONYMOUS, figures.by_band.get(ANONYMOUS, 0))]


def _focus_breakdown(figures: _InquiryFigures, focus_areas: list[str]) -> list[Count]:
    rows = [Count(f, figures.by_focus.get(f, 0)) for f in focus_areas]
    rows.append(Count(NO_FOCUS_AREA, sum(n for k, n in figures.by_focus.items() if k not in focus_areas)))
    return rows


@dataclass
class _ReferralFigures:
    by_status: Counter[str] = field(default_factory=Counter)
    by_month: Counter[int] = field(default_factory=Counter)
    overdue: int = 0
    per_service: Counter[int] = field(default_factory=Counter)
    completed_per_service: Counter[int] = field(default_factory=Counter)
    per_organization: Counter[int] = field(default_factory=Counter)


def _count_referrals(rows: StatisticsRows) -> _ReferralFigures:
    figures = _ReferralFigures()
    for group in rows.referrals:
        figures.by_status[group.status] += group.count
        figures.by_month[group.month] += group.count
        figures.overdue += group.count if group.overdue else 0
    organization_of = {s.id: s.organization_id for s in rows.services}
    for per in rows.per_service:
        figures.per_service[per.service_id] += per.count
        figures.per_organization[organization_of[per.service_id]] += per.count
        if per.status == ReferralStatus.COMPLETED.value:
            figures.completed_per_service[per.service_id] += per.count
    return figures


def _referral_breakdowns(figures: _ReferralFigures, rows: StatisticsRows
                         ) -> tuple[list[Count], list[Count], list[ServiceCount]]:
    names = rows.organizations
    statuses = _in_order([s.value for s in ReferralStatus], figures.by_status)
    by_status = [Count(s, figures.by_status.get(s, 0)) for s in statuses]
    by_organization = [
        Count(str(org_id), n, names.get(org_id), names.get(org_id))
        for org_id, n in sorted(figures.per_organization.items(), key=lambda item: (-item[1], names.get(item[0], "")))
    ]
    services = {s.id: s for s in rows.services}
    top = sorted(figures.per_service.items(), key=lambda item: (-item[1], item[0]))[:TOP_SERVICES]
    top_services = [
        ServiceCount(sid, services[sid].name, names.get(services[sid].organization_id, ""), n,
                     figures.completed_per_service.get(sid, 0))
        for sid, n in top
    ]
    return by_status, by_organization, top_services


def roll_up(rows: StatisticsRows, period: Period, *, generated_at: datetime, overdue_as_of: date) -> Statistics:
    """The statistics report's figures from the groups the database counted."""
    categories = _Categories(rows.categories)
    inquiries = _count_inquiries(rows, categories)
    referrals = _count_referrals(rows)
    by_category, by_subcategory = _category_breakdowns(inquiries, categories)
    channels = _in_order([c.value for c in Channel], inquiries.by_channel)
    by_status, by_organization, top_services = _referral_breakdowns(referrals, rows)
    return Statistics(
        period=period,
        generated_at=generated_at,
        overdue_as_of=overdue_as_of,
        inquiries_logged=inquiries.logged,
        tallies=inquiries.tallies,
        named=inquiries.named,
        unique_residents=rows.unique_residents,
        repeat_residents=rows.repeat_residents,
        by_category=tuple(by_category),
        by_subcategory=tuple(by_subcategory),
        by_focus_area=tuple(_focus_breakdown(inquiries, [f.value for f in FocusArea])),
        by_channel=tuple(Count(c, inquiries.by_channel.get(c, 0)) for c in channels),
        by_housing_organization=tuple(_housing_breakdown(inquiries, rows)),
        by_age_band=tuple(_age_band_breakdown(inquiries)),
        by_month=tuple(
            MonthCount(first, inquiries.by_month.get(i, 0), referrals.by_month.get(i, 0))
            for i, first in enumerate(period.months())
        ),
        referrals_by_status=tuple(by_status),
        referrals_by_organization=tuple(by_organization),
        top_services=tuple(top_services),
        median_days_to_completion=rows.median_days_to_completion,
        overdue=referrals.overdue,
    )
