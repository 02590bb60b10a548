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
from referral_app.domain.errors import DomainError
from referral_app.domain.settings import AppSettings
from referral_app.services import settings as settings_service
from referral_app.translation import error_text
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
    def __init__(self, db: Any, actor: Callable[[], Actor | None], dialogs: DialogService,
                 on_saved: Callable[[AppSettings], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._db = db
        self._actor = actor
        self._dialogs = dialogs
        self._on_saved = on_saved
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
        try:
            with self._db.begin() as session:
                current = settings_service.load_settings(session)
        except DomainError as exc:
            self._dialogs.warning(self.tr("Settings"), error_text(exc))
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
        try:
            with self._db.begin() as session:
                saved = settings_service.change_settings(session, actor, self.current())
        except DomainError as exc:
            self._dialogs.warning(self.tr("Settings"), error_text(exc))
            return
        self.status.setText(self.tr("Saved."))
        if self._on_saved is not None:
            self._on_saved(saved)
