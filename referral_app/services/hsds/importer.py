"""Import Open Referral HSDS 3.0 data into the directory.

A source is a ``.json`` file (one service object, a list of them, or a page of
the HSDS API: ``{"total_items": ..., "contents": [...]}``) or a folder with a
``datapackage.json`` and CSVs. Everything is read and checked before anything
is written, and the caller's transaction makes the import all or nothing.

Items are matched by HSDS id, then by organization and name. What HSDS has and
we do not model is kept in ``extra`` so a re-export gives it back. Taxonomy
terms of our own taxonomy become our categories; terms of any other taxonomy
become inactive categories marked unmapped, which do not route until a
coordinator maps them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from referral_app.db import models as m
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import OrganizationKind, ServiceStatus
from referral_app.domain.errors import ValidationError
from referral_app.domain.hsds import (
    FIELDS_TAXONOMY,
    FLAG_FIELDS,
    KIND_FROM_LEGAL_STATUS,
    MAX_IMPORT_BYTES,
    MSG_BAD_FIELD,
    MSG_NOT_HSDS,
    MSG_NOT_JSON,
    MSG_NOT_UTF8,
    MSG_TOO_BIG,
    PROBLEM_NOT_FOUND,
    PROBLEM_SHAPE,
    PROBLEM_UNREADABLE,
    SERVICE_FIELDS,
    STATUS_FROM_HSDS,
    TAXONOMY,
    TEXT_FIELDS,
    ImportItem,
    ImportSummary,
    check_service,
    exception_kind,
    parse_hsds_date,
    parse_hsds_time,
    weekly_slots,
)
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.text import fold
from referral_app.services import audit
from referral_app.services.hsds import export as ex
from referral_app.services.hsds import tabular
from referral_app.services.hsds.terms import MAPS_TO, UNMAPPED
from referral_app.services.permissions import require

JsonObject = dict[str, Any]
Source = list[tuple[JsonObject, str, str]]  # (service object, file, "item 3" / "row 4")
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 50

MSG_DUPLICATE = QT_TRANSLATE_NOOP(
    "errors", "{file}, {where}: the service id {id} appears twice. Nothing was imported.")
MSG_NO_ORGANIZATION = QT_TRANSLATE_NOOP("enums", "is missing (every service needs its organization)")
MSG_UNKNOWN_ORGANIZATION = QT_TRANSLATE_NOOP("enums", "names an organization that is neither in the file nor in the directory")
LIST_KEYS = ("phones", "languages", "required_documents", "addresses")


# --- reading --------------------------------------------------------------------------------------


def read_text(path: Path) -> str:
    """A file's text, refused when too large or not UTF-8."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(MSG_NOT_HSDS, file=path.name, problem=PROBLEM_UNREADABLE,
                              translated_params=("problem",)) from exc
    if size > MAX_IMPORT_BYTES:
        raise ValidationError(MSG_TOO_BIG, file=path.name, size=round(size / 1_000_000),
                              limit=MAX_IMPORT_BYTES // 1_000_000)
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(MSG_NOT_UTF8, file=path.name, position=exc.start) from exc


def read_source(path: Path) -> Source:
    """The service objects at ``path``, each with the file and item it came from."""
    if path.is_dir():
        return tabular.read_tabular(path, read_text)
    if not path.exists():
        raise ValidationError(MSG_NOT_HSDS, file=str(path), problem=PROBLEM_NOT_FOUND,
                              translated_params=("problem",))
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(MSG_NOT_JSON, file=path.name, line=exc.lineno, column=exc.colno) from exc
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items = data["contents"]  # a page of the HSDS API
    elif isinstance(data, dict) and ("id" in data or "name" in data):
        items = [data]
    elif isinstance(data, list):
        items = data
    else:
        raise ValidationError(MSG_NOT_HSDS, file=path.name, problem=PROBLEM_SHAPE, translated_params=("problem",))
    return [(item, path.name, f"item {number}") for number, item in enumerate(items, start=1)]


def check_source(source: Source) -> None:
    seen: dict[str, str] = {}
    for obj, file, where in source:
        check_service(obj, file, where)
        ident = str(obj["id"]).strip()
        if ident in seen:
            raise ValidationError(MSG_DUPLICATE, file=file, where=where, id=ident)
        seen[ident] = where
        if not isinstance(obj.get("organization"), dict) and not obj.get("organization_id"):
            raise ValidationError(MSG_BAD_FIELD, file=file, where=where, name="organization", field="path",
                                  problem=MSG_NO_ORGANIZATION, translated_params=("problem",))


# --- writing --------------------------------------------------------------------------------------


@dataclass
class _Result:
    added: list[ImportItem] = field(default_factory=list)
    changed: list[ImportItem] = field(default_factory=list)
    unchanged: list[ImportItem] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)

    def note(self, kind: str, name: str, before: object, after: object) -> None:
        if before is None:
            self.added.append(ImportItem(kind, name))
        elif before != after:
            self.changed.append(ImportItem(kind, name))
        else:
            self.unchanged.append(ImportItem(kind, name))


def _key_for(ident: str) -> str:
    return "hsds-" + re.sub(r"[^0-9a-zA-Z-]", "", ident)[:59]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _kept(incoming: JsonObject, generated: JsonObject, modelled: frozenset[str],
          matches: dict[str, object]) -> JsonObject:
    """What ``incoming`` has that the object made from our columns lacks."""
    extra: JsonObject = {}
    for key, value in incoming.items():
        if key in LIST_KEYS and key in matches:
            if generated.get(key, []) != value:
                extra.setdefault(ex.KEPT_LISTS, {})[key] = {"matches": matches[key], "items": value}
        elif key not in modelled and generated.get(key) != value:
            extra[key] = value
    omitted = sorted(key for key, value in generated.items()
                     if key not in incoming and value in ([], "", None) and not key.startswith("_"))
    if omitted:
        extra[ex.OMITTED] = omitted
    return extra


class _Importer:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.result = _Result()
        self.orgs = {o.hsds_id: o for o in session.scalars(select(m.Organization))}
        self.org_names = {fold(o.name): o for o in self.orgs.values()}
        self.locations = {loc.hsds_id: loc for loc in session.scalars(select(m.Location))}
        self.location_names = {(loc.organization_id, fold(loc.name)): loc for loc in self.locations.values()}
        self.categories = {
            c.hsds_id: c for c in session.scalars(select(m.Category).options(selectinload(m.Category.parent)))
        }
        self.category_codes = {c.code: c for c in self.categories.values()}
        rows = session.scalars(ex.service_rows_query())
        self.services = {s.hsds_id: s for s in rows}
        self.service_names = {(s.organization_id, fold(s.name)): s for s in self.services.values()}
        self.done_orgs: dict[str, m.Organization] = {}
        self.done_locations: dict[str, m.Location] = {}

    # -- organizations ---------------------------------------------------------------------------
    def organization(self, obj: JsonObject) -> m.Organization:
        ident = str(obj["id"]).strip()
        if ident in self.done_orgs:
            return self.done_orgs[ident]
        org = self.orgs.get(ident) or self.org_names.get(fold(obj["name"]))
        before = ex.organization_object(org) if org is not None else None
        if org is not None and before == obj:
            self.result.note("organization", org.name, before, before)
            self.done_orgs[ident] = org
            return org
        if org is None:
            org = m.Organization(key=_key_for(ident), hsds_id=ident, kind=OrganizationKind.ASSOCIATION.value)
            self.session.add(org)
        org.name = str(obj["name"]).strip()
        org.description = _text(obj.get("description"))
        org.email = _text(obj.get("email"))
        org.website = _text(obj.get("website"))
        phones = obj.get("phones") or []
        org.phone = _text(phones[0]["number"]) if phones else None
        kind = KIND_FROM_LEGAL_STATUS.get(str(obj.get("legal_status", "")))
        if kind is not None:
            org.kind = kind.value
        org.extra = None
        org.extra = _kept(obj, ex.organization_object(org), ex.ORGANIZATION_KEYS,
                          {"phones": org.phone}) or None
        self.result.note("organization", org.name, before, ex.organization_object(org))
        self.orgs[org.hsds_id] = org
        self.org_names[fold(org.name)] = org
        self.done_orgs[ident] = org
        return org

    # -- locations -------------------------------------------------------------------------------
    def location(self, obj: JsonObject, org: m.Organization) -> m.Location:
        ident = str(obj["id"]).strip()
        if ident in self.done_locations:
            return self.done_locations[ident]
        addresses = obj.get("addresses") or []
        first = addresses[0] if addresses else {}
        name = _text(obj.get("name")) or _text(first.get("address_1")) or ident
        loc = self.locations.get(ident)
        if loc is None and org.id is not None:
            loc = self.location_names.get((org.id, fold(name)))
        before = ex.location_object(loc) if loc is not None else None
        if loc is not None and before == obj:
            self.result.note("location", loc.name, before, before)
            self.done_locations[ident] = loc
            return loc
        if loc is None:
            loc = m.Location(key=_key_for(ident), hsds_id=ident, organization=org)
            self.session.add(loc)
        loc.name = name[:200]
        loc.address = _text(first.get("address_1")) or ""
        loc.postal_code = _text(first.get("postal_code")) or ""
        loc.city = _text(first.get("city")) or ""
        loc.extra = None
        loc.extra = _kept(obj, ex.location_object(loc), ex.LOCATION_KEYS,
                          {"addresses": ex.address_matches(loc)}) or None
        self.result.note("location", loc.name, before, ex.location_object(loc))
        self.locations[ident] = loc
        self.done_locations[ident] = loc
        return loc

    # -- categories ------------------------------------------------------------------------------
    def category(self, term: JsonObject) -> m.Category:
        ident = str(term["id"]).strip()
        known = self.categories.get(ident)
        if known is not None:
            return known
        code = _text(term.get("code"))
        ours = term.get("taxonomy") == TAXONOMY and code is not None
        if ours and code is not None and code in self.category_codes:
            return self.category_codes[code]
        name = str(term["name"]).strip()
        description = _text(term.get("description"))
        parent = self.categories.get(str(term.get("parent_id", "")))
        cat = m.Category(
            hsds_id=ident,
            code=code if ours and code is not None else _key_for(ident),
            name_da=name,
            name_en=(description if ours and description and len(description) <= 200 else name),
            keywords="",
            parent=parent,
            active=ours,
            sort_order=10_000,
        )
        extra: JsonObject = {}
        if not ours:
            extra = {k: v for k, v in term.items() if k not in ("id", "name", "parent_id")}
            extra[UNMAPPED] = True
            self.result.unmapped.append(name)
        if term.get("parent_id") and parent is None:
            extra["parent_id"] = term["parent_id"]
        generated = ex.term_object(cat)
        for key in ("language", "taxonomy", "description", "code"):
            if key in generated and key not in term and not extra.get(key):
                extra.setdefault(ex.OMITTED, []).append(key)
        cat.extra = extra or None
        self.session.add(cat)
        self.categories[ident] = cat
        self.category_codes[cat.code] = cat
        self.result.added.append(ImportItem("category", name))
        return cat

    # -- services --------------------------------------------------------------------------------
    def service(self, obj: JsonObject, file: str, where: str) -> None:
        org_obj = obj.get("organization")
        if isinstance(org_obj, dict):
            org = self.organization(org_obj)
        else:
            known = self.orgs.get(str(obj["organization_id"]).strip())
            if known is None:
                raise ValidationError(MSG_BAD_FIELD, file=file, where=where, name="organization_id", field="path",
                                      problem=MSG_UNKNOWN_ORGANIZATION, translated_params=("problem",))
            org = known
        ident = str(obj["id"]).strip()
        name = str(obj["name"]).strip()
        svc = self.services.get(ident)
        if svc is None and org.id is not None:
            svc = self.service_names.get((org.id, fold(name)))
        before = ex.service_object(svc) if svc is not None else None
        if before is not None and before == obj:  # exactly as we would export it: nothing to write
            self.result.note("service", name, before, before)
            return
        if svc is None:
            svc = m.Service(key=_key_for(ident), hsds_id=ident, organization=org, follow_up_days=10,
                            residents_only=False, waiting_list=False)
            self.session.add(svc)
        if svc.organization is not org and any(other.key == svc.key for other in self.services.values()
                                               if other.organization is org):
            svc.key = _key_for(ident)  # moved to an organization that has a service with its key
        if svc.organization is not org:
            svc.organization = org
        svc.name = name
        svc.name_en = _text(obj.get("alternate_name"))
        svc.description = str(obj.get("description") or "")
        svc.url = _text(obj.get("url"))
        svc.email = _text(obj.get("email"))
        svc.status = STATUS_FROM_HSDS[obj.get("status", "active")].value
        svc.interpretation = _text(obj.get("interpretation_services"))
        svc.application_process = _text(obj.get("application_process"))
        svc.eligibility = _text(obj.get("eligibility_description"))
        svc.min_age = _age(obj.get("minimum_age"))
        svc.max_age = _age(obj.get("maximum_age"))
        phones = obj.get("phones") or []
        svc.phone = _text(phones[0]["number"]) if phones else None
        codes = [str(lang["code"]).strip() for lang in obj.get("languages") or [] if _text(lang.get("code"))]
        svc.languages = ",".join(codes)[:200]
        documents = [str(doc.get("document", "")).strip() for doc in obj.get("required_documents") or []]
        svc.what_to_bring = "\n".join(d for d in documents if d) or None

        extra: JsonObject = {}
        sals = obj.get("service_at_locations") or []
        location: m.Location | None = None
        if sals and isinstance(sals[0].get("location"), dict):
            first = sals[0]
            location = self.location(first["location"], org)
            kept_first = {k: v for k, v in first.items() if k != "location"}
            kept_first["location_id"] = location.hsds_id
            extra[ex.KEPT_LOCATIONS] = {"first": kept_first, "more": sals[1:]}
        elif sals:
            extra[ex.KEPT_LOCATIONS] = {"first": {}, "more": sals}
        if svc.location is not location:
            svc.location = location

        schedules, exceptions, kept_schedules = _schedules(obj.get("schedules") or [], ident)
        svc.schedules = schedules
        svc.exceptions = exceptions
        if kept_schedules:
            extra[ex.KEPT_SCHEDULES] = kept_schedules
        svc.contacts = [_contact(c) for c in obj.get("contacts") or []]

        categories: list[m.Category] = []
        attributes: JsonObject = {}
        fields: dict[str, str] = {}
        for attribute in obj.get("attributes") or []:
            term = attribute.get("taxonomy_term")
            name_of_field = _field_name(term)
            if name_of_field is not None:
                fields[name_of_field] = str(attribute["value"]).strip()
                continue
            if isinstance(term, dict):
                cat = self.category(term)
            elif str(attribute.get("taxonomy_term_id")) in self.categories:
                cat = self.categories[str(attribute["taxonomy_term_id"])]
            else:
                continue  # a link to a term the data does not describe
            if cat not in categories:
                categories.append(cat)
            mapped = self.category_codes.get(str((cat.extra or {}).get(MAPS_TO, "")))
            if mapped is not None and mapped not in categories:  # a coordinator mapped the term to ours
                categories.append(mapped)
            kept = {k: v for k, v in attribute.items() if k != "taxonomy_term"}
            assert cat.hsds_id is not None
            if kept:
                attributes[cat.hsds_id] = kept
        svc.categories = categories
        _set_fields(svc, fields)
        if svc.paused_until is not None and svc.status == ServiceStatus.TEMPORARILY_CLOSED.value:
            svc.status = ServiceStatus.ACTIVE.value  # the pause is why HSDS says temporarily closed
        if attributes:
            extra["_attributes"] = attributes

        svc.extra = extra or None
        generated = ex.service_object(svc)
        kept = _kept(obj, generated, ex.SERVICE_KEYS, {
            "phones": svc.phone, "languages": codes, "required_documents": svc.what_to_bring})
        svc.extra = {**extra, **kept} or None
        after = ex.service_object(svc) if before is not None else None  # a new one needs no comparison
        self.result.note("service", name, before, after)
        self.services[ident] = svc
        if org.id is not None:
            self.service_names[(org.id, fold(name))] = svc


def _field_name(term: object) -> str | None:
    """The service field an attribute carries, when its term is one of ours."""
    if isinstance(term, dict) and term.get("taxonomy") == FIELDS_TAXONOMY and term.get("code") in SERVICE_FIELDS:
        return str(term["code"])
    return None


def _set_fields(svc: m.Service, fields: dict[str, str]) -> None:
    """Our fields from their (checked) attribute values; an absent one is at its default."""
    for name in TEXT_FIELDS:
        setattr(svc, name, fields.get(name) or None)
    for name in FLAG_FIELDS:
        setattr(svc, name, fields.get(name, "false").lower() == "true")
    svc.paused_until = parse_hsds_date(fields["paused_until"]) if fields.get("paused_until") else None
    svc.follow_up_days = int(fields.get("follow_up_days") or ex.DEFAULT_FOLLOW_UP_DAYS)


def _age(value: Any) -> int | None:
    return None if value is None else int(value)


def _exception(item: JsonObject, service_id: str) -> m.ScheduleException | None:
    """One of our exceptions, when the schedule is exactly as we export one."""
    kind = exception_kind(item)
    notes = _text(item.get("notes"))
    if kind is None or (notes is not None and len(notes) > 300):
        return None
    first, last = parse_hsds_date(str(item["valid_from"])), parse_hsds_date(str(item["valid_to"]))
    if last < first:
        return None
    row = m.ScheduleException(
        first_day=first, last_day=last, note=notes,
        opens_at=parse_hsds_time(str(item["opens_at"])) if item.get("opens_at") else None,
        closes_at=parse_hsds_time(str(item["closes_at"])) if item.get("closes_at") else None,
    )
    return row if ex.exception_object(row, service_id) == item else None


def _schedules(items: Sequence[JsonObject], service_id: str
               ) -> tuple[list[m.Schedule], list[m.ScheduleException], list[JsonObject]]:
    rows: list[m.Schedule] = []
    exceptions: list[m.ScheduleException] = []
    kept: list[JsonObject] = []
    for item in items:
        exception = _exception(item, service_id)
        if exception is not None:
            exceptions.append(exception)
            continue
        slots = weekly_slots(item)
        notes = _text(item.get("notes"))
        if slots is None or (notes is not None and len(notes) > 300):
            kept.append(item)
            continue
        extra = {k: v for k, v in item.items() if k not in ex.SCHEDULE_KEYS}
        if item.get("freq") in (None, ""):
            extra.setdefault(ex.OMITTED, []).append("freq")
        valid_from = parse_hsds_date(str(item["valid_from"])) if item.get("valid_from") else None
        valid_to = parse_hsds_date(str(item["valid_to"])) if item.get("valid_to") else None
        for weekday, opens, closes in slots:
            rows.append(m.Schedule(weekday=weekday, opens_at=opens, closes_at=closes, valid_from=valid_from,
                                   valid_to=valid_to, note=notes, hsds_id=str(item["id"]).strip()[:36],
                                   extra=extra or None))
    return rows, exceptions, kept


def _contact(item: JsonObject) -> m.Contact:
    phones = item.get("phones") or []
    contact = m.Contact(
        name=_text(item.get("name")) or "",
        title=_text(item.get("title")),
        email=_text(item.get("email")),
        phone=_text(phones[0]["number"]) if phones else None,
        hsds_id=_text(item.get("id")),
    )
    contact.extra = None
    generated = ex.contact_object(contact, "", 0) if contact.hsds_id else None
    kept = _kept(item, generated or {}, ex.CONTACT_KEYS, {"phones": contact.phone})
    contact.extra = kept or None
    return contact


def import_services(session: Session, actor: Actor | None, source: Source, label: str, *,
                    dry_run: bool = False, progress: Progress | None = None) -> ImportSummary:
    """Import checked HSDS service objects; with ``dry_run`` say what would
    change and write nothing. Coordinators and administrators only.

    ``progress(done, total)`` is called now and then; it may raise to stop,
    and the caller's transaction then rolls everything back."""
    require(session, actor, Permission.EDIT_DIRECTORY)
    check_source(source)
    total = len(source)
    savepoint = session.begin_nested() if dry_run else None
    try:
        importer = _Importer(session)
        with session.no_autoflush:
            for done, (obj, file, where) in enumerate(source):
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, total)
                importer.service(obj, file, where)
        session.flush()
        if progress is not None:
            progress(total, total)
    finally:
        if savepoint is not None:
            savepoint.rollback()
    result = importer.result
    summary = ImportSummary(
        source=label,
        dry_run=dry_run,
        added=tuple(result.added),
        changed=tuple(result.changed),
        unchanged=tuple(result.unchanged),
        unmapped_terms=tuple(result.unmapped),
    )
    if not dry_run:
        counts = ", ".join(
            f"{kind}: +{summary.count('added', kind)} ~{summary.count('changed', kind)} "
            f"={summary.count('unchanged', kind)}"
            for kind in ("organization", "location", "service", "category"))
        audit.record(session, actor, AuditAction.UPDATE, entity="directory", entity_id="hsds-import",
                     detail=f"HSDS import of {label}: {counts}")
    return summary


def import_path(session: Session, actor: Actor | None, path: Path, *, dry_run: bool = False,
                progress: Progress | None = None) -> ImportSummary:
    """Read, check and import ``path`` (a JSON file or a tabular folder)."""
    require(session, actor, Permission.EDIT_DIRECTORY)
    return import_services(session, actor, read_source(path), path.name, dry_run=dry_run, progress=progress)
