"""The audit trail's vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from referral_app.domain.i18n import QT_TRANSLATE_NOOP


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGOUT = "logout"
    LOGIN_FAILED = "login_failed"
    ACCOUNT_LOCKED = "account_locked"
    UNLOCK = "unlock"
    VIEW = "view"
    SEARCH = "search"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MERGE = "merge"
    EXPORT = "export"
    PRINT = "print"
    ANONYMIZE = "anonymize"
    RETENTION = "retention"
    PERMISSION_DENIED = "permission_denied"


ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("enums", "Login"),
    AuditAction.LOGOUT: QT_TRANSLATE_NOOP("enums", "Logout"),
    AuditAction.LOGIN_FAILED: QT_TRANSLATE_NOOP("enums", "Failed login"),
    AuditAction.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP("enums", "Account locked"),
    AuditAction.UNLOCK: QT_TRANSLATE_NOOP("enums", "Screen unlocked"),
    AuditAction.VIEW: QT_TRANSLATE_NOOP("enums", "View"),
    AuditAction.SEARCH: QT_TRANSLATE_NOOP("enums", "Search"),
    AuditAction.CREATE: QT_TRANSLATE_NOOP("enums", "Create"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("enums", "Change"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("enums", "Delete"),
    AuditAction.MERGE: QT_TRANSLATE_NOOP("enums", "Merge"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("enums", "Export"),
    AuditAction.PRINT: QT_TRANSLATE_NOOP("enums", "Print"),
    AuditAction.ANONYMIZE: QT_TRANSLATE_NOOP("enums", "Anonymize"),
    AuditAction.RETENTION: QT_TRANSLATE_NOOP("enums", "Retention run"),
    AuditAction.PERMISSION_DENIED: QT_TRANSLATE_NOOP("enums", "Permission denied"),
}


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    user: str | None
    action: AuditAction
    entity: str | None
    entity_id: str | None
    resident_id: int | None
    detail: str | None
    purpose: str | None
    staff_user_id: int | None = None
    # Names for the reader, looked up when the page is read: staff by id (the
    # actor, a staff account touched) and residents by id, as initials.
    staff_names: tuple[tuple[int, str], ...] = ()
    resident_names: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class AuditFilter:
    start: datetime | None = None
    end: datetime | None = None
    username: str | None = None
    action: AuditAction | None = None
    resident_id: int | None = None

    def describe(self) -> str:
        parts = []
        if self.start:
            parts.append(f"from={self.start.isoformat()}")
        if self.end:
            parts.append(f"to={self.end.isoformat()}")
        if self.username:
            parts.append(f"user={self.username}")
        if self.action:
            parts.append(f"action={self.action.value}")
        if self.resident_id is not None:
            parts.append(f"resident={self.resident_id}")
        return " ".join(parts) or "all"
