"""Correct a saved inquiry: opened from today's list (Enter or double-click).

The category (type-ahead), description, channel, language and resident can
be changed; Ctrl+Enter or *Gem rettelse* saves, Esc cancels. The service
decides who may correct (the person who logged it, the same day; a
coordinator, any day) and refuses a CPR-like number; a refusal is shown
beside its field and nothing typed is lost. When another desk corrected the
same inquiry meanwhile, the app's conflict message says so and nothing is
overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.directory import Category
from referral_app.domain.errors import DomainError
from referral_app.domain.inquiries import Inquiry, InquiryCorrection
from referral_app.domain.privacy import mask_name
from referral_app.services import corrections as correction_service
from referral_app.services.database import Database
from referral_app.translation import error_text, format_date, label
from referral_app.ui.front_desk.categories import CategoryPicker
from referral_app.ui.front_desk.form import DescriptionEdit
from referral_app.ui.front_desk.resident_picker import ResidentPicker
from referral_app.ui.front_desk.tallies import CHANNELS
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.fields import FieldErrors, LanguageBox, error_label
from referral_app.ui.widgets.forms import keep_fitting

SAVE_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))


class CorrectionDialog(QDialog):
    """One saved inquiry, its fields filled in as they are now."""

    corrected = Signal(object)  # Inquiry

    def __init__(self, db: Database, dialogs: DialogService, actor: Actor, inquiry: Inquiry,
                 categories: Sequence[Category], language: str, parent: QWidget | None = None, *,
                 masked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self._db = db
        self._dialogs = dialogs
        self._actor = actor
        self.inquiry = inquiry
        self.result_inquiry: Inquiry | None = None
        self._masked = masked
        self.setWindowTitle(self.tr("Correct inquiry %1").replace("%1", str(inquiry.id)))

        local = inquiry.received_at.astimezone()
        self.info = QLabel(self.tr("Logged %1 at %2 by %3 at desk %4. The correction is saved in the log with "
                                   "before and after.").replace("%1", format_date(local)).replace(
            "%2", f"{local:%H:%M}").replace("%3", inquiry.logged_by or "–").replace("%4", inquiry.desk or "–"), self)
        self.info.setObjectName("correctionInfo")
        self.info.setWordWrap(True)

        self.category = CategoryPicker(self)
        self.category.setObjectName("correctionCategory")
        self.category.set_categories(categories)
        self.category.set_language(language)
        # Asks for no more than its minimum (a text box asks for 190 px): the dialog fits the screen
        # at a large text size when a message appears; a taller dialog gives the room to it.
        self.description = DescriptionEdit(self)
        self.description.setObjectName("correctionDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.channel = QComboBox(self)
        self.channel.setObjectName("correctionChannel")
        for channel in CHANNELS:
            self.channel.addItem(label(channel), channel.value)
        self.language = LanguageBox(self)
        self.language.setObjectName("correctionLanguage")
        self.resident = ResidentPicker(db, lambda: actor, self)
        self.resident.setObjectName("correctionResident")
        self.resident.retranslate()
        self.resident.set_masked(masked)
        self.resident.purpose.setText(self.tr("Correcting inquiry %1").replace("%1", str(inquiry.id)))
        self.resident.hint.setText(self.tr("To move the inquiry to another resident, find them here: Up and Down "
                                           "choose, Enter picks."))
        self.resident_current = QLabel(self)
        self.resident_current.setObjectName("correctionResidentNow")
        # One line: a wrapped label in a form's row was given one line's height (the dialog widens).
        self.anonymous_button = QPushButton(self.tr("Make a&nonymous"), self)
        self.anonymous_button.setObjectName("correctionAnonymous")
        self.anonymous_button.setToolTip(self.tr("The inquiry is about no one in the register"))
        self.anonymous_button.setAutoDefault(False)

        self.category_error = error_label(self, "correctionCategoryError")
        self.description_error = error_label(self, "correctionDescriptionError")
        self.language_error = error_label(self, "correctionLanguageError")
        self.general_error = error_label(self, "correctionError")
        self.errors = FieldErrors(
            {"category": self.category_error, "description": self.description_error,
             "language": self.language_error, "resident": self.resident.general_error},
            {"category": self.category, "description": self.description, "language": self.language,
             "resident": self.resident.search},
            self.general_error,
        )

        form = QFormLayout()
        for text, widget, error in (
                (self.tr("&Category:"), self.category, self.category_error),
                (self.tr("&Description:"), self.description, self.description_error),
                (self.tr("C&hannel:"), self.channel, None),
                (self.tr("&Language:"), self.language, self.language_error)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
            if error is not None:
                form.addRow("", error)
        resident_row = QHBoxLayout()
        resident_row.addWidget(self.resident_current, 1)
        resident_row.addWidget(self.anonymous_button)
        form.addRow(QLabel(self.tr("Resident now:"), self), resident_row)
        form.addRow("", self.resident)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save correction"))
        self.save_button.setObjectName("saveCorrection")
        self.save_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for key in SAVE_KEYS:
            QShortcut(key, self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        # No fixed minimum: the layout's own keeps every field and message whole, and the dialog
        # grows when a message appears.
        keep_fitting(self)
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())

        self.resident.picked.connect(self._picked)
        self.resident.removed.connect(self.remove_resident)
        self.anonymous_button.clicked.connect(self.remove_resident)
        self._fill()

    def _fill(self) -> None:
        inquiry = self.inquiry
        self.category.choose_code(inquiry.category_code)
        self.description.setPlainText(inquiry.description)
        self.channel.setCurrentIndex(max(0, self.channel.findData(inquiry.channel.value)))
        self.language.set_code(inquiry.language)
        self._resident_id = inquiry.resident_id
        self._resident_name = inquiry.resident_name
        self._show_resident()
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def _picked(self, resident: object) -> None:
        self._resident_id = getattr(resident, "id", None)
        self._resident_name = getattr(resident, "full_name", None)
        self._show_resident()

    def _show_resident(self) -> None:
        self.anonymous_button.setEnabled(self._resident_id is not None)
        if self._resident_id is None:
            text = self.tr("Anonymous")
        else:
            name = self._resident_name or self.tr("(anonymized)")
            if self._masked:
                name = mask_name(name)
            text = self.tr("%1 (no. %2)").replace("%1", name).replace("%2", str(self._resident_id))
        self.resident_current.setText(text)

    def remove_resident(self) -> None:
        """The inquiry becomes anonymous."""
        if self.resident.resident is not None:
            self.resident.remove()  # emits removed, which comes back here
        self._resident_id, self._resident_name = None, None
        self._show_resident()

    def correction(self) -> InquiryCorrection:
        chosen = self.category.settle()
        return InquiryCorrection(
            category_code=chosen.code if chosen is not None else self.category.text(),
            description=self.description.toPlainText(),
            channel=str(self.channel.currentData()),
            language=self.language.code(),
            resident_id=self._resident_id,
        )

    def has_changes(self) -> bool:
        inquiry, now = self.inquiry, self.correction()
        return (now.category_code != (inquiry.category_code or "") or now.description.strip() != inquiry.description
                or now.channel != inquiry.channel.value or now.language != inquiry.language
                or now.resident_id != inquiry.resident_id)

    def reject(self) -> None:
        """Esc or *Annullér*: a correction typed but not saved is dropped only when the user says so."""
        if self.result_inquiry is None and self.has_changes() and not self._dialogs.question(
                self.windowTitle(), self.tr("Discard your changes to inquiry %1?").replace("%1", str(self.inquiry.id)),
                self.tr("Nothing has been saved yet.")):
            return
        super().reject()

    def save(self) -> bool:
        self.errors.clear()
        correction = self.correction()
        actor, inquiry_id, version = self._actor, self.inquiry.id, self.inquiry.version
        done = run_action(self._db, self._dialogs, self.windowTitle(),
                          lambda session: correction_service.correct_inquiry(
                              session, actor, inquiry_id, correction, expected_version=version),
                          on_error=self._field_error).value
        if done is None:
            return False
        self.result_inquiry = done
        self.corrected.emit(done)
        self.accept()
        return True

    def _field_error(self, exc: DomainError) -> bool:
        """Beside its field when it has one; otherwise (a conflict, a refusal) in a message box."""
        if exc.field in ("category", "description", "language", "resident"):
            self.errors.show(exc)
            return True
        self.general_error.setText(error_text(exc))
        self.general_error.show()
        return False


def open_correction(db: Database, dialogs: DialogService, actor: Actor, inquiry_id: int,
                    categories: Sequence[Category], language: str, parent: QWidget | None = None, *,
                    masked: bool = False,
                    on_corrected: Callable[[Inquiry], None] | None = None) -> CorrectionDialog | None:
    """Read the inquiry as it is now and open the correction dialog (not blocking).
    A refusal (not yours, not today) is shown and no dialog opens."""
    current = run_action(db, dialogs, QCoreApplication.translate("CorrectionDialog", "Correct inquiry"),
                         lambda session: correction_service.open_for_correction(session, actor, inquiry_id)).value
    if current is None:
        return None
    dialog = CorrectionDialog(db, dialogs, actor, current, categories, language, parent, masked=masked)
    if on_corrected is not None:
        dialog.corrected.connect(on_corrected)
    dialog.open()
    return dialog


__all__ = ["CorrectionDialog", "open_correction"]
