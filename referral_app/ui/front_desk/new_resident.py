"""Register a resident at the desk, after a check for the same person; and
edit a resident's details (the same form, filled in).

Saving first asks the resident service for likely duplicates (the same phone
number; a similar name at the same address). If there are any, the dialog
lists them with the reason and the keyboard lands on the list: Enter uses
the highlighted existing record, *Opret alligevel* registers a new one. The
address is looked up in the address table while typing and the housing
organization and department are shown beside it.

The duplicate warning also offers *Sammenlæg…* (coordinators): when editing,
the edited record and the highlighted one; when registering, the highlighted
record and another one listed (the register has the person twice already).
An edit names the version it started from, so a change saved meanwhile at
another desk is refused with the conflict message instead of overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.errors import DomainError
from referral_app.domain.residents import (
    MATCH_LABELS,
    Resident,
    ResidentDraft,
    ResidentMatch,
    display_phone,
    parse_address,
    parse_birth_year,
)
from referral_app.services import residents as resident_service
from referral_app.services.database import Database
from referral_app.translation import lookup
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.fields import FieldErrors, LanguageBox, error_label
from referral_app.ui.widgets.forms import cancel_text
from referral_app.ui.widgets.keys import GuardedDialog

ADDRESS_DELAY_MS = 300
DEFAULT_POSTAL_CODE = "2860"
DEFAULT_CITY = "Søborg"


class NewResidentDialog(GuardedDialog):
    def __init__(self, db: Database, actor: Actor, purpose: str, typed: str = "",
                 parent: QWidget | None = None, *, existing: Resident | None = None,
                 dialogs: DialogService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newResidentDialog" if existing is None else "editResidentDialog")
        self.setWindowTitle(self.tr("New resident") if existing is None
                            else self.tr("Edit resident %1").replace("%1", str(existing.id)))
        self._db = db
        self._actor = actor
        self.existing = existing
        self._dialogs = dialogs or DialogService(self)
        self.merge_dialog: QDialog | None = None
        self._purpose = purpose
        self._checked = False
        self.matches: tuple[ResidentMatch, ...] = ()
        self.resident: Resident | None = None

        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("e.g. Høje Gladsaxe 34, 3. tv"))
        self.housing = QLabel(self)
        self.housing.setObjectName("housingLabel")
        self.postal_code = QLineEdit(DEFAULT_POSTAL_CODE, self)
        self.postal_code.setMaxLength(4)
        self.city = QLineEdit(DEFAULT_CITY, self)
        self.birth_year = QLineEdit(self)
        self.birth_year.setMaxLength(4)
        self.birth_year.setPlaceholderText(self.tr("e.g. 1984"))
        self.language = LanguageBox(self)
        self.interpreter = QCheckBox(self.tr("&Interpreter needed"), self)
        for widget, name in ((self.name, "name"), (self.phone, "phone"), (self.email, "email"),
                             (self.address, "address"), (self.postal_code, "postalCode"), (self.city, "city"),
                             (self.birth_year, "birthYear"), (self.language, "language"),
                             (self.interpreter, "interpreter")):
            widget.setObjectName(f"newResident_{name}")

        labels: dict[str, QLabel] = {}
        fields: dict[str, QWidget] = {}
        form = QFormLayout()
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 2)
        address_row.addWidget(self.housing, 1)
        place_row = QHBoxLayout()
        place_row.addWidget(self.postal_code)
        place_row.addWidget(self.city, 1)
        rows = (
            ("full_name", self.tr("&Name:"), self.name, self.name),
            ("phone", self.tr("&Phone:"), self.phone, self.phone),
            ("email", self.tr("E-&mail:"), self.email, self.email),
            ("address", self.tr("&Address:"), address_row, self.address),
            ("postal_code", self.tr("P&ostal code and city:"), place_row, self.postal_code),
            ("birth_year", self.tr("&Birth year:"), self.birth_year, self.birth_year),
            ("preferred_language", self.tr("&Language:"), self.language, self.language),
        )
        for field, caption, item, buddy in rows:
            caption_label = QLabel(caption, self)
            caption_label.setBuddy(buddy)
            buddy.setAccessibleName(caption_label.text().replace("&", "").rstrip(":"))
            form.addRow(caption_label, item)
            labels[field] = error_label(self, f"error_{field}")
            form.addRow("", labels[field])
            fields[field] = buddy
        form.addRow("", self.interpreter)
        self.general_error = error_label(self, "error_general")
        self.errors = FieldErrors(labels, fields, self.general_error, aliases={
            "street": "address", "house_number": "address", "unit": "address", "city": "postal_code"})

        self.duplicates = QFrame(self)
        self.duplicates.setObjectName("duplicateWarning")
        self.duplicates.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_text = QLabel(self.duplicates)
        self.duplicate_text.setObjectName("duplicateText")
        self.duplicate_text.setWordWrap(True)
        self.duplicate_list = QListWidget(self.duplicates)
        self.duplicate_list.setObjectName("duplicateList")
        self.duplicate_list.setAccessibleName(self.tr("Residents who may be the same person"))
        self.use_existing = QPushButton(self.tr("Use &existing"), self.duplicates)
        self.use_existing.setObjectName("useExistingButton")
        self.create_anyway = QPushButton(self.tr("Create any&way"), self.duplicates)
        self.create_anyway.setObjectName("createAnywayButton")
        self.merge_button = QPushButton(self.tr("&Merge…"), self.duplicates)
        self.merge_button.setObjectName("mergeDuplicatesButton")
        self.merge_button.setAutoDefault(False)
        if not actor.can(Permission.MERGE_RESIDENTS):
            self.merge_button.setEnabled(False)
            self.merge_button.setToolTip(self.tr("Only a coordinator can merge residents."))
        duplicate_buttons = QHBoxLayout()
        duplicate_buttons.addWidget(self.merge_button)
        duplicate_buttons.addStretch(1)
        duplicate_buttons.addWidget(self.use_existing)
        duplicate_buttons.addWidget(self.create_anyway)
        duplicate_layout = QVBoxLayout(self.duplicates)
        duplicate_layout.addWidget(self.duplicate_text)
        duplicate_layout.addWidget(self.duplicate_list)
        duplicate_layout.addLayout(duplicate_buttons)
        self.duplicates.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text())
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.use_existing.clicked.connect(self.choose_existing)
        self.create_anyway.clicked.connect(self.create)
        self.merge_button.clicked.connect(self.merge_highlighted)
        self.duplicate_list.itemActivated.connect(lambda _item: self.choose_existing())

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Only the name is required. Never write a CPR number."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self._address_timer = QTimer(self)
        self._address_timer.setSingleShot(True)
        self._address_timer.setInterval(ADDRESS_DELAY_MS)
        self._address_timer.timeout.connect(self.resolve_address)
        self.address.textChanged.connect(self._address_timer.start)
        for edit in (self.name, self.phone, self.email, self.address, self.postal_code, self.city, self.birth_year):
            edit.textEdited.connect(self._changed)
        if existing is not None:
            self.ok_button.setText(self.tr("&Save"))
            self.create_anyway.setText(self.tr("Save any&way"))
            self.use_existing.hide()  # the record being edited is the one in use
            self._fill(existing)
        else:
            self._prefill(typed)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def get_resident(cls, db: Database, actor: Actor, purpose: str, typed: str = "",
                     parent: QWidget | None = None) -> tuple[Resident | None, bool]:
        """Open the dialog; the registered (or chosen existing) resident and whether it was accepted."""
        dialog = cls(db, actor, purpose, typed, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.resident if accepted else None), accepted

    def _fill(self, resident: Resident) -> None:
        self.name.setText(resident.full_name or "")
        self.phone.setText(display_phone(resident.phone))
        self.email.setText(resident.email or "")
        self.address.setText(resident.address_line)
        self.postal_code.setText(resident.postal_code or "")
        self.city.setText(resident.city or "")
        self.birth_year.setText(str(resident.birth_year) if resident.birth_year else "")
        self.language.set_code(resident.preferred_language)
        self.interpreter.setChecked(resident.interpreter_needed)

    def _prefill(self, typed: str) -> None:
        """What was typed in the search box goes where it belongs."""
        text = typed.strip()
        if not text:
            return
        if all(ch.isdigit() or ch in " +-" for ch in text):
            self.phone.setText(text)
        elif any(ch.isdigit() for ch in text):
            self.address.setText(text)
        else:
            self.name.setText(text)

    def _changed(self) -> None:
        """A changed form needs a fresh duplicate check."""
        if self._checked:
            self._checked = False
            self.duplicates.hide()
            self.ok_button.setDefault(True)

    # -- address ------------------------------------------------------------------------
    def resolve_address(self) -> None:
        self._address_timer.stop()
        street, number, _unit = parse_address(self.address.text())
        if not street or number is None:
            self.housing.clear()
            return
        found = run_action(self._db, None, "", lambda session: resident_service.resolve_address(session, street, number))
        housing = found.value
        if not found:  # a hint only: no box while typing
            self.housing.clear()
            return
        if housing is None:
            self.housing.setText(self.tr("Not in the address table"))
        else:
            self.housing.setText(" · ".join(p for p in (housing.organization_name, housing.department) if p))

    # -- saving ---------------------------------------------------------------------------
    def draft(self) -> ResidentDraft:
        street, number, unit = parse_address(self.address.text())
        return ResidentDraft(
            full_name=self.name.text(),
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            street=street or None,
            house_number=number,
            unit=unit,
            postal_code=self.postal_code.text() or None,
            city=self.city.text() or None,
            birth_year=parse_birth_year(self.birth_year.text()),
            preferred_language=self.language.code(),
            interpreter_needed=self.interpreter.isChecked(),
        )

    def submit(self) -> None:
        """Check for duplicates first; create when there are none (or they were seen)."""
        self.errors.clear()
        if self._checked:
            self.create()
            return
        exclude = self.existing.id if self.existing is not None else None
        found = run_action(self._db, None, "", lambda session: resident_service.duplicate_candidates(
            session, self._actor, self.draft(), exclude_id=exclude), on_error=self._field_error)
        matches = found.value
        if matches is None:
            return
        self._checked = True
        if not matches:
            self.create()
            return
        self.show_duplicates(matches)

    def show_duplicates(self, matches: Sequence[ResidentMatch]) -> None:
        self.matches = tuple(matches)
        self.duplicate_text.setText(self.tr(
            "This may be a resident who is already registered. Choose the existing record "
            "(Enter), or create a new one anyway."))
        self.duplicate_list.clear()
        for match in self.matches:
            resident = match.resident
            parts = [resident.full_name or "", resident.address_line, display_phone(resident.phone)]
            if resident.birth_year:
                parts.append(str(resident.birth_year))
            text = "  ·  ".join(p for p in parts if p)
            item = QListWidgetItem(f"{text}  —  {lookup('enums', MATCH_LABELS[match.why])}")
            item.setData(Qt.ItemDataRole.UserRole, resident.id)
            self.duplicate_list.addItem(item)
        self.merge_button.setVisible(self.existing is not None or len(self.matches) >= 2)
        self.duplicates.show()
        (self.use_existing if self.existing is None else self.create_anyway).setDefault(True)
        self.duplicate_list.setCurrentRow(0)
        self.duplicate_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_existing(self) -> None:
        if self.resident is not None:  # Enter on the list both activates the row and presses the default
            return
        index: QModelIndex = self.duplicate_list.currentIndex()
        row = index.row() if index.isValid() else 0
        if not 0 <= row < len(self.matches):
            return
        self.resident = run_action(self._db, None, "", lambda session: resident_service.get(
            session, self._actor, self.matches[row].resident.id, self._purpose), on_error=self._field_error).value
        if self.resident is not None:
            self.accept()

    def merge_highlighted(self) -> QDialog | None:
        """Open the merge of the highlighted record with the edited one (or, when
        registering, with the first other record listed)."""
        from referral_app.ui.resident.merge import open_merge

        index: QModelIndex = self.duplicate_list.currentIndex()
        row = index.row() if index.isValid() else 0
        if not 0 <= row < len(self.matches):
            return None
        highlighted = self.matches[row].resident
        if self.existing is not None:
            keep, other = self.existing, highlighted
        else:
            others = [m.resident for i, m in enumerate(self.matches) if i != row]
            if not others:
                return None
            keep, other = highlighted, others[0]
        self.merge_dialog = open_merge(self._db, self._dialogs, self._actor, keep, other, self,
                                       on_merged=self._merged)
        return self.merge_dialog

    def _merged(self, kept: Resident) -> None:
        """The merged record is the one in use now."""
        self.resident = run_action(self._db, None, "", lambda session: resident_service.get(
            session, self._actor, kept.id, self._purpose), on_error=self._field_error).value
        if self.resident is not None:
            self.accept()

    def create(self) -> None:
        if self.resident is not None:
            return
        self.errors.clear()
        existing = self.existing
        if existing is not None:
            self.resident = run_action(self._db, self._dialogs, self.windowTitle(), lambda session:
                                       resident_service.update(session, self._actor, existing.id, self.draft(),
                                                               expected_version=existing.version),
                                       on_error=self._edit_error).value
        else:
            self.resident = run_action(self._db, None, "", lambda session: resident_service.create(
                session, self._actor, self.draft()), on_error=self._field_error).value
        if self.resident is not None:
            self.accept()

    def _edit_error(self, exc: DomainError) -> bool:
        """A field's error beside it; a conflict (changed at another desk) in a box."""
        if exc.field is None:
            return False
        return self._field_error(exc)

    def _field_error(self, exc: DomainError) -> bool:
        """Shown beside the field it is about (or under the form), not in a box."""
        self.errors.show(exc)
        return True
