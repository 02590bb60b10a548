"""`referral-app resident export|erase` through the CLI's entry function."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.services import intake, residents
from referral_app.services.database import open_database
from tests.conftest import run_cli
from tests.services.staff import PASSWORD, make_staff


@pytest.fixture
def resident_id(sqlite_url: str) -> int:
    db = open_database(sqlite_url)
    with db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        make_staff(s, Role.ADMIN, "anne")
        rid = residents.create(s, front, ResidentDraft(full_name="Bente Holm", phone="22334455")).id
        intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid", resident_id=rid,
                                                  description="Bente Holm har glemt sin MitID-kode"))
    db.dispose()
    return rid


def _cli(url: str, *args: str, user: str = "frida"):
    return run_cli("--lang", "en", *args, "--user", user, "--password-stdin",
                   env={"REFERRAL_APP_DATABASE_URL": url}, input=f"{PASSWORD}\n")


def test_export_json_and_pdf(sqlite_url: str, resident_id: int, tmp_path: Path) -> None:
    as_json = _cli(sqlite_url, "resident", "export", str(resident_id), "--format", "json", "-o",
                   str(tmp_path / "a.json"))
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["resident"]["name"] == "Bente Holm" and len(data["inquiries"]) == 1
    as_pdf = _cli(sqlite_url, "resident", "export", str(resident_id), "-o", str(tmp_path / "a.pdf"))
    assert as_pdf.returncode == 0, as_pdf.stderr
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "a.pdf")).pages)
    assert "Bente Holm" in text


def test_erase_needs_yes_and_an_administrator(sqlite_url: str, resident_id: int, tmp_path: Path) -> None:
    denied = _cli(sqlite_url, "resident", "erase", str(resident_id), "--yes")
    assert denied.returncode == 2 and "may not" in denied.stderr
    preview = _cli(sqlite_url, "resident", "erase", str(resident_id), user="anne")
    assert preview.returncode == 0 and "Bente Holm" in preview.stdout and "Nothing was erased" in preview.stdout
    done = _cli(sqlite_url, "resident", "erase", str(resident_id), "--yes", user="anne")
    assert done.returncode == 0 and "is erased" in done.stdout
    again = _cli(sqlite_url, "resident", "export", str(resident_id), "-o", str(tmp_path / "b.pdf"))
    assert again.returncode == 2 and "anonymized" in again.stderr and not (tmp_path / "b.pdf").exists()


@pytest.mark.parametrize(("args", "expected"), [
    (("resident", "export", "999999", "-o", "{tmp}/x.pdf"), "no resident with number 999999"),
    (("resident", "export", "{rid}", "-o", "{tmp}/missing/x.pdf"), "does not exist"),
    (("resident", "export", "{rid}", "--format", "xml", "-o", "{tmp}/x.xml"), "unknown choice"),
])
def test_bad_input(sqlite_url: str, resident_id: int, tmp_path: Path, args, expected: str) -> None:
    result = _cli(sqlite_url, *(a.format(tmp=tmp_path, rid=resident_id) for a in args))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]
