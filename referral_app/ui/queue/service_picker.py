"""Pick another service for a referral by typing a few letters.

Typing filters the active services by name, organization, category and
description, by the one matching rule (``domain.matching``); Up and Down
choose while the cursor stays in the search field, Enter picks, Esc cancels. The list is the
directory the caller read through the directory service: no queries here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.directory import Service, service_target
from referral_app.domain.matching import rank, words
from referral_app.domain.referrals import MAX_NOTE
from referral_app.domain.text import fold
from referral_app.ui.widgets.forms import cancel_text

SERVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class ServiceChoice:
    service_id: int
    note: str


class ServicePickerDialog(QDialog):
    def __init__(self, title: str, intro: str, services: Sequence[Service], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicePickerDialog")
        self.setWindowTitle(title)
        self.resize(560, 460)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("servicePickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Service, organization or category"))
        self.search.setToolTip(self.tr("Typing filters the list. Up and Down choose, Enter picks."))
        self.search.setAccessibleName(self.tr("Search services"))
        self.list = QListWidget(self)
        self.list.setObjectName("servicePickerList")
        self.list.setAccessibleName(self.tr("Active services"))
        self.note = QLineEdit(self)
        self.note.setObjectName("servicePickerNote")
        self.note.setMaxLength(MAX_NOTE)
        self.note.setAccessibleName(self.tr("Note"))
        self.count = QLabel(self)
        self.count.setObjectName("servicePickerCount")
        self._services = sorted(services, key=lambda s: (fold(s.name), fold(s.organization_name)))
        search_label = QLabel(self.tr("&Find service:"), self)
        search_label.setBuddy(self.search)
        list_label = QLabel(self.tr("&Services:"), self)
        list_label.setBuddy(self.list)
        note_label = QLabel(self.tr("&Note (optional):"), self)
        note_label.setBuddy(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Refer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text())
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(search_label, self.search)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        note_form = QFormLayout()
        note_form.addRow(note_label, self.note)
        layout.addLayout(note_form)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.search, self.list)
        QWidget.setTabOrder(self.list, self.note)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(self._update_ok)
        self.list.itemActivated.connect(lambda _item: self._accept_if_chosen())
        self._filter("")
        self.search.setFocus()

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return int(item.data(SERVICE_ID_ROLE))

    def choice(self) -> ServiceChoice | None:
        service_id = self.chosen_id()
        return None if service_id is None else ServiceChoice(service_id, self.note.text().strip())

    def _filter(self, text: str) -> None:
        """Show the services the text matches, best first (``domain.matching``);
        an empty field shows them all, by name."""
        typed = bool(words(text))
        shown = [m.item for m in rank(self._services, text, service_target)] if typed else self._services
        chosen = self.chosen_id()
        self.list.clear()
        for service in shown:
            item = QListWidgetItem(f"{service.name} – {service.organization_name}", self.list)
            item.setData(SERVICE_ID_ROLE, service.id)
            if service.id == chosen and not typed:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        count = self.list.count()
        self.count.setText(self.tr("%n services", "", count) if count else self.tr("Nothing matches"))
        self._update_ok()

    def _move(self, step: int) -> None:
        if self.list.count():
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))

    def _update_ok(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen_id() is not None)

    def _accept_if_chosen(self) -> None:
        if self.chosen_id() is not None:
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    @classmethod
    def get_service(cls, title: str, intro: str, services: Sequence[Service],
                    parent: QWidget | None = None) -> tuple[ServiceChoice | None, bool]:
        dialog = cls(title, intro, services, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.choice() if accepted else None), accepted
