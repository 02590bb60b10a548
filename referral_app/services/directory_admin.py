"""Keeping the directory: coordinators and administrators add and change
organizations, services with their hours, the address table, categories and
routing rules.

Every change: the permission first (a refusal is audited), the draft
validated with the field named, one transaction (the caller's), an audit
entry with the fields before and after, and optimistic locking: the editor
passes the version and the values it started from; when someone saved the
item in between, ConflictError names what they changed and nothing is
written, so the editor keeps the coordinator's input. Nothing a referral
points to is deleted: services are closed, organizations deactivated, rules
switched off.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain import directory as d
from referral_app.domain import directory_edit as e
from referral_app.domain import routing as r
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import AddressParity, OrganizationKind, ServiceStatus
from referral_app.domain.errors import ConflictError, NotFoundError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.opening_hours import CalendarSettings
from referral_app.domain.text import fold
from referral_app.services import audit, routing
from referral_app.services import directory as directory_service
from referral_app.services import settings as settings_service
from referral_app.services.permissions import require

MSG_CONFLICT = QT_TRANSLATE_NOOP(
    "errors",
    "{who} changed this {what} while you were editing it ({fields}). Nothing was saved; your changes are still "
    "in the form. Close it and open the item again to see the new version.",
)
MSG_NO_ITEM = QT_TRANSLATE_NOOP("errors", "There is no {what} with number {id}.")
MSG_UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("errors", "There is no category with the code {code}.")

WHAT = {
    "organization": QT_TRANSLATE_NOOP("enums", "organization"),
    "service": QT_TRANSLATE_NOOP("enums", "service"),
    "category": QT_TRANSLATE_NOOP("enums", "category"),
    "address_range": QT_TRANSLATE_NOOP("enums", "address range"),
    "routing_rule": QT_TRANSLATE_NOOP("enums", "routing rule"),
}
SOMEONE = QT_TRANSLATE_NOOP("enums", "Someone else")


# --- shared steps ----------------------------------------------------------------------------------


def _record_change(session: Session, actor: Actor, action: AuditAction, entity: str, entity_id: object,
                   before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
    """One audit entry with every changed field before and after (nothing at all when nothing changed)."""
    changes = {k: _list_change(old, new) for k, (old, new) in e.changed_fields(before, after).items()}
    if not changes and action is AuditAction.UPDATE:
        return
    detail = json.dumps({"before": {k: v[0] for k, v in changes.items() if k in before},
                         "after": {k: v[1] for k, v in changes.items()}}, ensure_ascii=False, sort_keys=True)
    audit.record(session, actor, action, entity=entity, entity_id=entity_id, detail=detail)


def _list_change(old: Any, new: Any) -> tuple[Any, Any]:
    """For a list (keywords, hours) that was there before and after: only the items removed and added,
    so a long keyword list does not crowd the entry."""
    if not (isinstance(old, list) and isinstance(new, list) and old and new):
        return old, new
    def key(item: Any) -> str:
        return json.dumps(item, sort_keys=True, ensure_ascii=False)

    old_keys, new_keys = {key(i) for i in old}, {key(i) for i in new}
    return [i for i in old if key(i) not in new_keys], [i for i in new if key(i) not in old_keys]


def _check_version(session: Session, entity: str, entity_id: int, stored_version: int, expected_version: int,
                   current: Mapping[str, Any], base: Mapping[str, Any]) -> None:
    """Refuse the save when the item was saved since the editor read it, naming who and what."""
    if stored_version == expected_version:
        return
    fields = sorted(e.changed_fields(base, current)) or ["version"]
    who = session.scalar(
        select(m.AuditEvent.username)
        .where(m.AuditEvent.entity == entity, m.AuditEvent.entity_id == str(entity_id),
               m.AuditEvent.action.in_([AuditAction.UPDATE.value, AuditAction.CREATE.value]))
        .order_by(m.AuditEvent.id.desc()).limit(1)
    )
    raise ConflictError(MSG_CONFLICT, who=who or SOMEONE, what=WHAT[entity], fields=", ".join(fields),
                        changed=tuple(fields), translated_params=("what",) if who else ("who", "what"))


def _flush(session: Session, entity: str, entity_id: object) -> None:
    """Write now, so a concurrent save of the same row is refused here (version in the UPDATE's WHERE)."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(MSG_CONFLICT, who=SOMEONE, what=WHAT[entity], fields="version", changed=("version",),
                            translated_params=("who", "what")) from exc


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:48] or "item"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def _get(session: Session, model: type[Any], item_id: int, entity: str) -> Any:
    row = session.get(model, item_id)
    if row is None:
        raise NotFoundError(MSG_NO_ITEM, what=WHAT[entity], id=item_id, translated_params=("what",))
    return row


def calendar_settings(session: Session) -> CalendarSettings:
    return settings_service.load_settings(session).calendar()


def change_calendar(session: Session, actor: Actor, calendar: CalendarSettings) -> CalendarSettings:
    """Whether the directory closes on 24 December, 31 December and 5 June."""
    require(session, actor, Permission.EDIT_DIRECTORY)
    before = e.as_plain(calendar_settings(session))
    settings_service.update_settings(
        session, staff_user_id=actor.user_id, closed_christmas_eve=int(calendar.closed_christmas_eve),
        closed_new_years_eve=int(calendar.closed_new_years_eve),
        closed_constitution_day=int(calendar.closed_constitution_day))
    _record_change(session, actor, AuditAction.UPDATE, "directory_calendar", None, before, e.as_plain(calendar))
    return calendar


# --- organizations -------------------------------------------------------------------------------------


def get_organization(session: Session, organization_id: int) -> d.Organization:
    row = _get(session, m.Organization, organization_id, "organization")
    return d.Organization(id=row.id, key=row.key, name=row.name, kind=OrganizationKind(row.kind),
                          description=row.description, website=row.website, phone=row.phone, email=row.email,
                          address=row.address, active=row.active, version=row.version)


def create_organization(session: Session, actor: Actor, draft: e.OrganizationDraft) -> d.Organization:
    require(session, actor, Permission.EDIT_DIRECTORY)
    clean = e.validate_organization(draft)
    taken = set(session.scalars(select(m.Organization.key)))
    row = m.Organization(key=_slug(clean.name, taken))
    _apply_organization(row, clean)
    session.add(row)
    _flush(session, "organization", None)
    _record_change(session, actor, AuditAction.CREATE, "organization", row.id, {}, e.as_plain(clean))
    return get_organization(session, row.id)


def update_organization(session: Session, actor: Actor, organization_id: int, draft: e.OrganizationDraft, *,
                        base: e.OrganizationDraft, version: int) -> d.Organization:
    require(session, actor, Permission.EDIT_DIRECTORY)
    row = _get(session, m.Organization, organization_id, "organization")
    current = e.as_plain(e.draft_from_organization(get_organization(session, organization_id)))
    _check_version(session, "organization", organization_id, row.version, version, current, e.as_plain(base))
    clean = e.validate_organization(draft)
    _apply_organization(row, clean)
    row.updated_at = utcnow()
    _flush(session, "organization", organization_id)
    _record_change(session, actor, AuditAction.UPDATE, "organization", organization_id, current,
                   e.as_plain(clean))
    return get_organization(session, organization_id)


def _apply_organization(row: m.Organization, clean: e.OrganizationDraft) -> None:
    row.name, row.kind, row.address = clean.name, clean.kind.value, clean.address
    row.phone, row.email, row.website = clean.phone, clean.email, clean.website
    row.description, row.active = clean.description, clean.active


# --- services -----------------------------------------------------------------------------------------------


def create_service(session: Session, actor: Actor, draft: e.ServiceDraft) -> d.Service:
    require(session, actor, Permission.EDIT_DIRECTORY)
    clean = e.validate_service(draft)
    org = _get(session, m.Organization, clean.organization_id, "organization")
    row = m.Service(key=_slug(clean.name, {s.key for s in org.services}))
    with session.no_autoflush:
        row.organization = org
        session.add(row)
        _apply_service(session, row, clean)
    _flush(session, "service", None)
    _record_change(session, actor, AuditAction.CREATE, "service", row.id, {}, _plain_nonempty(clean))
    routing.clear_cache()
    return directory_service.get_service(session, row.id)


def update_service(session: Session, actor: Actor, service_id: int, draft: e.ServiceDraft, *,
                   base: e.ServiceDraft, version: int) -> d.Service:
    """Save ``draft`` over the service the editor read as ``base`` at ``version``."""
    require(session, actor, Permission.EDIT_DIRECTORY)
    row = _get(session, m.Service, service_id, "service")
    current = e.as_plain(e.draft_from_service(directory_service.get_service(session, service_id)))
    _check_version(session, "service", service_id, row.version, version, current, e.as_plain(base))
    clean = e.validate_service(draft)
    if clean.organization_id != row.organization_id:
        row.organization = _get(session, m.Organization, clean.organization_id, "organization")
    with session.no_autoflush:
        _apply_service(session, row, clean)
    row.updated_at = utcnow()  # the row's version moves even when only its hours changed
    _flush(session, "service", service_id)
    _record_change(session, actor, AuditAction.UPDATE, "service", service_id, current, e.as_plain(clean))
    return directory_service.get_service(session, service_id)


def _plain_nonempty(draft: object) -> dict[str, Any]:
    return {k: v for k, v in e.as_plain(draft).items() if v not in (None, "", [], False)}


def _apply_service(session: Session, row: m.Service, clean: e.ServiceDraft) -> None:
    codes = clean.categories
    categories = {c.code: c for c in session.scalars(select(m.Category).where(m.Category.code.in_(codes)))}
    for code in codes:
        if code not in categories:
            raise ValidationError(MSG_UNKNOWN_CATEGORY, field="categories", code=code)
    for name in ("name", "name_en", "description", "paused_until", "waiting_list", "capacity_note", "eligibility",
                 "min_age", "max_age", "area", "what_to_bring", "application_process", "next_step", "phone",
                 "email", "url", "follow_up_days", "handover_contact", "open_on_holidays"):
        setattr(row, name, getattr(clean, name))
    row.status = clean.status.value
    row.languages = ",".join(clean.languages)
    row.categories = [categories[code] for code in codes]
    _apply_location(session, row, clean)
    stored_slots = [(s.weekday, s.opens_at, s.closes_at, s.valid_from, s.valid_to, s.note) for s in row.schedules]
    wanted_slots = [(s.weekday, s.opens_at, s.closes_at, s.valid_from, s.valid_to, s.note) for s in clean.schedules]
    if sorted(stored_slots, key=repr) != sorted(wanted_slots, key=repr):
        row.schedules = [m.Schedule(weekday=w, opens_at=o, closes_at=c, valid_from=f, valid_to=t, note=n)
                         for w, o, c, f, t, n in wanted_slots]
    stored_exc = [(x.first_day, x.last_day, x.opens_at, x.closes_at, x.note) for x in row.exceptions]
    wanted_exc = [(x.first_day, x.last_day, x.opens_at, x.closes_at, x.note) for x in clean.exceptions]
    if stored_exc != wanted_exc:
        row.exceptions = [m.ScheduleException(first_day=f, last_day=t, opens_at=o, closes_at=c, note=n)
                          for f, t, o, c, n in wanted_exc]


def _apply_location(session: Session, row: m.Service, clean: e.ServiceDraft) -> None:
    """The service's address: its own location, so a change never moves another service."""
    if clean.address is None:
        row.location = None
        return
    wanted = (clean.address, clean.postal_code or "", clean.city or "")
    location = row.location
    if location is not None and (location.address, location.postal_code, location.city) == wanted:
        return
    org = row.organization
    shared = location is not None and location.id is not None and bool(session.scalar(
        select(func.count(m.Service.id)).where(m.Service.location_id == location.id, m.Service.id != row.id)))
    if location is None or shared:
        taken = {loc.key for loc in org.locations}
        location = m.Location(organization=org, key=_slug(f"{clean.name} adresse", taken), name=clean.name,
                              address="", postal_code="", city="")
        session.add(location)
        row.location = location
    location.address, location.postal_code, location.city = wanted


def close_service(session: Session, actor: Actor, service_id: int, *, version: int) -> d.Service:
    """Close a service for good (it stays, with its history, for the referrals that point to it)."""
    current = directory_service.get_service(session, service_id)
    base = e.draft_from_service(current)
    return update_service(session, actor, service_id, replace(base, status=ServiceStatus.INACTIVE),
                          base=base, version=version)


# --- the address table -------------------------------------------------------------------------------------


def list_addresses(session: Session) -> tuple[d.AddressEntry, ...]:
    rows = session.execute(
        select(m.AddressRange, m.Organization.name).join(m.Organization)
        .order_by(m.AddressRange.street, m.AddressRange.number_from, m.AddressRange.id))
    return tuple(_address_entry(row, name) for row, name in rows)


def _address_entry(row: m.AddressRange, organization_name: str) -> d.AddressEntry:
    return d.AddressEntry(id=row.id, street=row.street, number_from=row.number_from, number_to=row.number_to,
                          parity=AddressParity(row.parity), organization_id=row.organization_id,
                          organization_name=organization_name, department=row.department, note=row.note,
                          version=row.version)


def create_address(session: Session, actor: Actor, draft: e.AddressDraft) -> d.AddressEntry:
    require(session, actor, Permission.EDIT_DIRECTORY)
    clean = e.validate_address(draft, list_addresses(session))
    org = _get(session, m.Organization, clean.organization_id, "organization")
    row = m.AddressRange(street=clean.street, number_from=clean.number_from, number_to=clean.number_to,
                         parity=clean.parity.value, organization=org, department=clean.department, note=clean.note)
    session.add(row)
    _flush(session, "address_range", None)
    _record_change(session, actor, AuditAction.CREATE, "address_range", row.id, {}, _plain_nonempty(clean))
    return _address_entry(row, org.name)


def update_address(session: Session, actor: Actor, address_id: int, draft: e.AddressDraft, *,
                   base: e.AddressDraft, version: int) -> d.AddressEntry:
    require(session, actor, Permission.EDIT_DIRECTORY)
    row = _get(session, m.AddressRange, address_id, "address_range")
    entries = list_addresses(session)
    current = e.as_plain(e.draft_from_address(next(a for a in entries if a.id == address_id)))
    _check_version(session, "address_range", address_id, row.version, version, current, e.as_plain(base))
    clean = e.validate_address(draft, entries, own_id=address_id)
    org = _get(session, m.Organization, clean.organization_id, "organization")
    row.street, row.number_from, row.number_to = clean.street, clean.number_from, clean.number_to
    row.parity, row.organization, row.department, row.note = clean.parity.value, org, clean.department, clean.note
    _flush(session, "address_range", address_id)
    _record_change(session, actor, AuditAction.UPDATE, "address_range", address_id, current, e.as_plain(clean))
    return _address_entry(row, org.name)


def delete_address(session: Session, actor: Actor, address_id: int, *, version: int) -> None:
    """Address ranges are only a lookup (no referral points to one), so they may go; the audit keeps what it was."""
    require(session, actor, Permission.EDIT_DIRECTORY)
    row = _get(session, m.AddressRange, address_id, "address_range")
    entry = next(a for a in list_addresses(session) if a.id == address_id)
    current = e.as_plain(e.draft_from_address(entry))
    _check_version(session, "address_range", address_id, row.version, version, current, current)
    session.delete(row)
    _flush(session, "address_range", address_id)
    _record_change(session, actor, AuditAction.DELETE, "address_range", address_id, current, {})


# --- categories ------------------------------------------------------------------------------------------------


def get_category(session: Session, code: str) -> d.Category:
    row = session.scalars(select(m.Category).where(m.Category.code == code)
                          .options(selectinload(m.Category.parent))).first()
    if row is None:
        raise NotFoundError(MSG_UNKNOWN_CATEGORY, code=code)
    return directory_service.category_from_row(row)


def create_category(session: Session, actor: Actor, draft: e.CategoryDraft, *,
                    parent_code: str | None = None) -> d.Category:
    """A new category (under ``parent_code`` when given), with a code made from its Danish name."""
    require(session, actor, Permission.EDIT_DIRECTORY)
    clean = e.validate_category(draft)
    parent = _get(session, m.Category, get_category(session, parent_code).id, "category") if parent_code else None
    taken = set(session.scalars(select(m.Category.code)))
    prefix = f"{parent.code}." if parent is not None else ""
    base = prefix + _slug(clean.name_da, set())[:64 - len(prefix) - 4]
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    last = session.scalar(select(func.max(m.Category.sort_order))) or 0
    row = m.Category(code=code, name_da=clean.name_da, name_en=clean.name_en, parent=parent, active=True,
                     focus_area=clean.focus_area.value if clean.focus_area else None,
                     keywords="\n".join(clean.keywords), sort_order=last + 1)
    session.add(row)
    _flush(session, "category", None)
    _record_change(session, actor, AuditAction.CREATE, "category", row.id, {},
                   {"code": code, "parent": parent_code, **e.as_plain(clean)})
    routing.clear_cache()
    return get_category(session, code)


def update_category(session: Session, actor: Actor, code: str, draft: e.CategoryDraft, *,
                    base: e.CategoryDraft, version: int) -> d.Category:
    require(session, actor, Permission.EDIT_DIRECTORY)
    category = get_category(session, code)
    row = _get(session, m.Category, category.id, "category")
    current = e.as_plain(e.draft_from_category(category))
    _check_version(session, "category", category.id, row.version, version, current, e.as_plain(base))
    clean = e.validate_category(draft)
    row.name_da, row.name_en = clean.name_da, clean.name_en
    row.focus_area = clean.focus_area.value if clean.focus_area else None
    row.keywords = "\n".join(clean.keywords)
    _flush(session, "category", category.id)
    _record_change(session, actor, AuditAction.UPDATE, "category", category.id, current, e.as_plain(clean))
    routing.clear_cache()
    return get_category(session, code)


def category_usage(session: Session, code: str) -> tuple[tuple[str, ...], tuple[d.RuleEntry, ...]]:
    """The services filed under the category and the rules that route it."""
    category = get_category(session, code)
    services = tuple(session.scalars(
        select(m.Service.name).join(m.ServiceCategory, m.ServiceCategory.service_id == m.Service.id)
        .where(m.ServiceCategory.category_id == category.id).order_by(m.Service.name)))
    return services, tuple(rule for rule in list_rules(session) if rule.category_code == code)


# --- routing rules ---------------------------------------------------------------------------------------------


def list_rules(session: Session) -> tuple[d.RuleEntry, ...]:
    rows = session.execute(
        select(m.RoutingRule, m.Category.code, m.Service.name)
        .join(m.Category, m.RoutingRule.category_id == m.Category.id)
        .join(m.Service, m.RoutingRule.service_id == m.Service.id)
        .order_by(m.Category.code, m.RoutingRule.priority.desc(), m.RoutingRule.id))
    return tuple(_rule_entry(row, code, name) for row, code, name in rows)


def _rule_entry(row: m.RoutingRule, code: str, service_name: str) -> d.RuleEntry:
    return d.RuleEntry(id=row.id, category_code=code, service_id=row.service_id, service_name=service_name,
                       priority=row.priority, housing_organization_id=row.housing_organization_id,
                       min_age=row.min_age, max_age=row.max_age, language=row.language, note=row.note,
                       active=row.active, version=row.version)


def _rule_targets(session: Session, clean: e.RuleDraft) -> tuple[m.Category, m.Service]:
    category = session.scalars(select(m.Category).where(m.Category.code == clean.category_code)).first()
    if category is None:
        raise ValidationError(MSG_UNKNOWN_CATEGORY, field="category", code=clean.category_code)
    service = session.get(m.Service, clean.service_id)
    if service is None:
        raise ValidationError(MSG_NO_ITEM, field="service", what=WHAT["service"], id=clean.service_id,
                              translated_params=("what",))
    if clean.housing_organization_id is not None:
        _get(session, m.Organization, clean.housing_organization_id, "organization")
    return category, service


def create_rule(session: Session, actor: Actor, draft: e.RuleDraft) -> d.RuleEntry:
    require(session, actor, Permission.EDIT_DIRECTORY)
    clean = e.validate_rule(draft)
    category, service = _rule_targets(session, clean)
    row = m.RoutingRule(category_id=category.id, service_id=service.id)
    _apply_rule(row, clean)
    session.add(row)
    _flush(session, "routing_rule", None)
    _record_change(session, actor, AuditAction.CREATE, "routing_rule", row.id, {}, _plain_nonempty(clean))
    routing.clear_cache()
    return _rule_entry(row, category.code, service.name)


def update_rule(session: Session, actor: Actor, rule_id: int, draft: e.RuleDraft, *, base: e.RuleDraft,
                version: int) -> d.RuleEntry:
    require(session, actor, Permission.EDIT_DIRECTORY)
    row = _get(session, m.RoutingRule, rule_id, "routing_rule")
    current = e.as_plain(e.draft_from_rule(next(x for x in list_rules(session) if x.id == rule_id)))
    _check_version(session, "routing_rule", rule_id, row.version, version, current, e.as_plain(base))
    clean = e.validate_rule(draft)
    category, service = _rule_targets(session, clean)
    row.category_id, row.service_id = category.id, service.id
    _apply_rule(row, clean)
    _flush(session, "routing_rule", rule_id)
    _record_change(session, actor, AuditAction.UPDATE, "routing_rule", rule_id, current, e.as_plain(clean))
    routing.clear_cache()
    return _rule_entry(row, category.code, service.name)


def _apply_rule(row: m.RoutingRule, clean: e.RuleDraft) -> None:
    row.priority, row.housing_organization_id = clean.priority, clean.housing_organization_id
    row.min_age, row.max_age, row.language = clean.min_age, clean.max_age, clean.language
    row.note, row.active = clean.note, clean.active


def try_rule(session: Session, query: r.RoutingQuery, draft: e.RuleDraft, *, rule_id: int | None = None,
             limit: int = 3) -> r.Routing:
    """The top suggestions for ``query`` as if ``draft`` were saved (replacing rule ``rule_id``); writes nothing."""
    clean = e.validate_rule(draft)
    snapshot = routing.load_snapshot(session)
    rules = [rule for rule in snapshot.rules if rule.id != rule_id]
    if clean.active:
        rules.append(r.RouteRule(id=rule_id if rule_id is not None else -1, category_code=clean.category_code,
                                 service_id=clean.service_id, priority=clean.priority,
                                 housing_organization_id=clean.housing_organization_id, min_age=clean.min_age,
                                 max_age=clean.max_age, language=clean.language, note=clean.note))
    router = r.Router(replace(snapshot, rules=tuple(rules)))
    return router.suggest(r.validate_query(query, router.categories), limit)

