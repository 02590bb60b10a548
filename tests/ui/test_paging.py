"""The page cache behind the audit log and the referral queue."""

from __future__ import annotations

from referral_app.ui.widgets.paging import PageCache


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
