"""The lock screen: no personal data, cannot be dismissed with Esc.

The same user unlocks with the password; another user may log in instead.
The pages behind it are hidden, not destroyed, so an unsaved form survives.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.errors import DomainError
from referral_app.translation import error_text

Authenticate = Callable[[str, str], Actor]


class LockScreen(QWidget):
    unlocked = Signal(object)  # the Actor now at the desk

    def __init__(self, authenticate: Authenticate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._authenticate = authenticate
        self._username = ""
        self.title = QLabel(self.tr("The screen is locked"), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel(self)
        self.username = QLineEdit(self)
        self.username.setObjectName("lockUsername")
        self.username.setAccessibleName(self.tr("Username"))
        self.username.hide()
        self.password = QLineEdit(self)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self._try_unlock)
        self.username.returnPressed.connect(self.password.setFocus)
        # Labels beside the fields; the username row shows only for "Log in as someone else".
        self.username_label = QLabel(self.tr("&Username"), self)
        self.username_label.setObjectName("lockUsernameLabel")
        self.username_label.setBuddy(self.username)
        self.username_label.hide()
        self.password_label = QLabel(self.tr("&Password"), self)
        self.password_label.setObjectName("lockPasswordLabel")
        self.password_label.setBuddy(self.password)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self._try_unlock)
        self.switch_button = QPushButton(self.tr("Log in as &someone else"), self)
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.clicked.connect(self._switch_user)
        self.error = QLabel(self)
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #a40000; font-weight: bold;")
        self.error.setWordWrap(True)
        box = QVBoxLayout()
        box.addWidget(self.title)
        box.addWidget(self.who)
        fields = QFormLayout()
        fields.addRow(self.username_label, self.username)
        fields.addRow(self.password_label, self.password)
        box.addLayout(fields)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        box.addLayout(buttons)
        box.addWidget(self.error)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box, 0)
        outer.addStretch(1)
        box.insertStretch(0, 1)
        box.addStretch(1)

    def lock_for(self, username: str) -> None:
        self._username = username
        self.who.setText(self.tr("Locked by %1. Enter the password to continue.").replace("%1", username))
        self.username.hide()
        self.username_label.hide()
        self.username.clear()
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def _switch_user(self) -> None:
        self.username_label.show()
        self.username.show()
        self.username.clear()
        self.password.clear()
        self.who.setText(self.tr("Log in as another staff member. The first user's unsaved work is kept."))
        self.username.setFocus()

    def _try_unlock(self) -> None:
        name = self.username.text() if self.username.isVisible() else self._username
        try:
            actor = self._authenticate(name, self.password.text())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.error.clear()
        self.unlocked.emit(actor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc never bypasses the lock
            return
        super().keyPressEvent(event)
