"""The three reports' data, and writing them out.

``statistics()`` is the one place the steering group's figures are computed:
the PDF, ``stats --json`` and the Reports page all call it. Its counts come
from ``stat_queries``: per-day summary tables kept current by triggers (every
insert, correction, anonymization and erasure moves them), plus the hours at
the edges of each month read from the rows, so a year costs a few thousand
summary rows instead of every inquiry. The median days to completion is the
middle entry of an index; nothing loads the period's rows into Python.

Printing or saving a case summary (personal data) is written to the audit
trail; the slip and the statistics hold no personal data and are not.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import (
    Channel,
    ConsentPurpose,
    ReferralMode,
    ReferralStatus,
)
from referral_app.domain.errors import NotFoundError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import local_today
from referral_app.domain.opening_hours import service_hours
from referral_app.domain.reporting import (
    CaseReferral,
    CaseSummaryData,
    ContactPoint,
    Period,
    RenderedReport,
    ReportKind,
    ResidentField,
    ResidentSection,
    SlipData,
    Statistics,
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
from referral_app.services.stat_queries import Progress, report_progress, statistics_rows

VORES_HG_KEY = "vores-hg"
VORES_HG_OFFICE = "kontor"

MSG_NO_REFERRAL = QT_TRANSLATE_NOOP("errors", "There is no referral with number {id}.")
MSG_NO_INQUIRY = QT_TRANSLATE_NOOP("errors", "There is no inquiry with number {id}.")
MSG_NO_ORGANIZATION = QT_TRANSLATE_NOOP("errors", "There is no organization with number {id}.")


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


def statistics(session: Session, actor: Actor, period: Period, *, now: datetime | None = None,
               progress: Progress | None = None) -> Statistics:
    """Every figure of the statistics report for ``period`` (PRINT_STATISTICS:
    coordinators and managers). ``progress(done, total)`` follows the queries
    and may raise to stop the work.

    The database counts (``statistics_rows``: the per-day summaries and the
    hours at the period's edges); the domain rolls the groups up into the
    report's breakdowns (``roll_up``).
    """
    require(session, actor, Permission.PRINT_STATISTICS)
    now = now or utcnow()
    today = local_today(now)
    rows = statistics_rows(session, period, today, progress)
    return roll_up(rows, period, generated_at=now, overdue_as_of=today)


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
        return lambda done, total: report_progress(progress, offset + (50 * done) // max(total, 1), 100)

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
