"""Sizes of long lists (the referral queue, the audit log).

Counting every row of a large result is itself a full read when no index
answers it (free text, say). Such a count stops at ``COUNT_CAP`` and the list
says "more than 10,000" instead; it learns more as the user scrolls on.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Where a count that would read every row stops.
COUNT_CAP = 10_000


@dataclass(frozen=True, slots=True)
class ListSize:
    """``count`` rows if ``exact``; otherwise more than ``count`` (the rest were not counted)."""

    count: int
    exact: bool = True

    @classmethod
    def bounded(cls, counted: int, cap: int = COUNT_CAP) -> ListSize:
        """From a count of at most ``cap + 1`` rows: exact up to ``cap``, else "more than ``cap``"."""
        return cls(counted, True) if counted <= cap else cls(cap, False)
