"""The front desk's pieces without the window: the models (checked with
qtmodeltester), the category type-ahead, and what is kept on this computer."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from referral_app.domain.directory import Category
from referral_app.domain.enums import Channel, InquiryStatus, Urgency
from referral_app.domain.inquiries import Inquiry
from referral_app.domain.residents import MatchReason, Resident, ResidentMatch
from referral_app.ui.front_desk.categories import CategoryListModel, match_categories
from referral_app.ui.front_desk.drafts import (
    DEFAULT_TALLY_CODES,
    DeskSettings,
    DraftStore,
    FormDraft,
)
from referral_app.ui.front_desk.models import COL_RESIDENT, ResidentMatchModel, TodayModel

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)


def category(code: str, name_da: str, name_en: str, parent: str | None = None, *keywords: str) -> Category:
    return Category(id=hash(code) % 1000, code=code, name_da=name_da, name_en=name_en, parent_code=parent,
                    focus_area=None, keywords=keywords)


CATEGORIES = (
    category("bolig", "Bolig", "Housing", None, "boligselskab"),
    category("bolig.vedligehold", "Vedligehold og skimmel", "Maintenance and mould", "bolig", "skimmelsvamp",
             "nøgle", "fugt"),
    category("bolig.husleje", "Husleje og restance", "Rent and arrears", "bolig", "restance"),
    category("digital", "Digital hjælp", "Digital help", None),
    category("digital.mitid", "MitID", "MitID", "digital", "nemid", "kode"),
)


def inquiry(number: int, resident: str | None, resident_id: int | None = None) -> Inquiry:
    return Inquiry(
        id=number, received_at=NOW - timedelta(minutes=number), channel=Channel.WALK_IN,
        category_code="digital.mitid", category_name_da="MitID", category_name_en="MitID",
        description="", language=None, interpreter_needed=False, urgency=Urgency.NORMAL,
        status=InquiryStatus.OPEN, resident_id=resident_id, resident_name=resident, logged_by="frida", desk="d1",
    )


def resident(number: int, name: str) -> Resident:
    return Resident(
        id=number, full_name=name, phone="+4520123456", email=None, street="Høje Gladsaxe", house_number="12",
        unit=None, postal_code="2860", city="Søborg", housing_organization_id=None, housing_organization_name=None,
        department=None, birth_year=1980, age_band="30-49", preferred_language=None, interpreter_needed=False,
        anonymized=False, last_activity_at=NOW,
    )


# -- type-ahead ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("skim", "bolig.vedligehold"),  # a word of the name
        ("Vedl", "bolig.vedligehold"),  # the start of the name
        ("noegle", "bolig.vedligehold"),  # a keyword, æ/ø/å written out
        ("mould", "bolig.vedligehold"),  # the English name
        ("MITID", "digital.mitid"),
        ("nemid", "digital.mitid"),
        ("husl rest", "bolig.husleje"),  # two words, each beginning a word
        ("leje", "bolig.husleje"),  # inside a word, from three letters
    ],
)
def test_type_ahead_offers_the_category(typed, first):
    assert match_categories(CATEGORIES, typed)[0].category.code == first


def test_type_ahead_names_the_keyword_that_matched():
    [match] = match_categories(CATEGORIES, "fugt")
    assert match.keyword == "fugt"
    assert match_categories(CATEGORIES, "skim")[0].keyword is None  # the name matched


def test_type_ahead_finds_nothing_for_nothing():
    assert match_categories(CATEGORIES, "") == []
    assert match_categories(CATEGORIES, "  ") == []
    assert match_categories(CATEGORIES, "zzz") == []


# -- models --------------------------------------------------------------------------------------


def test_today_model(qtmodeltester):
    model = TodayModel()
    model.set_rows([inquiry(2, "Mette Jensen", 5), inquiry(1, None)])
    qtmodeltester.check(model)
    assert model.index(0, COL_RESIDENT).data() == "Mette Jensen"
    assert model.index(1, COL_RESIDENT).data() == "Anonymous"
    model.set_masked(True)
    qtmodeltester.check(model)
    assert model.index(0, COL_RESIDENT).data() == "M. J."
    model.set_rows([inquiry(3, None, 9)])  # a resident anonymized since
    assert model.index(0, COL_RESIDENT).data() == "(anonymized)"
    model.set_rows([])
    qtmodeltester.check(model)


def test_resident_match_model(qtmodeltester):
    model = ResidentMatchModel()
    model.set_matches([ResidentMatch(resident(1, "Søren Hansen"), 91.0, MatchReason.NAME)])
    qtmodeltester.check(model)
    text = model.index(0, 0).data()
    assert "Søren Hansen" in text and "Høje Gladsaxe 12" in text and "20 12 34 56" in text
    model.set_masked(True)
    assert model.index(0, 0).data().startswith("S. H.")
    assert model.index(0, 0).data(3) == "Found by: Name"  # 3 = ToolTipRole


def test_category_list_model(qtmodeltester):
    model = CategoryListModel()
    parents = {c.code: c for c in CATEGORIES if c.parent_code is None}
    model.set_matches(match_categories(CATEGORIES, "fugt"), parents)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Vedligehold og skimmel  ·  Bolig  (fugt)"
    model.set_language("en")
    assert model.index(0, 0).data() == "Maintenance and mould  ·  Housing  (fugt)"
    model.set_matches([], parents)
    qtmodeltester.check(model)


# -- kept on this computer ---------------------------------------------------------------------


def test_desk_settings_have_twelve_sensible_keys(tmp_path):
    settings = DeskSettings(tmp_path)
    assert settings.tally_codes() == DEFAULT_TALLY_CODES
    assert len(set(DEFAULT_TALLY_CODES)) == 12
    assert all("." in code for code in DEFAULT_TALLY_CODES)  # sub-categories, which say most
    settings.set_tally_code("F12", "sprog.tolkning")
    assert DeskSettings(tmp_path).tally_codes()[-1] == "sprog.tolkning"
    settings.set_desk("  Skranke   1 ")
    assert DeskSettings(tmp_path).desk() == "Skranke 1"
    with pytest.raises(ValueError):
        settings.set_tally_code("F13", "x")


def test_category_codes_of_the_default_keys_exist():
    from referral_app.config import DIRECTORY_DIR

    codes = {c["code"] for c in json.loads((DIRECTORY_DIR / "taxonomy.json").read_text())["categories"]}
    assert set(DEFAULT_TALLY_CODES) <= codes


def test_a_draft_is_read_once(tmp_path):
    store = DraftStore(tmp_path)
    path = store.save(FormDraft(user_id=3, description="Brev fra kommunen", resident_id=12), now=NOW)
    assert path.stat().st_mode & 0o777 == 0o600
    draft = store.take(3, now=NOW + timedelta(minutes=5))
    assert draft is not None and draft.description == "Brev fra kommunen" and draft.resident_id == 12
    assert not path.exists()
    assert store.take(3, now=NOW) is None


def test_an_old_or_broken_draft_is_thrown_away(tmp_path):
    store = DraftStore(tmp_path)
    store.save(FormDraft(user_id=3, description="gammel"), now=NOW)
    assert store.take(3, now=NOW + timedelta(days=2)) is None
    assert not store.path_for(3).exists()
    store.path_for(4).write_text("{not json", encoding="utf-8")
    assert store.take(4) is None
    assert not store.path_for(4).exists()


def test_a_draft_belongs_to_its_owner(tmp_path):
    store = DraftStore(tmp_path)
    store.save(FormDraft(user_id=3, description="min"))
    assert store.take(4) is None
    assert store.path_for(3).exists()
