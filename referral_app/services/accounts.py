"""Staff accounts: first administrator, login with lockout, user management.

Passwords are hashed with argon2id and never logged. Failed logins and locks
are written to the audit trail in their own transaction, so they are kept
although the login raises.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import (
    MSG_BAD_LOGIN,
    MSG_INACTIVE,
    MSG_LOCKED,
    Actor,
    AuthenticationError,
    Permission,
    StaffUser,
    mask_unknown_username,
    parse_role,
    validate_full_name,
    validate_password,
    validate_username,
)
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.errors import ConflictError, NotFoundError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.services import audit
from referral_app.services.permissions import require
from referral_app.services.settings import load_settings

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


def hash_password(password: str) -> str:
    validate_password(password)
    return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _staff(row: m.StaffUser) -> StaffUser:
    return StaffUser(
        id=row.id,
        username=row.username,
        full_name=row.full_name,
        role=Role(row.role),
        active=row.active,
        locked_until=row.locked_until,
        failed_logins=row.failed_logins,
        last_login_at=row.last_login_at,
    )


def _actor(row: m.StaffUser) -> Actor:
    return Actor(user_id=row.id, username=row.username, full_name=row.full_name, role=Role(row.role))


def _by_username(session: Session, username: str) -> m.StaffUser | None:
    return session.scalars(select(m.StaffUser).where(m.StaffUser.username == username.strip().lower())).first()


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count(m.StaffUser.id))))


def _new_user(session: Session, username: str, full_name: str, role: Role, password: str) -> m.StaffUser:
    username = validate_username(username)
    full_name = validate_full_name(full_name)
    password_hash = hash_password(password)
    if _by_username(session, username) is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "The username {username} is taken."), field="username", username=username
        )
    row = m.StaffUser(
        username=username,
        full_name=full_name,
        role=role.value,
        password_hash=password_hash,
        active=True,
        failed_logins=0,
        password_changed_at=utcnow(),
    )
    session.add(row)
    session.flush()
    return row


def create_first_admin(session: Session, username: str, full_name: str, password: str) -> Actor:
    """Only while no account exists: the person installing the app becomes administrator."""
    if has_users(session):
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "There are already staff accounts; ask an administrator to create yours.")
        )
    row = _new_user(session, username, full_name, Role.ADMIN, password)
    actor = _actor(row)
    audit.record(session, actor, AuditAction.CREATE, entity="staff_user", entity_id=row.id,
                 detail=f"first administrator {row.username}")
    return actor


def create_user(session: Session, actor: Actor, username: str, full_name: str, role: Role | str, password: str) -> StaffUser:
    require(session, actor, Permission.MANAGE_USERS)
    role = parse_role(role) if isinstance(role, str) else role
    row = _new_user(session, username, full_name, role, password)
    audit.record(session, actor, AuditAction.CREATE, entity="staff_user", entity_id=row.id,
                 detail=f"{row.username} role={role.value}")
    return _staff(row)


def list_users(session: Session, actor: Actor) -> tuple[StaffUser, ...]:
    require(session, actor, Permission.MANAGE_USERS)
    return tuple(_staff(r) for r in session.scalars(select(m.StaffUser).order_by(m.StaffUser.username)))


def _get_for_admin(session: Session, actor: Actor, username: str) -> m.StaffUser:
    require(session, actor, Permission.MANAGE_USERS)
    row = _by_username(session, username)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no staff member called {username}."),
                            field="username", username=username)
    return row


def _would_leave_no_admin(session: Session, row: m.StaffUser) -> bool:
    admins = session.scalar(
        select(func.count(m.StaffUser.id)).where(m.StaffUser.role == Role.ADMIN.value, m.StaffUser.active.is_(True))
    )
    return row.role == Role.ADMIN.value and row.active and (admins or 0) <= 1


MSG_LAST_ADMIN = QT_TRANSLATE_NOOP("errors", "{username} is the last active administrator; make another first.")


def set_active(session: Session, actor: Actor, username: str, active: bool) -> StaffUser:
    row = _get_for_admin(session, actor, username)
    if not active and _would_leave_no_admin(session, row):
        raise ConflictError(MSG_LAST_ADMIN, username=row.username)
    row.active = active
    if active:
        row.failed_logins = 0
        row.locked_until = None
    audit.record(session, actor, AuditAction.UPDATE, entity="staff_user", entity_id=row.id,
                 detail=f"{row.username} active={active}")
    return _staff(row)


def change_role(session: Session, actor: Actor, username: str, role: Role | str) -> StaffUser:
    row = _get_for_admin(session, actor, username)
    role = parse_role(role) if isinstance(role, str) else role
    if role is not Role.ADMIN and _would_leave_no_admin(session, row):
        raise ConflictError(MSG_LAST_ADMIN, username=row.username)
    old = row.role
    row.role = role.value
    audit.record(session, actor, AuditAction.UPDATE, entity="staff_user", entity_id=row.id,
                 detail=f"{row.username} role {old} -> {role.value}")
    return _staff(row)


def reset_password(session: Session, actor: Actor, username: str, new_password: str) -> StaffUser:
    row = _get_for_admin(session, actor, username)
    row.password_hash = hash_password(new_password)
    row.password_changed_at = utcnow()
    row.failed_logins = 0
    row.locked_until = None
    audit.record(session, actor, AuditAction.UPDATE, entity="staff_user", entity_id=row.id,
                 detail=f"{row.username} password reset")
    return _staff(row)


def change_own_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    row = session.get(m.StaffUser, actor.user_id)
    if row is None or not _verify(row.password_hash, old_password):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The current password is wrong."), field="old_password")
    if old_password == new_password:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a new password that differs from the old one."),
                              field="password")
    row.password_hash = hash_password(new_password)
    row.password_changed_at = utcnow()
    audit.record(session, actor, AuditAction.UPDATE, entity="staff_user", entity_id=row.id,
                 detail="own password changed")


def authenticate(session: Session, username: str, password: str, *, now: datetime | None = None,
                 action: AuditAction = AuditAction.LOGIN) -> Actor:
    """Check a username and password; lock the account after too many failures.

    Raises AuthenticationError. Failures and locks are committed at once in
    their own transaction; the caller's transaction can roll back safely.
    """
    now = now or utcnow()
    settings = load_settings(session)
    name = username.strip().lower()
    with audit.aside(session) as other:
        row = other.scalars(select(m.StaffUser).where(m.StaffUser.username == name)).first()
        if row is None:
            audit.record(other, None, AuditAction.LOGIN_FAILED, entity="staff_user", username=mask_unknown_username(name),
                         detail="unknown user")
            error: AuthenticationError | None = AuthenticationError(MSG_BAD_LOGIN)
        elif not row.active:
            audit.record(other, _actor(row), AuditAction.LOGIN_FAILED, entity="staff_user", entity_id=row.id,
                         detail="deactivated")
            error = AuthenticationError(MSG_INACTIVE, username=row.username)
        elif row.locked_until is not None and row.locked_until > now:
            audit.record(other, _actor(row), AuditAction.LOGIN_FAILED, entity="staff_user", entity_id=row.id,
                         detail="locked")
            error = AuthenticationError(MSG_LOCKED, username=row.username, until=_clock(row.locked_until))
        elif not _verify(row.password_hash, password):
            row.failed_logins += 1
            audit.record(other, _actor(row), AuditAction.LOGIN_FAILED, entity="staff_user", entity_id=row.id,
                         detail=f"wrong password ({row.failed_logins})")
            if row.failed_logins >= settings.max_failed_logins:
                row.locked_until = now + timedelta(minutes=settings.lockout_minutes)
                row.failed_logins = 0
                audit.record(other, _actor(row), AuditAction.ACCOUNT_LOCKED, entity="staff_user",
                             entity_id=row.id, detail=f"locked until {row.locked_until.isoformat()}")
                error = AuthenticationError(MSG_LOCKED, username=row.username, until=_clock(row.locked_until))
            else:
                error = AuthenticationError(MSG_BAD_LOGIN)
        else:
            error = None
            row.failed_logins = 0
            row.locked_until = None
            if action is AuditAction.LOGIN:
                row.last_login_at = now
            actor = _actor(row)
            audit.record(other, actor, action, entity="staff_user", entity_id=row.id)
    if error is not None:
        raise error
    return actor


def logout(session: Session, actor: Actor) -> None:
    audit.record(session, actor, AuditAction.LOGOUT, entity="staff_user", entity_id=actor.user_id)


def _clock(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")
