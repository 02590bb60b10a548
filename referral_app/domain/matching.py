"""Matching typed text: one rule for every search box and type-ahead.

The category type-ahead, the service type-ahead, the queue's service picker
and the directory search all call this module, so the same words find the
same things everywhere.

- **Normalising**: case is ignored, æ/ø/å compare equal to ae/oe/aa in both
  directions ("fædre"/"faedre", "Høje"/"Hoeje"), accents are dropped
  ("café"/"cafe"), and punctuation separates words ("e-boks" is "e boks").
- **Words**: every word of the query must begin a word of the target, in any
  order ("ejendomskontor 3b" finds the ejendomskontor of Boligselskabet 3B).
  Compounds may be typed apart or together: "borger service" finds
  "Borgerservice", and "eboks" finds "e-Boks", because consecutive typed
  words may be read as one, and one typed word may run on over the next
  words of the target.
- **Ranking**: a name that begins with the query, then a name whose words
  the query begins, then the name together with its context (a service's
  organization), then another field (a category, a keyword, a description,
  earlier fields first), then a name that merely contains the query
  (three letters or more). Ties keep the caller's order, after an optional
  preference of the caller's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import Generic, TypeVar

from referral_app.domain.text import fold

T = TypeVar("T")

#: The shortest typed text that may match inside a word of a name.
MIN_INFIX = 3

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=20000)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def words(text: str | None) -> tuple[str, ...]:
    """The words of ``text``, normalised: folded, punctuation dropped."""
    return _words(text) if text else ()


def normalise(text: str | None) -> str:
    """``text`` folded, with single spaces between its words."""
    return " ".join(words(text))


class Tier(IntEnum):
    """How well a target matches; a higher tier ranks first."""

    NONE = 0
    CONTAINS = 1  # a name contains the query inside a word
    FIELD = 2  # the words begin words of the name, its context and one other field
    CONTEXT = 3  # the words begin words of the name and its context
    NAME_WORDS = 4  # the words begin words of the name
    NAME_START = 5  # the name begins with the query


@dataclass(frozen=True, slots=True)
class Target:
    """What one thing is searched by.

    ``names`` are what it is called (e.g. the Danish and the English name);
    ``context`` goes with every name (a service's organization); ``fields``
    are the other texts, in the order they should rank (categories, keywords,
    a description).
    """

    names: tuple[str, ...]
    context: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    item: T
    tier: Tier
    field: str | None = None  # the field that matched, when neither name nor context did


@dataclass(frozen=True, slots=True)
class _Words:
    compact: str  # the words written together
    starts: tuple[int, ...]  # where each word begins in ``compact``

    @classmethod
    def of(cls, word_list: Iterable[str]) -> _Words:
        starts: list[int] = []
        position = 0
        parts: list[str] = []
        for word in word_list:
            starts.append(position)
            parts.append(word)
            position += len(word)
        return cls("".join(parts), tuple(starts))

    def begins_a_word(self, typed: str) -> bool:
        return any(self.compact.startswith(typed, start) for start in self.starts)


def _covered(typed: Sequence[str], target: _Words) -> bool:
    """Every typed word begins a word of ``target``, alone or written together
    with the typed words next to it."""
    covered = [False] * len(typed)
    for first in range(len(typed)):
        run = ""
        for last in range(first, len(typed)):
            run += typed[last]
            if not target.begins_a_word(run):
                break
            for index in range(first, last + 1):
                covered[index] = True
    return all(covered)


def words_begin(query: str, text: str) -> bool:
    """Every word of ``query`` begins a word of ``text`` (see the module's rules).
    An empty query begins nothing."""
    typed = words(query)
    return bool(typed) and _covered(typed, _Words.of(words(text)))


def match(query: str, target: Target) -> Match[Target]:
    """How well ``query`` matches ``target``; ``Tier.NONE`` when it does not."""
    tier, field = _match(words(query), target)
    return Match(target, tier, field)


def _match(typed: tuple[str, ...], target: Target) -> tuple[Tier, str | None]:
    if not typed:
        return Tier.NONE, None
    compact = "".join(typed)
    names = [words(name) for name in target.names]
    context = [word for text in target.context for word in words(text)]
    name_words = [_Words.of(name) for name in names]
    if any(name.compact.startswith(compact) and _covered(typed, name) for name in name_words):
        return Tier.NAME_START, None
    if any(_covered(typed, name) for name in name_words):
        return Tier.NAME_WORDS, None
    if context and any(_covered(typed, _Words.of((*name, *context))) for name in names):
        return Tier.CONTEXT, None
    everything = [word for name in names for word in name] + context
    for field in target.fields:
        if _covered(typed, _Words.of((*everything, *words(field)))):
            return Tier.FIELD, field
    if len(compact) >= MIN_INFIX and any(compact in name.compact for name in name_words):
        return Tier.CONTAINS, None
    return Tier.NONE, None


def rank(
    items: Iterable[T],
    query: str,
    target: Callable[[T], Target],
    *,
    prefer: Callable[[T], int] | None = None,
) -> list[Match[T]]:
    """The items ``query`` matches, best first.

    Higher tiers first; within a tier, an earlier matching field first, then
    a lower ``prefer`` value, then the order of ``items``. An empty query
    matches nothing (callers decide what an empty field shows).
    """
    typed = words(query)
    if not typed:
        return []
    found: list[tuple[tuple[int, int, int, int], Match[T]]] = []
    for order, item in enumerate(items):
        item_target = target(item)
        tier, field = _match(typed, item_target)
        if tier is Tier.NONE:
            continue
        field_rank = item_target.fields.index(field) if field is not None else -1
        key = (-int(tier), field_rank, prefer(item) if prefer else 0, order)
        found.append((key, Match(item, tier, field)))
    found.sort(key=lambda pair: pair[0])
    return [pair[1] for pair in found]
