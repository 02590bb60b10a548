"""The slip and the case summary read back with pypdf: every contact field,
the week's opening hours and correct æøå on the slip; on the case summary
only what the consent allows. Both render with poppler."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest
from pypdf import PdfReader

from referral_app.db import models as m
from referral_app.domain.directory import Schedule
from referral_app.domain.enums import ReferralMode
from referral_app.domain.reporting import ContactPoint, SlipData, coming_week
from referral_app.reports import texts
from referral_app.reports.slip import build_slip
from referral_app.services import reporting
from referral_app.services.outputs import stage
from tests.reports.pdf_text import plain_text, render_with_poppler


@pytest.fixture
def sample(sample_sqlite):
    """The report sample, built once per session and copied for this test."""
    return sample_sqlite.made


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_slip_has_every_contact_field_the_hours_and_danish_letters(sample_sqlite_db, sample, tmp_path,
                                                                       language) -> None:
    today = date(2026, 11, 27)
    with sample_sqlite_db.begin() as s:
        data = reporting.slip_data(s, sample.front, sample.slip_referral, language=language, today=today)
    target = tmp_path / "slip.pdf"
    stage(target, lambda out: build_slip(data, out)).publish()
    assert len(PdfReader(str(target)).pages) == 1
    text = _flat(plain_text(target))
    for value in (data.service_name, data.organization_name, data.address, data.phone, data.email, data.url,
                  data.reference, texts.short_date(today), data.what_to_bring):
        assert value and _flat(value) in text, value
    vores_hg = data.vores_hg
    assert vores_hg is not None
    for value in (vores_hg.phone, vores_hg.email, vores_hg.website, vores_hg.address):
        assert _flat(value) in text, value
    assert "Frida" in text and "Ærø" not in text and "Sørensen" not in text  # the first name only
    for day in data.opening_days:
        name = texts.weekday(day.day, "da").capitalize()
        assert f"{name}" in text and day.day.strftime("%d.%m.") in text
        for opens, closes, _note in day.hours:
            assert f"{texts.clock(opens)}–{texts.clock(closes)}" in text
    closed = sum(1 for d in data.opening_days if d.closed)
    assert text.count("Lukket") >= closed
    for danish in ("Her kan du få hjælp", "Åbningstider de næste 7 dage", "Husk at tage med", "Det næste skridt",
                   "Søborg", "Høje Gladsaxe", "Spørgsmål? Kontakt Vores HG"):
        assert danish in text, danish
    english = ("Where you can get help", "Opening hours for the next 7 days", "Remember to bring", "The next step")
    assert all((e in text) == (language == "en") for e in english)
    render_with_poppler(target, tmp_path / f"slip-{language}")


def test_a_long_slip_still_fits_one_page_and_a_slip_without_web_page_has_no_qr_code(tmp_path) -> None:
    schedules = tuple(Schedule(w, time(8), time(10), note="Telefontid") for w in range(1, 8)) + tuple(
        Schedule(w, time(13), time(19, 30), note="Åbent hus i Beboerhuset") for w in range(1, 8))
    data = SlipData(
        reference="FI-000042", referral_id=42, printed_on=date(2026, 11, 27), language="en",
        service_name="Borgerservice: Digital Post, fritagelse og fuldmagt", organization_name="Gladsaxe Kommune",
        address="Rådhus Allé 7, 2860 Søborg", phone="39 57 50 50", email="borgerservice@gladsaxe.dk", url=None,
        what_to_bring="Pas eller kørekort, sundhedskort og eventuelle breve. " * 6,
        application_process="Bestil tid på gladsaxe.dk eller mød op i åbningstiden. " * 8,
        mode=ReferralMode.HANDED_OVER, due_date=date(2026, 12, 4),
        opening_days=coming_week(schedules, date(2026, 11, 27)), staff_first_name="Åse",
        vores_hg=ContactPoint("Vores HG", "39 57 49 00", "kontakt@voreshg.dk", "https://www.voreshg.dk",
                              "Høje Gladsaxe Torv 2D, 2860 Søborg"),
    )
    target = tmp_path / "long.pdf"
    stage(target, lambda out: build_slip(data, out)).publish()
    assert len(PdfReader(str(target)).pages) == 1
    text = _flat(plain_text(target))
    assert "Scan" not in text
    assert "04.12.2026" in text and "Vi har kontaktet" in text  # the hand-over's next step and its date
    short = dataclasses.replace(data, url="https://www.gladsaxe.dk", what_to_bring=None, application_process=None)
    stage(target, lambda out: build_slip(short, out), overwrite=True).publish()
    assert "Scan" in _flat(plain_text(target)) and "Dette papir" in _flat(plain_text(target))


def test_the_case_summary_for_a_recipient_shows_only_consented_fields(sample_sqlite_db, sample, tmp_path) -> None:
    with sample_sqlite_db.begin() as s:
        shared = reporting.render_case_summary(s, sample.coordinator, sample.case_inquiry,
                                               recipient_id=sample.recipient_id)
        withheld = reporting.render_case_summary(s, sample.coordinator, sample.case_inquiry,
                                                 recipient_id=sample.other_organization_id, language="en")
        resident_phone = s.get(m.Resident, 1).phone
    (tmp_path / "shared.pdf").write_bytes(shared.pdf)
    (tmp_path / "withheld.pdf").write_bytes(withheld.pdf)
    text = _flat(plain_text(tmp_path / "shared.pdf"))
    assert "Åse Ærbø" in text and resident_phone[-4:] in text.replace(" ", "")
    assert "Høje Gladsaxe 5" not in text and "1950" not in text  # address and birth year were not consented
    assert "Viser: navn, telefon" in text
    assert "Skimmel på badeværelset" in text and "Løst: skimmel fjernet" in text
    for step in ("Foreslået", "Sendt → Accepteret", "Accepteret → Gennemført", "Skimmel fjernet, væg malet"):
        assert step in text, step
    assert "Fortroligt" in text and "Side 1 af" in text
    other = _flat(plain_text(tmp_path / "withheld.pdf"))
    assert "Åse" not in other and "Ærbø" not in other and "No consent to share" in other
    assert "Case summary" in other
    render_with_poppler(tmp_path / "shared.pdf", tmp_path / "case")


def test_a_failed_build_leaves_nothing_behind(tmp_path) -> None:
    target = tmp_path / "report.pdf"

    def broken(out) -> None:
        out.write(b"%PDF-1.4 half a report")
        raise RuntimeError("the printer caught fire")

    with pytest.raises(RuntimeError):
        stage(target, broken)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"the old report")
    with pytest.raises(RuntimeError):
        stage(target, broken, overwrite=True)
    assert target.read_bytes() == b"the old report" and list(tmp_path.iterdir()) == [target]


def test_the_text_tables_have_no_key_twice() -> None:
    """A dict literal silently keeps the last of two equal keys; none may be lost."""
    import ast
    import inspect

    source = inspect.getsource(texts)
    sizes = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict):
            sizes[ast.unparse(node.target)] = len(node.value.keys)
    assert sizes["TEXTS"] == len(texts.TEXTS)  # equal at run time, e.g. a constant and a literal
    assert sizes["ENUM_TEXTS"] == len(texts.ENUM_TEXTS)
    assert sizes["FIELD_TEXTS"] == len(texts.FIELD_TEXTS)
    for key, (danish, english) in texts.TEXTS.items():
        assert danish.strip() and english.strip(), key
