"""The audit trail: filters, paging, CSV export, and rows nobody can change."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.audit import AuditAction, AuditFilter
from referral_app.domain.enums import Role
from referral_app.domain.errors import PermissionDeniedError, ValidationError
from referral_app.services import audit, audit_chain
from tests.services.staff import make_staff


@pytest.fixture
def staff(database):
    with database.begin() as s:
        return {
            "manager": make_staff(s, Role.MANAGER, "mette"),
            "front": make_staff(s, Role.FRONT_DESK, "frida"),
        }


def _seed(database, staff) -> None:
    with database.begin() as s:
        audit.record(s, staff["front"], AuditAction.SEARCH, entity="resident", detail="terms='jensen'")
        audit.record(s, staff["front"], AuditAction.VIEW, entity="resident", entity_id=7, resident_id=7,
                     purpose="Henvisning til ejendomskontoret")
        audit.record(s, staff["manager"], AuditAction.PRINT, entity="statistics")


def test_list_filters_by_user_action_and_resident(database, staff) -> None:
    _seed(database, staff)
    manager = staff["manager"]
    with database.begin() as s:
        by_user = audit.list_events(s, manager, AuditFilter(username="frida"))
        by_action = audit.list_events(s, manager, AuditFilter(action=AuditAction.PRINT))
        by_resident = audit.list_events(s, manager, AuditFilter(resident_id=7))
    assert {e.action for e in by_user} == {AuditAction.SEARCH, AuditAction.VIEW}
    assert [e.user for e in by_action] == ["mette"]
    assert [e.purpose for e in by_resident] == ["Henvisning til ejendomskontoret"]


def test_reading_the_log_is_logged(database, staff) -> None:
    with database.begin() as s:
        audit.list_events(s, staff["manager"], AuditFilter(username="frida"))
    with database.begin() as s:
        rows = s.scalars(select(m.AuditEvent).where(m.AuditEvent.entity == "audit_log")).all()
    assert [(r.username, r.action, r.detail) for r in rows] == [("mette", "view", "user=frida")]


def test_period_filter_and_count(database, staff) -> None:
    _seed(database, staff)
    now = utcnow()
    with database.begin() as s:
        assert audit.count_events(s, staff["manager"], AuditFilter(start=now - timedelta(hours=1))) == 3
        assert audit.count_events(s, staff["manager"], AuditFilter(end=now - timedelta(hours=1))) == 0


def test_front_desk_may_not_read_the_log(database, staff) -> None:
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        audit.list_events(s, staff["front"], AuditFilter())


def test_export_csv_for_danish_excel(database, staff, tmp_path) -> None:
    _seed(database, staff)
    target = tmp_path / "log.csv"
    with database.begin() as s:
        count = audit.export_csv(s, staff["manager"], AuditFilter(username="frida"), target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert count == 2 and len(rows) == 3 and rows[0][:3] == ["at", "user", "action"]
    assert rows[2][6] == "Henvisning til ejendomskontoret"
    with database.begin() as s:
        exports = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "export")).all()
    assert len(exports) == 1 and exports[0].username == "mette"


def test_export_to_missing_folder_is_clear_and_writes_nothing(database, staff, tmp_path) -> None:
    with pytest.raises(ValidationError), database.begin() as s:
        audit.export_csv(s, staff["manager"], AuditFilter(), tmp_path / "nope" / "log.csv")
    assert not (tmp_path / "nope").exists()


def test_rows_cannot_be_changed_or_deleted_with_sql(database, staff) -> None:
    _seed(database, staff)
    with pytest.raises(DBAPIError), database.engine.begin() as conn:
        conn.execute(update(m.AuditEvent).values(detail="tampered"))
    with pytest.raises(DBAPIError), database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event"))
    with database.begin() as s:
        assert s.scalar(select(m.AuditEvent.detail).where(m.AuditEvent.action == "search")) == "terms='jensen'"
        assert len(s.scalars(select(m.AuditEvent)).all()) == 3


def test_retention_purge_deletes_only_older_rows(database, staff) -> None:
    old = utcnow() - timedelta(days=200)
    with database.begin() as s:  # an entry written 200 days ago, at the start of the chain
        audit_chain.append(s, m.AuditEvent(at=old, username="frida", action="view", entity="resident"))
    _seed(database, staff)
    with database.begin() as s:
        removed = audit.purge_before(s, utcnow() - timedelta(days=183))
    assert removed == 1
    with database.begin() as s:
        assert len(s.scalars(select(m.AuditEvent)).all()) == 3
        assert s.scalars(select(m.AuditPurgeWindow)).all() == []
        assert audit_chain.check(s).intact


def test_keyset_pages_match_offset_pages(database, staff) -> None:
    with database.begin() as s:
        for i in range(25):
            audit.record(s, staff["front"], AuditAction.VIEW, entity="resident", entity_id=i)
    manager = staff["manager"]
    with database.begin() as s:
        by_offset = [audit.list_events(s, manager, AuditFilter(), offset=o, limit=10, log_view=False)
                     for o in (0, 10, 20)]
        first = audit.list_events(s, manager, AuditFilter(), limit=10, log_view=False)
        second = audit.list_events(s, manager, AuditFilter(), limit=10, log_view=False, after=first[-1])
        third = audit.list_events(s, manager, AuditFilter(), limit=10, log_view=False, after=second[-1])
    assert [e.id for e in first + second + third] == [e.id for page in by_offset for e in page]
