"""The permission check every service runs first."""

from __future__ import annotations

from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import MSG_DENIED, PERMISSION_LABELS, Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import LABELS
from referral_app.domain.errors import PermissionDeniedError
from referral_app.services import audit_chain


def require(session: Session, actor: Actor | None, permission: Permission) -> Actor:
    """Raise PermissionDeniedError unless ``actor`` may do ``permission``.

    A denial is written to the audit trail in its own transaction, so it is
    kept although the caller's transaction rolls back.
    """
    if actor is not None and actor.can(permission):
        return actor
    with Session(bind=session.get_bind()) as other, other.begin():
        audit_chain.append(
            other,
            m.AuditEvent(
                at=utcnow(),
                staff_user_id=actor.user_id if actor else None,
                username=actor.username if actor else None,
                action=AuditAction.PERMISSION_DENIED.value,
                entity="permission",
                entity_id=permission.value,
            )
        )
    raise PermissionDeniedError(
        MSG_DENIED,
        role=LABELS[actor.role] if actor else "-",
        what=PERMISSION_LABELS[permission],
        permission=permission.value,
        translated_params=("role", "what"),
    )
