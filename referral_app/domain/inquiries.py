"""Inquiries and tallies: the shapes the front desk works with, and their rules."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import TypeVar

from referral_app.domain.accounts import Actor
from referral_app.domain.enums import Channel, InquiryStatus, Role, Urgency
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.residents import normalize_language

MAX_DESCRIPTION = 2000
MAX_DESK = 64
# The undo notice after a tally stays this long; the service allows a short grace on top.
UNDO_SECONDS = 10
UNDO_GRACE_SECONDS = 2


@dataclass(frozen=True, slots=True)
class InquiryDraft:
    """What the full-inquiry form (or the CLI) gives to log an inquiry."""

    channel: Channel | str = Channel.WALK_IN
    category_code: str = ""
    description: str = ""
    language: str | None = None
    interpreter_needed: bool = False
    urgency: Urgency | str = Urgency.NORMAL
    resident_id: int | None = None
    desk: str | None = None


@dataclass(frozen=True, slots=True)
class Inquiry:
    id: int
    received_at: datetime
    channel: Channel
    category_code: str | None
    category_name_da: str | None
    category_name_en: str | None
    description: str
    language: str | None
    interpreter_needed: bool
    urgency: Urgency
    status: InquiryStatus
    resident_id: int | None
    resident_name: str | None  # None for anonymous inquiries and anonymized residents
    logged_by: str | None  # the staff member's username
    desk: str | None
    logged_by_id: int | None = None
    version: int = 1  # for corrections: a change made meanwhile by another desk is refused

    def category_name(self, language: str) -> str | None:
        return self.category_name_en if language == "en" else self.category_name_da


@dataclass(frozen=True, slots=True)
class TallyReceipt:
    """What the front desk shows after a one-key tally, with the undo deadline."""

    id: int
    at: datetime
    category_code: str
    category_name_da: str
    category_name_en: str
    channel: Channel
    desk: str | None
    undone: bool = False

    @property
    def undo_until(self) -> datetime:
        return self.at + timedelta(seconds=UNDO_SECONDS)


E = TypeVar("E", bound=StrEnum)


def parse_choice(enum: type[E], value: E | str, field: str) -> E:
    """An enum member from a member or its stored value ("walk_in"), else a ValidationError."""
    if isinstance(value, enum):
        return value
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not one of the choices: {choices}."),
            field=field,
            value=str(value),
            choices=", ".join(member.value for member in enum),
        ) from None


def clean_category_code(code: str | None) -> str:
    cleaned = (code or "").strip()
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a category."), field="category")
    return cleaned


def clean_desk(desk: str | None) -> str | None:
    cleaned = " ".join((desk or "").split()) or None
    if cleaned is not None and len(cleaned) > MAX_DESK:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This field can hold at most {maximum} characters."),
            field="desk",
            maximum=MAX_DESK,
        )
    return cleaned


def clean_inquiry(draft: InquiryDraft) -> InquiryDraft:
    """Validate a draft and return it tidied, with enums parsed.

    Raises ValidationError naming the first field that breaks a rule. The
    description keeps its line breaks; only its ends are trimmed.
    """
    description = (draft.description or "").strip()
    check_no_cpr("description", description)
    check_no_cpr("desk", draft.desk)
    code = clean_category_code(draft.category_code)
    if len(description) > MAX_DESCRIPTION:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The description is {length} characters long; at most {maximum} are allowed.",
            ),
            field="description",
            length=len(description),
            maximum=MAX_DESCRIPTION,
        )
    return replace(
        draft,
        category_code=code,
        channel=parse_choice(Channel, draft.channel, "channel"),
        description=description,
        language=normalize_language("language", draft.language),
        interpreter_needed=bool(draft.interpreter_needed),
        urgency=parse_choice(Urgency, draft.urgency, "urgency"),
        desk=clean_desk(draft.desk),
    )


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The start and end (exclusive) of a calendar day on this computer's
    clock, in UTC. Daylight-saving days are 23 or 25 hours long."""
    start = datetime.combine(day, time.min).astimezone()
    end = datetime.combine(day + timedelta(days=1), time.min).astimezone()
    return start.astimezone(UTC), end.astimezone(UTC)


def local_today(now: datetime | None = None) -> date:
    """Today's date on this computer's clock (``now`` for tests)."""
    return (now or datetime.now(UTC)).astimezone().date()


# --- Corrections ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InquiryCorrection:
    """What may be corrected on a saved inquiry: everything the person at the
    desk chose or typed about the matter itself."""

    category_code: str
    description: str
    channel: Channel | str
    language: str | None
    resident_id: int | None


MSG_NOT_YOURS = QT_TRANSLATE_NOOP(
    "errors",
    "Only the staff member who logged inquiry {id} can correct it, and only the same day. "
    "Ask a coordinator to correct it.",
)
MSG_NOT_TODAY = QT_TRANSLATE_NOOP(
    "errors",
    "Inquiry {id} was logged on {day}; it can be corrected only the same day. Ask a coordinator to correct it.",
)


def correction_refusal(actor: Actor, logged_by_id: int | None, received_at: datetime,
                       today: date) -> str | None:
    """Why ``actor`` may not correct an inquiry (a message), or None when they may.

    A coordinator may correct any inquiry on any day; the staff member who
    logged it may correct it the same (local) day; nobody else.
    """
    if actor.role is Role.COORDINATOR:
        return None
    if logged_by_id != actor.user_id:
        return MSG_NOT_YOURS
    if local_today(received_at) != today:
        return MSG_NOT_TODAY
    return None


def may_correct(actor: Actor, logged_by_id: int | None, received_at: datetime, today: date) -> bool:
    return correction_refusal(actor, logged_by_id, received_at, today) is None
