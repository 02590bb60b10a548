"""The service directory: organizations, services, hours, contacts, categories."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from referral_app.db import models as m
from referral_app.domain import directory as d
from referral_app.domain import matching
from referral_app.domain.enums import FocusArea, OrganizationKind, ServiceStatus
from referral_app.domain.errors import NotFoundError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP


def category_from_row(row: m.Category, parent_code: str | None = None) -> d.Category:
    return d.Category(
        id=row.id,
        code=row.code,
        name_da=row.name_da,
        name_en=row.name_en,
        parent_code=parent_code if parent_code is not None else (row.parent.code if row.parent else None),
        focus_area=FocusArea(row.focus_area) if row.focus_area else None,
        keywords=tuple(k for k in row.keywords.splitlines() if k.strip()),
        version=row.version,
    )


def service_from_row(row: m.Service) -> d.Service:
    location = None
    if row.location is not None:
        loc = row.location
        location = d.Location(loc.id, loc.name, loc.address, loc.postal_code, loc.city)
    return d.Service(
        id=row.id,
        key=row.key,
        organization_id=row.organization_id,
        organization_name=row.organization.name,
        name=row.name,
        description=row.description,
        status=ServiceStatus(row.status),
        eligibility=row.eligibility,
        min_age=row.min_age,
        max_age=row.max_age,
        residents_only=row.residents_only,
        languages=tuple(code for code in row.languages.split(",") if code),
        interpretation=row.interpretation,
        application_process=row.application_process,
        what_to_bring=row.what_to_bring,
        follow_up_days=row.follow_up_days,
        waiting_list=row.waiting_list,
        capacity_note=row.capacity_note,
        url=row.url,
        phone=row.phone,
        email=row.email,
        location=location,
        schedules=tuple(
            d.Schedule(s.weekday, s.opens_at, s.closes_at, s.valid_from, s.valid_to, s.note) for s in row.schedules
        ),
        contacts=tuple(d.Contact(c.name, c.title, c.phone, c.email) for c in row.contacts),
        categories=tuple(category_from_row(c) for c in row.categories),
        name_en=row.name_en,
        next_step=row.next_step,
        area=row.area,
        handover_contact=row.handover_contact,
        paused_until=row.paused_until,
        open_on_holidays=row.open_on_holidays,
        exceptions=tuple(
            d.ScheduleException(e.first_day, e.last_day, e.opens_at, e.closes_at, e.note) for e in row.exceptions
        ),
        version=row.version,
        organization_active=row.organization.active,
    )


def _service_options() -> Iterable[object]:
    return (
        selectinload(m.Service.schedules),
        selectinload(m.Service.contacts),
        selectinload(m.Service.exceptions),
        selectinload(m.Service.categories).selectinload(m.Category.parent),
        selectinload(m.Service.location),
        selectinload(m.Service.organization),
    )


def list_directory(session: Session, query: str = "", *, active_only: bool = False) -> tuple[d.Organization, ...]:
    """All organizations with their services, filtered and ranked by a free-text query.

    Without a query, organizations come by name with all their services. With
    one, the services it matches by the one matching rule
    (``domain.matching``, ``domain.directory.service_target``): every word
    must begin a word of the service's name, its organization's name, a
    category (names and keywords) or the description. Name matches rank
    above category and description matches, both among an organization's
    services and between organizations (by their best service). An
    organization whose own name the query matches keeps all its services.
    """
    stmt = (
        select(m.Organization)
        .options(selectinload(m.Organization.services).options(*_service_options()))  # type: ignore[arg-type]
        .order_by(m.Organization.name)
    )
    searching = bool(matching.words(query))
    ranked: list[tuple[tuple[int, int], d.Organization]] = []
    for position, org in enumerate(session.scalars(stmt)):
        services = [service_from_row(s) for s in org.services]
        if active_only:
            if not org.active:
                continue  # a deactivated organization is shown only with the closed services
            services = [s for s in services if s.is_active]
        best = 0
        if searching:
            # A matching organization name matches every service (as context), and
            # keeps the organization even when it has no services.
            found = matching.rank(services, query, d.service_target)
            if not found and not matching.words_begin(query, org.name):
                continue
            services = [match.item for match in found]
            best = max((int(match.tier) for match in found), default=int(matching.Tier.CONTEXT))
        organization = d.Organization(
            id=org.id,
            key=org.key,
            name=org.name,
            kind=OrganizationKind(org.kind),
            description=org.description,
            website=org.website,
            phone=org.phone,
            email=org.email,
            services=tuple(services),
            address=org.address,
            active=org.active,
            version=org.version,
        )
        ranked.append(((-best, position), organization))
    ranked.sort(key=lambda pair: pair[0])
    return tuple(organization for _, organization in ranked)


def get_service(session: Session, service_id: int) -> d.Service:
    row = session.scalars(select(m.Service).where(m.Service.id == service_id).options(*_service_options())).first()  # type: ignore[arg-type]
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no service with number {id}."), id=service_id)
    return service_from_row(row)


def list_categories(session: Session) -> tuple[d.Category, ...]:
    rows = session.scalars(
        select(m.Category).options(selectinload(m.Category.parent)).order_by(m.Category.sort_order, m.Category.code)
    )
    return tuple(category_from_row(row) for row in rows)
