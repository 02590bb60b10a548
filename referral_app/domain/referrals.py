"""Referrals: a closed loop from proposed to a recorded outcome.

proposed → sent → accepted | declined → completed | not completed, and
cancelled from any open state. Reassigning closes a referral as "referred
elsewhere" and links the new one to it. Declining or closing as not
completed needs a reason; "other" also needs a note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from referral_app.domain.enums import LABELS, CloseReason, ReferralMode, ReferralStatus
from referral_app.domain.errors import DomainError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from holidays import HolidayBase

S = ReferralStatus

TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    S.PROPOSED: frozenset({S.SENT, S.CANCELLED, S.REFERRED_ELSEWHERE}),
    S.SENT: frozenset({S.ACCEPTED, S.DECLINED, S.CANCELLED, S.REFERRED_ELSEWHERE}),
    S.ACCEPTED: frozenset({S.COMPLETED, S.NOT_COMPLETED, S.CANCELLED, S.REFERRED_ELSEWHERE}),
    S.DECLINED: frozenset(),
    S.COMPLETED: frozenset(),
    S.NOT_COMPLETED: frozenset(),
    S.CANCELLED: frozenset(),
    S.REFERRED_ELSEWHERE: frozenset(),
}
OPEN_STATUSES = frozenset({S.PROPOSED, S.SENT, S.ACCEPTED})
NEEDS_REASON = frozenset({S.DECLINED, S.NOT_COMPLETED})
MAX_NOTE = 2000
DUE_SOON_WORKING_DAYS = 2


class InvalidTransitionError(DomainError):
    pass


class ConsentRequiredError(DomainError):
    """A hand-over needs the resident's consent for the receiving organization.
    Carries ``organization_id`` and ``resident_id`` so the UI can offer to record it."""


class FollowUp(StrEnum):
    NONE = "none"  # closed, or no due date
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


FOLLOW_UP_LABELS = {
    FollowUp.NONE: QT_TRANSLATE_NOOP("enums", "No follow-up"),
    FollowUp.ON_TRACK: QT_TRANSLATE_NOOP("enums", "On track"),
    FollowUp.DUE_SOON: QT_TRANSLATE_NOOP("enums", "Due soon"),
    FollowUp.OVERDUE: QT_TRANSLATE_NOOP("enums", "Overdue"),
}


def check_transition(current: ReferralStatus, target: ReferralStatus, reason: CloseReason | None,
                     note: str | None) -> None:
    if target not in TRANSITIONS[current]:
        raise InvalidTransitionError(
            QT_TRANSLATE_NOOP("errors", "A referral with status {current} cannot be marked {target}."),
            field="status",
            current=LABELS[current],
            target=LABELS[target],
            translated_params=("current", "target"),
        )
    if target in NEEDS_REASON and reason is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a reason when a referral is declined or not completed."),
            field="reason",
        )
    if reason is CloseReason.OTHER and not (note and note.strip()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write a note that explains the reason \"other\"."), field="note"
        )
    if note and len(note) > MAX_NOTE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This field can hold at most {maximum} characters."),
            field="note",
            maximum=MAX_NOTE,
        )


def parse_status(value: ReferralStatus | str) -> ReferralStatus:
    try:
        return ReferralStatus(str(value).strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not one of the choices: {choices}."),
            field="status",
            value=value,
            choices=", ".join(s.value for s in ReferralStatus),
        ) from None


def parse_reason(value: CloseReason | str | None) -> CloseReason | None:
    if value is None or value == "":
        return None
    try:
        return CloseReason(str(value).strip().lower().replace("-", "_"))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not one of the choices: {choices}."),
            field="reason",
            value=value,
            choices=", ".join(r.value for r in CloseReason),
        ) from None


# --- working days ---------------------------------------------------------------

_HOLIDAYS: dict[int, HolidayBase] = {}


def is_working_day(day: date) -> bool:
    if day.weekday() >= 5:
        return False
    calendar = _HOLIDAYS.get(day.year)
    if calendar is None:
        import holidays  # here: loading its calendars costs a start-up that computes no due date

        calendar = _HOLIDAYS[day.year] = holidays.country_holidays("DK", years=day.year)
    return day not in calendar


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days after ``start``, skipping weekends and Danish public holidays."""
    current = start
    remaining = max(0, days)
    while remaining:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when end is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    count, current = 0, start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current):
            count += 1
    return count


def follow_up_state(status: ReferralStatus, due: date | None, today: date) -> FollowUp:
    if status not in OPEN_STATUSES or due is None:
        return FollowUp.NONE
    if due < today:
        return FollowUp.OVERDUE
    if working_days_between(today, due) <= DUE_SOON_WORKING_DAYS:
        return FollowUp.DUE_SOON
    return FollowUp.ON_TRACK


# --- shapes -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReferralEvent:
    at: datetime
    by: str | None
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    note: str | None


@dataclass(frozen=True, slots=True)
class Referral:
    id: int
    inquiry_id: int
    service_id: int
    service_name: str
    organization_id: int
    organization_name: str
    mode: ReferralMode
    status: ReferralStatus
    reason: CloseReason | None
    reason_note: str | None
    due_date: date | None
    outcome: str | None
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    version: int
    previous_referral_id: int | None
    category_code: str | None
    category_name_da: str | None
    resident_id: int | None
    resident_name: str | None
    created_by: str | None
    events: tuple[ReferralEvent, ...] = ()
    inquiry_description: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def follow_up(self, today: date) -> FollowUp:
        return follow_up_state(self.status, self.due_date, today)


@dataclass(frozen=True, slots=True)
class QueueFilter:
    organization_id: int | None = None
    service_id: int | None = None
    status: ReferralStatus | None = None
    category_code: str | None = None
    staff_username: str | None = None
    overdue_only: bool = False
    open_only: bool = True
    text: str | None = None
    #: Open referrals whose follow-up is today or already past (what the reminder points to).
    due_by_today: bool = False


@dataclass(frozen=True, slots=True)
class FollowUpCounts:
    """Open referrals whose follow-up date has passed or is today; ``mine_only``: only
    those the person made (staff who do not follow up the queue)."""

    overdue: int = 0
    due_today: int = 0
    mine_only: bool = False

    @property
    def total(self) -> int:
        return self.overdue + self.due_today
