"""Settings shared by every desk (administrators): retention, screen lock,
follow-up and automatic backups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.settings import AppSettings
from referral_app.services import settings as settings_service
from referral_app.services.database import Database
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService

# (field, minimum, maximum)
NUMBERS = (
    ("resident_retention_months", 1, 120),
    ("audit_retention_months", 1, 60),
    ("idle_lock_minutes", 1, 120),
    ("follow_up_days", 1, 60),
    ("max_failed_logins", 1, 20),
    ("lockout_minutes", 1, 240),
    ("backups_to_keep", 1, 365),
)


class SettingsPage(QWidget):
    """Saving emits ``hub.settings_changed`` with the new settings, so every
    screen that uses one (the idle lock) applies it at once."""

    def __init__(self, db: Database, hub: SignalHub, dialogs: DialogService, actor: Callable[[], Actor | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._db = db
        self._hub = hub
        self._actor = actor
        self._dialogs = dialogs
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        labels = {
            "resident_retention_months": self.tr("Anonymize residents after (months without activity)"),
            "audit_retention_months": self.tr("Delete audit entries after (months)"),
            "idle_lock_minutes": self.tr("Lock the screen after (idle minutes)"),
            "follow_up_days": self.tr("Default follow-up (working days)"),
            "max_failed_logins": self.tr("Failed logins before an account locks"),
            "lockout_minutes": self.tr("Account lock (minutes)"),
            "backups_to_keep": self.tr("Automatic backups to keep"),
        }
        for name, low, high in NUMBERS:
            spin = QSpinBox(self)
            spin.setObjectName(name)
            spin.setRange(low, high)
            spin.setAccessibleName(labels[name])
            caption = QLabel(labels[name], self)
            caption.setBuddy(spin)
            form.addRow(caption, spin)
            self.spins[name] = spin
        self.backup_folder = QLineEdit(self)
        self.backup_folder.setObjectName("backup_folder")
        self.backup_folder.setPlaceholderText(self.tr("empty: the backups folder beside the database"))
        folder_label = QLabel(self.tr("Backup &folder"), self)
        folder_label.setBuddy(self.backup_folder)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        form.addRow(folder_label, self.backup_folder)
        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        note = QLabel(self.tr("These settings are shared by every desk that uses this database."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def focus_first(self) -> None:
        self.spins[NUMBERS[0][0]].setFocus()

    def refresh(self) -> None:
        loaded = run_action(self._db, self._dialogs, self.tr("Settings"), settings_service.load_settings)
        current = loaded.value
        if current is None:
            return
        for name, spin in self.spins.items():
            spin.setValue(getattr(current, name))
        self.backup_folder.setText(current.backup_folder)
        self.status.clear()

    def current(self) -> AppSettings:
        values: dict[str, Any] = {name: spin.value() for name, spin in self.spins.items()}
        return replace(AppSettings(), backup_folder=self.backup_folder.text().strip(), **values)

    def save(self) -> None:
        actor = self._actor()
        if actor is None:
            return
        wanted = self.current()
        saved = run_action(self._db, self._dialogs, self.tr("Settings"),
                           lambda session: settings_service.change_settings(session, actor, wanted)).value
        if saved is None:
            return
        self.status.setText(self.tr("Saved."))
        self._hub.settings_changed.emit(saved)
