"""Referrals: creation with consent gating, the lifecycle with reasons and
history, working-day follow-ups, reassignment, the queue and two desks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain.enums import (
    ConsentPurpose,
    InquiryStatus,
    ReferralMode,
    ReferralStatus,
    Role,
    ServiceStatus,
)
from referral_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from referral_app.domain.inquiries import InquiryDraft, local_today
from referral_app.domain.referrals import (
    ConsentRequiredError,
    FollowUp,
    InvalidTransitionError,
    QueueFilter,
    add_working_days,
    follow_up_state,
)
from referral_app.domain.residents import ResidentDraft
from referral_app.services import consent, intake, referrals, residents
from tests.services.staff import make_staff


@pytest.fixture
def staff(database):
    with database.begin() as s:
        return {"front": make_staff(s, Role.FRONT_DESK, "frida"), "coord": make_staff(s, Role.COORDINATOR, "carl"),
                "manager": make_staff(s, Role.MANAGER, "mette")}


@pytest.fixture
def case(database, staff):
    """A resident, an inquiry about mould, and two active services."""
    with database.begin() as s:
        resident = residents.create(s, staff["front"], ResidentDraft(full_name="Mette Jensen", phone="20123456",
                                                                     street="Høje Gladsaxe", house_number="34"))
        inquiry = intake.log_inquiry(s, staff["front"], InquiryDraft(category_code="bolig.vedligehold",
                                                                     description="Skimmel i badeværelset",
                                                                     resident_id=resident.id))
        services = s.scalars(select(m.Service).where(m.Service.status == "active").order_by(m.Service.id)).all()
        return {"resident": resident.id, "inquiry": inquiry.id, "service": services[0].id,
                "other": services[1].id, "org": services[0].organization_id, "follow": services[0].follow_up_days}


def test_create_logged_referral_with_working_day_due_date(database, staff, case) -> None:
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"])
        inquiry_status = s.get(m.Inquiry, case["inquiry"]).status
    assert ref.status is ReferralStatus.PROPOSED and ref.mode is ReferralMode.LOGGED
    assert ref.due_date == add_working_days(local_today(), case["follow"])
    assert inquiry_status == InquiryStatus.REFERRED.value
    assert [e.to_status for e in ref.events] == [ReferralStatus.PROPOSED]


def test_hand_over_needs_consent_for_that_organization(database, staff, case) -> None:
    with pytest.raises(ConsentRequiredError) as info, database.begin() as s:
        referrals.create(s, staff["front"], case["inquiry"], case["service"], mode="handed_over")
    assert info.value.params["organization_id"] == case["org"]
    with database.begin() as s:
        assert s.scalar(select(func.count(m.Referral.id))) == 0
        given = consent.record(s, staff["front"], case["resident"], ConsentPurpose.HAND_OVER,
                               organization_id=case["org"])
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"], mode="handed_over")
    assert ref.mode is ReferralMode.HANDED_OVER
    with database.begin() as s:
        consent.withdraw(s, staff["front"], given.id)
    with pytest.raises(ConsentRequiredError), database.begin() as s:
        referrals.create(s, staff["front"], case["inquiry"], case["service"], mode="handed_over")


def test_full_lifecycle_and_history(database, staff, case) -> None:
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"])
    with database.begin() as s:
        referrals.move(s, staff["coord"], ref.id, "sent")
        referrals.move(s, staff["coord"], ref.id, "accepted")
        done = referrals.move(s, staff["coord"], ref.id, "completed", note="Vicevært har været der")
    assert [e.to_status.value for e in done.events] == ["proposed", "sent", "accepted", "completed"]
    assert done.events[-1].by == "carl" and done.closed_at is not None
    with database.begin() as s:
        assert s.get(m.Inquiry, case["inquiry"]).status == InquiryStatus.CLOSED.value


@pytest.mark.parametrize(("steps", "target", "reason", "note", "error"), [
    ([], "completed", None, None, InvalidTransitionError),
    (["sent"], "declined", None, None, ValidationError),
    (["sent", "accepted"], "not_completed", "other", None, ValidationError),
    (["sent", "accepted"], "not_completed", "sometimes", None, ValidationError),
    (["sent", "accepted"], "finished", None, None, ValidationError),
    (["cancelled"], "sent", None, None, InvalidTransitionError),
])
def test_bad_transitions_change_nothing(database, staff, case, steps, target, reason, note, error) -> None:
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"])
        for step in steps:
            ref = referrals.move(s, staff["coord"], ref.id, step)
    with pytest.raises(error), database.begin() as s:
        referrals.move(s, staff["coord"], ref.id, target, reason=reason, note=note)
    with database.begin() as s:
        after = referrals.get(s, staff["coord"], ref.id, log=False)
    assert after.status is ref.status and len(after.events) == len(steps) + 1


def test_not_completed_with_reason(database, staff, case) -> None:
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"])
        referrals.move(s, staff["coord"], ref.id, "sent")
        referrals.move(s, staff["coord"], ref.id, "accepted")
        closed = referrals.move(s, staff["coord"], ref.id, "not_completed", reason="resident_unreachable")
    assert closed.reason.value == "resident_unreachable"


def test_reassign_links_the_new_referral(database, staff, case) -> None:
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"])
    with database.begin() as s:
        new = referrals.reassign(s, staff["coord"], ref.id, case["other"], note="Forkert afdeling")
        old = referrals.get(s, staff["coord"], ref.id, log=False)
    assert old.status is ReferralStatus.REFERRED_ELSEWHERE
    assert new.previous_referral_id == ref.id and new.service_id == case["other"] and new.is_open


def test_inactive_or_unknown_service_refused(database, staff, case) -> None:
    with database.begin() as s:
        s.get(m.Service, case["other"]).status = ServiceStatus.TEMPORARILY_CLOSED.value
    with pytest.raises(ConflictError), database.begin() as s:
        referrals.create(s, staff["front"], case["inquiry"], case["other"])
    with pytest.raises(NotFoundError), database.begin() as s:
        referrals.create(s, staff["front"], case["inquiry"], 999_999)


def test_due_date_cannot_be_in_the_past(database, staff, case) -> None:
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"])
    with pytest.raises(ValidationError), database.begin() as s:
        referrals.set_due_date(s, staff["coord"], ref.id, date.today() - timedelta(days=1))
    with database.begin() as s:
        moved = referrals.set_due_date(s, staff["coord"], ref.id, date.today() + timedelta(days=30))
    assert moved.due_date == date.today() + timedelta(days=30)


def test_two_desks_second_save_gets_a_conflict(database, staff, case) -> None:
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"])
    seen_version = ref.version
    with database.begin() as s:  # desk A
        referrals.move(s, staff["coord"], ref.id, "sent", expected_version=seen_version)
    with pytest.raises(ConflictError) as info, database.begin() as s:  # desk B read the same version
        referrals.move(s, staff["coord"], ref.id, "cancelled", expected_version=seen_version)
    assert "Someone else changed" in info.value.message
    with database.begin() as s:
        assert referrals.get(s, staff["coord"], ref.id, log=False).status is ReferralStatus.SENT


def test_two_sessions_racing_are_caught_by_the_version_counter(database, staff, case) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite writers take the write lock when they begin, so two cannot interleave: the second "
                    "waits (tests/services/test_referral_conflicts.py)")
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"])
    first = database.sessions()
    second = database.sessions()
    try:
        a = first.get(m.Referral, ref.id)
        b = second.get(m.Referral, ref.id)
        a.outcome = "desk A"
        first.commit()
        b.outcome = "desk B"
        with pytest.raises(Exception) as info:
            second.commit()
        assert "StaleData" in type(info.value).__name__ or "version" in str(info.value).lower()
    finally:
        first.close()
        second.rollback()
        second.close()


def test_queue_filters_overdue_and_bulk_sent(database, staff, case) -> None:
    with database.begin() as s:
        one = referrals.create(s, staff["front"], case["inquiry"], case["service"])
        two = referrals.create(s, staff["front"], case["inquiry"], case["other"])
        s.get(m.Referral, one.id).due_date = date.today() - timedelta(days=3)
    with database.begin() as s:
        overdue = referrals.list_queue(s, staff["coord"], QueueFilter(overdue_only=True))
        everything = referrals.count_queue(s, staff["coord"], QueueFilter())
        by_text = referrals.list_queue(s, staff["coord"], QueueFilter(text="jensen"))
    assert [r.id for r in overdue] == [one.id] and overdue[0].follow_up(date.today()) is FollowUp.OVERDUE
    assert everything == 2 and {r.id for r in by_text} == {one.id, two.id}
    with database.begin() as s:
        sent = referrals.bulk_mark_sent(s, staff["coord"], [one.id, two.id])
    assert {r.status for r in sent} == {ReferralStatus.SENT}
    with pytest.raises(InvalidTransitionError), database.begin() as s:
        referrals.bulk_mark_sent(s, staff["coord"], [one.id])


def test_front_desk_routes_but_does_not_review(database, staff, case) -> None:
    with database.begin() as s:
        ref = referrals.create(s, staff["front"], case["inquiry"], case["service"])
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        referrals.move(s, staff["front"], ref.id, "sent")
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        referrals.create(s, staff["manager"], case["inquiry"], case["service"])


def test_follow_up_states() -> None:
    monday = date(2026, 11, 23)
    assert follow_up_state(ReferralStatus.SENT, monday - timedelta(days=1), monday) is FollowUp.OVERDUE
    assert follow_up_state(ReferralStatus.SENT, monday + timedelta(days=1), monday) is FollowUp.DUE_SOON
    assert follow_up_state(ReferralStatus.SENT, monday + timedelta(days=14), monday) is FollowUp.ON_TRACK
    assert follow_up_state(ReferralStatus.COMPLETED, monday - timedelta(days=9), monday) is FollowUp.NONE


def test_working_days_skip_weekends_and_danish_holidays() -> None:
    assert add_working_days(date(2026, 11, 27), 1) == date(2026, 11, 30)  # Friday -> Monday
    assert add_working_days(date(2027, 3, 24), 2) == date(2027, 3, 31)  # Easter 2027
    assert add_working_days(date(2026, 12, 23), 3) == date(2026, 12, 29)  # Christmas


def test_consent_history_is_kept(database, staff, case) -> None:
    with database.begin() as s:
        given = consent.record(s, staff["front"], case["resident"], "hand_over", organization_id=case["org"])
        consent.withdraw(s, staff["front"], given.id)
        consent.record(s, staff["front"], case["resident"], "store_data")
        history = consent.list_for_resident(s, staff["front"], case["resident"])
    assert [(c.purpose.value, c.active) for c in history] == [("hand_over", False), ("store_data", True)]
    assert history[0].withdrawn_by == "frida"
    with pytest.raises(ConflictError), database.begin() as s:
        consent.withdraw(s, staff["front"], given.id)
    with pytest.raises(ValidationError), database.begin() as s:
        consent.record(s, staff["front"], case["resident"], "hand_over")
