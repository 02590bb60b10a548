"""Consent: recorded per purpose and per receiving organization, withdrawable,
with its history kept. A hand-over of personal data needs an active consent
for the receiving organization."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.consent import Consent
from referral_app.domain.enums import ConsentPurpose
from referral_app.domain.errors import ConflictError, NotFoundError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.privacy import check_no_cpr
from referral_app.services import audit, outputs
from referral_app.services.permissions import require
from referral_app.services.residents import usable_resident_row


def _organization(session: Session, organization_id: int | None, purpose: ConsentPurpose) -> m.Organization | None:
    if purpose is ConsentPurpose.HAND_OVER and organization_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the organization the data may be handed over to."),
            field="organization",
        )
    if organization_id is None:
        return None
    org = session.get(m.Organization, organization_id)
    if org is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no organization with number {id}."),
                            field="organization", id=organization_id)
    return org


def record(session: Session, actor: Actor, resident_id: int, purpose: ConsentPurpose | str, *,
           organization_id: int | None = None, scope: str | None = None, note: str | None = None,
           now: datetime | None = None) -> Consent:
    require(session, actor, Permission.RECORD_CONSENT)
    purpose = ConsentPurpose(purpose)
    resident = usable_resident_row(session, resident_id, field="resident")
    org = _organization(session, organization_id, purpose)
    for field, value in (("scope", scope), ("note", note)):
        check_no_cpr(field, value)
    row = m.Consent(resident_id=resident.id, purpose=purpose.value, organization_id=org.id if org else None,
                    scope=(scope or "").strip() or None, given_at=now or utcnow(), recorded_by_id=actor.user_id,
                    note=(note or "").strip() or None)
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, entity="consent", entity_id=row.id, resident_id=resident.id,
                 detail=f"purpose={purpose.value} organization={org.key if org else '-'}")
    return _get(session, row.id)


def withdraw(session: Session, actor: Actor, consent_id: int, *, now: datetime | None = None) -> Consent:
    require(session, actor, Permission.RECORD_CONSENT)
    row = session.get(m.Consent, consent_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no consent with number {id}."), id=consent_id)
    if row.withdrawn_at is not None:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "This consent has already been withdrawn."))
    row.withdrawn_at = now or utcnow()
    row.withdrawn_by_id = actor.user_id
    audit.record(session, actor, AuditAction.UPDATE, entity="consent", entity_id=row.id,
                 resident_id=row.resident_id, detail="withdrawn")
    return _get(session, row.id)


def has_hand_over_consent(session: Session, resident_id: int, organization_id: int) -> bool:
    return session.scalar(
        select(m.Consent.id).where(
            m.Consent.resident_id == resident_id,
            m.Consent.purpose == ConsentPurpose.HAND_OVER.value,
            m.Consent.organization_id == organization_id,
            m.Consent.withdrawn_at.is_(None),
        ).limit(1)
    ) is not None


def list_for_resident(session: Session, actor: Actor, resident_id: int) -> tuple[Consent, ...]:
    require(session, actor, Permission.VIEW_RESIDENT)
    ids = session.scalars(select(m.Consent.id).where(m.Consent.resident_id == resident_id)
                          .order_by(m.Consent.given_at, m.Consent.id))
    return tuple(_get(session, i) for i in ids)


def _get(session: Session, consent_id: int) -> Consent:
    recorder, withdrawer = aliased(m.StaffUser), aliased(m.StaffUser)
    row, org_name, recorded_by, withdrawn_by = session.execute(
        select(m.Consent, m.Organization.name, recorder.username, withdrawer.username)
        .outerjoin(m.Organization, m.Organization.id == m.Consent.organization_id)
        .outerjoin(recorder, recorder.id == m.Consent.recorded_by_id)
        .outerjoin(withdrawer, withdrawer.id == m.Consent.withdrawn_by_id)
        .where(m.Consent.id == consent_id)
    ).one()
    return Consent(id=row.id, resident_id=row.resident_id, purpose=ConsentPurpose(row.purpose),
                   organization_id=row.organization_id, organization_name=org_name, scope=row.scope,
                   given_at=row.given_at, recorded_by=recorded_by, withdrawn_at=row.withdrawn_at,
                   withdrawn_by=withdrawn_by, note=row.note)


def write_form(session: Session, actor: Actor, resident_id: int, organization_ids: list[int], target: Path, *,
               today: date | None = None, overwrite: bool = False) -> Path:
    """Print the consent form for the resident to sign (Danish and English); audited."""
    from referral_app.reports.consent_form import ConsentFormData, build_consent_form

    require(session, actor, Permission.RECORD_CONSENT)
    resident = usable_resident_row(session, resident_id, field="resident")
    names = tuple(_organization(session, oid, ConsentPurpose.HAND_OVER).name for oid in organization_ids)  # type: ignore[union-attr]
    data = ConsentFormData(resident_name=resident.full_name or f"#{resident.id}", resident_number=resident.id,
                           organizations=names, printed_on=today or date.today())
    return outputs.write_audited(
        session, Path(target), lambda handle: build_consent_form(data, handle), overwrite=overwrite,
        record=lambda _path: audit.record(session, actor, AuditAction.PRINT, entity="consent_form",
                                          entity_id=resident.id, resident_id=resident.id,
                                          detail=f"organizations={len(names)}"))
