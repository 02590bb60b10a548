"""Choosing the slip's language when it is printed with Ctrl+Shift+P.

The language recorded for the resident is chosen already, so Enter prints
at once; Up/Down or typing a language's first letters picks another, Esc
prints nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from referral_app.ui.reports.params import fill_slip_languages
from referral_app.ui.widgets.forms import cancel_text


class SlipLanguageDialog(QDialog):
    def __init__(self, referral_id: int | None, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipLanguageDialog")
        self.setWindowTitle(self.tr("Print the slip"))
        self.language = QComboBox(self)
        self.language.setObjectName("slipLanguageChoice")
        fill_slip_languages(self.language, with_residents_language=False, chosen=default)
        self.language.setAccessibleName(self.tr("Language of the slip"))
        label = QLabel(self.tr("&Language of the slip:"), self)
        label.setBuddy(self.language)
        intro = QLabel(self.tr("The slip for referral %1 is printed in the language chosen here, with the Danish "
                               "under each line.").replace("%1", str(referral_id) if referral_id else "–"), self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Print"))
        ok.setObjectName("slipLanguagePrint")
        ok.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.language.setFocus()

    def chosen(self) -> str:
        return str(self.language.currentData())

    @classmethod
    def choose(cls, referral_id: int | None, default: str, parent: QWidget | None = None) -> tuple[str, bool]:
        """Open the dialog; returns ``(language code, accepted)``."""
        dialog = cls(referral_id, default, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        language = dialog.chosen()
        dialog.deleteLater()
        return language, accepted
