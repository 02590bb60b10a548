"""Words: tokenising, Danish Snowball stems folded afterwards, stopwords, and
the helpers for comparing inflected forms and misspellings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from referral_app.domain.text import fold

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
