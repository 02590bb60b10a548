"""Administration of staff accounts: create, deactivate, reset password, change role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor, StaffUser
from referral_app.domain.enums import Role
from referral_app.domain.errors import DomainError
from referral_app.services import accounts as accounts_service
from referral_app.services.database import Database, Session
from referral_app.translation import error_text, format_date, label
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.columns import fit_columns
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.forms import error_label, ok_cancel, show_error
from referral_app.ui.widgets.keys import GuardedDialog

Index = QModelIndex | QPersistentModelIndex
COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE, COL_LAST_LOGIN = range(5)


class UsersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._users: tuple[StaffUser, ...] = ()
        self._signed_in: int | None = None

    def set_users(self, users: tuple[StaffUser, ...], signed_in: int | None = None) -> None:
        """``signed_in``: the user id of the person at the screen, whose login is now."""
        self.beginResetModel()
        self._users = users
        self._signed_in = signed_in
        self.endResetModel()

    def user(self, row: int) -> StaffUser | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self._users[index.row()]
        column = index.column()
        if column == COL_USERNAME:
            return user.username
        if column == COL_NAME:
            return user.full_name
        if column == COL_ROLE:
            return label(user.role)
        if column == COL_STATE:
            if not user.active:
                return self.tr("Deactivated")
            return self.tr("Locked") if user.locked_until else self.tr("Active")
        if user.id == self._signed_in:
            return self.tr("Now (signed in)")
        if user.last_login_at is None:
            return self.tr("Never")
        local = user.last_login_at.astimezone()
        return f"{format_date(local)} {local:%H:%M}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Username"), self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Last login"))
        return headers[section] if 0 <= section < 5 else None


def _role_box(parent: QWidget, current: Role | None = None) -> QComboBox:
    box = QComboBox(parent)
    for role in Role:
        box.addItem(label(role), role.value)
    if current is not None:
        box.setCurrentIndex(list(Role).index(current))
    return box


class UserDialog(GuardedDialog):
    """New account: username, full name, role and a first password."""

    def __init__(self, submit: Callable[[str, str, str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("New staff account"))
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.role = _role_box(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for text, widget, name in ((self.tr("&Username"), self.username, "newUsername"),
                                   (self.tr("&Full name"), self.full_name, "newFullName"),
                                   (self.tr("&Role"), self.role, "newRole"),
                                   (self.tr("First &password"), self.password, "newPassword")):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            widget.setObjectName(name)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(caption, widget)
        self.error = error_label(self)
        buttons = ok_cancel(self, self.tr("&Create"), self._try)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _try(self) -> None:
        try:
            self._submit(self.username.text(), self.full_name.text(), self.role.currentData(), self.password.text())
        except DomainError as exc:
            show_error(self.error, error_text(exc))
            {"username": self.username, "full_name": self.full_name, "role": self.role}.get(
                exc.field or "", self.password).setFocus()
            return
        self.accept()


class PasswordDialog(QDialog):
    """A new password, optionally with the current one (for changing one's own)."""

    def __init__(self, submit: Callable[[str, str], object], *, ask_current: bool, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(title)
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        form = QFormLayout()
        rows = [(self.tr("&New password"), self.new, "newPassword"), (self.tr("&Repeat"), self.repeat, "repeat")]
        if ask_current:
            rows.insert(0, (self.tr("&Current password"), self.current, "currentPassword"))
        else:
            self.current.hide()
        for text, widget, name in rows:
            widget.setEchoMode(QLineEdit.EchoMode.Password)
            widget.setObjectName(name)
            widget.setAccessibleName(text.replace("&", ""))
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.error = error_label(self)
        buttons = ok_cancel(self, self.tr("&Save"), self._try)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _try(self) -> None:
        if self.new.text() != self.repeat.text():
            show_error(self.error, self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            self._submit(self.current.text(), self.new.text())
        except DomainError as exc:
            show_error(self.error, error_text(exc))
            (self.current if exc.field == "old_password" else self.new).setFocus()
            return
        self.accept()


class UsersPage(QWidget):
    def __init__(self, db: Database, dialogs: DialogService, actor: Callable[[], Actor | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self._db = db
        self._actor = actor
        self._dialogs = dialogs
        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        fit_columns(self.table.horizontalHeader(), COL_NAME)
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.new_button = QPushButton(self.tr("&New account…"), self)
        self.toggle_button = QPushButton(self.tr("&Deactivate / activate"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.role_box = _role_box(self)
        self.role_button = QPushButton(self.tr("Set r&ole"), self)
        for button, name in ((self.new_button, "newUser"), (self.toggle_button, "toggleUser"),
                             (self.reset_button, "resetPassword"), (self.role_button, "setRole"),
                             (self.role_box, "roleBox")):
            button.setObjectName(name)
        self.role_box.setAccessibleName(self.tr("Role"))
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.toggle_button, self.reset_button, self.role_box, self.role_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        title = QLabel(self.tr("Staff accounts"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_user)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.role_button.clicked.connect(self.set_role_of_selected)

    def focus_first(self) -> None:
        self.table.setFocus()

    def refresh(self) -> None:
        actor = self._actor()
        if actor is None:
            return
        users = run_action(self._db, self._dialogs, self.tr("Staff accounts"),
                           lambda session: accounts_service.list_users(session, actor)).value
        if users is not None:
            self.model.set_users(users, actor.user_id)

    def selected(self) -> StaffUser | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def _run(self, action: Callable[[Session, Actor], object]) -> bool:
        actor = self._actor()
        if actor is None:
            return False
        if not run_action(self._db, self._dialogs, self.tr("Staff accounts"), lambda session: action(session, actor)):
            return False
        self.refresh()
        return True

    def new_user(self) -> None:
        actor = self._actor()
        if actor is None:
            return

        def submit(username: str, full_name: str, role: str, password: str) -> object:
            with self._db.begin() as session:
                return accounts_service.create_user(session, actor, username, full_name, role, password)

        if UserDialog(submit, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def toggle_selected(self) -> None:
        """Deactivating asks first (the person can no longer sign in); activating does not."""
        user = self.selected()
        if user is None:
            return
        if user.active and not self._dialogs.confirm(
                self.tr("Deactivate account"),
                self.tr("Deactivate the account of {name} ({username})?").format(
                    name=user.full_name or user.username, username=user.username),
                self.tr("They can no longer sign in. The account and its history are kept, and it can be "
                        "activated again."),
                accept=self.tr("&Deactivate account")):
            return
        self._run(lambda s, a: accounts_service.set_active(s, a, user.username, not user.active))

    def reset_selected(self) -> None:
        user = self.selected()
        actor = self._actor()
        if user is None or actor is None:
            return

        def submit(_current: str, new: str) -> object:
            with self._db.begin() as session:
                return accounts_service.reset_password(session, actor, user.username, new)

        PasswordDialog(submit, ask_current=False, title=self.tr("Reset password for %1").replace(
            "%1", user.username), parent=self).exec()
        self.refresh()

    def set_role_of_selected(self) -> None:
        user = self.selected()
        if user is not None:
            role = self.role_box.currentData()
            self._run(lambda s, a: accounts_service.change_role(s, a, user.username, role))
