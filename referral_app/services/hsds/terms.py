"""Taxonomy terms an HSDS import brought from another taxonomy.

They are kept as inactive categories marked unmapped, so they never route.
A coordinator maps one to a category of ours: every service that carries the
term gets our category as well (and so routes by it), and later imports of
the same term do the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.errors import NotFoundError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.services import audit
from referral_app.services.permissions import require

MAPS_TO = "_maps_to"
UNMAPPED = "_unmapped"

MSG_NO_TERM = QT_TRANSLATE_NOOP("errors", "There is no imported taxonomy term {term}.")
MSG_NO_TARGET = QT_TRANSLATE_NOOP(
    "errors", "There is no active category with the code {code} to map the term to.")


@dataclass(frozen=True, slots=True)
class ImportedTerm:
    code: str  # our code for it (hsds-…)
    hsds_id: str
    name: str
    taxonomy: str | None
    maps_to: str | None
    services: int


def is_imported_term(row: m.Category) -> bool:
    return bool(row.extra and row.extra.get(UNMAPPED))


def imported_terms(session: Session) -> tuple[ImportedTerm, ...]:
    """Every term from another taxonomy, mapped or not, with how many services carry it."""
    result = []
    for row in session.scalars(select(m.Category).order_by(m.Category.name_da)):
        if not is_imported_term(row):
            continue
        extra = row.extra or {}
        count = len(session.scalars(select(m.ServiceCategory.service_id)
                                    .where(m.ServiceCategory.category_id == row.id)).all())
        taxonomy = extra.get("taxonomy")
        maps_to = extra.get(MAPS_TO)
        result.append(ImportedTerm(row.code, str(row.hsds_id), row.name_da,
                                   taxonomy if isinstance(taxonomy, str) else None,
                                   maps_to if isinstance(maps_to, str) else None, count))
    return tuple(result)


def map_term(session: Session, actor: Actor | None, term: str, category_code: str) -> int:
    """Map an imported term (our code for it, or its HSDS id) to one of our
    categories; returns how many services now carry that category too."""
    require(session, actor, Permission.EDIT_DIRECTORY)
    wanted = term.strip()
    row = session.scalar(select(m.Category).where((m.Category.code == wanted) | (m.Category.hsds_id == wanted)))
    if row is None or not is_imported_term(row):
        raise NotFoundError(MSG_NO_TERM, term=wanted, field="term")
    target = session.scalar(select(m.Category).where(m.Category.code == category_code.strip()))
    if target is None or not target.active or is_imported_term(target):
        raise ValidationError(MSG_NO_TARGET, code=category_code.strip(), field="category")
    carriers = session.scalars(select(m.ServiceCategory.service_id)
                               .where(m.ServiceCategory.category_id == row.id)).all()
    already = set(session.scalars(select(m.ServiceCategory.service_id)
                                  .where(m.ServiceCategory.category_id == target.id)).all())
    for service_id in carriers:
        if service_id not in already:
            session.add(m.ServiceCategory(service_id=service_id, category_id=target.id))
    before = (row.extra or {}).get(MAPS_TO)
    row.extra = {**(row.extra or {}), MAPS_TO: target.code}
    audit.record(session, actor, AuditAction.UPDATE, entity="category", entity_id=row.code,
                 detail=f"HSDS term {row.name_da!r} mapped to {target.code} (before: {before or '-'}); "
                        f"services: {len(carriers)}")
    session.flush()
    return len(carriers)
