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


def _read_rows(session: Session) -> tuple[tuple[object, ...], ...]:
    categories = tuple(
        session.execute(
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
        session.execute(
            select(m.Organization.id, m.Organization.key, m.Organization.name, m.Organization.kind)
            .order_by(m.Organization.id)
        ).tuples()
    )
    services = tuple(
        session.execute(
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
        session.execute(
            select(m.ServiceCategory.service_id, m.ServiceCategory.category_id).order_by(
                m.ServiceCategory.service_id, m.ServiceCategory.category_id
            )
        ).tuples()
    )
    rules = tuple(
        session.execute(
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
        session.execute(
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
    return (categories, organizations, services, links, rules, addresses)


def _snapshot_from_rows(rows: tuple[tuple[object, ...], ...]) -> r.RoutingSnapshot:
    categories, organizations, services, links, rules, addresses = rows
    code_of = {row[0]: row[1] for row in categories}
    orgs = {row[0]: row for row in organizations}
    codes_of_service: dict[int, list[str]] = {}
    for service_id, category_id in links:
        if category_id in code_of:
            codes_of_service.setdefault(service_id, []).append(code_of[category_id])
    joint = next((row[0] for row in organizations if row[1] == JOINT_OPERATION_KEY), None)
    return r.RoutingSnapshot(
        categories=tuple(
            r.RouteCategory(
                code=code,
                name=r.Localized(name_da, name_en),
                parent_code=code_of.get(parent_id),
                keywords=tuple(k.strip() for k in (keywords or "").splitlines() if k.strip()),
            )
            for _id, code, name_da, name_en, parent_id, keywords in categories
        ),
        services=tuple(
            r.RouteService(
                id=service_id,
                name=name,
                organization_id=org_id,
                organization_name=orgs[org_id][2],
                status=ServiceStatus(status),
                organization_is_housing=orgs[org_id][3] == OrganizationKind.HOUSING.value,
                min_age=min_age,
                max_age=max_age,
                residents_only=bool(residents_only),
                languages=tuple(c.strip() for c in (languages or "").split(",") if c.strip()),
                waiting_list=bool(waiting_list),
                capacity_note=capacity_note or None,
                category_codes=tuple(sorted(codes_of_service.get(service_id, ()))),
                description=description or "",
            )
            for (
                service_id,
                name,
                org_id,
                status,
                min_age,
                max_age,
                residents_only,
                languages,
                waiting_list,
                capacity_note,
                description,
            ) in services
        ),
        rules=tuple(
            r.RouteRule(
                id=rule_id,
                category_code=code_of[category_id],
                service_id=service_id,
                priority=priority or 0,
                housing_organization_id=housing_id,
                min_age=min_age,
                max_age=max_age,
                language=(language or None),
                note=note or None,
            )
            for rule_id, category_id, service_id, priority, housing_id, min_age, max_age, language, note in rules
            if category_id in code_of
        ),
        addresses=tuple(
            r.AddressRange(
                id=address_id,
                street=street,
                number_from=low,
                number_to=high,
                organization_id=org_id,
                organization_name=orgs[org_id][2],
                department=department,
                parity=parity,
            )
            for address_id, street, low, high, org_id, department, parity in addresses
            if org_id in orgs
        ),
        joint_operation_id=joint,
    )
