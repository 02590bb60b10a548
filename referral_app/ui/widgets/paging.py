"""The page cache behind every list that can grow without bound (the audit
log, the referral queue): the model knows the total row count and fetches
fixed-size pages on demand, keeping only a few, so memory stays flat however
far the user scrolls. No Qt here; the table models wrap it."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

# (offset, limit, last row of the page before or None) -> rows. The previous
# row lets a loader continue from it (keyset paging) when the user scrolls on.
LoadPage = Callable[[int, int, "T | None"], tuple[T, ...]]


class PageCache(Generic[T]):
    def __init__(self, page_size: int, max_pages: int) -> None:
        self.page_size = page_size
        self.max_pages = max_pages
        self.total = 0
        self._load: Callable[[int, int, T | None], tuple[T, ...]] | None = None
        self._pages: OrderedDict[int, tuple[T, ...]] = OrderedDict()

    def reset(self, total: int, load: Callable[[int, int, T | None], tuple[T, ...]] | None,
              first_page: tuple[T, ...] | None = None) -> None:
        self.total = max(0, total)
        self._load = load
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = first_page

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def row(self, row: int) -> T | None:
        if not 0 <= row < self.total or self._load is None:
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            previous = self._pages.get(number - 1)
            after = previous[-1] if previous and len(previous) == self.page_size else None
            page = self._load(number * self.page_size, self.page_size, after)
            self._pages[number] = page
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * self.page_size
        return page[offset] if offset < len(page) else None

    def cached(self) -> Iterator[tuple[int, T]]:
        """(row, item) for every row in the cached pages."""
        for number, page in list(self._pages.items()):
            for offset, item in enumerate(page):
                yield number * self.page_size + offset, item
