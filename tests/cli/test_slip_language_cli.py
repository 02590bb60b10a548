"""`referral-app report slip ID --lang CODE` in a child process: every slip
language, the resident's language by default, and one line for a wrong code."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.reports.slip_catalogue import load_catalogue
from referral_app.services import intake, referrals, residents
from referral_app.services.database import open_database
from tests.conftest import run_cli
from tests.reports.pdf_text import has_rtl, logical_order, plain_text, visual_lines
from tests.services.staff import PASSWORD, make_staff


@pytest.fixture
def referral(db_url: str) -> int:
    """A referral to the surplus food for a resident who reads Arabic."""
    db = open_database(db_url)
    try:
        with db.begin() as s:
            front = make_staff(s, Role.FRONT_DESK, "frida", "Frida Ærø")
            food = s.scalar(select(m.Service.id).join(m.Organization).where(
                m.Organization.key == "vores-hg", m.Service.key == "overskudsmad"))
            resident = residents.create(s, front, ResidentDraft(full_name="Amal Testesen", preferred_language="ar"))
            inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="faellesskab.overskudsmad",
                                                                resident_id=resident.id))
            return referrals.create(s, front, inquiry.id, food).id
    finally:
        db.dispose()


def _slip(url: str, referral_id: int, target: Path, *lang: str):
    return run_cli("--lang", "en", "report", "slip", str(referral_id), *lang, "-o", str(target), "--user", "frida",
                   "--password-stdin", env={"REFERRAL_APP_DATABASE_URL": url}, input=f"{PASSWORD}\n")


def _rtl_text(pdf: Path) -> str:
    return " ".join(unicodedata.normalize("NFKC", logical_order(line)) for line in visual_lines(pdf) if has_rtl(line))


def test_the_slip_in_the_residents_language_by_default_and_in_any_other_on_request(db_url, referral,
                                                                                  tmp_path) -> None:
    default = tmp_path / "default.pdf"
    result = _slip(db_url, referral, default)
    assert result.returncode == 0, result.stderr
    arabic = load_catalogue("ar").texts
    text = _rtl_text(default)
    assert arabic["slip_title"] in text and "الطعام الفائض" in text  # the service's own Arabic name
    assert "Her kan du få hjælp" in plain_text(default)
    for code in ("so", "pl", "uk", "da"):
        target = tmp_path / f"{code}.pdf"
        result = _slip(db_url, referral, target, "--lang", code.upper() if code == "pl" else code)
        assert result.returncode == 0, result.stderr
        printed = " ".join(plain_text(target).split())
        assert load_catalogue(code).texts["slip_title"] in printed
        assert (load_catalogue("so").texts["slip_title"] in printed) == (code == "so")


def test_an_unknown_language_is_one_line_listing_the_choices_and_writes_nothing(db_url, referral, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "slip.pdf"
    result = _slip(db_url, referral, target, "--lang", "xx")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "xx" in lines[0] and "da, ar, so, tr, ur, fa, uk, pl, en" in lines[0]
    assert list(out.iterdir()) == []
