"""The keyword index: category keywords compiled for matching free text
(inflections, compounds, compounds written apart, phrases with small gaps,
misspellings)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from referral_app.domain.routing.snapshot import RouteCategory
from referral_app.domain.routing.words import (
    _INFLECTIONS,
    COMMON_WORDS,
    Word,
    _fuzzy_cutoff,
    _inflects,
    _strict,
    _word,
    words_of,
)

EXACT = 1.0  # the word as in the keyword, or an inflected form (same stem)
HEAD = 0.85  # the keyword ends a compound: "køkkenvinduet" -> "vindue"
MODIFIER = 0.6  # the keyword starts a compound: "huslejerestancen" -> "husleje"
FUZZY = 0.75  # times the similarity: "husleie" -> "husleje"
PHRASE_BONUS = 1.3  # per word of a multi-word keyword found in order
MIN_FUZZY_LENGTH = 5
MIN_MODIFIER = 5
MIN_HEAD = 3
MIN_REST = 3  # letters a compound needs besides the keyword
MAX_PHRASE_GAP = 3


@dataclass(frozen=True, slots=True)
class _Keyword:
    category: str
    text: str
    words: tuple[Word, ...]
    weight: float  # lower when several categories share the keyword


@dataclass
class _Hit:
    strength: float
    typed: str


def _specificity(words: Sequence[Word]) -> float:
    """Long words ("sundhedskort") say more than short ones ("kort")."""
    longest = max(len(w.surface) for w in words if not w.stop)
    return min(1.2, max(0.9, 0.8 + 0.03 * longest))


class KeywordIndex:
    """Category keywords compiled for matching free text."""

    def __init__(self, categories: Sequence[RouteCategory]) -> None:
        owners: dict[tuple[str, ...], set[str]] = {}
        parsed: list[tuple[str, str, tuple[Word, ...]]] = []
        parents = {c.parent_code for c in categories if c.parent_code}
        for category in categories:
            for keyword in (*category.keywords, category.name.da):
                words = tuple(words_of(keyword))
                if all(w.stop for w in words):
                    continue
                parsed.append((category.code, keyword, words))
                if category.code not in parents:  # a parent shares its evidence anyway
                    owners.setdefault(tuple(w.stem for w in words), set()).add(category.code)
        self.single: dict[str, list[_Keyword]] = {}  # surface -> keywords of that one word
        self.phrases: dict[str, list[_Keyword]] = {}  # first content surface -> phrases
        self.vocabulary: dict[str, Word] = {}
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for code, text, words in parsed:
            key = (code, tuple(w.surface for w in words))
            if key in seen:
                continue
            seen.add(key)
            shared_by = max(1, len(owners.get(tuple(w.stem for w in words), ())))
            compiled = _Keyword(code, text, words, _specificity(words) / shared_by**0.7)
            for word in words:
                if not word.stop:
                    self.vocabulary.setdefault(word.surface, word)
            if len(words) == 1:
                self.single.setdefault(words[0].surface, []).append(compiled)
            else:
                first = next(w for w in words if not w.stop)
                self.phrases.setdefault(first.surface, []).append(compiled)
        self._by_stem: dict[str, list[Word]] = {}
        for word in self.vocabulary.values():
            self._by_stem.setdefault(word.stem, []).append(word)
        self._fuzzy_choices: dict[str, list[str]] = {}
        for surface in sorted(self.vocabulary):
            if len(surface) >= MIN_FUZZY_LENGTH - 1:
                self._fuzzy_choices.setdefault(surface[0], []).append(surface)

    def _direct_hits(self, word: Word) -> dict[str, float]:
        """Keyword words that ``word`` is, or is an inflected form of."""
        hits: dict[str, float] = {}
        if word.surface in self.vocabulary:
            hits[word.surface] = EXACT
        for candidate in self._by_stem.get(word.stem, ()):
            if not _strict(candidate) or _inflects(word.surface, candidate.surface):
                hits[candidate.surface] = EXACT
        return hits

    def word_hits(self, word: Word) -> dict[str, float]:
        """Keyword words (by folded surface) that ``word`` matches, with a strength."""
        if word.stop:
            return {}
        hits = self._direct_hits(word)
        if hits:
            return hits
        surface, stem = word.surface, word.stem
        # The head of a compound: "køkkenvinduet" ends with "vindue".
        for cut in range(MIN_HEAD, len(stem) - MIN_REST + 1):
            for candidate in self._by_stem.get(stem[-cut:], ()):
                if not _strict(candidate) or any(
                    surface.endswith(candidate.surface + ending)
                    and len(surface) - len(candidate.surface) - len(ending) >= MIN_REST
                    for ending in _INFLECTIONS
                ):
                    hits[candidate.surface] = max(hits.get(candidate.surface, 0.0), HEAD)
        # The first part of a compound: "huslejerestancen" starts with "husleje".
        for cut in range(MIN_MODIFIER, len(surface) - MIN_REST + 1):
            modifier = self.vocabulary.get(surface[:cut])
            if modifier is not None and not _strict(modifier):
                hits.setdefault(modifier.surface, MODIFIER)
        # Misspellings, unless the word is common or its stem was judged above
        # ("passe" is not a misspelt "passet").
        if (
            hits
            or len(surface) < MIN_FUZZY_LENGTH
            or word.typed in COMMON_WORDS
            or surface.isdigit()
            or stem in self._by_stem
        ):
            return hits
        # People rarely get the first letter wrong: "skaffe" is no "kaffe".
        for choice, score, _ in process.extract(
            surface,
            self._fuzzy_choices.get(surface[0], ()),
            scorer=fuzz.ratio,
            score_cutoff=_fuzzy_cutoff(len(surface)),
            limit=3,
        ):
            hits[choice] = FUZZY * score / 100.0
        return hits

    def match(self, words: Sequence[Word]) -> dict[str, dict[int, _Hit]]:
        """Per category: per position in ``words``, the best keyword hit."""
        per_position = [self.word_hits(w) for w in words]
        # A compound written as two words: "lommepenge job", "køkken hane".
        joined: dict[int, dict[str, float]] = {}
        for position in range(len(words) - 1):
            left, right = words[position], words[position + 1]
            if left.stop or right.stop or left.surface.isdigit() or right.surface.isdigit():
                continue
            found = self._direct_hits(_word(left.typed + right.typed))
            if found:
                joined[position] = found
        result: dict[str, dict[int, _Hit]] = {}

        def credit(code: str, position: int, strength: float) -> None:
            slots = result.setdefault(code, {})
            current = slots.get(position)
            if current is None or strength > current.strength:
                slots[position] = _Hit(strength, words[position].typed)

        for position, hits in enumerate(per_position):
            for surface, strength in hits.items():
                for keyword in self.single.get(surface, ()):
                    credit(keyword.category, position, strength * keyword.weight)
                for keyword in self.phrases.get(surface, ()):
                    found_phrase = _find_phrase(keyword.words, words, per_position, position)
                    if found_phrase is not None:
                        positions, weakest = found_phrase
                        for p in positions:
                            credit(keyword.category, p, PHRASE_BONUS * weakest * keyword.weight)
        for position, hits in joined.items():
            for surface, strength in hits.items():
                for keyword in self.single.get(surface, ()):
                    for p in (position, position + 1):
                        credit(keyword.category, p, strength * keyword.weight)
        return result


def _find_phrase(
    phrase: Sequence[Word], words: Sequence[Word], hits: Sequence[dict[str, float]], start: int
) -> tuple[list[int], float] | None:
    """The content positions of ``phrase`` in ``words`` when its first content
    word is at ``start``, and the weakest word match; None when absent."""
    first = next(i for i, w in enumerate(phrase) if not w.stop)
    # Stopwords before the first content word must precede it directly.
    position = start
    for word in reversed(phrase[:first]):
        position -= 1
        if position < 0 or words[position].surface != word.surface:
            return None
    positions = [start]
    weakest = hits[start][phrase[first].surface]
    position = start
    for word in phrase[first + 1:]:
        # Up to MAX_PHRASE_GAP - 1 words may come between ("låst mig ude",
        # "skylder 2 måneders husleje"), at most one of them a content word,
        # and none before a stopword of the keyword ("miste min lejlighed"
        # is not "mistet nøglen til min lejlighed").
        skipped_content = 0
        for step in range(1, MAX_PHRASE_GAP + 1):
            candidate = position + step
            if candidate >= len(words):
                return None
            if word.stop:
                if words[candidate].surface == word.surface:
                    break
            elif word.surface in hits[candidate]:
                weakest = min(weakest, hits[candidate][word.surface])
                positions.append(candidate)
                break
            between = words[candidate]
            if not between.stop and not between.surface.isdigit():
                skipped_content += 1
                if word.stop or skipped_content > 1:
                    return None
        else:
            return None
        position = candidate
    return positions, weakest
