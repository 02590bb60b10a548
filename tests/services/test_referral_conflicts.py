"""Two desks on one referral: whichever way the second one learns of the
first (the version it looked at, a stale row after waiting for PostgreSQL's
row lock, or a lock wait that gives up), it gets one message that says what
changed, and nothing of its own is saved. A genuinely busy database says so."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text

from referral_app.db import models as m
from referral_app.domain.enums import ReferralStatus, Role
from referral_app.domain.errors import MSG_DB_LOCKED, ConflictError, StorageError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.services import intake, referrals
from referral_app.services.database import open_database
from tests.services.staff import make_staff


@pytest.fixture
def case(database):
    with database.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        carl = make_staff(s, Role.COORDINATOR, "carl")
        cille = make_staff(s, Role.COORDINATOR, "cille")
        service = s.scalar(select(m.Service.id).where(m.Service.status == "active").order_by(m.Service.id))
    with database.begin() as s:
        inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid"))
        referral = referrals.create(s, front, inquiry.id, service)
    return {"carl": carl, "cille": cille, "id": referral.id, "version": referral.version}


def _history(database, referral_id: int) -> int:
    with database.begin() as s:
        return int(s.scalar(select(func.count(m.ReferralEvent.id)).where(m.ReferralEvent.referral_id == referral_id)))


def test_the_version_you_looked_at_is_checked_and_the_message_says_what_changed(database, case) -> None:
    with database.begin() as s:
        referrals.move(s, case["carl"], case["id"], "sent", expected_version=case["version"])
    before = _history(database, case["id"])
    with pytest.raises(ConflictError) as info, database.begin() as s:
        referrals.move(s, case["cille"], case["id"], "cancelled", note="dobbelt",
                       expected_version=case["version"])
    message = str(info.value)
    assert f"Someone else changed referral {case['id']}" in message
    assert "it is now Sent" in message and "by carl" in message and "status=sent" in message
    assert "nothing of yours was saved" in message
    assert _history(database, case["id"]) == before
    with database.begin() as s:
        assert s.get(m.Referral, case["id"]).status == ReferralStatus.SENT.value


@pytest.mark.postgres
def test_two_desks_saving_at_once_on_postgresql(pg_db, pg_server) -> None:
    """Both read version 1; the second one's UPDATE waits for the first one's row
    lock, finds the version changed, and reports it (no closed-transaction crash)."""
    case = _case(pg_db)
    first_saved, release = threading.Event(), threading.Event()
    outcome: dict[str, BaseException | None] = {}

    def first_desk() -> None:
        try:
            with pg_db.begin() as s:
                referrals.move(s, case["carl"], case["id"], "sent")
                first_saved.set()
                release.wait(60)
            outcome["first"] = None
        except BaseException as exc:  # noqa: BLE001
            outcome["first"] = exc
            first_saved.set()

    def second_desk() -> None:
        try:
            with pg_db.begin() as s:
                referrals.move(s, case["cille"], case["id"], "cancelled", note="dobbelt")
            outcome["second"] = None
        except BaseException as exc:  # noqa: BLE001
            outcome["second"] = exc

    first = threading.Thread(target=first_desk)
    first.start()
    assert first_saved.wait(60)
    second = threading.Thread(target=second_desk)
    second.start()
    _wait_for_a_lock_wait(pg_db)
    release.set()
    first.join()
    second.join()
    assert outcome["first"] is None
    assert isinstance(outcome["second"], ConflictError), outcome["second"]
    assert "it is now Sent" in str(outcome["second"]) and "by carl" in str(outcome["second"])
    with pg_db.begin() as s:
        assert s.get(m.Referral, case["id"]).status == ReferralStatus.SENT.value
    assert _history(pg_db, case["id"]) == 2  # created, sent: nothing of the second desk


@pytest.mark.postgres
def test_a_row_lock_held_too_long_is_a_conflict_on_that_referral(pg_url) -> None:
    holder = open_database(pg_url)
    impatient = open_database(pg_url, busy_timeout_ms=300)
    try:
        case = _case(holder)
        with holder.begin() as s:
            referrals.move(s, case["carl"], case["id"], "sent")
            with pytest.raises(ConflictError) as info, impatient.begin() as other:
                referrals.move(other, case["cille"], case["id"], "cancelled", note="dobbelt")
        assert f"Someone else is changing referral {case['id']}" in str(info.value)
        assert _history(holder, case["id"]) == 2
    finally:
        impatient.dispose()
        holder.dispose()


def test_a_busy_sqlite_database_says_so_and_saves_nothing(sqlite_url) -> None:
    holder = open_database(sqlite_url)
    impatient = open_database(sqlite_url, busy_timeout_ms=300)
    try:
        case = _case(holder)
        with holder.begin() as s:
            referrals.move(s, case["carl"], case["id"], "sent")
            with pytest.raises(StorageError) as info, impatient.begin() as other:
                referrals.move(other, case["cille"], case["id"], "cancelled", note="dobbelt")
        assert info.value.message == MSG_DB_LOCKED
        assert _history(holder, case["id"]) == 2
    finally:
        impatient.dispose()
        holder.dispose()


def _case(database):
    with database.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        carl = make_staff(s, Role.COORDINATOR, "carl")
        cille = make_staff(s, Role.COORDINATOR, "cille")
        service = s.scalar(select(m.Service.id).where(m.Service.status == "active").order_by(m.Service.id))
    with database.begin() as s:
        inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid"))
        referral = referrals.create(s, front, inquiry.id, service)
    return {"carl": carl, "cille": cille, "id": referral.id}


def _wait_for_a_lock_wait(database) -> None:
    """Until some backend of this database waits for a lock (the second desk's UPDATE)."""
    for _ in range(600):
        with database.engine.connect() as conn:
            waiting = conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'")).scalar()
        if waiting:
            return
        threading.Event().wait(0.05)
    raise AssertionError("the second desk never waited for the lock")
