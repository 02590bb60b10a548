"""The three reports' data, and writing them out.

``statistics()`` is the one place the steering group's figures are computed:
the PDF, ``stats --json`` and the Reports page all call it. It aggregates in
SQL (COUNT ... GROUP BY over the period's index range) and never loads the
period's rows into Python. The median days to completion is computed in SQL
as well: ``percentile_cont`` on PostgreSQL; on SQLite, which has no
percentile function, the middle one or two durations are picked with
ORDER BY ... LIMIT/OFFSET and averaged, also inside the database.

Printing or saving a case summary (personal data) is written to the audit
trail; the slip and the statistics hold no personal data and are not.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import (
    Channel,
    ConsentPurpose,
    FocusArea,
    OrganizationKind,
    ReferralMode,
    ReferralStatus,
)
from referral_app.domain.errors import NotFoundError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import local_day_bounds, local_today
from referral_app.domain.referrals import OPEN_STATUSES
from referral_app.domain.reporting import (
    ANONYMOUS,
    NO_CATEGORY,
    NO_FOCUS_AREA,
    NOT_RECORDED,
    TOP_SERVICES,
    CaseReferral,
    CaseSummaryData,
    ContactPoint,
    Count,
    MonthCount,
    Period,
    RenderedReport,
    ReportKind,
    ResidentField,
    ResidentSection,
    ServiceCount,
    SlipData,
    Statistics,
    TimelineEntry,
    coming_week,
    fields_in_scope,
    parse_report_language,
    slip_reference,
)
from referral_app.domain.residents import AGE_BANDS, display_phone
from referral_app.domain.slip_languages import DANISH, default_slip_language, parse_slip_language
from referral_app.services import audit, outputs
from referral_app.services.directory import get_service
from referral_app.services.permissions import require
from referral_app.services.service_translations import get_service_translation

VORES_HG_KEY = "vores-hg"
VORES_HG_OFFICE = "kontor"
Progress = Callable[[int, int], None]

MSG_NO_REFERRAL = QT_TRANSLATE_NOOP("errors", "There is no referral with number {id}.")
MSG_NO_INQUIRY = QT_TRANSLATE_NOOP("errors", "There is no inquiry with number {id}.")
MSG_NO_ORGANIZATION = QT_TRANSLATE_NOOP("errors", "There is no organization with number {id}.")


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


# --- the slip ------------------------------------------------------------------------------


def slip_language_for(session: Session, actor: Actor, referral_id: int) -> str:
    """The slip's language by default: the one recorded on the referral's inquiry, else the
    resident's preferred language, when the slip offers it; else Danish (PRINT_SLIP)."""
    require(session, actor, Permission.PRINT_SLIP)
    row = session.get(m.Referral, referral_id)
    if row is None:
        raise NotFoundError(MSG_NO_REFERRAL, field="referral", id=referral_id)
    return _recorded_language(row)


def _recorded_language(row: m.Referral) -> str:
    inquiry = row.inquiry
    resident = inquiry.resident if inquiry is not None else None
    return default_slip_language(inquiry.language if inquiry is not None else None,
                                 resident.preferred_language if resident is not None else None)


def slip_data(session: Session, actor: Actor, referral_id: int, *, language: str | None = None,
              today: date | None = None) -> SlipData:
    """What the resident's slip for a referral shows (PRINT_SLIP: front desk and coordinators).

    ``language``: Danish alone ("da") or Danish alongside one of the slip's languages;
    None for the language recorded on the inquiry or for the resident.
    """
    require(session, actor, Permission.PRINT_SLIP)
    chosen = parse_slip_language(language) if language is not None else None
    row = session.get(m.Referral, referral_id)
    if row is None:
        raise NotFoundError(MSG_NO_REFERRAL, field="referral", id=referral_id)
    language = chosen or _recorded_language(row)
    service = get_service(session, row.service_id)
    organization = session.get(m.Organization, service.organization_id)
    assert organization is not None  # a service's organization cannot be deleted from under it
    today = today or local_today()
    return SlipData(
        reference=slip_reference(row.id),
        referral_id=row.id,
        printed_on=today,
        language=language,
        service_name=service.name,
        organization_name=service.organization_name,
        address=service.location.one_line if service.location else None,
        phone=service.phone or organization.phone,
        email=service.email or organization.email,
        url=service.url,
        what_to_bring=service.what_to_bring,
        application_process=service.application_process,
        mode=ReferralMode(row.mode),
        due_date=row.due_date,
        opening_days=coming_week(service.schedules, today),
        staff_first_name=actor.first_name,
        vores_hg=vores_hg_contact(session),
        service_translation=get_service_translation(session, service.id, language) if language != DANISH else None,
    )


def vores_hg_contact(session: Session) -> ContactPoint | None:
    """The plan's own contact for questions afterwards, from the directory."""
    org = session.scalars(select(m.Organization).where(m.Organization.key == VORES_HG_KEY)).first()
    if org is None:
        return None
    locations = sorted(org.locations, key=lambda loc: (loc.key != VORES_HG_OFFICE, loc.id))
    address = f"{locations[0].address}, {locations[0].postal_code} {locations[0].city}" if locations else None
    return ContactPoint(org.name, org.phone, org.email, org.website, address)


# --- the case summary ----------------------------------------------------------------------


def recipients(session: Session) -> tuple[tuple[int, str], ...]:
    """Organizations a case summary can be made for, by name."""
    return tuple((row.id, row.name) for row in session.execute(
        select(m.Organization.id, m.Organization.name).order_by(m.Organization.name)))


def organization_id_for(session: Session, key_or_id: str) -> int:
    """An organization's id from its key ("aab") or its number."""
    text = key_or_id.strip()
    stmt = select(m.Organization.id).where(m.Organization.key == text.lower())
    if text.isdigit():
        stmt = select(m.Organization.id).where(m.Organization.id == int(text))
    found = session.scalar(stmt)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no organization called {name}."),
                            field="recipient", name=key_or_id)
    return int(found)


def _consents(session: Session, resident_id: int, recipient_id: int | None) -> list[m.Consent]:
    """Active consents that cover handing the resident's data to the recipient
    (our own file: consent to store the data)."""
    stmt = select(m.Consent).where(m.Consent.resident_id == resident_id, m.Consent.withdrawn_at.is_(None))
    if recipient_id is None:
        stmt = stmt.where(m.Consent.purpose == ConsentPurpose.STORE_DATA.value)
    else:
        stmt = stmt.where(m.Consent.purpose == ConsentPurpose.HAND_OVER.value,
                          m.Consent.organization_id == recipient_id)
    return list(session.scalars(stmt.order_by(m.Consent.given_at)))


def _resident_section(session: Session, inquiry: m.Inquiry, recipient_id: int | None) -> ResidentSection:
    housing = None
    if inquiry.housing_organization_id is not None:
        housing = session.scalar(select(m.Organization.name).where(m.Organization.id == inquiry.housing_organization_id))
    if inquiry.resident_id is None:
        return ResidentSection(None, False, None, frozenset())
    resident = session.get(m.Resident, inquiry.resident_id)
    assert resident is not None
    consents = _consents(session, resident.id, recipient_id)
    if not consents:
        return ResidentSection(resident.id, False, None, frozenset(), age_band=inquiry.age_band,
                               housing_organization=housing)
    allowed: frozenset[ResidentField] = frozenset().union(*(fields_in_scope(c.scope) for c in consents))
    street = " ".join(part for part in (resident.street, resident.house_number) if part)
    place = " ".join(part for part in (resident.postal_code, resident.city) if part)
    address = ", ".join(part for part in (street, resident.unit, place) if part) or None

    def shown(field: ResidentField, value: Any) -> Any:
        return value if field in allowed else None

    return ResidentSection(
        resident_id=resident.id,
        consent_found=True,
        consent_given_at=consents[-1].given_at,
        allowed=allowed,
        name=shown(ResidentField.NAME, resident.full_name),
        phone=shown(ResidentField.PHONE, display_phone(resident.phone) if resident.phone else None),
        email=shown(ResidentField.EMAIL, resident.email),
        address=shown(ResidentField.ADDRESS, address),
        birth_year=shown(ResidentField.BIRTH_YEAR, resident.birth_year),
        language=shown(ResidentField.LANGUAGE, resident.preferred_language),
        interpreter_needed=shown(ResidentField.LANGUAGE, bool(resident.interpreter_needed)),
        age_band=inquiry.age_band,
        housing_organization=housing,
    )


def case_summary_data(session: Session, actor: Actor, inquiry_id: int, *, recipient_id: int | None = None,
                      language: str = "da", log_view: bool = True, now: datetime | None = None) -> CaseSummaryData:
    """The inquiry, the resident as far as the recorded consent for ``recipient_id``
    allows (None: our own file), and every referral with its history.

    Needs PRINT_CASE (coordinators). Showing it on screen is logged as a view
    (``log_view``); printing or saving it is logged by ``record_output``.
    """
    require(session, actor, Permission.PRINT_CASE)
    language = parse_report_language(language)
    inquiry = session.get(m.Inquiry, inquiry_id)
    if inquiry is None:
        raise NotFoundError(MSG_NO_INQUIRY, field="inquiry", id=inquiry_id)
    recipient_name = None
    if recipient_id is not None:
        recipient = session.get(m.Organization, recipient_id)
        if recipient is None:
            raise NotFoundError(MSG_NO_ORGANIZATION, field="recipient", id=recipient_id)
        recipient_name = recipient.name
    category = session.get(m.Category, inquiry.category_id) if inquiry.category_id else None
    staff = aliased(m.StaffUser)
    referral_rows = session.execute(
        select(m.Referral, m.Service.name, m.Organization.name)
        .join(m.Service, m.Service.id == m.Referral.service_id)
        .join(m.Organization, m.Organization.id == m.Service.organization_id)
        .where(m.Referral.inquiry_id == inquiry.id).order_by(m.Referral.created_at, m.Referral.id)
    ).all()
    events: dict[int, list[TimelineEntry]] = {row.id: [] for row, _, _ in referral_rows}
    for event, username in session.execute(
        select(m.ReferralEvent, staff.username).outerjoin(staff, staff.id == m.ReferralEvent.staff_user_id)
        .where(m.ReferralEvent.referral_id.in_(list(events) or [-1]))
        .order_by(m.ReferralEvent.at, m.ReferralEvent.id)
    ):
        events[event.referral_id].append(TimelineEntry(
            event.at, username, ReferralStatus(event.from_status) if event.from_status else None,
            ReferralStatus(event.to_status), event.note))
    data = CaseSummaryData(
        inquiry_id=inquiry.id,
        received_at=inquiry.received_at,
        channel=Channel(inquiry.channel),
        category_name_da=category.name_da if category else None,
        category_name_en=category.name_en if category else None,
        description=inquiry.description,
        urgency=inquiry.urgency,
        status=inquiry.status,
        language=inquiry.language,
        interpreter_needed=bool(inquiry.interpreter_needed),
        recipient=recipient_name,
        resident=_resident_section(session, inquiry, recipient_id),
        referrals=tuple(
            CaseReferral(id=row.id, service_name=service_name, organization_name=org_name,
                         mode=ReferralMode(row.mode), status=ReferralStatus(row.status), reason=row.reason,
                         reason_note=row.reason_note, outcome=row.outcome, created_at=row.created_at,
                         closed_at=row.closed_at, due_date=row.due_date, timeline=tuple(events[row.id]))
            for row, service_name, org_name in referral_rows
        ),
        generated_at=now or utcnow(),
        generated_by=actor.first_name,
        report_language=language,
    )
    if log_view:
        audit.record(session, actor, AuditAction.VIEW, entity="inquiry", entity_id=inquiry.id,
                     resident_id=inquiry.resident_id, purpose="case summary", detail=_case_detail(data))
    return data


def _case_detail(data: CaseSummaryData) -> str:
    fields = ",".join(sorted(f.value for f in data.resident.allowed)) if data.resident.consent_found else "-"
    return f"case summary for={data.recipient or 'own file'} fields={fields}"


def record_case_view(session: Session, actor: Actor, report: RenderedReport) -> None:
    """Log that a case summary was shown on screen. Rendering reads in one
    transaction (``log_view=False``) and this short one writes, so no desk
    waits for a PDF being built."""
    audit.record(session, actor, AuditAction.VIEW, entity="inquiry", entity_id=report.subject_id,
                 resident_id=report.resident_id, purpose="case summary", detail=report.detail)


def record_output(session: Session, actor: Actor, report: RenderedReport, action: AuditAction) -> None:
    """Log that a report with personal data was printed or saved (others are not logged)."""
    if report.personal:
        audit.record(session, actor, action, entity="inquiry", entity_id=report.subject_id,
                     resident_id=report.resident_id, detail=report.detail)


# --- statistics -----------------------------------------------------------------------------


def _bounds(period: Period) -> tuple[datetime, datetime]:
    return local_day_bounds(period.start)[0], local_day_bounds(period.end)[1]


def _month_bucket(column: Any, period: Period) -> Any:
    """The index of the period's month a timestamp falls in (local month boundaries)."""
    edges = [local_day_bounds(first)[0] for first in period.month_starts()[1:]]
    if not edges:
        return literal(0)
    return case(*[(column < edge, index) for index, edge in enumerate(edges)], else_=len(edges))


def _grouped(session: Session, source: Any, *columns: Any) -> list[tuple[Any, ...]]:
    """``SELECT columns..., count(*) FROM source GROUP BY columns...``.

    The columns are computed in a subquery first, so PostgreSQL sees the same
    expressions in SELECT and GROUP BY even when they carry bound parameters.
    """
    inner = source.add_columns(*(c.label(f"c{i}") for i, c in enumerate(columns))).subquery()
    keys = [inner.c[f"c{i}"] for i in range(len(columns))]
    return [tuple(row) for row in session.execute(select(*keys, func.count()).group_by(*keys))]


def _median_days(session: Session, durations: Any) -> float | None:
    """The median of a one-column subquery of day counts, computed by the database."""
    if session.get_bind().dialect.name == "postgresql":
        value = session.scalar(select(func.percentile_cont(0.5).within_group(durations.c.days)))
        return None if value is None else float(value)
    n = int(session.scalar(select(func.count()).select_from(durations)) or 0)
    if n == 0:
        return None
    middle = select(durations.c.days).order_by(durations.c.days).limit(2 - n % 2).offset((n - 1) // 2).subquery()
    value = session.scalar(select(func.avg(middle.c.days)))
    return None if value is None else float(value)


def _days_between(start: Any, end: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return func.extract("epoch", end - start) / 86400.0
    return func.julianday(end) - func.julianday(start)


def statistics(session: Session, actor: Actor, period: Period, *, now: datetime | None = None,
               progress: Progress | None = None) -> Statistics:
    """Every figure of the statistics report for ``period`` (PRINT_STATISTICS:
    coordinators and managers). ``progress(done, total)`` follows the queries
    and may raise to stop the work.

    Seven queries, each a GROUP BY over the period's rows whose result has at
    most a few thousand groups (category x channel x month, for instance);
    rolling those groups up into the breakdowns (a subcategory into its main
    category, by the 40-row category table) happens in Python.
    """
    require(session, actor, Permission.PRINT_STATISTICS)
    now = now or utcnow()
    today = local_today(now)
    steps = 7
    lower, upper = _bounds(period)
    dialect = session.get_bind().dialect.name
    inquiry_in = and_(m.Inquiry.received_at >= lower, m.Inquiry.received_at < upper)
    tally_in = and_(m.Tally.at >= lower, m.Tally.at < upper, m.Tally.undone_at.is_(None))
    referral_in = and_(m.Referral.created_at >= lower, m.Referral.created_at < upper)
    _report(progress, 0, steps)

    # 1. Logged inquiries and quick counts together: what "inquiries in total" counts.
    everything = union_all(
        select(literal("inquiry").label("kind"), m.Inquiry.category_id.label("category_id"),
               m.Inquiry.channel.label("channel"), m.Inquiry.received_at.label("at")).where(inquiry_in),
        select(literal("tally"), m.Tally.category_id, m.Tally.channel, m.Tally.at).where(tally_in),
    ).subquery()
    mixed = _grouped(session, select().select_from(everything), everything.c.kind, everything.c.category_id,
                     everything.c.channel, _month_bucket(everything.c.at, period))
    _report(progress, 1, steps)
    # 2. Logged inquiries by who asked: anonymous or not, their housing organization and age band then.
    anonymous = case((m.Inquiry.resident_id.is_(None), 1), else_=0)
    who = _grouped(session, select().where(inquiry_in), anonymous, m.Inquiry.housing_organization_id,
                   m.Inquiry.age_band)
    _report(progress, 2, steps)
    # 3. Residents: how many different ones, and how many came more than once.
    visits = (select(m.Inquiry.resident_id, func.count().label("n")).where(inquiry_in, m.Inquiry.resident_id.is_not(None))
              .group_by(m.Inquiry.resident_id).subquery())
    unique, repeat = session.execute(
        select(func.count(), func.coalesce(func.sum(case((visits.c.n > 1, 1), else_=0)), 0))).one()
    _report(progress, 3, steps)
    # 4. Referrals by status, month and whether the follow-up is overdue today.
    overdue_flag = case((and_(m.Referral.status.in_([s.value for s in OPEN_STATUSES]), m.Referral.due_date < today),
                         1), else_=0)
    referral_groups = _grouped(session, select().where(referral_in), m.Referral.status,
                               _month_bucket(m.Referral.created_at, period), overdue_flag)
    _report(progress, 4, steps)
    # 5. Referrals by service (and so by receiving organization) and status.
    per_service = _grouped(session, select().where(referral_in), m.Referral.service_id, m.Referral.status)
    _report(progress, 5, steps)
    # 6. The median days from referral to completion.
    durations = (
        select(_days_between(m.Referral.created_at, m.Referral.closed_at, dialect).label("days"))
        .where(referral_in, m.Referral.status == ReferralStatus.COMPLETED.value, m.Referral.closed_at.is_not(None))
        .subquery()
    )
    median = _median_days(session, durations)
    _report(progress, 6, steps)
    # 7. The small tables that name things.
    categories = {row.id: row for row in session.scalars(select(m.Category))}
    organizations = dict(session.execute(select(m.Organization.id, m.Organization.name)).all())
    housing_ids = list(session.scalars(select(m.Organization.id).where(
        m.Organization.kind == OrganizationKind.HOUSING.value).order_by(m.Organization.name)))
    services = {sid: (name, org_id) for sid, name, org_id in session.execute(
        select(m.Service.id, m.Service.name, m.Service.organization_id))}
    _report(progress, 7, steps)

    def main_code(category_id: int | None) -> str | None:
        row = categories.get(category_id) if category_id is not None else None
        if row is None:
            return None
        parent = categories.get(row.parent_id) if row.parent_id else None
        return parent.code if parent else row.code

    def focus_of(category_id: int | None) -> str | None:
        row = categories.get(category_id) if category_id is not None else None
        if row is None:
            return None
        parent = categories.get(row.parent_id) if row.parent_id else None
        return row.focus_area or (parent.focus_area if parent else None)

    tallies = logged = 0
    by_leaf: Counter[int | None] = Counter()
    by_main: Counter[str | None] = Counter()
    by_focus: Counter[str | None] = Counter()
    by_channel: Counter[str] = Counter()
    inquiries_by_month: Counter[int] = Counter()
    for kind, category_id, channel, bucket, n in mixed:
        if kind == "tally":
            tallies += n
        else:
            logged += n
        by_leaf[category_id] += n
        by_main[main_code(category_id)] += n
        by_focus[focus_of(category_id)] += n
        by_channel[channel] += n
        inquiries_by_month[int(bucket)] += n
    named = 0
    by_housing: Counter[str] = Counter({ANONYMOUS: tallies})
    by_band: Counter[str] = Counter({ANONYMOUS: tallies})
    for is_anonymous, housing_id, band, n in who:
        if is_anonymous:
            by_housing[ANONYMOUS] += n
            by_band[ANONYMOUS] += n
            continue
        named += n
        by_housing[str(housing_id) if housing_id is not None else NOT_RECORDED] += n
        by_band[band or NOT_RECORDED] += n
    by_status: Counter[str] = Counter()
    referrals_by_month: Counter[int] = Counter()
    overdue = 0
    for status, bucket, late, n in referral_groups:
        by_status[status] += n
        referrals_by_month[int(bucket)] += n
        overdue += n if late else 0
    service_total: Counter[int] = Counter()
    service_done: Counter[int] = Counter()
    receiving: Counter[int] = Counter()
    for service_id, status, n in per_service:
        service_total[service_id] += n
        receiving[services[service_id][1]] += n
        if status == ReferralStatus.COMPLETED.value:
            service_done[service_id] += n

    def category_count(code: str | None, n: int) -> Count:
        row = next((c for c in categories.values() if c.code == code), None) if code else None
        if row is None:
            return Count(NO_CATEGORY, n)
        return Count(row.code, n, row.name_da, row.name_en)

    main_codes = [row.code for row in sorted(categories.values(), key=lambda c: (c.sort_order, c.code))
                  if row.parent_id is None and (row.active or by_main.get(row.code))]
    by_category = [category_count(code, by_main.get(code, 0)) for code in main_codes]
    if by_main.get(None):
        by_category.append(Count(NO_CATEGORY, by_main[None]))
    by_subcategory = sorted(
        (category_count(categories[cid].code if cid in categories else None, n) for cid, n in by_leaf.items()),
        key=lambda c: (-c.count, c.name_da or "", c.key),
    )
    housing_keys = [str(i) for i in housing_ids] + sorted(
        (k for k in by_housing if k not in (ANONYMOUS, NOT_RECORDED) and int(k) not in housing_ids), key=int)
    by_housing_rows = [Count(k, by_housing.get(k, 0), organizations.get(int(k), k), organizations.get(int(k), k))
                       for k in housing_keys]
    by_housing_rows += [Count(NOT_RECORDED, by_housing.get(NOT_RECORDED, 0)),
                        Count(ANONYMOUS, by_housing.get(ANONYMOUS, 0))]
    bands = [f"{low}+" if high is None else f"{low}-{high}" for low, high in AGE_BANDS]
    bands += sorted(k for k in by_band if k not in bands and k not in (ANONYMOUS, NOT_RECORDED))
    by_band_rows = [Count(b, by_band.get(b, 0), b, b) for b in bands]
    by_band_rows += [Count(NOT_RECORDED, by_band.get(NOT_RECORDED, 0)), Count(ANONYMOUS, by_band.get(ANONYMOUS, 0))]
    focus_values = [f.value for f in FocusArea]
    focus_rows = [Count(f, by_focus.get(f, 0)) for f in focus_values]
    focus_rows.append(Count(NO_FOCUS_AREA, sum(n for k, n in by_focus.items() if k not in focus_values)))
    channels = [c.value for c in Channel] + sorted(k for k in by_channel if k not in {c.value for c in Channel})
    statuses = [s.value for s in ReferralStatus] + sorted(
        k for k in by_status if k not in {s.value for s in ReferralStatus})
    top = sorted(service_total.items(), key=lambda item: (-item[1], item[0]))[:TOP_SERVICES]

    return Statistics(
        period=period,
        generated_at=now,
        overdue_as_of=today,
        inquiries_logged=logged,
        tallies=tallies,
        named=named,
        unique_residents=int(unique),
        repeat_residents=int(repeat),
        by_category=tuple(by_category),
        by_subcategory=tuple(by_subcategory),
        by_focus_area=tuple(focus_rows),
        by_channel=tuple(Count(c, by_channel.get(c, 0)) for c in channels),
        by_housing_organization=tuple(by_housing_rows),
        by_age_band=tuple(by_band_rows),
        by_month=tuple(
            MonthCount(first, inquiries_by_month.get(i, 0), referrals_by_month.get(i, 0))
            for i, first in enumerate(period.months())
        ),
        referrals_by_status=tuple(Count(s, by_status.get(s, 0)) for s in statuses),
        referrals_by_organization=tuple(
            Count(str(org_id), n, organizations.get(org_id), organizations.get(org_id))
            for org_id, n in sorted(receiving.items(), key=lambda item: (-item[1], organizations.get(item[0], "")))
        ),
        top_services=tuple(
            ServiceCount(sid, services[sid][0], organizations.get(services[sid][1], ""), n, service_done.get(sid, 0))
            for sid, n in top
        ),
        median_days_to_completion=median,
        overdue=overdue,
    )


# --- rendering and writing ------------------------------------------------------------------


def _render(build: Callable[[Any], None]) -> bytes:
    buffer = io.BytesIO()
    build(buffer)
    return buffer.getvalue()


def render_slip(session: Session, actor: Actor, referral_id: int, *, language: str | None = None,
                progress: Progress | None = None) -> RenderedReport:
    """The slip as a PDF; ``language`` None: the language recorded for the resident (``slip_data``)."""
    from referral_app.reports.slip import build_slip

    data = slip_data(session, actor, referral_id, language=language)
    pdf = _render(lambda out: build_slip(data, out, progress))
    return RenderedReport(ReportKind.SLIP, pdf, f"seddel-{data.reference}.pdf", subject_id=referral_id)


def render_case_summary(session: Session, actor: Actor, inquiry_id: int, *, recipient_id: int | None = None,
                        language: str = "da", log_view: bool = True,
                        progress: Progress | None = None) -> RenderedReport:
    from referral_app.reports.case_summary import build_case_summary

    data = case_summary_data(session, actor, inquiry_id, recipient_id=recipient_id, language=language,
                             log_view=log_view)
    pdf = _render(lambda out: build_case_summary(data, out, progress))
    inquiry = session.get(m.Inquiry, inquiry_id)
    return RenderedReport(ReportKind.CASE_SUMMARY, pdf, f"sagsoversigt-{inquiry_id}.pdf", subject_id=inquiry_id,
                          resident_id=inquiry.resident_id if inquiry else None, detail=_case_detail(data))


def render_statistics(session: Session, actor: Actor, period: Period, *, language: str = "da",
                      progress: Progress | None = None, now: datetime | None = None) -> RenderedReport:
    """The figures (first half of the progress) and the PDF (second half)."""
    from referral_app.reports.statistics import build_statistics

    language = parse_report_language(language)

    def half(offset: int) -> Progress:
        return lambda done, total: _report(progress, offset + (50 * done) // max(total, 1), 100)

    stats = statistics(session, actor, period, now=now, progress=half(0))
    pdf = _render(lambda out: build_statistics(stats, out, language, half(50)))
    return RenderedReport(ReportKind.STATISTICS, pdf, statistics_file_name(period, language))


def statistics_file_name(period: Period, language: str = "da") -> str:
    stem = "statistics" if language == "en" else "statistik"
    return f"{stem}-{period.start.isoformat()}-{period.end.isoformat()}.pdf"


def save(session: Session, actor: Actor, report: RenderedReport, target: Path, *, overwrite: bool = False) -> Path:
    """Write a rendered report to ``target`` and log it when it holds personal
    data. The file reaches ``target`` only when the transaction with the audit
    entry commits (see ``services.outputs``)."""
    return outputs.write_audited(session, target, lambda handle: handle.write(report.pdf), overwrite=overwrite,
                                 record=lambda _path: record_output(session, actor, report, AuditAction.EXPORT))


def check_output(target: Path, *, overwrite: bool = False, protected: tuple[Path, ...] = ()) -> Path:
    """Refuse an output path that cannot or must not be written, before any slow work starts."""
    return outputs.check_target(target, overwrite=overwrite, protected=(*outputs.protected_for(None), *protected))
