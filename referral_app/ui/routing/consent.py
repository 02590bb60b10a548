"""Recording a resident's consent to a hand-over, there and then at the desk.

The dialog names the receiving organization in the sentence the resident
agrees to. Recording is a deliberate act: Enter and Esc cancel, and only the
confirm button (its mnemonic, Alt+Y in English) records the consent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from referral_app.ui.widgets.forms import cancel_text


class ConsentDialog(QDialog):
    def __init__(self, organization: str, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routeConsentDialog")
        self.setWindowTitle(self.tr("Consent to a hand-over"))
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("consentProblem")
        self.problem.setWordWrap(True)
        self.statement = QLabel(
            self.tr("The resident consents to the information being passed on to {organization}.").format(
                organization=organization), self)
        self.statement.setObjectName("consentStatement")
        self.statement.setWordWrap(True)
        bold = QFont(self.statement.font())
        bold.setBold(True)
        self.statement.setFont(bold)
        self.hint = QLabel(self.tr("Ask the resident first. The consent is saved with your name and can be "
                                   "withdrawn later."), self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(self.tr("&Yes, record the consent"), self)
        self.confirm_button.setObjectName("consentConfirmButton")
        self.confirm_button.setAutoDefault(False)
        self.cancel_button = QPushButton(cancel_text() + " (Esc)", self)
        self.cancel_button.setObjectName("consentCancelButton")
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.statement)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(460)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, organization: str, problem: str, parent: QWidget | None = None) -> tuple[bool, bool]:
        """Open the dialog; returns ``(consented, accepted)`` (both True when confirmed)."""
        dialog = cls(organization, problem, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted, accepted
