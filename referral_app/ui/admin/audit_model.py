"""The audit log as a table that holds only the pages it shows.

The log grows without bound, so the model knows the total row count and
fetches fixed-size pages on demand into a small cache; memory stays flat
however far the user scrolls. A thin adapter: the page loader is a callback
or a pager that reads by keyset both ways and from the end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from referral_app.domain.audit import ACTION_LABELS, AuditEntry
from referral_app.translation import format_date, lookup
from referral_app.ui.widgets.paged_model import PagedTableModel

COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_RESIDENT, COL_PURPOSE, COL_DETAIL = range(7)
COLUMN_COUNT = 7
PAGE_SIZE = 200
MAX_CACHED_PAGES = 8

# (offset, limit, last entry of the page before or None) -> rows; the entry lets the
# loader continue from it (keyset paging) when the user scrolls on page by page.
LoadPage = Callable[[int, int, AuditEntry | None], tuple[AuditEntry, ...]]
Index = QModelIndex | QPersistentModelIndex


class AuditModel(PagedTableModel[AuditEntry]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(PAGE_SIZE, MAX_CACHED_PAGES, parent)

    def entry(self, row: int) -> AuditEntry | None:
        return self._cache.row(row)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if column == COL_AT:
            local = entry.at.astimezone()
            return f"{format_date(local)} {local:%H:%M:%S}"
        if column == COL_USER:
            return entry.user or ""
        if column == COL_ACTION:
            return lookup("enums", ACTION_LABELS[entry.action])
        if column == COL_ENTITY:
            return " ".join(part for part in (entry.entity, entry.entity_id) if part)
        if column == COL_RESIDENT:
            return "" if entry.resident_id is None else str(entry.resident_id)
        if column == COL_PURPOSE:
            return entry.purpose or ""
        return entry.detail or ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Time"), self.tr("Staff"), self.tr("Action"), self.tr("Record"), self.tr("Resident"),
                   self.tr("Purpose"), self.tr("Detail"))
        return headers[section] if 0 <= section < COLUMN_COUNT else None
