"""The day's list: who may make it, what it holds (oldest first, one desk or
all, initials when names are hidden), and that its PDF says the same."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.errors import PermissionDeniedError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.reporting import ReportKind
from referral_app.domain.residents import ResidentDraft
from referral_app.services import intake, reporting, residents, todays_list
from tests.services.staff import make_staff


@pytest.fixture
def desk_day(database):
    with database.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        manager = make_staff(s, Role.MANAGER, "mette")
        resident = residents.create(s, front, ResidentDraft(full_name="Anne-Marie Sørensen")).id
        first = intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid", desk="Skranke 1",
                                                          resident_id=resident, description="Ny MitID-app"))
        second = intake.log_inquiry(s, front, InquiryDraft(category_code="bolig.husleje", desk="Skranke 1"))
        intake.log_inquiry(s, front, InquiryDraft(category_code="job.job", desk="Biblioteket"))
    return {"front": front, "manager": manager, "ids": (first.id, second.id)}


def test_the_list_of_one_desk_oldest_first(database, desk_day):
    with database.begin() as s:
        listed = todays_list.todays_list(s, desk_day["front"], desk="Skranke 1")
    assert tuple(r.id for r in listed.rows) == desk_day["ids"]
    assert listed.rows[0].resident == "Anne-Marie Sørensen" and listed.rows[1].resident == ""
    assert listed.rows[0].category == "MitID" and listed.rows[0].logged_by == "frida"


def test_every_desk_and_hidden_names(database, desk_day):
    with database.begin() as s:
        listed = todays_list.todays_list(s, desk_day["front"], names_hidden=True, language="en")
    assert len(listed.rows) == 3 and listed.desk is None
    assert listed.rows[0].resident == "A.-M. S." and listed.rows[2].category == "Jobs"


def test_only_those_who_may_list_inquiries(database, desk_day):
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        todays_list.todays_list(s, desk_day["manager"])


def test_the_pdf_and_its_audit_entries(database, desk_day):
    front = desk_day["front"]
    with database.begin() as s:
        report = todays_list.render_todays_list(s, front, desk="Skranke 1", language="en")
        todays_list.record_view(s, front, report)
        reporting.record_output(s, front, report, AuditAction.PRINT)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(report.pdf)).pages)
    assert "Desk: Skranke 1 · 2 inquiries" in text and "Anne-Marie Sørensen" in text and "Ny MitID-app" in text
    assert "Biblioteket" not in text
    assert report.kind is ReportKind.TODAYS_LIST and report.personal
    assert report.file_name_in("en").startswith("todays-list-") and report.file_name.startswith("dagens-liste-")
    with database.begin() as s:
        entries = s.execute(select(m.AuditEvent.action, m.AuditEvent.detail).where(
            m.AuditEvent.detail.like("todays list%"))).all()
    assert sorted(action for action, _ in entries) == ["print", "search"]
    assert all("desk=Skranke 1 rows=2 names=shown" in detail for _, detail in entries)
