"""Keys that never destroy work.

Esc in a text field closes the field's list when one is open, and otherwise
empties that field only; Ctrl+Z in the field brings the text back (the field's
own undo). An empty field lets Esc through, so a dialog then closes, and
``GuardedDialog`` asks before it drops what was typed in its other fields.
A form is never emptied as a whole by Esc.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: ``clear()`` empties a field in its own way; True when there was something to empty.
FieldClear = Callable[[], bool]


def list_open(field: QObject) -> bool:
    """The field's own suggestion list (a type-ahead's popup, a completer) is showing."""
    popup_visible = getattr(field, "popup_visible", None)
    if callable(popup_visible) and popup_visible():
        return True
    if isinstance(field, QLineEdit) and field.completer() is not None:
        popup = field.completer().popup()
        return popup is not None and popup.isVisible()
    return False


def clear_text(field: QObject) -> bool:
    """Empty a text field the undoable way (Ctrl+Z in it brings the text back)."""
    if isinstance(field, QLineEdit):
        if field.isReadOnly() or not field.text():
            return False
        field.selectAll()
        field.del_()
        return True
    if isinstance(field, QPlainTextEdit | QTextEdit):
        if field.isReadOnly() or field.document().isEmpty():
            return False
        cursor = field.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        field.setTextCursor(cursor)
        return True
    return False


class EscClearsField(QObject):
    """The event filter behind ``esc_clears``."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.custom: dict[QObject, FieldClear] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if list_open(watched):
                return False  # the field closes its list itself
            custom = self.custom.get(watched)
            return custom() if custom is not None else clear_text(watched)
        return False


def esc_clears(owner: QObject, *fields: QWidget, custom: dict[QWidget, FieldClear] | None = None) -> EscClearsField:
    """Let Esc empty each of ``fields`` (and only it); ``custom`` gives a field its own way
    to empty (e.g. a category picker that also forgets the chosen category)."""
    keys = EscClearsField(owner)
    for field in (*fields, *(custom or {})):
        field.installEventFilter(keys)
    keys.custom.update(custom or {})
    return keys


class GuardedDialog(QDialog):
    """A form dialog that does not drop typed input on Esc or Cancel without asking.

    Only what the user did counts: typing in a text field, choosing in a list, ticking a
    box (fields filled by the program, e.g. a row loaded for editing, do not). When there
    is such input, ``reject()`` asks through ``confirm_discard``. Esc inside a filled text
    field empties that field first (``esc_clears`` on the dialog's text fields)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watching = False
        self._edited = False
        self._esc_keys: EscClearsField | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._watching:
            self._watching = True
            self._watch_input()
        super().showEvent(event)

    def _watch_input(self) -> None:
        fields: list[QWidget] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._user_edit)  # the user's typing only
                if not widget.isReadOnly() and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                    fields.append(widget)
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                widget.textChanged.connect(lambda w=widget: self._user_edit() if w.hasFocus() else None)
                if not widget.isReadOnly():
                    fields.append(widget)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self._user_edit)
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.clicked.connect(self._user_edit)
        self._esc_keys = esc_clears(self, *fields)

    def _user_edit(self, *_: object) -> None:
        self._edited = True

    def has_unsaved_input(self) -> bool:
        return self._edited

    def mark_clean(self) -> None:
        """What was typed is saved (for dialogs that stay open after saving)."""
        self._edited = False

    def confirm_discard(self) -> bool:
        from referral_app.ui.widgets.dialogs import DialogService

        return DialogService(self).confirm(
            self.windowTitle(),
            QCoreApplication.translate("GuardedDialog", "Close without saving what you typed?"),
            accept=QCoreApplication.translate("GuardedDialog", "&Discard changes"),
            reject=QCoreApplication.translate("GuardedDialog", "&Keep editing"),
        )

    def reject(self) -> None:
        if self.has_unsaved_input() and not self.confirm_discard():
            return
        super().reject()
