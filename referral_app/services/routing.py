"""Routing suggestions from the directory in the database.

The directory is read as plain rows (a few milliseconds) each time and
compared with the rows the cached router was built from, so a coordinator's
edit takes effect at once while the costly part, compiling the keywords, runs
only when something changed.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.domain import routing as r
from referral_app.domain.enums import OrganizationKind, ServiceStatus

# The housing organization that runs "Fællesdriften af Høje Gladsaxe", the
# joint operation; it passes on what belongs to another housing organization.
JOINT_OPERATION_KEY = "ab-gladsaxe"
_CACHE_SIZE = 4

_lock = threading.Lock()
_routers: OrderedDict[str, r.Router] = OrderedDict()


def load_snapshot(session: Session) -> r.RoutingSnapshot:
    """The directory as routing needs it: active categories and rules, every
    service (the engine itself leaves out the inactive ones), the address table."""
    return _snapshot_from_rows(_read_rows(session))


def router(session: Session) -> r.Router:
    """A compiled router for the directory as it is now (cached)."""
    rows = _read_rows(session)
    key = hashlib.sha256(repr(rows).encode()).hexdigest()
    with _lock:
        cached = _routers.get(key)
        if cached is not None:
            _routers.move_to_end(key)
            return cached
    built = r.Router(_snapshot_from_rows(rows))
    with _lock:
        _routers[key] = built
        while len(_routers) > _CACHE_SIZE:
            _routers.popitem(last=False)
    return built


def suggest(session: Session, query: r.RoutingQuery, *, limit: int | None = None) -> r.Routing:
    """Ranked service suggestions for an inquiry, with reasons.

    Raises ValidationError for an unknown category code, an impossible age,
    an address that is not an address, or nothing to route on.
    """
    compiled = router(session)
    return compiled.suggest(r.validate_query(query, compiled.categories), limit)


def clear_cache() -> None:
    with _lock:
        _routers.clear()


# --- rows ----------------------------------------------------------------------------


class CategoryRow(NamedTuple):
    id: int
    code: str
    name_da: str
    name_en: str
    parent_id: int | None
    keywords: str | None


class OrganizationRow(NamedTuple):
    id: int
    key: str
    name: str
    kind: str
    active: bool


class ServiceRow(NamedTuple):
    id: int
    name: str
    organization_id: int
    status: str
    min_age: int | None
    max_age: int | None
    residents_only: bool | None
    languages: str | None
    waiting_list: bool | None
    capacity_note: str | None
    description: str | None


class LinkRow(NamedTuple):
    """A service listed under a category."""

    service_id: int
    category_id: int


class RuleRow(NamedTuple):
    id: int
    category_id: int
    service_id: int
    priority: int | None
    housing_organization_id: int | None
    min_age: int | None
    max_age: int | None
    language: str | None
    note: str | None


class AddressRow(NamedTuple):
    id: int
    street: str
    number_from: int
    number_to: int
    organization_id: int
    department: str | None
    parity: str  # all | odd | even


class DirectoryRows(NamedTuple):
    """The directory as plain rows: cheap to read and to compare (the cache key)."""

    categories: tuple[CategoryRow, ...]
    organizations: tuple[OrganizationRow, ...]
    services: tuple[ServiceRow, ...]
    links: tuple[LinkRow, ...]
    rules: tuple[RuleRow, ...]
    addresses: tuple[AddressRow, ...]


def _read_rows(session: Session) -> DirectoryRows:
    categories = tuple(
        CategoryRow(*row)
        for row in session.execute(
            select(
                m.Category.id,
                m.Category.code,
                m.Category.name_da,
                m.Category.name_en,
                m.Category.parent_id,
                m.Category.keywords,
            )
            .where(m.Category.active.is_(True))
            .order_by(m.Category.sort_order, m.Category.code)
        ).tuples()
    )
    organizations = tuple(
        OrganizationRow(*row)
        for row in session.execute(
            select(m.Organization.id, m.Organization.key, m.Organization.name, m.Organization.kind,
                   m.Organization.active)
            .order_by(m.Organization.id)
        ).tuples()
    )
    services = tuple(
        ServiceRow(*row)
        for row in session.execute(
            select(
                m.Service.id,
                m.Service.name,
                m.Service.organization_id,
                m.Service.status,
                m.Service.min_age,
                m.Service.max_age,
                m.Service.residents_only,
                m.Service.languages,
                m.Service.waiting_list,
                m.Service.capacity_note,
                m.Service.description,
            ).order_by(m.Service.id)
        ).tuples()
    )
    links = tuple(
        LinkRow(*row)
        for row in session.execute(
            select(m.ServiceCategory.service_id, m.ServiceCategory.category_id).order_by(
                m.ServiceCategory.service_id, m.ServiceCategory.category_id
            )
        ).tuples()
    )
    rules = tuple(
        RuleRow(*row)
        for row in session.execute(
            select(
                m.RoutingRule.id,
                m.RoutingRule.category_id,
                m.RoutingRule.service_id,
                m.RoutingRule.priority,
                m.RoutingRule.housing_organization_id,
                m.RoutingRule.min_age,
                m.RoutingRule.max_age,
                m.RoutingRule.language,
                m.RoutingRule.note,
            )
            .where(m.RoutingRule.active.is_(True))
            .order_by(m.RoutingRule.id)
        ).tuples()
    )
    addresses = tuple(
        AddressRow(*row)
        for row in session.execute(
            select(
                m.AddressRange.id,
                m.AddressRange.street,
                m.AddressRange.number_from,
                m.AddressRange.number_to,
                m.AddressRange.organization_id,
                m.AddressRange.department,
                m.AddressRange.parity,
            ).order_by(m.AddressRange.id)
        ).tuples()
    )
    return DirectoryRows(categories, organizations, services, links, rules, addresses)


def _snapshot_from_rows(rows: DirectoryRows) -> r.RoutingSnapshot:
    code_of = {row.id: row.code for row in rows.categories}
    orgs = {row.id: row for row in rows.organizations}
    codes_of_service: dict[int, list[str]] = {}
    for link in rows.links:
        if link.category_id in code_of:
            codes_of_service.setdefault(link.service_id, []).append(code_of[link.category_id])
    joint = next((row.id for row in rows.organizations if row.key == JOINT_OPERATION_KEY), None)
    return r.RoutingSnapshot(
        categories=tuple(
            r.RouteCategory(
                code=row.code,
                name=r.Localized(row.name_da, row.name_en),
                parent_code=code_of.get(row.parent_id) if row.parent_id is not None else None,
                keywords=tuple(k.strip() for k in (row.keywords or "").splitlines() if k.strip()),
            )
            for row in rows.categories
        ),
        services=tuple(_route_service(row, orgs, codes_of_service) for row in rows.services),
        rules=tuple(
            r.RouteRule(
                id=row.id,
                category_code=code_of[row.category_id],
                service_id=row.service_id,
                priority=row.priority or 0,
                housing_organization_id=row.housing_organization_id,
                min_age=row.min_age,
                max_age=row.max_age,
                language=(row.language or None),
                note=row.note or None,
            )
            for row in rows.rules
            if row.category_id in code_of
        ),
        addresses=tuple(
            r.AddressRange(
                id=row.id,
                street=row.street,
                number_from=row.number_from,
                number_to=row.number_to,
                organization_id=row.organization_id,
                organization_name=orgs[row.organization_id].name,
                department=row.department,
                parity=row.parity,
            )
            for row in rows.addresses
            if row.organization_id in orgs
        ),
        joint_operation_id=joint,
    )


def _route_service(
    row: ServiceRow, orgs: dict[int, OrganizationRow], codes_of_service: dict[int, list[str]]
) -> r.RouteService:
    organization = orgs[row.organization_id]
    return r.RouteService(
        id=row.id,
        name=row.name,
        organization_id=row.organization_id,
        organization_name=organization.name,
        # A deactivated organization's services are never suggested.
        status=ServiceStatus(row.status) if organization.active else ServiceStatus.INACTIVE,
        organization_is_housing=organization.kind == OrganizationKind.HOUSING.value,
        min_age=row.min_age,
        max_age=row.max_age,
        residents_only=bool(row.residents_only),
        languages=tuple(c.strip() for c in (row.languages or "").split(",") if c.strip()),
        waiting_list=bool(row.waiting_list),
        capacity_note=row.capacity_note or None,
        category_codes=tuple(sorted(codes_of_service.get(row.id, ()))),
        description=row.description or "",
    )
