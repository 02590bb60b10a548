"""Matching typed text: one rule for every search box and type-ahead.

The category type-ahead, the service type-ahead, the queue's service picker
and the directory search all call this module, so the same words find the
same things everywhere.

- **Normalising**: case is ignored, æ/ø/å compare equal to ae/oe/aa in both
  directions ("fædre"/"faedre", "Høje"/"Hoeje"), accents are dropped
  ("café"/"cafe"), other punctuation separates words, and a hyphen or an
  apostrophe inside a word joins its parts ("e-Boks" is "eboks").
- **Words**: every word of the query must begin a word of the target, in any
  order ("ejendomskontor 3b" finds the ejendomskontor of Boligselskabet 3B).
  Compounds may be typed apart or together: "borger service" finds
  "Borgerservice", and "eboks" finds "e-Boks", because consecutive typed
  words may be read as one, and one typed word may run on over the next
  words of the target.
- **Ranking**: a name that begins with the query, then a name whose words
  the query begins, then the name together with its context (a service's
  organization), then another field (a category, a keyword), then a name
  that merely contains the query (three letters or more), and last a note
  (a description). Ties keep the caller's order, after an optional
  preference of the caller's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import Generic, TypeVar

from referral_app.domain.text import fold

T = TypeVar("T")

#: The shortest typed text that may match inside a word of a name.
MIN_INFIX = 3

# A word; hyphens and apostrophes inside one join its parts ("e-Boks", "Pc'er").
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_JOINERS = str.maketrans("", "", "-'’")


@lru_cache(maxsize=20000)
def _words(text: str) -> tuple[str, ...]:
    return tuple(word.translate(_JOINERS) for word in _WORD.findall(fold(text)))


def words(text: str | None) -> tuple[str, ...]:
    """The words of ``text``, normalised: folded, punctuation dropped."""
    return _words(text) if text else ()


def normalise(text: str | None) -> str:
    """``text`` folded, with single spaces between its words."""
    return " ".join(words(text))


class Tier(IntEnum):
    """How well a target matches; a higher tier ranks first."""

    NONE = 0
    NOTE = 1  # the words begin words of the name, its context and one note
    CONTAINS = 2  # a name contains the query inside a word
    FIELD = 3  # the words begin words of the name, its context and one other field
    CONTEXT = 4  # the words begin words of the name and its context
    NAME_WORDS = 5  # the words begin words of the name
    NAME_START = 6  # the name begins with the query


@dataclass(frozen=True, slots=True)
class Target:
    """What one thing is searched by.

    ``names`` are what it is called (e.g. the Danish and the English name);
    ``context`` goes with every name (a service's organization); ``fields``
    are the other texts that say what it is (categories, keywords); ``notes``
    are texts about it that rank last (a description).
    """

    names: tuple[str, ...]
    context: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    item: T
    tier: Tier
    field: str | None = None  # the field or note that matched, when neither name nor context did


#: Word tails longer than this are compared the slow way (a typed run is rarely longer).
_TAIL = 40


@dataclass(frozen=True, slots=True)
class _Words:
    """One text, prepared once (cached) for the checks below."""

    compact: str  # the words written together
    starts: tuple[int, ...]  # where each word begins in ``compact``
    tails: tuple[str, ...]  # ``compact`` from each word start, cut to _TAIL letters, sorted

    def begins_a_word(self, typed: str) -> bool:
        if len(typed) > _TAIL:
            return any(self.compact.startswith(typed, start) for start in self.starts)
        at = bisect_left(self.tails, typed)
        return at < len(self.tails) and self.tails[at].startswith(typed)


@lru_cache(maxsize=20000)
def _prepared(text: str) -> _Words:
    found = words(text)
    compact = "".join(found)
    starts: list[int] = []
    position = 0
    for word in found:
        starts.append(position)
        position += len(word)
    return _Words(compact, tuple(starts), tuple(sorted(compact[start:start + _TAIL] for start in starts)))


def _covered(typed: Sequence[str], parts: Sequence[_Words]) -> bool:
    """Every typed word begins a word of one of ``parts``, alone or written
    together with the typed words next to it."""
    if not all(any(word in part.compact for part in parts) for word in typed):
        return False  # a typed word that is nowhere cannot begin anything
    covered = [False] * len(typed)
    for first in range(len(typed)):
        run = ""
        for last in range(first, len(typed)):
            run += typed[last]
            if not any(part.begins_a_word(run) for part in parts):
                break
            for index in range(first, last + 1):
                covered[index] = True
    return all(covered)


def words_begin(query: str, text: str) -> bool:
    """Every word of ``query`` begins a word of ``text`` (see the module's rules).
    An empty query begins nothing."""
    typed = words(query)
    return bool(typed) and _covered(typed, (_prepared(text),))


def match(query: str, target: Target) -> Match[Target]:
    """How well ``query`` matches ``target``; ``Tier.NONE`` when it does not."""
    tier, field = _match(words(query), target)
    return Match(target, tier, field)


@lru_cache(maxsize=20000)
def _haystack(target: Target) -> str:
    """Every text of ``target`` written together: a typed word not in it matches nothing."""
    texts = (*target.names, *target.context, *target.fields, *target.notes)
    return "\0".join(_prepared(text).compact for text in texts)


def _match(typed: tuple[str, ...], target: Target) -> tuple[Tier, str | None]:
    if not typed:
        return Tier.NONE, None
    haystack = _haystack(target)
    if not all(word in haystack for word in typed):
        return Tier.NONE, None  # the common case while typing: most things do not match at all
    names = [_prepared(name) for name in target.names]
    context = [_prepared(text) for text in target.context]
    fields = [_prepared(text) for text in target.fields]
    notes = [_prepared(text) for text in target.notes]
    compact = "".join(typed)
    if any(name.compact.startswith(compact) and _covered(typed, (name,)) for name in names):
        return Tier.NAME_START, None
    if any(_covered(typed, (name,)) for name in names):
        return Tier.NAME_WORDS, None
    if context and any(_covered(typed, (name, *context)) for name in names):
        return Tier.CONTEXT, None
    for text, field in zip(target.fields, fields, strict=True):
        if _covered(typed, (*names, *context, field)):
            return Tier.FIELD, text
    if len(compact) >= MIN_INFIX and any(compact in name.compact for name in names):
        return Tier.CONTAINS, None
    for text, note in zip(target.notes, notes, strict=True):
        if _covered(typed, (*names, *context, note)):
            return Tier.NOTE, text
    return Tier.NONE, None


def rank(
    items: Iterable[T],
    query: str,
    target: Callable[[T], Target],
    *,
    prefer: Callable[[T], int] | None = None,
) -> list[Match[T]]:
    """The items ``query`` matches, best first.

    Higher tiers first; within a tier, a lower ``prefer`` value, then the
    order of ``items``. An empty query
    matches nothing (callers decide what an empty field shows).
    """
    typed = words(query)
    if not typed:
        return []
    found: list[tuple[tuple[int, int, int], Match[T]]] = []
    for order, item in enumerate(items):
        tier, field = _match(typed, target(item))
        if tier is Tier.NONE:
            continue
        key = (-int(tier), prefer(item) if prefer else 0, order)
        found.append((key, Match(item, tier, field)))
    found.sort(key=lambda pair: pair[0])
    return [pair[1] for pair in found]
