"""Merge two records of the same person (coordinators).

The two records stand side by side, one row per detail (name, phone, e-mail,
address, birth year, language), with a choice in each row of which value
wins; a record's empty value is never chosen by default. The first record
is kept: the other's inquiries, referrals and consents move to it, the other
is closed and points to it, and the merge is logged on both. Opened from a
resident's page (the other record is then found by a search) and from the
duplicate warning (both are known).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.residents import MERGE_FIELD_LABELS, MERGE_FIELDS, Resident, display_phone
from referral_app.services import residents as resident_service
from referral_app.services.database import Database
from referral_app.translation import lookup
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.forms import keep_fitting

KEEP, OTHER = 0, 1


def field_value(resident: Resident, name: str) -> str:
    """A detail as the user reads it; empty when the record has none."""
    if name == "phone":
        return display_phone(resident.phone)
    if name == "address":
        place = " ".join(p for p in (resident.postal_code, resident.city) if p)
        return ", ".join(p for p in (resident.address_line, place) if p) if resident.address_line else ""
    value = getattr(resident, name)
    return "" if value is None else str(value)


class MergeDialog(QDialog):
    merged = Signal(object)  # the kept Resident

    def __init__(self, db: Database, dialogs: DialogService, actor: Actor, keep: Resident,
                 other: Resident | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge residents"))
        self._db = db
        self._dialogs = dialogs
        self._actor = actor
        self.keep = keep
        self.other: Resident | None = None
        self.result_resident: Resident | None = None

        self.intro = QLabel(self)
        self.intro.setObjectName("mergeIntro")
        self.intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Name, phone or address, then Enter"))
        self.search.setAccessibleName(self.tr("Find the other record"))
        self.found = QListWidget(self)
        self.found.setObjectName("mergeFound")
        self.found.setAccessibleName(self.tr("Records found; Enter chooses"))
        self.picker = QWidget(self)
        picker_layout = QVBoxLayout(self.picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(self.search)
        picker_layout.addWidget(self.found)
        self.picker_label = QLabel(self.tr("Find the other record of the same person:"), self)
        self.picker_label.setBuddy(self.search)

        self.grid_box = QWidget(self)
        self.grid = QGridLayout(self.grid_box)
        self.keep_header = QLabel(self.grid_box)
        self.other_header = QLabel(self.grid_box)
        for header in (self.keep_header, self.other_header):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
        self.grid.addWidget(QLabel(self.tr("Which value is kept?"), self.grid_box), 0, 0)
        self.grid.addWidget(self.keep_header, 0, 1)
        self.grid.addWidget(self.other_header, 0, 2)
        self.groups: dict[str, QButtonGroup] = {}
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, name in enumerate(MERGE_FIELDS, start=1):
            caption = QLabel(lookup("enums", MERGE_FIELD_LABELS[name]), self.grid_box)
            first, second = QRadioButton(self.grid_box), QRadioButton(self.grid_box)
            first.setObjectName(f"merge_{name}_keep")
            second.setObjectName(f"merge_{name}_other")
            group = QButtonGroup(self)
            group.addButton(first, KEEP)
            group.addButton(second, OTHER)
            self.groups[name] = group
            self.choices[name] = (first, second)
            self.grid.addWidget(caption, row, 0)
            self.grid.addWidget(first, row, 1)
            self.grid.addWidget(second, row, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.moves = QLabel(self)
        self.moves.setObjectName("mergeMoves")
        self.moves.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge the records"))
        self.merge_button.setObjectName("mergeButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        if not actor.can(Permission.MERGE_RESIDENTS):
            self.merge_button.setEnabled(False)
            self.merge_button.setToolTip(self.tr("Only a coordinator can merge residents."))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.picker_label)
        layout.addWidget(self.picker)
        layout.addWidget(self.grid_box)
        layout.addWidget(self.moves)
        layout.addWidget(self.buttons)
        # No fixed minimum: the layout's own keeps the dialog wide enough for the two records
        # once they show, and it grows when a message or the records appear.
        keep_fitting(self)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())
        self.search.returnPressed.connect(self.find_other)
        self.found.itemActivated.connect(self._choose)
        self.set_other(other)

    def find_other(self) -> bool:
        """Search the register; the records found (not this one) are listed, the first highlighted."""
        text, actor = self.search.text(), self._actor
        matches = run_action(self._db, self._dialogs, self.windowTitle(),
                             lambda session: resident_service.search(session, actor, text)).value
        if matches is None:
            return False
        self.found.clear()
        for match in matches:
            resident = match.resident
            if resident.id == self.keep.id:
                continue
            parts = [resident.full_name or "", resident.address_line, display_phone(resident.phone)]
            item = QListWidgetItem(self.tr("%1 (no. %2)").replace("%1", "  ·  ".join(p for p in parts if p))
                                   .replace("%2", str(resident.id)))
            item.setData(Qt.ItemDataRole.UserRole, resident.id)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)
            self.found.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _choose(self, item: QListWidgetItem) -> None:
        """Open the chosen record (logged with the purpose) and compare it with the kept one."""
        resident_id, actor = int(item.data(Qt.ItemDataRole.UserRole)), self._actor
        purpose = self.tr("Merging duplicate records")
        other = run_action(self._db, self._dialogs, self.windowTitle(),
                           lambda session: resident_service.get(session, actor, resident_id, purpose)).value
        if other is not None:
            self.set_other(other)

    def set_other(self, other: object) -> None:
        """Show the two records side by side (``other`` None: find it first)."""
        self.other = other if isinstance(other, Resident) and other.id != self.keep.id else None
        found = self.other is not None
        self.picker.setVisible(not found)
        self.picker_label.setVisible(not found)
        self.grid_box.setVisible(found)
        self.merge_button.setEnabled(found and self._actor.can(Permission.MERGE_RESIDENTS))
        keep = self.keep
        self.keep_header.setText(self.tr("Kept: no. %1").replace("%1", str(keep.id)))
        if self.other is None:
            self.intro.setText(self.tr("Resident no. %1 (%2) is kept. Find the record to merge into it.").replace(
                "%1", str(keep.id)).replace("%2", keep.full_name or "–"))
            self.moves.clear()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        other_resident = self.other
        self.other_header.setText(self.tr("Merged in: no. %1").replace("%1", str(other_resident.id)))
        self.intro.setText(self.tr("Choose, line by line, which value the merged record keeps. An empty value "
                                   "is never chosen unless both are empty."))
        for name in MERGE_FIELDS:
            first, second = self.choices[name]
            keep_text, other_text = field_value(keep, name), field_value(other_resident, name)
            first.setText(keep_text or self.tr("(empty)"))
            second.setText(other_text or self.tr("(empty)"))
            first.setAccessibleName(f"{lookup('enums', MERGE_FIELD_LABELS[name])}: {first.text()}")
            second.setAccessibleName(f"{lookup('enums', MERGE_FIELD_LABELS[name])}: {second.text()}")
            (second if other_text and not keep_text else first).setChecked(True)
        self.moves.setText(self.tr("Inquiries, referrals and consents of no. %2 move to no. %1, and no. %2 is "
                                   "closed; the history is kept and the merge is logged. It cannot be undone.")
                           .replace("%1", str(keep.id)).replace("%2", str(other_resident.id)))
        self.choices[MERGE_FIELDS[0]][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_from_other(self) -> tuple[str, ...]:
        return tuple(name for name in MERGE_FIELDS if self.groups[name].checkedId() == OTHER)

    def merge(self) -> bool:
        other = self.other
        if other is None:
            return False
        if not self._dialogs.question(
                self.tr("Merge residents"),
                self.tr("Merge no. %2 into no. %1?").replace("%1", str(self.keep.id)).replace("%2", str(other.id)),
                self.moves.text()):
            return False
        actor, keep_id, prefer = self._actor, self.keep.id, self.chosen_from_other()
        kept = run_action(self._db, self._dialogs, self.windowTitle(),
                          lambda session: resident_service.merge(session, actor, keep_id, other.id,
                                                                 prefer_other=prefer)).value
        if kept is None:
            return False
        self.result_resident = kept
        self.merged.emit(kept)
        self.accept()
        return True


def open_merge(db: Database, dialogs: DialogService, actor: Actor, keep: Resident, other: Resident | None,
               parent: QWidget | None = None,
               on_merged: Callable[[Resident], None] | None = None) -> MergeDialog:
    """Open the merge dialog without blocking (the caller keeps the returned dialog)."""
    dialog = MergeDialog(db, dialogs, actor, keep, other, parent)
    if on_merged is not None:
        dialog.merged.connect(on_merged)
    dialog.open()
    return dialog
