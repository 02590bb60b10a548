"""A service's own texts in the slip's other languages: read them, write them.

The directory upkeep screens call these (coordinators and administrators
may edit, everyone who sees the directory may read); the slip reads the
translation for its language. A translation with every text left empty is
removed, and the slip then prints the Danish texts marked "(in Danish)".
The directory holds no personal data, so these are not audited.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.errors import NotFoundError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.slip_languages import DANISH, SLIP_LANGUAGES, ServiceTranslation
from referral_app.services.permissions import require

NAME_LENGTH = 200
TEXT_LENGTH = 2000
TRANSLATED_LANGUAGES = tuple(code for code in SLIP_LANGUAGES if code != DANISH)

MSG_NO_SERVICE = QT_TRANSLATE_NOOP("errors", "There is no service with number {id}.")
MSG_TRANSLATION_LANGUAGE = QT_TRANSLATE_NOOP(
    "errors", "A service's texts can be translated into {choices}; not into {value}."
)
MSG_TRANSLATION_TOO_LONG = QT_TRANSLATE_NOOP("errors", "The translated text is too long: at most {limit} characters.")


def _from_row(row: m.ServiceTranslation) -> ServiceTranslation:
    return ServiceTranslation(row.service_id, row.language, row.name, row.what_to_bring, row.next_step)


def get_service_translation(session: Session, service_id: int, language: str) -> ServiceTranslation | None:
    """The service's texts in ``language``, or None when nobody translated them."""
    row = session.get(m.ServiceTranslation, (service_id, language))
    return _from_row(row) if row is not None else None


def list_service_translations(session: Session, service_id: int) -> tuple[ServiceTranslation, ...]:
    """Every translation of the service, in the slip's order of languages."""
    rows = session.scalars(select(m.ServiceTranslation).where(m.ServiceTranslation.service_id == service_id))
    order = {code: i for i, code in enumerate(SLIP_LANGUAGES)}
    return tuple(sorted((_from_row(row) for row in rows), key=lambda t: order.get(t.language, len(order))))


def _clean(value: str | None, limit: int, field: str) -> str | None:
    text = " ".join((value or "").split())
    if len(text) > limit:
        raise ValidationError(MSG_TRANSLATION_TOO_LONG, field=field, limit=limit)
    check_no_cpr(field, text)
    return text or None


def save_service_translation(session: Session, actor: Actor, translation: ServiceTranslation) -> ServiceTranslation | None:
    """Store the service's texts in one language (EDIT_DIRECTORY); empty texts remove it.

    Returns what is stored now, or None when the translation was removed.
    """
    require(session, actor, Permission.EDIT_DIRECTORY)
    language = translation.language.strip().lower()
    if language not in TRANSLATED_LANGUAGES:
        raise ValidationError(MSG_TRANSLATION_LANGUAGE, field="language", value=translation.language,
                              choices=", ".join(TRANSLATED_LANGUAGES))
    if session.get(m.Service, translation.service_id) is None:
        raise NotFoundError(MSG_NO_SERVICE, field="service", id=translation.service_id)
    name = _clean(translation.name, NAME_LENGTH, "name")
    what_to_bring = _clean(translation.what_to_bring, TEXT_LENGTH, "what_to_bring")
    next_step = _clean(translation.next_step, TEXT_LENGTH, "next_step")
    row = session.get(m.ServiceTranslation, (translation.service_id, language))
    if not (name or what_to_bring or next_step):
        if row is not None:
            session.delete(row)
            session.flush()
        return None
    if row is None:
        row = m.ServiceTranslation(service_id=translation.service_id, language=language)
        session.add(row)
    row.name, row.what_to_bring, row.next_step = name, what_to_bring, next_step
    session.flush()
    return _from_row(row)
