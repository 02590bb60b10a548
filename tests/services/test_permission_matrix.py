"""Every service operation, called as every role, is allowed exactly as the
matrix in referral_app.domain.accounts says, and the check is in the service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from referral_app.domain.accounts import PERMISSIONS, Actor, Permission, allowed
from referral_app.domain.audit import AuditFilter
from referral_app.domain.enums import Role
from referral_app.domain.errors import DomainError, PermissionDeniedError
from referral_app.services import accounts, audit

Operation = Callable[[object, Actor, Path], object]

# name -> (permission, call). Later features add their operations here.
OPERATIONS: dict[str, tuple[Permission, Operation]] = {
    "accounts.create_user": (
        Permission.MANAGE_USERS,
        lambda s, a, _: accounts.create_user(s, a, "nyperson", "Ny Person", "front_desk", "et-langt-kodeord"),
    ),
    "accounts.list_users": (Permission.MANAGE_USERS, lambda s, a, _: accounts.list_users(s, a)),
    "accounts.set_active": (Permission.MANAGE_USERS, lambda s, a, _: accounts.set_active(s, a, "other", False)),
    "accounts.change_role": (Permission.MANAGE_USERS, lambda s, a, _: accounts.change_role(s, a, "other", "manager")),
    "accounts.reset_password": (
        Permission.MANAGE_USERS,
        lambda s, a, _: accounts.reset_password(s, a, "other", "et-andet-kodeord"),
    ),
    "audit.list_events": (Permission.READ_AUDIT, lambda s, a, _: audit.list_events(s, a, AuditFilter())),
    "audit.count_events": (Permission.READ_AUDIT, lambda s, a, _: audit.count_events(s, a, AuditFilter())),
    "audit.export_csv": (Permission.READ_AUDIT, lambda s, a, p: audit.export_csv(s, a, AuditFilter(), p / "a.csv")),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_operation_allowed_exactly_per_matrix(sqlite_db, tmp_path: Path, role: Role, operation: str) -> None:
    from tests.services.staff import make_staff

    permission, call = OPERATIONS[operation]
    with sqlite_db.begin() as s:
        actor = make_staff(s, role, "actor")
        make_staff(s, Role.FRONT_DESK, "other")
        if role is not Role.ADMIN:
            make_staff(s, Role.ADMIN, "admin")
    try:
        with sqlite_db.begin() as s:
            call(s, actor, tmp_path)
    except PermissionDeniedError:
        assert not allowed(role, permission), f"{role} was refused {operation}"
    except DomainError:
        assert allowed(role, permission)  # got past the check, failed on the data
    else:
        assert allowed(role, permission), f"{role} was allowed {operation}"


def test_every_permission_names_at_least_one_role() -> None:
    assert all(PERMISSIONS[p] for p in Permission)


def test_admin_is_not_a_super_user_for_resident_data() -> None:
    # Data minimization: administrators manage the system, not residents' cases.
    assert not allowed(Role.ADMIN, Permission.VIEW_RESIDENT)
    assert allowed(Role.ADMIN, Permission.ERASE_DATA)
