"""The page cache behind every list that can grow without bound (the audit
log, the referral queue): the model knows the total row count and fetches
fixed-size pages on demand, keeping only a few, so memory stays flat however
far the user scrolls. No Qt here; the table models wrap it.

A page is read from a neighbour the cache still holds where it can (keyset
paging): after the last row of the page above, or before the first row of the
page below when the user scrolls up. A jump to the end reads from the end, and
a jump far down without a neighbour counts from whichever end is nearer.

When the total is only a lower bound ("more than 10,000"), rows are read from
the top only, and the list grows a page at a time as the user reaches its end.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co")

# (offset, limit, last row of the page before or None) -> rows. The previous
# row lets a loader continue from it (keyset paging) when the user scrolls on.
LoadPage = Callable[[int, int, "T | None"], tuple[T, ...]]


@dataclass(frozen=True)
class PageRequest(Generic[T]):
    """One page to read: rows ``offset`` .. ``offset + limit - 1`` counted from the top.

    Read it after ``after`` (the row just above it) or before ``before`` (the row
    just below it) when one is given; otherwise, if ``from_end``, as the rows that
    end ``end_offset`` rows before the last one; otherwise ``offset`` rows from the top.
    """

    offset: int
    limit: int
    after: T | None = None
    before: T | None = None
    from_end: bool = False
    end_offset: int = 0


class Pager(Protocol[T]):
    """A loader that reads pages by keyset in both directions and from the end."""

    def read(self, request: PageRequest[T]) -> tuple[T, ...]: ...


class _Forward(Generic[T]):
    """A plain ``LoadPage`` callback: only from the top, or after the page above."""

    def __init__(self, load: Callable[[int, int, T | None], tuple[T, ...]]) -> None:
        self.load = load

    def read(self, request: PageRequest[T]) -> tuple[T, ...]:
        return self.load(request.offset, request.limit, request.after)


class PageCache(Generic[T]):
    def __init__(self, page_size: int, max_pages: int) -> None:
        self.page_size = page_size
        self.max_pages = max_pages
        self.total = 0
        self.exact = True
        self._pager: Pager[T] | None = None
        self._both_ways = False
        self._pages: OrderedDict[int, tuple[T, ...]] = OrderedDict()

    def reset(self, total: int, load: Callable[[int, int, T | None], tuple[T, ...]] | Pager[T] | None,
              first_page: tuple[T, ...] | None = None, *, exact: bool = True) -> None:
        """``total`` rows (more if not ``exact``), read with ``load``: a ``Pager``, or a
        plain ``LoadPage`` callback, which is only asked for pages from the top."""
        self.total = max(0, total)
        self.exact = exact
        if load is None or isinstance(load, _Forward) or hasattr(load, "read"):
            self._pager = load  # type: ignore[assignment]
            self._both_ways = load is not None
        else:
            self._pager = _Forward(load)  # type: ignore[arg-type]
            self._both_ways = False
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = first_page

    @property
    def pager(self) -> Pager[T] | None:
        return self._pager

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def row(self, row: int) -> T | None:
        if not 0 <= row < self.total or self._pager is None:
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            page = self._pager.read(self._request(number))
            self._pages[number] = page
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * self.page_size
        return page[offset] if offset < len(page) else None

    def _request(self, number: int) -> PageRequest[T]:
        size = self.page_size
        top = number * size
        limit = min(size, self.total - top) if self.exact else size
        previous = self._pages.get(number - 1)
        if previous and len(previous) == size:
            return PageRequest(top, size, after=previous[-1])
        if not self._both_ways:
            return PageRequest(top, size)
        following = self._pages.get(number + 1)
        if following:
            return PageRequest(top, limit, before=following[0])
        end_offset = self.total - top - limit
        if self.exact and end_offset <= top:  # nearer the end: count from there
            return PageRequest(top, limit, from_end=True, end_offset=end_offset)
        return PageRequest(top, size)

    def grow(self) -> int:
        """For a total that is a lower bound: read the page after the last row and
        count it in. Returns the rows added; the total is exact once a page falls short."""
        if self.exact or self._pager is None:
            return 0
        last = self.row(self.total - 1) if self.total else None
        more = self._pager.read(PageRequest(self.total, self.page_size, after=last))
        if len(more) < self.page_size:
            self.exact = True
        self.total += len(more)
        for number, page in list(self._pages.items()):  # a short page may have more rows now
            if len(page) < self.page_size:
                del self._pages[number]
        return len(more)

    def cached(self) -> Iterator[tuple[int, T]]:
        """(row, item) for every row in the cached pages."""
        for number, page in list(self._pages.items()):
            for offset, item in enumerate(page):
                yield number * self.page_size + offset, item
