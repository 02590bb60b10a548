"""The slip's fixed texts, one TOML catalogue per language in resources/slip/.

Plain files a translator can review, each with a header saying who
translated it and when, and whether a native speaker has reviewed it. The
Danish catalogue is the source; a key another catalogue lacks, or whose
``{placeholders}`` differ from the Danish, is not printed in that language:
the slip falls back to the Danish line for it alone.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from referral_app import resources
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

# Inside the installed package or in the checkout (referral_app/resources.py).
CATALOGUE_DIR = resources.resources_dir() / "slip"
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

MSG_BAD_CATALOGUE = QT_TRANSLATE_NOOP(
    "errors", "The slip's texts in {file} cannot be read: {problem}. Reinstall Fælles Indgang."
)


def placeholders(text: str) -> frozenset[str]:
    return frozenset(_PLACEHOLDER.findall(text))


@dataclass(frozen=True)
class SlipCatalogue:
    language: str
    name: str
    direction: str
    translator: str
    translated_on: date | None
    reviewed: bool
    texts: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str | None:
        return self.texts.get(key)


def _read(path: Path, language: str) -> SlipCatalogue:
    if not path.is_file():
        return SlipCatalogue(language, language, "ltr", "", None, False)
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(MSG_BAD_CATALOGUE, file=str(path), problem=str(exc)) from exc
    header = data.get("catalogue", {})
    texts = {str(key): str(value) for key, value in data.get("texts", {}).items() if str(value).strip()}
    translated_on = header.get("translated_on")
    return SlipCatalogue(
        language=language, name=str(header.get("name", language)), direction=str(header.get("direction", "ltr")),
        translator=str(header.get("translator", "")),
        translated_on=translated_on if isinstance(translated_on, date) else None,
        reviewed=bool(header.get("reviewed", False)), texts=texts,
    )


@lru_cache(maxsize=32)
def _cached(folder: Path, language: str) -> SlipCatalogue:
    return _read(folder / f"{language}.toml", language)


def load_catalogue(language: str, folder: Path | None = None) -> SlipCatalogue:
    """The catalogue for ``language`` (an empty one when the file is missing)."""
    return _cached(folder or CATALOGUE_DIR, language)


def usable_texts(catalogue: SlipCatalogue, danish: SlipCatalogue) -> dict[str, str]:
    """The catalogue's texts that can stand in for the Danish ones: same key, same placeholders."""
    return {key: value for key, value in catalogue.texts.items()
            if key in danish.texts and placeholders(value) == placeholders(danish.texts[key])}
