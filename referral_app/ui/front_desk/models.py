"""Thin models for the front desk: today's inquiries at this desk, and
residents found by a search. Names are shown as initials while masking is on.

Today's list is bounded by one day at one desk (a few hundred rows at most),
so it holds its rows; the unbounded lists (all inquiries, the audit log) page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from referral_app.domain.inquiries import Inquiry
from referral_app.domain.privacy import mask_name
from referral_app.domain.residents import MATCH_LABELS, ResidentMatch, display_phone
from referral_app.translation import label, lookup

Index = QModelIndex | QPersistentModelIndex
COL_TIME, COL_CATEGORY, COL_RESIDENT, COL_CHANNEL, COL_URGENCY, COL_STATUS = range(6)
COLUMN_COUNT = 6
INQUIRY_ROLE = Qt.ItemDataRole.UserRole + 1
RESIDENT_ROLE = Qt.ItemDataRole.UserRole + 2


class TodayModel(QAbstractTableModel):
    """The inquiries logged today at this desk, newest first, as the service gives them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Inquiry, ...] = ()
        self._masked = False
        self._language = "da"

    def set_rows(self, rows: Sequence[Inquiry]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def set_masked(self, masked: bool) -> None:
        self._masked = masked
        self._changed()

    def set_language(self, language: str) -> None:
        self._language = language
        self._changed()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def _changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def inquiry(self, row: int) -> Inquiry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def resident_text(self, inquiry: Inquiry) -> str:
        if inquiry.resident_id is None:
            return self.tr("Anonymous")
        if inquiry.resident_name is None:
            return self.tr("(anonymized)")
        return mask_name(inquiry.resident_name) if self._masked else inquiry.resident_name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        inquiry = self.inquiry(index.row()) if index.isValid() else None
        if inquiry is None:
            return None
        if role == INQUIRY_ROLE:
            return inquiry
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == COL_TIME:
            return f"{inquiry.received_at.astimezone():%H:%M}"
        if column == COL_CATEGORY:
            return inquiry.category_name(self._language) or ""
        if column == COL_RESIDENT:
            return self.resident_text(inquiry)
        if column == COL_CHANNEL:
            return label(inquiry.channel)
        if column == COL_URGENCY:
            return label(inquiry.urgency)
        return label(inquiry.status)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Time"), self.tr("Category"), self.tr("Resident"), self.tr("Channel"),
                   self.tr("Urgency"), self.tr("Status"))
        return headers[section] if 0 <= section < COLUMN_COUNT else None


class ResidentMatchModel(QAbstractListModel):
    """Residents found by the search box, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: tuple[ResidentMatch, ...] = ()
        self._masked = False

    def set_matches(self, matches: Sequence[ResidentMatch]) -> None:
        self.beginResetModel()
        self._matches = tuple(matches)
        self.endResetModel()

    def set_masked(self, masked: bool) -> None:
        self._masked = masked
        if self._matches:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._matches) - 1, 0))

    def match_at(self, row: int) -> ResidentMatch | None:
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None:
            return None
        resident = match.resident
        if role == RESIDENT_ROLE:
            return resident
        if role == Qt.ItemDataRole.DisplayRole:
            name = mask_name(resident.full_name) if self._masked else (resident.full_name or "")
            parts = [name, resident.address_line, display_phone(resident.phone)]
            if resident.birth_year:
                parts.append(self.tr("born {year}").format(year=resident.birth_year))
            return "  ·  ".join(part for part in parts if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Found by: {reason}").format(reason=lookup("enums", MATCH_LABELS[match.why]))
        return None
