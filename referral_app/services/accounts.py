"""Staff accounts: first administrator, login with lockout, user management.

Passwords are hashed with argon2id and never logged. Failed logins and locks
are written to the audit trail in their own transaction, so they are kept
although the login raises.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import ColumnElement, func, or_, select, update
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


def _new_user(session: Session, username: str, full_name: str, role: Role, password: str, *,
              password_hash: str | None = None) -> m.StaffUser:
    """``password_hash`` when the caller hashed before its transaction began."""
    username = validate_username(username)
    full_name = validate_full_name(full_name)
    password_hash = password_hash or hash_password(password)
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
    validate_username(username)
    validate_full_name(full_name)
    password_hash = hash_password(password)  # slow: before the first query takes the write lock
    if has_users(session):
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "There are already staff accounts; ask an administrator to create yours.")
        )
    row = _new_user(session, username, full_name, Role.ADMIN, password, password_hash=password_hash)
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
    require(session, actor, Permission.MANAGE_USERS)
    password_hash = hash_password(new_password)  # slow: before the first query takes the write lock
    row = _get_for_admin(session, actor, username)
    row.password_hash = password_hash
    row.password_changed_at = utcnow()
    row.failed_logins = 0
    row.locked_until = None
    audit.record(session, actor, AuditAction.UPDATE, entity="staff_user", entity_id=row.id,
                 detail=f"{row.username} password reset")
    return _staff(row)


def change_own_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    """Both argon2 steps (checking the old password, hashing the new one) run
    before the caller's transaction writes, so no desk waits for them."""
    wrong = ValidationError(QT_TRANSLATE_NOOP("errors", "The current password is wrong."), field="old_password")
    with audit.reading(session) as reader:
        stored = reader.scalar(select(m.StaffUser.password_hash).where(m.StaffUser.id == actor.user_id))
    if stored is None or not _verify(stored, old_password):
        raise wrong
    if old_password == new_password:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a new password that differs from the old one."),
                              field="password")
    password_hash = hash_password(new_password)
    row = session.get(m.StaffUser, actor.user_id)
    if row is None or row.password_hash != stored:  # changed by someone else meanwhile
        raise wrong
    row.password_hash = password_hash
    row.password_changed_at = utcnow()
    audit.record(session, actor, AuditAction.UPDATE, entity="staff_user", entity_id=row.id,
                 detail="own password changed")


@dataclass(frozen=True, slots=True)
class _Account:
    """What sign-in reads before the slow password check."""

    id: int
    password_hash: str


_dummy_hash_value: str | None = None


def _dummy_hash() -> str:
    """A hash to check unknown usernames against, so they take as long as known ones."""
    global _dummy_hash_value
    if _dummy_hash_value is None:
        _dummy_hash_value = _hasher.hash(secrets.token_urlsafe(24))
    return _dummy_hash_value


def authenticate(session: Session, username: str, password: str, *, now: datetime | None = None,
                 action: AuditAction = AuditAction.LOGIN) -> Actor:
    """Check a username and password; lock the account after too many failures.

    Raises AuthenticationError. The caller's ``session`` only names the
    database: sign-in reads in one short transaction, checks the password
    (argon2, slow) outside any transaction, and records the outcome in a
    second short transaction that is committed at once, so failures and
    locks are kept although the caller's transaction rolls back. The
    failed-login counter is raised by one atomic UPDATE, so parallel guesses
    are all counted. An unknown username costs the same password check and
    gets the same answers, its failures counted from the audit trail.
    """
    now = now or utcnow()
    name = username.strip().lower()
    with audit.reading(session) as reader:
        settings = load_settings(reader)
        row = reader.scalars(select(m.StaffUser).where(m.StaffUser.username == name)).first()
        account = _Account(row.id, row.password_hash) if row is not None else None
    password_ok = _verify(account.password_hash if account else _dummy_hash(), password)
    with audit.aside(session) as other:
        if account is None:
            error: AuthenticationError | None = _unknown_user_failed(other, name, now, settings.max_failed_logins,
                                                                    settings.lockout_minutes)
        else:
            error, actor = _record_attempt(other, account.id, password_ok, now, action, settings.max_failed_logins,
                                           settings.lockout_minutes)
    if error is not None:
        raise error
    return actor


def _open_to_login(now: datetime) -> ColumnElement[bool]:
    return or_(m.StaffUser.locked_until.is_(None), m.StaffUser.locked_until <= now)


def _record_attempt(other: Session, user_id: int, password_ok: bool, now: datetime, action: AuditAction,
                    max_failed: int, lockout_minutes: int) -> tuple[AuthenticationError | None, Actor]:
    """The write half of a sign-in, in the caller's short transaction."""
    if not password_ok:
        counted = other.execute(
            update(m.StaffUser)
            .where(m.StaffUser.id == user_id, m.StaffUser.active.is_(True), _open_to_login(now))
            .values(failed_logins=m.StaffUser.failed_logins + 1)
            .returning(m.StaffUser.failed_logins)
            .execution_options(synchronize_session=False)
        ).scalar()
    else:
        counted = other.execute(
            update(m.StaffUser)
            .where(m.StaffUser.id == user_id, m.StaffUser.active.is_(True), _open_to_login(now))
            .values(failed_logins=0, locked_until=None,
                    **({"last_login_at": now} if action is AuditAction.LOGIN else {}))
            .returning(m.StaffUser.failed_logins)
            .execution_options(synchronize_session=False)
        ).scalar()
    row = other.get(m.StaffUser, user_id, populate_existing=True)
    if row is None:  # deleted between the two transactions
        audit.record(other, None, AuditAction.LOGIN_FAILED, entity="staff_user", detail="unknown user")
        raise AuthenticationError(MSG_BAD_LOGIN)
    actor = _actor(row)
    if counted is None:  # deactivated or locked: the password was not counted
        if not row.active:
            audit.record(other, actor, AuditAction.LOGIN_FAILED, entity="staff_user", entity_id=row.id,
                         detail="deactivated")
            return AuthenticationError(MSG_INACTIVE, username=row.username), actor
        audit.record(other, actor, AuditAction.LOGIN_FAILED, entity="staff_user", entity_id=row.id, detail="locked")
        until = row.locked_until or now
        return AuthenticationError(MSG_LOCKED, username=row.username, until=_clock(until)), actor
    if password_ok:
        audit.record(other, actor, action, entity="staff_user", entity_id=row.id)
        return None, actor
    audit.record(other, actor, AuditAction.LOGIN_FAILED, entity="staff_user", entity_id=row.id,
                 detail=f"wrong password ({counted})")
    if counted < max_failed:
        return AuthenticationError(MSG_BAD_LOGIN), actor
    until = now + timedelta(minutes=lockout_minutes)
    other.execute(
        update(m.StaffUser).where(m.StaffUser.id == user_id).values(locked_until=until, failed_logins=0)
        .execution_options(synchronize_session=False)
    )
    audit.record(other, actor, AuditAction.ACCOUNT_LOCKED, entity="staff_user", entity_id=row.id,
                 detail=f"locked until {until.isoformat()}")
    return AuthenticationError(MSG_LOCKED, username=row.username, until=_clock(until)), actor


UNKNOWN_USER = "unknown user"
UNKNOWN_USER_LOCKED = "unknown user, locked"


def _unknown_user_failed(other: Session, name: str, now: datetime, max_failed: int,
                         lockout_minutes: int) -> AuthenticationError:
    """Answer an unknown username exactly as a known one with a wrong password,
    locking it after as many failures, so names cannot be told apart. The log
    keeps only a mask of the name (it may be a password typed in the wrong
    field), so failures are counted per mask."""
    shown = mask_unknown_username(name)
    window = now - timedelta(minutes=lockout_minutes)
    recent = list(other.scalars(
        select(m.AuditEvent.at).where(
            m.AuditEvent.action == AuditAction.LOGIN_FAILED.value, m.AuditEvent.username == shown,
            m.AuditEvent.staff_user_id.is_(None), m.AuditEvent.detail == UNKNOWN_USER, m.AuditEvent.at > window,
        ).order_by(m.AuditEvent.at.desc()).limit(max_failed)
    ))
    if len(recent) >= max_failed:
        audit.record(other, None, AuditAction.LOGIN_FAILED, entity="staff_user", username=shown,
                     detail=UNKNOWN_USER_LOCKED)
        return AuthenticationError(MSG_LOCKED, username=name,
                                   until=_clock(recent[0] + timedelta(minutes=lockout_minutes)))
    audit.record(other, None, AuditAction.LOGIN_FAILED, entity="staff_user", username=shown, detail=UNKNOWN_USER)
    if len(recent) + 1 >= max_failed:
        return AuthenticationError(MSG_LOCKED, username=name,
                                   until=_clock(now + timedelta(minutes=lockout_minutes)))
    return AuthenticationError(MSG_BAD_LOGIN)


def logout(session: Session, actor: Actor) -> None:
    audit.record(session, actor, AuditAction.LOGOUT, entity="staff_user", entity_id=actor.user_id)


def _clock(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")
