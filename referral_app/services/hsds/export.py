"""The directory as Open Referral HSDS 3.0 service objects, nested as in the
specification's ``service_full`` example.

Each object is built from the rows and then completed with what an import
kept in ``extra``: HSDS fields we do not model, and ids of things we store as
plain text (a service's phone, a location's address). What we model always
comes from the row, so a coordinator's later edit wins over a kept value.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from datetime import date, time
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from referral_app.db import models as m
from referral_app.domain.accounts import Actor
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import OrganizationKind, ServiceStatus
from referral_app.domain.errors import NotFoundError, ValidationError
from referral_app.domain.hsds import (
    COUNTRY,
    EXCEPTION_CLOSED,
    EXCEPTION_SPECIAL_HOURS,
    FIELD_LABELS,
    FIELDS_TAXONOMY,
    FLAG_FIELDS,
    HSDS_STATUS,
    LEGAL_STATUS,
    SERVICE_FIELDS,
    STATE_PROVINCE,
    TAXONOMY,
    TEXT_FIELDS,
    byday_code,
    child_uuid,
    format_hsds_time,
    stable_uuid,
)
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.limits import MAX_ID
from referral_app.services import audit, outputs
from referral_app.services.hsds.tabular import write_tabular

JsonObject = dict[str, Any]

# Keys of each HSDS object that come from our columns; everything else an
# import read is kept in ``extra`` and written back as it was.
SERVICE_KEYS = frozenset({
    "id", "name", "alternate_name", "description", "url", "email", "status", "interpretation_services", "application_process",
    "eligibility_description", "minimum_age", "maximum_age", "organization", "organization_id",
    "service_at_locations", "phones", "schedules", "contacts", "languages", "required_documents", "attributes",
})
ORGANIZATION_KEYS = frozenset({"id", "name", "description", "email", "website", "phones"})
LOCATION_KEYS = frozenset({"id", "name", "addresses", "organization_id"})
CONTACT_KEYS = frozenset({"id", "name", "title", "email", "phones", "service_id"})
SCHEDULE_KEYS = frozenset({"id", "byday", "opens_at", "closes_at", "valid_from", "valid_to", "notes", "freq",
                           "service_id"})
TERM_KEYS = frozenset({"id", "name", "parent_id"})

# Lists we store only in part (a phone as one number): kept whole while
# what we store of them is unchanged.
KEPT_LISTS = "_lists"
KEPT_SCHEDULES = "_schedules"  # schedules that are not plain weekly hours
KEPT_LOCATIONS = "_locations"  # service_at_locations after the first
OMITTED = "_omitted"  # keys our export has that the imported object did not


def _clean(obj: JsonObject) -> JsonObject:
    """HSDS types are strings, numbers and arrays: absent, not null; an empty
    list is left out too, as the tabular form cannot tell it from absent."""
    return {key: value for key, value in obj.items() if value is not None and value != []}


def _extra(row_extra: dict[str, object] | None) -> JsonObject:
    return dict(row_extra or {})


def _finish(generated: JsonObject, extra: JsonObject) -> JsonObject:
    omitted = set(extra.get(OMITTED, ()))
    result = {key: value for key, value in generated.items() if key not in omitted}
    for key, value in extra.items():
        if not key.startswith("_"):
            result[key] = value
    return _clean(result)


def _kept_list(extra: JsonObject, key: str, matches: object, generated: list[JsonObject]) -> list[JsonObject]:
    """The list an import kept under ``key`` while ``matches`` (what we store
    of it) is unchanged, else the one made from our columns."""
    kept = extra.get(KEPT_LISTS, {}).get(key)
    if kept is not None and kept.get("matches") == matches:
        return list(kept["items"])
    return generated


def phone_list(owner_id: str, number: str | None, extra: JsonObject) -> list[JsonObject]:
    generated = [{"id": child_uuid(owner_id, "phone"), "number": number}] if number else []
    return _kept_list(extra, "phones", number, generated)


def organization_object(org: m.Organization) -> JsonObject:
    extra = _extra(org.extra)
    assert org.hsds_id is not None
    generated: JsonObject = {
        "id": org.hsds_id,
        "name": org.name,
        "description": org.description or "",
        "email": org.email,
        "website": org.website,
        "legal_status": LEGAL_STATUS[OrganizationKind(org.kind)],
        "phones": phone_list(org.hsds_id, org.phone, extra),
    }
    return _finish(generated, extra)


def address_matches(loc: m.Location) -> list[str]:
    return [loc.address, loc.postal_code, loc.city]


def location_object(loc: m.Location) -> JsonObject:
    extra = _extra(loc.extra)
    assert loc.hsds_id is not None
    addresses: list[JsonObject] = []
    if loc.address:
        addresses.append(_clean({
            "id": child_uuid(loc.hsds_id, "address"),
            "address_1": loc.address,
            "city": loc.city,
            "state_province": STATE_PROVINCE,
            "postal_code": loc.postal_code,
            "country": COUNTRY,
            "address_type": "physical",
        }))
    generated: JsonObject = {
        "id": loc.hsds_id,
        "location_type": "physical",
        "name": loc.name,
        "addresses": _kept_list(extra, "addresses", address_matches(loc), addresses),
    }
    return _finish(generated, extra)


def term_object(cat: m.Category) -> JsonObject:
    extra = _extra(cat.extra)
    assert cat.hsds_id is not None
    parent_id = cat.parent.hsds_id if cat.parent is not None else extra.get("parent_id")
    generated: JsonObject = {
        "id": cat.hsds_id,
        "code": cat.code,
        "name": cat.name_da,
        "description": cat.name_en,
        "parent_id": parent_id,
        "taxonomy": TAXONOMY,
        "language": "da",
    }
    # A term from another taxonomy keeps its own code, description and taxonomy.
    generated.update({k: v for k, v in extra.items() if not k.startswith("_") and k != "parent_id"})
    return _finish(generated, {})


def _schedule_groups(rows: Iterable[m.Schedule], service_id: str) -> list[JsonObject]:
    """Rows with the same hours (and HSDS id) become one schedule with several days."""
    groups: dict[tuple[str | None, time, time, date | None, date | None, str | None], list[m.Schedule]] = {}
    for row in sorted(rows, key=lambda r: (r.weekday, r.opens_at, r.closes_at)):  # as loaded, also when new
        key = (row.hsds_id, row.opens_at, row.closes_at, row.valid_from, row.valid_to, row.note)
        groups.setdefault(key, []).append(row)
    result: list[JsonObject] = []
    used: set[str] = set()
    for (kept_id, opens, closes, valid_from, valid_to, note), rows_of in groups.items():
        days = sorted({row.weekday for row in rows_of})
        hsds_id = kept_id
        if hsds_id is None or hsds_id in used:
            hsds_id = child_uuid(service_id, "schedule:" + ":".join(
                str(part) for part in (opens, closes, valid_from, valid_to, note)))
        used.add(hsds_id)
        generated: JsonObject = {
            "id": hsds_id,
            "freq": "WEEKLY",
            "byday": ",".join(byday_code(day) for day in days),
            "opens_at": format_hsds_time(opens),
            "closes_at": format_hsds_time(closes),
            "valid_from": _iso(valid_from),
            "valid_to": _iso(valid_to),
            "notes": note,
        }
        result.append(_finish(generated, _extra(rows_of[0].extra)))
    return result


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def exception_object(row: m.ScheduleException, service_id: str) -> JsonObject:
    """An exception to the weekly hours as a dated HSDS schedule without
    weekdays: closed on those days, or open only at the given hours."""
    timed = row.opens_at is not None and row.closes_at is not None
    opens = format_hsds_time(row.opens_at) if row.opens_at is not None and timed else None
    closes = format_hsds_time(row.closes_at) if row.closes_at is not None and timed else None
    return _clean({
        "id": child_uuid(service_id, f"exception:{row.first_day}:{row.last_day}:{opens}:{closes}:{row.note}"),
        "valid_from": row.first_day.isoformat(),
        "valid_to": row.last_day.isoformat(),
        "opens_at": opens,
        "closes_at": closes,
        "description": EXCEPTION_SPECIAL_HOURS if timed else EXCEPTION_CLOSED,
        "notes": row.note,
    })


DEFAULT_FOLLOW_UP_DAYS = 10  # what an imported service without the field gets


def field_values(svc: m.Service) -> dict[str, str]:
    """Our service fields HSDS has no place for, as text; defaults left out."""
    values: dict[str, str] = {}
    for name in TEXT_FIELDS:
        text = getattr(svc, name)
        if text:
            values[name] = text
    for name in FLAG_FIELDS:
        if getattr(svc, name):
            values[name] = "true"
    if svc.paused_until is not None:
        values["paused_until"] = svc.paused_until.isoformat()
    if svc.follow_up_days != DEFAULT_FOLLOW_UP_DAYS:
        values["follow_up_days"] = str(svc.follow_up_days)
    return values


def field_term(name: str) -> JsonObject:
    return {
        "id": stable_uuid("field", name),
        "code": name,
        "name": name,
        "description": FIELD_LABELS[name],
        "taxonomy": FIELDS_TAXONOMY,
        "language": "en",
    }


def field_attributes(svc: m.Service, service_id: str) -> list[JsonObject]:
    values = field_values(svc)
    return [{
        "id": child_uuid(service_id, f"field:{name}"),
        "taxonomy_term_id": stable_uuid("field", name),
        "value": values[name],
        "label": FIELD_LABELS[name],
        "taxonomy_term": field_term(name),
    } for name in SERVICE_FIELDS if name in values]


def hsds_status(svc: m.Service, today: date | None = None) -> str:
    """The HSDS status; an active service paused until a later date is
    ``temporarily closed`` (the reopening date travels as ``paused_until``)."""
    status = ServiceStatus(svc.status)
    if status is ServiceStatus.ACTIVE and svc.paused_until is not None and svc.paused_until > (
            today or date.today()):
        status = ServiceStatus.TEMPORARILY_CLOSED
    return HSDS_STATUS[status]


def contact_object(contact: m.Contact, service_id: str, position: int) -> JsonObject:
    extra = _extra(contact.extra)
    contact_id = contact.hsds_id or child_uuid(service_id, f"contact:{position}")
    generated: JsonObject = {
        "id": contact_id,
        "name": contact.name,
        "title": contact.title,
        "email": contact.email,
        "phones": phone_list(contact_id, contact.phone, extra),
    }
    return _finish(generated, extra)


def service_object(svc: m.Service) -> JsonObject:
    """One complete HSDS 3.0 service object."""
    extra = _extra(svc.extra)
    service_id = svc.hsds_id
    assert service_id is not None
    codes = [code for code in svc.languages.split(",") if code]
    languages = [{"id": child_uuid(service_id, f"language:{code}"), "code": code} for code in codes]
    documents = (
        [{"id": child_uuid(service_id, "required_document"), "document": svc.what_to_bring}]
        if svc.what_to_bring else []
    )
    locations: list[JsonObject] = []
    if svc.location is not None:
        assert svc.location.hsds_id is not None
        first = extra.get(KEPT_LOCATIONS, {}).get("first", {})
        sal_id = first.get("id") if first.get("location_id") == svc.location.hsds_id else None
        locations.append(_clean({
            **{k: v for k, v in first.items() if k not in ("id", "location_id")},
            "id": sal_id or child_uuid(service_id, f"service_at_location:{svc.location.hsds_id}"),
            "location": location_object(svc.location),
        }))
    locations.extend(extra.get(KEPT_LOCATIONS, {}).get("more", []))
    attributes = []
    kept_attributes = extra.get("_attributes", {})
    for cat in sorted(svc.categories, key=lambda c: c.code):  # as loaded, also when new
        assert cat.hsds_id is not None
        kept = kept_attributes.get(cat.hsds_id) or {"taxonomy_term_id": cat.hsds_id}
        attributes.append(_clean({
            **kept,
            "id": kept.get("id") or child_uuid(service_id, f"attribute:{cat.hsds_id}"),
            "taxonomy_term": term_object(cat),
        }))
    generated: JsonObject = {
        "id": service_id,
        "name": svc.name,
        "alternate_name": svc.name_en,
        "description": svc.description,
        "url": svc.url,
        "email": svc.email,
        "status": hsds_status(svc),
        "interpretation_services": svc.interpretation,
        "application_process": svc.application_process,
        "eligibility_description": svc.eligibility,
        "minimum_age": svc.min_age,
        "maximum_age": svc.max_age,
        "organization": organization_object(svc.organization),
        "service_at_locations": locations,
        "phones": phone_list(service_id, svc.phone, extra),
        "schedules": (_schedule_groups(svc.schedules, service_id)
                      + [exception_object(row, service_id) for row in svc.exceptions]
                      + list(extra.get(KEPT_SCHEDULES, []))),
        "contacts": [contact_object(c, service_id, i) for i, c in enumerate(svc.contacts)],
        "languages": _kept_list(extra, "languages", codes, languages),
        "required_documents": _kept_list(extra, "required_documents", svc.what_to_bring, documents),
        "attributes": attributes + field_attributes(svc, service_id),
    }
    return _finish(generated, extra)


def service_rows_query() -> Select[tuple[m.Service]]:
    return select(m.Service).options(
        selectinload(m.Service.organization),
        selectinload(m.Service.location),
        selectinload(m.Service.schedules),
        selectinload(m.Service.exceptions),
        selectinload(m.Service.contacts),
        selectinload(m.Service.categories).selectinload(m.Category.parent),
    )


def export_services(session: Session) -> list[JsonObject]:
    """Every service of the directory, ordered by organization and name."""
    rows = session.scalars(service_rows_query().join(m.Organization).order_by(
        m.Organization.name, m.Service.name, m.Service.id))
    return [service_object(row) for row in rows]


# --- files ----------------------------------------------------------------------------------------

MSG_NOT_AN_EXPORT_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "The folder {path} already holds files; choose an empty or new folder, or add --overwrite to "
              "replace an earlier export.")
MSG_NO_SUCH_SERVICE = QT_TRANSLATE_NOOP("errors", "There is no service with number or HSDS id {id}.")


def write_json(session: Session, target: Path, actor: Actor | None = None, *,
               overwrite: bool = False) -> int:
    """The directory as a JSON array of HSDS service objects in ``target``
    (staged beside it, moved into place when the transaction with its audit
    entry commits; an existing file only with ``overwrite``); returns the
    number of services."""
    services = export_services(session)
    data = (json.dumps(services, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def record(final: Path) -> None:
        audit.record(session, actor, AuditAction.EXPORT, entity="directory", entity_id="hsds-json",
                     detail=f"HSDS JSON: {len(services)} services, file={final.name}")

    outputs.write_audited(session, target, lambda handle: _write_bytes(handle, data),
                          overwrite=overwrite, record=record)
    return len(services)


def write_csv_folder(session: Session, folder: Path, actor: Actor | None = None, *,
                     overwrite: bool = False) -> dict[str, int]:
    """The directory in HSDS tabular form: one CSV per table and a
    ``datapackage.json`` in ``folder`` (new or empty; an earlier export only
    with ``overwrite``)."""
    folder = Path(folder)
    if not str(folder).strip():
        raise ValidationError(outputs.MSG_NO_PATH, field="output")
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise ValidationError(outputs.MSG_NO_FOLDER, field="output", path=str(parent))
    if folder.exists() and (not folder.is_dir() or (any(folder.iterdir()) and not (
            overwrite and (folder / "datapackage.json").is_file()))):
        raise ValidationError(MSG_NOT_AN_EXPORT_FOLDER, field="output", path=str(folder))
    services = export_services(session)
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=parent))
    except OSError as exc:
        raise ValidationError(outputs.MSG_CANNOT_WRITE, field="output", path=str(folder),
                              problem=exc.strerror or str(exc)) from exc
    try:
        counts = write_tabular(services, staging)
        folder.mkdir(exist_ok=True)
        for path in staging.iterdir():
            os.replace(path, folder / path.name)
    except OSError as exc:
        raise ValidationError(outputs.MSG_CANNOT_WRITE, field="output", path=str(folder),
                              problem=exc.strerror or str(exc)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    audit.record(session, actor, AuditAction.EXPORT, entity="directory", entity_id="hsds-csv",
                 detail=f"HSDS CSV: {counts.get('services', 0)} services, folder={folder.name}")
    return counts


def _write_bytes(handle: BinaryIO, data: bytes) -> None:
    handle.write(data)


def find_service(session: Session, ident: str) -> JsonObject:
    """One service as an HSDS object, by our number or its HSDS id."""
    stmt = service_rows_query()
    text = ident.strip()
    number = text.isascii() and text.isdigit() and int(text) <= MAX_ID  # beyond 2^63-1 no row has it
    stmt = stmt.where(m.Service.id == int(text)) if number else stmt.where(m.Service.hsds_id == text)
    row = session.scalars(stmt).first()
    if row is None:
        raise NotFoundError(MSG_NO_SUCH_SERVICE, id=text)
    return {"number": row.id, **service_object(row)}
