"""Newer shipped directory data that does not overwrite local work.

Each item loaded from ``resources/directory`` has a fingerprint in
``seed_log.content_hash``: what it was when shipped. When a newer file ships a
different version, an item that still matches its fingerprint (nobody edited
it) is updated at start-up; an edited one is left alone and listed by
``pending_updates``, where a coordinator sees field by field what the shipped
version would change and takes it item by item (``take_update``, audited).

Covers services, routing rules and address ranges (categories are handled the
same way by ``directory_seed``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from referral_app.db import models as m
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.directory_edit import changed_fields
from referral_app.domain.errors import NotFoundError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.services import audit, routing
from referral_app.services.permissions import require

MSG_NO_UPDATE = QT_TRANSLATE_NOOP("errors", "The shipped directory has no newer version of {key}.")

SERVICE_FIELDS = ("name", "description", "status", "eligibility", "min_age", "max_age", "residents_only",
                  "interpretation", "application_process", "what_to_bring", "follow_up_days", "waiting_list",
                  "capacity_note", "url", "phone", "email")


@dataclass(frozen=True, slots=True)
class ShippedUpdate:
    """One item whose shipped version differs from the database."""

    kind: str  # service | routing_rule | address
    key: str
    name: str
    changes: dict[str, tuple[Any, Any]]  # field -> (now, shipped)
    edited: bool  # a coordinator changed it since it was loaded: only taken by hand


# --- canonical forms ------------------------------------------------------------------------------------


def _digest(canonical: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(canonical, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _hhmm(value: Any) -> str:
    return f"{value:%H:%M}" if isinstance(value, time) else str(value)[:5]


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else (str(value) if value else None)


def _shipped_service(item: dict[str, Any]) -> dict[str, Any]:
    canonical = {name: item.get(name) for name in SERVICE_FIELDS}
    canonical["status"] = item.get("status", "active")
    canonical["description"] = str(item.get("description") or "")
    canonical["residents_only"] = bool(item.get("residents_only", False))
    canonical["waiting_list"] = bool(item.get("waiting_list", False))
    canonical["follow_up_days"] = int(item.get("follow_up_days") or 10)
    canonical["languages"] = list(item.get("languages") or ["da"])
    canonical["location"] = item.get("location")
    canonical["categories"] = sorted(item.get("categories", []))
    canonical["schedules"] = sorted(
        [int(s["weekday"]), _hhmm(s["opens"]), _hhmm(s["closes"]), _iso(s.get("valid_from")),
         _iso(s.get("valid_to")), s.get("note")] for s in item.get("schedules", []))
    canonical["contacts"] = [[c.get("name"), c.get("title"), c.get("phone"), c.get("email")]
                             for c in item.get("contacts", [])]
    return canonical


def _stored_service(row: m.Service) -> dict[str, Any]:
    canonical = {name: getattr(row, name) for name in SERVICE_FIELDS}
    canonical["languages"] = [code for code in row.languages.split(",") if code]
    canonical["location"] = row.location.key if row.location else None
    canonical["categories"] = sorted(c.code for c in row.categories)
    canonical["schedules"] = sorted(
        [s.weekday, _hhmm(s.opens_at), _hhmm(s.closes_at), _iso(s.valid_from), _iso(s.valid_to), s.note]
        for s in row.schedules)
    canonical["contacts"] = [[c.name, c.title, c.phone, c.email] for c in row.contacts]
    return canonical


def rule_key(item: dict[str, Any]) -> str:
    """The seed log's key of a shipped rule (as ``directory_seed`` writes it)."""
    return ":".join(str(part) for part in (item.get("category"), item.get("service"), item.get("housing_organization"),
                                           item.get("min_age"), item.get("max_age"), item.get("language")))


def _shipped_rule(item: dict[str, Any]) -> dict[str, Any]:
    return {"priority": int(item.get("priority", 0)), "note": item.get("note")}


def _stored_rule(row: m.RoutingRule) -> dict[str, Any]:
    return {"priority": row.priority, "note": row.note}


def _shipped_address(item: dict[str, Any]) -> dict[str, Any]:
    return {"organization": item.get("organization"), "department": item.get("department"),
            "note": item.get("note")}


def _stored_address(row: m.AddressRange) -> dict[str, Any]:
    return {"organization": row.organization.key, "department": row.department, "note": row.note}


# --- the items, shipped and stored -------------------------------------------------------------------------


@dataclass
class _Item:
    kind: str
    key: str
    name: str
    shipped: dict[str, Any]
    raw: dict[str, Any]
    row: Any = None
    stored: dict[str, Any] | None = None
    log: m.SeedLog | None = None


def _read(folder: Path, name: str) -> dict[str, Any]:
    data = json.loads((folder / name).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _items(session: Session, folder: Path) -> list[_Item]:
    logs = {(log.kind, log.key): log for log in session.scalars(
        select(m.SeedLog).where(m.SeedLog.kind.in_(["service", "routing_rule", "address"])))}
    services = {
        f"{row.organization.key}/{row.key}": row
        for row in session.scalars(select(m.Service).options(
            selectinload(m.Service.organization), selectinload(m.Service.location),
            selectinload(m.Service.categories), selectinload(m.Service.schedules), selectinload(m.Service.contacts)))
    }
    items: list[_Item] = []
    for org in _read(folder, "organizations.json").get("organizations", []):
        for svc in org.get("services", []):
            key = f"{org.get('key')}/{svc.get('key')}"
            service_row = services.get(key)
            items.append(_Item("service", key, str(svc.get("name")), _shipped_service(svc), svc, service_row,
                               _stored_service(service_row) if service_row is not None else None,
                               logs.get(("service", key))))
    codes = {c.id: c.code for c in session.scalars(select(m.Category))}
    org_keys = {o.id: o.key for o in session.scalars(select(m.Organization))}
    service_keys = {row.id: key for key, row in services.items()}
    rules: dict[str, m.RoutingRule] = {}
    for rule_row in session.scalars(select(m.RoutingRule)):
        housing = org_keys.get(rule_row.housing_organization_id) if rule_row.housing_organization_id else None
        key = ":".join(str(part) for part in (codes.get(rule_row.category_id), service_keys.get(rule_row.service_id),
                                              housing, rule_row.min_age, rule_row.max_age, rule_row.language))
        rules.setdefault(key, rule_row)
    for rule in _read(folder, "routing_rules.json").get("rules", []):
        key = rule_key(rule)
        found_rule = rules.get(key)
        items.append(_Item("routing_rule", key, f"{rule.get('category')} → {rule.get('service')}",
                           _shipped_rule(rule), rule, found_rule,
                           _stored_rule(found_rule) if found_rule is not None else None,
                           logs.get(("routing_rule", key))))
    addresses = {f"{row.street}:{row.number_from}-{row.number_to}": row for row in session.scalars(
        select(m.AddressRange).options(selectinload(m.AddressRange.organization)))}
    for address in _read(folder, "addresses.json").get("addresses", []):
        key = f"{address.get('street')}:{address.get('number_from')}-{address.get('number_to')}"
        address_row = addresses.get(key)
        items.append(_Item("address", key, key.replace(":", " "), _shipped_address(address), address, address_row,
                           _stored_address(address_row) if address_row is not None else None,
                           logs.get(("address", key))))
    return [item for item in items if item.row is not None and item.log is not None]


def _files_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in ("organizations.json", "routing_rules.json", "addresses.json"):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


def _edited(item: _Item) -> bool:
    assert item.log is not None and item.stored is not None
    return item.log.content_hash is None or _digest(item.stored) != item.log.content_hash


# --- at start-up: unedited items follow the shipped version ------------------------------------------------------


def apply_unedited(session: Session, folder: Path) -> dict[str, int]:
    """Update every item nobody edited to its newer shipped version; returns counts by kind.
    Items loaded before fingerprints were kept get one when they still match what ships."""
    counts = {"service": 0, "routing_rule": 0, "address": 0}
    # The comparison costs a tenth of a second; it is needed only when the shipped files changed.
    shipped_files = _files_digest(folder)
    seen = session.get(m.SeedLog, ("shipped", "directory"))
    if seen is not None and seen.content_hash == shipped_files:
        return counts
    if seen is None:
        session.add(m.SeedLog(kind="shipped", key="directory", content_hash=shipped_files))
    else:
        seen.content_hash = shipped_files
    for item in _items(session, folder):
        assert item.log is not None and item.stored is not None
        shipped = _digest(item.shipped)
        if item.log.content_hash == shipped:
            continue
        if item.log.content_hash is None:
            if _digest(item.stored) == shipped:
                item.log.content_hash = shipped
            continue
        if _edited(item):
            continue  # a coordinator's edit wins; pending_updates offers the shipped version
        _apply(session, item)
        counts[item.kind] += 1
    session.flush()
    if any(counts.values()):
        routing.clear_cache()
    return counts


def pending_updates(session: Session, folder: Path) -> tuple[ShippedUpdate, ...]:
    """What the shipped directory would change in items a coordinator edited."""
    result = []
    for item in _items(session, folder):
        assert item.log is not None and item.stored is not None
        if item.log.content_hash == _digest(item.shipped) or item.stored == item.shipped:
            continue
        result.append(ShippedUpdate(item.kind, item.key, item.name, changed_fields(item.stored, item.shipped),
                                    _edited(item)))
    return tuple(result)


def take_update(session: Session, actor: Actor, folder: Path, kind: str, key: str) -> ShippedUpdate:
    """Replace one item with its shipped version (the coordinator chose it); audited with before and after."""
    require(session, actor, Permission.EDIT_DIRECTORY)
    item = next((i for i in _items(session, folder) if i.kind == kind and i.key == key), None)
    if item is None or item.stored == item.shipped:
        raise NotFoundError(MSG_NO_UPDATE, key=key)
    assert item.stored is not None
    changes = changed_fields(item.stored, item.shipped)
    _apply(session, item)
    session.flush()
    routing.clear_cache()
    audit.record(session, actor, AuditAction.UPDATE, entity={"address": "address_range"}.get(kind, kind),
                 entity_id=item.row.id, detail=json.dumps(
                     {"source": "shipped", "before": {k: v[0] for k, v in changes.items()},
                      "after": {k: v[1] for k, v in changes.items()}}, ensure_ascii=False, sort_keys=True, default=str))
    return ShippedUpdate(kind, key, item.name, changes, True)


def _apply(session: Session, item: _Item) -> None:
    assert item.log is not None
    if item.kind == "service":
        _apply_service(session, item.row, item.raw)
    elif item.kind == "routing_rule":
        item.row.priority, item.row.note = item.shipped["priority"], item.shipped["note"]
    else:
        org = session.scalars(select(m.Organization).where(m.Organization.key == item.shipped["organization"])).first()
        if org is not None:
            item.row.organization = org
        item.row.department, item.row.note = item.shipped["department"], item.shipped["note"]
    item.log.content_hash = _digest(item.shipped)


def _apply_service(session: Session, row: m.Service, raw: dict[str, Any]) -> None:
    from referral_app.services.directory_seed import _date, _time

    shipped = _shipped_service(raw)
    with session.no_autoflush:
        for name in SERVICE_FIELDS:
            setattr(row, name, shipped[name])
        row.languages = ",".join(shipped["languages"])
        location = next((loc for loc in row.organization.locations if loc.key == shipped["location"]), None)
        row.location = location
        row.categories = list(session.scalars(select(m.Category).where(m.Category.code.in_(shipped["categories"]))))
        row.schedules = [m.Schedule(weekday=int(s["weekday"]), opens_at=_time(s["opens"], "organizations.json"),
                                    closes_at=_time(s["closes"], "organizations.json"),
                                    valid_from=_date(s.get("valid_from"), "organizations.json"),
                                    valid_to=_date(s.get("valid_to"), "organizations.json"), note=s.get("note"))
                         for s in raw.get("schedules", [])]
        row.contacts = [m.Contact(name=c.get("name"), title=c.get("title"), phone=c.get("phone"),
                                  email=c.get("email")) for c in raw.get("contacts", [])]
