"""The slip prints the service's own next step where the directory has one
(with its translation in the slip's language where a coordinator wrote it),
and its own sentence otherwise; read back from the PDF."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import ReferralMode, Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.slip_languages import ServiceTranslation
from referral_app.services import intake, referrals, reporting
from tests.reports.pdf_text import plain_text
from tests.reports.test_slip_languages import _build, _flat, _slip
from tests.services.staff import make_staff

STEP = "Mød op med cyklen og spørg efter Bo i værkstedet."
STEP_EN = "Bring your bike and ask for Bo in the workshop."
HOW_TO_EN = "Book a time at gladsaxe.dk."


def _text(tmp_path: Path, **changes: object) -> str:
    return _flat(plain_text(_build(tmp_path, _slip(**changes))))


def test_the_services_next_step_replaces_the_slips_sentence(tmp_path: Path) -> None:
    text = _text(tmp_path, language="da", next_step=STEP)
    assert STEP in text
    assert "Kontakt selv" not in text
    assert "Bestil tid på gladsaxe.dk." in text  # how to apply is still there


def test_without_a_next_step_the_slip_says_what_it_said_before(tmp_path: Path) -> None:
    text = _text(tmp_path, language="da")
    assert "Kontakt selv Borgerservice: Digital Post" in text and STEP not in text


def test_the_translation_of_the_next_step_is_printed_above_the_danish(tmp_path: Path) -> None:
    translation = ServiceTranslation(1, "en", next_step=STEP_EN)
    text = _text(tmp_path, language="en", next_step=STEP, service_translation=translation)
    assert STEP_EN in text and STEP in text
    assert text.index(STEP_EN) < text.index(STEP)
    assert text.count(STEP_EN) == 1  # not also offered as the translation of how to apply


def test_an_untranslated_next_step_is_marked_as_danish(tmp_path: Path) -> None:
    text = _text(tmp_path, language="en", next_step=STEP)
    assert f"{STEP} (in Danish)" in text


def test_a_hand_over_keeps_the_sentence_on_who_contacts_whom(tmp_path: Path) -> None:
    text = _text(tmp_path, language="da", next_step=STEP, mode=ReferralMode.HANDED_OVER)
    assert "Vi har kontaktet Borgerservice: Digital Post for dig" in text and STEP not in text


def test_without_a_next_step_the_translation_still_explains_how_to_apply(tmp_path: Path) -> None:
    translation = ServiceTranslation(1, "en", next_step=HOW_TO_EN)
    text = _text(tmp_path, language="en", service_translation=translation)
    assert f"How to do it: {HOW_TO_EN}" in text


def test_the_slip_data_carries_the_directorys_next_step(sqlite_db) -> None:
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        service = s.scalars(select(m.Service).where(m.Service.status == "active").order_by(m.Service.id)).first()
        service.next_step = STEP
        inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="bolig.vedligehold"))
        referral = referrals.create(s, front, inquiry.id, service.id)
        data = reporting.slip_data(s, front, referral.id, language="da")
    assert data.next_step == STEP
