"""The slip's catalogues: complete, well-formed, honest about who translated
them, and drawable with the embedded fonts; and the right-to-left pipeline
(shaping, bidi order, mirroring, line breaking) on its own."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from referral_app.domain.slip_languages import RIGHT_TO_LEFT, SLIP_LANGUAGES
from referral_app.reports import layout, rtl
from referral_app.reports.slip_catalogue import (
    CATALOGUE_DIR,
    load_catalogue,
    placeholders,
    usable_texts,
)
from tests.reports.pdf_text import logical_order

DIRECTORY = Path(__file__).resolve().parents[2] / "resources" / "directory"


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    layout.register_arabic_fonts()


def _drawn(text: str, language: str) -> str:
    """What the slip draws for ``text``: shaped and ordered in a right-to-left language."""
    return rtl.visual(text) if language in RIGHT_TO_LEFT else text


def _catalogue_strings() -> list[tuple[str, str, str]]:
    return [(language, key, value) for language in SLIP_LANGUAGES
            for key, value in load_catalogue(language).texts.items()]


def _translation_strings() -> list[tuple[str, str, str]]:
    data = json.loads((DIRECTORY / "service_translations.json").read_text(encoding="utf-8"))
    return [(item["language"], f"{item['service']}:{field}", item[field]) for item in data["translations"]
            for field in ("name", "what_to_bring", "next_step") if item.get(field)]


@pytest.mark.parametrize("language", SLIP_LANGUAGES)
def test_every_catalogue_is_complete_and_says_who_translated_it_and_when(language) -> None:
    danish = load_catalogue("da")
    catalogue = load_catalogue(language)
    assert catalogue.language == language and catalogue.name
    assert catalogue.direction == ("rtl" if language in RIGHT_TO_LEFT else "ltr")
    assert catalogue.translator and catalogue.translated_on is not None
    assert set(catalogue.texts) == set(danish.texts), set(danish.texts) ^ set(catalogue.texts)
    assert usable_texts(catalogue, danish) == catalogue.texts  # the same {placeholders} everywhere
    header = (CATALOGUE_DIR / f"{language}.toml").read_text(encoding="utf-8")
    if not catalogue.reviewed:  # machine drafts say so where a reviewer will look
        assert "MACHINE-DRAFTED" in header and "native speaker" in header


def test_a_translation_with_other_placeholders_is_not_used() -> None:
    danish = load_catalogue("da")
    broken = dataclass_replace_texts(load_catalogue("pl"), helped_by="Pomógł(a) ci {imie}.")
    assert "helped_by" not in usable_texts(broken, danish)
    assert placeholders(danish.texts["next_logged_phone"]) == {"service", "phone", "reference"}


def dataclass_replace_texts(catalogue, **texts):
    import dataclasses

    return dataclasses.replace(catalogue, texts={**catalogue.texts, **texts})


@pytest.mark.parametrize(("language", "key", "value"), _catalogue_strings() + _translation_strings())
def test_every_catalogue_and_shipped_translation_string_is_covered_by_the_embedded_fonts(language, key, value) -> None:
    for bold in (False, True):
        drawn = _drawn(value, language)
        assert layout.missing_glyph(drawn, bold) is None, (language, key, layout.missing_glyph(drawn, bold))
        if language not in RIGHT_TO_LEFT:  # left to right: one font for the whole line
            font = layout.FONT_BOLD if bold else layout.FONT
            assert all(ord(c) in pdfmetrics.getFont(font).face.charToGlyph for c in drawn), (language, key)


@pytest.mark.parametrize(("language", "key", "value"),
                         [item for item in _catalogue_strings() + _translation_strings() if item[0] in RIGHT_TO_LEFT])
def test_right_to_left_strings_are_drawn_shaped_and_read_back_in_reading_order(language, key, value) -> None:
    drawn = rtl.visual(value)
    assert not any("\u0621" <= char <= "\u064a" for char in drawn), key  # every letter in a presentation form
    assert unicodedata.normalize("NFKC", logical_order(drawn)) == unicodedata.normalize("NFKC", value), key


def test_values_keep_their_own_direction_inside_a_right_to_left_line() -> None:
    line = f"اتصل على الرقم {rtl.isolate('39 57 49 00')} أو اكتب إلى {rtl.isolate('kontakt@voreshg.dk')}."
    drawn = rtl.visual(line)
    assert "39 57 49 00" in drawn and "kontakt@voreshg.dk" in drawn
    assert drawn.startswith(".")  # the full stop ends the sentence on the left
    assert drawn.index("kontakt@voreshg.dk") < drawn.index("39 57 49 00")  # read from the right: phone first
    plain = rtl.visual("اتصل على الرقم 39 57 49 00")  # without the isolate, UAX #9 reverses the groups
    assert "00 49 57 39" in plain


def test_lam_alef_becomes_one_ligature_and_brackets_are_mirrored() -> None:
    assert rtl.visual("لا") == "\ufefb"
    assert rtl.visual("الاثنين").count("\ufefb") == 1  # after alef: the isolated ligature
    assert rtl.visual("خلال").count("\ufefc") == 1  # after a joining letter: the final one
    drawn = rtl.visual("(بالدنماركية)")
    assert drawn[0] == "(" and drawn[-1] == ")"  # drawn as "(…)", not ")…("


def test_line_breaking_keeps_each_line_within_the_width_and_isolates_whole() -> None:
    text = load_catalogue("ar").texts["next_handed_over_due"].format(
        service=rtl.isolate("Åben gældsrådgivning i BIBLIOTEK+"), due=rtl.isolate("04.12.2026"),
        reference=rtl.isolate("FI-000042"))
    lines = rtl.break_lines(text, 200, 12)
    assert len(lines) > 2
    assert all(rtl.line_width(line, 12) <= 200 for line in lines)
    assert all(line.count(rtl.FSI) == line.count(rtl.PDI) for line in lines)
    rejoined = " ".join(line.replace(rtl.FSI, "").replace(rtl.PDI, "") for line in lines)
    assert rejoined == text.replace(rtl.FSI, "").replace(rtl.PDI, "")
