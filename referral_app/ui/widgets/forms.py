"""Pieces every small form dialog uses: a red error label (its text says what
is wrong, so colour is not the only signal), the OK/Cancel row, and a dialog
that grows when a message appears.

A dialog's layout tells the window its minimum size without counting the lines
a word-wrapped label needs at the dialog's width, so a message that appears
(a refused password, "Try again after 08:56", a hint) used to squeeze the
fields to slivers or be cut off. ``keep_fitting`` grows the dialog, after each
change of its layout, to the height its content needs at its width (never
beyond the screen), and ``ok_cancel`` applies it to every dialog that uses it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

ERROR_STYLE = "color: #a40000; font-weight: bold;"


class _ErrorLabel(QLabel):
    """Says "Error" to a screen reader in the language in use, also after a switch."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(QCoreApplication.translate("forms", "Error"))
        super().changeEvent(event)


def error_label(parent: QWidget, name: str = "errorLabel") -> QLabel:
    """A hidden label for a message; ``show_error`` fills and shows it."""
    label = _ErrorLabel(parent)
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


def needed_height(window: QWidget) -> int:
    """The least height ``window``'s content needs at its current width, wrapped lines counted."""
    layout = window.layout()
    if layout is None:
        return window.minimumSizeHint().height()
    if layout.hasHeightForWidth():
        return layout.totalMinimumHeightForWidth(window.width())
    return layout.totalMinimumSize().height()


def fit_height(window: QWidget) -> None:
    """Grow ``window`` to the height its content needs (within the screen); never shrink it."""
    needed = needed_height(window)
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(window.width(), needed)


class _Fitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget) and watched.isVisible():
            QTimer.singleShot(0, watched, lambda: fit_height(watched))  # once the layout has taken the change
        return False


def keep_fitting(dialog: QWidget) -> None:
    """Grow ``dialog`` whenever its content needs more height (a message appeared)."""
    if dialog.findChild(_Fitter, "layoutFitter", Qt.FindChildOption.FindDirectChildrenOnly) is None:
        fitter = _Fitter(dialog)
        fitter.setObjectName("layoutFitter")
        dialog.installEventFilter(fitter)


def cancel_text() -> str:
    """The one word for "close without doing it", the same in every dialog ("Annullér")."""
    return QCoreApplication.translate("forms", "Cancel")


def ok_cancel(dialog: QDialog, ok_text: str, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK (with ``ok_text``, which runs ``on_ok``) and Cancel (closes the dialog); the dialog
    grows when a message appears (``keep_fitting``)."""
    keep_fitting(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text())
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons
