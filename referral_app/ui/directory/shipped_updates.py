"""What a newer shipped directory would change in items edited here, taken item by item."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.errors import DomainError
from referral_app.services.directory_updates import ShippedUpdate
from referral_app.translation import error_text
from referral_app.ui.widgets.fields import error_label
from referral_app.ui.widgets.forms import show_error

MAX_VALUE = 60


def _short(value: Any) -> str:
    text = "–" if value in (None, "", []) else str(value)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


class ShippedUpdatesDialog(QDialog):
    def __init__(self, load: Callable[[], Sequence[ShippedUpdate]], take: Callable[[ShippedUpdate], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shippedUpdates")
        self._load = load
        self._take = take
        self.taken = 0
        self.intro = QLabel(self.tr("The shipped directory has newer versions of these items, which were edited "
                                    "here. Take the ones you want; the rest keep your edits."), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("updateList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Shipped updates"))
        self.take_button = QPushButton(self.tr("&Take the shipped version"), self)
        self.take_button.setObjectName("takeUpdate")
        self.error = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.take_button)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.take_button.clicked.connect(self.take_current)
        self.setWindowTitle(self.tr("Shipped directory updates"))
        self.resize(700, 460)
        self.reload()
        self.list.setFocus()

    @classmethod
    def review(cls, load: Callable[[], Sequence[ShippedUpdate]], take: Callable[[ShippedUpdate], Any],
               parent: QWidget | None = None) -> tuple[int, bool]:
        """Open the list; returns (how many were taken, whether any were)."""
        dialog = cls(load, take, parent)
        dialog.exec()
        return dialog.taken, dialog.taken > 0

    def reload(self) -> None:
        self.list.clear()
        for update in self._load():
            changes = "; ".join(f"{field}: {_short(now)} → {_short(shipped)}"
                                for field, (now, shipped) in update.changes.items())
            item = QListWidgetItem(f"{update.name} — {changes}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, update)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("Nothing to take: the directory matches what was shipped."))
        self.take_button.setEnabled(isinstance(self._current(), ShippedUpdate))

    def _current(self) -> ShippedUpdate | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, ShippedUpdate) else None

    def take_current(self) -> None:
        update = self._current()
        if update is None:
            return
        show_error(self.error, "")
        try:
            self._take(update)
        except DomainError as exc:
            show_error(self.error, error_text(exc))
            return
        self.taken += 1
        self.reload()
