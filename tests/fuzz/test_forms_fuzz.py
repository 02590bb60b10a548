"""The forms' inputs through the services, as the window and the CLI hand
them over: any text in any field is either saved (without a CPR number) or
refused with a DomainError that saves nothing; never another exception."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import astuple
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.errors import DomainError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.privacy import find_cpr_like
from referral_app.domain.residents import ResidentDraft
from referral_app.services import accounts, intake, referrals, residents
from tests.cpr_samples import CPR_VARIANTS, EVERYDAY_NUMBERS
from tests.services.staff import make_staff, password_hash

TABLES = (m.Resident, m.Inquiry, m.Referral, m.StaffUser)


def texts() -> st.SearchStrategy[str | None]:
    return st.one_of(
        st.none(),
        st.text(max_size=60),
        st.sampled_from(CPR_VARIANTS + EVERYDAY_NUMBERS),
        st.tuples(st.text(max_size=10), st.sampled_from(CPR_VARIANTS + EVERYDAY_NUMBERS), st.text(max_size=10))
        .map("".join),
        st.text(min_size=190, max_size=300),
    )


@pytest.fixture
def forms(sqlite_db, monkeypatch) -> Iterator[dict[str, Any]]:
    known = password_hash()  # argon2 is not the subject: every new account gets this hash
    monkeypatch.setattr(accounts, "hash_password", lambda _password: known)
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        admin = make_staff(s, Role.ADMIN, "anna")
        resident = residents.create(s, front, ResidentDraft(full_name="Mette Jensen"))
        inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="bolig.vedligehold", description="x"))
        service = s.scalars(select(m.Service.id).where(m.Service.status == "active")).first()
    yield {"db": sqlite_db, "front": front, "admin": admin, "resident": resident.id, "inquiry": inquiry.id,
           "service": service}


COUNTS = select(*(select(func.count()).select_from(t).scalar_subquery() for t in TABLES))


def _counts(db: Any) -> tuple[int, ...]:
    """The rows in every table, in one query in a reading transaction (most of an example's time went here)."""
    with db.reading() as s:
        return tuple(s.execute(COUNTS).one())


def _saved_or_refused(forms: dict[str, Any], action: Any) -> object:
    db = forms["db"]
    before = _counts(db)
    try:
        with db.begin() as s:
            return action(s)
    except DomainError:
        assert _counts(db) == before
        return None


def _no_cpr(*values: object) -> None:
    for value in values:
        assert not isinstance(value, str) or find_cpr_like(value) is None, value


@given(name=texts(), phone=texts(), email=texts(), street=texts(), number=texts(), unit=texts(), postal=texts(),
       city=texts(), language=texts(), year=st.one_of(st.none(), st.integers(-10**6, 10**6)))
def test_the_resident_form(forms, name, phone, email, street, number, unit, postal, city, language, year) -> None:
    draft = ResidentDraft(full_name=name or "", phone=phone, email=email, street=street, house_number=number,
                          unit=unit, postal_code=postal, city=city, birth_year=year, preferred_language=language)
    saved = _saved_or_refused(forms, lambda s: residents.create(s, forms["front"], draft))
    if saved is not None:
        _no_cpr(*astuple(draft))
    updated = _saved_or_refused(forms, lambda s: residents.update(s, forms["front"], forms["resident"], draft))
    if updated is not None:
        _no_cpr(*astuple(draft))


@given(description=texts(), desk=texts(), language=texts(), category=st.one_of(
    st.just("bolig.vedligehold"), st.text(max_size=20)), channel=st.text(max_size=12),
    urgency=st.text(max_size=12), resident=st.one_of(st.none(), st.integers(-5, 2**70)))
def test_the_inquiry_form(forms, description, desk, language, category, channel, urgency, resident) -> None:
    draft = InquiryDraft(category_code=category, description=description or "", desk=desk, language=language,
                         channel=channel or "walk_in", urgency=urgency or "normal", resident_id=resident)
    saved = _saved_or_refused(forms, lambda s: intake.log_inquiry(s, forms["front"], draft))
    if saved is not None:
        _no_cpr(description, desk)


@given(note=texts(), inquiry=st.one_of(st.none(), st.integers(-5, 2**70)), service=st.one_of(
    st.none(), st.integers(-5, 2**70)))
def test_the_referral_form(forms, note, inquiry, service) -> None:
    saved = _saved_or_refused(forms, lambda s: referrals.create(
        s, forms["front"], forms["inquiry"] if inquiry is None else inquiry,
        forms["service"] if service is None else service, note=note))
    if saved is not None:
        _no_cpr(note)


@given(username=st.one_of(st.text(max_size=70), st.sampled_from(CPR_VARIANTS)), full_name=texts())
def test_the_staff_form(forms, username, full_name) -> None:
    saved = _saved_or_refused(forms, lambda s: accounts.create_user(
        s, forms["admin"], username, full_name or "", Role.FRONT_DESK, "et-langt-kodeord-1"))
    if saved is not None:
        _no_cpr(username, full_name)
