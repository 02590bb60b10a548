"""Referrals from an inquiry to a service, followed until they are closed.

Creating one needs the ROUTE permission (front desk and coordinators);
moving, reassigning and the queue need REVIEW_QUEUE (coordinators). Every
transition is stored as a history event. Two desks changing the same
referral: the second save names the version it read and gets a clear
conflict instead of silently overwriting the first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, or_, select, tuple_
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from referral_app.db import models as m
from referral_app.db.engine import is_lock_timeout
from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import (
    LABELS,
    CloseReason,
    InquiryStatus,
    ReferralMode,
    ReferralStatus,
    ServiceStatus,
)
from referral_app.domain.errors import ConflictError, NotFoundError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import local_today
from referral_app.domain.opening_hours import hours_on, service_hours
from referral_app.domain.paging import COUNT_CAP, ListSize
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.referrals import (
    MAX_NOTE,
    OPEN_STATUSES,
    ConsentRequiredError,
    QueueFilter,
    Referral,
    ReferralEvent,
    add_working_days,
    check_transition,
    is_working_day,
    parse_reason,
    parse_status,
)
from referral_app.domain.text import fold
from referral_app.services import audit, search_index
from referral_app.services.consent import has_hand_over_consent
from referral_app.services.directory import get_service
from referral_app.services.permissions import require
from referral_app.services.settings import load_settings

MSG_NO_REFERRAL = QT_TRANSLATE_NOOP("errors", "There is no referral with number {id}.")
MSG_STALE = QT_TRANSLATE_NOOP(
    "errors",
    "Someone else changed referral {id} while you had it open: it is now {status}, follow-up {due} "
    "(last change by {by} at {at}: {change}). Look at their change and try again; nothing of yours was saved.",
)
MSG_BUSY_REFERRAL = QT_TRANSLATE_NOOP(
    "errors",
    "Someone else is changing referral {id} at this moment. Wait a moment, look at their change and try "
    "again; nothing of yours was saved.",
)
CLOSED = {s.value for s in ReferralStatus} - {s.value for s in OPEN_STATUSES}


def follow_up_due(session: Session, service_id: int, today: date) -> date:
    """The service's follow-up days counted in working days from ``today``, moved on to a working day the
    service is open (holidays, closures and pauses as everywhere, see ``opening_hours``)."""
    service = get_service(session, service_id)
    due = add_working_days(today, service.follow_up_days)
    if not service.schedules:
        return due
    hours, calendar = service_hours(service), load_settings(session).calendar()
    for _ in range(60):
        if is_working_day(due) and not hours_on(hours, due, calendar).closed:
            return due
        due += timedelta(days=1)
    return add_working_days(today, service.follow_up_days)


def _service(session: Session, service_id: int) -> m.Service:
    service = session.get(m.Service, service_id)
    if service is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no service with number {id}."),
                            field="service", id=service_id)
    if service.status != ServiceStatus.ACTIVE.value or not service.organization.active:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "{service} is not active at the moment; choose another service."),
            field="service", service=service.name,
        )
    return service


def _row(session: Session, referral_id: int) -> m.Referral:
    row = session.get(m.Referral, referral_id)
    if row is None:
        raise NotFoundError(MSG_NO_REFERRAL, id=referral_id)
    return row


def _conflict(session: Session, referral_id: int) -> ConflictError:
    """The one message for a referral someone else changed: what it is now,
    and who changed it last, when and how (from the audit trail)."""
    row = session.get(m.Referral, referral_id, populate_existing=True)
    if row is None:
        return ConflictError(MSG_NO_REFERRAL, id=referral_id)
    last = session.execute(
        select(m.AuditEvent.username, m.AuditEvent.at, m.AuditEvent.detail)
        .where(m.AuditEvent.entity == "referral", m.AuditEvent.entity_id == str(referral_id),
               m.AuditEvent.action.in_([AuditAction.UPDATE.value, AuditAction.CREATE.value]))
        .order_by(m.AuditEvent.id.desc()).limit(1)
    ).first()
    return ConflictError(
        MSG_STALE, id=row.id, status=LABELS[ReferralStatus(row.status)],
        due=row.due_date.strftime("%d.%m.%Y") if row.due_date else "-",
        by=(last.username if last else None) or "-",
        at=last.at.astimezone().strftime("%d.%m.%Y %H:%M") if last else "-",
        change=(last.detail if last else None) or "-",
        translated_params=("status",),
    )


def _check_version(session: Session, row: m.Referral, expected_version: int | None) -> None:
    if expected_version is not None and row.version != expected_version:
        raise _conflict(session, row.id)


def _note(note: str | None) -> str | None:
    note = (note or "").strip() or None
    if note and len(note) > MAX_NOTE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This field can hold at most {maximum} characters."),
                              field="note", maximum=MAX_NOTE)
    check_no_cpr("note", note)
    return note


def _flush(session: Session, row: m.Referral) -> None:
    """Write the change now, so a desk that saved first is found here: a stale
    version (PostgreSQL, after waiting for the other desk's row lock) or a lock
    wait that gave up both end in a conflict message, and this transaction is
    rolled back whole."""
    referral_id = row.id
    try:
        session.flush()
    except StaleDataError as exc:
        with audit.reading(session) as fresh:  # this transaction can no longer read
            raise _conflict(fresh, referral_id) from exc
    except OperationalError as exc:
        if is_lock_timeout(exc):
            raise ConflictError(MSG_BUSY_REFERRAL, id=referral_id) from exc
        raise


def create(session: Session, actor: Actor, inquiry_id: int, service_id: int, *,
           mode: ReferralMode | str = ReferralMode.LOGGED, due_date: date | None = None,
           note: str | None = None, status: ReferralStatus = ReferralStatus.PROPOSED,
           now: datetime | None = None) -> Referral:
    """Refer an inquiry to a service. A hand-over needs the resident's active
    consent for the receiving organization (ConsentRequiredError otherwise)."""
    require(session, actor, Permission.ROUTE)
    now = now or utcnow()
    mode = ReferralMode(mode)
    inquiry = session.get(m.Inquiry, inquiry_id)
    if inquiry is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no inquiry with number {id}."),
                            field="inquiry", id=inquiry_id)
    service = _service(session, service_id)
    note = _note(note)
    if mode is ReferralMode.HANDED_OVER:
        if inquiry.resident_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An anonymous inquiry cannot be handed over; log the referral "
                                  "instead, or add the resident first."), field="mode")
        if not has_hand_over_consent(session, inquiry.resident_id, service.organization_id):
            raise ConsentRequiredError(
                QT_TRANSLATE_NOOP("errors", "{resident} has not consented to a hand-over to {organization}. "
                                  "Record the consent first, or log the referral instead."),
                field="mode", resident=f"#{inquiry.resident_id}", organization=service.organization.name,
                organization_id=service.organization_id, resident_id=inquiry.resident_id,
            )
    today = local_today(now)
    if due_date is not None and due_date < today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The follow-up date cannot be in the past."),
                              field="due_date")
    row = m.Referral(
        inquiry_id=inquiry.id, service_id=service.id, mode=mode.value, status=status.value,
        due_date=due_date or follow_up_due(session, service.id, today), created_by_id=actor.user_id,
        created_at=now, updated_at=now, is_demo=False,
    )
    row.events.append(m.ReferralEvent(at=now, staff_user_id=actor.user_id, from_status=None,
                                      to_status=status.value, note=note))
    session.add(row)
    inquiry.status = InquiryStatus.REFERRED.value
    if inquiry.resident_id is not None:
        resident = session.get(m.Resident, inquiry.resident_id)
        if resident is not None:
            resident.last_activity_at = now
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, entity="referral", entity_id=row.id,
                 resident_id=inquiry.resident_id, detail=f"service={service.id} mode={mode.value}")
    return get(session, actor, row.id, log=False, permission=Permission.ROUTE)


def move(session: Session, actor: Actor, referral_id: int, to_status: ReferralStatus | str, *,
         reason: CloseReason | str | None = None, note: str | None = None, outcome: str | None = None,
         expected_version: int | None = None, now: datetime | None = None) -> Referral:
    require(session, actor, Permission.REVIEW_QUEUE)
    now = now or utcnow()
    target = parse_status(to_status)
    reason = parse_reason(reason)
    row = _row(session, referral_id)
    _check_version(session, row, expected_version)
    note = _note(note)
    check_transition(ReferralStatus(row.status), target, reason, note)
    _apply(row, actor, target, reason, note, now)
    if outcome is not None:
        check_no_cpr("outcome", outcome)
        row.outcome = outcome.strip() or None
    _flush(session, row)
    _close_inquiry_when_done(session, row.inquiry_id)
    audit.record(session, actor, AuditAction.UPDATE, entity="referral", entity_id=row.id,
                 resident_id=row.inquiry.resident_id, detail=f"status={target.value}")
    return get(session, actor, row.id, log=False)


def _apply(row: m.Referral, actor: Actor, target: ReferralStatus, reason: CloseReason | None,
           note: str | None, now: datetime) -> None:
    row.events.append(m.ReferralEvent(at=now, staff_user_id=actor.user_id, from_status=row.status,
                                      to_status=target.value, note=note))
    row.status = target.value
    row.updated_at = now
    if reason is not None:
        row.reason = reason.value
        row.reason_note = note
    if target not in OPEN_STATUSES:
        row.closed_at = now


def _close_inquiry_when_done(session: Session, inquiry_id: int) -> None:
    open_left = session.scalar(select(func.count(m.Referral.id)).where(
        m.Referral.inquiry_id == inquiry_id, m.Referral.status.in_([s.value for s in OPEN_STATUSES])))
    inquiry = session.get(m.Inquiry, inquiry_id)
    if inquiry is not None and not open_left:
        inquiry.status = InquiryStatus.CLOSED.value


def set_due_date(session: Session, actor: Actor, referral_id: int, due: date, *,
                 expected_version: int | None = None, now: datetime | None = None) -> Referral:
    require(session, actor, Permission.REVIEW_QUEUE)
    now = now or utcnow()
    row = _row(session, referral_id)
    _check_version(session, row, expected_version)
    if due < local_today(now):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The follow-up date cannot be in the past."),
                              field="due_date")
    if row.status not in {s.value for s in OPEN_STATUSES}:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "Referral {id} is closed; its follow-up date cannot change."),
                            field="due_date", id=row.id)
    old = row.due_date
    row.due_date = due
    row.updated_at = now
    _flush(session, row)
    audit.record(session, actor, AuditAction.UPDATE, entity="referral", entity_id=row.id,
                 resident_id=row.inquiry.resident_id, detail=f"due {old} -> {due}")
    return get(session, actor, row.id, log=False)


def reassign(session: Session, actor: Actor, referral_id: int, service_id: int, *, note: str | None = None,
             expected_version: int | None = None, now: datetime | None = None) -> Referral:
    """Close the referral as referred elsewhere and create a new one, linked to it."""
    require(session, actor, Permission.REVIEW_QUEUE)
    now = now or utcnow()
    row = _row(session, referral_id)
    _check_version(session, row, expected_version)
    if row.service_id == service_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose another service than the current one."),
                              field="service")
    service = _service(session, service_id)
    note = _note(note)
    check_transition(ReferralStatus(row.status), ReferralStatus.REFERRED_ELSEWHERE, None, note)
    _apply(row, actor, ReferralStatus.REFERRED_ELSEWHERE, None, note, now)
    _flush(session, row)
    new = m.Referral(inquiry_id=row.inquiry_id, service_id=service.id, mode=row.mode,
                     status=ReferralStatus.PROPOSED.value,
                     due_date=follow_up_due(session, service.id, local_today(now)),
                     created_by_id=actor.user_id, previous_referral_id=row.id, created_at=now, updated_at=now)
    new.events.append(m.ReferralEvent(at=now, staff_user_id=actor.user_id, from_status=None,
                                      to_status=ReferralStatus.PROPOSED.value, note=note))
    session.add(new)
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE, entity="referral", entity_id=row.id,
                 resident_id=row.inquiry.resident_id, detail=f"reassigned to referral {new.id} service={service.id}")
    return get(session, actor, new.id, log=False)


def bulk_mark_sent(session: Session, actor: Actor, referral_ids: Iterable[int], *,
                   now: datetime | None = None) -> tuple[Referral, ...]:
    """Mark several proposed referrals as sent; all or none."""
    require(session, actor, Permission.REVIEW_QUEUE)
    now = now or utcnow()
    moved = []
    for referral_id in sorted(set(referral_ids)):
        row = _row(session, referral_id)
        check_transition(ReferralStatus(row.status), ReferralStatus.SENT, None, None)
        _apply(row, actor, ReferralStatus.SENT, None, None, now)
        _flush(session, row)
        moved.append(row)
    for row in moved:
        audit.record(session, actor, AuditAction.UPDATE, entity="referral", entity_id=row.id,
                     resident_id=row.inquiry.resident_id, detail="status=sent (bulk)")
    return tuple(get(session, actor, row.id, log=False) for row in moved)


# --- reading -------------------------------------------------------------------------


def _base_query() -> Any:
    creator = aliased(m.StaffUser)
    return (
        select(m.Referral, m.Service.name, m.Organization.id, m.Organization.name, m.Category.code,
               m.Category.name_da, m.Inquiry.resident_id, m.Resident.full_name, creator.username,
               m.Inquiry.description)
        .join(m.Service, m.Service.id == m.Referral.service_id)
        .join(m.Organization, m.Organization.id == m.Service.organization_id)
        .join(m.Inquiry, m.Inquiry.id == m.Referral.inquiry_id)
        .outerjoin(m.Category, m.Category.id == m.Inquiry.category_id)
        .outerjoin(m.Resident, m.Resident.id == m.Inquiry.resident_id)
        .outerjoin(creator, creator.id == m.Referral.created_by_id)
    ), creator


def _view(record: Any, events: tuple[ReferralEvent, ...] = ()) -> Referral:
    row, service_name, org_id, org_name, code, name_da, resident_id, resident_name, creator, description = record
    return Referral(
        id=row.id, inquiry_id=row.inquiry_id, service_id=row.service_id, service_name=service_name,
        organization_id=org_id, organization_name=org_name, mode=ReferralMode(row.mode),
        status=ReferralStatus(row.status), reason=CloseReason(row.reason) if row.reason else None,
        reason_note=row.reason_note, due_date=row.due_date, outcome=row.outcome, created_at=row.created_at,
        updated_at=row.updated_at, closed_at=row.closed_at, version=row.version,
        previous_referral_id=row.previous_referral_id, category_code=code, category_name_da=name_da,
        resident_id=resident_id, resident_name=resident_name, created_by=creator, events=events,
        inquiry_description=description or "",
    )


def get(session: Session, actor: Actor, referral_id: int, *, log: bool = True,
        permission: Permission = Permission.REVIEW_QUEUE) -> Referral:
    """One referral with its history timeline."""
    require(session, actor, permission)
    stmt, _ = _base_query()
    record = session.execute(stmt.where(m.Referral.id == referral_id)).first()
    if record is None:
        raise NotFoundError(MSG_NO_REFERRAL, id=referral_id)
    staff = aliased(m.StaffUser)
    events = tuple(
        ReferralEvent(at=e.at, by=username, from_status=ReferralStatus(e.from_status) if e.from_status else None,
                      to_status=ReferralStatus(e.to_status), note=e.note)
        for e, username in session.execute(
            select(m.ReferralEvent, staff.username).outerjoin(staff, staff.id == m.ReferralEvent.staff_user_id)
            .where(m.ReferralEvent.referral_id == referral_id).order_by(m.ReferralEvent.at, m.ReferralEvent.id))
    )
    view = _view(record, events)
    if log:
        audit.record(session, actor, AuditAction.VIEW, entity="referral", entity_id=referral_id,
                     resident_id=view.resident_id)
    return view


#: Free text without an index is counted among this many referrals at most.
TEXT_SCAN = 2_000
#: Up to this many residents matching the free text go into the query as numbers;
#: more stay a subquery.
RESIDENT_IDS_INLINE = 2000


@dataclass(frozen=True)
class TextMatch:
    """The free-text filter as one predicate over ``referral`` joined with ``inquiry``.

    ``indexed`` says whether an index answers it, so that counting the matches
    reads only matching rows; otherwise the count stops at ``COUNT_CAP``.
    """

    predicate: Any
    indexed: bool


def free_text_match(session: Session, text: str) -> TextMatch:
    """Referrals whose service, organization, category, resident or inquiry text holds ``text``.

    The one place the queue's free text is matched. The small tables
    (services, organizations, categories) are matched at once, the residents'
    folded names and the inquiries' own text through the search index
    (``services/search_index.py``); the queue applies the whole predicate to
    the rows its keyset scan reads, not to the whole table.
    """
    remembered = session.info.get("queue_text_match")
    if remembered is not None and remembered[0] == text:  # the size and the page of one search
        return remembered[1]  # type: ignore[no-any-return]
    needle = f"%{text.strip()}%"
    services = session.scalars(
        select(m.Service.id).join(m.Organization, m.Organization.id == m.Service.organization_id)
        .where(or_(m.Service.name.ilike(needle), m.Organization.name.ilike(needle)))).all()
    categories = session.scalars(select(m.Category.id).where(m.Category.name_da.ilike(needle))).all()
    # The residents' folded names through the name index (a few rows), not LIKE on every name.
    residents: Any = select(m.Resident.id).where(search_index.resident_name_condition(session, fold(text)))
    found = session.scalars(residents.limit(RESIDENT_IDS_INLINE + 1)).all()
    if len(found) <= RESIDENT_IDS_INLINE:  # the usual case: a name matches a few residents
        residents = found
    predicate = or_(
        m.Referral.service_id.in_(services),
        m.Inquiry.category_id.in_(categories),
        m.Inquiry.resident_id.in_(residents),
        # The inquiry's text through its search index (an id lookup per row), not LIKE on every row.
        search_index.inquiry_text_condition(session, text),
    )
    match = TextMatch(predicate, indexed=False)
    session.info["queue_text_match"] = (text, match)
    return match


@dataclass(frozen=True, slots=True)
class _Plan:
    """How SQLite should find the rows (PostgreSQL's planner weighs this itself):
    ``walk``, a sort order whose index is walked, each row tested; or ``drive``,
    the filter (``FILTER_KEYS``) whose own index finds the matches, then sorted.
    Every other filter column is written ``+column`` (SQLite's way to say "not
    through this column's index"), so the planner cannot pick another index."""

    walk: str | None = None
    drive: str | None = None
    wrap: bool = True  # False on PostgreSQL: the choice only decides whether to walk the services


#: The filters with an index of their own: referral(status, due_date, id) for the
#: status filters, (service_id, id) for a service or an organization, (category_id,
#: service_id) for a category, (created_by_id) for a member of staff.
FILTER_KEYS = ("status", "service", "category", "staff")


def _filtered(stmt: Any, flt: QueueFilter, today: date, text: TextMatch | None = None, *,
              plan: _Plan | None = None) -> Any:
    """The queue's filter on a statement over ``referral`` (joined with ``inquiry``
    when the text needs it). Filters on other tables become lookups of the few
    matching ids, so the referral indexes can do the work; ``plan`` says which
    index (see ``_Plan``)."""
    def plain(column: Any, key: str) -> Any:
        if plan is None or not plan.wrap or key == plan.drive:
            return column
        if plan.walk is not None and key == "status" and plan.walk in ("due", "status"):
            return column  # the walked index holds the due date (and the status)
        return UnaryExpression(column.expression, operator=operators.custom_op("+"), type_=column.type)

    def open_status() -> Any:
        return plain(m.Referral.status, "status").in_([s.value for s in OPEN_STATUSES])

    if flt.open_only:
        stmt = stmt.where(open_status())
    if flt.status is not None:
        stmt = stmt.where(plain(m.Referral.status, "status") == flt.status.value)
    if flt.organization_id is not None:
        stmt = stmt.where(plain(m.Referral.service_id, "service").in_(
            select(m.Service.id).where(m.Service.organization_id == flt.organization_id)))
    if flt.service_id is not None:
        stmt = stmt.where(plain(m.Referral.service_id, "service") == flt.service_id)
    if flt.category_code:  # the inquiry's category, as copied onto the referral
        stmt = stmt.where(plain(m.Referral.category_id, "category").in_(
            select(m.Category.id).where(m.Category.code == flt.category_code)))
    if flt.staff_username:
        stmt = stmt.where(plain(m.Referral.created_by_id, "staff").in_(
            select(m.StaffUser.id).where(m.StaffUser.username == flt.staff_username.strip().lower())))
    if flt.overdue_only:
        stmt = stmt.where(plain(m.Referral.due_date, "status") < today, open_status())
    if flt.due_by_today:
        stmt = stmt.where(plain(m.Referral.due_date, "status") <= today, open_status())
    if text is not None:
        stmt = stmt.where(text.predicate)
    return stmt


def _has_text(flt: QueueFilter) -> bool:
    return bool(flt.text and flt.text.strip())


def _candidates(session: Session, flt: QueueFilter, today: date, columns: Any, *, sort: str = "due",
                text: TextMatch | None = None, plan: _Plan | None = None) -> Any:
    """``select(columns)`` from ``referral`` with the filter, joining only what the filter or sort needs."""
    stmt = select(*columns).select_from(m.Referral)
    if text is None and _has_text(flt):
        text = free_text_match(session, flt.text or "")
    if text is not None:
        stmt = stmt.join(m.Inquiry, m.Inquiry.id == m.Referral.inquiry_id)
    if sort == "service":
        stmt = stmt.join(m.Service, m.Service.id == m.Referral.service_id)
    return _filtered(stmt, flt, today, text, plan=plan)


#: A filter that keeps at most this many referrals is answered by its own index and the
#: matches sorted (sorting 50,000 ids takes a fraction of the 0.5 s a page may take); when
#: every filter keeps more, the sort order's index is walked and each row tested: one row
#: in ten or more matches then. (Matches that cluster, like the open referrals among the
#: oldest, make a walk read far more rows than their share: sorting avoids that.)
FEW = 50_000


def _only(flt: QueueFilter, key: str) -> QueueFilter:
    """The part of ``flt`` that one index answers (``FILTER_KEYS``)."""
    if key == "status":
        return QueueFilter(open_only=flt.open_only, status=flt.status, overdue_only=flt.overdue_only,
                           due_by_today=flt.due_by_today)
    if key == "service":
        return QueueFilter(open_only=False, organization_id=flt.organization_id, service_id=flt.service_id)
    if key == "category":
        return QueueFilter(open_only=False, category_code=flt.category_code)
    return QueueFilter(open_only=False, staff_username=flt.staff_username)


def _chosen(flt: QueueFilter, key: str) -> bool:
    if key == "status":
        return flt.open_only or flt.status is not None or flt.overdue_only or flt.due_by_today
    if key == "service":
        return flt.organization_id is not None or flt.service_id is not None
    return bool(flt.category_code if key == "category" else flt.staff_username)


def _plan(session: Session, flt: QueueFilter, today: date, sort: str | None) -> _Plan:
    """SQLite's plan for the filter (``_Plan``), from counts that stop at ``FEW + 1``
    of what each chosen filter keeps on its own (each read on that filter's index:
    cheap either way). The filter that keeps fewest finds the rows when it keeps at
    most ``FEW``; otherwise the sort order's index is walked (``sort``: None for a count)."""
    if _has_text(flt):  # the text is tested on the rows read; a status keeps few of them (the open ones)
        few = flt.open_only or flt.status is not None or flt.overdue_only or flt.due_by_today
        return _Plan(walk=None if few else sort, wrap=False)
    sqlite = session.get_bind().dialect.name == "sqlite"
    if not sqlite and sort != "service":
        return _Plan(wrap=False)
    sizes = {}
    for key in FILTER_KEYS:
        if _chosen(flt, key):
            probe = _candidates(session, _only(flt, key), today, (m.Referral.id,)).limit(FEW + 1).subquery()
            sizes[key] = int(session.scalar(select(func.count()).select_from(probe)) or 0)
    if not sizes:
        return _Plan(walk=sort, wrap=sqlite)
    fewest = min(sizes, key=lambda key: sizes[key])
    if sizes[fewest] <= FEW or sort is None:
        return _Plan(drive=fewest, wrap=sqlite)
    return _Plan(walk=sort, wrap=sqlite)


#: The keys each sort order pages by, with an index behind each (see the models):
#: referral(due_date, id), (created_at, id), (status, due_date, id), and service(name, id)
#: with referral(service_id, id).
SORT_COLUMNS = {
    "due": (m.Referral.due_date, m.Referral.id),
    "created": (m.Referral.created_at, m.Referral.id),
    "status": (m.Referral.status, m.Referral.due_date, m.Referral.id),
    "service": (m.Service.name, m.Service.id, m.Referral.id),
}


def sort_key(referral: Referral, sort: str) -> tuple[Any, ...]:
    """The values of ``referral`` in the columns the queue sorts by (``SORT_COLUMNS``)."""
    if sort == "created":
        return (referral.created_at, referral.id)
    if sort == "status":
        return (referral.status.value, referral.due_date, referral.id)
    if sort == "service":
        return (referral.service_name, referral.service_id, referral.id)
    return (referral.due_date, referral.id)


def _seek(columns: tuple[Any, ...], key: tuple[Any, ...], forward: bool) -> Any:
    """Rows after ``key`` in the order of ``columns`` (before it if not ``forward``): a row-value
    comparison, so SQLite and PostgreSQL seek in the index instead of counting rows."""
    values = tuple_(*(bindparam(None, value, type_=column.type) for column, value in zip(columns, key, strict=True)))
    return tuple_(*columns) > values if forward else tuple_(*columns) < values


def count_queue(session: Session, actor: Actor, flt: QueueFilter, *, today: date | None = None) -> int:
    """The exact number of referrals matching the filter (the CLI pages through all of them)."""
    require(session, actor, Permission.REVIEW_QUEUE)
    today = today or local_today()
    stmt = _candidates(session, flt, today, (m.Referral.id,), plan=_plan(session, flt, today, None))
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def queue_size(session: Session, actor: Actor, flt: QueueFilter, *, today: date | None = None,
               cap: int | None = None, scan: int | None = None) -> ListSize:
    """How many referrals match, for the queue's row count and summary.

    Without free text the count reads only an index of ``referral`` (and of
    ``inquiry`` for a category). Free text without an index behind it would
    read every row: it is counted among the first ``scan`` referrals only, and
    at most to ``cap``; beyond either the size says "more than" what it counted.
    """
    require(session, actor, Permission.REVIEW_QUEUE)
    today = today or local_today()
    cap, scan = cap or COUNT_CAP, scan or TEXT_SCAN
    text = free_text_match(session, flt.text or "") if _has_text(flt) else None
    if text is None or text.indexed:
        return ListSize(count_queue(session, actor, flt, today=today))
    # The text is matched on at most ``scan`` referrals that pass the other filters.
    scanned = (_candidates(session, replace(flt, text=None), today, (m.Referral.id,))
               .order_by(m.Referral.id).limit(scan).subquery())
    candidates = int(session.scalar(select(func.count()).select_from(scanned)) or 0)
    matches = (select(m.Referral.id).join(scanned, scanned.c.id == m.Referral.id)
               .join(m.Inquiry, m.Inquiry.id == m.Referral.inquiry_id).where(text.predicate).limit(cap + 1))
    counted = int(session.scalar(select(func.count()).select_from(matches.subquery())) or 0)
    if candidates < scan:
        return ListSize.bounded(counted, cap)
    return ListSize(min(counted, cap), exact=False)


def list_queue(session: Session, actor: Actor, flt: QueueFilter, *, sort: str = "due", descending: bool = False,
               offset: int = 0, limit: int | None = None, today: date | None = None,
               log_search: bool = True, after: Referral | None = None, before: Referral | None = None,
               from_end: bool = False) -> tuple[Referral, ...]:
    """Referrals matching the filter, without their history (open one with ``get``).

    Pages are read by keyset where the caller knows a neighbour: ``after`` (the
    last row of the page before) or ``before`` (the first row of the page
    after, for scrolling up). ``from_end`` reads from the other end of the
    order, ``offset`` rows from the last one, for a jump to the end. The rows
    come back in the queue's order either way.

    The page's ids are found on ``referral``'s own indexes (one per sort order,
    no sort of all rows), then those rows alone are joined for display.
    """
    require(session, actor, Permission.REVIEW_QUEUE)
    sort = sort if sort in SORT_COLUMNS else "due"
    columns = SORT_COLUMNS[sort]
    keyset = after if after is not None else before
    if keyset is not None and any(value is None for value in sort_key(keyset, sort)):
        keyset = None  # a key without a value does not seek: count from the top instead
    forward = not (from_end or (keyset is not None and keyset is before))
    reading_down = forward != descending
    today = today or local_today()
    skip = 0 if keyset is not None else offset
    # Service order: walk the services one by one when the filter keeps many rows;
    # sorting the few that a filter keeps beats reading every service.
    plan = _plan(session, flt, today, sort)
    if sort == "service" and not skip and limit is not None and plan.walk == "service":
        ids = _service_walk(session, flt, today, keyset, reading_down, limit)
    else:
        stmt = _candidates(session, flt, today, (m.Referral.id,), sort=sort, plan=plan)
        if keyset is not None:
            stmt = stmt.where(_seek(columns, sort_key(keyset, sort), reading_down))
        elif skip:
            stmt = stmt.offset(skip)
        stmt = stmt.order_by(*(c if reading_down else c.desc() for c in columns))
        if limit is not None:
            stmt = stmt.limit(limit)
        ids = list(session.scalars(stmt))
    if not forward:
        ids.reverse()
    rows = _views(session, ids)
    if log_search:
        audit.record(session, actor, AuditAction.SEARCH, entity="referral",
                     detail=f"queue {_describe_filter(flt)}"[:500])
    return rows


def _describe_filter(flt: QueueFilter) -> str:
    """The queue filter for the log, as ``key=value`` words (only what was chosen)."""
    parts = []
    for name, value in (("organization_id", flt.organization_id), ("service_id", flt.service_id),
                        ("status", flt.status.value if flt.status else None), ("category", flt.category_code),
                        ("staff", flt.staff_username), ("text", repr(flt.text) if flt.text else None)):
        if value is not None:
            parts.append(f"{name}={value}")
    parts.append(f"overdue_only={'yes' if flt.overdue_only else 'no'}")
    parts.append(f"open_only={'yes' if flt.open_only else 'no'}")
    if flt.due_by_today:
        parts.append("due_by_today=yes")
    return " ".join(parts)


def _service_walk(session: Session, flt: QueueFilter, today: date, keyset: Referral | None, reading_down: bool,
                  limit: int) -> list[int]:
    """A page in service order: service by service (by name, then number), each read on
    referral(service_id, id) from the keyset on. The services are few; a query per
    service keeps every read an index seek, where one join would let the planner
    sort the whole result."""
    # The database's order of the names (its collation), not Python's.
    order = list(session.scalars(select(m.Service.id).order_by(m.Service.name, m.Service.id)))
    if not reading_down:
        order.reverse()
    if flt.category_code:  # only the services with referrals in the category (on its index)
        having = set(session.scalars(select(m.Referral.service_id).distinct().where(m.Referral.category_id.in_(
            select(m.Category.id).where(m.Category.code == flt.category_code)))))
        order = [service_id for service_id in order if service_id in having]
    if keyset is not None and keyset.service_id in order:
        order = order[order.index(keyset.service_id):]
    ids: list[int] = []
    text = free_text_match(session, flt.text or "") if _has_text(flt) else None
    # The other filters must not pick their own index (_Plan).
    walk = _Plan(walk="service") if session.get_bind().dialect.name == "sqlite" else None
    for service_id in order:
        stmt = _candidates(session, flt, today, (m.Referral.id,), text=text, plan=walk).where(
            m.Referral.service_id == service_id)
        if keyset is not None and service_id == keyset.service_id:
            stmt = stmt.where(m.Referral.id > keyset.id if reading_down else m.Referral.id < keyset.id)
        stmt = stmt.order_by(m.Referral.id if reading_down else m.Referral.id.desc()).limit(limit - len(ids))
        ids.extend(session.scalars(stmt))
        if len(ids) >= limit:
            break
    return ids


def _views(session: Session, ids: list[int]) -> tuple[Referral, ...]:
    """The queue rows for ``ids``, in that order: the seven-table join for these rows only."""
    if not ids:
        return ()
    stmt, _ = _base_query()
    found = {record[0].id: _view(record) for record in session.execute(stmt.where(m.Referral.id.in_(ids)))}
    return tuple(found[i] for i in ids if i in found)
