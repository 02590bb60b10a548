"""The audit trail as a hash chain: the check finds a changed, deleted,
inserted or back-dated entry; the database refuses replacing entries and
windows left open by anyone but the retention job; desks writing at once do
not fork the chain; retention and the migration keep it intact."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.audit import AuditAction
from referral_app.domain.audit_chain import ChainFields, ChainProblem, canonical_time, entry_hash
from referral_app.domain.enums import Role
from referral_app.domain.errors import PermissionDeniedError, StorageError
from referral_app.services import audit, audit_chain
from referral_app.services.database import open_database
from tests.services.staff import PASSWORD, make_staff

SQLITE_GUARDS = ("audit_event_no_update", "audit_event_no_delete", "audit_event_no_replace",
                 "audit_event_closes_windows")


@pytest.fixture
def logged(database):
    """Six entries, each written in its own transaction; returns their ids."""
    with database.begin() as s:
        actor = make_staff(s, Role.ADMIN, "anne")
    for n in range(6):
        with database.begin() as s:
            audit.record(s, actor, AuditAction.SEARCH, entity="resident", detail=f"terms='navn {n}'")
    with database.begin() as s:
        return actor, list(s.scalars(select(m.AuditEvent.id).order_by(m.AuditEvent.id)))


def _tamper(database, *statements: str) -> None:
    """What someone with the database file or a superuser login could do: switch the guards off and edit."""
    if database.is_sqlite:
        database.dispose()
        conn = sqlite3.connect(database.path)
        try:
            conn.executescript("".join(f"DROP TRIGGER IF EXISTS {name};" for name in SQLITE_GUARDS)
                               + "".join(f"{sql};" for sql in statements))
        finally:
            conn.close()
        return
    with database.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER USER")
        for sql in statements:
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql("ALTER TABLE audit_event ENABLE TRIGGER USER")


def _check(database):
    with database.begin() as s:
        return audit_chain.check(s)


def test_entries_written_by_the_app_form_an_intact_chain(database, logged) -> None:
    actor, ids = logged
    with database.begin() as s:
        report = audit.verify_log(s, actor)
    assert report.intact and report.checked == len(ids)
    with database.begin() as s:  # the check is logged, and the new entry extends the chain
        last = s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()
        assert last.detail == f"verify entries={len(ids)} intact"
    assert _check(database).checked == len(ids) + 1


def test_a_changed_entry_is_found(database, logged) -> None:
    _, ids = logged
    _tamper(database, f"UPDATE audit_event SET detail = 'terms=''x''' WHERE id = {ids[2]}")
    report = _check(database)
    assert (report.problem, report.entry_id) == (ChainProblem.CHANGED, ids[2])


def test_a_deleted_entry_is_found_in_the_middle_at_the_start_and_at_the_end(database, logged) -> None:
    _, ids = logged
    _tamper(database, f"DELETE FROM audit_event WHERE id = {ids[3]}")
    assert (_check(database).problem, _check(database).entry_id) == (ChainProblem.LINK, ids[4])
    _tamper(database, f"DELETE FROM audit_event WHERE id = {ids[0]}")
    report = _check(database)
    assert report.problem in (ChainProblem.START, ChainProblem.LINK) and report.entry_id == ids[1]
    _tamper(database, f"DELETE FROM audit_event WHERE id = {ids[5]}")
    assert _check(database).problem in (ChainProblem.START, ChainProblem.LINK)


def test_deleting_the_newest_entries_is_found(database, logged) -> None:
    _, ids = logged
    _tamper(database, f"DELETE FROM audit_event WHERE id >= {ids[4]}")
    report = _check(database)
    assert (report.problem, report.entry_id) == (ChainProblem.END, ids[3])


def _forged(database, prev_hash: str, at) -> tuple[str, str]:
    fields = ChainFields(at=at, staff_user_id=None, username="mallory", action="view", entity="resident",
                         entity_id="1", resident_id=1, detail=None, purpose=None)
    at_text = canonical_time(at).replace("T", " ").rstrip("Z") if database.is_sqlite else at.isoformat()
    return entry_hash(prev_hash, fields), at_text


def test_an_inserted_entry_with_a_correct_hash_is_found(database, logged) -> None:
    """Even an entry forged with a valid hash and link shows: in the middle the next
    entry no longer links to it, at the end the chain's recorded head does not match."""
    _, ids = logged
    with database.begin() as s:
        last = s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()
        prev, at = last.hash, last.at + timedelta(seconds=1)
    digest, at_text = _forged(database, prev, at)
    _tamper(database, "INSERT INTO audit_event (id, at, username, action, entity, entity_id, resident_id, "
                      f"prev_hash, hash) VALUES ({ids[-1] + 1}, '{at_text}', 'mallory', 'view', 'resident', '1', 1, "
                      f"'{prev}', '{digest}')")
    report = _check(database)
    assert (report.problem, report.entry_id) == (ChainProblem.END, ids[-1] + 1)


def test_a_back_dated_entry_is_found(database, logged) -> None:
    _, ids = logged
    with database.begin() as s:
        chain = s.get(m.AuditChain, 1)
        prev = chain.last_hash
    digest, at_text = _forged(database, prev, utcnow() - timedelta(days=30))
    _tamper(database, "INSERT INTO audit_event (id, at, username, action, entity, entity_id, resident_id, "
                      f"prev_hash, hash) VALUES ({ids[-1] + 1}, '{at_text}', 'mallory', 'view', 'resident', '1', 1, "
                      f"'{prev}', '{digest}')",
            f"UPDATE audit_chain SET last_hash = '{digest}'")
    report = _check(database)
    assert (report.problem, report.entry_id) == (ChainProblem.ORDER, ids[-1] + 1)


def test_insert_or_replace_and_upserts_are_refused(database, logged) -> None:
    _, ids = logged
    if database.is_sqlite:
        statement = (f"INSERT OR REPLACE INTO audit_event (id, at, action) VALUES ({ids[1]}, '2020-01-01', 'view')")
    else:
        statement = (f"INSERT INTO audit_event (id, at, action) VALUES ({ids[1]}, '2020-01-01', 'view') "
                     "ON CONFLICT (id) DO UPDATE SET detail = 'x', at = EXCLUDED.at")
    with pytest.raises(DBAPIError), database.engine.begin() as conn:
        conn.exec_driver_sql(statement)
    assert _check(database).intact


def test_a_window_outlives_neither_its_transaction_nor_its_purpose(database, logged) -> None:
    actor, ids = logged
    with database.engine.begin() as conn:  # someone declares a window and commits it
        conn.exec_driver_sql("INSERT INTO audit_purge_window (id, cutoff, kind) VALUES (7, '2100-01-01', 'purge')")
    with database.begin() as s:  # the desks go on working (SQLite: the next entry closes the window)
        audit.record(s, actor, AuditAction.VIEW, entity="resident", entity_id=1)
    with pytest.raises(DBAPIError), database.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM audit_event WHERE id = {ids[0]}")
    # Inside a redaction window only the details may change, and only to the marker.
    cutoff = utcnow()
    with pytest.raises(StorageError), database.begin() as s:
        with audit_chain.window(s, audit_chain.REDACT, cutoff):
            s.execute(text(f"UPDATE audit_event SET username = 'x' WHERE id = {ids[1]}"))
    with pytest.raises(StorageError), database.begin() as s:
        with audit_chain.window(s, audit_chain.REDACT, cutoff):
            s.execute(text(f"UPDATE audit_event SET detail = 'other words' WHERE id = {ids[1]}"))
    with pytest.raises(StorageError), database.begin() as s:  # a purge window does not allow changes
        with audit_chain.window(s, audit_chain.PURGE, cutoff):
            s.execute(text(f"UPDATE audit_event SET detail = '[fjernet]' WHERE id = {ids[1]}"))
    assert _check(database).intact


def test_retention_keeps_the_chain_checkable_even_when_everything_goes(database, logged) -> None:
    actor, ids = logged
    with database.begin() as s:
        assert audit.purge_before(s, utcnow() + timedelta(seconds=1)) == len(ids)
    with database.begin() as s:
        assert s.scalar(select(func.count(m.AuditEvent.id))) == 0
        assert s.get(m.AuditChain, 1).first_id is None
    with database.begin() as s:
        audit.record(s, actor, AuditAction.VIEW, entity="resident", entity_id=1)
    report = _check(database)
    assert report.intact and report.checked == 1


def test_desks_writing_at_once_do_not_fork_the_chain(database, logged) -> None:
    actor, ids = logged
    desks, each = 6, 5
    barrier = threading.Barrier(desks)
    errors: list[BaseException] = []

    def desk(n: int) -> None:
        try:
            barrier.wait(120)
            for i in range(each):
                with database.begin() as s:
                    audit.record(s, actor, AuditAction.VIEW, entity="resident", entity_id=n * 100 + i)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    # Daemon threads joined with a timeout: a desk stuck on a lock fails the test instead of hanging it.
    threads = [threading.Thread(target=desk, args=(n,), daemon=True) for n in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not any(thread.is_alive() for thread in threads), "a desk did not finish"
    assert errors == []
    report = _check(database)
    assert report.intact and report.checked == len(ids) + desks * each


def test_verifying_needs_the_audit_permission(database, logged) -> None:
    with database.begin() as s:
        frida = make_staff(s, Role.FRONT_DESK, "frida")
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        audit.verify_log(s, frida)
    assert _check(database).intact  # the logged refusal is part of the chain too


@pytest.mark.parametrize(("edit", "found"), [
    ("UPDATE audit_event SET detail = 'terms=''nogen''' WHERE id = {second}", "entry {second} was changed"),
    ("DELETE FROM audit_event WHERE id = {second}", "entry {third} does not follow"),
    ("INSERT INTO audit_event (id, at, action, prev_hash, hash) VALUES ({last} + 1, '2099-01-01 00:00:00', "
     "'view', (SELECT hash FROM audit_event WHERE id = {last}), 'f00d')", "entry {next} was changed"),
])
def test_audit_verify_on_the_command_line_finds_an_edit_in_a_copy(sqlite_db, tmp_path: Path, edit: str,
                                                                   found: str) -> None:
    from tests.cli.inprocess import run_main

    with sqlite_db.begin() as s:
        actor = make_staff(s, Role.MANAGER, "mette")
        for n in range(4):
            audit.record(s, actor, AuditAction.SEARCH, entity="resident", detail=f"terms='navn {n}'")
    sqlite_db.checkpoint()
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(sqlite_db.path, copy)
    args = ("--lang", "en", "--database-url", f"sqlite:///{copy}", "audit", "verify", "--as", "mette",
            "--password-stdin")
    good = run_main(*args, stdin=f"{PASSWORD}\n")
    assert good.returncode == 0, good.stderr
    assert "intact: 5 entries checked" in good.stdout  # the four and the sign-in
    copied = open_database(f"sqlite:///{copy}")
    with copied.begin() as s:
        ids = s.scalars(select(m.AuditEvent.id).order_by(m.AuditEvent.id)).all()
    names = {"second": ids[1], "third": ids[2], "last": ids[-1], "next": ids[-1] + 1}
    _tamper(copied, edit.format(**names))
    bad = run_main(*args, stdin=f"{PASSWORD}\n")
    assert bad.returncode == 1, bad.stderr
    assert found.format(**names) in bad.stdout
    assert len(bad.stdout.splitlines()) == 1


def test_the_migration_chains_the_entries_already_there(empty_db_url: str) -> None:
    from alembic import command

    from referral_app.db import migrate
    from referral_app.db.engine import Database

    db = Database(empty_db_url)
    config = migrate.alembic_config(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004_seed_content_hash")
    with db.engine.begin() as conn:
        for n, at in enumerate(("2026-05-01 10:00:00.250000", "2026-05-01 10:00:00", "2026-06-02 08:30:00")):
            conn.execute(text("INSERT INTO audit_event (at, username, action, entity, detail) "
                              "VALUES (:at, 'frida', 'search', 'resident', :detail)"),
                         {"at": at, "detail": f"terms='navn {n}'"})
    migrate.upgrade(db)
    with db.begin() as s:
        report = audit_chain.check(s)
        hashes = s.scalars(select(m.AuditEvent.hash).order_by(m.AuditEvent.id)).all()
    assert report.intact and report.checked == 3 and len(set(hashes)) == 3
    with db.begin() as s:  # the app goes on from the migrated head
        audit.record(s, None, AuditAction.RETENTION, username="system")
    assert _check(db).intact and _check(db).checked == 4
    db.dispose()
