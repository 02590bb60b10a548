"""Reasons: the explanation that comes with every suggestion.

An English source template marked for translation (context "routing") and its
parameters; the UI and the CLI translate the template and render it with
:meth:`Reason.render`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from referral_app.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Localized:
    """A text the directory holds in both languages (a category's name)."""

    da: str
    en: str

    def pick(self, language: str) -> str:
        return self.en if language == "en" else self.da


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of explanation: an English template (marked with
    QT_TRANSLATE_NOOP in context "routing") and the values for its
    ``{placeholders}``. A value may be a Localized text or another Reason."""

    template: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, translate: Callable[[str], str] | None = None, language: str = "en") -> str:
        """The text in ``language``: ``translate`` maps a source template to its
        translation (the UI and CLI pass the Qt catalogue's lookup)."""
        template = translate(self.template) if translate else self.template
        values: dict[str, object] = {}
        for name, value in self.params:
            if isinstance(value, Localized):
                value = value.pick(language)
            elif isinstance(value, Reason):
                value = value.render(translate, language)
            values[name] = value
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template


def reason(template: str, **params: object) -> Reason:
    return Reason(template, tuple(sorted(params.items())))


R_CATEGORY_CHOSEN = QT_TRANSLATE_NOOP("routing", "Category {category} (chosen) → {service}")
R_CATEGORY_TEXT = QT_TRANSLATE_NOOP(
    "routing", "Category {category} (the text mentions {words}) → {service}"
)
R_ALSO_CATEGORY = QT_TRANSLATE_NOOP("routing", "Also fits the category {category}")
R_RULE = QT_TRANSLATE_NOOP("routing", "Rule: {note}")
R_LISTED = QT_TRANSLATE_NOOP(
    "routing", "No routing rule names this service; it is listed under {category}"
)
R_SERVICE_WORDS = QT_TRANSLATE_NOOP("routing", "The service mentions {words}")
R_ADDRESS = QT_TRANSLATE_NOOP("routing", "The address {address} belongs to {organization}")
R_ADDRESS_DEPARTMENT = QT_TRANSLATE_NOOP(
    "routing", "The address {address} belongs to {organization}, {department}"
)
R_ADDRESS_UNKNOWN = QT_TRANSLATE_NOOP(
    "routing",
    "The address {address} is not in the address table, so the housing organization is unknown",
)
R_ADDRESS_ESTATE_ONLY = QT_TRANSLATE_NOOP(
    "routing",
    "The address {address} is in Høje Gladsaxe, but the table does not say which housing "
    "organization owns it",
)
R_NO_ADDRESS = QT_TRANSLATE_NOOP(
    "routing", "No address given, so the housing organization is unknown"
)
R_JOINT_OPERATION = QT_TRANSLATE_NOOP(
    "routing",
    "{organization} runs the joint operation of Høje Gladsaxe and passes the inquiry on to the "
    "right housing organization",
)
R_RESIDENTS_ONLY = QT_TRANSLATE_NOOP("routing", "Only for residents of Høje Gladsaxe")
R_RESIDENTS_ONLY_CHECK = QT_TRANSLATE_NOOP(
    "routing", "Only for residents of Høje Gladsaxe: check the address"
)
R_AGES_BETWEEN = QT_TRANSLATE_NOOP("routing", "For ages {minimum}–{maximum}")
R_AGES_FROM = QT_TRANSLATE_NOOP("routing", "From age {minimum}")
R_AGES_UP_TO = QT_TRANSLATE_NOOP("routing", "Up to age {maximum}")
R_AGE_FITS = QT_TRANSLATE_NOOP("routing", "{limit}; the person concerned is {age}")
R_AGE_CHECK = QT_TRANSLATE_NOOP("routing", "{limit}: check the age")
R_CHILD_AGE = QT_TRANSLATE_NOOP(
    "routing", "The inquiry is about a child aged {age}: age limits are checked for the child"
)
R_CHILD = QT_TRANSLATE_NOOP(
    "routing",
    "The inquiry is about someone else: the resident's own age is not used for age limits",
)
R_TEXT_AGE = QT_TRANSLATE_NOOP("routing", "The text gives the age {age}")
R_FOR_YOUNGER = QT_TRANSLATE_NOOP(
    "routing", "{limit}: the resident is {age}, so this would be for a younger family member"
)
R_WAITING_LIST = QT_TRANSLATE_NOOP("routing", "Waiting list: ranked lower, expect to wait")
R_WAITING_LIST_NOTE = QT_TRANSLATE_NOOP("routing", "Waiting list, ranked lower: {note}")
R_CAPACITY = QT_TRANSLATE_NOOP("routing", "Limited capacity, ranked lower: {note}")
R_LANGUAGE_OK = QT_TRANSLATE_NOOP("routing", "Offered in {language}")
R_LANGUAGE_MISSING = QT_TRANSLATE_NOOP(
    "routing", "Not offered in {language}: an interpreter may be needed"
)
R_LANGUAGE_FROM_TEXT = QT_TRANSLATE_NOOP(
    "routing", "The text mentions {language}, so that language is taken into account"
)
R_NO_CATEGORY = QT_TRANSLATE_NOOP(
    "routing", "No category matches the text: choose a category or describe the inquiry in other words"
)
R_INACTIVE = QT_TRANSLATE_NOOP("routing", "Not active at the moment")
R_TOO_YOUNG = QT_TRANSLATE_NOOP("routing", "{limit}; the person concerned is only {age}")
R_TOO_OLD = QT_TRANSLATE_NOOP("routing", "{limit}; the person concerned is already {age}")
R_NOT_RESIDENT = QT_TRANSLATE_NOOP(
    "routing", "Only for residents of Høje Gladsaxe, and the address is elsewhere"
)
R_OTHER_HOUSING = QT_TRANSLATE_NOOP("routing", "Only for tenants of {organization}")

# Language codes the directory uses, with their names for reasons.
LANGUAGE_NAMES: dict[str, Localized] = {
    "da": Localized("dansk", "Danish"),
    "en": Localized("engelsk", "English"),
    "ar": Localized("arabisk", "Arabic"),
    "so": Localized("somali", "Somali"),
    "tr": Localized("tyrkisk", "Turkish"),
    "ur": Localized("urdu", "Urdu"),
    "fa": Localized("persisk (farsi/dari)", "Persian (Farsi/Dari)"),
    "ps": Localized("pashto", "Pashto"),
    "ku": Localized("kurdisk", "Kurdish"),
    "ti": Localized("tigrinya", "Tigrinya"),
    "uk": Localized("ukrainsk", "Ukrainian"),
    "pl": Localized("polsk", "Polish"),
}


def language_name(code: str) -> Localized:
    return LANGUAGE_NAMES.get(code, Localized(code, code))
