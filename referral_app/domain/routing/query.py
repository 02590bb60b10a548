"""Reading the query: validation, the age and language the text states,
and where the address puts the resident."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from referral_app.domain.directory import number_in_range
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.residents import MAX_AGE, MAX_STREET, house_number_value, parse_address
from referral_app.domain.routing.snapshot import AddressRange, Housing, RoutingQuery
from referral_app.domain.routing.words import Word
from referral_app.domain.text import fold

MAX_TEXT = 4000

MSG_UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "errors", "There is no category with the code {code}. See the codes in the directory."
)
MSG_BAD_AGE = QT_TRANSLATE_NOOP("errors", "The age must be a whole number from 0 to {maximum}.")
MSG_BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "errors", "Write the address as street and house number, e.g. Høje Gladsaxe 34, 3. tv."
)
MSG_NOTHING_TO_ROUTE = QT_TRANSLATE_NOOP(
    "errors", "Describe the inquiry or choose a category: there is nothing to route on."
)
MSG_TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "The description can hold at most {maximum} characters."
)


# Words for a child or another person the inquiry may be about.
_CHILD_WORDS = frozenset(
    """
    søn sønnen sønner sønnerne datter datteren døtre døtrene barn barnet børn børnene
    dreng drengen drenge drengene pige pigen piger pigerne baby babyen spædbarn nyfødt nyfødte
    teenager teenageren teenagere teenagedatter teenagesøn barnebarn barnebarnet
    son daughter child children kid kids boy girl baby teenager
    """.split()
)
_OTHER_ADULT_WORDS = frozenset(
    """
    mor moren mors far faren fars forældre mand manden kone konen hustru kæreste
    søster søsteren bror broren svigermor svigerfar bedstemor bedstefar ven veninde
    mother father husband wife sister brother parents friend
    """.split()
)
_AGE_PATTERNS = (
    # A baby: "3 måneder gammel", "datter på 6 måneder", "søn 8 uger" -> 0.
    re.compile(
        r"\b(?:søn\w*|datter\w*|barn\w*|baby\w*|dreng\w*|pige\w*|spædbarn\w*)\s+(?:på\s+|er\s+)?"
        r"(?:\d{1,2})\s*(?:måneder|måned|mdr|uger|uge)\b()"
    ),
    re.compile(r"\b\d{1,2}\s*(?:måneder|måned|mdr|uger|uge)\s+gammel()"),
    # "15 år", "15-årig", "15 årige", "15 years"; not "i 20 år" (how long).
    re.compile(r"(?<!\bi )(?<!\bfor )\b(\d{1,3})\s*-?\s*(?:år(?:ig|ige)?|aar|years?|yrs?|y/o)\b"),
    # "søn på 14", "datter 15", "mor er 70", "min mand bliver 67".
    re.compile(
        r"\b(?:søn\w*|datter\w*|barn\w*|dreng\w*|pige\w*|ung|mor\w*|far\w*|mand\w*|kone\w*|"
        r"kvinde|son|daughter|girl|boy)\s+(?:på\s+|er\s+|bliver\s+|is\s+|aged?\s+)?(\d{1,3})\b(?!\s*(?:\.|kr|mdr|måned|uger|dage|timer|gange|%))"
    ),
)
# "går i 8. klasse": school year n is about age n + 6.
_SCHOOL_YEAR = re.compile(r"\b(\d{1,2})\s*\.\s*klasse")

# Language names in the text, for when no language was chosen.
_LANGUAGE_WORDS: dict[str, str] = {
    "arabisk": "ar", "arabic": "ar", "somali": "so", "somalisk": "so", "tyrkisk": "tr",
    "turkish": "tr", "urdu": "ur", "persisk": "fa", "farsi": "fa", "dari": "fa", "pashto": "ps",
    "kurdisk": "ku", "tigrinya": "ti", "ukrainsk": "uk", "polsk": "pl",
}


def age_in_text(text: str) -> int | None:
    """The first age the text states ("min søn på 14", "pige 12 år", "8. klasse")."""
    lowered = text.casefold()
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(lowered):
            if match.group(1) == "":  # the baby patterns
                return 0
            value = int(match.group(1))
            if 0 < value <= MAX_AGE:
                return value
    school = _SCHOOL_YEAR.search(lowered)
    if school and 0 <= int(school.group(1)) <= 10:
        return int(school.group(1)) + 6
    return None


def about_someone_else(words: Iterable[Word]) -> bool:
    return any(w.typed in _CHILD_WORDS or w.typed in _OTHER_ADULT_WORDS for w in words)


def language_in_text(words: Iterable[Word]) -> str | None:
    for word in words:
        code = _LANGUAGE_WORDS.get(word.typed)
        if code:
            return code
    return None


def _street_key(street: str) -> str:
    """A street name as compared: folded, without hyphens, dots and "nr"."""
    words = fold(street).replace("-", " ").replace(".", " ").split()
    return " ".join(w for w in words if w not in ("nr", "no"))


def _same_street(typed: str, known: str) -> bool:
    """ "Hoeje-Gladsaxe", "Høje Gladsaxe nr." and "Høje Gladsaks" are
    "Høje Gladsaxe"; so are its initials, "HG"."""
    if not typed:
        return False
    if typed == known or typed.replace(" ", "") == "".join(w[0] for w in known.split()):
        return len(known.split()) > 1 or typed == known
    return len(typed) >= 6 and fuzz.ratio(typed, known) >= STREET_SIMILARITY


STREET_SIMILARITY = 90


def resolve_housing(addresses: Sequence[AddressRange], address: str | None) -> Housing | None:
    """Where ``address`` is: the narrowest range of the table that holds it
    ("34B" counts as 34; street names compared forgivingly, see _same_street)."""
    if not address or not address.strip():
        return None
    parsed = parse_address(address)
    typed = _street_key(parsed.street)
    streets = {a.street for a in addresses}
    matching = {s for s in streets if _same_street(typed, _street_key(s))}
    number = house_number_value(parsed.number)
    cleaned = " ".join(address.split())
    candidates = [
        a
        for a in addresses
        if number is not None and a.street in matching
        and number_in_range(number, a.number_from, a.number_to, a.parity)
    ]
    if not candidates:
        return Housing(cleaned, None, None, None, bool(matching))
    best = min(candidates, key=lambda a: (a.number_to - a.number_from, a.id))
    return Housing(cleaned, best.organization_id, best.organization_name, best.department, True)


def validate_query(query: RoutingQuery, category_codes: Iterable[str]) -> RoutingQuery:
    """The query tidied, or a ValidationError naming the field that is wrong."""
    text = " ".join((query.text or "").split())
    if len(text) > MAX_TEXT:
        raise ValidationError(MSG_TEXT_TOO_LONG, field="text", maximum=MAX_TEXT)
    code = (query.category_code or "").strip() or None
    if code is not None and code not in set(category_codes):
        raise ValidationError(MSG_UNKNOWN_CATEGORY, field="category", code=code)
    if not text and code is None:
        raise ValidationError(MSG_NOTHING_TO_ROUTE, field="text")
    if query.age is not None and not 0 <= query.age <= MAX_AGE:
        raise ValidationError(MSG_BAD_AGE, field="age", maximum=MAX_AGE)
    address = " ".join((query.address or "").split()) or None
    if query.address is not None and address is None:
        raise ValidationError(MSG_BAD_ADDRESS, field="address")
    if address is not None:
        check_no_cpr("address", address)
        street = parse_address(address).street
        if len(address) > MAX_STREET or not any(ch.isalpha() for ch in street):
            raise ValidationError(MSG_BAD_ADDRESS, field="address")
    language = (query.language or "").strip().lower() or None
    if language is not None and not re.fullmatch(r"[a-z]{2,3}", language):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Write the language as a two-letter code, e.g. da, en, ar or so."
            ),
            field="language",
        )
    return RoutingQuery(text, code, query.age, address, language)
