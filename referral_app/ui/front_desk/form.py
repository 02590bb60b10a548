"""The full inquiry: category by type-ahead, description, language, urgency
and an optional resident. Ctrl+Enter saves (the page's shortcut). Esc never
empties the form: it closes a field's list or empties that one field (Ctrl+Z
in the field brings it back). "Empty the form" empties it all and offers
"Undo" (the button, or Ctrl+Z) until something new is typed. The focus goes where the next keystroke belongs: after a
category the description, after a resident the category (or the description
when a category is already chosen), after saving back to the category.

A refused input (a CPR-like number, an unknown category, a description that
is too long) is shown beside its field; nothing typed is lost.

Under both sits the referral panel (``route_panel``): suggestions while the
inquiry is typed, and the referrals that saving creates with the inquiry, in
the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.directory import Category
from referral_app.domain.enums import Channel, Urgency
from referral_app.domain.errors import DomainError
from referral_app.domain.inquiries import MAX_DESCRIPTION, Inquiry, InquiryDraft
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.referrals import Referral
from referral_app.domain.residents import Resident
from referral_app.domain.routing.intake import RouteInputs
from referral_app.services import intake as intake_service
from referral_app.services.database import Database, Session
from referral_app.translation import format_number, label
from referral_app.ui.front_desk.categories import CategoryPicker
from referral_app.ui.front_desk.drafts import FormDraft
from referral_app.ui.front_desk.resident_picker import ResidentPicker
from referral_app.ui.routing.choices import RouteChoice
from referral_app.ui.routing.panel import RouteError, RoutePanel
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.fade import StatusFade
from referral_app.ui.widgets.fields import FieldErrors, LanguageBox, error_label
from referral_app.ui.widgets.keys import esc_clears

URGENCIES = (Urgency.LOW, Urgency.NORMAL, Urgency.HIGH, Urgency.ACUTE)


class DescriptionEdit(QPlainTextEdit):
    """The description asks for no more than its minimum: the form around it wraps its
    messages, and a layout cannot shrink a wrapping box below the height it asks for, so a
    tall request here squeezed the resident's box under the form instead. A taller window
    still gives the room to the description."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self.minimumHeight())


@dataclass(frozen=True)
class FormSnapshot:
    """Everything "Empty the form" takes away, so that "Undo" can put it back as it was
    (the resident as already opened: no second record opening, no second audit entry)."""

    category: Category | None
    category_text: str
    description: str
    language: str | None
    interpreter: bool
    urgency: Urgency
    resident: Resident | None
    search: str
    purpose: str
    choices: tuple[RouteChoice, ...]
    other: str  # typed in "other service", not yet picked


class InquiryForm(QWidget):
    saved = Signal(object)  # Inquiry

    def __init__(self, db: Database, actor: Callable[[], Actor | None], desk: Callable[[], str],
                 channel: Callable[[], Channel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryForm")
        self._db = db
        self._actor = actor
        self._desk = desk
        self._channel = channel
        self._language = "da"

        self.box = QGroupBox(self)
        self.category_label = QLabel(self.box)
        self.category = CategoryPicker(self.box)
        self.category_label.setBuddy(self.category)
        self.description_label = QLabel(self.box)
        self.description = DescriptionEdit(self.box)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)  # Tab moves on; a description has no tab characters
        self.description.setMinimumHeight(70)
        self.description_label.setBuddy(self.description)
        self.counter = QLabel(self.box)
        self.counter.setObjectName("descriptionCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.language_label = QLabel(self.box)
        self.language = LanguageBox(self.box)
        self.language.setObjectName("inquiryLanguage")
        self.language_label.setBuddy(self.language)
        self.interpreter = QCheckBox(self.box)
        self.interpreter.setObjectName("inquiryInterpreter")
        self.urgency_label = QLabel(self.box)
        self.urgency = QComboBox(self.box)
        self.urgency.setObjectName("urgency")
        for urgency in URGENCIES:
            self.urgency.addItem("", urgency)
        self.urgency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.urgency.setMinimumContentsLength(7)  # "Normal", "Akut": never squeezed to one letter
        self.urgency_label.setBuddy(self.urgency)
        self.save_button = QPushButton(self.box)
        self.save_button.setObjectName("saveInquiryButton")
        self.clear_button = QPushButton(self.box)
        self.clear_button.setObjectName("clearInquiryButton")
        self.status = QLabel(self.box)
        self.status.setObjectName("inquiryStatus")
        self.status.setWordWrap(True)
        self.undo_clear_button = QPushButton(self.box)
        self.undo_clear_button.setObjectName("undoClearButton")
        self.undo_clear_button.hide()
        self._cleared: FormSnapshot | None = None
        self._restoring = False

        self.resident_box = QGroupBox(self)
        self.resident = ResidentPicker(db, actor, self.resident_box)
        resident_layout = QVBoxLayout(self.resident_box)
        resident_layout.addWidget(self.resident)
        self.route = RoutePanel(db, actor, self.route_inputs, self, self)

        self.category_error = error_label(self.box, "categoryError")
        self.description_error = error_label(self.box, "descriptionError")
        self.language_error = error_label(self.box, "languageError")
        self.general_error = error_label(self.box, "inquiryError")
        self.errors = FieldErrors(
            {"category": self.category_error, "description": self.description_error,
             "language": self.language_error, "resident": self.resident.general_error},
            {"category": self.category, "description": self.description, "language": self.language,
             "resident": self.resident.search},
            self.general_error,
        )

        details = QHBoxLayout()
        details.addWidget(self.language, 1)
        details.addWidget(self.interpreter)
        urgency = QHBoxLayout()
        urgency.addWidget(self.urgency)
        urgency.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.undo_clear_button)
        buttons.addStretch(1)
        grid = QGridLayout(self.box)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.category_label, 0, 0)
        grid.addWidget(self.category, 0, 1)
        grid.addWidget(self.category_error, 1, 1)
        grid.addWidget(self.description_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.description, 2, 1)
        grid.addWidget(self.counter, 3, 1)
        grid.addWidget(self.description_error, 4, 1)
        grid.addWidget(self.language_label, 5, 0)
        grid.addLayout(details, 5, 1)
        grid.addWidget(self.language_error, 6, 1)
        grid.addWidget(self.urgency_label, 7, 0)
        grid.addLayout(urgency, 7, 1)
        grid.addWidget(self.general_error, 8, 0, 1, 2)
        grid.addLayout(buttons, 9, 0, 1, 2)
        grid.addWidget(self.status, 10, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(1, 1)
        # Two columns: what the resident asks (and who asks) on the left, where to send them on the
        # right, so that the suggestions are seen while typing and today's list still fits below.
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.box, 1)  # a taller window gives the room to the description
        left.addWidget(self.resident_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.route, 1)

        order = (self.category, self.description, self.language, self.interpreter, self.urgency,
                 self.resident.search, self.resident.results, self.resident.new_button, self.resident.purpose,
                 self.resident.remove_button, self.route.other, self.route.chosen.list,
                 *self.route.chosen.buttons.values(), self.save_button, self.clear_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.category.picked.connect(lambda _c: self.description.setFocus(Qt.FocusReason.OtherFocusReason))
        self.category.advance.connect(lambda: self.description.setFocus(Qt.FocusReason.OtherFocusReason))
        self.description.textChanged.connect(self._update_counter)
        self.resident.picked.connect(self._resident_picked)
        for changed in (self.resident.picked, self.resident.removed):
            changed.connect(lambda *_args: QTimer.singleShot(0, self, self.refit))
        for changed in (self.category.textChanged, self.description.textChanged, self.resident.picked,
                        self.resident.removed, self.language.currentIndexChanged):
            changed.connect(self.route.schedule)
        self.route.category_suggested.connect(self._category_suggested)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear_form)
        self.undo_clear_button.clicked.connect(self.undo_clear)
        for changed in (self.category.textChanged, self.description.textChanged, self.resident.search.textChanged,
                        self.resident.picked):
            changed.connect(self._typing_again)
        self.esc_keys = esc_clears(self, self.description, self.resident.search, self.route.other,
                                   custom={self.category: self._esc_category, self.resident.purpose: self._esc_purpose})
        self.set_urgency(Urgency.NORMAL)
        # "Saved as inquiry 12" fades away once the next inquiry is being typed.
        self._saved_shown = False
        self._fade = StatusFade(self.status)
        for typed in (self.category.textChanged, self.description.textChanged):
            typed.connect(self._next_inquiry_started)

    # -- size -------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """At least what the two columns need at the current width, wrapped lines counted:
        the splitter above knows nothing of wrapping and would squeeze the fields together."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.totalMinimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the minimum height depends on the width

    # -- texts ------------------------------------------------------------------------
    def retranslate(self, language: str) -> None:
        self._language = language
        self.box.setTitle(self.tr("Inquiry"))
        self.category_label.setText(self.tr("&Category:"))
        self.category.setPlaceholderText(self.tr("Type a word, e.g. skimmel, MitID or husleje"))
        self.category.setAccessibleName(self.tr("Category"))
        self.category.setToolTip(self.tr("Names and keywords are searched. Up and Down choose, Enter picks."))
        self.category.set_language(language)
        self.description_label.setText(self.tr("&Description:"))
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What is it about? No CPR numbers."))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language of the conversation"))
        self.language.retranslate()
        self.interpreter.setText(self.tr("&Interpreter needed"))
        self.urgency_label.setText(self.tr("&Urgency:"))
        self.urgency.setAccessibleName(self.tr("Urgency"))
        for index, urgency in enumerate(URGENCIES):
            self.urgency.setItemText(index, label(urgency))
        self.save_button.setText(self.tr("S&ave (Ctrl+Enter)"))
        self.save_button.setToolTip(self.tr("Save the inquiry and start a new one"))
        self.clear_button.setText(self.tr("Empty the f&orm"))
        self.clear_button.setToolTip(self.tr("Empty the whole form without saving; Undo brings it back"))
        self.undo_clear_button.setText(self.tr("&Undo (Ctrl+Z)"))
        self.undo_clear_button.setToolTip(self.tr("Put back what was in the form"))
        self.undo_clear_button.setAccessibleName(self.tr("Undo emptying the form"))
        if self._cleared is not None:
            self.status.setText(self.tr("The form was emptied."))
        self.resident_box.setTitle(self.tr("Resident (optional)"))
        self.resident.retranslate()
        self.route.retranslate(language)
        self._update_counter()

    def _update_counter(self) -> None:
        length = len(self.description.toPlainText())
        self.counter.setText(self.tr("{length} of {maximum} characters").format(
            length=format_number(length), maximum=format_number(MAX_DESCRIPTION)))
        self.counter.setStyleSheet("color: #a40000;" if length > MAX_DESCRIPTION else "")

    # -- data ---------------------------------------------------------------------------
    def set_categories(self, categories: Sequence[Category]) -> None:
        self.category.set_categories(categories)

    def set_urgency(self, urgency: Urgency) -> None:
        self.urgency.setCurrentIndex(URGENCIES.index(urgency))

    def current_urgency(self) -> Urgency:
        value = self.urgency.currentData()
        return value if isinstance(value, Urgency) else Urgency.NORMAL

    def route_inputs(self) -> RouteInputs:
        chosen = self.category.chosen
        return RouteInputs(chosen.code if chosen is not None else None, self.description.toPlainText(),
                           self.resident.resident, self.language.code())

    def _category_suggested(self, code: str) -> None:
        """A suggestion taken before a category was chosen brings its category along."""
        if self.category.chosen is None:
            self.category.choose_code(code)

    def focus_first(self) -> None:
        self.category.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.category.selectAll()

    def refit(self) -> None:
        """Lay the columns out again for the resident's card that came or went: the card's
        wrapped lines change its height, which the columns do not always hear of when the
        page was hidden meanwhile (another person signed in), leaving the card squeezed."""
        for widget in (self.box, self.resident_box, *self.resident_box.findChildren(QWidget)):
            inner = widget.layout()
            if inner is not None:
                inner.invalidate()  # the wrapped lines they remember were measured without the card
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        self.updateGeometry()

    def _resident_picked(self, resident: Resident) -> None:
        if resident.preferred_language and not self.language.code():
            self.language.set_code(resident.preferred_language)
        if resident.interpreter_needed:
            self.interpreter.setChecked(True)
        target = self.description if self.category.chosen is not None else self.category
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_content(self) -> bool:
        return bool(self.category.text().strip() or self.description.toPlainText().strip()
                    or self.resident.has_input())

    def save(self) -> Inquiry | None:
        """Log the inquiry with the chosen referrals (both or neither); on success the
        form is emptied for the next one."""
        actor = self._actor()
        if actor is None:
            return None
        self.errors.clear()
        self.resident.errors.clear()
        category = self.category.settle()
        draft = InquiryDraft(
            channel=self._channel(),
            category_code=category.code if category is not None else "",
            description=self.description.toPlainText(),
            language=self.language.code(),
            interpreter_needed=self.interpreter.isChecked(),
            urgency=self.current_urgency(),
            resident_id=self.resident.resident.id if self.resident.resident is not None else None,
            desk=self._desk(),
        )
        def log_with_referrals(session: Session) -> tuple[Inquiry, list[Referral]]:
            check_no_cpr("description", draft.description)  # before anything is saved, with the exact place
            inquiry = intake_service.log_inquiry(session, actor, draft)
            return inquiry, self.route.create_referrals(session, actor, inquiry.id)

        try:
            saved_now = run_action(self._db, None, "", log_with_referrals, on_error=self._field_error).value
        except RouteError as exc:
            # Nothing was saved. When the missing consent was recorded there and then, go on.
            return self.save() if self.route.handle_error(exc) else None
        if saved_now is None:
            return None
        inquiry, referrals = saved_now
        self.clear()
        saved = self.tr("Saved as inquiry {number}: {category}.").format(
            number=inquiry.id, category=inquiry.category_name(self._language) or "")
        self.saved.emit(inquiry)
        self._fade.stop()
        self.status.setText(" ".join(p for p in (saved, self.route.announce(referrals)) if p))
        self._saved_shown = True
        return inquiry

    def _next_inquiry_started(self, *_args: object) -> None:
        if self._saved_shown and self.has_content():
            self._saved_shown = False
            self._fade.start()

    def _field_error(self, exc: DomainError) -> bool:
        """Shown beside the field it is about, not in a box."""
        self.errors.show(exc)
        return True

    # -- emptying, and undoing it ------------------------------------------------------------
    def _esc_category(self) -> bool:
        """Esc in the category (its list closed): forget the category typed or chosen."""
        if not self.category.text():
            return False
        self.category.choose(None)
        return True

    def _esc_purpose(self) -> bool:
        """Esc in the purpose: back to the usual purpose (an empty one would be refused)."""
        default = self.resident.default_purpose()
        if self.resident.purpose.text() == default:
            return False
        self.resident.purpose.selectAll()
        self.resident.purpose.insert(default)  # undoable, like typing
        return True

    @property
    def can_undo_clear(self) -> bool:
        return self._cleared is not None

    def snapshot(self) -> FormSnapshot:
        return FormSnapshot(
            category=self.category.chosen, category_text=self.category.text(),
            description=self.description.toPlainText(), language=self.language.code(),
            interpreter=self.interpreter.isChecked(), urgency=self.current_urgency(),
            resident=self.resident.resident, search=self.resident.search.text(),
            purpose=self.resident.purpose.text(), choices=self.route.choices(), other=self.route.other.text())

    def clear_form(self) -> None:
        """The "Empty the form" button: everything goes, and "Undo" can bring it back."""
        snapshot = self.snapshot() if self.has_content() or self.route.choices() or self.route.other.text() else None
        self.clear()
        if snapshot is not None:
            self._cleared = snapshot
            self.status.setText(self.tr("The form was emptied."))
            self.undo_clear_button.show()

    def undo_clear(self) -> bool:
        """Put back what "Empty the form" took away; False when there is nothing to put back."""
        snapshot = self._cleared
        if snapshot is None:
            return False
        self._restoring = True
        try:
            self.clear()
            if snapshot.category is not None:
                self.category.choose(snapshot.category)
            else:
                self.category.setText(snapshot.category_text)
            self.description.setPlainText(snapshot.description)
            self.description.moveCursor(QTextCursor.MoveOperation.End)
            self.language.set_code(snapshot.language)
            self.interpreter.setChecked(snapshot.interpreter)
            self.set_urgency(snapshot.urgency)
            self.resident.purpose.setText(snapshot.purpose)
            if snapshot.resident is not None:
                self.resident.set_resident(snapshot.resident)
            self.resident.search.setText(snapshot.search)
            self.route.restore_choices(snapshot.choices)
            self.route.other.setText(snapshot.other)
        finally:
            self._restoring = False
        self._forget_cleared()
        self.status.setText(self.tr("The form is back as it was."))
        (self.description if snapshot.category is not None else self.category).setFocus(
            Qt.FocusReason.OtherFocusReason)
        return True

    def _typing_again(self) -> None:
        """New work in the emptied form: the old form is not brought back over it."""
        if self._cleared is not None and not self._restoring and self.has_content():
            self._forget_cleared()
            self.status.clear()

    def _forget_cleared(self) -> None:
        self._cleared = None
        self.undo_clear_button.hide()

    def clear(self) -> None:
        """Empty the form (the channel stays) and go back to the category."""
        if not self._restoring:
            self._forget_cleared()
        self.errors.clear()
        self.category.choose(None)
        self.description.clear()
        self.language.set_code(None)
        self.interpreter.setChecked(False)
        self.set_urgency(Urgency.NORMAL)
        self.resident.clear()
        self.route.clear()
        self.status.clear()
        self.focus_first()

    # -- drafts -------------------------------------------------------------------------
    def to_draft(self, user_id: int) -> FormDraft:
        chosen = self.category.chosen
        return FormDraft(
            user_id=user_id,
            channel=self._channel().value,
            category_code=chosen.code if chosen is not None else "",
            description=self.description.toPlainText(),
            language=self.language.code(),
            interpreter_needed=self.interpreter.isChecked(),
            urgency=self.current_urgency().value,
            resident_id=self.resident.resident.id if self.resident.resident is not None else None,
        )

    def restore(self, draft: FormDraft) -> None:
        """Fill the form from a draft; a resident is opened again (with the usual purpose)."""
        self.clear()
        self.category.choose_code(draft.category_code)
        self.description.setPlainText(draft.description)
        self.language.set_code(draft.language)
        self.interpreter.setChecked(draft.interpreter_needed)
        try:
            self.set_urgency(Urgency(draft.urgency))
        except ValueError:
            self.set_urgency(Urgency.NORMAL)
        if draft.resident_id is not None:
            self.resident.open_resident(draft.resident_id)
        self.status.setText(self.tr("The form you had not saved when the app closed is back."))
        (self.description if self.category.chosen is not None else self.category).setFocus(
            Qt.FocusReason.OtherFocusReason)

