"""One-key anonymous tallies: count a quick question, undo a slip, show today's counts.

A tally holds no personal data. Logging and undoing are written to the
audit trail like every other change; reading the day's counts is not, as
the counts say nothing about any person and the front-desk screen reads
them after every key press.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Channel
from referral_app.domain.errors import ConflictError, NotFoundError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import (
    UNDO_GRACE_SECONDS,
    UNDO_SECONDS,
    TallyReceipt,
    clean_category_code,
    clean_desk,
    local_day_bounds,
    local_today,
    parse_choice,
)
from referral_app.services import audit
from referral_app.services.intake import active_category
from referral_app.services.permissions import require


def _receipt(row: m.Tally, category: m.Category) -> TallyReceipt:
    return TallyReceipt(
        id=row.id,
        at=row.at,
        category_code=category.code,
        category_name_da=category.name_da,
        category_name_en=category.name_en,
        channel=Channel(row.channel),
        desk=row.desk,
        undone=row.undone_at is not None,
    )


def log_tally(
    session: Session,
    actor: Actor,
    category_code: str,
    channel: Channel | str = Channel.WALK_IN,
    desk: str | None = None,
    now: datetime | None = None,
) -> TallyReceipt:
    """Count one anonymous inquiry in a category."""
    require(session, actor, Permission.LOG_INQUIRY)
    code = clean_category_code(category_code)
    chosen = parse_choice(Channel, channel, "channel")
    desk = clean_desk(desk)
    category = active_category(session, code)
    row = m.Tally(
        at=now or utcnow(),
        category_id=category.id,
        channel=chosen.value,
        logged_by_id=actor.user_id,
        desk=desk,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity="tally",
        entity_id=row.id,
        detail=f"category={category.code} channel={chosen.value}",
    )
    return _receipt(row, category)


def undo_tally(
    session: Session, actor: Actor, tally_id: int, now: datetime | None = None
) -> TallyReceipt:
    """Take back a tally: only by the person who counted it, only once, and
    only while the undo notice shows (plus a short grace for a slow click)."""
    require(session, actor, Permission.LOG_INQUIRY)
    row = session.get(m.Tally, tally_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no count with number {id}."), id=tally_id
        )
    if row.logged_by_id != actor.user_id:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "Only the staff member who made a count can undo it.")
        )
    if row.undone_at is not None:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "This count has already been undone."))
    now = now or utcnow()
    if now - row.at > timedelta(seconds=UNDO_SECONDS + UNDO_GRACE_SECONDS):
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A count can only be undone within {seconds} seconds of making it; this one is kept.",
            ),
            seconds=UNDO_SECONDS,
        )
    row.undone_at = now
    category = session.get(m.Category, row.category_id)
    assert category is not None  # the foreign key cascades deletes
    session.flush()
    audit.record(
        session, actor, AuditAction.UPDATE, entity="tally", entity_id=row.id, detail="undone"
    )
    return _receipt(row, category)


def counts_for_day(
    session: Session, actor: Actor, day: date | None = None, *, desk: str | None = None
) -> dict[str, int]:
    """Category code -> tallies counted (and not undone) on one local day,
    today by default; at one desk or all. Categories with none are left out."""
    require(session, actor, Permission.LOG_INQUIRY)
    start, end = local_day_bounds(day or local_today())
    stmt = (
        select(m.Category.code, func.count(m.Tally.id))
        .join(m.Category, m.Tally.category_id == m.Category.id)
        .where(m.Tally.at >= start, m.Tally.at < end, m.Tally.undone_at.is_(None))
        .group_by(m.Category.code)
    )
    desk = clean_desk(desk)
    if desk is not None:
        stmt = stmt.where(m.Tally.desk == desk)
    return {code: int(count) for code, count in session.execute(stmt)}
