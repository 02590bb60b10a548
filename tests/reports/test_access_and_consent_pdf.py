"""The access report and the consent form as PDFs, read back as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.errors import ValidationError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.services import access_report, consent, intake, referrals, residents
from tests.reports.pdf_text import plain_text, render_with_poppler
from tests.services.staff import make_staff


@pytest.fixture
def case(sqlite_db):
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida", "Frida Skrankesen")
        coord = make_staff(s, Role.COORDINATOR, "carl", "Carl Koordinatorsen")
        res = residents.create(s, front, ResidentDraft(full_name="Søren Ærø Åkjær", phone="20123456",
                                                       street="Høje Gladsaxe", house_number="34"))
        inq = intake.log_inquiry(s, front, InquiryDraft(category_code="bolig.vedligehold", resident_id=res.id,
                                                        description="Skimmel i soveværelset"))
        service = s.scalars(select(m.Service).where(m.Service.status == "active")).first()
        referrals.create(s, front, inq.id, service.id)
        residents.get(s, coord, res.id, "Opfølgning på henvisning")
    return {"front": front, "coord": coord, "resident": res.id, "service": service.name,
            "org": service.organization_id}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_access_report_pdf(sqlite_db, case, tmp_path: Path, lang: str) -> None:
    with sqlite_db.begin() as s:
        report = access_report.build(s, case["coord"], case["resident"])
    target = access_report.write_pdf(report, tmp_path / "indsigt.pdf", lang)
    text = plain_text(target)
    assert "Søren Ærø Åkjær" in text and "Skimmel i soveværelset" in text and case["service"] in text
    assert "Opfølgning på henvisning" in text
    assert ("Opslag i dine oplysninger" if lang == "da" else "Lookups of your data") in text
    for staff in ("Frida", "Skrankesen", "Koordinatorsen", "carl", "frida"):
        assert staff not in text
    render_with_poppler(target, tmp_path / "page")


def test_access_report_json_and_bad_target(sqlite_db, case, tmp_path: Path) -> None:
    with sqlite_db.begin() as s:
        report = access_report.build(s, case["coord"], case["resident"])
    written = access_report.write_json(report, tmp_path / "indsigt.json")
    assert "Søren Ærø Åkjær" in written.read_text(encoding="utf-8")
    with pytest.raises(ValidationError):
        access_report.write_json(report, tmp_path / "missing" / "x.json")
    assert not (tmp_path / "missing").exists()


def test_consent_form_is_bilingual_and_audited(sqlite_db, case, tmp_path: Path) -> None:
    with sqlite_db.begin() as s:
        target = consent.write_form(s, case["front"], case["resident"], [case["org"]], tmp_path / "samtykke.pdf")
        org_name = s.get(m.Organization, case["org"]).name
    text = plain_text(target)
    assert "Samtykke til behandling af dine oplysninger" in text and "Consent to the use of your data" in text
    assert "Søren Ærø Åkjær" in text and org_name in text and "Underskrift" in text
    render_with_poppler(target, tmp_path / "consent")
    with sqlite_db.begin() as s:
        assert s.scalars(select(m.AuditEvent.action).where(m.AuditEvent.entity == "consent_form")).all() == ["print"]
