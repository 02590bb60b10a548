"""The reminder counts: overdue and due-today open referrals, all of them for a
coordinator, one's own for front-desk staff, nothing for other roles."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft, local_today
from referral_app.domain.referrals import FollowUpCounts, QueueFilter
from referral_app.services import directory, intake, referrals, reminders
from tests.services.staff import make_staff


def _any_service(session) -> int:
    return next(s.id for org in directory.list_directory(session, active_only=True) for s in org.services)


@pytest.fixture
def due_referrals(database):
    """Frida made two overdue and one due-today referral, Fie one overdue; one closed
    overdue and one due tomorrow count for nobody."""
    today = local_today()
    with database.begin() as s:
        coord = make_staff(s, Role.COORDINATOR, "carl")
        frida = make_staff(s, Role.FRONT_DESK, "frida")
        fie = make_staff(s, Role.FRONT_DESK, "fie")
        manager = make_staff(s, Role.MANAGER, "mette")
        service = _any_service(s)

        def refer(who, due: date) -> int:
            inquiry = intake.log_inquiry(s, who, InquiryDraft(category_code="bolig.vedligehold"))
            made = datetime.combine(min(due, today) - timedelta(days=1), time(12), UTC)  # made before it fell due
            return referrals.create(s, who, inquiry.id, service, due_date=due, now=made).id

        refer(frida, today - timedelta(days=3))
        refer(frida, today - timedelta(days=1))
        refer(frida, today)
        refer(fie, today - timedelta(days=10))
        refer(fie, today + timedelta(days=1))
        closed = refer(fie, today - timedelta(days=5))
        referrals.move(s, coord, closed, "cancelled")
    return {"coord": coord, "frida": frida, "fie": fie, "manager": manager, "today": today}


def test_a_coordinator_counts_every_open_referral(database, due_referrals):
    with database.begin() as s:
        counts = reminders.follow_up_counts(s, due_referrals["coord"])
    assert counts == FollowUpCounts(overdue=3, due_today=1, mine_only=False)
    assert counts.total == 4


def test_front_desk_staff_count_their_own(database, due_referrals):
    with database.begin() as s:
        assert reminders.follow_up_counts(s, due_referrals["frida"]) == FollowUpCounts(2, 1, mine_only=True)
        assert reminders.follow_up_counts(s, due_referrals["fie"]) == FollowUpCounts(1, 0, mine_only=True)


def test_roles_that_follow_nothing_up_get_no_reminder(database, due_referrals):
    with database.begin() as s:
        assert reminders.follow_up_counts(s, due_referrals["manager"]) is None


def test_tomorrow_makes_today_overdue(database, due_referrals):
    with database.begin() as s:
        counts = reminders.follow_up_counts(s, due_referrals["coord"], today=due_referrals["today"] + timedelta(1))
    assert counts == FollowUpCounts(overdue=4, due_today=1)


def test_the_queue_filter_shows_what_the_reminder_counts(database, due_referrals):
    with database.begin() as s:
        shown = referrals.list_queue(s, due_referrals["coord"], QueueFilter(due_by_today=True), log_search=False)
    assert len(shown) == 4
    assert all(r.due_date <= due_referrals["today"] and r.is_open for r in shown)
