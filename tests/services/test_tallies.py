"""One-key tallies: counted per local day, undone only by the same person
within the window and only once, refused for roles that do not log inquiries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Channel, Role
from referral_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from referral_app.domain.inquiries import UNDO_SECONDS, local_day_bounds, local_today
from referral_app.services import tallies
from tests.services.staff import make_staff

DAY = date(2025, 3, 12)


@pytest.fixture
def staff(database):
    with database.begin() as s:
        return {
            "front": make_staff(s, Role.FRONT_DESK, "frida"),
            "coordinator": make_staff(s, Role.COORDINATOR, "carl"),
            "manager": make_staff(s, Role.MANAGER, "mette"),
            "admin": make_staff(s, Role.ADMIN, "anne"),
        }


def _at(day: date, hours: float):
    return local_day_bounds(day)[0] + timedelta(hours=hours)


def _counts(database) -> tuple[int, int]:
    with database.begin() as s:
        return (
            s.scalar(select(func.count(m.Tally.id))),
            s.scalar(select(func.count(m.AuditEvent.id))),
        )


def test_tally_counts_and_undo_restores_the_count(database, staff) -> None:
    front = staff["front"]
    now = utcnow()
    with database.begin() as s:
        tallies.log_tally(s, front, "digital.mitid", Channel.WALK_IN, now=now)
        receipt = tallies.log_tally(s, front, "digital.mitid", "phone", desk="Skranke 1", now=now)
        tallies.log_tally(s, front, "sprog.tolkning", Channel.EMAIL, now=now)
    assert (receipt.category_code, receipt.category_name_da, receipt.channel) == (
        "digital.mitid",
        "MitID",
        Channel.PHONE,
    )
    assert receipt.undo_until == receipt.at + timedelta(seconds=UNDO_SECONDS)
    with database.begin() as s:
        assert tallies.counts_for_day(s, front, local_today(now)) == {"digital.mitid": 2, "sprog.tolkning": 1}
    with database.begin() as s:
        undone = tallies.undo_tally(s, front, receipt.id, now=now + timedelta(seconds=3))
    assert undone.undone
    with database.begin() as s:
        assert tallies.counts_for_day(s, front, local_today(now)) == {"digital.mitid": 1, "sprog.tolkning": 1}


def test_counts_are_per_local_day_and_desk(database, staff) -> None:
    front = staff["front"]
    with database.begin() as s:
        for at, desk in [
            (_at(DAY, 0.01), "Skranke 1"),
            (_at(DAY, 23.99), "Skranke 2"),
            (_at(DAY - timedelta(days=1), 23.99), "Skranke 1"),
            (_at(DAY + timedelta(days=1), 0.01), "Skranke 1"),
        ]:
            tallies.log_tally(s, front, "bolig.vedligehold", Channel.WALK_IN, desk=desk, now=at)
    with database.begin() as s:
        assert tallies.counts_for_day(s, front, DAY) == {"bolig.vedligehold": 2}
        assert tallies.counts_for_day(s, front, DAY, desk="Skranke 2") == {"bolig.vedligehold": 1}
        assert tallies.counts_for_day(s, front, date(2024, 1, 1)) == {}


def test_undo_is_allowed_within_the_window_plus_grace_only(database, staff) -> None:
    front = staff["front"]
    start = utcnow()
    with database.begin() as s:
        late = tallies.log_tally(s, front, "bolig", Channel.WALK_IN, now=start)
        slow_click = tallies.log_tally(s, front, "bolig", Channel.WALK_IN, now=start)
    with database.begin() as s:
        tallies.undo_tally(
            s, front, slow_click.id, now=start + timedelta(seconds=UNDO_SECONDS + 1.5)
        )
    with pytest.raises(ConflictError) as info, database.begin() as s:
        tallies.undo_tally(s, front, late.id, now=start + timedelta(seconds=UNDO_SECONDS + 2.5))
    assert "10 seconds" in str(info.value)
    with database.begin() as s:
        assert tallies.counts_for_day(s, front, local_today(start)) == {"bolig": 1}


def test_undo_only_once_and_only_by_the_same_person(database, staff) -> None:
    now = utcnow()
    with database.begin() as s:
        receipt = tallies.log_tally(s, staff["front"], "bolig", Channel.WALK_IN, now=now)
    with pytest.raises(ConflictError) as other, database.begin() as s:
        tallies.undo_tally(s, staff["coordinator"], receipt.id, now=now)
    assert "Only the staff member" in other.value.message
    with database.begin() as s:
        tallies.undo_tally(s, staff["front"], receipt.id, now=now)
    with pytest.raises(ConflictError) as twice, database.begin() as s:
        tallies.undo_tally(s, staff["front"], receipt.id, now=now)
    assert "already" in twice.value.message
    with pytest.raises(NotFoundError), database.begin() as s:
        tallies.undo_tally(s, staff["front"], 99999, now=now)


def test_log_and_undo_are_in_the_audit_trail(database, staff) -> None:
    now = utcnow()
    with database.begin() as s:
        receipt = tallies.log_tally(s, staff["front"], "bolig", Channel.PHONE, now=now)
        tallies.undo_tally(s, staff["front"], receipt.id, now=now)
        tallies.counts_for_day(s, staff["front"])
    with database.begin() as s:
        rows = s.scalars(
            select(m.AuditEvent).where(m.AuditEvent.entity == "tally").order_by(m.AuditEvent.id)
        ).all()
    assert [(r.username, r.action, r.entity_id) for r in rows] == [
        ("frida", AuditAction.CREATE.value, str(receipt.id)),
        ("frida", AuditAction.UPDATE.value, str(receipt.id)),
    ]
    assert rows[0].detail == "category=bolig channel=phone" and rows[0].resident_id is None


@pytest.mark.parametrize(
    ("code", "channel", "field"),
    [
        ("", Channel.WALK_IN, "category"),
        ("  ", "walk_in", "category"),
        ("ukendt", Channel.WALK_IN, "category"),
        ("bolig", "fax", "channel"),
    ],
)
def test_bad_tally_names_the_field_and_writes_nothing(
    database, staff, code, channel, field
) -> None:
    before = _counts(database)
    with pytest.raises(ValidationError) as info, database.begin() as s:
        tallies.log_tally(s, staff["front"], code, channel)
    assert info.value.field == field
    assert _counts(database) == before


def test_inactive_category_cannot_be_counted(database, staff) -> None:
    with database.begin() as s:
        s.scalars(select(m.Category).where(m.Category.code == "bolig.naboer")).one().active = False
    with pytest.raises(ValidationError) as info, database.begin() as s:
        tallies.log_tally(s, staff["front"], "bolig.naboer", Channel.WALK_IN)
    assert info.value.field == "category" and "Naboer og støj" in str(info.value)


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_roles_without_log_inquiry_are_refused(database, staff, role: str) -> None:
    now = utcnow()
    with database.begin() as s:
        receipt = tallies.log_tally(s, staff["front"], "bolig", Channel.WALK_IN, now=now)
    actor = staff[role]
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        tallies.log_tally(s, actor, "bolig", Channel.WALK_IN)
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        tallies.undo_tally(s, actor, receipt.id, now=now)
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        tallies.counts_for_day(s, actor)
    with database.begin() as s:
        assert tallies.counts_for_day(s, staff["front"], local_today(now)) == {"bolig": 1}
