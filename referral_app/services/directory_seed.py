"""Load the shipped Høje Gladsaxe directory from ``resources/directory``.

Idempotent and respectful of later edits: every item loaded is recorded in
``seed_log`` and never loaded again, so a coordinator's changes and deletions
survive every later start. New items in a newer data file are added.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.domain.directory import SeedSummary
from referral_app.domain.enums import FocusArea, OrganizationKind, ServiceStatus
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.slip_languages import DANISH, SLIP_LANGUAGES

FILES = ("taxonomy.json", "organizations.json", "addresses.json", "routing_rules.json")
# Optional: services' texts in the slip's other languages.
TRANSLATIONS_FILE = "service_translations.json"
MSG_BAD_FILE = QT_TRANSLATE_NOOP("errors", "The directory file {file} cannot be read: {problem}")


class _Loader:
    def __init__(self, session: Session, folder: Path) -> None:
        self.session = session
        self.folder = folder
        self.seen = {(kind, key) for kind, key in session.execute(select(m.SeedLog.kind, m.SeedLog.key))}
        self.counts = dict.fromkeys(
            ("organizations", "services", "categories", "addresses", "routing_rules", "updated_categories",
             "service_translations"), 0)

    def read(self, name: str) -> dict[str, Any]:
        path = self.folder / name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ValidationError(MSG_BAD_FILE, file=name, problem="missing") from exc
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValidationError(MSG_BAD_FILE, file=name, problem=str(exc)) from exc
        if not isinstance(data, dict):
            raise ValidationError(MSG_BAD_FILE, file=name, problem="not a JSON object")
        return data

    def first_time(self, kind: str, key: str, content_hash: str | None = None) -> bool:
        if (kind, key) in self.seen:
            return False
        self.seen.add((kind, key))
        self.session.add(m.SeedLog(kind=kind, key=key, content_hash=content_hash))
        return True

    # -- taxonomy -------------------------------------------------------------
    def load_taxonomy(self, data: dict[str, Any]) -> None:
        by_code = {row.code: row for row in self.session.scalars(select(m.Category))}
        logged = {log.key: log for log in self.session.scalars(select(m.SeedLog).where(m.SeedLog.kind == "category"))}
        for order, item in enumerate(_items(data, "categories", "taxonomy.json")):
            code = _text(item, "code", "taxonomy.json")
            shipped = _category_hash(item)
            if code in logged:
                self._update_category(by_code.get(code), logged[code], item, shipped, by_code)
                continue
            if not self.first_time("category", code, shipped) or code in by_code:
                continue
            focus = item.get("focus_area")
            if focus is not None:
                _choice(focus, FocusArea, "taxonomy.json")
            parent_code = item.get("parent")
            parent = by_code.get(parent_code) if parent_code else None
            if parent_code and parent is None:
                raise ValidationError(MSG_BAD_FILE, file="taxonomy.json", problem=f"unknown parent {parent_code!r}")
            row = m.Category(
                code=code,
                name_da=_text(item, "name_da", "taxonomy.json"),
                name_en=_text(item, "name_en", "taxonomy.json"),
                focus_area=focus,
                keywords="\n".join(str(k).strip() for k in item.get("keywords", []) if str(k).strip()),
                parent=parent,
                sort_order=order,
                active=True,
            )
            self.session.add(row)
            by_code[code] = row
            self.counts["categories"] += 1
        self.session.flush()

    def _update_category(self, row: m.Category | None, log: m.SeedLog, item: dict[str, Any], shipped: str,
                         by_code: dict[str, m.Category]) -> None:
        """A newer shipped version (e.g. more keywords) replaces a category that
        nobody has edited since it was loaded; a coordinator's edit always wins."""
        if row is None or log.content_hash == shipped:
            return
        current = _category_hash(_category_item(row))
        if log.content_hash is None:  # loaded before fingerprints were kept
            if current == shipped:
                log.content_hash = shipped
            return
        if current != log.content_hash:
            return  # edited by a coordinator
        parent_code = item.get("parent")
        row.name_da = _text(item, "name_da", "taxonomy.json")
        row.name_en = _text(item, "name_en", "taxonomy.json")
        focus = item.get("focus_area")
        row.focus_area = _choice(focus, FocusArea, "taxonomy.json") if focus is not None else None
        row.keywords = "\n".join(str(k).strip() for k in item.get("keywords", []) if str(k).strip())
        row.parent = by_code.get(parent_code) if parent_code else None
        log.content_hash = shipped
        self.counts["updated_categories"] += 1

    # -- organizations and services --------------------------------------------
    def load_organizations(self, data: dict[str, Any]) -> None:
        categories = {row.code: row for row in self.session.scalars(select(m.Category))}
        orgs = {row.key: row for row in self.session.scalars(select(m.Organization))}
        for item in _items(data, "organizations", "organizations.json"):
            key = _text(item, "key", "organizations.json")
            org = orgs.get(key)
            if self.first_time("organization", key) and org is None:
                org = m.Organization(
                    key=key,
                    name=_text(item, "name", "organizations.json"),
                    kind=_choice(item.get("kind"), OrganizationKind, "organizations.json"),
                    description=item.get("description"),
                    website=item.get("website"),
                    phone=item.get("phone"),
                    email=item.get("email"),
                )
                self.session.add(org)
                orgs[key] = org
                self.counts["organizations"] += 1
            if org is None:
                continue  # deleted by a coordinator: stays deleted
            self.session.flush()
            locations = {loc.key: loc for loc in org.locations}
            for loc in item.get("locations", []):
                loc_key = _text(loc, "key", "organizations.json")
                if self.first_time("location", f"{key}/{loc_key}") and loc_key not in locations:
                    row = m.Location(
                        organization=org,
                        key=loc_key,
                        name=_text(loc, "name", "organizations.json"),
                        address=_text(loc, "address", "organizations.json"),
                        postal_code=str(loc.get("postal_code", "")),
                        city=str(loc.get("city", "")),
                    )
                    self.session.add(row)
                    locations[loc_key] = row
            existing = {svc.key for svc in org.services}
            for svc in item.get("services", []):
                svc_key = _text(svc, "key", "organizations.json")
                if not self.first_time("service", f"{key}/{svc_key}") or svc_key in existing:
                    continue
                self.session.add(self._service(org, svc, locations, categories))
                existing.add(svc_key)
                self.counts["services"] += 1
        self.session.flush()

    def _service(
        self, org: m.Organization, svc: dict[str, Any], locations: dict[str, m.Location], categories: dict[str, m.Category]
    ) -> m.Service:
        where = "organizations.json"
        location_key = svc.get("location")
        if location_key and location_key not in locations:
            raise ValidationError(MSG_BAD_FILE, file=where, problem=f"unknown location {location_key!r}")
        cats = []
        for code in svc.get("categories", []):
            if code not in categories:
                raise ValidationError(MSG_BAD_FILE, file=where, problem=f"unknown category {code!r}")
            cats.append(categories[code])
        row = m.Service(
            organization=org,
            key=svc["key"],
            name=_text(svc, "name", where),
            description=str(svc.get("description") or ""),
            status=_choice(svc.get("status", "active"), ServiceStatus, where),
            eligibility=svc.get("eligibility"),
            min_age=svc.get("min_age"),
            max_age=svc.get("max_age"),
            residents_only=bool(svc.get("residents_only", False)),
            languages=",".join(svc.get("languages") or ["da"]),
            interpretation=svc.get("interpretation"),
            application_process=svc.get("application_process"),
            what_to_bring=svc.get("what_to_bring"),
            follow_up_days=int(svc.get("follow_up_days") or 10),
            waiting_list=bool(svc.get("waiting_list", False)),
            capacity_note=svc.get("capacity_note"),
            url=svc.get("url"),
            phone=svc.get("phone"),
            email=svc.get("email"),
            location=locations.get(location_key) if location_key else None,
            categories=cats,
        )
        for slot in svc.get("schedules", []):
            weekday = int(slot["weekday"])
            if not 1 <= weekday <= 7:
                raise ValidationError(MSG_BAD_FILE, file=where, problem=f"weekday {weekday} in {svc['key']!r}")
            row.schedules.append(
                m.Schedule(
                    weekday=weekday,
                    opens_at=_time(slot["opens"], where),
                    closes_at=_time(slot["closes"], where),
                    valid_from=_date(slot.get("valid_from"), where),
                    valid_to=_date(slot.get("valid_to"), where),
                    note=slot.get("note"),
                )
            )
        for contact in svc.get("contacts", []):
            row.contacts.append(
                m.Contact(
                    name=_text(contact, "name", where),
                    title=contact.get("title"),
                    phone=contact.get("phone"),
                    email=contact.get("email"),
                )
            )
        return row

    # -- addresses and routing rules -------------------------------------------
    def load_addresses(self, data: dict[str, Any]) -> None:
        orgs = {row.key: row for row in self.session.scalars(select(m.Organization))}
        for item in _items(data, "addresses", "addresses.json"):
            street = _text(item, "street", "addresses.json")
            low, high = int(item["number_from"]), int(item["number_to"])
            if low > high:
                raise ValidationError(MSG_BAD_FILE, file="addresses.json", problem=f"{street} {low}-{high}")
            org = orgs.get(item.get("organization", ""))
            if org is None or not self.first_time("address", f"{street}:{low}-{high}"):
                continue
            self.session.add(
                m.AddressRange(
                    street=street,
                    number_from=low,
                    number_to=high,
                    organization=org,
                    department=item.get("department"),
                    note=item.get("note"),
                )
            )
            self.counts["addresses"] += 1

    def load_rules(self, data: dict[str, Any]) -> None:
        orgs = {row.key: row for row in self.session.scalars(select(m.Organization))}
        categories = {row.code: row for row in self.session.scalars(select(m.Category))}
        services = {
            f"{org_key}/{svc_key}": svc_id
            for svc_id, svc_key, org_key in self.session.execute(
                select(m.Service.id, m.Service.key, m.Organization.key).join(m.Organization)
            )
        }
        for item in _items(data, "rules", "routing_rules.json"):
            category, service = item.get("category"), item.get("service")
            housing = item.get("housing_organization")
            key = ":".join(
                str(part)
                for part in (category, service, housing, item.get("min_age"), item.get("max_age"), item.get("language"))
            )
            if category not in categories or service not in services or (housing and housing not in orgs):
                continue  # refers to something a coordinator removed
            if not self.first_time("routing_rule", key):
                continue
            self.session.add(
                m.RoutingRule(
                    category_id=categories[category].id,
                    service_id=services[service],
                    priority=int(item.get("priority", 0)),
                    housing_organization_id=orgs[housing].id if housing else None,
                    min_age=item.get("min_age"),
                    max_age=item.get("max_age"),
                    language=item.get("language"),
                    note=item.get("note"),
                    active=True,
                )
            )
            self.counts["routing_rules"] += 1


    # -- services' texts in the slip's languages --------------------------------
    def load_service_translations(self, data: dict[str, Any]) -> None:
        """Each (service, language) once; a translation a coordinator already wrote is kept."""
        services = {
            f"{org_key}/{svc_key}": svc_id
            for svc_id, svc_key, org_key in self.session.execute(
                select(m.Service.id, m.Service.key, m.Organization.key).join(m.Organization)
            )
        }
        for item in _items(data, "translations", TRANSLATIONS_FILE):
            service = _text(item, "service", TRANSLATIONS_FILE)
            language = _text(item, "language", TRANSLATIONS_FILE)
            if language not in SLIP_LANGUAGES or language == DANISH:
                raise ValidationError(MSG_BAD_FILE, file=TRANSLATIONS_FILE, problem=f"unknown language {language!r}")
            service_id = services.get(service)
            if service_id is None:
                continue  # a service a coordinator removed
            if not self.first_time("service_translation", f"{service}:{language}"):
                continue
            if self.session.get(m.ServiceTranslation, (service_id, language)) is not None:
                continue
            self.session.add(m.ServiceTranslation(
                service_id=service_id, language=language, name=item.get("name") or None,
                what_to_bring=item.get("what_to_bring") or None, next_step=item.get("next_step") or None))
            self.counts["service_translations"] += 1


def load_directory(session: Session, folder: Path) -> SeedSummary:
    """Add what the shipped directory has and this database never had. The
    caller's transaction keeps it all-or-nothing."""
    loader = _Loader(session, folder)
    names = (*FILES, TRANSLATIONS_FILE) if (folder / TRANSLATIONS_FILE).is_file() else FILES
    documents = {name: loader.read(name) for name in names}  # read all before writing anything
    loader.load_taxonomy(documents["taxonomy.json"])
    loader.load_organizations(documents["organizations.json"])
    loader.load_addresses(documents["addresses.json"])
    loader.load_rules(documents["routing_rules.json"])
    if TRANSLATIONS_FILE in documents:
        loader.load_service_translations(documents[TRANSLATIONS_FILE])
    session.flush()
    from referral_app.services.directory_updates import apply_unedited

    updated = apply_unedited(session, folder)
    return SeedSummary(**loader.counts, updated_services=updated["service"], updated_rules=updated["routing_rule"],
                       updated_addresses=updated["address"])


def _category_item(row: m.Category) -> dict[str, Any]:
    return {"code": row.code, "parent": row.parent.code if row.parent else None, "name_da": row.name_da,
            "name_en": row.name_en, "focus_area": row.focus_area,
            "keywords": [k for k in row.keywords.splitlines() if k.strip()]}


def _category_hash(item: dict[str, Any]) -> str:
    """A fingerprint of what a category means to the app, in one canonical form."""
    canonical = {
        "code": str(item.get("code", "")).strip(), "parent": item.get("parent") or None,
        "name_da": str(item.get("name_da", "")).strip(), "name_en": str(item.get("name_en", "")).strip(),
        "focus_area": item.get("focus_area") or None,
        "keywords": [str(k).strip() for k in item.get("keywords", []) if str(k).strip()],
    }
    return hashlib.sha256(json.dumps(canonical, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _items(data: dict[str, Any], key: str, file: str) -> list[dict[str, Any]]:
    items = data.get(key)
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValidationError(MSG_BAD_FILE, file=file, problem=f"'{key}' must be a list of objects")
    return items


def _text(item: dict[str, Any], key: str, file: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(MSG_BAD_FILE, file=file, problem=f"missing text '{key}' in {item!r:.80}")
    return value.strip()


def _choice(value: Any, enum: Any, file: str) -> str:
    try:
        return str(enum(value).value)
    except ValueError as exc:
        raise ValidationError(MSG_BAD_FILE, file=file, problem=f"unknown value {value!r}") from exc


def _time(value: Any, file: str) -> time:
    try:
        return time.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(MSG_BAD_FILE, file=file, problem=f"bad time {value!r}") from exc


def _date(value: Any, file: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(MSG_BAD_FILE, file=file, problem=f"bad date {value!r}") from exc
