"""What every directory editor shares: labelled rows with an error under each
field, OK that saves through a callback, and a refused save that keeps the
form filled and says at the field what to fix.

A subclass builds its rows with ``add_row`` and returns its draft from
``draft()``; ``submit(draft)`` (given by the page) runs the service in one
transaction and raises DomainError when the save is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.errors import DomainError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.ui.widgets.fields import FieldErrors, error_label
from referral_app.ui.widgets.forms import ok_cancel
from referral_app.ui.widgets.keys import GuardedDialog

MSG_NOT_DATE = QT_TRANSLATE_NOOP("errors", "{value} is not a date (dd.mm.yyyy).")
NO_NUMBER = -1  # a spin box at its minimum means "not given"


class EditorDialog(GuardedDialog):
    def __init__(self, submit: Callable[[Any], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.saved: Any = None
        self.general_error = error_label(self, "generalError")
        self.errors = FieldErrors({}, {}, self.general_error)
        self.widgets = self.errors.widgets  # filled by add_row, with the labels under them
        self.outer = QVBoxLayout(self)
        self.buttons = ok_cancel(self, self.tr("&Save"), self.save)
        self.buttons.setObjectName("editorButtons")
        # Fields where Enter does their own thing (add a word, try a rule) instead of saving.
        self.enter_fields: set[QWidget] = set()

    def finish_layout(self, body: QWidget | QFormLayout) -> None:
        if isinstance(body, QFormLayout):
            self.outer.addLayout(body)
        else:
            self.outer.addWidget(body, 1)
        self.outer.addWidget(self.general_error)
        self.outer.addWidget(self.buttons)

    # -- rows ---------------------------------------------------------------------------
    def add_row(self, form: QFormLayout, field: str, text: str, widget: QWidget) -> QWidget:
        widget.setObjectName(field)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        label = QLabel(text, self)
        label.setBuddy(widget)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = error_label(holder, f"{field}Error")
        column.addWidget(error)
        form.addRow(label, holder)
        self.errors.labels[field] = error
        self.widgets[field] = widget
        return widget

    def line(self, form: QFormLayout, field: str, text: str, value: str | None = None) -> QLineEdit:
        edit = QLineEdit(value or "", self)
        self.add_row(form, field, text, edit)
        return edit

    def text_box(self, form: QFormLayout, field: str, text: str, value: str | None = None,
                 lines: int = 3) -> QPlainTextEdit:
        box = QPlainTextEdit(value or "", self)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
        self.add_row(form, field, text, box)
        return box

    def number(self, form: QFormLayout, field: str, text: str, value: int | None, low: int = 0,
               high: int = 999, optional: bool = True) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(NO_NUMBER if optional else low, high)
        if optional:
            spin.setSpecialValueText(self.tr("(none)"))
        spin.setValue(value if value is not None else (NO_NUMBER if optional else low))
        self.add_row(form, field, text, spin)
        return spin

    def check(self, form: QFormLayout, field: str, text: str, value: bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(value)
        box.setObjectName(field)
        box.setAccessibleName(text.replace("&", ""))
        form.addRow("", box)
        self.widgets[field] = box
        return box

    def combo(self, form: QFormLayout, field: str, text: str, choices: list[tuple[str, object]],
              value: object) -> QComboBox:
        box = QComboBox(self)
        for caption, data in choices:
            box.addItem(caption, data)
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))
        self.add_row(form, field, text, box)
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in self.enter_fields:
            event.accept()
            return
        super().keyPressEvent(event)

    # -- saving ---------------------------------------------------------------------------
    def draft(self) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        """Build the draft and hand it to the service; on refusal show why at the field and stay open."""
        self.errors.clear()
        try:
            self.saved = self._submit(self.draft())
        except DomainError as exc:
            field = self.errors.show(exc)
            self._reveal(self.widgets.get(field))
            return
        self.accept()

    def _reveal(self, widget: QWidget | None) -> None:
        """Show the tab that holds ``widget`` (a refused field may be on another tab)."""
        parent = widget.parentWidget() if widget is not None else None
        while parent is not None and widget is not None:
            if isinstance(parent, QTabWidget):
                for index in range(parent.count()):
                    if parent.widget(index).isAncestorOf(widget):
                        parent.setCurrentIndex(index)
                        widget.setFocus(Qt.FocusReason.OtherFocusReason)
                        return
            parent = parent.parentWidget()


def optional_number(spin: QSpinBox) -> int | None:
    return None if spin.value() == NO_NUMBER else spin.value()


def optional_text(edit: QLineEdit | QPlainTextEdit) -> str | None:
    text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    return text.strip() or None


def optional_date(edit: QLineEdit, field: str) -> Any:
    from referral_app.domain.hours_text import parse_date

    text = edit.text().strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError as exc:
        raise ValidationError(MSG_NOT_DATE, field=field, value=text) from exc
