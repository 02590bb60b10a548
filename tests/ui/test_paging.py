"""The page cache behind the audit log and the referral queue."""

from __future__ import annotations

from referral_app.ui.widgets.paging import PageCache, PageRequest


def test_pages_are_fetched_on_demand_kept_few_and_chained() -> None:
    calls: list[tuple[int, int, int | None]] = []

    def load(offset: int, limit: int, after: int | None) -> tuple[int, ...]:
        calls.append((offset, limit, after))
        return tuple(range(offset, min(offset + limit, 1000)))

    cache: PageCache[int] = PageCache(page_size=10, max_pages=3)
    cache.reset(1000, load)
    assert [cache.row(r) for r in (0, 5, 9)] == [0, 5, 9] and len(calls) == 1
    assert cache.row(10) == 10 and calls[-1] == (10, 10, 9)  # continues after the last row seen
    assert cache.row(995) == 995 and calls[-1] == (990, 10, None)  # a jump counts from the top
    for row in range(0, 100, 10):
        cache.row(row)
    assert cache.cached_pages == 3
    assert cache.row(1000) is None and cache.row(-1) is None
    assert [row for row, _ in cache.cached()] == list(range(70, 100))


class ListPager:
    """Pages of ``range(size)`` as a keyset pager reads them, recording each request."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.requests: list[PageRequest[int]] = []

    def read(self, request: PageRequest[int]) -> tuple[int, ...]:
        self.requests.append(request)
        if request.after is not None:
            return tuple(range(request.after + 1, min(request.after + 1 + request.limit, self.size)))
        if request.before is not None:
            return tuple(range(max(0, request.before - request.limit), request.before))
        if request.from_end:
            end = self.size - request.end_offset
            return tuple(range(max(0, end - request.limit), end))
        return tuple(range(request.offset, min(request.offset + request.limit, self.size)))


def test_a_pager_reads_the_end_from_the_end_and_upwards_before_the_row_below() -> None:
    pager = ListPager(1005)
    cache: PageCache[int] = PageCache(page_size=10, max_pages=3)
    cache.reset(1005, pager)
    assert cache.row(1004) == 1004
    assert pager.requests[-1] == PageRequest(1000, 5, from_end=True, end_offset=0)  # only the 5 rows left
    assert cache.row(999) == 999 and pager.requests[-1].before == 1000 and pager.requests[-1].limit == 10
    assert cache.row(700) == 700  # far from both neighbours, nearer the end: counted from there
    assert pager.requests[-1] == PageRequest(700, 10, from_end=True, end_offset=295)
    assert cache.row(300) == 300 and pager.requests[-1] == PageRequest(300, 10)  # nearer the top
    assert cache.row(310) == 310 and pager.requests[-1].after == 309


def test_a_list_counted_in_part_grows_a_page_at_a_time_until_a_page_falls_short() -> None:
    pager = ListPager(25)
    cache: PageCache[int] = PageCache(page_size=10, max_pages=3)
    cache.reset(12, pager, exact=False)  # "more than 12"
    assert cache.row(11) == 11 and pager.requests[-1].limit == 10  # a whole page, not just what was counted
    assert cache.grow() == 10 and cache.total == 22 and not cache.exact
    assert pager.requests[-1].after == 11
    assert [cache.row(r) for r in range(12, 22)] == list(range(12, 22))
    assert cache.grow() == 3 and cache.total == 25 and cache.exact
    assert cache.grow() == 0 and cache.row(24) == 24
