"""Many referrals quickly, with ties in every sort key, for the queue's paging tests.

Rows are written directly (the services' checks are tested elsewhere): a few
residents (some named Hansen), one inquiry each, and ``count`` referrals
spread over three services, four due dates, three creation times and the
statuses, so that pages split inside runs of equal keys.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.domain.enums import ReferralStatus
from referral_app.domain.text import fold

STATUSES = (ReferralStatus.PROPOSED, ReferralStatus.SENT, ReferralStatus.COMPLETED, ReferralStatus.ACCEPTED,
            ReferralStatus.CANCELLED)
NAMES = ("Ole Hansen", "Aysha Khan", "Bo Hansen-Lund", "Mette Jensen", "Ali Hassan")


def add_referrals(session: Session, count: int, created_by_id: int | None = None) -> list[int]:
    """``count`` referrals; returns their ids."""
    category = session.scalar(select(m.Category.id).where(m.Category.code == "bolig.vedligehold"))
    services = session.scalars(select(m.Service.id).where(m.Service.status == "active").order_by(m.Service.id)
                               .limit(3)).all()
    inquiries = []
    for number, name in enumerate(NAMES):
        resident = m.Resident(full_name=name, search_name=fold(name))
        session.add(resident)
        session.flush()
        inquiry = m.Inquiry(category_id=category, description=f"Henvendelse {number}", resident_id=resident.id,
                            received_at=datetime(2026, 1, 1, tzinfo=UTC))
        session.add(inquiry)
        session.flush()
        inquiries.append(inquiry.id)
    today = date.today()
    rows = []
    for i in range(count):
        status = STATUSES[i % len(STATUSES)]
        rows.append(m.Referral(
            inquiry_id=inquiries[i % len(inquiries)], service_id=services[i % len(services)], mode="logged",
            status=status.value, due_date=today + timedelta(days=(i * 7) % 4 - 1),
            created_at=datetime(2026, 1, 1 + i % 3, tzinfo=UTC), updated_at=datetime(2026, 1, 5, tzinfo=UTC),
            closed_at=None if status in (ReferralStatus.PROPOSED, ReferralStatus.SENT, ReferralStatus.ACCEPTED)
            else datetime(2026, 1, 5, tzinfo=UTC),
            created_by_id=created_by_id, is_demo=False))
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]
