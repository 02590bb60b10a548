"""Outputs that never destroy, from the command line: ``-o`` refuses the
live database (however spelled), an existing file without ``--overwrite``
and anything that is not an ordinary file, with one line and exit status 2,
and changes nothing; every file appears only with its audit entry."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.services import intake, outputs, referrals, residents
from referral_app.services.database import open_database
from tests.cli.inprocess import run_main
from tests.conftest import run_cli
from tests.services.staff import PASSWORD, make_staff


@pytest.fixture
def sample_url(sqlite_url: str) -> str:
    """Staff (carl coordinator, frida front desk, anna administrator), a
    resident, an inquiry and a referral: enough for every output command."""
    db = open_database(sqlite_url)
    try:
        with db.begin() as s:
            front = make_staff(s, Role.FRONT_DESK, "frida", "Frida Sørensen")
            make_staff(s, Role.COORDINATOR, "carl", "Carl Østergaard")
            make_staff(s, Role.ADMIN, "anna", "Anna Admin")
            resident = residents.create(s, front, ResidentDraft(full_name="Mette Jensen", phone="20123456"))
            inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="bolig.vedligehold",
                                                               description="Skimmel", resident_id=resident.id))
            service = s.scalars(select(m.Service.id).where(m.Service.status == "active")).first()
            referrals.create(s, front, inquiry.id, service)
    finally:
        db.dispose()
    return sqlite_url


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the outputs (the database lives in tmp_path itself)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _db_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _state(url: str) -> tuple[str, int]:
    db = open_database(url)
    try:
        with db.begin() as s:
            entries = s.scalar(select(func.count(m.AuditEvent.id))) or 0
    finally:
        db.dispose()
    return _digest(_db_path(url)), entries


def _report(url: str, *args: str, user: str = "carl", lang: str = "en"):
    return run_main("--lang", lang, *args, "--user", user, "--password-stdin",
                    stdin=f"{PASSWORD}\n", env={"REFERRAL_APP_DATABASE_URL": url})


def _one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def _spellings(db: Path, tmp_path: Path) -> list[str]:
    link = tmp_path / "link.sqlite3"
    link.symlink_to(db)
    hard = tmp_path / "hard.sqlite3"
    os.link(db, hard)
    sub = db.parent / "sub"
    sub.mkdir(exist_ok=True)
    return [str(db), f"{db}-wal", f"{db}-shm", f"{db}-journal", str(sub / ".." / db.name),
            f"{db.parent}//{db.name}", str(link), str(hard)]


def test_stats_report_refuses_the_live_database_however_it_is_spelled(sample_url: str, tmp_path: Path) -> None:
    db = _db_path(sample_url)
    for spelling in _spellings(db, tmp_path):
        before = _state(sample_url)
        for extra in ((), ("--overwrite",)):
            result = _report(sample_url, "report", "stats", "--period", "2025", "-o", spelling, *extra)
            assert "own database" in _one_line(result), spelling
        assert _state(sample_url) == before
    assert "Cannot" not in ""  # the database still opens and answers:
    assert _report(sample_url, "stats", "--period", "2025", "--json").returncode == 0


def test_an_existing_file_is_kept_without_overwrite(sample_url: str, out: Path) -> None:
    target = out / "statistik.pdf"
    target.write_bytes(b"last year's report")
    before = _state(sample_url)
    refused = _report(sample_url, "report", "stats", "--period", "2025", "-o", str(target))
    assert "already exists" in _one_line(refused) and "--overwrite" in refused.stderr
    assert target.read_bytes() == b"last year's report" and _state(sample_url) == before
    assert sorted(p.name for p in out.iterdir()) == ["statistik.pdf"]

    danish = _report(sample_url, "report", "stats", "--period", "2025", "-o", str(target), lang="da")
    assert "findes allerede" in _one_line(danish) or "already exists" in danish.stderr

    replaced = _report(sample_url, "report", "stats", "--period", "2025", "-o", str(target), "--overwrite")
    assert replaced.returncode == 0, replaced.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.iterdir()) == ["statistik.pdf"]


@pytest.mark.parametrize("kind", ["folder", "empty", "blank", "too_long", "name_too_long", "proc", "dev_null",
                                  "fifo", "missing_folder", "trailing_slash"])
def test_odd_output_paths_get_a_reason(sample_url: str, out: Path, kind: str) -> None:
    paths = {
        "folder": str(out), "empty": "", "blank": "   ", "too_long": str(out / ("a/" * 2100 + "x.pdf")),
        "name_too_long": str(out / ("n" * 300 + ".pdf")), "proc": "/proc/self/status", "dev_null": "/dev/null",
        "fifo": str(out / "fifo"), "missing_folder": str(out / "nowhere" / "r.pdf"),
        "trailing_slash": str(out / "r.pdf") + "/",
    }
    if kind == "fifo":
        os.mkfifo(paths["fifo"])
    before = sorted(out.iterdir())
    for args in (("report", "stats", "--period", "2025", "-o", paths[kind]),
                 ("export", "inquiries", "--period", "2025", "-o", paths[kind], "--overwrite"),
                 ("db", "backup", paths[kind], "--overwrite")):
        user = "anna" if args[0] == "db" else "carl"
        line = _one_line(_report(sample_url, *args, user=user))
        assert any(reason in line for reason in ("not an ordinary file", "Say which file", "too long",
                                                   "does not exist")), (kind, line)
    assert sorted(out.iterdir()) == before


def test_every_output_command_refuses_an_existing_file(sample_url: str, out: Path) -> None:
    existing = out / "keep.bin"
    existing.write_bytes(b"keep me")
    commands = [
        ("carl", "report", "stats", "--period", "2025"),
        ("frida", "report", "slip", "1"),
        ("carl", "report", "case", "1"),
        ("carl", "export", "inquiries", "--period", "2025"),
        ("carl", "resident", "export", "1", "--format", "json"),
    ]
    before = _state(sample_url)
    for user, *args in commands:
        line = _one_line(_report(sample_url, *args, "-o", str(existing), user=user))
        assert "already exists" in line, args
    assert "already exists" in _one_line(_report(sample_url, "db", "backup", str(existing), user="anna"))
    assert existing.read_bytes() == b"keep me" and _state(sample_url) == before


def test_the_backup_lands_only_with_its_audit_entry(sample_url: str, out: Path, monkeypatch) -> None:
    from sqlalchemy.exc import OperationalError

    from referral_app.services import audit

    def broken(*_args, **_kwargs):
        raise OperationalError("INSERT INTO audit_event", {}, Exception("disk I/O error"))

    target = out / "kopi.sqlite3"
    original = audit.record
    def record_then_fail(session, actor, action, **kwargs):
        if kwargs.get("entity") == "database":
            broken()
        return original(session, actor, action, **kwargs)

    monkeypatch.setattr(audit, "record", record_then_fail)
    before = _state(sample_url)
    result = _report(sample_url, "db", "backup", str(target), user="anna")
    assert "disk I/O error" in _one_line(result)
    assert not target.exists() and _state(sample_url)[1] == before[1] + 1  # only the sign-in is logged
    assert [p.name for p in out.iterdir()] == []  # no hidden copy either
    monkeypatch.setattr(audit, "record", original)
    made = _report(sample_url, "db", "backup", str(target), user="anna")
    assert made.returncode == 0, made.stderr
    assert target.is_file() and [p.name for p in out.iterdir()] == ["kopi.sqlite3"]


def test_a_killed_backup_leaves_a_copy_that_the_next_start_removes(sample_url: str, out: Path) -> None:
    """Simulates kill -9 between copying and moving into place: the journal
    entry's lock is gone, so the next command cleans the hidden copy."""
    target = out / "kopi.sqlite3"
    db = open_database(sample_url)
    try:
        from referral_app.services import backup

        staged, _revision = backup.stage_backup(db, target)
    finally:
        db.dispose()
    hidden = staged.temp
    assert hidden.name.startswith(".backup-") and hidden.is_file()
    staged._journal.handle.close()  # what the kernel does for a killed process: the lock goes
    staged._journal.handle = None
    assert run_main("--lang", "en", "db", "current",
                    env={"REFERRAL_APP_DATABASE_URL": sample_url}).returncode == 0
    assert not hidden.exists() and not target.exists()


def test_a_live_writer_s_temporary_file_is_left_alone(tmp_path: Path) -> None:
    staged = outputs.stage(tmp_path / "r.pdf", lambda handle: handle.write(b"%PDF"))
    try:
        assert outputs.clean_stale([tmp_path]) == [] and staged.temp.exists()
    finally:
        staged.discard()
    stray = tmp_path / ".fi-deadbeef.part"
    stray.write_bytes(b"left by an older version")
    assert outputs.clean_stale([tmp_path]) == [stray] and not stray.exists()


def test_report_stats_over_the_live_database_in_a_real_process(sample_url: str) -> None:
    """The issue's own case, as a user runs it."""
    db = _db_path(sample_url)
    before = _state(sample_url)
    result = run_cli("--lang", "en", "report", "stats", "--period", "2026", "-o", str(db), "--user", "carl",
                     "--password-stdin", env={"REFERRAL_APP_DATABASE_URL": sample_url}, input=f"{PASSWORD}\n")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert _state(sample_url) == before
