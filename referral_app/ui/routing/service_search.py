"""Any active service by type-ahead, for a referral the suggestions did not offer.

Typing "lekt" offers "Lektiecaféen" (a word of its name begins with it);
"3b" offers the services of Boligselskabet 3B; "skimmel" offers the services
listed under a category with that keyword. Text is compared by the one
matching rule (``domain.matching``), so "laanekassen" finds "Lånekassen".

Like the category field, the matches are an overlay list under the field: the
keyboard stays in the field, Up/Down choose, Enter picks, Esc closes the list.
The services are the directory the page read through the directory service.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from referral_app.domain.directory import Service, service_target
from referral_app.domain.matching import Tier, rank
from referral_app.ui.widgets.type_ahead import TypeAheadEdit

MAX_MATCHES = 8
Index = QModelIndex | QPersistentModelIndex


class ServiceMatch(NamedTuple):
    service: Service
    tier: Tier


def match_services(services: Sequence[Service], query: str) -> list[ServiceMatch]:
    """The services ``query`` may mean, best first (``domain.matching``): a name
    that begins with it, a name with words that begin with it, the name with
    the organization, then a category (name or keyword), then the description.
    Ties keep the directory's order."""
    return [ServiceMatch(m.item, m.tier) for m in rank(services, query, service_target)]


class ServiceListModel(QAbstractListModel):
    """The current matches: a thin adapter over a list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: list[ServiceMatch] = []

    def set_matches(self, matches: Sequence[ServiceMatch]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def match_at(self, row: int) -> ServiceMatch | None:
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{match.service.name}  –  {match.service.organization_name}"
        if role == Qt.ItemDataRole.UserRole:
            return match.service.id
        return None


class ServiceTypeAhead(TypeAheadEdit):
    """A line edit that picks one active service; ``picked`` fires with the Service.
    Enter takes the highlighted match, or the first one."""

    picked = Signal(object)  # Service

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ServiceListModel(), "routeServiceMatches", min_width=420, flip_up=True, parent=parent)
        self.model.setParent(self)
        self.setObjectName("routeServiceSearch")
        self.setClearButtonEnabled(True)
        self.matches = self.popup
        self._services: tuple[Service, ...] = ()
        self.textEdited.connect(self._typed)

    def set_services(self, services: Sequence[Service]) -> None:
        self._services = tuple(services)

    @property
    def services(self) -> tuple[Service, ...]:
        return self._services

    def matches_visible(self) -> bool:
        return self.popup_visible()

    def hide_matches(self) -> None:
        self.hide_popup()

    def reset(self) -> None:
        self.clear()
        self.model.set_matches(())
        self.hide_popup()

    # -- typing --------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.model.set_matches(match_services(self._services, text)[:MAX_MATCHES])
        self.show_matches()

    def pick(self, index: QModelIndex) -> None:
        match = self.model.match_at(index.row())
        if match is None:
            return
        self.reset()
        self.picked.emit(match.service)

    def enter_pressed(self) -> bool:
        if not self.model.rowCount():
            return False
        current = self.popup.currentIndex()
        self.pick(current if current.isValid() else self.model.index(0, 0))
        return True
