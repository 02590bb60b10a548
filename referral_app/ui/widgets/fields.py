"""Small pieces shared by the front-desk forms: an error shown beside the
field it belongs to, and a language chooser with the languages asked for most.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from referral_app.domain.errors import DomainError
from referral_app.translation import error_text, lookup
from referral_app.ui.widgets.forms import ERROR_STYLE, error_label

__all__ = ["ERROR_STYLE", "error_label"]


#: Languages residents of Høje Gladsaxe ask for most, by ISO 639-1 code.
COMMON_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("da", QT_TRANSLATE_NOOP("languages", "Danish")),
    ("en", QT_TRANSLATE_NOOP("languages", "English")),
    ("ar", QT_TRANSLATE_NOOP("languages", "Arabic")),
    ("so", QT_TRANSLATE_NOOP("languages", "Somali")),
    ("tr", QT_TRANSLATE_NOOP("languages", "Turkish")),
    ("ur", QT_TRANSLATE_NOOP("languages", "Urdu")),
    ("fa", QT_TRANSLATE_NOOP("languages", "Persian")),
    ("ps", QT_TRANSLATE_NOOP("languages", "Pashto")),
    ("ku", QT_TRANSLATE_NOOP("languages", "Kurdish")),
    ("ti", QT_TRANSLATE_NOOP("languages", "Tigrinya")),
    ("pl", QT_TRANSLATE_NOOP("languages", "Polish")),
    ("uk", QT_TRANSLATE_NOOP("languages", "Ukrainian")),
    ("bs", QT_TRANSLATE_NOOP("languages", "Bosnian")),
    ("ta", QT_TRANSLATE_NOOP("languages", "Tamil")),
)


class FieldErrors:
    """Shows a DomainError beside the field named by ``exc.field`` (or in the
    general label), moves the focus there and selects a refused number."""

    def __init__(self, labels: Mapping[str, QLabel], widgets: Mapping[str, QWidget], general: QLabel,
                 aliases: Mapping[str, str] | None = None) -> None:
        self.labels = dict(labels)
        self.widgets = dict(widgets)
        self.general = general
        self.aliases = dict(aliases or {})

    def show(self, exc: DomainError) -> str:
        """Show the message; returns the field it was shown at ("" for the general label)."""
        self.clear()
        field = self.aliases.get(exc.field or "", exc.field or "")
        label = self.labels.get(field, self.general)
        label.setText(error_text(exc))
        label.setAccessibleName(QCoreApplication.translate("FieldErrors", "Error: {message}").format(
            message=label.text()))
        label.show()
        widget = self.widgets.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            _select(widget, exc.params.get("start"), exc.params.get("end"))
        return field if label is not self.general else ""

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.hide()

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def _select(widget: QWidget, start: object, end: object) -> None:
    if not isinstance(start, int) or not isinstance(end, int):
        return
    if isinstance(widget, QLineEdit):
        widget.setSelection(start, end - start)
    elif isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)


class LanguageBox(QComboBox):
    """"Not given" or one of the common languages; type the first letters to choose.
    A code outside the list (from an existing record) is added when set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)  # may be narrower than its longest name in a small window
        self.addItem("", None)
        for code, _name in COMMON_LANGUAGES:
            self.addItem(code, code)
        self.retranslate()

    def retranslate(self) -> None:
        names = dict(COMMON_LANGUAGES)
        self.setItemText(0, QCoreApplication.translate("LanguageBox", "(not given)"))
        for index in range(1, self.count()):
            code = self.itemData(index)
            name = lookup("languages", names[code]) if code in names else code
            self.setItemText(index, f"{name} ({code})")

    def code(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) else None

    def set_code(self, code: str | None) -> None:
        if not code:
            self.setCurrentIndex(0)
            return
        index = self.findData(code)
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)
