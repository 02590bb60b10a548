"""Anonymization on schedule and on request, and deletion of old audit entries.

Anonymizing removes a resident's name, phone, e-mail and street address,
coarsens the birth year to an age band, and scrubs the name and phone from
free text. Inquiries, referrals and tallies stay, with the snapshots they
took when logged, so statistics for past periods do not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.audit_chain import REDACTED_DETAIL, redaction_detail
from referral_app.domain.errors import ConflictError, NotFoundError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import local_today
from referral_app.domain.residents import age_band, phone_digits
from referral_app.domain.retention import (
    RETENTION_RUN_KEY,
    ErasurePreview,
    RetentionSummary,
    months_before,
    name_parts,
    names_the_person,
    scrub,
)
from referral_app.services import audit, audit_chain, search_index
from referral_app.services.permissions import require
from referral_app.services.settings import load_settings

IDENTIFYING_FIELDS = ("full_name", "phone", "email", "street", "house_number", "unit", "birth_year")


@dataclass(frozen=True, slots=True)
class Trace:
    """What identified an anonymized resident, to find it in the audit trail."""

    names: list[str]
    phone_digits: str | None
    email: str | None

    def found_in(self, text: str | None) -> bool:
        return names_the_person(text, self.names, self.phone_digits, self.email)


def anonymize(session: Session, row: m.Resident, now: datetime) -> Trace:
    """Remove what identifies ``row``, in the caller's transaction. Returns what
    identified it, for ``forget_in_audit``."""
    names = name_parts(row.full_name)
    digits = phone_digits(row.phone) or None
    email = row.email

    def clean(text: str | None) -> str | None:
        return scrub(text, names, digits, email)

    for inquiry in session.scalars(select(m.Inquiry).where(m.Inquiry.resident_id == row.id)):
        inquiry.description = clean(inquiry.description) or ""
        if inquiry.age_band is None and row.birth_year is not None:
            inquiry.age_band = age_band(row.birth_year, inquiry.received_at.date())
        if inquiry.housing_organization_id is None:
            inquiry.housing_organization_id = row.housing_organization_id
        referrals = session.scalars(select(m.Referral).where(m.Referral.inquiry_id == inquiry.id)).all()
        for referral in referrals:
            referral.reason_note = clean(referral.reason_note)
            referral.outcome = clean(referral.outcome)
            for event in referral.events:
                event.note = clean(event.note)
    for consent in session.scalars(select(m.Consent).where(m.Consent.resident_id == row.id)):
        consent.note = clean(consent.note)
        consent.scope = clean(consent.scope)
    if row.birth_year is not None:
        row.age_band = age_band(row.birth_year, local_today(now))
    row.full_name = None
    row.search_name = None
    row.phone = None
    row.email = None
    row.street = None
    row.house_number = None
    row.unit = None
    row.birth_year = None
    row.anonymized_at = now
    return Trace(names, digits, email)


# Redaction entries name the redacted ids; each stays within the log's detail size.
_IDS_PER_ENTRY = 150


def forget_in_audit(session: Session, actor: Actor | None, traces: list[Trace], now: datetime) -> int:
    """Redact the details (e.g. search terms) of audit entries that name any of
    these residents: the entries stay, the words go. Only here, inside a
    redaction window, may the database change an audit entry, and only its
    details, to the redaction marker; the entry that lists the redacted ids
    keeps the hash chain checkable. Returns the number of entries redacted."""
    traces = [t for t in traces if t.names or t.phone_digits or t.email]
    if not traces:
        return 0
    session.flush()
    stmt = (select(m.AuditEvent.id, m.AuditEvent.detail)
            .where(m.AuditEvent.detail.is_not(None), m.AuditEvent.detail != REDACTED_DETAIL)
            .order_by(m.AuditEvent.id).execution_options(yield_per=5000))
    ids = [event_id for event_id, detail in session.execute(stmt) if any(t.found_in(detail) for t in traces)]
    if not ids:
        return 0
    with audit_chain.window(session, audit_chain.REDACT, now):
        for start in range(0, len(ids), 500):
            session.execute(update(m.AuditEvent).where(m.AuditEvent.id.in_(ids[start:start + 500]))
                            .values(detail=REDACTED_DETAIL).execution_options(synchronize_session=False))
    for start in range(0, len(ids), _IDS_PER_ENTRY):
        audit.record(session, actor, AuditAction.ANONYMIZE, entity="audit_log",
                     username=None if actor else "system", detail=redaction_detail(ids[start:start + _IDS_PER_ENTRY]))
    return len(ids)


def _due_residents(session: Session, cutoff: datetime) -> list[m.Resident]:
    return list(session.scalars(
        select(m.Resident).where(m.Resident.anonymized_at.is_(None), m.Resident.last_activity_at < cutoff)
        .order_by(m.Resident.id)
    ))


def run(session: Session, actor: Actor | None, *, dry_run: bool = False, now: datetime | None = None,
        scheduled: bool = False) -> RetentionSummary:
    """Anonymize residents whose time is up and delete audit entries older than the setting.

    An administrator runs it by hand; ``scheduled`` runs it as the system at start-up.
    """
    if not scheduled:
        require(session, actor, Permission.RUN_RETENTION)
    now = now or utcnow()
    settings = load_settings(session)
    resident_cutoff = months_before(now, settings.resident_retention_months)
    audit_cutoff = months_before(now, settings.audit_retention_months)
    due = _due_residents(session, resident_cutoff)
    if dry_run:
        old_entries = session.scalar(select(func.count(m.AuditEvent.id)).where(m.AuditEvent.at < audit_cutoff))
        return RetentionSummary(True, resident_cutoff, audit_cutoff, len(due), int(old_entries or 0),
                                tuple(r.id for r in due))
    traces = [anonymize(session, row, now) for row in due]
    forget_in_audit(session, actor, traces, now)
    session.flush()
    if traces:
        search_index.forget_erased(session)
    deleted = audit.purge_before(session, audit_cutoff)
    summary = RetentionSummary(False, resident_cutoff, audit_cutoff, len(due), deleted, tuple(r.id for r in due))
    audit.record(session, actor, AuditAction.RETENTION, entity="retention", username=None if actor else "system",
                 detail=f"anonymized={len(due)} audit_deleted={deleted} resident_cutoff={resident_cutoff.date()} "
                        f"audit_cutoff={audit_cutoff.date()}")
    _mark_run(session, now)
    return summary


def run_if_due(session: Session, *, now: datetime | None = None) -> RetentionSummary | None:
    """The daily run at start-up: once per day, whoever starts the app first."""
    now = now or utcnow()
    row = session.get(m.AppSetting, RETENTION_RUN_KEY)
    if row is not None:
        try:
            last = datetime.fromisoformat(row.value)
        except ValueError:
            last = None
        if last is not None and now - last < timedelta(hours=20):
            return None
    return run(session, None, now=now, scheduled=True)


def _mark_run(session: Session, now: datetime) -> None:
    row = session.get(m.AppSetting, RETENTION_RUN_KEY)
    if row is None:
        session.add(m.AppSetting(key=RETENTION_RUN_KEY, value=now.isoformat()))
    else:
        row.value = now.isoformat()


def _erasable(session: Session, resident_id: int) -> m.Resident:
    row = session.get(m.Resident, resident_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no resident with number {id}."),
                            field="resident", id=resident_id)
    if row.anonymized_at is not None:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "Resident {id} is already anonymized; nothing is left "
                                              "to erase."), field="resident", id=resident_id)
    return row


def erasure_preview(session: Session, actor: Actor, resident_id: int) -> ErasurePreview:
    """What an erasure will remove, for the confirmation."""
    require(session, actor, Permission.ERASE_DATA)
    row = _erasable(session, resident_id)
    inquiry_ids = select(m.Inquiry.id).where(m.Inquiry.resident_id == row.id)
    preview = ErasurePreview(
        resident_id=row.id,
        name=row.full_name,
        fields=tuple(f for f in IDENTIFYING_FIELDS if getattr(row, f) not in (None, "")),
        inquiries=int(session.scalar(select(func.count()).select_from(inquiry_ids.subquery())) or 0),
        referrals=int(session.scalar(select(func.count(m.Referral.id)).where(m.Referral.inquiry_id.in_(inquiry_ids)))
                      or 0),
        consents=int(session.scalar(select(func.count(m.Consent.id)).where(m.Consent.resident_id == row.id)) or 0),
        last_activity=row.last_activity_at.date() if row.last_activity_at else None,
    )
    audit.record(session, actor, AuditAction.VIEW, entity="resident", entity_id=row.id, resident_id=row.id,
                 purpose="erasure preview")
    return preview


def erase(session: Session, actor: Actor, resident_id: int, *, now: datetime | None = None) -> None:
    """Erase one resident's identifying data at once, on their request."""
    require(session, actor, Permission.ERASE_DATA)
    row = _erasable(session, resident_id)
    now = now or utcnow()
    forget_in_audit(session, actor, [anonymize(session, row, now)], now)
    session.flush()
    search_index.forget_erased(session)  # the index's own copy of the name's pieces goes too
    audit.record(session, actor, AuditAction.ANONYMIZE, entity="resident", entity_id=row.id, resident_id=row.id,
                 purpose="erasure on request")
