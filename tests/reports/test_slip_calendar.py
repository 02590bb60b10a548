"""The slip's coming week knows the calendar (issue 12): holidays, 24 December, closures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.reports.slip import build_slip
from referral_app.services import reporting
from tests.reports.pdf_text import plain_text
from tests.services.staff import make_staff


def referral_to(session, org_key: str, service_key: str) -> int:
    service = session.scalars(select(m.Service).join(m.Organization).where(
        m.Organization.key == org_key, m.Service.key == service_key)).one()
    inquiry = m.Inquiry(description="Skimmel på badeværelset", channel="walk_in")
    session.add(inquiry)
    session.flush()
    referral = m.Referral(inquiry_id=inquiry.id, service_id=service.id, due_date=date(2027, 1, 8))
    session.add(referral)
    session.flush()
    return referral.id


def day_lines(text: str) -> dict[str, str]:
    """Each weekday line of the slip's hours table: 'Torsdag 24.12.' -> what follows it."""
    lines = text.splitlines()
    return {line.split()[1]: " ".join(line.split()[2:]) or lines[n + 1] for n, line in enumerate(lines)
            if len(line.split()) >= 2 and line.split()[1].endswith(".12.") and line.split()[0].istitle()}


def test_a_december_slip_does_not_show_the_ejendomskontor_open_at_christmas(sqlite_db, tmp_path: Path) -> None:
    with sqlite_db.begin() as s:
        frida = make_staff(s, Role.FRONT_DESK, "frida", "Frida Skranke")
        referral_id = referral_to(s, "aab", "ejendomskontor")
        data = reporting.slip_data(s, frida, referral_id, today=date(2026, 12, 21))
    by_day = {d.day.day: d for d in data.opening_days}
    assert not by_day[21].closed and not by_day[22].closed and not by_day[23].closed
    assert by_day[24].closed and by_day[25].closed and by_day[26].closed
    assert by_day[25].closed_note == "Juledag"
    pdf = tmp_path / "slip.pdf"
    with pdf.open("wb") as out:
        build_slip(data, out)
    lines = day_lines(plain_text(pdf))
    assert lines["24.12."].startswith("Lukket") and lines["25.12."].startswith("Lukket (Juledag)")
    assert not lines["22.12."].startswith("Lukket")
