"""What the three reports are made from: the data objects the PDF builders take.

The services fill these from the database; ``referral_app.reports`` turns
them into PDFs and the CLI into JSON. Nothing here knows either side, so a
figure has one definition, and the PDF and the JSON cannot disagree.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from referral_app.domain.directory import Schedule
from referral_app.domain.enums import Channel, ReferralMode, ReferralStatus
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.limits import check_day
from referral_app.domain.referrals import OPEN_STATUSES
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
        return self.kind is ReportKind.CASE_SUMMARY


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

    @property
    def closed(self) -> bool:
        return not self.hours


def coming_week(schedules: tuple[Schedule, ...], first_day: date, days: int = 7) -> tuple[OpeningDay, ...]:
    """Opening hours for ``days`` days from ``first_day``, honouring each schedule's validity."""
    week = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        hours = sorted(
            ((s.opens_at, s.closes_at, s.note) for s in schedules if s.applies_on(day)),
            key=lambda item: (item[0], item[1]),
        )
        week.append(OpeningDay(day, tuple(hours)))
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
