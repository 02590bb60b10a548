"""HSDS 3.0 in tabular form: one CSV per table and a ``datapackage.json``,
as in the specification's tabular example.

``flatten`` turns nested service objects into table rows (each row carries the
id of what it belongs to); ``nest`` turns the tables back into service objects,
so export and import share one code path with the JSON form.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from referral_app.domain.errors import ValidationError
from referral_app.domain.hsds import (
    MSG_BAD_FIELD,
    MSG_MISSING_COLUMN,
    MSG_NO_DATAPACKAGE,
    MSG_NOT_HSDS,
    PROBLEM_BAD_CSV,
    PROBLEM_MISSING,
    PROBLEM_NO_RESOURCES,
    PROBLEM_NO_SERVICES,
    PROBLEM_NOT_NUMBER,
    parse_json,
)

JsonObject = dict[str, Any]

# The tables and their columns, in the order of the HSDS 3.0 field tables.
TABLES: dict[str, tuple[str, ...]] = {
    "organizations": ("id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id",
                      "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id"),
    "services": ("id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email",
                 "status", "interpretation_services", "application_process", "fees_description", "wait_time",
                 "fees", "accreditations", "eligibility_description", "minimum_age", "maximum_age",
                 "assured_date", "assurer_email", "licenses", "alert", "last_modified"),
    "locations": ("id", "location_type", "url", "organization_id", "name", "alternate_name", "description",
                  "transportation", "latitude", "longitude", "external_identifier", "external_identifier_type"),
    "service_at_location": ("id", "service_id", "location_id", "description"),
    "addresses": ("id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province",
                  "postal_code", "country", "address_type"),
    "phones": ("id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id",
               "number", "extension", "type", "description"),
    "schedules": ("id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart",
                  "timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday",
                  "byyearday", "description", "opens_at", "closes_at", "schedule_link", "attending_type", "notes"),
    "contacts": ("id", "organization_id", "service_id", "service_at_location_id", "location_id", "name", "title",
                 "department", "email"),
    "languages": ("id", "service_id", "location_id", "phone_id", "name", "code", "note"),
    "required_documents": ("id", "service_id", "document", "uri"),
    "taxonomy_terms": ("id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id",
                       "term_uri"),
    "attributes": ("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value", "label"),
}
# The columns a file of each table must have to be read at all.
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "organizations": ("id", "name"),
    "services": ("id", "name"),
    "locations": ("id",),
    "service_at_location": ("service_id", "location_id"),
    "addresses": ("location_id", "address_1"),
    "phones": ("number",),
    "schedules": ("id",),
    "contacts": ("id",),
    "languages": ("id",),
    "required_documents": ("id", "service_id"),
    "taxonomy_terms": ("id", "name"),
    "attributes": ("link_id", "taxonomy_term_id"),
}
NUMBERS = frozenset({"year_incorporated", "minimum_age", "maximum_age", "latitude", "longitude", "extension",
                     "timezone", "count", "interval"})
DATES = frozenset({"valid_from", "valid_to", "dtstart", "until", "assured_date"})
TIMES = frozenset({"opens_at", "closes_at"})
# Links that the row of a child table carries, set by flatten, not kept as fields.
LINKS = frozenset({"service_id", "location_id", "organization_id", "contact_id", "service_at_location_id",
                   "phone_id", "link_id", "taxonomy_term_id"})


# --- nested -> tables ---------------------------------------------------------------------


class _Tables:
    def __init__(self) -> None:
        self.rows: dict[str, list[JsonObject]] = {name: [] for name in TABLES}
        self.seen: dict[str, set[str]] = {name: set() for name in TABLES}

    def add(self, table: str, obj: JsonObject, **links: Any) -> None:
        row = {key: value for key, value in obj.items() if not isinstance(value, list | dict)}
        row.update({key: value for key, value in links.items() if value is not None})
        ident = str(row.get("id", ""))
        key = json.dumps(row, sort_keys=True, ensure_ascii=False)
        if table in ("organizations", "locations", "taxonomy_terms") and ident:
            if ident in self.seen[table]:
                return
            self.seen[table].add(ident)
        elif key in self.seen[table]:
            return
        else:
            self.seen[table].add(key)
        self.rows[table].append(row)

    def phones(self, phones: Iterable[JsonObject], **links: Any) -> None:
        for phone in phones:
            self.add("phones", phone, **links)

    def location(self, loc: JsonObject, organization_id: Any = None) -> None:
        self.add("locations", loc, organization_id=loc.get("organization_id", organization_id))
        for address in loc.get("addresses", []):
            self.add("addresses", address, location_id=loc["id"])
        self.phones(loc.get("phones", []), location_id=loc["id"])
        for schedule in loc.get("schedules", []):
            self.add("schedules", schedule, location_id=loc["id"])


def flatten(services: Iterable[JsonObject]) -> dict[str, list[JsonObject]]:
    tables = _Tables()
    for svc in services:
        org = svc.get("organization")
        org_id = org["id"] if org else svc.get("organization_id")
        if org:
            tables.add("organizations", org)
            tables.phones(org.get("phones", []), organization_id=org["id"])
        tables.add("services", svc, organization_id=org_id)
        tables.phones(svc.get("phones", []), service_id=svc["id"])
        for schedule in svc.get("schedules", []):
            tables.add("schedules", schedule, service_id=svc["id"])
        for sal in svc.get("service_at_locations", []):
            loc = sal.get("location")
            tables.add("service_at_location", sal, service_id=svc["id"],
                       location_id=loc["id"] if loc else sal.get("location_id"))
            if loc:
                tables.location(loc, org_id)
        for contact in svc.get("contacts", []):
            tables.add("contacts", contact, service_id=svc["id"])
            tables.phones(contact.get("phones", []), contact_id=contact["id"])
        for language in svc.get("languages", []):
            tables.add("languages", language, service_id=svc["id"])
        for document in svc.get("required_documents", []):
            tables.add("required_documents", document, service_id=svc["id"])
        for attribute in svc.get("attributes", []):
            term = attribute.get("taxonomy_term")
            term_id = term["id"] if term else attribute.get("taxonomy_term_id")
            tables.add("attributes", attribute, link_id=svc["id"], link_entity=attribute.get("link_entity", "service"),
                       taxonomy_term_id=term_id)
            if term:
                tables.add("taxonomy_terms", term)
    return tables.rows


def columns_of(table: str, rows: Iterable[JsonObject]) -> list[str]:
    standard = list(TABLES[table])
    more = sorted({key for row in rows for key in row} - set(standard))
    return standard + more


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_tabular(services: Iterable[JsonObject], folder: Path) -> dict[str, int]:
    """Write the CSVs and ``datapackage.json`` into ``folder``; rows per table."""
    tables = flatten(services)
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    counts = {}
    for table, rows in tables.items():
        columns = columns_of(table, rows)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(column)) for column in columns])
        (folder / f"{table}.csv").write_text(buffer.getvalue(), encoding="utf-8")
        counts[table] = len(rows)
        resources.append({
            "name": table,
            "path": f"{table}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": [{"name": column, "type": _field_type(column)} for column in columns],
                       "primaryKey": "id"},
        })
    package = {
        "name": "faelles-indgang-directory",
        "title": "Fælles Indgang: service directory (Open Referral HSDS 3.0)",
        "profile": "tabular-data-package",
        "resources": resources,
    }
    (folder / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")
    return counts


def _field_type(column: str) -> str:
    if column in NUMBERS:
        return "number"
    if column in DATES:
        return "date"
    if column in TIMES:
        return "time"
    return "string"


# --- tables -> nested ---------------------------------------------------------------------


def _read_csv(path: Path, table: str, read_text: Any) -> list[JsonObject]:
    text = read_text(path)
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = next(reader)
    except StopIteration:
        header = []
    except csv.Error as exc:
        raise ValidationError(MSG_NOT_HSDS, file=path.name, problem=PROBLEM_BAD_CSV,
                              translated_params=("problem",)) from exc
    header = [name.strip() for name in header]
    for column in REQUIRED_COLUMNS[table]:
        if column not in header:
            raise ValidationError(MSG_MISSING_COLUMN, file=path.name, column=column, field="path")
    rows = []
    try:
        for number, values in enumerate(reader, start=2):
            if not any(value.strip() for value in values):
                continue
            row: JsonObject = {}
            for column, value in zip(header, values, strict=False):
                if value == "":
                    continue
                row[column] = _typed(value, column, path.name, number)
            rows.append({"_row": number, **row})
    except csv.Error as exc:
        raise ValidationError(MSG_NOT_HSDS, file=path.name, problem=PROBLEM_BAD_CSV,
                              translated_params=("problem",)) from exc
    return rows


def _typed(value: str, column: str, file: str, row: int) -> Any:
    if column not in NUMBERS:
        return value
    try:
        number = float(value)
    except ValueError:
        raise ValidationError(MSG_BAD_FIELD, file=file, where=f"row {row}", name=column, field="path",
                              problem=PROBLEM_NOT_NUMBER, translated_params=("problem",)) from None
    return int(number) if number.is_integer() else number


def resource_paths(folder: Path, read_text: Any) -> dict[str, Path]:
    """The CSV of each table we read, from ``datapackage.json``."""
    package_path = folder / "datapackage.json"
    if not package_path.is_file():
        raise ValidationError(MSG_NO_DATAPACKAGE, file=str(folder))
    package = parse_json(read_text(package_path), "datapackage.json")
    paths: dict[str, Path] = {}
    resources = package.get("resources") if isinstance(package, dict) else None
    if not isinstance(resources, list):
        raise ValidationError(MSG_NOT_HSDS, file="datapackage.json", problem=PROBLEM_NO_RESOURCES,
                              translated_params=("problem",))
    for resource in resources:
        if not isinstance(resource, dict) or not isinstance(resource.get("path"), str):
            continue
        path = folder / resource["path"]
        try:
            if path.resolve().parent != folder.resolve():
                continue  # only the package's own files, never a path out of the folder
            table = {"service_at_locations": "service_at_location"}.get(path.stem, path.stem)
            if table in TABLES and path.is_file():
                paths[table] = path
        except (ValueError, OSError):  # a NUL byte, a name too long: not one of the package's files
            continue
    if "services" not in paths:
        raise ValidationError(MSG_NOT_HSDS, file="datapackage.json", problem=PROBLEM_NO_SERVICES,
                              translated_params=("problem",))
    return paths


def _strip(row: JsonObject, *drop: str) -> JsonObject:
    return {key: value for key, value in row.items() if key != "_row" and key not in drop}


def read_tabular(folder: Path, read_text: Any) -> list[tuple[JsonObject, str, str]]:
    """The service objects of a tabular package, each with the file and row it came from."""
    paths = resource_paths(folder, read_text)
    tables = {table: _read_csv(path, table, read_text) for table, path in paths.items()}
    for table in TABLES:
        tables.setdefault(table, [])

    def by(table: str, column: str) -> dict[str, list[JsonObject]]:
        grouped: dict[str, list[JsonObject]] = {}
        for row in tables[table]:
            if row.get(column):
                grouped.setdefault(str(row[column]), []).append(row)
        return grouped

    orgs = {str(row["id"]): row for row in tables["organizations"] if row.get("id")}
    locations = {str(row["id"]): row for row in tables["locations"] if row.get("id")}
    terms = {str(row["id"]): row for row in tables["taxonomy_terms"] if row.get("id")}
    phones_of = {column: by("phones", column) for column in
                 ("service_id", "organization_id", "location_id", "contact_id")}
    addresses = by("addresses", "location_id")
    schedules_of_service = by("schedules", "service_id")
    schedules_of_location = by("schedules", "location_id")
    sals = by("service_at_location", "service_id")
    contacts = by("contacts", "service_id")
    languages = by("languages", "service_id")
    documents = by("required_documents", "service_id")
    attributes = by("attributes", "link_id")

    def phones(column: str, ident: str) -> list[JsonObject]:
        return [_strip(p, *LINKS) for p in phones_of[column].get(ident, [])]

    def location(ident: str) -> JsonObject:
        row = locations[ident]
        loc = _strip(row)
        loc.pop("organization_id", None)
        if row.get("organization_id"):
            loc["organization_id"] = row["organization_id"]
        if ident in addresses:
            loc["addresses"] = [_strip(a, "location_id") for a in addresses[ident]]
        if phones("location_id", ident):
            loc["phones"] = phones("location_id", ident)
        own = [s for s in schedules_of_location.get(ident, []) if not s.get("service_id")]
        if own:
            loc["schedules"] = [_strip(s, *LINKS) for s in own]
        return loc

    result = []
    for row in tables["services"]:
        ident = str(row.get("id", ""))
        where = f"row {row['_row']}"
        svc = _strip(row, "organization_id")
        org_id = row.get("organization_id")
        if org_id and str(org_id) in orgs:
            org = _strip(orgs[str(org_id)])
            if phones("organization_id", str(org_id)):
                org["phones"] = phones("organization_id", str(org_id))
            svc["organization"] = org
        elif org_id:
            svc["organization_id"] = org_id
        if not ident:
            result.append((svc, "services.csv", where))
            continue
        if phones("service_id", ident):
            svc["phones"] = phones("service_id", ident)
        if ident in schedules_of_service:
            svc["schedules"] = [_strip(s, *LINKS) for s in schedules_of_service[ident]]
        linked = []
        for sal in sals.get(ident, []):
            item = _strip(sal, "service_id")
            loc_id = str(sal.get("location_id", ""))
            if loc_id in locations:
                item.pop("location_id", None)
                item["location"] = location(loc_id)
            linked.append(item)
        if linked:
            svc["service_at_locations"] = linked
        if ident in contacts:
            svc["contacts"] = []
            for contact in contacts[ident]:
                item = _strip(contact, *LINKS)
                if contact.get("id") and phones("contact_id", str(contact["id"])):
                    item["phones"] = phones("contact_id", str(contact["id"]))
                svc["contacts"].append(item)
        if ident in languages:
            svc["languages"] = [_strip(lang, *LINKS) for lang in languages[ident]]
        if ident in documents:
            svc["required_documents"] = [_strip(doc, *LINKS) for doc in documents[ident]]
        if ident in attributes:
            svc["attributes"] = []
            for attribute in attributes[ident]:
                if attribute.get("link_entity") not in (None, "service"):
                    continue
                item = _strip(attribute, "link_id")
                if item.get("link_entity") == "service":
                    del item["link_entity"]  # implied by nesting under the service
                term_id = str(attribute.get("taxonomy_term_id", ""))
                if term_id in terms:
                    item["taxonomy_term"] = _strip(terms[term_id])
                svc["attributes"].append(item)
        if not row.get("name"):
            raise ValidationError(MSG_BAD_FIELD, file="services.csv", where=where, name="name", field="path",
                                  problem=PROBLEM_MISSING, translated_params=("problem",))
        result.append((svc, "services.csv", where))
    return result
