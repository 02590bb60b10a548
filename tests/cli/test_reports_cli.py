"""`referral-app report slip|case|stats`, `stats --json` and `export inquiries`
through the CLI's entry function, as a signed-in user would run them, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.services.database import open_database
from tests.conftest import run_cli
from tests.reports.pdf_text import (
    StatisticsPdf,
    expected_key_figures,
    expected_months,
    expected_tables,
    plain_text,
    section_header,
)
from tests.services.staff import PASSWORD


@pytest.fixture
def db_url(sample_copy) -> str:
    """Every test here works on a copy of the report sample (built once per session)."""
    return sample_copy.url


@pytest.fixture
def sample(db_url: str, sample_copy):
    db = open_database(db_url)
    try:
        made = sample_copy.made
        with db.begin() as s:
            key = s.scalar(select(m.Organization.key).where(m.Organization.id == made.recipient_id))
            names = {str(o.id): o.name for o in s.scalars(select(m.Organization))}
            categories = {c.code: c.name_da for c in s.scalars(select(m.Category))}
    finally:
        db.dispose()
    return {"sample": made, "recipient_key": key, "organizations": names, "categories": categories}


def _cli(url: str, *args: str, user: str = "carl"):
    return run_cli("--lang", "en", *args, "--user", user, "--password-stdin",
                   env={"REFERRAL_APP_DATABASE_URL": url}, input=f"{PASSWORD}\n")


def test_stats_json_and_the_pdf_agree_on_every_figure(db_url: str, sample, tmp_path: Path) -> None:
    figures_run = _cli(db_url, "stats", "--from", "2025-01-01", "--to", "31.12.2025", "--json", user="mette")
    assert figures_run.returncode == 0, figures_run.stderr
    figures = json.loads(figures_run.stdout)
    target = tmp_path / "statistik.pdf"
    made = _cli(db_url, "report", "stats", "--period", "2025", "-o", str(target), user="mette")
    assert made.returncode == 0, made.stderr
    assert target.is_file() and "Wrote" in made.stdout
    pdf = StatisticsPdf.read(target, "da")
    names = {"by_category": sample["categories"], "by_subcategory": sample["categories"],
             "by_housing_organization": sample["organizations"],
             "referrals_by_organization": sample["organizations"]}
    assert figures["inquiries"]["total"] > 100 and figures["referrals"]["total"] > 50
    assert pdf.key_figures() == expected_key_figures(figures, "da")
    for section, rows in expected_tables(figures, names, "da").items():
        assert pdf.section(section, section_header(section, "da")) == rows, section
    assert pdf.section("by_month", ["Måned", "Henvendelser", "Henvisninger"]) == expected_months(figures, "da")
    assert [row[0].rstrip("…") for row in pdf.top_services()] == [
        s["service"][: len(row[0].rstrip("…"))] for s, row in zip(figures["top_services"], pdf.top_services(),
                                                                  strict=True)]


def test_stats_as_text(db_url: str, sample) -> None:
    result = _cli(db_url, "stats", "--period", "2025-Q1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Period: 01.01.2025 to 31.03.2025") and "completion rate" in result.stdout


def test_slip_and_case_summary(db_url: str, sample, tmp_path: Path) -> None:
    made = sample["sample"]
    slip = tmp_path / "seddel.pdf"
    result = _cli(db_url, "report", "slip", str(made.slip_referral), "--lang", "en", "-o", str(slip), user="frida")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(str(slip)).pages) == 1
    text = plain_text(slip)
    assert f"FI-{made.slip_referral:06d}" in text and "Opening hours" in text and "Frida" in text
    case = tmp_path / "sag.pdf"
    result = _cli(db_url, "report", "case", str(made.case_inquiry), "--recipient", sample["recipient_key"],
                  "-o", str(case))
    assert result.returncode == 0, result.stderr
    text = " ".join(plain_text(case).split())
    assert "Åse Ærbø" in text and "Viser: navn, telefon" in text
    db = open_database(db_url)
    try:
        with db.begin() as s:
            actions = list(s.scalars(select(m.AuditEvent.action).where(
                m.AuditEvent.entity == "inquiry", m.AuditEvent.entity_id == str(made.case_inquiry),
                m.AuditEvent.username == "carl")))
    finally:
        db.dispose()
    assert actions == ["export"]


def test_export_inquiries_for_a_danish_excel(db_url: str, sample, tmp_path: Path) -> None:
    target = tmp_path / "henvendelser.csv"
    result = _cli(db_url, "export", "inquiries", "--from", "2025-01-01", "--to", "2025-12-31", "-o", str(target),
                  user="mette")
    assert result.returncode == 0, result.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][0] == "Type" and "Navn" not in rows[0]
    assert "optælling" in {r[0] for r in rows[1:]} and any(r[12] == "" for r in rows[1:])  # anonymous rows too
    comma = tmp_path / "names.csv"
    result = _cli(db_url, "export", "inquiries", "--period", "2025", "-o", str(comma), "--delimiter", ",",
                  "--with-names")
    assert result.returncode == 0, result.stderr
    rows_with_names = list(csv.reader(comma.read_bytes().decode("utf-8-sig").splitlines(), delimiter=","))
    assert rows_with_names[0][-2:] == ["Navn", "Beskrivelse"] and len(rows_with_names) == len(rows)


@pytest.mark.parametrize(("args", "user", "expected"), [
    (("report", "stats", "--from", "2025-12-31", "--to", "2025-01-01", "-o", "{out}"), "carl", "after its start"),
    (("stats", "--from", "2025-01-01", "--json"), "carl", "Say which period"),
    (("report", "slip", "999999", "-o", "{out}"), "frida", "no referral with number 999999"),
    (("report", "case", "999999", "-o", "{out}"), "carl", "no inquiry with number 999999"),
    (("report", "case", "1", "--recipient", "nobody", "-o", "{out}"), "carl", "no organization called nobody"),
    (("report", "stats", "--period", "2025", "-o", "{missing}"), "carl", "does not exist"),
    (("report", "stats", "--period", "2025", "-o", "{folder}"), "carl", "not an ordinary file"),
    (("report", "stats", "--period", "2025", "-o", "{out}"), "frida", "may not print statistics"),
    (("export", "inquiries", "--period", "2025", "-o", "{csv}", "--with-names"), "mette", "may not export with"),
    (("stats", "--period", "2025-Q7"), "carl", "is not a period"),
])
def test_bad_input_is_one_clear_line_and_leaves_no_file(db_url: str, sample, tmp_path: Path, args, user,
                                                        expected) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    paths = {"out": str(out_dir / "report.pdf"), "csv": str(out_dir / "x.csv"),
             "missing": str(out_dir / "nowhere" / "r.pdf"), "folder": str(out_dir)}
    result = _cli(db_url, *(a.format(**paths) for a in args), user=user)
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert list(out_dir.iterdir()) == []
