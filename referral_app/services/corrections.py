"""Correcting a saved inquiry: its category, description, channel, language
and resident.

``correct_inquiry`` is the ONE function that changes what a saved inquiry
says; anything that keeps figures derived from inquiries (summary tables)
hooks in there. Who may correct: the staff member who logged the inquiry,
the same day; a coordinator, any day (``domain.inquiries.correction_refusal``).
Each correction is audited with before and after. The description is free
text about a person's matter, so the log keeps only that it changed (and its
length before and after), never a copy: audit rows outlive erasure.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy import update as sql_update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.engine import is_lock_timeout
from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Channel, InquiryStatus, Urgency
from referral_app.domain.errors import ConflictError, NotFoundError, PermissionDeniedError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import (
    Inquiry,
    InquiryCorrection,
    InquiryDraft,
    clean_inquiry,
    correction_refusal,
    local_today,
)
from referral_app.domain.residents import age_band
from referral_app.services import audit
from referral_app.services.intake import active_category
from referral_app.services.permissions import require
from referral_app.services.residents import usable_resident_row

MSG_NO_INQUIRY = QT_TRANSLATE_NOOP("errors", "There is no inquiry with number {id}.")
MSG_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors",
    "{who} corrected inquiry {id} while you had it open (at {at}). Nothing of yours was saved; "
    "close the correction and open the inquiry again to see their change.",
)
MSG_BUSY = QT_TRANSLATE_NOOP(
    "errors", "Inquiry {id} is being saved at another desk right now. Wait a moment and save again."
)
SOMEONE = QT_TRANSLATE_NOOP("enums", "Someone else")

NONE = "-"


def _row(session: Session, inquiry_id: int) -> m.Inquiry:
    row = session.get(m.Inquiry, inquiry_id)
    if row is None:
        raise NotFoundError(MSG_NO_INQUIRY, field="inquiry", id=inquiry_id)
    return row


def _to_inquiry(session: Session, row: m.Inquiry) -> Inquiry:
    session.flush()
    category = session.get(m.Category, row.category_id) if row.category_id is not None else None
    resident = session.get(m.Resident, row.resident_id) if row.resident_id is not None else None
    logged_by = session.scalar(select(m.StaffUser.username).where(m.StaffUser.id == row.logged_by_id)) \
        if row.logged_by_id is not None else None
    return Inquiry(
        id=row.id,
        received_at=row.received_at,
        channel=Channel(row.channel),
        category_code=category.code if category else None,
        category_name_da=category.name_da if category else None,
        category_name_en=category.name_en if category else None,
        description=row.description,
        language=row.language,
        interpreter_needed=bool(row.interpreter_needed),
        urgency=Urgency(row.urgency),
        status=InquiryStatus(row.status),
        resident_id=row.resident_id,
        resident_name=resident.full_name if resident else None,
        logged_by=logged_by,
        desk=row.desk,
        logged_by_id=row.logged_by_id,
        version=row.version,
    )


def _check_may_correct(session: Session, actor: Actor, inquiry_id: int, now: datetime) -> None:
    """Refuse (and log the refusal) unless ``actor`` may correct the inquiry.

    Runs before the caller's transaction reads anything: the inquiry is read
    in a read-only transaction of its own, and a refusal is logged in another
    that commits at once (on SQLite the caller's would hold the write lock).
    """
    with audit.reading(session) as reader:
        found = reader.execute(select(m.Inquiry.logged_by_id, m.Inquiry.received_at, m.Inquiry.resident_id)
                               .where(m.Inquiry.id == inquiry_id)).first()
    if found is None:
        raise NotFoundError(MSG_NO_INQUIRY, field="inquiry", id=inquiry_id)
    logged_by_id, received_at, resident_id = found
    refusal = correction_refusal(actor, logged_by_id, received_at, local_today(now))
    if refusal is None:
        return
    with audit.aside(session) as other:  # kept although the caller's transaction rolls back
        audit.record(other, actor, AuditAction.PERMISSION_DENIED, entity="inquiry", entity_id=inquiry_id,
                     resident_id=resident_id, detail="correction")
    raise PermissionDeniedError(refusal, id=inquiry_id, day=local_today(received_at).strftime("%d.%m.%Y"))


def open_for_correction(session: Session, actor: Actor, inquiry_id: int, *,
                        now: datetime | None = None) -> Inquiry:
    """The inquiry as it is now, with its version, when ``actor`` may correct it.
    Opening it shows its description and resident, so the look is logged."""
    require(session, actor, Permission.LOG_INQUIRY)
    _check_may_correct(session, actor, inquiry_id, now or utcnow())
    row = _row(session, inquiry_id)
    audit.record(session, actor, AuditAction.VIEW, entity="inquiry", entity_id=row.id,
                 resident_id=row.resident_id, detail="correction")
    return _to_inquiry(session, row)


def _conflict(session: Session, inquiry_id: int) -> ConflictError:
    """Who changed the inquiry last, read in a transaction of its own."""
    with audit.reading(session) as fresh:
        last = fresh.scalars(
            select(m.AuditEvent)
            .where(m.AuditEvent.entity == "inquiry", m.AuditEvent.entity_id == str(inquiry_id),
                   m.AuditEvent.action == AuditAction.UPDATE.value)
            .order_by(m.AuditEvent.id.desc()).limit(1)
        ).first()
        who = last.username if last is not None and last.username else None
        at = last.at.astimezone().strftime("%H:%M") if last is not None else NONE
    return ConflictError(MSG_CHANGED_MEANWHILE, id=inquiry_id, who=who or SOMEONE, at=at,
                         translated_params=() if who else ("who",))


def _arrow(before: object, after: object) -> str:
    return f"{NONE if before is None else before}->{NONE if after is None else after}"


def correct_inquiry(session: Session, actor: Actor, inquiry_id: int, correction: InquiryCorrection, *,
                    expected_version: int | None = None, now: datetime | None = None) -> Inquiry:
    """Correct a saved inquiry; the one place a saved inquiry's content changes.

    ``expected_version`` is the version the user saw: when another desk saved
    a correction meanwhile, a ConflictError says so and nothing is written.
    A correction that changes nothing is not logged. A new resident must be
    usable (not merged, not anonymized); the inquiry's statistics snapshots
    (age band, housing organization) follow the resident.
    """
    require(session, actor, Permission.LOG_INQUIRY)
    now = now or utcnow()
    _check_may_correct(session, actor, inquiry_id, now)
    with session.no_autoflush:  # nothing is written before the version is claimed below
        changes, old_resident, row, seen = _apply(session, inquiry_id, correction, expected_version, now)
        if not changes:
            return _to_inquiry(session, row)
        _claim_version(session, inquiry_id, seen)
        row.version = seen + 1
    session.flush()
    detail = "corrected " + " ".join(changes)
    residents = [row.resident_id]
    if old_resident != row.resident_id:
        residents.append(old_resident)  # the change shows in both residents' logs
    for resident_id in residents:
        audit.record(session, actor, AuditAction.UPDATE, entity="inquiry", entity_id=row.id,
                     resident_id=resident_id, detail=detail)
    return _to_inquiry(session, row)


def _claim_version(session: Session, inquiry_id: int, seen: int) -> None:
    """Compare and set the version in one statement: on PostgreSQL it waits for a
    desk saving the same inquiry and then finds the version moved on; either
    way the second desk gets the conflict message and writes nothing."""
    try:
        claimed = session.execute(
            sql_update(m.Inquiry).where(m.Inquiry.id == inquiry_id, m.Inquiry.version == seen)
            .values(version=seen + 1).execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
    except OperationalError as exc:
        if is_lock_timeout(exc):
            raise ConflictError(MSG_BUSY, id=inquiry_id) from exc
        raise
    if claimed != 1:
        raise _conflict(session, inquiry_id)


def _apply(session: Session, inquiry_id: int, correction: InquiryCorrection, expected_version: int | None,
           now: datetime) -> tuple[list[str], int | None, m.Inquiry, int]:
    """Validate the correction and set the changed columns; what changed, as
    ``key=before->after``, and the version the correction starts from."""
    row = _row(session, inquiry_id)
    seen = row.version if expected_version is None else expected_version
    if row.version != seen:
        raise _conflict(session, inquiry_id)
    clean = clean_inquiry(InquiryDraft(
        channel=correction.channel, category_code=correction.category_code, description=correction.description,
        language=correction.language, interpreter_needed=row.interpreter_needed, urgency=row.urgency,
        resident_id=correction.resident_id, desk=row.desk,
    ))
    old_category = session.get(m.Category, row.category_id) if row.category_id is not None else None
    old_code = old_category.code if old_category else None
    changes: list[str] = []
    if clean.category_code != old_code:
        category = active_category(session, clean.category_code)
        changes.append(f"category={_arrow(old_code, category.code)}")
        row.category_id = category.id
    channel = Channel(clean.channel).value
    if channel != row.channel:
        changes.append(f"channel={_arrow(row.channel, channel)}")
        row.channel = channel
    if clean.language != row.language:
        changes.append(f"language={_arrow(row.language, clean.language)}")
        row.language = clean.language
    if clean.description != row.description:
        changes.append(f"description_length={_arrow(len(row.description or ''), len(clean.description))}")
        row.description = clean.description
    old_resident = row.resident_id
    if clean.resident_id != old_resident:
        resident = None
        if clean.resident_id is not None:
            resident = usable_resident_row(session, clean.resident_id, field="resident")
            resident.last_activity_at = now
        changes.append(f"resident={_arrow(old_resident, clean.resident_id)}")
        row.resident_id = resident.id if resident else None
        row.age_band = (age_band(resident.birth_year, local_today(row.received_at))
                        if resident and resident.birth_year else (resident.age_band if resident else None))
        row.housing_organization_id = resident.housing_organization_id if resident else None
    return changes, old_resident, row, seen
