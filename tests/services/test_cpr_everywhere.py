"""Every CPR spelling is refused in every free-text field, staff names and
usernames, audit filters and output file names; everyday numbers pass the
same fields. Nothing is saved on refusal and the audit log never holds one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain.audit import AuditAction, AuditFilter
from referral_app.domain.enums import ConsentPurpose, Role
from referral_app.domain.errors import DomainError, ValidationError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.privacy import MSG_CPR, find_cpr_like
from referral_app.domain.residents import ResidentDraft
from referral_app.services import accounts, audit, consent, intake, outputs, referrals, residents
from tests.cpr_samples import CPR_VARIANTS, EVERYDAY_NUMBERS
from tests.services.staff import make_staff

Field = Callable[[Any, dict[str, Any], str], object]

RESIDENT_FIELDS = ("full_name", "phone", "email", "street", "house_number", "unit", "postal_code", "city",
                   "preferred_language")


def _resident(field: str) -> Field:
    def save(s: Any, case: dict[str, Any], text: str) -> object:
        values = {"full_name": "Mette Jensen", field: text}
        return residents.create(s, case["front"], ResidentDraft(**values))
    return save


def _update_resident(s: Any, case: dict[str, Any], text: str) -> object:
    return residents.update(s, case["front"], case["resident"], ResidentDraft(full_name="Mette Jensen", city=text))


FIELDS: dict[str, Field] = {
    **{f"resident.{name}": _resident(name) for name in RESIDENT_FIELDS},
    "resident.update": _update_resident,
    "resident.search": lambda s, c, t: residents.search(s, c["front"], t),
    "inquiry.description": lambda s, c, t: intake.log_inquiry(
        s, c["front"], InquiryDraft(category_code="bolig.vedligehold", description=t)),
    "inquiry.desk": lambda s, c, t: intake.log_inquiry(
        s, c["front"], InquiryDraft(category_code="bolig.vedligehold", description="Skimmel", desk=t)),
    "inquiry.list.desk": lambda s, c, t: intake.list_inquiries(s, c["front"], desk=t),
    "referral.note": lambda s, c, t: referrals.create(s, c["front"], c["inquiry"], c["service"], note=t),
    "consent.note": lambda s, c, t: consent.record(s, c["coord"], c["resident"], ConsentPurpose.STORE_DATA, note=t),
    "consent.scope": lambda s, c, t: consent.record(s, c["coord"], c["resident"], ConsentPurpose.STORE_DATA,
                                                    scope=t),
    "staff.full_name": lambda s, c, t: accounts.create_user(s, c["admin"], "nyansat", t, Role.FRONT_DESK,
                                                            "et-langt-kodeord-1"),
    "staff.username": lambda s, c, t: accounts.create_user(s, c["admin"], t, "Ny Ansat", Role.FRONT_DESK,
                                                           "et-langt-kodeord-1"),
    "audit.filter.user": lambda s, c, t: audit.open_log(s, c["admin"], AuditFilter(username=t)),
    "output.file_name": lambda s, c, t: outputs.check_target(c["folder"] / f"rapport {t}.pdf"),
}


@pytest.fixture
def case(sqlite_db, tmp_path: Path) -> dict[str, Any]:
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        coord = make_staff(s, Role.COORDINATOR, "carl")
        admin = make_staff(s, Role.ADMIN, "anna")
        resident = residents.create(s, front, ResidentDraft(full_name="Mette Jensen", phone="20123456"))
        inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="bolig.vedligehold",
                                                           description="Skimmel", resident_id=resident.id))
        service = s.scalars(select(m.Service.id).where(m.Service.status == "active").order_by(m.Service.id)).first()
    return {"front": front, "coord": coord, "admin": admin, "resident": resident.id, "inquiry": inquiry.id,
            "service": service, "folder": tmp_path}


def _counts(s: Any) -> tuple[int, ...]:
    return tuple(s.scalar(select(func.count()).select_from(table)) for table in
                 (m.Resident, m.Inquiry, m.Referral, m.Consent, m.StaffUser))


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_every_cpr_spelling_is_refused_in_the_field(sqlite_db, case, field: str) -> None:
    save = FIELDS[field]
    with sqlite_db.begin() as s:
        before = _counts(s)
    for variant in CPR_VARIANTS:
        with pytest.raises(ValidationError) as info, sqlite_db.begin() as s:
            save(s, case, f"x {variant} y" if field != "staff.username" else variant)
        assert info.value.message == MSG_CPR, (field, variant, info.value.message)
    with sqlite_db.begin() as s:
        assert _counts(s) == before
        details = s.execute(select(m.AuditEvent.username, m.AuditEvent.detail, m.AuditEvent.purpose)).all()
    assert not any(find_cpr_like(value) for row in details for value in row)


@pytest.mark.parametrize("field", sorted(set(FIELDS) - {"staff.username", "resident.phone", "resident.email",
                                                         "resident.postal_code", "resident.preferred_language"}))
def test_everyday_numbers_pass_the_field(sqlite_db, case, field: str, monkeypatch) -> None:
    from tests.services import staff

    known = staff.password_hash()
    monkeypatch.setattr(accounts, "hash_password", lambda _password: known)
    save = FIELDS[field]
    for text in EVERYDAY_NUMBERS:
        try:
            with sqlite_db.begin() as s:
                save(s, case, text)
                if field.startswith("staff"):
                    s.execute(m.StaffUser.__table__.delete().where(m.StaffUser.username == "nyansat"))
        except DomainError as exc:
            assert exc.message != MSG_CPR, (field, text)


def test_the_phone_field_takes_phone_numbers_in_every_usual_spelling(sqlite_db, case) -> None:
    phones = [t for t in EVERYDAY_NUMBERS[:9]]
    with sqlite_db.begin() as s:
        for phone in phones:
            saved = residents.create(s, case["front"], ResidentDraft(full_name="Ali Hassan", phone=phone))
            assert saved.phone and saved.phone.endswith("28181287"), phone


def test_a_password_typed_as_username_is_not_logged(sqlite_db, case) -> None:
    from referral_app.domain.accounts import AuthenticationError

    secret = "Sommer2026!hemmelig"
    with pytest.raises(AuthenticationError), sqlite_db.begin() as s:
        accounts.authenticate(s, secret, "whatever")
    with sqlite_db.begin() as s:
        names = s.scalars(select(m.AuditEvent.username).where(
            m.AuditEvent.action == AuditAction.LOGIN_FAILED.value)).all()
    assert names and all(secret.lower() not in (n or "") and "hemmelig" not in (n or "") for n in names)


def test_the_log_masks_a_cpr_number_that_reaches_it_anyway(sqlite_db, case) -> None:
    with sqlite_db.begin() as s:
        audit.record(s, case["admin"], AuditAction.VIEW, entity="x", detail="file=01.01.90-1234.pdf",
                     purpose="note 0101901234")
    with sqlite_db.begin() as s:
        detail, purpose = s.execute(select(m.AuditEvent.detail, m.AuditEvent.purpose)
                                    .order_by(m.AuditEvent.id.desc())).first()
    assert detail == "file=[CPR].pdf" and purpose == "note [CPR]"
