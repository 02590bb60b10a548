"""Audit first, then the file: every export, print and backup reaches its
path only after the transaction with its audit entry commits; when the entry
cannot be written, no file (and no temporary file) is left behind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from referral_app.db import models as m
from referral_app.domain.audit import AuditFilter
from referral_app.domain.enums import Role
from referral_app.domain.errors import DomainError, ValidationError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.reporting import Period
from referral_app.domain.residents import ResidentDraft
from referral_app.services import (
    access_report,
    audit,
    backup,
    consent,
    exports,
    intake,
    outputs,
    reporting,
    residents,
)
from tests.services.staff import make_staff


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the outputs (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def case(sqlite_db) -> dict[str, Any]:
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        coord = make_staff(s, Role.COORDINATOR, "carl")
        admin = make_staff(s, Role.ADMIN, "anna")
        resident = residents.create(s, front, ResidentDraft(full_name="Mette Jensen", phone="20123456"))
        inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="bolig.vedligehold",
                                                           description="Skimmel", resident_id=resident.id))
    return {"front": front, "coord": coord, "admin": admin, "resident": resident.id, "inquiry": inquiry.id}


Write = Callable[[Any, dict[str, Any], Path], object]

WRITERS: dict[str, Write] = {
    "csv export": lambda s, c, p: exports.export_inquiries(
        s, c["coord"], Period(date(2020, 1, 1), date(2029, 12, 31)), p, with_names=True),
    "audit export": lambda s, c, p: audit.export_csv(s, c["admin"], AuditFilter(), p),
    "access report json": lambda s, c, p: access_report.export(s, c["coord"], c["resident"], p, as_json=True),
    "access report pdf": lambda s, c, p: access_report.export(s, c["coord"], c["resident"], p),
    "consent form": lambda s, c, p: consent.write_form(s, c["coord"], c["resident"], [], p),
    "case summary": lambda s, c, p: reporting.save(
        s, c["coord"], reporting.render_case_summary(s, c["coord"], c["inquiry"]), p),
}


def _entries(db: Any) -> int:
    with db.begin() as s:
        return s.scalar(select(func.count(m.AuditEvent.id))) or 0


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_the_file_appears_only_when_its_audit_entry_is_committed(sqlite_db, case, out: Path, kind) -> None:
    target = out / "out.bin"
    seen_inside: list[bool] = []
    with sqlite_db.begin() as s:
        WRITERS[kind](s, case, target)
        seen_inside.append(target.exists())
    assert seen_inside == [False] and target.is_file() and target.stat().st_size > 0
    assert [p.name for p in out.iterdir()] == ["out.bin"]


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_no_file_is_left_when_the_audit_entry_cannot_be_written(sqlite_db, case, out: Path, monkeypatch,
                                                                kind) -> None:
    before = _entries(sqlite_db)
    original = audit.record

    def failing(session, actor, action, **kwargs):
        original(session, actor, action, **kwargs)
        raise OperationalError("INSERT INTO audit_event", {}, Exception("disk I/O error"))

    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises((DomainError, OperationalError)), sqlite_db.begin() as s:
        WRITERS[kind](s, case, out / "out.bin")
    assert list(out.iterdir()) == [] and _entries(sqlite_db) == before


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_failing_commit_removes_the_file_too(sqlite_db, case, out: Path, kind) -> None:
    """The audit entry is written but the transaction is rolled back afterwards."""
    with pytest.raises(RuntimeError), sqlite_db.begin() as s:
        WRITERS[kind](s, case, out / "out.bin")
        raise RuntimeError("the caller's next step failed")
    assert list(out.iterdir()) == []


def test_a_file_name_that_is_not_utf8_is_refused_before_anything_is_written(sqlite_db, case, out) -> None:
    name = b"liste-\xff.csv".decode("utf-8", "surrogateescape")
    before = _entries(sqlite_db)
    with pytest.raises(ValidationError) as info, sqlite_db.begin() as s:
        WRITERS["csv export"](s, case, out / name)
    assert "\\udcff" in info.value.params["path"]
    assert list(out.iterdir()) == [] and _entries(sqlite_db) == before


def test_the_backup_is_published_after_its_entry_and_discarded_without(sqlite_db, case, out: Path) -> None:
    staged, revision = backup.stage_backup(sqlite_db, out / "kopi.sqlite3")
    assert revision and staged.temp.name.startswith(".backup-") and not staged.target.exists()
    with pytest.raises(RuntimeError), sqlite_db.begin() as s:
        audit.record(s, case["admin"], audit.AuditAction.EXPORT, entity="database")
        outputs.publish_on_commit(s, staged)
        raise RuntimeError("interrupted")
    assert list(out.iterdir()) == []


def test_a_file_that_appears_meanwhile_is_not_replaced(sqlite_db, case, out: Path) -> None:
    target = out / "out.csv"
    with pytest.raises(ValidationError), sqlite_db.begin() as s:
        WRITERS["csv export"](s, case, target)
        target.write_bytes(b"someone else's file")  # between the check and the move
    assert target.read_bytes() == b"someone else's file" and [p.name for p in out.iterdir()] == ["out.csv"]


def test_the_daily_backup_is_audited_and_left_out_when_the_entry_fails(sqlite_db, case, out: Path,
                                                                      monkeypatch) -> None:
    made = backup.run_automatic(sqlite_db, out, keep=3)
    assert made is not None and made.is_file()
    with sqlite_db.begin() as s:
        entry = s.execute(select(m.AuditEvent.username, m.AuditEvent.detail)
                          .where(m.AuditEvent.entity == "database")).one()
    assert entry.username == "auto-backup" and made.name in entry.detail
    made.unlink()

    def failing(*_args, **_kwargs):
        raise OperationalError("INSERT INTO audit_event", {}, Exception("disk I/O error"))

    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises(DomainError):
        backup.run_automatic(sqlite_db, out, keep=3)
    assert list(out.iterdir()) == []
