"""This desk's own choices, kept in local files (not in the shared database).

Preferences (the language) and window state (geometry, splitter and header
layout, the last page) live in two separate files, so resetting the layout
never loses a preference and vice versa.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from referral_app.config import LANGUAGES

PREFERENCES_FILE = "preferences.ini"
WINDOW_STATE_FILE = "window-state.ini"


def _settings(folder: Path, name: str) -> QSettings:
    return QSettings(str(folder / name), QSettings.Format.IniFormat)


class Preferences:
    """Typed access to the desk's preferences, with defaults."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @classmethod
    def in_folder(cls, folder: Path) -> Preferences:
        return cls(_settings(folder, PREFERENCES_FILE))

    @property
    def language(self) -> str | None:
        """The language chosen in the menu, or None when never chosen."""
        value = self._settings.value("language")
        return value if isinstance(value, str) and value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._settings.setValue("language", value)
        self._settings.sync()

    @property
    def desktop_notifications(self) -> bool:
        """Reminders also as a desktop notification (where the desktop has a tray)."""
        return self._flag("reminders/desktop", True)

    @desktop_notifications.setter
    def desktop_notifications(self, value: bool) -> None:
        self._set_flag("reminders/desktop", value)

    @property
    def names_hidden(self) -> bool:
        """Residents' names start hidden (initials only) when someone signs in."""
        return self._flag("privacy/names_hidden", False)

    @names_hidden.setter
    def names_hidden(self, value: bool) -> None:
        self._set_flag("privacy/names_hidden", value)

    def _flag(self, key: str, default: bool) -> bool:
        value = self._settings.value(key)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
            return value.lower() in ("true", "1")
        return default

    def _set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(key, "true" if value else "false")
        self._settings.sync()


class WindowState:
    """Opaque layout blobs from Qt (``saveGeometry``, ``saveState``) by name."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @classmethod
    def in_folder(cls, folder: Path) -> WindowState:
        return cls(_settings(folder, WINDOW_STATE_FILE))

    def blob(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def page(self, default: int) -> int:
        try:
            return int(self._settings.value("page", default))
        except (TypeError, ValueError):
            return default

    def set_page(self, index: int) -> None:
        self._settings.setValue("page", index)

    def sync(self) -> None:
        self._settings.sync()
