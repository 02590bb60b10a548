"""Login, and creating the first administrator on a new installation.

The dialogs know nothing of the database: they get a callback that checks
the credentials (or creates the account) and raises a DomainError, which is
shown beside the form. The typed username survives a failed attempt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import MIN_PASSWORD_LENGTH, Actor
from referral_app.domain.errors import DomainError
from referral_app.translation import error_text
from referral_app.ui.widgets.forms import error_label, ok_cancel, show_error

Authenticate = Callable[[str, str], Actor]
CreateAdmin = Callable[[str, str, str], Actor]


class LoginDialog(QDialog):
    def __init__(self, authenticate: Authenticate, *, username: str = "", message: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Fælles Indgang: log in"))
        self.setObjectName("loginDialog")
        self.intro = QLabel(message or self.tr("Log in with your staff username and password."), self)
        self.intro.setWordWrap(True)
        self.username = QLineEdit(username, self)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = error_label(self)
        form = QFormLayout()
        user_label = QLabel(self.tr("&Username"), self)
        user_label.setBuddy(self.username)
        password_label = QLabel(self.tr("&Password"), self)
        password_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(password_label, self.password)
        self.buttons = ok_cancel(self, self.tr("&Log in"), self._try_login)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def _try_login(self) -> None:
        try:
            self.actor = self._authenticate(self.username.text(), self.password.text())
        except DomainError as exc:
            show_error(self.error, error_text(exc))
            self.password.clear()
            (self.password if self.username.text().strip() else self.username).setFocus()
            return
        self.accept()

    @classmethod
    def get_actor(cls, authenticate: Authenticate, *, username: str = "", message: str = "",
                  parent: QWidget | None = None) -> tuple[Actor | None, bool]:
        dialog = cls(authenticate, username=username, message=message, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.actor, accepted


class FirstAdminDialog(QDialog):
    """Shown once, when the database has no staff accounts at all."""

    def __init__(self, create: CreateAdmin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Fælles Indgang: first administrator"))
        intro = QLabel(self.tr("No staff accounts exist yet. Create the first administrator; "
                               "that person then creates accounts for the others."), self)
        intro.setWordWrap(True)
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field, name in ((self.username, "username"), (self.full_name, "fullName"), (self.password, "password"),
                            (self.repeat, "repeat")):
            field.setObjectName(name)
        for secret in (self.password, self.repeat):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least %n characters", "", MIN_PASSWORD_LENGTH))
        form = QFormLayout()
        for text, field in ((self.tr("&Username"), self.username), (self.tr("&Full name"), self.full_name),
                            (self.tr("&Password"), self.password), (self.tr("&Repeat password"), self.repeat)):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        self.error = error_label(self)
        self.buttons = ok_cancel(self, self.tr("&Create"), self._try_create)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _try_create(self) -> None:
        if self.password.text() != self.repeat.text():
            show_error(self.error, self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            self.actor = self._create(self.username.text(), self.full_name.text(), self.password.text())
        except DomainError as exc:
            show_error(self.error, error_text(exc))
            target = {"username": self.username, "full_name": self.full_name}.get(exc.field or "", self.password)
            target.setFocus()
            return
        self.accept()

    @classmethod
    def get_actor(cls, create: CreateAdmin, parent: QWidget | None = None) -> tuple[Actor | None, bool]:
        dialog = cls(create, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.actor, accepted
