"""The day's inquiries at a desk as a printable PDF (the front desk's and the
Reports page's "Print today's list").

The same permission as ``referral-app inquiry list`` (LOG_INQUIRY). The PDF
holds names, so it is a personal report: looking at it is logged as a search
(``record_view``), like the command's listing, and printing or saving it
through ``reporting.record_output``/``reporting.save`` as a print or export.
"""

from __future__ import annotations

import io
from datetime import date, datetime

from sqlalchemy.orm import Session

from referral_app.db.types import utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.inquiries import local_today
from referral_app.domain.privacy import mask_name
from referral_app.domain.reporting import (
    ListedInquiry,
    RenderedReport,
    ReportKind,
    TodaysList,
    parse_report_language,
)
from referral_app.services import audit, intake
from referral_app.services.permissions import require


def todays_list(session: Session, actor: Actor, *, day: date | None = None, desk: str | None = None,
                names_hidden: bool = False, language: str = "da", now: datetime | None = None) -> TodaysList:
    """The inquiries of ``day`` (today) at ``desk`` (None: every desk), oldest first."""
    require(session, actor, Permission.LOG_INQUIRY)
    language = parse_report_language(language)
    day = day or local_today()
    inquiries = intake.list_inquiries(session, actor, day, day, desk=desk, log_search=False)
    rows = tuple(
        ListedInquiry(
            id=i.id, received_at=i.received_at, channel=i.channel,
            category=i.category_name(language) or i.category_code or "",
            resident=(mask_name(i.resident_name) if names_hidden else i.resident_name or "") if i.resident_name
            else "",
            description=i.description or "", status=i.status.value, logged_by=i.logged_by or "",
        )
        for i in reversed(inquiries)
    )
    return TodaysList(day=day, desk=desk, rows=rows, names_hidden=names_hidden, printed_at=now or utcnow())


def render_todays_list(session: Session, actor: Actor, *, day: date | None = None, desk: str | None = None,
                       names_hidden: bool = False, language: str = "da") -> RenderedReport:
    from referral_app.reports.todays_list import build_todays_list

    data = todays_list(session, actor, day=day, desk=desk, names_hidden=names_hidden, language=language)
    buffer = io.BytesIO()
    build_todays_list(data, buffer, parse_report_language(language))
    detail = (f"todays list day={data.day.isoformat()} desk={desk or 'all'} rows={len(data.rows)} "
              f"names={'hidden' if names_hidden else 'shown'}")
    return RenderedReport(ReportKind.TODAYS_LIST, buffer.getvalue(), f"dagens-liste-{data.day.isoformat()}.pdf",
                          detail=detail)


def record_view(session: Session, actor: Actor, report: RenderedReport) -> None:
    """The list was shown on screen: logged as the command's listing is."""
    audit.record(session, actor, AuditAction.SEARCH, entity="inquiry", detail=report.detail)
