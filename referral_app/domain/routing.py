"""Routing: from an inquiry to ranked service suggestions that explain themselves.

Pure rules, no database and no Qt: the services layer builds a
:class:`RoutingSnapshot` from the directory and keeps one compiled
:class:`Router` per snapshot.

How a suggestion comes about:

1. **Categories.** The category the front desk chose, and every category whose
   keywords occur in the free text. Words are compared by their Danish Snowball
   stems, folded afterwards (so "huslejen" meets "husleje", and "gaelden"
   meets "gæld"), compounds by their parts ("køkkenvinduet" holds "vindue"),
   compounds written apart ("lommepenge job"), multi-word keywords in order
   with small gaps ("låst mig ude"), and misspellings by edit similarity
   (rapidfuzz: "husleie"). Stems that unrelated words share ("lejlighed"/
   "lejen" -> "lej", "banken"/"banker" -> "bank") only match in their own
   inflected forms, and stopwords never match on their own. A keyword that
   several categories share counts less in each.
2. **Rules.** Each category's routing rules whose conditions hold (housing
   organization from the address table, age range, language) name services
   with a priority. When the housing organization is unknown, rules without one
   apply, and the joint operation stands in for the housing-specific ones.
3. **Eligibility.** Only active services; age limits against the age of the
   person the inquiry is about (a child mentioned in the text, else the
   resident); residents-only services need a Høje Gladsaxe address.
4. **Ranking.** Category confidence x rule priority, higher when the text
   shares words with what sets a service apart (its name, the rule's note, its
   description), lower for a waiting list or a capacity note, with a decay
   inside each category so that the top three cover the likeliest categories
   rather than one category's long tail. Ties break on category order,
   priority, name and id: the order is deterministic.

Every suggestion carries :class:`Reason` objects: an English source template
marked for translation (context "routing") and its parameters. The UI and the
CLI translate the template and render it with :meth:`Reason.render`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz, process

from referral_app.domain.enums import ServiceStatus
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.residents import MAX_STREET, house_number_value, parse_address
from referral_app.domain.text import fold

MAX_AGE = 120
MAX_TEXT = 4000

# --- Reasons -----------------------------------------------------------------------------


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


# --- The directory as routing sees it -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RouteCategory:
    code: str
    name: Localized
    parent_code: str | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RouteService:
    id: int
    name: str
    organization_id: int
    organization_name: str
    status: ServiceStatus = ServiceStatus.ACTIVE
    organization_is_housing: bool = False
    min_age: int | None = None
    max_age: int | None = None
    residents_only: bool = False
    languages: tuple[str, ...] = ("da",)
    waiting_list: bool = False
    capacity_note: str | None = None
    category_codes: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class RouteRule:
    id: int
    category_code: str
    service_id: int
    priority: int = 0
    housing_organization_id: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    language: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class AddressRange:
    id: int
    street: str
    number_from: int
    number_to: int
    organization_id: int
    organization_name: str
    department: str | None = None


@dataclass(frozen=True, slots=True)
class RoutingSnapshot:
    """Everything routing reads from the directory, frozen at one moment.
    ``categories`` are in display order (that order breaks ties)."""

    categories: tuple[RouteCategory, ...]
    services: tuple[RouteService, ...]
    rules: tuple[RouteRule, ...]
    addresses: tuple[AddressRange, ...] = ()
    # The housing organization that runs the joint operation of the estate and
    # stands in when a resident's own housing organization is unknown.
    joint_operation_id: int | None = None


# --- Queries and answers ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoutingQuery:
    text: str = ""
    category_code: str | None = None
    age: int | None = None
    address: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Housing:
    """Where the address puts the resident."""

    address: str
    organization_id: int | None
    organization_name: str | None
    department: str | None
    in_estate: bool  # a Høje Gladsaxe address, owner known or not


@dataclass(frozen=True, slots=True)
class CategoryMatch:
    code: str
    name: Localized
    score: float  # raw keyword evidence; for a chosen category, the chosen weight
    confidence: float  # 0-1, relative to the best category
    words: tuple[str, ...]  # the words of the text that matched, as typed
    chosen: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    service_id: int
    service_name: str
    organization_id: int
    organization_name: str
    category_code: str
    score: float  # 0-100
    reasons: tuple[Reason, ...]
    waiting_list: bool = False


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A service a rule named that the inquiry does not qualify for, and why."""

    service_id: int
    service_name: str
    category_code: str
    reason: Reason


@dataclass(frozen=True, slots=True)
class Routing:
    suggestions: tuple[Suggestion, ...]
    categories: tuple[CategoryMatch, ...]
    housing: Housing | None
    subject_age: int | None
    language: str | None
    notes: tuple[Reason, ...] = ()
    excluded: tuple[Exclusion, ...] = ()


# --- Words -----------------------------------------------------------------------------------

_stemmer = snowballstemmer.stemmer("danish")

# Snowball's Danish stopword list, a few more function words, and English ones
# (inquiries come in English too). They never match on their own; inside a
# multi-word keyword they must appear as written.
STOPWORDS = frozenset(
    """
    og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om
    vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv
    her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end
    dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din
    nogle hos blive mange ad bliver hendes været thi jer sådan
    kan får få fået gerne lige bare hej tak ja nej så hvordan hvorfor hvornår hvem hvilken
    hvilket hvilke vores jeres
    the a an is are am was were be been to of in on at for and or but it its this that these
    with from by my me we our us you your he she his her they them their have has had do does
    did can could would should will not no yes please hi hello i'm im dont don't cant can't
    what how why when who which there here about
    """.split()
)
# Everyday words that are close in spelling to some keyword but mean
# something else: never matched as misspellings.
COMMON_WORDS = frozenset(
    """
    hjælp hjælpe hjælper hjælpen brug bruge bruger behov ønsker ønske borger borgeren beboer
    beboeren henvendelse spørger spørgsmål angående siger sagde kommer komme kommet gøre
    lave laver andre andet nogen ingen intet måske allerede stadig altid aldrig igen hele
    tiden dagen ugen måned måneder måneden gange tinge ting store stort lille små mange
    blevet bliver været kunne skulle ville mener synes tror finde fundet hvordan hvorfor
    kvinde manden konen mors fars sønnen datter datteren børnene familie venner
    please thanks problem problemer today tomorrow
    """.split()
)

# Stems that unrelated words share. A keyword with one of these stems, or with
# a stem of three letters or fewer, matches only its own inflected forms.
AMBIGUOUS_STEMS = frozenset({"lej", "han", "led", "bank", "pas", "kost", "stop", "kor", "mor", "far", "ben"})
# Endings of Danish inflection, for that strict comparison.
_INFLECTIONS = (
    "", "e", "en", "et", "er", "erne", "ene", "n", "r", "rne", "ne", "s", "ens", "ets", "es",
    "t", "ede", "de", "ne",
)

_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Word:
    typed: str  # as written (lower case), for reasons
    surface: str  # folded, hyphens removed
    stem: str  # Snowball stem of the unfolded word, then folded
    stop: bool


@lru_cache(maxsize=20000)
def _word(token: str) -> Word:
    token = token.replace("’", "'")
    head, apostrophe, tail = token.partition("'")
    if apostrophe and len(tail) <= 3:  # "cv'et", "wc'et", "su'en": the word and its ending
        token = head
    joined = token.replace("-", "").replace("'", "")
    stop = token in STOPWORDS or joined in STOPWORDS
    return Word(token, fold(joined), fold(_stemmer.stemWord(joined)), stop)


def words_of(text: str) -> list[Word]:
    """The words of ``text`` in order. Dots inside a word split it ("mit.dk"
    -> "mit", "dk"); hyphens join ("e-boks" -> "eboks")."""
    result: list[Word] = []
    for match in _TOKEN.finditer(text.casefold()):
        for part in match.group(0).split("."):
            if part:
                result.append(_word(part))
    return result


def _inflects(word: str, base: str) -> bool:
    """``word`` is ``base`` with a Danish inflection ending (both folded)."""
    return word.startswith(base) and word[len(base):] in _INFLECTIONS


def _strict(word: Word) -> bool:
    return len(word.stem) <= 3 or word.stem in AMBIGUOUS_STEMS


def _fuzzy_cutoff(length: int) -> float:
    if length <= 6:
        return 88.0
    if length <= 9:
        return 84.0
    return 80.0


# --- Keyword index ---------------------------------------------------------------------------

EXACT = 1.0  # the word as in the keyword, or an inflected form (same stem)
HEAD = 0.85  # the keyword ends a compound: "køkkenvinduet" -> "vindue"
MODIFIER = 0.6  # the keyword starts a compound: "huslejerestancen" -> "husleje"
FUZZY = 0.75  # times the similarity: "husleie" -> "husleje"
PHRASE_BONUS = 1.3  # per word of a multi-word keyword found in order
PARENT_SHARE = 0.35  # of a parent category's evidence, for each child
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
            keyword = _Keyword(code, text, words, _specificity(words) / shared_by**0.7)
            for word in words:
                if not word.stop:
                    self.vocabulary.setdefault(word.surface, word)
            if len(words) == 1:
                self.single.setdefault(words[0].surface, []).append(keyword)
            else:
                first = next(w for w in words if not w.stop)
                self.phrases.setdefault(first.surface, []).append(keyword)
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
            candidate = self.vocabulary.get(surface[:cut])
            if candidate is not None and not _strict(candidate):
                hits.setdefault(candidate.surface, MODIFIER)
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


# --- Reading the query -------------------------------------------------------------------------

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
        if number is not None and a.street in matching and a.number_from <= number <= a.number_to
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


# --- The router ----------------------------------------------------------------------------------

CHOSEN_SCORE = 3.0  # keyword evidence a chosen category counts as, at least
MIN_CONFIDENCE = 0.3  # categories weaker than this, relative to the best, are left out
MAX_CATEGORIES = 4
RANK_DECAY = 0.6  # each further service of one category
WAITING_LIST_FACTOR = 0.85
CAPACITY_FACTOR = 0.9
LANGUAGE_MISSING_FACTOR = 0.9
LANGUAGE_OK_FACTOR = 1.05
FOR_YOUNGER_FACTOR = 0.6  # an adult asking about a service for younger people
JOINT_OPERATION_FACTOR = 0.6
LISTED_PRIORITY = 20  # a service listed under the category that no rule names
SERVICE_WORD_BONUS = 0.3  # per word the text shares with what tells the service apart, max 2
EVIDENCE_SCALE = 1.5  # keyword evidence at which the confidence reaches 1 - 1/e


@dataclass(frozen=True, slots=True)
class _Context:
    """What the engine knows about the inquiry besides its categories."""

    housing: Housing | None
    housing_reason: Reason | None
    age: int | None
    age_reason: Reason | None
    # The age is the resident's own and adult, while they may ask for their
    # children: an upper age limit then lowers the rank instead of excluding.
    adult_asking: bool
    language: str | None
    stems: dict[str, str]  # stem -> the word as typed, for the text's content words

    @property
    def housing_id(self) -> int | None:
        return self.housing.organization_id if self.housing else None

    @property
    def resident(self) -> bool | None:
        """In Høje Gladsaxe: yes, no, or not known (no address)."""
        return None if self.housing is None else self.housing.in_estate


@dataclass
class _Candidate:
    service: RouteService
    category: str
    value: float
    priority: int
    reasons: list[Reason] = field(default_factory=list)


class Router:
    """A snapshot compiled for routing; build once, ask many times."""

    def __init__(self, snapshot: RoutingSnapshot) -> None:
        self.snapshot = snapshot
        self.categories = {c.code: c for c in snapshot.categories}
        self.order = {c.code: i for i, c in enumerate(snapshot.categories)}
        self.services = {s.id: s for s in snapshot.services}
        self.children: dict[str, list[str]] = {}
        for category in snapshot.categories:
            if category.parent_code in self.categories:
                self.children.setdefault(category.parent_code, []).append(category.code)
        self.rules: dict[str, list[RouteRule]] = {}
        for rule in sorted(snapshot.rules, key=lambda r: (-r.priority, r.id)):
            if rule.service_id in self.services and rule.category_code in self.categories:
                self.rules.setdefault(rule.category_code, []).append(rule)
        self.listed: dict[str, list[RouteService]] = {}
        for service in sorted(snapshot.services, key=lambda s: (fold(s.name), s.id)):
            for code in service.category_codes:
                self.listed.setdefault(code, []).append(service)
        self.index = KeywordIndex(snapshot.categories)
        # What tells one service of a category from another: the words of its
        # name and of the rule's note, and those of its description that are
        # keywords of the category ("kontanthjælp" for the Ydelsescenter,
        # "boligstøtte" for Udbetaling Danmark's Boligstøtte).
        self._rule_words: dict[int, frozenset[str]] = {}
        for code, rules in self.rules.items():
            keyword_stems = {
                w.stem for k in self.categories[code].keywords for w in words_of(k) if not w.stop
            }
            for rule in rules:
                service = self.services[rule.service_id]
                own = {w.stem for w in words_of(f"{service.name} {rule.note or ''}") if not w.stop}
                described = {w.stem for w in words_of(service.description) if not w.stop}
                self._rule_words[rule.id] = frozenset(
                    stem for stem in own | (described & keyword_stems) if len(stem) >= 4
                )

    # -- categories --
    def match_categories(self, words: Sequence[Word]) -> list[CategoryMatch]:
        """Categories with keyword evidence in ``words``, best first."""
        scores: dict[str, float] = {}
        typed: dict[str, dict[int, str]] = {}
        for code, positions in self.index.match(words).items():
            scores[code] = sum(h.strength for h in positions.values())
            typed[code] = {p: h.typed for p, h in positions.items()}
        own = {code for code in scores if code not in self.children}
        # A parent's keywords ("børn", "bolig") count a little for each child:
        # they favour a child that has its own evidence, and stand alone only
        # when no category has any.
        for parent, children in self.children.items():
            for child in children:
                if parent in scores and (child in own or not own):
                    scores[child] = scores.get(child, 0.0) + PARENT_SHARE * scores[parent]
                    for p, text in typed[parent].items():
                        typed.setdefault(child, {}).setdefault(p, text)
        leaves = [code for code in scores if code not in self.children]
        if not leaves:
            return []
        best = max(scores[c] for c in leaves)
        matches = [
            CategoryMatch(
                code,
                self.categories[code].name,
                round(scores[code], 4),
                scores[code] / best,
                tuple(dict.fromkeys(typed[code][p] for p in sorted(typed[code]))),
            )
            for code in leaves
        ]
        matches.sort(key=lambda m: (-m.score, self.order[m.code]))
        return matches

    def _categories(self, query: RoutingQuery, words: Sequence[Word]) -> list[CategoryMatch]:
        found = self.match_categories(words)
        if query.category_code is not None:
            chosen = self.categories[query.category_code]
            others = [c for c in found if c.code != chosen.code]
            weight = max(CHOSEN_SCORE, 1.5 * max((c.score for c in others), default=0.0))
            own = next((c.words for c in found if c.code == chosen.code), ())
            found = [CategoryMatch(chosen.code, chosen.name, weight, 1.0, own, chosen=True)] + [
                CategoryMatch(c.code, c.name, c.score, c.score / weight, c.words) for c in others
            ]
        return [c for c in found if c.confidence >= MIN_CONFIDENCE][:MAX_CATEGORIES]

    # -- the whole answer --
    def suggest(self, query: RoutingQuery, limit: int | None = None) -> Routing:
        """Suggestions for a validated query (see validate_query), best first."""
        words = words_of(query.text)
        context = self._context(query, words)
        notes = [n for n in (context.age_reason,) if n is not None]
        if query.language is None and context.language is not None:
            notes.insert(0, reason(R_LANGUAGE_FROM_TEXT, language=language_name(context.language)))
        categories = self._categories(query, words)
        if not categories:
            notes.append(reason(R_NO_CATEGORY))
            if context.housing_reason is not None:
                notes.append(context.housing_reason)
            return Routing((), (), context.housing, context.age, context.language, tuple(notes))
        top = categories[0]
        evidence = 1.0 if top.chosen else 1.0 - math.exp(-top.score / EVIDENCE_SCALE)

        candidates: dict[int, _Candidate] = {}
        excluded: dict[int, Exclusion] = {}
        for match in categories:
            for rank, candidate in enumerate(self._rank_category(match, context, excluded)):
                candidate.value *= evidence * match.confidence * RANK_DECAY**rank
                existing = candidates.get(candidate.service.id)
                if existing is None:
                    candidates[candidate.service.id] = candidate
                    continue
                better, other = (candidate, existing) if candidate.value > existing.value else (existing, candidate)
                better.reasons.append(reason(R_ALSO_CATEGORY, category=self.categories[other.category].name))
                candidates[candidate.service.id] = better
        if context.housing is not None and context.housing.organization_id is None:
            # Say on every suggestion that the address did not tell the owner.
            for candidate in candidates.values():
                if context.housing_reason not in candidate.reasons:
                    candidate.reasons.insert(1, context.housing_reason)  # type: ignore[arg-type]
        ordered = sorted(
            candidates.values(),
            key=lambda c: (
                -round(c.value, 9),
                self.order[c.category],
                -c.priority,
                fold(c.service.name),
                c.service.id,
            ),
        )[:limit]
        # Bonuses can lift the best above 1; scores stay on a 0-100 scale.
        scale = 100.0 / max(1.0, max((c.value for c in ordered), default=1.0))
        suggestions = tuple(
            Suggestion(
                service_id=c.service.id,
                service_name=c.service.name,
                organization_id=c.service.organization_id,
                organization_name=c.service.organization_name,
                category_code=c.category,
                score=round(scale * c.value, 1),
                reasons=tuple(c.reasons),
                waiting_list=c.service.waiting_list,
            )
            for c in ordered
        )
        if context.housing_reason is not None and not any(
            context.housing_reason in s.reasons for s in suggestions
        ):
            notes.append(context.housing_reason)
        return Routing(
            suggestions,
            tuple(categories),
            context.housing,
            context.age,
            context.language,
            tuple(notes),
            tuple(excluded[k] for k in sorted(excluded) if k not in candidates),
        )

    def _context(self, query: RoutingQuery, words: Sequence[Word]) -> _Context:
        housing = resolve_housing(self.snapshot.addresses, query.address)
        housing_reason: Reason | None = None
        if housing is not None:
            if housing.organization_id is not None and housing.department:
                housing_reason = reason(
                    R_ADDRESS_DEPARTMENT,
                    address=housing.address,
                    organization=housing.organization_name,
                    department=housing.department,
                )
            elif housing.organization_id is not None:
                housing_reason = reason(
                    R_ADDRESS, address=housing.address, organization=housing.organization_name
                )
            elif housing.in_estate:
                housing_reason = reason(R_ADDRESS_ESTATE_ONLY, address=housing.address)
            else:
                housing_reason = reason(R_ADDRESS_UNKNOWN, address=housing.address)
        age, age_reason = query.age, None
        text_age = age_in_text(query.text)
        if about_someone_else(words):
            age = text_age
            if text_age is not None and text_age < 18:
                age_reason = reason(R_CHILD_AGE, age=text_age)
            elif text_age is not None:
                age_reason = reason(R_TEXT_AGE, age=text_age)
            elif query.age is not None:
                age_reason = reason(R_CHILD)
        elif age is None and text_age is not None:
            age, age_reason = text_age, reason(R_TEXT_AGE, age=text_age)
        adult_asking = age is not None and age == query.age and age >= 18
        return _Context(
            housing=housing,
            housing_reason=housing_reason,
            age=age,
            age_reason=age_reason,
            adult_asking=adult_asking,
            language=query.language or language_in_text(words),
            stems={w.stem: w.typed for w in words if not w.stop},
        )

    def _rank_category(
        self, match: CategoryMatch, context: _Context, excluded: dict[int, Exclusion]
    ) -> list[_Candidate]:
        """The services one category leads to, best first, before the
        category's own weight is applied."""
        category = self.categories[match.code]
        found: dict[int, _Candidate] = {}

        def consider(service: RouteService, priority: float, extra: list[Reason], words: frozenset[str]) -> None:
            why_not = _ineligible(service, context)
            if why_not is not None:
                excluded.setdefault(service.id, Exclusion(service.id, service.name, match.code, why_not))
                return
            if match.chosen:
                head = reason(R_CATEGORY_CHOSEN, category=category.name, service=service.name)
            else:
                head = reason(
                    R_CATEGORY_TEXT, category=category.name, words=", ".join(match.words), service=service.name
                )
            value, reasons = _assess(service, context)
            value *= max(priority, 1.0) / 100.0
            shared = sorted(words & context.stems.keys())
            if shared:
                value *= 1.0 + SERVICE_WORD_BONUS * min(len(shared), 2)
                new = [context.stems[s] for s in shared if context.stems[s] not in match.words]
                if new:
                    reasons.insert(0, reason(R_SERVICE_WORDS, words=", ".join(new)))
            current = found.get(service.id)
            if current is None or value > current.value:
                found[service.id] = _Candidate(service, match.code, value, int(priority), [head, *extra, *reasons])

        rules = self.rules.get(match.code, [])
        for rule in rules:
            factor = _rule_factor(rule, context.housing_id, context)
            if factor:
                extra = [reason(R_RULE, note=rule.note)] if rule.note else []
                consider(self.services[rule.service_id], rule.priority * factor, extra, self._rule_words[rule.id])
        # No housing organization known: the joint operation stands in for the
        # housing organizations' own services.
        joint = self.snapshot.joint_operation_id
        if context.housing_id is None and joint is not None and context.resident is not False:
            for rule in rules:
                factor = _rule_factor(rule, joint, context) if rule.housing_organization_id == joint else 0.0
                if factor:
                    service = self.services[rule.service_id]
                    extra = [
                        context.housing_reason or reason(R_NO_ADDRESS),
                        reason(R_JOINT_OPERATION, organization=service.organization_name),
                    ]
                    consider(service, rule.priority * factor * JOINT_OPERATION_FACTOR, extra, self._rule_words[rule.id])
        # Services listed under the category that no rule names.
        named = {rule.service_id for rule in rules}
        for service in self.listed.get(match.code, ()):
            if service.id not in named and not service.organization_is_housing:
                consider(service, LISTED_PRIORITY, [reason(R_LISTED, category=category.name)], frozenset())
        return sorted(
            found.values(),
            key=lambda c: (-round(c.value, 9), -c.priority, fold(c.service.name), c.service.id),
        )


def _age_factor(minimum: int | None, maximum: int | None, context: _Context) -> float:
    """1 when the age fits or is unknown, 0 when it rules the service out, less
    than 1 when an adult asks about something for younger people."""
    age = context.age
    if age is None:
        return 1.0
    if minimum is not None and age < minimum:
        return 0.0
    if maximum is not None and age > maximum:
        return FOR_YOUNGER_FACTOR if context.adult_asking else 0.0
    return 1.0


def _rule_factor(rule: RouteRule, housing_id: int | None, context: _Context) -> float:
    """How far a rule's conditions hold: 0 not at all, 1 fully."""
    if rule.housing_organization_id is not None and rule.housing_organization_id != housing_id:
        return 0.0
    if rule.language is not None and rule.language != context.language:
        return 0.0
    return _age_factor(rule.min_age, rule.max_age, context)


def _ineligible(service: RouteService, context: _Context) -> Reason | None:
    """Why the service is out of the question for this inquiry, if it is."""
    if service.status is not ServiceStatus.ACTIVE:
        return reason(R_INACTIVE)
    limit = _age_limit(service.min_age, service.max_age)
    if limit is not None and not _age_factor(service.min_age, service.max_age, context):
        template = R_TOO_YOUNG if context.age < (service.min_age or 0) else R_TOO_OLD  # type: ignore[operator]
        return reason(template, limit=limit, age=context.age)
    if service.residents_only and context.resident is False:
        return reason(R_NOT_RESIDENT)
    if (
        service.residents_only
        and service.organization_is_housing
        and context.housing_id is not None
        and service.organization_id != context.housing_id
    ):
        return reason(R_OTHER_HOUSING, organization=service.organization_name)
    return None


def _assess(service: RouteService, context: _Context) -> tuple[float, list[Reason]]:
    """The factor and the reasons that the service itself brings: age limits,
    residents only, language, waiting list and capacity."""
    value, reasons = 1.0, []
    limit = _age_limit(service.min_age, service.max_age)
    if limit is not None:
        factor = _age_factor(service.min_age, service.max_age, context)
        value *= factor
        if context.age is None:
            reasons.append(reason(R_AGE_CHECK, limit=limit))
        elif factor < 1.0:
            reasons.append(reason(R_FOR_YOUNGER, limit=limit, age=context.age))
        else:
            if context.age_reason is not None:
                reasons.append(context.age_reason)
            reasons.append(reason(R_AGE_FITS, limit=limit, age=context.age))
    if service.organization_is_housing or service.residents_only:
        if context.housing_reason is not None and context.housing_reason not in reasons:
            reasons.insert(0, context.housing_reason)
    if service.residents_only:
        reasons.append(reason(R_RESIDENTS_ONLY if context.resident else R_RESIDENTS_ONLY_CHECK))
    language = context.language
    if language is not None and language != "da":
        if language in service.languages:
            value *= LANGUAGE_OK_FACTOR
            reasons.append(reason(R_LANGUAGE_OK, language=language_name(language)))
        else:
            value *= LANGUAGE_MISSING_FACTOR
            reasons.append(reason(R_LANGUAGE_MISSING, language=language_name(language)))
    if service.waiting_list:
        value *= WAITING_LIST_FACTOR
        if service.capacity_note:
            reasons.append(reason(R_WAITING_LIST_NOTE, note=service.capacity_note))
        else:
            reasons.append(reason(R_WAITING_LIST))
    elif service.capacity_note:
        value *= CAPACITY_FACTOR
        reasons.append(reason(R_CAPACITY, note=service.capacity_note))
    return value, reasons


def _age_limit(minimum: int | None, maximum: int | None) -> Reason | None:
    if minimum is not None and maximum is not None:
        return reason(R_AGES_BETWEEN, minimum=minimum, maximum=maximum)
    if minimum is not None:
        return reason(R_AGES_FROM, minimum=minimum)
    if maximum is not None:
        return reason(R_AGES_UP_TO, maximum=maximum)
    return None


def suggest(snapshot: RoutingSnapshot, query: RoutingQuery, limit: int | None = None) -> Routing:
    """Validate ``query`` and route it on ``snapshot`` (compiles the keywords
    each time: keep a Router to ask more than once)."""
    router = Router(snapshot)
    return router.suggest(validate_query(query, router.categories), limit)
