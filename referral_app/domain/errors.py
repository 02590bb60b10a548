"""Errors the services raise. Each carries an English source message that the
UI and the CLI translate (context ``errors``) and then format with ``params``."""

from __future__ import annotations

from typing import Any

from referral_app.domain.i18n import QT_TRANSLATE_NOOP


class DomainError(Exception):
    """A problem the user can understand and act on."""

    context = "errors"

    def __init__(
        self, message: str, *, field: str | None = None, translated_params: tuple[str, ...] = (), **params: Any
    ) -> None:
        self.message = message
        self.field = field
        self.params = params
        # Names of params whose values are themselves source texts (context "enums").
        self.translate_params = translated_params
        super().__init__(self.format(message))

    def format(self, template: str, params: dict[str, Any] | None = None) -> str:
        try:
            return template.format(**(self.params if params is None else params))
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(DomainError):
    """Input that breaks a rule; ``field`` names the input it belongs to."""


class NotFoundError(DomainError):
    pass


class PermissionDeniedError(DomainError):
    pass


class ConflictError(DomainError):
    """Someone else changed the record since it was read."""


class StorageError(DomainError):
    """The database cannot be used: locked, read-only, corrupt, unreachable, too new."""


# Messages used in more than one place.
MSG_DB_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "The database is locked by another program. Close the other program or wait a moment, then try again.",
)
MSG_DB_READONLY = QT_TRANSLATE_NOOP(
    "errors",
    "The database file cannot be written ({path}). Check that you may write to the file and its folder.",
)
MSG_DB_NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "The folder for the database does not exist: {path}. Create it or choose another database location.",
)
MSG_DB_CORRUPT = QT_TRANSLATE_NOOP(
    "errors",
    "The database file is damaged or is not a database: {path}. Restore it from a backup.",
)
MSG_DB_UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors",
    "Cannot connect to the database server ({detail}). Check the address, the network and that the server is running.",
)
MSG_DB_BAD_URL = QT_TRANSLATE_NOOP(
    "errors",
    "The database address is not valid: {url}. Use e.g. sqlite:///C:/data/app.db or postgresql+psycopg://user@host/db.",
)
MSG_DATA_DIR_UNWRITABLE = QT_TRANSLATE_NOOP(
    "errors",
    "The data folder cannot be written: {path}. Check the permissions, or set REFERRAL_APP_DATA_DIR to a folder you may write to.",
)
MSG_DB_NO_DRIVER = QT_TRANSLATE_NOOP(
    "errors",
    "PostgreSQL support is not installed. Install it with: pip install \"referral-app[postgres]\"",
)
MSG_DB_TOO_NEW = QT_TRANSLATE_NOOP(
    "errors",
    "The database was made by a newer version of Fælles Indgang (schema {revision}). Install the newer version; nothing was changed.",
)
MSG_DB_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "The database could not be used: {detail}",
)
