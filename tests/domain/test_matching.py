"""The one matching rule every search box uses (domain.matching)."""

from __future__ import annotations

import pytest

from referral_app.domain.matching import Target, Tier, match, normalise, rank, words, words_begin


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("fædre", "Faedregruppe"),
        ("faedre", "Fædregruppe"),
        ("Høje", "Hoeje Gladsaxe"),
        ("hoeje", "HØJE GLADSAXE"),
        ("laanekasse", "Lånekassen"),
        ("cafe lekt", "Café Lektie"),
        ("BORGER", "borgerservice"),
    ],
)
def test_case_danish_letters_and_accents_fold_both_ways(typed: str, written: str) -> None:
    assert words_begin(typed, written)
    assert match(typed, Target((written,))).tier is not Tier.NONE


def test_words_are_folded_and_split_on_punctuation() -> None:
    assert words("  Lånekasse/økonomisk  e-Boks, Pc'er 3B ") == ("laanekasse", "oekonomisk", "eboks", "pcer", "3b")
    assert normalise("Fædre-GRUPPE i dag") == "faedregruppe i dag"
    assert words("") == () and words(None) == ()


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("skim", "Vedligehold og skimmel", True),
        ("ved skim", "Vedligehold og skimmel", True),
        ("skim ved", "Vedligehold og skimmel", True),  # any order
        ("himmel", "Vedligehold og skimmel", False),  # inside a word is not a word start
        ("skim x", "Vedligehold og skimmel", False),  # every word must match
        ("borger service", "Borgerservice", True),  # typed apart, written together
        ("borgerservice", "Borger service", True),  # typed together, written apart
        ("eboks", "e-Boks", True),
        ("e-boks", "eBoks", True),
        ("e boks", "e-Boks", True),
        ("e-boks", "Events og boksning", False),  # a hyphenated word is one word
        ("ejendomskontor 3b", "Ejendomskontor Boligselskabet 3B", True),
        ("", "anything", False),
        ("   ", "anything", False),
    ],
)
def test_every_word_begins_a_word(query: str, text: str, expected: bool) -> None:
    assert words_begin(query, text) is expected


def test_tiers_from_name_start_down_to_a_note() -> None:
    target = Target(
        names=("Ejendomskontor Øst",),
        context=("Boligselskabet 3B",),
        fields=("Vedligehold og skimmel", "Reparationer, nøgler og vand i kælderen"),
        notes=("Åbent for alle beboere med fugt i lejligheden",),
    )
    assert match("ejendoms", target).tier is Tier.NAME_START
    assert match("oest ejendom", target).tier is Tier.NAME_WORDS
    assert match("ejendomskontor 3b", target).tier is Tier.CONTEXT
    found = match("noegle", target)
    assert found.tier is Tier.FIELD and found.field == "Reparationer, nøgler og vand i kælderen"
    assert match("domskon", target).tier is Tier.CONTAINS
    found = match("fugt 3b", target)
    assert found.tier is Tier.NOTE and found.field == "Åbent for alle beboere med fugt i lejligheden"
    assert match("do", target).tier is Tier.NONE  # too short to match inside a word
    assert match("svømmehal", target).tier is Tier.NONE
    assert list(Tier) == sorted(Tier)  # declared worst first


def test_either_name_counts() -> None:
    target = Target(names=("Gæld", "Debt"))
    assert match("debt", target).tier is Tier.NAME_START
    assert match("gaeld", target).tier is Tier.NAME_START


def test_rank_orders_by_tier_then_field_then_preference_then_input_order() -> None:
    items = [
        ("Sprogcafé", ("Lektier i sprog",)),
        ("Familiecafé", ("Lektier",)),
        ("Bogcafé", ()),  # described below
        ("Lektiecafé for store", ()),
        ("Lektiecafé", ()),
        ("Cafe Lektie", ()),
        ("Unge og lektiehjælp", ()),
    ]
    notes = {"Bogcafé": ("Lektier og bøger",), "Lektiecafé": ("Lektier",)}
    found = rank(items, "lektie", lambda item: Target((item[0],), fields=item[1], notes=notes.get(item[0], ())))
    assert [(m.item[0], m.tier) for m in found] == [
        ("Lektiecafé for store", Tier.NAME_START),  # the input order breaks the tie
        ("Lektiecafé", Tier.NAME_START),
        ("Cafe Lektie", Tier.NAME_WORDS),
        ("Unge og lektiehjælp", Tier.NAME_WORDS),
        ("Sprogcafé", Tier.FIELD),
        ("Familiecafé", Tier.FIELD),
        ("Bogcafé", Tier.NOTE),
    ]


def test_rank_prefer_breaks_ties_before_input_order_and_empty_query_matches_nothing() -> None:
    items = ["Gæld", "Gæld og økonomi"]
    plain = rank(items, "gæld", lambda name: Target((name,)))
    preferred = rank(items, "gæld", lambda name: Target((name,)), prefer=lambda name: -len(name))
    assert [m.item for m in plain] == ["Gæld", "Gæld og økonomi"]
    assert [m.item for m in preferred] == ["Gæld og økonomi", "Gæld"]
    assert rank(items, "  ", lambda name: Target((name,))) == []


def test_the_first_matching_field_is_the_one_reported_and_fields_rank_alike() -> None:
    items = [("A", ("x", "skimmelsvamp", "skimmel")), ("B", ("skimmel", "x"))]
    found = rank(items, "skim", lambda item: Target((item[0],), fields=item[1]))
    assert [(m.item[0], m.tier, m.field) for m in found] == [
        ("A", Tier.FIELD, "skimmelsvamp"),
        ("B", Tier.FIELD, "skimmel"),
    ]
