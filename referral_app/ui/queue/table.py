"""The queue's table view: rows selected whole, several at a time, sorted by
the referral service when a sortable column's header is clicked.
Ctrl+End on a list counted only in part asks for the whole count first.

Columns without a sort key in the service keep the current sort. Esc in the
table asks to go back to the search field. Columns are as wide as their
content (the rows in view) and header; category, service and organization share the
rest of the width.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from referral_app.ui.queue.model import (
    COL_CATEGORY,
    COL_DUE,
    COL_ORGANIZATION,
    COL_SERVICE,
    SORT_KEYS,
    QueueModel,
)
from referral_app.ui.widgets.columns import fit_columns

#: The columns with long texts share the width the others (sized to their content) leave.
STRETCH = (COL_CATEGORY, COL_SERVICE, COL_ORGANIZATION)


class QueueTable(QTableView):
    #: The user chose a sort: the service's key and whether it is descending.
    sort_changed = Signal(str, bool)
    #: Esc was pressed in the table.
    escape_pressed = Signal()
    #: Ctrl+End on a list counted only in part: count it all, so the jump lands on the last row.
    end_requested = Signal()

    def __init__(self, model: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueTable")
        self.setModel(model)
        self.queue_model = model
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        line = self.fontMetrics().height()
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(line + 8)
        header = self.horizontalHeader()
        fit_columns(header, STRETCH, visible_rows_only=True)  # the long texts share the room that is left
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self.sort = (COL_DUE, Qt.SortOrder.AscendingOrder)
        header.setSortIndicator(*self.sort)
        header.sortIndicatorChanged.connect(self._sort_chosen)

    def sort_key(self) -> tuple[str, bool]:
        column, order = self.sort
        return SORT_KEYS.get(column, "due"), order == Qt.SortOrder.DescendingOrder

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def select_row(self, row: int) -> None:
        index = self.queue_model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def _sort_chosen(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:  # no such sort in the service: keep the current one
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self.sort)
            header.blockSignals(False)
            return
        self.sort = (column, order)
        self.sort_changed.emit(*self.sort_key())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.MoveToEndOfDocument) and not self.queue_model.exact:
            self.end_requested.emit()
        super().keyPressEvent(event)
