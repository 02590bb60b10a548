"""The access report a resident may ask for: everything held about them, and
the dates and purposes of every lookup of their data (never staff names)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.access_report import AccessReport, InquiryRecord, Lookup
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.errors import ConflictError, NotFoundError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.services import audit, consent, outputs, referrals
from referral_app.services.permissions import require
from referral_app.services.residents import resident_from_row

LOOKUP_ACTIONS = ("view", "search", "print", "export", "update", "create", "merge", "anonymize")


def build(session: Session, actor: Actor, resident_id: int, *, now: datetime | None = None) -> AccessReport:
    """Collect the report; the export itself is audited (as an export for the resident)."""
    require(session, actor, Permission.VIEW_RESIDENT)
    row = session.get(m.Resident, resident_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no resident with number {id}."),
                            field="resident", id=resident_id)
    if row.anonymized_at is not None:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "errors", "Resident {id} is anonymized: no personal data is held, so there is nothing to report."),
            field="resident", id=resident_id)
    org_name = session.scalar(select(m.Organization.name).where(m.Organization.id == row.housing_organization_id)) \
        if row.housing_organization_id else None
    inquiries = tuple(
        InquiryRecord(i.id, i.received_at, i.channel, code, name_da, i.description, i.status)
        for i, code, name_da in session.execute(
            select(m.Inquiry, m.Category.code, m.Category.name_da)
            .outerjoin(m.Category, m.Category.id == m.Inquiry.category_id)
            .where(m.Inquiry.resident_id == row.id).order_by(m.Inquiry.received_at, m.Inquiry.id))
    )
    referral_ids = session.scalars(
        select(m.Referral.id).join(m.Inquiry, m.Inquiry.id == m.Referral.inquiry_id)
        .where(m.Inquiry.resident_id == row.id).order_by(m.Referral.created_at, m.Referral.id)).all()
    referral_views = tuple(
        referrals.get(session, actor, rid, log=False, permission=Permission.VIEW_RESIDENT) for rid in referral_ids
    )
    lookups = tuple(
        Lookup(at, action, purpose)
        for at, action, purpose in session.execute(
            select(m.AuditEvent.at, m.AuditEvent.action, m.AuditEvent.purpose)
            .where(m.AuditEvent.resident_id == row.id, m.AuditEvent.action.in_(LOOKUP_ACTIONS))
            .order_by(m.AuditEvent.at, m.AuditEvent.id))
    )
    report = AccessReport(
        generated_at=now or utcnow(),
        resident=resident_from_row(row, org_name),
        consents=consent.list_for_resident(session, actor, row.id),
        inquiries=inquiries,
        referrals=referral_views,
        lookups=lookups,
    )
    audit.record(session, actor, AuditAction.EXPORT, entity="resident", entity_id=row.id, resident_id=row.id,
                 purpose="access report (GDPR art. 15)")
    return report


def to_json(report: AccessReport) -> dict[str, Any]:
    """The report as plain JSON-ready data. Staff names are left out on purpose."""
    r = report.resident
    return {
        "generated_at": report.generated_at.isoformat(),
        "resident": {
            "id": r.id, "name": r.full_name, "phone": r.phone, "email": r.email, "address": r.address_line,
            "postal_code": r.postal_code, "city": r.city, "housing_organization": r.housing_organization_name,
            "department": r.department, "birth_year": r.birth_year, "preferred_language": r.preferred_language,
            "interpreter_needed": r.interpreter_needed,
        },
        "consents": [
            {"purpose": c.purpose.value, "organization": c.organization_name, "scope": c.scope,
             "given_at": c.given_at.isoformat(), "withdrawn_at": c.withdrawn_at.isoformat() if c.withdrawn_at else None}
            for c in report.consents
        ],
        "inquiries": [
            {"id": i.id, "received_at": i.received_at.isoformat(), "channel": i.channel, "category": i.category_code,
             "category_name": i.category_name_da, "description": i.description, "status": i.status}
            for i in report.inquiries
        ],
        "referrals": [
            {"id": f.id, "inquiry_id": f.inquiry_id, "service": f.service_name, "organization": f.organization_name,
             "mode": f.mode.value, "status": f.status.value, "reason": f.reason.value if f.reason else None,
             "due_date": f.due_date.isoformat() if f.due_date else None, "outcome": f.outcome,
             "history": [{"at": e.at.isoformat(), "from": e.from_status.value if e.from_status else None,
                          "to": e.to_status.value, "note": e.note} for e in f.events]}
            for f in report.referrals
        ],
        "lookups": [{"at": x.at.isoformat(), "action": x.action, "purpose": x.purpose} for x in report.lookups],
    }


def _json_bytes(report: AccessReport) -> bytes:
    return json.dumps(to_json(report), ensure_ascii=False, indent=2).encode("utf-8")


def _pdf_writer(report: AccessReport, language: str) -> outputs.Writer:
    from referral_app.reports.access_report import build_access_report

    return lambda handle: build_access_report(report, handle, language)


def write_json(report: AccessReport, target: Path, *, overwrite: bool = False) -> Path:
    """Write the report as UTF-8 JSON through a temporary file: no half-written file on failure."""
    data = _json_bytes(report)
    return outputs.stage(target, lambda handle: handle.write(data), overwrite=overwrite,
                         protected=outputs.protected_for(None)).publish()


def write_pdf(report: AccessReport, target: Path, language: str = "da", *, overwrite: bool = False) -> Path:
    return outputs.stage(target, _pdf_writer(report, language), overwrite=overwrite,
                         protected=outputs.protected_for(None)).publish()


def export(session: Session, actor: Actor, resident_id: int, target: Path, *, as_json: bool = False,
           language: str = "da", overwrite: bool = False) -> Path:
    """Build the report (its audit entry is recorded in ``session``) and write
    it to ``target``, which appears only when the transaction commits."""
    outputs.check_target(target, overwrite=overwrite, protected=outputs.protected_for(session))
    report = build(session, actor, resident_id)
    if as_json:
        data = _json_bytes(report)
        writer: outputs.Writer = lambda handle: handle.write(data)  # noqa: E731
    else:
        writer = _pdf_writer(report, language)
    staged = outputs.stage(target, writer, overwrite=overwrite, protected=outputs.protected_for(session))
    with outputs.discarded_on_error(staged):
        session.flush()
    return outputs.publish_on_commit(session, staged)
