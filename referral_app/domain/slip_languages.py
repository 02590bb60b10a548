"""The languages the resident's slip can be printed in, and which one to use.

The slip is Danish alone ("da") or Danish alongside one other language, so the
resident and the staff read the same paper. Arabic, Urdu and Farsi are written
right to left. The default is the language recorded on the inquiry, else the
resident's preferred language; a language the slip does not offer gives the
Danish slip.
"""

from __future__ import annotations

from dataclasses import dataclass

from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

DANISH = "da"
# Danish first (Danish alone), then the languages offered alongside Danish.
SLIP_LANGUAGES: tuple[str, ...] = ("da", "ar", "so", "tr", "ur", "fa", "uk", "pl", "en")
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar", "ur", "fa"})

MSG_BAD_SLIP_LANGUAGE = QT_TRANSLATE_NOOP(
    "errors", "The slip cannot be printed in {value}; choose one of: {choices}."
)


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def parse_slip_language(value: str | None) -> str:
    """A slip language code from what a user typed ("AR " -> "ar"); anything else is an error."""
    language = (value or DANISH).strip().lower()
    if language not in SLIP_LANGUAGES:
        raise ValidationError(MSG_BAD_SLIP_LANGUAGE, field="lang", value=value,
                              choices=", ".join(SLIP_LANGUAGES))
    return language


def default_slip_language(*recorded: str | None) -> str:
    """The first recorded language the slip offers (the inquiry's, then the resident's), else Danish.

    Codes are compared on their primary subtag, so "fa-AF" (Dari) gives the Farsi slip.
    """
    for value in recorded:
        if not value:
            continue
        code = value.strip().lower().replace("_", "-").split("-")[0]
        if code in SLIP_LANGUAGES:
            return code
    return DANISH


@dataclass(frozen=True, slots=True)
class ServiceTranslation:
    """A service's own texts in one language, for the slip; a text not translated is None.

    ``next_step`` translates the service's next step when the directory has one,
    else its application process ("Sådan gør du").
    """

    service_id: int
    language: str
    name: str | None = None
    what_to_bring: str | None = None
    next_step: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.what_to_bring or self.next_step)
