"""Logging inquiries at the front desk and listing them.

Listing needs the LOG_INQUIRY permission (front desk and coordinators):
the lists show descriptions and residents' names. Every list call is
written to the audit trail as a search with its period; counting is not,
as a count holds no personal data.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Channel, InquiryStatus, Urgency
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import (
    Inquiry,
    InquiryDraft,
    clean_desk,
    clean_inquiry,
    local_day_bounds,
    local_today,
)
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.residents import age_band
from referral_app.services import audit
from referral_app.services.permissions import require
from referral_app.services.residents import usable_resident_row

MSG_UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("errors", "There is no category with the code {code}.")
MSG_INACTIVE_CATEGORY = QT_TRANSLATE_NOOP(
    "errors", "The category {name} is no longer in use. Choose another category."
)


def active_category(session: Session, code: str) -> m.Category:
    """The category with ``code`` if it exists and is in use; else a ValidationError on "category"."""
    row = session.scalars(select(m.Category).where(m.Category.code == code)).first()
    if row is None:
        raise ValidationError(MSG_UNKNOWN_CATEGORY, field="category", code=code)
    if not row.active:
        raise ValidationError(MSG_INACTIVE_CATEGORY, field="category", name=row.name_da, code=code)
    return row


def log_inquiry(
    session: Session, actor: Actor, draft: InquiryDraft, *, now: datetime | None = None
) -> Inquiry:
    """Save an inquiry (status open), optionally for a resident, whose last
    activity is then set to now."""
    require(session, actor, Permission.LOG_INQUIRY)
    clean = clean_inquiry(draft)
    category = active_category(session, clean.category_code)
    now = now or utcnow()
    resident = None
    if clean.resident_id is not None:
        resident = usable_resident_row(session, clean.resident_id, field="resident")
    if resident is not None:
        resident.last_activity_at = now
    row = m.Inquiry(
        received_at=now,
        created_at=now,
        channel=Channel(clean.channel).value,
        category_id=category.id,
        description=clean.description,
        language=clean.language,
        interpreter_needed=clean.interpreter_needed,
        urgency=Urgency(clean.urgency).value,
        status=InquiryStatus.OPEN.value,
        resident_id=resident.id if resident else None,
        logged_by_id=actor.user_id,
        desk=clean.desk,
        age_band=age_band(resident.birth_year, local_today(now)) if resident and resident.birth_year
        else (resident.age_band if resident else None),
        housing_organization_id=resident.housing_organization_id if resident else None,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity="inquiry",
        entity_id=row.id,
        resident_id=resident.id if resident else None,
        detail=f"category={category.code}",
    )
    return Inquiry(
        id=row.id,
        received_at=now,
        channel=Channel(row.channel),
        category_code=category.code,
        category_name_da=category.name_da,
        category_name_en=category.name_en,
        description=row.description,
        language=row.language,
        interpreter_needed=row.interpreter_needed,
        urgency=Urgency(row.urgency),
        status=InquiryStatus.OPEN,
        resident_id=row.resident_id,
        resident_name=resident.full_name if resident else None,
        logged_by=actor.username,
        desk=row.desk,
        logged_by_id=actor.user_id,
        version=row.version,
    )


# --- Lists -------------------------------------------------------------------------------------


def _bound(value: datetime | date | None, *, end: bool) -> datetime | None:
    """A datetime is used as given (the end is exclusive); a date means the
    whole local day, so ``end=date(2025, 5, 31)`` includes 31 May."""
    if value is None or isinstance(value, datetime):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given as a period bound")
        return value
    start_of_day, end_of_day = local_day_bounds(value)
    return end_of_day if end else start_of_day


def _period(
    start: datetime | date | None, end: datetime | date | None
) -> tuple[datetime | None, datetime | None]:
    lower, upper = _bound(start, end=False), _bound(end, end=True)
    if lower is not None and upper is not None and upper <= lower:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The end of the period must come after its start."),
            field="end",
        )
    return lower, upper


def _filtered(stmt: Any, lower: datetime | None, upper: datetime | None, desk: str | None) -> Any:
    check_no_cpr("desk", desk)  # the filter is written to the log
    if lower is not None:
        stmt = stmt.where(m.Inquiry.received_at >= lower)
    if upper is not None:
        stmt = stmt.where(m.Inquiry.received_at < upper)
    if desk is not None:
        stmt = stmt.where(m.Inquiry.desk == desk)
    return stmt


def _describe(lower: datetime | None, upper: datetime | None, desk: str | None) -> str:
    parts = []
    if lower is not None:
        parts.append(f"from={lower.isoformat()}")
    if upper is not None:
        parts.append(f"to={upper.isoformat()}")
    if desk is not None:
        parts.append(f"desk={desk}")
    return " ".join(parts) or "all"


def count_inquiries(
    session: Session,
    actor: Actor,
    start: datetime | date | None = None,
    end: datetime | date | None = None,
    *,
    desk: str | None = None,
) -> int:
    """How many inquiries were received in the period (for paging)."""
    require(session, actor, Permission.LOG_INQUIRY)
    lower, upper = _period(start, end)
    desk = clean_desk(desk)
    return int(session.scalar(_filtered(select(func.count(m.Inquiry.id)), lower, upper, desk)) or 0)


def list_inquiries(
    session: Session,
    actor: Actor,
    start: datetime | date | None = None,
    end: datetime | date | None = None,
    offset: int = 0,
    limit: int | None = None,
    *,
    desk: str | None = None,
    log_search: bool = True,
) -> tuple[Inquiry, ...]:
    """Inquiries received in the period, newest first (ties by number, so
    pages never overlap). One audit entry per call; a paged list that
    fetches further pages of the same period passes ``log_search=False``."""
    require(session, actor, Permission.LOG_INQUIRY)
    lower, upper = _period(start, end)
    desk = clean_desk(desk)
    stmt = (
        select(
            m.Inquiry,
            m.Category.code,
            m.Category.name_da,
            m.Category.name_en,
            m.Resident.full_name,
            m.StaffUser.username,
        )
        .outerjoin(m.Category, m.Inquiry.category_id == m.Category.id)
        .outerjoin(m.Resident, m.Inquiry.resident_id == m.Resident.id)
        .outerjoin(m.StaffUser, m.Inquiry.logged_by_id == m.StaffUser.id)
        .order_by(m.Inquiry.received_at.desc(), m.Inquiry.id.desc())
        .offset(max(0, offset))
    )
    stmt = _filtered(stmt, lower, upper, desk)
    if limit is not None:
        stmt = stmt.limit(max(0, limit))
    result = tuple(
        Inquiry(
            id=row.id,
            received_at=row.received_at,
            channel=Channel(row.channel),
            category_code=code,
            category_name_da=name_da,
            category_name_en=name_en,
            description=row.description,
            language=row.language,
            interpreter_needed=row.interpreter_needed,
            urgency=Urgency(row.urgency),
            status=InquiryStatus(row.status),
            resident_id=row.resident_id,
            resident_name=resident_name,
            logged_by=username,
            desk=row.desk,
            logged_by_id=row.logged_by_id,
            version=row.version,
        )
        for row, code, name_da, name_en, resident_name, username in session.execute(stmt)
    )
    if log_search:
        detail = (
            f"{_describe(lower, upper, desk)} offset={offset} limit={limit} results={len(result)}"
        )
        audit.record(session, actor, AuditAction.SEARCH, entity="inquiry", detail=detail)
    return result


def todays_inquiries(
    session: Session, actor: Actor, desk: str | None = None, today: date | None = None
) -> tuple[Inquiry, ...]:
    """The inquiries of one local day (today by default), newest first,
    at one desk or at all desks."""
    day = today or local_today()
    return list_inquiries(session, actor, day, day, desk=desk)
