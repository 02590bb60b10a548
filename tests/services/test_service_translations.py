"""A service's texts in the slip's languages: shipped, loaded once, edited by
coordinators; and the slip's language by default from the inquiry or the resident."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from referral_app.config import DIRECTORY_DIR
from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.domain.slip_languages import (
    ServiceTranslation,
    default_slip_language,
    parse_slip_language,
)
from referral_app.services import intake, referrals, reporting, residents
from referral_app.services.directory_seed import load_directory
from referral_app.services.service_translations import (
    get_service_translation,
    list_service_translations,
    save_service_translation,
)
from tests.services.staff import make_staff


def _service_id(session, org_key: str, service_key: str) -> int:
    return session.scalar(select(m.Service.id).join(m.Organization).where(
        m.Organization.key == org_key, m.Service.key == service_key))


def test_the_shipped_translations_are_loaded_once_and_a_coordinators_edit_survives(database) -> None:
    with database.begin() as s:
        food = _service_id(s, "vores-hg", "overskudsmad")
        arabic = get_service_translation(s, food, "ar")
        assert arabic is not None and arabic.name == "الطعام الفائض" and arabic.what_to_bring and arabic.next_step
        assert [t.language for t in list_service_translations(s, food)] == ["ar", "so", "tr", "ur", "fa", "uk",
                                                                           "pl", "en"]
        assert get_service_translation(s, food, "da") is None
        coordinator = make_staff(s, Role.COORDINATOR, "carl")
        save_service_translation(s, coordinator, ServiceTranslation(food, "so", name="Cunto"))
        save_service_translation(s, coordinator, ServiceTranslation(food, "tr"))  # all empty: removed
    with database.begin() as s:
        assert load_directory(s, DIRECTORY_DIR).service_translations == 0
        assert get_service_translation(s, food, "so") == ServiceTranslation(food, "so", name="Cunto")
        assert get_service_translation(s, food, "tr") is None  # not loaded again


def test_only_coordinators_edit_translations_and_bad_input_changes_nothing(database) -> None:
    with database.begin() as s:
        service = _service_id(s, "gladsaxe-kommune", "jobcenter")
        front = make_staff(s, Role.FRONT_DESK, "frida")
        coordinator = make_staff(s, Role.COORDINATOR, "carl")
        saved = save_service_translation(s, coordinator, ServiceTranslation(
            service, " AR ", name="  مركز   العمل ", what_to_bring="السيرة الذاتية"))
        assert saved == ServiceTranslation(service, "ar", name="مركز العمل", what_to_bring="السيرة الذاتية")
    bad = [
        (front, ServiceTranslation(service, "ar", name="x"), PermissionDeniedError),
        (coordinator, ServiceTranslation(service, "de", name="Jobcenter"), ValidationError),
        (coordinator, ServiceTranslation(service, "da", name="Jobcenter"), ValidationError),
        (coordinator, ServiceTranslation(999_999, "ar", name="x"), NotFoundError),
        (coordinator, ServiceTranslation(service, "ar", next_step="اتصل 010190-1234"), ValidationError),
        (coordinator, ServiceTranslation(service, "ar", name="x" * 201), ValidationError),
    ]
    for actor, translation, error in bad:
        with pytest.raises(error), database.begin() as s:
            save_service_translation(s, actor, translation)
    with database.begin() as s:
        assert list_service_translations(s, service) == (saved,)


def test_slip_languages_are_parsed_and_defaulted() -> None:
    assert parse_slip_language(" AR ") == "ar"
    with pytest.raises(ValidationError) as caught:
        parse_slip_language("xx")
    assert "da, ar, so, tr, ur, fa, uk, pl, en" in str(caught.value)
    assert default_slip_language(None, "ar") == "ar"
    assert default_slip_language("so", "ar") == "so"  # the inquiry's language first
    assert default_slip_language("fa-AF", None) == "fa"  # Dari reads the Farsi slip
    assert default_slip_language("ta", "ti") == "da"  # not offered: Danish
    assert default_slip_language(None, None) == "da"


def test_the_slip_defaults_to_the_language_recorded_for_the_resident(database) -> None:
    today = date(2026, 11, 27)
    with database.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida", "Frida Ærø")
        food = _service_id(s, "vores-hg", "overskudsmad")
        resident = residents.create(s, front, ResidentDraft(full_name="Amal Testesen", preferred_language="ar"))
        by_resident = intake.log_inquiry(s, front, InquiryDraft(category_code="faellesskab.overskudsmad",
                                                                resident_id=resident.id))
        by_inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="faellesskab.overskudsmad",
                                                               resident_id=resident.id, language="so"))
        anonymous = intake.log_inquiry(s, front, InquiryDraft(category_code="faellesskab.overskudsmad"))
        ids = [referrals.create(s, front, inquiry.id, food).id for inquiry in (by_resident, by_inquiry, anonymous)]
    with database.begin() as s:
        first, second, third = (reporting.slip_data(s, front, i, today=today) for i in ids)
        assert reporting.slip_language_for(s, front, ids[0]) == "ar"
        chosen = reporting.slip_data(s, front, ids[0], language="da", today=today)
    assert first.language == "ar" and first.service_translation is not None
    assert first.service_translation.name == "الطعام الفائض"
    assert second.language == "so" and second.service_translation is not None
    assert third.language == "da" and third.service_translation is None
    assert chosen.language == "da" and chosen.service_translation is None
