"""The audit log as a table that holds only the pages it shows, in words:
the full date and time, the staff member's name, what was touched
("Beboer: G. H. (nr. 77)", "Henvisning 465") and the details in the reader's
language (``domain.audit_text``).

The log grows without bound, so the model knows the total row count and
fetches fixed-size pages on demand into a small cache; memory stays flat
however far the user scrolls. A thin adapter: the page loader is a callback
or a pager that reads by keyset both ways and from the end.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from referral_app.domain.audit import ACTION_LABELS, AuditEntry
from referral_app.domain.audit_text import Names, actor_text, detail_text, entity_text, purpose_text
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
        self._categories: Mapping[str, str] = {}

    def set_category_names(self, names: Mapping[str, str]) -> None:
        """Category names by code, in the reader's language, for the details."""
        self._categories = dict(names)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1))

    def _names(self, entry: AuditEntry) -> Names:
        return Names(dict(entry.staff_names), dict(entry.resident_names), self._categories)

    def text(self, entry: AuditEntry, column: int) -> str:
        """The cell's text: what the table shows and a test reads."""
        if column == COL_AT:
            return format_time(entry.at, seconds=True)
        if column == COL_USER:
            return actor_text(entry.user, entry.staff_user_id, self._names(entry), lookup)
        if column == COL_ACTION:
            return lookup("enums", ACTION_LABELS[entry.action])
        if column == COL_ENTITY:
            return entity_text(entry.entity, entry.entity_id, entry.resident_id, self._names(entry), lookup)
        if column == COL_RESIDENT:
            if entry.resident_id is None:
                return ""
            name = dict(entry.resident_names).get(entry.resident_id)
            return self.tr("%1 (no. %2)").replace("%1", name).replace("%2", str(entry.resident_id)) if name \
                else self.tr("no. %1").replace("%1", str(entry.resident_id))
        if column == COL_PURPOSE:
            return purpose_text(entry.purpose, lookup)
        return detail_text(entry.detail, self._names(entry), lookup, format_time)

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
        return self.text(entry, index.column())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Time"), self.tr("Staff"), self.tr("Action"), self.tr("Record"), self.tr("Resident"),
                   self.tr("Purpose"), self.tr("Detail"))
        return headers[section] if 0 <= section < COLUMN_COUNT else None


def format_time(value: datetime, *, seconds: bool = False) -> str:
    """Local date and time: "06.12.2026 14:05:09" in Danish."""
    local = value.astimezone()
    return f"{format_date(local)} {local:%H:%M:%S}" if seconds else f"{format_date(local)} {local:%H:%M}"
