"""Settings every desk shares, stored in the database."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.settings import AppSettings
from referral_app.services import audit
from referral_app.services.permissions import require


def load_settings(session: Session) -> AppSettings:
    values = {key: value for key, value in session.execute(select(m.AppSetting.key, m.AppSetting.value))}
    return AppSettings.from_mapping(values)


def save_settings(session: Session, settings: AppSettings, *, staff_user_id: int | None = None) -> AppSettings:
    settings.validate()
    stored = {row.key: row for row in session.scalars(select(m.AppSetting))}
    for key, value in settings.to_mapping().items():
        row = stored.get(key)
        if row is None:
            session.add(m.AppSetting(key=key, value=value, updated_by_id=staff_user_id))
        elif row.value != value:
            row.value = value
            row.updated_by_id = staff_user_id
    session.flush()
    return settings


def update_settings(session: Session, *, staff_user_id: int | None = None, **changes: Any) -> AppSettings:
    return save_settings(session, replace(load_settings(session), **changes), staff_user_id=staff_user_id)


def change_settings(session: Session, actor: Actor, settings: AppSettings) -> AppSettings:
    """An administrator changes the shared settings; audited with what changed."""
    require(session, actor, Permission.MANAGE_SETTINGS)
    before = load_settings(session).to_mapping()
    saved = save_settings(session, settings, staff_user_id=actor.user_id)
    changes = {k: v for k, v in saved.to_mapping().items() if before.get(k) != v}
    if changes:
        audit.record(session, actor, AuditAction.UPDATE, entity="settings",
                     detail=" ".join(f"{k}={v}" for k, v in sorted(changes.items())))
    return saved
