"""The address table: which housing organization and department own a range of house numbers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from referral_app.domain.directory import AddressEntry, Organization
from referral_app.domain.directory_edit import AddressDraft
from referral_app.domain.enums import AddressParity
from referral_app.domain.errors import DomainError
from referral_app.translation import label
from referral_app.ui.directory.editor_dialog import EditorDialog, optional_text


class AddressDialog(EditorDialog):
    """The table as it is and a form for one range: a new one, or the row chosen in the table
    (``draft()`` returns the chosen entry, None for a new range, with the draft)."""

    def __init__(self, draft: AddressDraft, entries: Sequence[AddressEntry], organizations: Sequence[Organization],
                 submit: Callable[[tuple[AddressEntry | None, AddressDraft]], Any],
                 parent: QWidget | None = None, remove: Callable[[AddressEntry], bool] | None = None) -> None:
        super().__init__(submit, parent)
        self._remove = remove
        self.setObjectName("addressEditor")
        self.table = QTableWidget(len(entries), 4, self)
        self.table.setObjectName("addressTable")
        self.table.setHorizontalHeaderLabels([self.tr("Street"), self.tr("Numbers"), self.tr("Organization"),
                                              self.tr("Department")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._entries = list(entries)
        self.editing: AddressEntry | None = None
        self.table.setAccessibleName(self.tr("The address table"))
        for row, entry in enumerate(entries):
            numbers = f"{entry.number_from}-{entry.number_to}"
            if entry.parity is not AddressParity.ALL:
                numbers += f" ({label(entry.parity).lower()})"
            for column, text in enumerate((entry.street, numbers, entry.organization_name, entry.department or "")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.outer.addWidget(self.table, 1)
        self.new_button = QPushButton(self.tr("&New range"), self)
        self.new_button.setObjectName("newRange")
        self.new_button.setAutoDefault(False)
        self.delete_button = QPushButton(self.tr("De&lete range"), self)
        self.delete_button.setObjectName("deleteRange")
        self.delete_button.setAutoDefault(False)
        self.delete_button.setEnabled(False)  # until a range is chosen
        self.delete_button.setVisible(remove is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.outer.addLayout(buttons)
        form = QFormLayout()
        self.street = self.line(form, "street", self.tr("&Street:"), draft.street)
        self.number_from = self.number(form, "number_from", self.tr("Number &from:"), draft.number_from, low=1,
                                       high=9999, optional=False)
        self.number_to = self.number(form, "number_to", self.tr("Number &to:"), draft.number_to, low=1, high=9999,
                                     optional=False)
        self.parity = self.combo(form, "parity", self.tr("&Which numbers:"),
                                 [(label(p), p.value) for p in AddressParity], draft.parity.value)
        housing = [o for o in organizations if o.kind.value == "housing"] or list(organizations)
        self.organization = self.combo(form, "organization_id", self.tr("Housing &organization:"),
                                       [(o.name, o.id) for o in housing], draft.organization_id)
        self.department = self.line(form, "department", self.tr("&Department:"), draft.department)
        self.note = self.line(form, "note", self.tr("&Note:"), draft.note)
        self.finish_layout(form)
        self.setWindowTitle(self.tr("Address range"))
        self.resize(640, 600)
        self.table.currentCellChanged.connect(self._row_chosen)
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self.delete_chosen)
        self.street.setFocus()

    def _row_chosen(self, row: int, *_: int) -> None:
        """A row of the table goes into the form, to be changed."""
        if not 0 <= row < len(self._entries):
            return
        entry = self.editing = self._entries[row]
        self.street.setText(entry.street)
        self.number_from.setValue(entry.number_from)
        self.number_to.setValue(entry.number_to)
        self.parity.setCurrentIndex(max(self.parity.findData(entry.parity.value), 0))
        self.organization.setCurrentIndex(max(self.organization.findData(entry.organization_id), 0))
        self.department.setText(entry.department or "")
        self.note.setText(entry.note or "")
        self.delete_button.setEnabled(True)
        self.setWindowTitle(self.tr("Change address range"))

    def delete_chosen(self) -> None:
        """Delete the chosen range (after the caller's confirmation); the table loses its row."""
        entry = self.editing
        if entry is None or self._remove is None:
            return
        self.errors.clear()
        try:
            removed = self._remove(entry)
        except DomainError as exc:
            self.errors.show(exc)
            return
        if not removed:
            return
        row = self._entries.index(entry)
        self._entries.pop(row)
        self.table.blockSignals(True)
        self.table.removeRow(row)
        self.table.blockSignals(False)
        self.start_new()

    def start_new(self) -> None:
        self.editing = None
        self.delete_button.setEnabled(False)
        self.table.clearSelection()
        for edit in (self.street, self.department, self.note):
            edit.clear()
        self.setWindowTitle(self.tr("Address range"))
        self.street.setFocus()

    @classmethod
    def edit(cls, draft: AddressDraft, entries: Sequence[AddressEntry], organizations: Sequence[Organization],
             submit: Callable[[tuple[AddressEntry | None, AddressDraft]], Any], parent: QWidget | None = None,
             *, remove: Callable[[AddressEntry], bool] | None = None) -> tuple[Any, bool]:
        dialog = cls(draft, entries, organizations, submit, parent, remove)
        accepted = dialog.exec() == EditorDialog.DialogCode.Accepted
        return dialog.saved, accepted

    def draft(self) -> tuple[AddressEntry | None, AddressDraft]:
        return self.editing, AddressDraft(street=self.street.text(), number_from=self.number_from.value(),
                            number_to=self.number_to.value(), organization_id=int(self.organization.currentData()),
                            parity=AddressParity(self.parity.currentData()),
                            department=optional_text(self.department), note=optional_text(self.note))
