"""The access report holds every inquiry and referral of the resident and
every lookup date with its purpose, and no staff names."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.errors import ConflictError, PermissionDeniedError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.services import access_report, intake, referrals, residents, retention
from tests.services.staff import make_staff


@pytest.fixture
def setup(database):
    with database.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida", "Frida Skrankesen")
        coord = make_staff(s, Role.COORDINATOR, "carl", "Carl Koordinatorsen")
        admin = make_staff(s, Role.ADMIN, "anne", "Anne Adminsen")
        other = residents.create(s, front, ResidentDraft(full_name="Ole Olsen"))
        res = residents.create(s, front, ResidentDraft(full_name="Mette Jensen", phone="20123456"))
        service = s.scalars(select(m.Service.id).where(m.Service.status == "active")).first()
        ids = []
        for code in ("bolig.vedligehold", "digital.mitid"):
            inq = intake.log_inquiry(s, front, InquiryDraft(category_code=code, resident_id=res.id,
                                                            description=f"Om {code}"))
            ids.append(inq.id)
        intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid", resident_id=other.id))
        ref = referrals.create(s, front, ids[0], service)
        referrals.move(s, coord, ref.id, "sent", note="Ringet til ejendomskontoret")
        residents.get(s, coord, res.id, "Opfølgning på henvisning")
    return {"front": front, "coord": coord, "admin": admin, "resident": res.id, "inquiries": ids, "referral": ref.id}


def test_report_holds_everything_and_no_staff_names(database, setup) -> None:
    with database.begin() as s:
        report = access_report.build(s, setup["coord"], setup["resident"])
    assert [i.id for i in report.inquiries] == setup["inquiries"]
    assert [r.id for r in report.referrals] == [setup["referral"]]
    assert "Opfølgning på henvisning" in {x.purpose for x in report.lookups}
    assert all(x.at for x in report.lookups)
    text = json.dumps(access_report.to_json(report), ensure_ascii=False)
    for staff in ("frida", "carl", "Skrankesen", "Koordinatorsen", "anne", "Adminsen"):
        assert not re.search(rf"\b{staff}\b", text, re.IGNORECASE), staff
    assert "Ole Olsen" not in text and "Mette Jensen" in text and "Ringet til ejendomskontoret" in text


def test_export_is_audited(database, setup) -> None:
    with database.begin() as s:
        access_report.build(s, setup["coord"], setup["resident"])
    with database.begin() as s:
        entry = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "export")).one()
    assert (entry.username, entry.resident_id) == ("carl", setup["resident"])


def test_anonymized_or_forbidden(database, setup) -> None:
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        access_report.build(s, setup["admin"], setup["resident"])
    with database.begin() as s:
        retention.erase(s, setup["admin"], setup["resident"])
    with pytest.raises(ConflictError), database.begin() as s:
        access_report.build(s, setup["coord"], setup["resident"])
