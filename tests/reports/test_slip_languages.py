"""The slip in every language it offers, read back from the PDF.

Left-to-right languages are read with pypdf; Arabic, Urdu and Farsi with
poppler's word boxes in drawing order, normalised (NFKC turns the shaped
presentation forms back into letters) and put back in reading order, and
then compared with the catalogue strings themselves.
"""

from __future__ import annotations

import dataclasses
import shutil
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from referral_app.domain.directory import Schedule
from referral_app.domain.enums import ReferralMode
from referral_app.domain.errors import ValidationError
from referral_app.domain.reporting import ContactPoint, SlipData, coming_week
from referral_app.domain.slip_languages import RIGHT_TO_LEFT, SLIP_LANGUAGES, ServiceTranslation
from referral_app.reports import slip_catalogue
from referral_app.reports.slip import build_slip
from referral_app.reports.slip_catalogue import WEEKDAY_KEYS, load_catalogue
from referral_app.services.outputs import stage
from tests.reports.pdf_text import (
    has_rtl,
    logical_order,
    plain_text,
    render_with_poppler,
    visual_lines,
)

PHONE = "39 57 50 50"
TODAY = date(2026, 11, 27)
# The fixed texts this slip prints (a logged referral to a service with a phone, a web page,
# something to bring, an application process and no translation of its own).
FIXED_KEYS = ("slip_title", "date", "reference", "address", "phone", "email", "website", "hours", "closed", "bring",
              "next_step", "next_logged_phone", "how_to", "helped_by", "questions", "scan", "in_danish")


def _slip(language: str, **changes: object) -> SlipData:
    schedules = (Schedule(1, time(9), time(15)), Schedule(3, time(13), time(18), note="Drop-in"))
    data = SlipData(
        reference="FI-000042", referral_id=42, printed_on=TODAY, language=language,
        service_name="Borgerservice: Digital Post", organization_name="Gladsaxe Kommune",
        address="Rådhus Allé 7, 2860 Søborg", phone=PHONE, email="borgerservice@gladsaxe.dk",
        url="https://www.gladsaxe.dk", what_to_bring="Pas eller kørekort og sundhedskort.",
        application_process="Bestil tid på gladsaxe.dk.", mode=ReferralMode.LOGGED, due_date=None,
        opening_days=coming_week(schedules, TODAY), staff_first_name="Åse",
        vores_hg=ContactPoint("Vores HG", "39 57 49 00", "kontakt@voreshg.dk", "https://www.voreshg.dk",
                              "Høje Gladsaxe Torv 2D, 2860 Søborg"),
    )
    return dataclasses.replace(data, **changes)


def _params(data: SlipData) -> dict[str, str]:
    return {"service": data.service_name, "phone": PHONE, "reference": data.reference, "name": data.staff_first_name}


def _expected(language: str, data: SlipData) -> dict[str, str]:
    """Key -> the catalogue's text as it must appear on this slip."""
    texts = load_catalogue(language).texts
    wanted = {key: texts[key].format(**_params(data)) for key in FIXED_KEYS}
    for day in data.opening_days:
        name = texts[WEEKDAY_KEYS[day.day.weekday()]]
        wanted[f"weekday {day.day}"] = name[:1].upper() + name[1:]
    return wanted


def _flat(text: str) -> str:
    return " ".join(text.split())


def _build(tmp_path: Path, data: SlipData, name: str = "slip") -> Path:
    target = tmp_path / f"{name}.pdf"
    stage(target, lambda out: build_slip(data, out)).publish()
    assert len(PdfReader(str(target)).pages) == 1
    return target


def _rtl_text(pdf: Path) -> str:
    """The right-to-left lines in reading order, normalised, one after another."""
    return _flat(" ".join(unicodedata.normalize("NFKC", logical_order(line))
                          for line in visual_lines(pdf) if has_rtl(line)))


def test_every_slip_language_has_a_catalogue() -> None:
    assert SLIP_LANGUAGES[0] == "da"
    assert {"ar", "so", "tr", "ur", "fa", "uk", "pl", "en"} <= set(SLIP_LANGUAGES)
    for language in SLIP_LANGUAGES:
        assert (slip_catalogue.CATALOGUE_DIR / f"{language}.toml").is_file(), language


@pytest.mark.parametrize("language", [code for code in SLIP_LANGUAGES if code not in RIGHT_TO_LEFT])
def test_a_left_to_right_slip_has_the_translated_and_the_danish_texts(tmp_path, language) -> None:
    data = _slip(language)
    pdf = _build(tmp_path, data)
    text = _flat(plain_text(pdf))
    danish = _expected("da", data)
    for key, value in danish.items():
        if key != "in_danish":  # "(in Danish)" is said in the resident's language only
            assert _flat(value) in text, (key, value)
    if language != "da":
        for key, value in _expected(language, data).items():
            assert _flat(value) in text, (key, value)
    assert load_catalogue("da").texts["untranslated"] not in text  # nothing is missing, so no note
    assert " *" not in text
    assert (danish["in_danish"] in text) is False
    render_with_poppler(pdf, tmp_path / f"slip-{language}")


@pytest.mark.parametrize("language", sorted(RIGHT_TO_LEFT))
def test_a_right_to_left_slip_reads_back_as_the_catalogue_in_reading_order(tmp_path, language) -> None:
    data = _slip(language)
    pdf = _build(tmp_path, data)
    rtl = _rtl_text(pdf)
    expected = _expected(language, data)
    # The QR code's caption wraps in its own narrow column beside other lines: its words are
    # checked one by one; every other text as a whole, in reading order.
    caption = expected.pop("scan")
    for key, value in expected.items():
        assert _flat(value) in rtl, (key, value, rtl)
    assert all(word in rtl.split() for word in caption.split()), caption
    ltr = _flat(" ".join(line for line in visual_lines(pdf) if not has_rtl(line)))
    for key, value in _expected("da", data).items():
        if key != "in_danish":
            assert _flat(value) in ltr, (key, value)
    # Shaped, not a row of isolated letters: contextual forms and the lam-alef ligature are drawn.
    drawn = "".join(visual_lines(pdf))
    assert any("\ufe8f" <= char <= "\ufef4" for char in drawn)  # initial, medial and final forms
    # The phone number inside a right-to-left line keeps its digits, left to right.
    assert any(has_rtl(line) and PHONE in line for line in visual_lines(pdf))
    assert "50 50 57 39" not in drawn
    render_with_poppler(pdf, tmp_path / f"slip-{language}")


def test_the_arabic_slip_draws_the_lam_alef_ligature(tmp_path) -> None:
    pdf = _build(tmp_path, _slip("ar"))  # "لا" in "لا توجد", "الاثنين", "خلال" ...
    assert any(char in "\ufefb\ufefc\ufef5\ufef6\ufef7\ufef8\ufef9\ufefa" for char in "".join(visual_lines(pdf)))


def test_a_missing_translation_falls_back_to_danish_for_that_line_only_and_says_so(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "slip"
    folder.mkdir()
    shutil.copy(slip_catalogue.CATALOGUE_DIR / "da.toml", folder / "da.toml")
    for language in ("so", "ar"):
        lines = (slip_catalogue.CATALOGUE_DIR / f"{language}.toml").read_text(encoding="utf-8").splitlines()
        kept = [line for line in lines if not line.startswith(("bring =", "next_step ="))]
        (folder / f"{language}.toml").write_text("\n".join(kept), encoding="utf-8")
    monkeypatch.setattr(slip_catalogue, "CATALOGUE_DIR", folder)
    somali, danish = load_catalogue("so").texts, load_catalogue("da").texts
    text = _flat(plain_text(_build(tmp_path, _slip("so"), "so")))
    assert f"{danish['bring']} *" in text and f"{danish['next_step']} *" in text
    assert somali["untranslated"] in text and danish["untranslated"] in text
    assert somali["slip_title"] in text and somali["hours"] in text  # the other lines are still in Somali
    arabic = _build(tmp_path, _slip("ar"), "ar")
    ltr = _flat(" ".join(visual_lines(arabic)))
    assert f"{danish['bring']} *" in ltr and danish["untranslated"] in ltr
    assert load_catalogue("ar").texts["untranslated"] in _rtl_text(arabic)


def test_the_service_texts_are_printed_in_the_residents_language_where_translated(tmp_path) -> None:
    translated = ServiceTranslation(1, "tr", name="Vatandaş Hizmetleri: Dijital Posta",
                                    what_to_bring="Pasaport veya ehliyet ve sağlık kartı.")
    data = _slip("tr", service_translation=translated)
    text = _flat(plain_text(_build(tmp_path, data)))
    turkish = load_catalogue("tr").texts
    assert translated.name in text and data.service_name in text
    assert translated.what_to_bring in text and data.what_to_bring in text
    # The application process has no translation: Danish, with "(in Danish)" in Turkish.
    assert data.application_process in text and text.count(turkish["in_danish"]) == 1
    # The next step names the service by its Turkish name in Turkish.
    assert turkish["next_logged_phone"].format(**{**_params(data), "service": translated.name}) in text


def test_an_arabic_service_translation_reads_back_in_reading_order(tmp_path) -> None:
    translated = ServiceTranslation(1, "ar", name="الطعام الفائض", what_to_bring="كيس تسوق خاص بك",
                                    next_step="تعال ومعك كيسك الخاص.")
    data = _slip("ar", service_translation=translated)
    pdf = _build(tmp_path, data)
    rtl = _rtl_text(pdf)
    assert translated.name in rtl and translated.what_to_bring in rtl and translated.next_step in rtl
    assert load_catalogue("ar").texts["in_danish"] not in rtl  # everything is translated
    assert data.service_name in _flat(" ".join(visual_lines(pdf)))


@pytest.mark.parametrize("language", SLIP_LANGUAGES)
def test_a_long_slip_still_fits_one_page_in_every_language(tmp_path, language) -> None:
    schedules = tuple(Schedule(w, time(8), time(10), note="Telefontid") for w in range(1, 8)) + tuple(
        Schedule(w, time(13), time(19, 30), note="Åbent hus i Beboerhuset") for w in range(1, 8))
    data = _slip(language, mode=ReferralMode.HANDED_OVER, due_date=date(2026, 12, 4),
                 opening_days=coming_week(schedules, TODAY),
                 what_to_bring="Pas eller kørekort, sundhedskort og eventuelle breve. " * 6,
                 application_process="Bestil tid på gladsaxe.dk eller mød op i åbningstiden. " * 8)
    pdf = _build(tmp_path, data)  # asserts one page
    assert "04.12.2026" in _flat(" ".join(visual_lines(pdf)))


@pytest.mark.parametrize(("language", "field", "value"), [
    ("da", "service_name", "Tigrinya: ሰላም"),
    ("ar", "service_translation", ServiceTranslation(1, "ar", name="ሰላም")),
    ("uk", "staff_first_name", "漢字"),
])
def test_a_text_no_font_can_draw_is_refused_before_anything_is_written(tmp_path, language, field, value) -> None:
    target = tmp_path / "slip.pdf"
    with pytest.raises(ValidationError) as caught:
        stage(target, lambda out: build_slip(_slip(language, **{field: value}), out)).publish()
    assert "U+" in str(caught.value)
    assert not target.exists() and list(tmp_path.iterdir()) == []
