"""The statistics PDF read back with pypdf: every figure against an independent
count over the sample year, in Danish and English; the page furniture on
every page; an empty period; and poppler renders it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.inquiries import local_today
from referral_app.domain.reporting import Period
from referral_app.reports import texts
from referral_app.services import reporting
from tests.reports.pdf_text import (
    StatisticsPdf,
    expected_key_figures,
    expected_months,
    expected_tables,
    page_texts,
    render_with_poppler,
    section_header,
)
from tests.reports.sample_data import YEAR, independent_figures


@pytest.fixture
def sample(sample_sqlite):
    """The report sample, built once per session and copied for this test."""
    return sample_sqlite.made


def database_names(session, language: str) -> dict[str, dict[str, str]]:
    """What the report calls the things named in the database."""
    categories = {c.code: (c.name_en if language == "en" else c.name_da) for c in session.scalars(select(m.Category))}
    organizations = {str(o.id): o.name for o in session.scalars(select(m.Organization))}
    return {"by_category": categories, "by_subcategory": categories, "by_housing_organization": organizations,
            "referrals_by_organization": organizations}


def assert_pdf_shows(pdf: StatisticsPdf, figures: dict, names: dict, *, exact_order: bool) -> None:
    language = pdf.language
    assert pdf.key_figures() == expected_key_figures(figures, language)
    for section, rows in expected_tables(figures, names, language).items():
        got = pdf.section(section, section_header(section, language))
        if exact_order:
            assert got == rows, section
        else:
            assert got[-1] == rows[-1] and sorted(got[:-1]) == sorted(rows[:-1]), section
    month_header = [texts.text(k, language) for k in ("month", "inquiries", "referrals")]
    assert pdf.section("by_month", month_header) == expected_months(figures, language)
    top = pdf.top_services()
    assert len(top) == len(figures["top_services"])
    for row, service in zip(top, figures["top_services"], strict=True):
        line = "  ".join(row)
        assert line.endswith(f"{texts.number(service['referrals'], language)}  "
                             f"{texts.number(service['completed'], language)}"), line
        assert service["service"].startswith(row[0].rstrip("…").rstrip()), (row, service)


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_figure_on_the_pdf_matches_an_independent_count(sample_sqlite_db, sample, tmp_path, language) -> None:
    target = tmp_path / f"statistik-{language}.pdf"
    with sample_sqlite_db.begin() as s:
        report = reporting.render_statistics(s, sample.coordinator, YEAR, language=language)
        expected = independent_figures(s, YEAR, local_today())
        names = database_names(s, language)
    target.write_bytes(report.pdf)
    pdf = StatisticsPdf.read(target, language)
    assert_pdf_shows(pdf, expected, names, exact_order=False)


def test_every_page_names_the_period_the_time_and_its_number(sample_sqlite_db, sample, tmp_path) -> None:
    with sample_sqlite_db.begin() as s:
        report = reporting.render_statistics(s, sample.manager, YEAR)
    target = tmp_path / "s.pdf"
    target.write_bytes(report.pdf)
    pages = page_texts(target)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "2025 (01.01.2025–31.12.2025)" in text
        assert re.search(r"Dannet \d\d\.\d\d\.\d{4} \d\d\.\d\d", text)
        assert f"Side {number} af {len(pages)}" in text
    last = pages[-1]
    for key, _pair in texts.DEFINITIONS:
        assert texts.text(key, "da") in "\n".join(pages[-2:]), key
    assert "Definitioner" in "\n".join(pages[-2:]) and "Median" in last + pages[-2]


def test_every_figure_on_the_report_has_a_definition() -> None:
    from referral_app.reports.statistics import (
        BREAKDOWNS,
        KEY_FIGURES,
        REFERRAL_BREAKDOWNS,
        REFERRAL_FIGURES,
    )

    defined = {key for key, _ in texts.DEFINITIONS}
    shown = set(KEY_FIGURES) | set(REFERRAL_FIGURES) | set(BREAKDOWNS) | set(REFERRAL_BREAKDOWNS)
    assert shown | {"by_month", "top_services"} <= defined


def test_an_empty_period_says_so_on_a_short_valid_report(sample_sqlite_db, sample, tmp_path) -> None:
    with sample_sqlite_db.begin() as s:
        report = reporting.render_statistics(s, sample.manager, Period.year(2019))
    target = tmp_path / "empty.pdf"
    target.write_bytes(report.pdf)
    pages = page_texts(target)
    assert texts.text("empty_period", "da") in " ".join(pages[0].split())
    pdf = StatisticsPdf.read(target)
    assert set(pdf.key_figures().values()) == {"0", "–"}
    assert all(len(page.split()) > 20 for page in pages)  # no empty pages
    render_with_poppler(target, tmp_path / "empty", first_page_only=False)


def test_poppler_renders_every_page(sample_sqlite_db, sample, tmp_path) -> None:
    with sample_sqlite_db.begin() as s:
        report = reporting.render_statistics(s, sample.coordinator, YEAR, language="en")
    target = tmp_path / "stats.pdf"
    target.write_bytes(report.pdf)
    assert len(render_with_poppler(target, tmp_path / "page", first_page_only=False)) == len(page_texts(target))


def test_the_fonts_are_embedded_so_danish_letters_print(sample_sqlite_db, sample, tmp_path) -> None:
    from pypdf import PdfReader

    with sample_sqlite_db.begin() as s:
        report = reporting.render_statistics(s, sample.coordinator, YEAR)
    target = tmp_path / "stats.pdf"
    target.write_bytes(report.pdf)
    fonts = set()
    for page in PdfReader(str(target)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if font.get("/FontDescriptor") is not None:
                assert "/FontFile2" in font["/FontDescriptor"]
                fonts.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)
    assert "Økonomi" in Path(target).read_bytes().decode("latin-1") or "Økonomi" in " ".join(page_texts(target))
