"""The router: categories from the keyword evidence, services from the rules,
ranked and explained."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from referral_app.domain.routing.answers import CategoryMatch, Exclusion, Routing, Suggestion
from referral_app.domain.routing.eligibility import _assess, _Context, _ineligible, _rule_factor
from referral_app.domain.routing.keywords import KeywordIndex
from referral_app.domain.routing.query import (
    about_someone_else,
    age_in_text,
    language_in_text,
    resolve_housing,
    validate_query,
)
from referral_app.domain.routing.reasons import (
    R_ADDRESS,
    R_ADDRESS_DEPARTMENT,
    R_ADDRESS_ESTATE_ONLY,
    R_ADDRESS_UNKNOWN,
    R_ALSO_CATEGORY,
    R_CATEGORY_CHOSEN,
    R_CATEGORY_TEXT,
    R_CHILD,
    R_CHILD_AGE,
    R_JOINT_OPERATION,
    R_LANGUAGE_FROM_TEXT,
    R_LISTED,
    R_NO_ADDRESS,
    R_NO_CATEGORY,
    R_RULE,
    R_SERVICE_WORDS,
    R_TEXT_AGE,
    Reason,
    language_name,
    reason,
)
from referral_app.domain.routing.snapshot import (
    RouteRule,
    RouteService,
    RoutingQuery,
    RoutingSnapshot,
)
from referral_app.domain.routing.words import Word, words_of
from referral_app.domain.text import fold

CHOSEN_SCORE = 3.0  # keyword evidence a chosen category counts as, at least
MIN_CONFIDENCE = 0.3  # categories weaker than this, relative to the best, are left out
MAX_CATEGORIES = 4
RANK_DECAY = 0.6  # each further service of one category
JOINT_OPERATION_FACTOR = 0.6
LISTED_PRIORITY = 20  # a service listed under the category that no rule names
SERVICE_WORD_BONUS = 0.3  # per word the text shares with what tells the service apart, max 2
EVIDENCE_SCALE = 1.5  # keyword evidence at which the confidence reaches 1 - 1/e
PARENT_SHARE = 0.35  # of a parent category's evidence, for each child


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


def suggest(snapshot: RoutingSnapshot, query: RoutingQuery, limit: int | None = None) -> Routing:
    """Validate ``query`` and route it on ``snapshot`` (compiles the keywords
    each time: keep a Router to ask more than once)."""
    router = Router(snapshot)
    return router.suggest(validate_query(query, router.categories), limit)
