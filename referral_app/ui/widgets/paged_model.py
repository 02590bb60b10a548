"""The table model side of ``PageCache``: a list that holds only the pages it
shows. Subclasses give the columns; this base gives the row count, the rows,
growing a list counted only in part as the user reaches its end, and settling
its count when the user jumps to the end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from referral_app.ui.widgets.paging import PageCache, Pager

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[T]):
    #: The row count grew, or turned out to be exact (a list counted only in part).
    size_changed = Signal()

    def __init__(self, page_size: int, max_pages: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._cache: PageCache[T] = PageCache(page_size, max_pages)

    def reset(self, total: int, load: Callable[[int, int, T | None], tuple[T, ...]] | Pager[T] | None,
              first_page: tuple[T, ...] | None = None, *, exact: bool = True) -> None:
        """A new result: ``total`` rows (more if not ``exact``), pages from ``load``;
        ``first_page`` if already fetched."""
        self.beginResetModel()
        self._cache.reset(total, load, first_page, exact=exact)
        self.endResetModel()

    @property
    def exact(self) -> bool:
        """Whether ``rowCount`` is the whole result, not a lower bound."""
        return self._cache.exact

    @property
    def pager(self) -> Pager[T] | None:
        return self._cache.pager

    @property
    def cached_pages(self) -> int:
        return self._cache.cached_pages

    def item(self, row: int) -> T | None:
        return self._cache.row(row)

    def settle(self, total: int) -> None:
        """The exact count, once known (the user jumped to the end of a list counted in part)."""
        before = self._cache.total
        if total > before:
            self.beginInsertRows(QModelIndex(), before, total - 1)
            self._cache.total, self._cache.exact = total, True
            self.endInsertRows()
        elif total < before:
            self.reset(total, self._cache.pager, exact=True)
        self._cache.exact = True
        self.size_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self._cache.total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt override
        return not parent.isValid() and not self._cache.exact

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt override
        """At the end of a list counted only in part: one page more (the view asks when it reaches the end)."""
        if parent.isValid() or self._cache.exact:
            return
        before = self._cache.total
        added = self._cache.grow()
        if added:
            self._cache.total = before
            self.beginInsertRows(QModelIndex(), before, before + added - 1)
            self._cache.total = before + added
            self.endInsertRows()
        self.size_changed.emit()
