"""A line edit with a list of matches under it: typing filters, Up/Down move,
Esc closes the list (before it may clear a form), a click picks. The list
never takes the keyboard focus. Subclasses fill the model and say what a
pick and Enter do (the category picker, the service type-ahead)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget


class TypeAheadEdit(QLineEdit):
    def __init__(self, model: QAbstractItemModel, list_name: str, *, min_width: int, flip_up: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._min_width = min_width
        self._flip_up = flip_up
        self.popup = QListView(self)
        self.popup.setObjectName(list_name)
        self.popup.setModel(model)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.popup.setUniformItemSizes(True)
        self.popup.setStyleSheet(f"QListView#{list_name} {{ border: 1px solid palette(dark); }}")
        self.popup.hide()
        self.popup.clicked.connect(self._clicked)

    # -- for subclasses ---------------------------------------------------------------
    def pick(self, index: QModelIndex) -> None:
        """The user chose the row at ``index``."""
        raise NotImplementedError

    def enter_pressed(self) -> bool:
        """Enter without Ctrl; True when handled."""
        current = self.popup.currentIndex()
        if self.popup.isVisible() and current.isValid():
            self.pick(current)
            return True
        return False

    # -- the list ------------------------------------------------------------------------
    def popup_visible(self) -> bool:
        return self.popup.isVisible()

    def hide_popup(self) -> None:
        self.popup.hide()

    def show_matches(self) -> None:
        """After the model changed: highlight the first row and show the list, or hide it."""
        if not self.model.rowCount():
            self.hide_popup()
            return
        self.popup.setCurrentIndex(self.model.index(0, 0))
        self.place_popup()

    def place_popup(self) -> None:
        """Under the field (above it when allowed and the window has no room below)."""
        top = self.window()
        if self.popup.parent() is not top:
            self.popup.setParent(top)
            self.popup.setModel(self.model)
        rows = max(1, self.model.rowCount())
        row_height = max(self.popup.sizeHintForRow(0), self.fontMetrics().height() + 4)
        height = rows * row_height + 2 * self.popup.frameWidth() + 2
        width = max(self.width(), self._min_width)
        origin = self.mapTo(top, QPoint(0, self.height()))
        if self._flip_up and origin.y() + height > top.height():
            origin = self.mapTo(top, QPoint(0, -height))
        self.popup.setGeometry(origin.x(), max(0, origin.y()), min(width, top.width() - origin.x()), height)
        self.popup.show()
        self.popup.raise_()

    def _clicked(self, index: QModelIndex) -> None:
        self.pick(index)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        if not self.popup.isVisible():
            self.place_popup()
        row = self.popup.currentIndex().row()
        row = 0 if row < 0 else max(0, min(rows - 1, row + step))
        self.popup.setCurrentIndex(self.model.index(row, 0))

    # -- Qt -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:  # Qt override
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self.popup.isVisible() and event.key() == Qt.Key.Key_Escape):
            event.accept()  # Esc closes the list before it may clear the form
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
            self.move_selection(1 if key == Qt.Key.Key_Down else -1)
            return
        if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.enter_pressed()):
            return
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.hide_popup()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.hide_popup()
        super().focusOutEvent(event)
