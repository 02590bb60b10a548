"""Small dialogs for the referral queue: the reason for closing, a new
follow-up date, and the purpose for opening a resident's record.

Each has a classmethod that opens it and returns ``(value, accepted)``; the
caller hands the value to a service, and on a ValidationError shows the
service's message and opens the dialog again with what was typed. Enter
confirms, Esc cancels; every input has a label with a mnemonic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.enums import CloseReason
from referral_app.domain.referrals import MAX_NOTE
from referral_app.translation import label
from referral_app.ui.widgets.forms import cancel_text, keep_fitting


@dataclass(frozen=True, slots=True)
class CloseChoice:
    reason: CloseReason
    note: str


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK saying what it does, and the app's one word for Cancel."""
    keep_fitting(dialog)  # the hint for "other" makes the dialog taller, not the fields thinner
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text())
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CloseReasonDialog(QDialog):
    """Why a referral is declined or not completed; "other" needs a note."""

    def __init__(self, title: str, intro: str, previous: CloseChoice | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeReasonDialog")
        self.setWindowTitle(title)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setObjectName("closeReason")
        for reason in CloseReason:
            self.reason.addItem(label(reason), reason.value)
        self.note = QLineEdit(self)
        self.note.setObjectName("closeNote")
        self.note.setMaxLength(MAX_NOTE)
        self.hint = QLabel(self)
        self.hint.setObjectName("closeHint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(reason_label, self.reason)
        form.addRow(note_label, self.note)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.note.setAccessibleName(self.tr("Note"))
        self.buttons = _buttons(self, self.tr("&Save the reason"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        if previous is not None:
            self.reason.setCurrentIndex(self.reason.findData(previous.reason.value))
            self.note.setText(previous.note)
        self.reason.currentIndexChanged.connect(self._update)
        self.note.textChanged.connect(self._update)
        self._update()
        self.reason.setFocus()

    def choice(self) -> CloseChoice:
        return CloseChoice(CloseReason(self.reason.currentData()), self.note.text().strip())

    def _update(self) -> None:
        needs_note = self.reason.currentData() == CloseReason.OTHER.value
        missing = needs_note and not self.note.text().strip()
        self.hint.setText(self.tr("Write a note that explains the reason \"other\".") if needs_note else "")
        self.hint.setVisible(needs_note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)

    @classmethod
    def get_choice(cls, title: str, intro: str, previous: CloseChoice | None = None,
                   parent: QWidget | None = None) -> tuple[CloseChoice | None, bool]:
        dialog = cls(title, intro, previous, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.choice() if accepted else None), accepted


class DueDateDialog(QDialog):
    """A new follow-up date. Past dates are not blocked here: the service refuses them and says why."""

    def __init__(self, title: str, intro: str, current: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDateDialog")
        self.setWindowTitle(title)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(current.year, current.month, current.day), self)
        self.date_edit.setObjectName("dueDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setAccessibleName(self.tr("Follow-up date"))
        date_label = QLabel(self.tr("&Follow-up date:"), self)
        date_label.setBuddy(self.date_edit)
        form = QFormLayout()
        form.addRow(date_label, self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("&Set the date")))
        self.date_edit.setFocus()

    def chosen(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    @classmethod
    def get_date(cls, title: str, intro: str, current: date,
                 parent: QWidget | None = None) -> tuple[date | None, bool]:
        dialog = cls(title, intro, current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.chosen() if accepted else None), accepted


class PurposeDialog(QDialog):
    """Why the resident's record is opened; the purpose is saved in the audit log."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purposeDialog")
        self.setWindowTitle(title)
        intro = QLabel(self.tr("Opening a resident's record is logged with its purpose."), self)
        intro.setWordWrap(True)
        self.purpose = QLineEdit(purpose, self)
        self.purpose.setObjectName("purpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.selectAll()
        purpose_label = QLabel(self.tr("&Purpose:"), self)
        purpose_label.setBuddy(self.purpose)
        form = QFormLayout()
        form.addRow(purpose_label, self.purpose)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("&Show resident")))
        self.purpose.setFocus()

    @classmethod
    def get_purpose(cls, title: str, purpose: str, parent: QWidget | None = None) -> tuple[str | None, bool]:
        dialog = cls(title, purpose, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.purpose.text() if accepted else None), accepted
