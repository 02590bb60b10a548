"""Staff accounts for service tests, made without the slow password hash per test."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.domain.accounts import Actor
from referral_app.domain.enums import Role

PASSWORD = "korrekt-hest-batteri"


@lru_cache(maxsize=1)
def password_hash() -> str:
    from referral_app.services.accounts import hash_password

    return hash_password(PASSWORD)


def make_staff(session: Session, role: Role, username: str | None = None, full_name: str | None = None) -> Actor:
    username = username or role.value.replace("_", "")
    row = m.StaffUser(
        username=username,
        full_name=full_name or f"Test {role.value.replace('_', ' ').title()}",
        role=role.value,
        password_hash=password_hash(),
        active=True,
        failed_logins=0,
    )
    session.add(row)
    session.flush()
    return Actor(row.id, row.username, row.full_name, role)
