"""The routing engine on small hand-made directories: rules and their
conditions, keywords in inflected, compound and misspelt forms, eligibility,
capacity, ties and reasons. No database, no Qt."""

from __future__ import annotations

import dataclasses

import pytest

from referral_app.domain import routing as r
from referral_app.domain.enums import ServiceStatus
from referral_app.domain.errors import ValidationError

# Housing organizations: 1 runs the joint operation, 2 is another one.
JOINT, OTHER, MUNICIPALITY, ASSOCIATION = 1, 2, 3, 4


def category(code: str, name: str, *keywords: str, parent: str | None = None) -> r.RouteCategory:
    return r.RouteCategory(code, r.Localized(name, name + " (en)"), parent, tuple(keywords))


CATEGORIES = (
    category("bolig", "Bolig", "boligselskabet"),
    category(
        "bolig.vedligehold",
        "Vedligehold",
        "skimmel",
        "fugt",
        "vandhane",
        "hane",
        "radiator",
        "låst ude",
        "i stykker",
        parent="bolig",
    ),
    category("bolig.husleje", "Husleje", "husleje", "leje", "restance", parent="bolig"),
    category("bolig.flytning", "Flytning", "lejlighed", "flytte", "bytte", parent="bolig"),
    category("bolig.naboer", "Naboer", "nabo", "larm", "banker", parent="bolig"),
    category("oekonomi.gaeld", "Gæld", "gæld", "banken", "lån", "ledig stilling"),
    category("boern.fritid", "Fritid", "fodbold", "klub", "lektier"),
    category("myndigheder.pas", "Pas", "pas", "passet"),
    category("job.job", "Job", "ledig", "arbejde"),
    category("sprog.tolkning", "Tolkning", "tolk"),
)


def service(id: int, name: str, org: int, **fields: object) -> r.RouteService:
    housing = org in (JOINT, OTHER)
    return r.RouteService(
        id=id,
        name=name,
        organization_id=org,
        organization_name={JOINT: "Joint", OTHER: "Other", MUNICIPALITY: "Kommunen"}.get(org, "Forening"),
        organization_is_housing=housing,
        **fields,  # type: ignore[arg-type]
    )


SERVICES = (
    service(10, "Ejendomskontor Joint", JOINT, residents_only=True),
    service(20, "Ejendomskontor Other", OTHER, residents_only=True),
    service(11, "Beboerrådgiver Joint", JOINT, residents_only=True),
    service(21, "Beboerrådgiver Other", OTHER, residents_only=True),
    service(30, "Gældsrådgivning", ASSOCIATION, min_age=18),
    service(31, "Lånekassen", ASSOCIATION, min_age=18, residents_only=True),
    service(40, "Børneklub", ASSOCIATION, min_age=6, max_age=13),
    service(41, "Ungeklub", ASSOCIATION, min_age=13, max_age=17),
    service(50, "Lukket klub", ASSOCIATION, status=ServiceStatus.INACTIVE),
    service(60, "Borgerservice pas", MUNICIPALITY),
    service(61, "Udlejning", OTHER),
    service(62, "Jobcenter", MUNICIPALITY),
    service(63, "Tolkebistand", MUNICIPALITY, languages=("da", "ar")),
    service(64, "Arabisk bydelsmor", ASSOCIATION, languages=("ar",)),
)


def rule(id: int, code: str, service_id: int, priority: int, **conditions: object) -> r.RouteRule:
    return r.RouteRule(id, code, service_id, priority, **conditions)  # type: ignore[arg-type]


RULES = (
    rule(1, "bolig.vedligehold", 10, 100, housing_organization_id=JOINT, note="Fejlmeld til Joint."),
    rule(2, "bolig.vedligehold", 20, 100, housing_organization_id=OTHER, note="Fejlmeld til Other."),
    rule(3, "bolig.vedligehold", 10, 50, note="Ukendt boligorganisation: fællesdriften."),
    rule(4, "bolig.husleje", 11, 100, housing_organization_id=JOINT),
    rule(5, "bolig.husleje", 21, 100, housing_organization_id=OTHER),
    rule(6, "bolig.husleje", 31, 70),
    rule(7, "oekonomi.gaeld", 30, 100),
    rule(8, "oekonomi.gaeld", 31, 90),
    rule(9, "boern.fritid", 40, 100, min_age=6, max_age=13),
    rule(10, "boern.fritid", 41, 100, min_age=13, max_age=17),
    rule(11, "boern.fritid", 50, 100),
    rule(12, "myndigheder.pas", 60, 100),
    rule(13, "bolig.flytning", 61, 100),
    rule(14, "bolig.naboer", 20, 100, housing_organization_id=OTHER),
    rule(15, "job.job", 62, 100),
    rule(16, "sprog.tolkning", 63, 100),
    rule(17, "sprog.tolkning", 64, 95, language="ar"),
)

ADDRESSES = (
    r.AddressRange(1, "Høje Gladsaxe", 1, 20, JOINT, "Joint", "Afdeling 1"),
    r.AddressRange(2, "Høje Gladsaxe", 21, 40, OTHER, "Other", "Afdeling 2"),
    r.AddressRange(3, "Høje Gladsaxe", 30, 31, JOINT, "Joint", "Punkthuset"),
)

SNAPSHOT = r.RoutingSnapshot(CATEGORIES, SERVICES, RULES, ADDRESSES, joint_operation_id=JOINT)


@pytest.fixture(scope="module")
def router() -> r.Router:
    return r.Router(SNAPSHOT)


def ask(router: r.Router, text: str = "", **fields: object) -> r.Routing:
    query = r.validate_query(r.RoutingQuery(text=text, **fields), router.categories)  # type: ignore[arg-type]
    return router.suggest(query)


def ids(routing: r.Routing) -> list[int]:
    return [s.service_id for s in routing.suggestions]


def rendered(suggestion: r.Suggestion) -> list[str]:
    return [reason.render() for reason in suggestion.reasons]


def top_category(router: r.Router, text: str) -> str | None:
    matches = router.match_categories(r.words_of(text))
    return matches[0].code if matches else None


# --- rules and conditions ---------------------------------------------------------------


def test_the_housing_organization_of_the_address_picks_the_rule(router: r.Router) -> None:
    routing = ask(router, "Der er skimmel i badeværelset", address="Høje Gladsaxe 25, 3. tv")
    assert ids(routing)[0] == 20
    first = routing.suggestions[0]
    assert first.category_code == "bolig.vedligehold"
    reasons = rendered(first)
    assert reasons[0] == "Category Vedligehold (en) (the text mentions skimmel) → Ejendomskontor Other"
    assert "The address Høje Gladsaxe 25, 3. tv belongs to Other, Afdeling 2" in reasons
    assert "Rule: Fejlmeld til Other." in reasons
    # The other housing organization's own office is not for this tenant.
    assert 10 not in ids(routing)
    assert any(e.service_id == 10 for e in routing.excluded)


def test_the_narrowest_address_range_wins() -> None:
    housing = r.resolve_housing(ADDRESSES, "hoeje gladsaxe 30B")
    assert housing is not None
    assert (housing.organization_id, housing.department) == (JOINT, "Punkthuset")


@pytest.mark.parametrize(
    "typed",
    ["Høje Gladsaxe 25", "hoeje-gladsaxe 25, 2. th", "HG 25", "Høje Gladsaxe nr. 25", "Hoje Gladsaxe 25"],
)
def test_addresses_are_recognised_as_staff_type_them(typed: str) -> None:
    housing = r.resolve_housing(ADDRESSES, typed)
    assert housing is not None and housing.organization_id == OTHER


@pytest.mark.parametrize("typed", ["Gladsaxevej 25", "Høje Gladsaxe Torv 2", "Buddinge Hovedgade 25"])
def test_other_streets_are_outside_the_estate(typed: str) -> None:
    housing = r.resolve_housing(ADDRESSES, typed)
    assert housing is not None and not housing.in_estate and housing.organization_id is None


def test_the_words_of_a_service_lift_it_within_its_category() -> None:
    services = (
        service(1, "Ydelsescenter", MUNICIPALITY, description="Kontanthjælp og enkeltydelser."),
        service(2, "Familieydelser", MUNICIPALITY, description="Børnepenge hver tredje måned."),
    )
    ydelser = category("oekonomi.ydelser", "Ydelser", "kontanthjælp", "børnepenge", "ydelse")
    snapshot = r.RoutingSnapshot(
        (ydelser,), services, (rule(1, "oekonomi.ydelser", 1, 100), rule(2, "oekonomi.ydelser", 2, 80))
    )
    assert ids(r.suggest(snapshot, r.RoutingQuery("spørgsmål om ydelse"))) == [1, 2]
    assert ids(r.suggest(snapshot, r.RoutingQuery("hvornår kommer børnepengene"))) == [2, 1]
    assert ids(r.suggest(snapshot, r.RoutingQuery("min kontanthjælp er ikke kommet"))) == [1, 2]


def test_unknown_housing_organization_falls_back_to_the_joint_operation(router: r.Router) -> None:
    routing = ask(router, "vandhanen drypper")
    assert ids(routing)[0] == 10  # the joint operation's office, via the rule without organization
    routing = ask(router, "jeg skylder husleje")
    assert 11 in ids(routing)  # the joint operation stands in for the housing-specific rules
    reasons = rendered(next(s for s in routing.suggestions if s.service_id == 11))
    assert "No address given, so the housing organization is unknown" in reasons
    assert any("joint operation" in text for text in reasons)


def test_an_address_outside_the_table_is_not_an_error_but_says_so(router: r.Router) -> None:
    routing = ask(router, "jeg skylder husleje og har gæld", address="Buddinge Hovedgade 10")
    assert routing.housing is not None and routing.housing.organization_id is None
    assert ids(routing) == [30]
    assert 31 not in ids(routing)  # residents only
    assert 11 not in ids(routing) and 21 not in ids(routing)
    excluded = {e.service_id: e.reason.render() for e in routing.excluded}
    assert excluded[31] == "Only for residents of Høje Gladsaxe, and the address is elsewhere"
    says = (
        "The address Buddinge Hovedgade 10 is not in the address table, so the housing "
        "organization is unknown"
    )
    assert routing.suggestions
    assert all(says in rendered(s) for s in routing.suggestions)


def test_an_estate_address_without_a_known_owner_still_counts_as_resident(router: r.Router) -> None:
    routing = ask(router, "jeg skylder husleje", address="Høje Gladsaxe 99")
    assert routing.housing is not None and routing.housing.in_estate
    assert 31 in ids(routing)


def test_a_rule_for_a_language_applies_only_to_that_language(router: r.Router) -> None:
    assert 64 not in ids(ask(router, "jeg skal bruge en tolk"))
    with_arabic = ask(router, "jeg skal bruge en tolk", language="ar")
    assert 64 in ids(with_arabic)
    reasons = rendered(with_arabic.suggestions[0])
    assert "Offered in Arabic" in reasons
    # A language named in the text counts when none was chosen.
    from_text = ask(router, "min mor taler kun arabisk og skal have en tolk")
    assert from_text.language == "ar"
    assert 64 in ids(from_text)


def test_rule_age_ranges(router: r.Router) -> None:
    assert ids(ask(router, "klub", age=9))[0] == 40
    assert ids(ask(router, "klub", age=15))[0] == 41


# --- keywords ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("skimmelen i hjørnet", "bolig.vedligehold"),  # inflected
        ("der er fugtige pletter", "bolig.vedligehold"),
        ("vandhanerne drypper", "bolig.vedligehold"),
        ("køkkenradiatoren er kold", "bolig.vedligehold"),  # head of a compound
        ("huslejerestancen er stor", "bolig.husleje"),  # first part of a compound
        ("min køkken hane løber", "bolig.vedligehold"),  # a compound written apart
        ("jeg har låst mig ude", "bolig.vedligehold"),  # phrase with a word between
        ("radiatorerne virker ikke", "bolig.vedligehold"),
        ("skimel i badet", "bolig.vedligehold"),  # misspelt
        ("min husleie er for høj", "bolig.husleje"),
        ("SKIMMEL", "bolig.vedligehold"),
    ],
)
def test_keywords_match_inflected_compound_and_misspelt_forms(
    router: r.Router, text: str, code: str
) -> None:
    assert top_category(router, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("vi vil bytte lejligheden", "bolig.flytning"),  # "lejlighed" and "leje" share the stem "lej"
        ("jeg skylder lejen", "bolig.husleje"),
        ("banken vil have pengene", "oekonomi.gaeld"),  # "banken"/"banker" share "bank"
        ("naboen banker på væggen", "bolig.naboer"),
        ("mit pas er udløbet", "myndigheder.pas"),
        ("jeg er ledig", "job.job"),  # "ledig" and "leder" share "led"
    ],
)
def test_shared_stems_match_only_their_own_forms(router: r.Router, text: str, code: str) -> None:
    assert top_category(router, text) == code


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke passe mine børn",  # "passe" is not "pas"
        "han er syg",  # "han" is not "hane"
        "hvem leder jeg efter",  # "leder" is not "ledig"
        "jeg har det",  # stopwords only
        "",
    ],
)
def test_lookalikes_and_stopwords_do_not_match(router: r.Router, text: str) -> None:
    assert top_category(router, text) is None


def test_a_category_is_found_when_none_is_chosen_and_a_chosen_one_comes_first(
    router: r.Router,
) -> None:
    assert ask(router, "skimmel").categories[0].code == "bolig.vedligehold"
    chosen = ask(router, "skimmel", category_code="oekonomi.gaeld")
    assert chosen.categories[0].code == "oekonomi.gaeld" and chosen.categories[0].chosen
    assert chosen.suggestions[0].service_id == 30
    assert rendered(chosen.suggestions[0])[0] == "Category Gæld (en) (chosen) → Gældsrådgivning"
    # The text's own category still gets a place further down.
    assert "bolig.vedligehold" in [c.code for c in chosen.categories]


def test_a_parents_keyword_favours_its_children_and_stands_alone_only_when_nothing_else_does(
    router: r.Router,
) -> None:
    alone = [c.code for c in router.match_categories(r.words_of("boligselskabet"))]
    assert alone == ["bolig.vedligehold", "bolig.husleje", "bolig.flytning", "bolig.naboer"]
    with_own = router.match_categories(r.words_of("boligselskabet siger jeg skylder restance og har gæld"))
    assert [c.code for c in with_own] == ["bolig.husleje", "oekonomi.gaeld"]


def test_ambiguous_texts_interleave_categories(router: r.Router) -> None:
    routing = ask(router, "jeg skylder husleje og har gæld i banken", address="Høje Gladsaxe 5")
    top3 = routing.suggestions[:3]
    assert {s.category_code for s in top3} == {"bolig.husleje", "oekonomi.gaeld"}


# --- eligibility -----------------------------------------------------------------------------


def test_inactive_services_are_never_suggested(router: r.Router) -> None:
    routing = ask(router, "klub til min datter")
    assert 50 not in ids(routing)
    assert any(e.service_id == 50 and e.reason.render() == "Not active at the moment" for e in routing.excluded)


def test_age_limits_of_services(router: r.Router) -> None:
    assert 30 not in ids(ask(router, "jeg har gæld", age=16))
    assert 30 in ids(ask(router, "jeg har gæld", age=30))
    too_young = ask(router, "jeg har gæld", age=16)
    assert any(
        e.service_id == 30 and e.reason.render() == "From age 18; the person concerned is only 16"
        for e in too_young.excluded
    )


def test_a_child_in_the_text_is_who_the_age_limits_are_for(router: r.Router) -> None:
    routing = ask(router, "min søn på 15 vil gerne gå i klub", age=44)
    assert routing.subject_age == 15
    assert ids(routing)[0] == 41
    assert 40 not in ids(routing)
    reasons = rendered(routing.suggestions[0])
    assert "The inquiry is about a child aged 15: age limits are checked for the child" in reasons
    assert "For ages 13–17; the person concerned is 15" in reasons


def test_an_adult_asking_about_a_youth_service_gets_it_ranked_lower(router: r.Router) -> None:
    routing = ask(router, "er der en klub", age=40)
    assert {40, 41} <= set(ids(routing))
    reasons = rendered(routing.suggestions[0])
    assert any("so this would be for a younger family member" in text for text in reasons)


def test_residents_only_needs_a_hoeje_gladsaxe_address(router: r.Router) -> None:
    assert 31 in ids(ask(router, "jeg har gæld", address="Høje Gladsaxe 3"))
    assert 31 not in ids(ask(router, "jeg har gæld", address="Vandtårnsvej 1"))
    unknown = ask(router, "jeg har gæld")
    reasons = rendered(next(s for s in unknown.suggestions if s.service_id == 31))
    assert "Only for residents of Høje Gladsaxe: check the address" in reasons


# --- capacity, ties, order --------------------------------------------------------------------


def _twins(**second: object) -> r.RoutingSnapshot:
    """Two services with the same rule priority; the second may be full."""
    services = (
        service(1, "Alfa", MUNICIPALITY),
        service(2, "Beta", MUNICIPALITY, **second),
    )
    rules = (rule(1, "myndigheder.pas", 1, 100), rule(2, "myndigheder.pas", 2, 100))
    return r.RoutingSnapshot(CATEGORIES, services, rules)


def test_ties_break_on_name_then_id_whatever_the_input_order() -> None:
    snapshot = _twins()
    forward = r.suggest(snapshot, r.RoutingQuery("nyt pas"))
    backward = r.suggest(
        dataclasses.replace(snapshot, services=snapshot.services[::-1], rules=snapshot.rules[::-1]),
        r.RoutingQuery("nyt pas"),
    )
    assert ids(forward) == ids(backward) == [1, 2]
    assert forward == backward
    # The same question gives the same answer every time.
    assert all(r.suggest(snapshot, r.RoutingQuery("nyt pas")) == forward for _ in range(3))


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"waiting_list": True}, "Waiting list: ranked lower, expect to wait"),
        ({"capacity_note": "Fuldt i maj."}, "Limited capacity, ranked lower: Fuldt i maj."),
        (
            {"waiting_list": True, "capacity_note": "Ventetid 4 uger."},
            "Waiting list, ranked lower: Ventetid 4 uger.",
        ),
    ],
)
def test_a_full_service_ranks_lower_and_says_so(fields: dict[str, object], says: str) -> None:
    # "Beta" would win the tie on nothing; make it win on name by renaming Alfa.
    snapshot = _twins(**fields)
    routing = r.suggest(snapshot, r.RoutingQuery("nyt pas"))
    assert ids(routing) == [1, 2]
    assert routing.suggestions[1].score < routing.suggestions[0].score
    assert says in rendered(routing.suggestions[1])
    assert routing.suggestions[1].waiting_list is bool(fields.get("waiting_list"))
    # Even a higher priority does not hide the capacity: it still says so.
    favoured = dataclasses.replace(snapshot, rules=(rule(1, "myndigheder.pas", 1, 100), rule(2, "myndigheder.pas", 2, 150)))
    first = r.suggest(favoured, r.RoutingQuery("nyt pas")).suggestions[0]
    assert first.service_id == 2 and says in rendered(first)


@pytest.mark.parametrize(
    "text",
    ["skimmel", "jeg skylder husleje", "klub", "nyt pas", "tolk", "gæld", "jeg vil flytte"],
)
def test_every_suggestion_has_reasons_and_a_score(router: r.Router, text: str) -> None:
    routing = ask(router, text, age=30, address="Høje Gladsaxe 7")
    assert routing.suggestions
    scores = [s.score for s in routing.suggestions]
    assert scores == sorted(scores, reverse=True)
    for suggestion in routing.suggestions:
        assert 0 < suggestion.score <= 100
        assert suggestion.reasons and all(text.strip() for text in rendered(suggestion))


def test_limit_and_no_match(router: r.Router) -> None:
    assert len(router.suggest(r.RoutingQuery("skimmel og gæld og tolk"), limit=2).suggestions) == 2
    nothing = ask(router, "xyzzy plugh")
    assert nothing.suggestions == ()
    assert [n.render() for n in nothing.notes][-1].startswith("No category matches the text")


# --- reasons -----------------------------------------------------------------------------------


def test_reasons_render_translated_templates_and_localized_names() -> None:
    danish = {
        "Category {category} (chosen) → {service}": "Kategori {category} (valgt) → {service}",
        "For ages {minimum}–{maximum}": "For {minimum}–{maximum} år",
        "{limit}; the person concerned is {age}": "{limit}; personen er {age} år",
    }
    chosen = r.reason(r.R_CATEGORY_CHOSEN, category=r.Localized("Pas og ID", "Passport and ID"), service="Borgerservice")
    assert chosen.render() == "Category Passport and ID (chosen) → Borgerservice"
    assert chosen.render(lambda s: danish.get(s, s), "da") == "Kategori Pas og ID (valgt) → Borgerservice"
    nested = r.reason(r.R_AGE_FITS, limit=r.reason(r.R_AGES_BETWEEN, minimum=13, maximum=17), age=15)
    assert nested.render(lambda s: danish.get(s, s), "da") == "For 13–17 år; personen er 15 år"
    # A translation that lost a placeholder falls back to the template as it is.
    assert r.reason("{missing}").render() == "{missing}"


# --- reading the query ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("min søn på 14 vil gerne arbejde", 14),
        ("pige 12 år vil gerne danse", 12),
        ("søn 13 år, vil gerne have arbejde", 13),
        ("min mor er 70 og ensom", 70),
        ("min dreng går i 8. klasse", 14),
        ("har boet i Danmark i 20 år", None),
        ("skylder 12.000 kr", None),
        ("vi er 6 personer", None),
    ],
)
def test_age_in_text(text: str, age: int | None) -> None:
    assert r.age_in_text(text) == age


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"category_code": "findes.ikke"}, "category"),
        ({"age": -1}, "age"),
        ({"age": 121}, "age"),
        ({"address": "34"}, "address"),
        ({"address": "   "}, "address"),
        ({"address": "Høje Gladsaxe 34, 010190-1234"}, "address"),
        ({"language": "arabic"}, "language"),
    ],
)
def test_bad_queries_are_refused_with_the_field(fields: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        r.validate_query(r.RoutingQuery("skimmel", **fields), [c.code for c in CATEGORIES])  # type: ignore[arg-type]
    assert info.value.field == field


def test_nothing_to_route_on_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        r.validate_query(r.RoutingQuery("   "), [])
    assert info.value.field == "text"
    # A category alone is enough.
    query = r.validate_query(r.RoutingQuery("", category_code="myndigheder.pas"), ["myndigheder.pas"])
    assert query.category_code == "myndigheder.pas"
