"""Accounts: first administrator, login with lockout, management, passwords."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import AuthenticationError
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from referral_app.services import accounts
from tests.services.staff import PASSWORD, make_staff


def _audit(db, action: AuditAction) -> list[m.AuditEvent]:
    with db.begin() as s:
        return list(s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == action.value)))


def test_first_admin_only_while_no_users(database) -> None:
    with database.begin() as s:
        assert not accounts.has_users(s)
        actor = accounts.create_first_admin(s, "Anne", "Anne Admin", "et-langt-kodeord")
    assert actor.role is Role.ADMIN and actor.username == "anne"
    with pytest.raises(ConflictError), database.begin() as s:
        accounts.create_first_admin(s, "bo", "Bo", "et-langt-kodeord")


def test_password_is_hashed_with_argon2id_and_never_stored_plain(database) -> None:
    with database.begin() as s:
        accounts.create_first_admin(s, "anne", "Anne Admin", "et-langt-kodeord")
    with database.begin() as s:
        stored = s.scalar(select(m.StaffUser.password_hash))
        details = " ".join(s.scalars(select(m.AuditEvent.detail)).all())
    assert stored.startswith("$argon2id$")
    assert "et-langt-kodeord" not in stored and "et-langt-kodeord" not in details


@pytest.mark.parametrize("bad", ["", "   ", "kort"])
def test_short_or_empty_password_refused_and_nothing_written(database, bad: str) -> None:
    with pytest.raises(ValidationError) as info, database.begin() as s:
        accounts.create_first_admin(s, "anne", "Anne Admin", bad)
    assert info.value.field == "password"
    with database.begin() as s:
        assert not accounts.has_users(s)


def test_login_success_and_audit(database) -> None:
    with database.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
    with database.begin() as s:
        actor = accounts.authenticate(s, " Frida ", PASSWORD)
    assert actor.username == "frida" and actor.role is Role.FRONT_DESK
    logins = _audit(database, AuditAction.LOGIN)
    assert [e.username for e in logins] == ["frida"]


def test_unknown_user_and_wrong_password_give_the_same_message(database) -> None:
    with database.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
    with pytest.raises(AuthenticationError) as unknown, database.begin() as s:
        accounts.authenticate(s, "nobody", PASSWORD)
    with pytest.raises(AuthenticationError) as wrong, database.begin() as s:
        accounts.authenticate(s, "frida", "forkert-kodeord")
    assert unknown.value.message == wrong.value.message
    assert len(_audit(database, AuditAction.LOGIN_FAILED)) == 2  # kept although the caller rolled back
    with database.begin() as s:
        assert s.scalar(select(m.StaffUser.failed_logins)) == 1


def test_five_failures_lock_the_account_for_fifteen_minutes(database) -> None:
    with database.begin() as s:
        make_staff(s, Role.COORDINATOR, "carl")
    now = utcnow()
    for _ in range(5):
        with pytest.raises(AuthenticationError), database.begin() as s:
            accounts.authenticate(s, "carl", "forkert-kodeord", now=now)
    with pytest.raises(AuthenticationError) as locked, database.begin() as s:
        accounts.authenticate(s, "carl", PASSWORD, now=now + timedelta(minutes=14))
    assert "locked" in locked.value.message
    assert len(_audit(database, AuditAction.ACCOUNT_LOCKED)) == 1
    with database.begin() as s:
        actor = accounts.authenticate(s, "carl", PASSWORD, now=now + timedelta(minutes=16))
    assert actor.username == "carl"


def test_deactivated_user_cannot_log_in(database) -> None:
    with database.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
        make_staff(s, Role.FRONT_DESK, "frida")
        accounts.set_active(s, admin, "frida", False)
    with pytest.raises(AuthenticationError) as info, database.begin() as s:
        accounts.authenticate(s, "frida", PASSWORD)
    assert "deactivated" in info.value.message


def test_admin_manages_users(database) -> None:
    with database.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
        created = accounts.create_user(s, admin, "Mette", "Mette Manager", "manager", "mettes-kodeord")
        assert created.role is Role.MANAGER
        accounts.change_role(s, admin, "mette", Role.COORDINATOR)
        accounts.reset_password(s, admin, "mette", "nyt-kodeord-123")
    with database.begin() as s:
        actor = accounts.authenticate(s, "mette", "nyt-kodeord-123")
    assert actor.role is Role.COORDINATOR


def test_unknown_role_is_a_clear_error(database) -> None:
    with database.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    with pytest.raises(ValidationError) as info, database.begin() as s:
        accounts.create_user(s, admin, "x", "X Y", "boss", "et-langt-kodeord")
    assert info.value.field == "role" and "front_desk" in str(info.value)


def test_duplicate_username_refused(database) -> None:
    with database.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    with pytest.raises(ConflictError), database.begin() as s:
        accounts.create_user(s, admin, "ANNE", "Anne To", "front_desk", "et-langt-kodeord")


def test_last_admin_cannot_be_deactivated_or_demoted(database) -> None:
    with database.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    with pytest.raises(ConflictError), database.begin() as s:
        accounts.set_active(s, admin, "anne", False)
    with pytest.raises(ConflictError), database.begin() as s:
        accounts.change_role(s, admin, "anne", Role.MANAGER)


def test_change_own_password(database) -> None:
    with database.begin() as s:
        frida = make_staff(s, Role.FRONT_DESK, "frida")
    with pytest.raises(ValidationError), database.begin() as s:
        accounts.change_own_password(s, frida, "forkert", "et-nyt-kodeord")
    with database.begin() as s:
        accounts.change_own_password(s, frida, PASSWORD, "et-nyt-kodeord")
    with database.begin() as s:
        assert accounts.authenticate(s, "frida", "et-nyt-kodeord").username == "frida"


def test_non_admin_cannot_manage_users_and_denial_is_logged(database) -> None:
    with database.begin() as s:
        frida = make_staff(s, Role.FRONT_DESK, "frida")
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        accounts.create_user(s, frida, "x", "X Y", "admin", "et-langt-kodeord")
    denials = _audit(database, AuditAction.PERMISSION_DENIED)
    assert [(d.username, d.entity_id) for d in denials] == [("frida", "manage_users")]
    with database.begin() as s:
        assert s.execute(text("SELECT count(*) FROM staff_user")).scalar() == 1
