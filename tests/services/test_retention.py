"""Retention and erasure: identifying data gone from every table, the
numbers behind statistics unchanged, old audit entries deleted."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import String, Text, func, select

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.enums import ConsentPurpose, Role
from referral_app.domain.errors import ConflictError, NotFoundError, PermissionDeniedError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.domain.retention import months_before
from referral_app.services import consent, intake, referrals, residents, retention
from tests.services.staff import make_staff

OLD = utcnow() - timedelta(days=800)


@pytest.fixture
def staff(database):
    with database.begin() as s:
        return {"front": make_staff(s, Role.FRONT_DESK, "frida"), "admin": make_staff(s, Role.ADMIN, "anne"),
                "coord": make_staff(s, Role.COORDINATOR, "carl")}


def _resident(database, staff, name: str, phone: str, when) -> int:
    with database.begin() as s:
        r = residents.create(s, staff["front"], ResidentDraft(
            full_name=name, phone=phone, email=f"{name.split()[0].lower()}@example.dk", street="Høje Gladsaxe",
            house_number="34", unit="3. tv.", birth_year=1961), now=when)
        inquiry = intake.log_inquiry(s, staff["front"], InquiryDraft(
            category_code="bolig.husleje", resident_id=r.id,
            description=f"{name} skylder husleje, ring på {phone[:2]} {phone[2:4]} {phone[4:6]} {phone[6:]}"), now=when)
        service = s.scalars(select(m.Service.id).where(m.Service.status == "active")).first()
        consent.record(s, staff["front"], r.id, ConsentPurpose.HAND_OVER,
                       organization_id=s.get(m.Service, service).organization_id, note=f"Givet af {name}", now=when)
        referrals.create(s, staff["front"], inquiry.id, service, note=f"{name.split()[0]} kommer selv", now=when)
    return r.id


def _all_text(database) -> str:
    """Every text column of every table except the audit trail (kept until log retention)."""
    chunks = []
    with database.begin() as s:
        for table in m.Base.metadata.sorted_tables:
            if table.name in ("audit_event", "alembic_version"):
                continue
            cols = [c for c in table.columns if isinstance(c.type, (String, Text))]
            for row in s.execute(select(*cols)) if cols else ():
                chunks.extend(str(v) for v in row if v is not None)
    return "\n".join(chunks)


def test_retention_run_removes_identifying_data_and_keeps_numbers(database, staff) -> None:
    old_id = _resident(database, staff, "Gurli Mortensen", "20987654", OLD)
    new_id = _resident(database, staff, "Ahmad Rahimi", "31234567", utcnow())
    with database.begin() as s:
        before = (s.scalar(select(func.count(m.Inquiry.id))), s.scalar(select(func.count(m.Referral.id))),
                  sorted(s.execute(select(m.Inquiry.age_band, m.Inquiry.housing_organization_id)).all()))
    with database.begin() as s:
        preview = retention.run(s, staff["admin"], dry_run=True)
    assert preview.resident_ids == (old_id,)
    with database.begin() as s:
        summary = retention.run(s, staff["admin"])
    assert summary.residents_anonymized == 1
    text = _all_text(database)
    for needle in ("Gurli", "Mortensen", "20987654", "20 98 76 54", "gurli@example.dk"):
        assert needle not in text
    assert "Ahmad Rahimi" in text  # recent residents are untouched
    with database.begin() as s:
        row = s.get(m.Resident, old_id)
        assert (row.street, row.birth_year, row.age_band) == (None, None, "50-66" if utcnow().year - 1961 <= 66
                                                             else "67+")
        assert row.housing_organization_id is not None
        after = (s.scalar(select(func.count(m.Inquiry.id))), s.scalar(select(func.count(m.Referral.id))),
                 sorted(s.execute(select(m.Inquiry.age_band, m.Inquiry.housing_organization_id)).all()))
        assert s.get(m.Resident, new_id).full_name == "Ahmad Rahimi"
    assert before == after


def test_audit_entries_older_than_the_setting_are_deleted(database, staff) -> None:
    with database.begin() as s:
        s.add(m.AuditEvent(at=utcnow() - timedelta(days=200), username="frida", action="view"))
        s.add(m.AuditEvent(at=utcnow() - timedelta(days=100), username="frida", action="search"))
    with database.begin() as s:
        summary = retention.run(s, staff["admin"])
        remaining = s.scalars(select(m.AuditEvent.action).where(m.AuditEvent.username == "frida")).all()
    assert summary.audit_entries_deleted == 1 and sorted(remaining) == ["search"]


def test_scheduled_run_happens_once_a_day(database) -> None:
    with database.begin() as s:
        assert retention.run_if_due(s) is not None
    with database.begin() as s:
        assert retention.run_if_due(s) is None
        assert retention.run_if_due(s, now=utcnow() + timedelta(days=1)) is not None


def test_erasure_on_request(database, staff) -> None:
    rid = _resident(database, staff, "Bente Holm", "22334455", utcnow())
    with database.begin() as s:
        preview = retention.erasure_preview(s, staff["admin"], rid)
    assert preview.name == "Bente Holm" and preview.inquiries == 1 and preview.referrals == 1
    assert "phone" in preview.fields and preview.consents == 1
    with database.begin() as s:
        retention.erase(s, staff["admin"], rid)
    assert "Bente" not in _all_text(database) and "22334455" not in _all_text(database)
    with pytest.raises(ConflictError), database.begin() as s:
        retention.erase(s, staff["admin"], rid)
    with pytest.raises(NotFoundError), database.begin() as s:
        retention.erase(s, staff["admin"], 999_999)
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        retention.erase(s, staff["coord"], rid)


def test_months_before_clamps_the_day() -> None:
    from datetime import UTC, datetime

    assert months_before(datetime(2026, 3, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert months_before(datetime(2026, 11, 27, tzinfo=UTC), 24) == datetime(2024, 11, 27, tzinfo=UTC)
