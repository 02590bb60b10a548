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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Subquery

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import (
    Channel,
    ConsentPurpose,
    OrganizationKind,
    ReferralMode,
    ReferralStatus,
)
from referral_app.domain.errors import NotFoundError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import local_day_bounds, local_today
from referral_app.domain.opening_hours import service_hours
from referral_app.domain.referrals import OPEN_STATUSES
from referral_app.domain.reporting import (
    AskerGroup,
    CaseReferral,
    CaseSummaryData,
    CategoryRow,
    ContactPoint,
    InquiryGroup,
    Period,
    ReferralGroup,
    RenderedReport,
    ReportKind,
    ResidentField,
    ResidentSection,
    ServiceGroup,
    ServiceRow,
    SlipData,
    Statistics,
    StatisticsRows,
    TimelineEntry,
    coming_week,
    fields_in_scope,
    parse_report_language,
    roll_up,
    slip_reference,
)
from referral_app.domain.residents import display_phone
from referral_app.domain.slip_languages import DANISH, default_slip_language, parse_slip_language
from referral_app.services import audit, outputs
from referral_app.services.directory import get_service
from referral_app.services.permissions import require
from referral_app.services.service_translations import get_service_translation
from referral_app.services.settings import load_settings

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
        next_step=service.next_step,
        mode=ReferralMode(row.mode),
        due_date=row.due_date,
        opening_days=coming_week(service_hours(service), today, settings=load_settings(session).calendar()),
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
    if text.isdecimal():  # what int() reads ("²" is a digit to isdigit() only)
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

    The database counts (``statistics_rows``); the domain rolls the groups up
    into the report's breakdowns (``roll_up``).
    """
    require(session, actor, Permission.PRINT_STATISTICS)
    now = now or utcnow()
    today = local_today(now)
    rows = statistics_rows(session, period, today, progress)
    return roll_up(rows, period, generated_at=now, overdue_as_of=today)


def statistics_rows(session: Session, period: Period, today: date,
                    progress: Progress | None = None) -> StatisticsRows:
    """Seven queries, each a GROUP BY over the period's rows whose result has
    at most a few thousand groups (category x channel x month, for instance),
    and the small tables that name things."""
    steps = 7
    window = _Window.of(period)
    _report(progress, 0, steps)
    inquiries = _inquiry_groups(session, window)
    _report(progress, 1, steps)
    askers = _asker_groups(session, window)
    _report(progress, 2, steps)
    unique, repeat = _resident_visits(session, window)
    _report(progress, 3, steps)
    referrals = _referral_groups(session, window, today)
    _report(progress, 4, steps)
    per_service = _service_groups(session, window)
    _report(progress, 5, steps)
    median = _median_days(session, _completion_days(session, window))
    _report(progress, 6, steps)
    categories, organizations, housing_ids, services = _naming_tables(session)
    _report(progress, 7, steps)
    return StatisticsRows(
        inquiries=inquiries, askers=askers, unique_residents=unique, repeat_residents=repeat,
        referrals=referrals, per_service=per_service, median_days_to_completion=median,
        categories=categories, organizations=organizations, housing_organization_ids=housing_ids,
        services=services,
    )


@dataclass(frozen=True)
class _Window:
    """The period as conditions on each table's time column."""

    period: Period
    inquiry_in: ColumnElement[bool]
    tally_in: ColumnElement[bool]
    referral_in: ColumnElement[bool]

    @classmethod
    def of(cls, period: Period) -> _Window:
        lower, upper = _bounds(period)
        return cls(
            period,
            and_(m.Inquiry.received_at >= lower, m.Inquiry.received_at < upper),
            and_(m.Tally.at >= lower, m.Tally.at < upper, m.Tally.undone_at.is_(None)),
            and_(m.Referral.created_at >= lower, m.Referral.created_at < upper),
        )


def _inquiry_groups(session: Session, window: _Window) -> tuple[InquiryGroup, ...]:
    """Logged inquiries and quick counts together: what "inquiries in total" counts."""
    everything = union_all(
        select(literal("inquiry").label("kind"), m.Inquiry.category_id.label("category_id"),
               m.Inquiry.channel.label("channel"), m.Inquiry.received_at.label("at")).where(window.inquiry_in),
        select(literal("tally"), m.Tally.category_id, m.Tally.channel, m.Tally.at).where(window.tally_in),
    ).subquery()
    groups = _grouped(session, select().select_from(everything), everything.c.kind, everything.c.category_id,
                      everything.c.channel, _month_bucket(everything.c.at, window.period))
    return tuple(InquiryGroup(kind == "tally", category_id, channel, int(month), n)
                 for kind, category_id, channel, month, n in groups)


def _asker_groups(session: Session, window: _Window) -> tuple[AskerGroup, ...]:
    """Logged inquiries by who asked: anonymous or not, their housing organization and age band then."""
    anonymous = case((m.Inquiry.resident_id.is_(None), 1), else_=0)
    groups = _grouped(session, select().where(window.inquiry_in), anonymous, m.Inquiry.housing_organization_id,
                      m.Inquiry.age_band)
    return tuple(AskerGroup(bool(is_anonymous), housing_id, band, n) for is_anonymous, housing_id, band, n in groups)


def _resident_visits(session: Session, window: _Window) -> tuple[int, int]:
    """How many different residents asked, and how many of them more than once."""
    visits = (select(m.Inquiry.resident_id, func.count().label("n"))
              .where(window.inquiry_in, m.Inquiry.resident_id.is_not(None))
              .group_by(m.Inquiry.resident_id).subquery())
    unique, repeat = session.execute(
        select(func.count(), func.coalesce(func.sum(case((visits.c.n > 1, 1), else_=0)), 0))).one()
    return int(unique), int(repeat)


def _referral_groups(session: Session, window: _Window, today: date) -> tuple[ReferralGroup, ...]:
    """Referrals by status, month and whether the follow-up is overdue today."""
    overdue_flag = case((and_(m.Referral.status.in_([s.value for s in OPEN_STATUSES]), m.Referral.due_date < today),
                         1), else_=0)
    groups = _grouped(session, select().where(window.referral_in), m.Referral.status,
                      _month_bucket(m.Referral.created_at, window.period), overdue_flag)
    return tuple(ReferralGroup(status, int(month), bool(late), n) for status, month, late, n in groups)


def _service_groups(session: Session, window: _Window) -> tuple[ServiceGroup, ...]:
    """Referrals by service (and so by receiving organization) and status."""
    groups = _grouped(session, select().where(window.referral_in), m.Referral.service_id, m.Referral.status)
    return tuple(ServiceGroup(service_id, status, n) for service_id, status, n in groups)


def _completion_days(session: Session, window: _Window) -> Subquery:
    """Days from referral to completion, one row per completed referral."""
    dialect = session.get_bind().dialect.name
    return (
        select(_days_between(m.Referral.created_at, m.Referral.closed_at, dialect).label("days"))
        .where(window.referral_in, m.Referral.status == ReferralStatus.COMPLETED.value,
               m.Referral.closed_at.is_not(None))
        .subquery()
    )


def _naming_tables(session: Session) -> tuple[tuple[CategoryRow, ...], dict[int, str], tuple[int, ...],
                                              tuple[ServiceRow, ...]]:
    """Categories, organizations (and which are housing organizations, by name) and services."""
    categories = tuple(
        CategoryRow(c.id, c.code, c.name_da, c.name_en, c.parent_id, c.focus_area, bool(c.active), c.sort_order)
        for c in session.scalars(select(m.Category))
    )
    organizations = {oid: name for oid, name in session.execute(
        select(m.Organization.id, m.Organization.name)).tuples()}
    housing_ids = tuple(session.scalars(select(m.Organization.id).where(
        m.Organization.kind == OrganizationKind.HOUSING.value).order_by(m.Organization.name)))
    services = tuple(ServiceRow(sid, name, org_id) for sid, name, org_id in session.execute(
        select(m.Service.id, m.Service.name, m.Service.organization_id)).tuples())
    return categories, organizations, housing_ids, services


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
