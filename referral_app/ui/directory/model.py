"""The directory as a two-level tree: organizations, each with its services.

A thin adapter over the domain objects the directory service returns: no
queries, no caching beyond the tuple it was handed, one reset per new result.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from referral_app.domain.directory import Organization, Service
from referral_app.domain.enums import ServiceStatus
from referral_app.domain.opening_hours import CalendarSettings
from referral_app.translation import label
from referral_app.ui.widgets.open_status import open_status_text

COL_NAME = 0
COL_STATUS = 1
COL_CATEGORIES = 2
COLUMN_COUNT = 3

#: The ``Service`` behind a service row, the ``Organization`` behind an organization row.
SERVICE_ROLE = Qt.ItemDataRole.UserRole + 1
ORGANIZATION_ROLE = Qt.ItemDataRole.UserRole + 2

_TOP = 0  # internalId of an organization row; service rows store their organization's row + 1

Index = QModelIndex | QPersistentModelIndex


class DirectoryModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._organizations: tuple[Organization, ...] = ()
        self._language = "da"
        self._now: datetime | None = None
        self._calendar: CalendarSettings | None = None

    def set_moment(self, now: datetime, calendar: CalendarSettings | None) -> None:
        """The moment the status column describes ("open now", "opens at …", "closed today (holiday)")."""
        self._now, self._calendar = now, calendar

    # -- feeding -------------------------------------------------------------
    def set_organizations(self, organizations: tuple[Organization, ...]) -> None:
        self.beginResetModel()
        self._organizations = tuple(organizations)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Category names come in both languages; show the chosen one and retranslate labels."""
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        for row in range(len(self._organizations)):
            parent = self.index(row, 0)
            last = self.rowCount(parent) - 1
            if last >= 0:
                self.dataChanged.emit(self.index(0, COL_STATUS, parent), self.index(last, COL_CATEGORIES, parent))

    @property
    def organizations(self) -> tuple[Organization, ...]:
        return self._organizations

    def service_count(self) -> int:
        return sum(len(org.services) for org in self._organizations)

    def index_of_service(self, service_id: int) -> QModelIndex:
        for org_row, org in enumerate(self._organizations):
            for row, service in enumerate(org.services):
                if service.id == service_id:
                    return self.index(row, COL_NAME, self.index(org_row, COL_NAME))
        return QModelIndex()

    def service_at(self, index: Index) -> Service | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self._organizations[index.internalId() - 1].services[index.row()]

    def organization_at(self, index: Index) -> Organization | None:
        if not index.isValid():
            return None
        org_row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self._organizations[org_row]

    # -- structure -----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._organizations)
        if parent.column() != 0 or parent.internalId() != _TOP:
            return 0
        return len(self._organizations[parent.row()].services)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _TOP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # -- content -------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_NAME: self.tr("Name"), COL_STATUS: self.tr("Status"), COL_CATEGORIES: self.tr("Categories")}.get(
            section
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._organization_data(self._organizations[index.row()], index.column(), role)
        org = self._organizations[index.internalId() - 1]
        return self._service_data(org, org.services[index.row()], index.column(), role)

    def _organization_data(self, org: Organization, column: int, role: int) -> Any:
        if role == ORGANIZATION_ROLE:
            return org
        if column == COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return org.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{org.name} ({label(org.kind)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _service_data(self, org: Organization, service: Service, column: int, role: int) -> Any:
        if role == SERVICE_ROLE:
            return service
        if role == ORGANIZATION_ROLE:
            return org
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_NAME:
                return service.name
            if column == COL_STATUS:
                if self._now is None:
                    return label(service.shown_status)
                return open_status_text(service, self._now, self._calendar)
            if column == COL_CATEGORIES:
                return ", ".join(c.name(self._language) for c in service.categories)
        if role == Qt.ItemDataRole.ForegroundRole and service.shown_status is not ServiceStatus.ACTIVE:
            # Colour only repeats what the status word already says.
            if column == COL_STATUS and service.shown_status is not ServiceStatus.INACTIVE:
                return QBrush(QColor("#a4262c"))
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None
