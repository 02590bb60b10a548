"""Text rules shared by search and validation."""

from __future__ import annotations

import unicodedata

_DANISH_FOLDS = (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ü", "u"), ("ö", "oe"), ("ä", "ae"))


def fold(text: str | None) -> str:
    """Lower-case text with æ/ø/å written as ae/oe/aa and accents removed,
    so "Søborg", "soeborg" and "SOEBORG" compare equal."""
    if not text:
        return ""
    lowered = text.casefold()
    for letter, replacement in _DANISH_FOLDS:
        lowered = lowered.replace(letter, replacement)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())
