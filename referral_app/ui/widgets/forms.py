"""Pieces every small form dialog uses: a red error label (its text says what
is wrong, so colour is not the only signal) and the OK/Cancel row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

ERROR_STYLE = "color: #a40000; font-weight: bold;"


def error_label(parent: QWidget, name: str = "errorLabel") -> QLabel:
    """A hidden label for a message; ``show_error`` fills and shows it."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(QCoreApplication.translate("forms", "Error"))
    label.hide()
    return label


NOTICE_STYLE = "QLabel { background: #eef3fb; border: 1px solid #9db4d8; border-radius: 4px; padding: 10px; }"


def notice_label(parent: QWidget, name: str) -> QLabel:
    """A framed notice at the top of a page, e.g. why a role cannot use it. Add it to the
    page's layout with ``Qt.AlignmentFlag.AlignTop`` so it stays at the top when the rest of
    the page is hidden (instead of floating in the middle)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(NOTICE_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def cancel_text() -> str:
    """The one word for "close without doing it", the same in every dialog ("Annullér")."""
    return QCoreApplication.translate("forms", "Cancel")


def ok_cancel(dialog: QDialog, ok_text: str, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK (with ``ok_text``, which runs ``on_ok``) and Cancel (closes the dialog)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text())
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons
