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

The package, module by module:

- :mod:`.reasons`: Reason, Localized and the translatable templates
- :mod:`.snapshot`: the directory as routing sees it, the query, the housing
- :mod:`.answers`: what routing answers (Routing, Suggestion, CategoryMatch, Exclusion)
- :mod:`.words`: tokens, stems, stopwords
- :mod:`.keywords`: the keyword index that matches text to categories (step 1)
- :mod:`.query`: validation, ages and languages in the text, addresses
- :mod:`.eligibility`: rule conditions and a service's own limits (steps 2 and 3)
- :mod:`.router`: the Router, which puts it together and ranks (step 4)

Everything public is importable from the package itself, as before the split.
"""

from __future__ import annotations

from referral_app.domain.residents import MAX_AGE
from referral_app.domain.routing.answers import (
    CategoryMatch,
    Exclusion,
    Routing,
    Suggestion,
)
from referral_app.domain.routing.eligibility import (
    CAPACITY_FACTOR,
    FOR_YOUNGER_FACTOR,
    LANGUAGE_MISSING_FACTOR,
    LANGUAGE_OK_FACTOR,
    WAITING_LIST_FACTOR,
)
from referral_app.domain.routing.keywords import (
    EXACT,
    FUZZY,
    HEAD,
    MAX_PHRASE_GAP,
    MIN_FUZZY_LENGTH,
    MIN_HEAD,
    MIN_MODIFIER,
    MIN_REST,
    MODIFIER,
    PHRASE_BONUS,
    KeywordIndex,
)
from referral_app.domain.routing.query import (
    MAX_TEXT,
    MSG_BAD_ADDRESS,
    MSG_BAD_AGE,
    MSG_NOTHING_TO_ROUTE,
    MSG_TEXT_TOO_LONG,
    MSG_UNKNOWN_CATEGORY,
    STREET_SIMILARITY,
    about_someone_else,
    age_in_text,
    language_in_text,
    resolve_housing,
    validate_query,
)
from referral_app.domain.routing.reasons import (
    LANGUAGE_NAMES,
    R_ADDRESS,
    R_ADDRESS_DEPARTMENT,
    R_ADDRESS_ESTATE_ONLY,
    R_ADDRESS_UNKNOWN,
    R_AGE_CHECK,
    R_AGE_FITS,
    R_AGES_BETWEEN,
    R_AGES_FROM,
    R_AGES_UP_TO,
    R_ALSO_CATEGORY,
    R_CAPACITY,
    R_CATEGORY_CHOSEN,
    R_CATEGORY_TEXT,
    R_CHILD,
    R_CHILD_AGE,
    R_FOR_YOUNGER,
    R_INACTIVE,
    R_JOINT_OPERATION,
    R_LANGUAGE_FROM_TEXT,
    R_LANGUAGE_MISSING,
    R_LANGUAGE_OK,
    R_LISTED,
    R_NO_ADDRESS,
    R_NO_CATEGORY,
    R_NOT_RESIDENT,
    R_OTHER_HOUSING,
    R_RESIDENTS_ONLY,
    R_RESIDENTS_ONLY_CHECK,
    R_RULE,
    R_SERVICE_WORDS,
    R_TEXT_AGE,
    R_TOO_OLD,
    R_TOO_YOUNG,
    R_WAITING_LIST,
    R_WAITING_LIST_NOTE,
    Localized,
    Reason,
    language_name,
    reason,
)
from referral_app.domain.routing.router import (
    CHOSEN_SCORE,
    EVIDENCE_SCALE,
    JOINT_OPERATION_FACTOR,
    LISTED_PRIORITY,
    MAX_CATEGORIES,
    MIN_CONFIDENCE,
    PARENT_SHARE,
    RANK_DECAY,
    SERVICE_WORD_BONUS,
    Router,
    suggest,
)
from referral_app.domain.routing.snapshot import (
    AddressRange,
    Housing,
    RouteCategory,
    RouteRule,
    RouteService,
    RoutingQuery,
    RoutingSnapshot,
)
from referral_app.domain.routing.words import (
    AMBIGUOUS_STEMS,
    COMMON_WORDS,
    STOPWORDS,
    Word,
    # Not public: benchmarks/routing.py clears its cache to time words new to the engine.
    _word,  # noqa: F401
    words_of,
)

__all__ = [
    # reasons
    "LANGUAGE_NAMES", "R_ADDRESS", "R_ADDRESS_DEPARTMENT", "R_ADDRESS_ESTATE_ONLY",
    "R_ADDRESS_UNKNOWN", "R_AGES_BETWEEN", "R_AGES_FROM", "R_AGES_UP_TO", "R_AGE_CHECK",
    "R_AGE_FITS", "R_ALSO_CATEGORY", "R_CAPACITY", "R_CATEGORY_CHOSEN", "R_CATEGORY_TEXT",
    "R_CHILD", "R_CHILD_AGE", "R_FOR_YOUNGER", "R_INACTIVE", "R_JOINT_OPERATION",
    "R_LANGUAGE_FROM_TEXT", "R_LANGUAGE_MISSING", "R_LANGUAGE_OK", "R_LISTED", "R_NOT_RESIDENT",
    "R_NO_ADDRESS", "R_NO_CATEGORY", "R_OTHER_HOUSING", "R_RESIDENTS_ONLY",
    "R_RESIDENTS_ONLY_CHECK", "R_RULE", "R_SERVICE_WORDS", "R_TEXT_AGE", "R_TOO_OLD",
    "R_TOO_YOUNG", "R_WAITING_LIST", "R_WAITING_LIST_NOTE", "Localized", "Reason", "language_name",
    "reason",
    # snapshot
    "AddressRange", "Housing", "RouteCategory", "RouteRule", "RouteService", "RoutingQuery",
    "RoutingSnapshot",
    # answers
    "CategoryMatch", "Exclusion", "Routing", "Suggestion",
    # words
    "AMBIGUOUS_STEMS", "COMMON_WORDS", "STOPWORDS", "Word", "words_of",
    # keywords
    "EXACT", "FUZZY", "HEAD", "MAX_PHRASE_GAP", "MIN_FUZZY_LENGTH", "MIN_HEAD", "MIN_MODIFIER",
    "MIN_REST", "MODIFIER", "PHRASE_BONUS", "KeywordIndex",
    # query
    "MAX_AGE", "MAX_TEXT", "MSG_BAD_ADDRESS", "MSG_BAD_AGE", "MSG_NOTHING_TO_ROUTE",
    "MSG_TEXT_TOO_LONG", "MSG_UNKNOWN_CATEGORY", "STREET_SIMILARITY", "about_someone_else",
    "age_in_text", "language_in_text", "resolve_housing", "validate_query",
    # eligibility
    "CAPACITY_FACTOR", "FOR_YOUNGER_FACTOR", "LANGUAGE_MISSING_FACTOR", "LANGUAGE_OK_FACTOR",
    "WAITING_LIST_FACTOR",
    # router
    "CHOSEN_SCORE", "EVIDENCE_SCALE", "JOINT_OPERATION_FACTOR", "LISTED_PRIORITY",
    "MAX_CATEGORIES", "MIN_CONFIDENCE", "PARENT_SHARE", "RANK_DECAY", "SERVICE_WORD_BONUS",
    "Router", "suggest",
]
