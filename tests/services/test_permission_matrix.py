"""Every service operation, called as every role, is allowed exactly as the
matrix in referral_app.domain.accounts says, and the check is in the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import PERMISSIONS, Actor, Permission, allowed
from referral_app.domain.audit import AuditFilter
from referral_app.domain.enums import Channel, Role
from referral_app.domain.errors import DomainError, PermissionDeniedError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.referrals import QueueFilter
from referral_app.domain.residents import ResidentDraft
from referral_app.domain.settings import AppSettings
from referral_app.services import (
    access_report,
    accounts,
    audit,
    consent,
    intake,
    referrals,
    residents,
    retention,
    tallies,
)
from referral_app.services import settings as settings_service

Operation = Callable[[object, Actor, Path], object]


def _committed(session, make_row) -> int:
    """Set-up data committed in its own transaction before the call, so the
    caller's transaction neither holds a write lock when require() logs a
    denial nor reads a snapshot from before the set-up."""
    with Session(bind=session.get_bind()) as other, other.begin():
        row = make_row(other)
        other.add(row)
        other.flush()
        return int(row.id)


def _resident(session, name: str = "Mette Jensen") -> int:
    return _committed(session, lambda _: m.Resident(full_name=name, search_name=name.lower(), phone="+4520123456"))


def _own_tally(session, actor: Actor) -> int:
    return _committed(
        session,
        lambda other: m.Tally(
            at=utcnow(),
            category_id=other.scalar(select(m.Category.id).where(m.Category.code == "bolig")),
            channel="walk_in",
            logged_by_id=actor.user_id,
        ),
    )


def _service_id(session) -> int:
    """Read in its own transaction too: a SQLite writer holds the write lock
    from its first statement, so the caller's must not begin before the set-up."""
    with Session(bind=session.get_bind()) as other, other.begin():
        return int(other.scalar(select(m.Service.id).where(m.Service.status == "active").order_by(m.Service.id)))


def _inquiry(session) -> int:
    resident = _resident(session)
    return _committed(session, lambda _: m.Inquiry(received_at=utcnow(), channel="walk_in", description="",
                                                    resident_id=resident, status="open"))


def _referral(session) -> int:
    inquiry, service = _inquiry(session), _service_id(session)
    return _committed(session, lambda _: m.Referral(inquiry_id=inquiry, service_id=service, mode="logged",
                                                    status="proposed"))


# name -> (permission, call). Later features add their operations here.
OPERATIONS: dict[str, tuple[Permission, Operation]] = {
    "accounts.create_user": (
        Permission.MANAGE_USERS,
        lambda s, a, _: accounts.create_user(s, a, "nyperson", "Ny Person", "front_desk", "et-langt-kodeord"),
    ),
    "accounts.list_users": (Permission.MANAGE_USERS, lambda s, a, _: accounts.list_users(s, a)),
    "accounts.set_active": (Permission.MANAGE_USERS, lambda s, a, _: accounts.set_active(s, a, "other", False)),
    "accounts.change_role": (Permission.MANAGE_USERS, lambda s, a, _: accounts.change_role(s, a, "other", "manager")),
    "accounts.reset_password": (
        Permission.MANAGE_USERS,
        lambda s, a, _: accounts.reset_password(s, a, "other", "et-andet-kodeord"),
    ),
    "audit.list_events": (Permission.READ_AUDIT, lambda s, a, _: audit.list_events(s, a, AuditFilter())),
    "audit.count_events": (Permission.READ_AUDIT, lambda s, a, _: audit.count_events(s, a, AuditFilter())),
    "audit.export_csv": (Permission.READ_AUDIT, lambda s, a, p: audit.export_csv(s, a, AuditFilter(), p / "a.csv")),
    "residents.search": (Permission.SEARCH_RESIDENTS, lambda s, a, _: residents.search(s, a, "Mette")),
    "residents.get": (Permission.VIEW_RESIDENT, lambda s, a, _: residents.get(s, a, _resident(s), "Henvisning")),
    "residents.duplicate_candidates": (
        Permission.SEARCH_RESIDENTS,
        lambda s, a, _: residents.duplicate_candidates(s, a, ResidentDraft(full_name="Mette", phone="20123456")),
    ),
    "residents.create": (
        Permission.EDIT_RESIDENT,
        lambda s, a, _: residents.create(s, a, ResidentDraft(full_name="Mette Jensen")),
    ),
    "residents.update": (
        Permission.EDIT_RESIDENT,
        lambda s, a, _: residents.update(s, a, _resident(s), ResidentDraft(full_name="Mette Hansen")),
    ),
    "residents.merge": (
        Permission.MERGE_RESIDENTS,
        lambda s, a, _: residents.merge(s, a, _resident(s), _resident(s, "Mette J.")),
    ),
    "intake.log_inquiry": (
        Permission.LOG_INQUIRY,
        lambda s, a, _: intake.log_inquiry(s, a, InquiryDraft(category_code="bolig", resident_id=_resident(s))),
    ),
    "intake.list_inquiries": (Permission.LOG_INQUIRY, lambda s, a, _: intake.list_inquiries(s, a)),
    "intake.count_inquiries": (Permission.LOG_INQUIRY, lambda s, a, _: intake.count_inquiries(s, a)),
    "intake.todays_inquiries": (Permission.LOG_INQUIRY, lambda s, a, _: intake.todays_inquiries(s, a)),
    "tallies.log_tally": (Permission.LOG_INQUIRY, lambda s, a, _: tallies.log_tally(s, a, "bolig", Channel.WALK_IN)),
    "tallies.undo_tally": (Permission.LOG_INQUIRY, lambda s, a, _: tallies.undo_tally(s, a, _own_tally(s, a))),
    "tallies.counts_for_day": (Permission.LOG_INQUIRY, lambda s, a, _: tallies.counts_for_day(s, a)),
    "referrals.create": (Permission.ROUTE, lambda s, a, _: referrals.create(s, a, _inquiry(s), _service_id(s))),
    "referrals.move": (Permission.REVIEW_QUEUE, lambda s, a, _: referrals.move(s, a, _referral(s), "sent")),
    "referrals.set_due_date": (
        Permission.REVIEW_QUEUE,
        lambda s, a, _: referrals.set_due_date(s, a, _referral(s), date.today() + timedelta(days=9)),
    ),
    "referrals.reassign": (
        Permission.REVIEW_QUEUE,
        lambda s, a, _: referrals.reassign(s, a, _referral(s), _service_id(s) + 1),
    ),
    "referrals.bulk_mark_sent": (
        Permission.REVIEW_QUEUE, lambda s, a, _: referrals.bulk_mark_sent(s, a, [_referral(s)])),
    "referrals.get": (Permission.REVIEW_QUEUE, lambda s, a, _: referrals.get(s, a, _referral(s))),
    "referrals.list_queue": (Permission.REVIEW_QUEUE, lambda s, a, _: referrals.list_queue(s, a, QueueFilter())),
    "referrals.count_queue": (Permission.REVIEW_QUEUE, lambda s, a, _: referrals.count_queue(s, a, QueueFilter())),
    "retention.run": (Permission.RUN_RETENTION, lambda s, a, _: retention.run(s, a, dry_run=True)),
    "retention.erasure_preview": (
        Permission.ERASE_DATA, lambda s, a, _: retention.erasure_preview(s, a, _resident(s))),
    "retention.erase": (Permission.ERASE_DATA, lambda s, a, _: retention.erase(s, a, _resident(s))),
    "access_report.build": (Permission.VIEW_RESIDENT, lambda s, a, _: access_report.build(s, a, _resident(s))),
    "settings.change_settings": (
        Permission.MANAGE_SETTINGS,
        lambda s, a, _: settings_service.change_settings(s, a, AppSettings(idle_lock_minutes=7)),
    ),
    "consent.record": (
        Permission.RECORD_CONSENT, lambda s, a, _: consent.record(s, a, _resident(s), "store_data")),
    "consent.list_for_resident": (
        Permission.VIEW_RESIDENT, lambda s, a, _: consent.list_for_resident(s, a, _resident(s))),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_operation_allowed_exactly_per_matrix(sqlite_db, tmp_path: Path, role: Role, operation: str) -> None:
    from tests.services.staff import make_staff

    permission, call = OPERATIONS[operation]
    with sqlite_db.begin() as s:
        actor = make_staff(s, role, "actor")
        make_staff(s, Role.FRONT_DESK, "other")
        if role is not Role.ADMIN:
            make_staff(s, Role.ADMIN, "admin")
    try:
        with sqlite_db.begin() as s:
            call(s, actor, tmp_path)
    except PermissionDeniedError:
        assert not allowed(role, permission), f"{role} was refused {operation}"
    except DomainError:
        assert allowed(role, permission)  # got past the check, failed on the data
    else:
        assert allowed(role, permission), f"{role} was allowed {operation}"


def test_every_permission_names_at_least_one_role() -> None:
    assert all(PERMISSIONS[p] for p in Permission)


def test_admin_is_not_a_super_user_for_resident_data() -> None:
    # Data minimization: administrators manage the system, not residents' cases.
    assert not allowed(Role.ADMIN, Permission.VIEW_RESIDENT)
    assert allowed(Role.ADMIN, Permission.ERASE_DATA)
