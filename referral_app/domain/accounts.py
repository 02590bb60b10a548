"""Staff, roles and what each role may do. The services enforce this matrix;
the UI only hides what a role cannot use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from referral_app.domain.enums import Role
from referral_app.domain.errors import DomainError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.privacy import check_no_cpr

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 200


class Permission(StrEnum):
    LOG_INQUIRY = "log_inquiry"
    VIEW_RESIDENT = "view_resident"
    SEARCH_RESIDENTS = "search_residents"
    EDIT_RESIDENT = "edit_resident"
    MERGE_RESIDENTS = "merge_residents"
    RECORD_CONSENT = "record_consent"
    ROUTE = "route"
    REVIEW_QUEUE = "review_queue"
    VIEW_DIRECTORY = "view_directory"
    EDIT_DIRECTORY = "edit_directory"
    PRINT_SLIP = "print_slip"
    PRINT_CASE = "print_case"
    PRINT_STATISTICS = "print_statistics"
    EXPORT_INQUIRIES = "export_inquiries"
    EXPORT_WITH_NAMES = "export_with_names"
    READ_AUDIT = "read_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    ERASE_DATA = "erase_data"
    RUN_RETENTION = "run_retention"
    BACKUP = "backup"


_FD, _CO, _MA, _AD = Role.FRONT_DESK, Role.COORDINATOR, Role.MANAGER, Role.ADMIN

PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.LOG_INQUIRY: frozenset({_FD, _CO}),
    Permission.VIEW_RESIDENT: frozenset({_FD, _CO}),
    Permission.SEARCH_RESIDENTS: frozenset({_FD, _CO}),
    Permission.EDIT_RESIDENT: frozenset({_FD, _CO}),
    Permission.MERGE_RESIDENTS: frozenset({_CO}),
    Permission.RECORD_CONSENT: frozenset({_FD, _CO}),
    Permission.ROUTE: frozenset({_FD, _CO}),
    Permission.REVIEW_QUEUE: frozenset({_CO}),
    Permission.VIEW_DIRECTORY: frozenset({_FD, _CO, _MA, _AD}),
    Permission.EDIT_DIRECTORY: frozenset({_CO, _AD}),
    Permission.PRINT_SLIP: frozenset({_FD, _CO}),
    Permission.PRINT_CASE: frozenset({_CO}),
    Permission.PRINT_STATISTICS: frozenset({_CO, _MA}),
    Permission.EXPORT_INQUIRIES: frozenset({_CO, _MA}),
    Permission.EXPORT_WITH_NAMES: frozenset({_CO}),
    Permission.READ_AUDIT: frozenset({_MA, _AD}),
    Permission.MANAGE_USERS: frozenset({_AD}),
    Permission.MANAGE_SETTINGS: frozenset({_AD}),
    Permission.ERASE_DATA: frozenset({_AD}),
    Permission.RUN_RETENTION: frozenset({_AD}),
    Permission.BACKUP: frozenset({_AD}),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.LOG_INQUIRY: QT_TRANSLATE_NOOP("enums", "log inquiries"),
    Permission.VIEW_RESIDENT: QT_TRANSLATE_NOOP("enums", "view a resident"),
    Permission.SEARCH_RESIDENTS: QT_TRANSLATE_NOOP("enums", "search residents"),
    Permission.EDIT_RESIDENT: QT_TRANSLATE_NOOP("enums", "edit residents"),
    Permission.MERGE_RESIDENTS: QT_TRANSLATE_NOOP("enums", "merge residents"),
    Permission.RECORD_CONSENT: QT_TRANSLATE_NOOP("enums", "record consent"),
    Permission.ROUTE: QT_TRANSLATE_NOOP("enums", "refer to a service"),
    Permission.REVIEW_QUEUE: QT_TRANSLATE_NOOP("enums", "review the referral queue"),
    Permission.VIEW_DIRECTORY: QT_TRANSLATE_NOOP("enums", "view the directory"),
    Permission.EDIT_DIRECTORY: QT_TRANSLATE_NOOP("enums", "edit the directory"),
    Permission.PRINT_SLIP: QT_TRANSLATE_NOOP("enums", "print slips"),
    Permission.PRINT_CASE: QT_TRANSLATE_NOOP("enums", "print case summaries"),
    Permission.PRINT_STATISTICS: QT_TRANSLATE_NOOP("enums", "print statistics"),
    Permission.EXPORT_INQUIRIES: QT_TRANSLATE_NOOP("enums", "export inquiries"),
    Permission.EXPORT_WITH_NAMES: QT_TRANSLATE_NOOP("enums", "export with names"),
    Permission.READ_AUDIT: QT_TRANSLATE_NOOP("enums", "read the audit log"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("enums", "manage staff accounts"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("enums", "change settings"),
    Permission.ERASE_DATA: QT_TRANSLATE_NOOP("enums", "erase personal data"),
    Permission.RUN_RETENTION: QT_TRANSLATE_NOOP("enums", "run data retention"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("enums", "back up and restore"),
}


def allowed(role: Role, permission: Permission) -> bool:
    return role in PERMISSIONS[permission]


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in staff member, passed explicitly to every service call."""

    user_id: int
    username: str
    full_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return allowed(self.role, permission)

    @property
    def first_name(self) -> str:
        return self.full_name.split()[0] if self.full_name.strip() else self.username


@dataclass(frozen=True, slots=True)
class StaffUser:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    failed_logins: int
    last_login_at: datetime | None


class AuthenticationError(DomainError):
    pass


MSG_BAD_LOGIN = QT_TRANSLATE_NOOP("errors", "Wrong username or password.")
MSG_INACTIVE = QT_TRANSLATE_NOOP("errors", "The account {username} is deactivated. Ask an administrator.")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors", "The account {username} is locked after too many failed attempts. Try again after {until}."
)
MSG_DENIED = QT_TRANSLATE_NOOP("errors", "Your role ({role}) may not {what}.")


MAX_FULL_NAME = 200


def validate_password(password: str) -> None:
    if not password or not password.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The password cannot be empty."), field="password")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password must be at least {minimum} characters long."),
            field="password",
            minimum=MIN_PASSWORD_LENGTH,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password can be at most {maximum} characters long."),
            field="password",
            maximum=MAX_PASSWORD_LENGTH,
        )


def validate_username(username: str) -> str:
    cleaned = username.strip().lower()
    check_no_cpr("username", cleaned)
    if not cleaned or len(cleaned) > 64 or not all(ch.isalnum() or ch in "._-" for ch in cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A username is 1-64 letters, digits, dots, dashes or underscores, without spaces."
            ),
            field="username",
        )
    return cleaned


def validate_full_name(full_name: str) -> str:
    """A staff member's name, on one line with single spaces; never a CPR number."""
    cleaned = " ".join(full_name.split())
    check_no_cpr("full_name", cleaned)
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the person's full name."), field="full_name")
    if len(cleaned) > MAX_FULL_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This field can hold at most {maximum} characters."),
            field="full_name",
            maximum=MAX_FULL_NAME,
        )
    return cleaned


def mask_unknown_username(typed: str) -> str | None:
    """What the audit log keeps of a username nobody has: its first character
    and its length. People type their password into the username field, and
    the log must not keep it."""
    cleaned = typed.strip()
    if not cleaned:
        return None
    return f"{cleaned[0]}…({len(cleaned)})"


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no role called {role}. Choose one of: {roles}."),
            field="role",
            role=value,
            roles=", ".join(r.value for r in Role),
        ) from None
