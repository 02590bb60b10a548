"""Open Referral HSDS 3.0 export and import of the directory.

The export validates against our own JSON Schema for the HSDS 3.0 service
object (tests/data/hsds/service.schema.json, written from the field tables);
export -> import into an empty database -> export gives the same data, in JSON
and in CSV; the specification's own examples import; bad files are refused
naming the file, row or field, and nothing is written.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import uuid
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import func, select

from referral_app.db import migrate
from referral_app.db import models as m
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.errors import PermissionDeniedError, ValidationError
from referral_app.domain.hsds import MAX_IMPORT_BYTES, stable_uuid
from referral_app.services import directory, routing
from referral_app.services.database import open_database
from referral_app.services.hsds import export as hsds_export
from referral_app.services.hsds import importer
from tests.services.staff import make_staff

DATA = Path(__file__).resolve().parent.parent / "data" / "hsds"
SCHEMA = json.loads((DATA / "service.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _errors(obj: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(obj)]


def _canonical(services: list[dict[str, Any]]) -> list[str]:
    """The same data apart from ordering: every list sorted, keys sorted."""

    def norm(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: norm(item) for key, item in value.items()}
        if isinstance(value, list):
            return sorted((norm(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
        return value

    return sorted(json.dumps(norm(service), sort_keys=True, ensure_ascii=False) for service in services)


def _empty(url: str):
    """A migrated database without the shipped directory, with a coordinator."""
    db = open_database(url)
    migrate.upgrade(db)
    with db.begin() as s:
        make_staff(s, Role.COORDINATOR, "koordinator")
    return db


def _actor(db, role: Role = Role.COORDINATOR, username: str = "koordinator"):
    with db.begin() as s:
        row = s.scalar(select(m.StaffUser).where(m.StaffUser.username == username))
        if row is None:
            return make_staff(s, role, username)
    from referral_app.domain.accounts import Actor

    return Actor(row.id, row.username, row.full_name, Role(row.role))


def _export(db) -> list[dict[str, Any]]:
    with db.begin() as s:
        return hsds_export.export_services(s)


def _counts(db) -> tuple[int, ...]:
    with db.begin() as s:
        return tuple(s.scalar(select(func.count()).select_from(model))
                     for model in (m.Organization, m.Location, m.Service, m.Schedule, m.Category, m.Contact))


# --- export --------------------------------------------------------------------------------------


def test_export_of_the_shipped_directory_validates_against_the_hsds_schema(database) -> None:
    services = _export(database)
    assert len(services) >= 30
    problems = [f"{svc['name']}: {error}" for svc in services for error in _errors(svc)]
    assert problems == []
    first = next(svc for svc in services if svc.get("schedules") and svc.get("service_at_locations"))
    assert first["organization"]["id"] and first["service_at_locations"][0]["location"]["addresses"]
    assert {s["freq"] for svc in services for s in svc.get("schedules", [])} == {"WEEKLY"}


def test_the_schema_has_teeth(database) -> None:
    good = next(svc for svc in _export(database) if svc.get("schedules") and svc.get("attributes")
               and svc.get("service_at_locations"))
    assert _errors(good) == []
    breakages = {
        "unknown status": lambda s: s.update(status="open"),
        "no name": lambda s: s.pop("name"),
        "id not a UUID": lambda s: s.update(id="service-1"),
        "age as text": lambda s: s.update(minimum_age="12"),
        "bad weekday": lambda s: s["schedules"][0].update(byday="MONDAY"),
        "bad time": lambda s: s["schedules"][0].update(opens_at="25:00"),
        "bad frequency": lambda s: s["schedules"][0].update(freq="DAILY"),
        "organization without description": lambda s: s["organization"].pop("description"),
        "term without name": lambda s: s["attributes"][0]["taxonomy_term"].pop("name"),
        "phone without number": lambda s: s.update(phones=[{"id": str(uuid.uuid4())}]),
        "address without country": lambda s: s["service_at_locations"][0]["location"]["addresses"][0].pop("country"),
        "location type unknown": lambda s: s["service_at_locations"][0]["location"].update(location_type="home"),
        "schedules not a list": lambda s: s.update(schedules={"byday": "MO"}),
    }
    for name, breakage in breakages.items():
        broken = copy.deepcopy(good)
        breakage(broken)
        assert _errors(broken), name


def test_ids_are_the_same_on_every_install(tmp_path: Path) -> None:
    from referral_app.config import DIRECTORY_DIR
    from referral_app.services.database import prepare

    exports = []
    for name in ("one", "two"):
        db = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        prepare(db, DIRECTORY_DIR)
        exports.append(_export(db))
        with db.begin() as s:
            row = s.scalars(select(m.Service).join(m.Organization).order_by(m.Service.id)).first()
            assert row.hsds_id == stable_uuid("service", f"{row.organization.key}/{row.key}")
        db.dispose()
    assert exports[0] == exports[1]


# --- round trips ---------------------------------------------------------------------------------


def test_json_round_trip_through_an_empty_database(database, empty_db_url: str, tmp_path: Path) -> None:
    first_file = tmp_path / "first.json"
    with database.begin() as s:
        count = hsds_export.write_json(s, first_file)
    first = json.loads(first_file.read_text(encoding="utf-8"))
    assert count == len(first)
    target = _empty(empty_db_url)
    with target.begin() as s:
        summary = importer.import_path(s, _actor(target), first_file)
    assert summary.count("added", "service") == len(first)
    assert summary.changed == () and summary.unmapped_terms == ()
    second = _export(target)
    assert _canonical(second) == _canonical(first)
    target.dispose()


def _csv_rows(folder: Path) -> dict[str, list[str]]:
    tables = {}
    for path in sorted(folder.glob("*.csv")):
        lines = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        tables[path.name] = [",".join(lines[0])] + sorted(",".join(line) for line in lines[1:])
    return tables


def test_csv_round_trip_through_an_empty_database(database, empty_db_url: str, tmp_path: Path) -> None:
    with database.begin() as s:
        counts = hsds_export.write_csv_folder(s, tmp_path / "first")
    assert counts["services"] >= 30 and counts["schedules"] > counts["services"]
    package = json.loads((tmp_path / "first" / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} == {p.name for p in (tmp_path / "first").glob("*.csv")}
    target = _empty(empty_db_url)
    with target.begin() as s:
        summary = importer.import_path(s, _actor(target), tmp_path / "first")
    assert summary.count("added", "service") == counts["services"]
    with target.begin() as s:
        hsds_export.write_csv_folder(s, tmp_path / "second")
    assert _csv_rows(tmp_path / "second") == _csv_rows(tmp_path / "first")
    # the CSV form carries the same services as the JSON form
    assert _canonical(_export(target)) == _canonical(_export(database))
    target.dispose()


def _give_every_upkeep_field(db) -> str:
    """One shipped service with every field of the directory upkeep set; its HSDS id."""
    with db.begin() as s:
        svc = s.scalars(select(m.Service).where(m.Service.schedules.any()).order_by(m.Service.id)).first()
        svc.name_en = "Caretaker's office"
        svc.next_step = "Ring på og spørg efter viceværten."
        svc.handover_contact = "drift@example.dk"
        svc.area = "Høje Gladsaxe 1-40"
        svc.capacity_note = "Op til 10 nye om ugen."
        svc.waiting_list = True
        svc.open_on_holidays = True
        svc.residents_only = True
        svc.follow_up_days = 21
        svc.paused_until = date.today() + timedelta(days=30)
        svc.min_age, svc.max_age = 15, 99
        svc.application_process = "Mød op i åbningstiden."
        svc.eligibility = "Beboere i afdelingen."
        svc.what_to_bring = "Lejekontrakt"
        svc.exceptions = [
            m.ScheduleException(first_day=date(2026, 12, 27), last_day=date(2027, 1, 2), note="Juleferie"),
            m.ScheduleException(first_day=date(2027, 2, 3), last_day=date(2027, 2, 3),
                                opens_at=time(12, 0), closes_at=time(14, 0), note="Personalemøde"),
            m.ScheduleException(first_day=date(2027, 3, 1), last_day=date(2027, 3, 1)),
        ]
        assert svc.hsds_id is not None
        return svc.hsds_id


def _upkeep_fields(db, hsds_id: str) -> tuple[object, ...]:
    with db.begin() as s:
        svc = s.scalar(select(m.Service).where(m.Service.hsds_id == hsds_id))
        return (svc.status, svc.name_en, svc.next_step, svc.handover_contact, svc.area, svc.capacity_note,
                svc.waiting_list, svc.open_on_holidays, svc.residents_only, svc.follow_up_days, svc.paused_until,
                svc.min_age, svc.max_age, svc.application_process, svc.eligibility, svc.what_to_bring,
                [(e.first_day, e.last_day, e.opens_at, e.closes_at, e.note) for e in svc.exceptions])


def test_upkeep_fields_are_exported_as_hsds(database) -> None:
    hsds_id = _give_every_upkeep_field(database)
    svc = next(item for item in _export(database) if item["id"] == hsds_id)
    assert _errors(svc) == []
    assert svc["status"] == "temporarily closed"  # paused
    assert svc["alternate_name"] == "Caretaker's office"
    assert (svc["minimum_age"], svc["maximum_age"]) == (15, 99)
    assert svc["application_process"] == "Mød op i åbningstiden."
    assert svc["eligibility_description"] == "Beboere i afdelingen."
    dated = sorted((s["valid_from"], s["valid_to"], s["description"], s.get("opens_at"), s.get("closes_at"),
                    s.get("notes")) for s in svc["schedules"] if "byday" not in s)
    assert dated == [("2026-12-27", "2027-01-02", "closed", None, None, "Juleferie"),
                     ("2027-02-03", "2027-02-03", "special opening hours", "12:00", "14:00", "Personalemøde"),
                     ("2027-03-01", "2027-03-01", "closed", None, None, None)]
    fields = {a["taxonomy_term"]["code"]: a["value"] for a in svc["attributes"]
              if a["taxonomy_term"]["taxonomy"] == "faelles-indgang-fields"}
    assert fields == {
        "next_step": "Ring på og spørg efter viceværten.", "handover_contact": "drift@example.dk",
        "area": "Høje Gladsaxe 1-40", "capacity_note": "Op til 10 nye om ugen.", "waiting_list": "true",
        "open_on_holidays": "true", "residents_only": "true", "follow_up_days": "21",
        "paused_until": (date.today() + timedelta(days=30)).isoformat()}


def test_upkeep_fields_survive_a_json_round_trip(database, empty_db_url: str, tmp_path: Path) -> None:
    hsds_id = _give_every_upkeep_field(database)
    with database.begin() as s:
        hsds_export.write_json(s, tmp_path / "first.json")
    target = _empty(empty_db_url)
    with target.begin() as s:
        summary = importer.import_path(s, _actor(target), tmp_path / "first.json")
    assert summary.unmapped_terms == ()
    assert _upkeep_fields(target, hsds_id) == _upkeep_fields(database, hsds_id)
    assert _upkeep_fields(target, hsds_id)[0] == "active"  # the pause, not a closure
    with target.begin() as s:
        assert s.scalar(select(func.count()).select_from(m.Category)
                        .where(m.Category.code.in_(["next_step", "paused_until"]))) == 0
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    assert _canonical(_export(target)) == _canonical(first)
    target.dispose()


def test_upkeep_fields_survive_a_csv_round_trip(database, empty_db_url: str, tmp_path: Path) -> None:
    hsds_id = _give_every_upkeep_field(database)
    with database.begin() as s:
        hsds_export.write_csv_folder(s, tmp_path / "first")
    target = _empty(empty_db_url)
    with target.begin() as s:
        importer.import_path(s, _actor(target), tmp_path / "first")
    assert _upkeep_fields(target, hsds_id) == _upkeep_fields(database, hsds_id)
    with target.begin() as s:
        hsds_export.write_csv_folder(s, tmp_path / "second")
    assert _csv_rows(tmp_path / "second") == _csv_rows(tmp_path / "first")
    target.dispose()


def test_a_pause_that_has_passed_is_exported_as_active(sqlite_db) -> None:
    hsds_id = _give_every_upkeep_field(sqlite_db)
    with sqlite_db.begin() as s:
        s.scalar(select(m.Service).where(m.Service.hsds_id == hsds_id)).paused_until = date(2020, 1, 6)
    svc = next(item for item in _export(sqlite_db) if item["id"] == hsds_id)
    assert svc["status"] == "active"


@pytest.mark.parametrize("code, value, problem", [
    ("waiting_list", "maybe", "must be true or false"),
    ("paused_until", "next monday", "must be a date"),
    ("follow_up_days", "0", "must be a whole number"),
    ("handover_contact", "x" * 301, "longer than 300"),
])
def test_a_bad_field_value_is_refused(sqlite_db, tmp_path: Path, code: str, value: str, problem: str) -> None:
    hsds_id = _give_every_upkeep_field(sqlite_db)
    svc = next(item for item in _export(sqlite_db) if item["id"] == hsds_id)
    position, attribute = next((i, a) for i, a in enumerate(svc["attributes"])
                               if a["taxonomy_term"]["code"] == code)
    attribute["value"] = value
    svc["description"] = "Changed, but not imported"
    before = _upkeep_fields(sqlite_db, hsds_id)
    with pytest.raises(ValidationError) as caught, sqlite_db.begin() as s:
        importer.import_path(s, _actor(sqlite_db), _write(tmp_path, svc))
    assert f"attributes[{position}].value" in str(caught.value) and problem in str(caught.value)
    assert _upkeep_fields(sqlite_db, hsds_id) == before


# --- import into a directory that has data ---------------------------------------------------------


def test_reimport_changes_nothing_and_a_dry_run_writes_nothing(sqlite_db, tmp_path: Path) -> None:
    actor = _actor(sqlite_db)
    services = _export(sqlite_db)
    path = tmp_path / "directory.json"
    path.write_text(json.dumps(services), encoding="utf-8")
    with sqlite_db.begin() as s:
        summary = importer.import_path(s, actor, path)
    assert summary.added == () and summary.changed == ()
    assert summary.count("unchanged", "service") == len(services)

    target = next(svc for svc in services if svc.get("phones"))
    target["phones"][0]["number"] = "44 44 44 44"
    path.write_text(json.dumps(services), encoding="utf-8")
    before = _counts(sqlite_db)
    with sqlite_db.begin() as s:
        preview = importer.import_path(s, actor, path, dry_run=True)
    assert [(i.kind, i.name) for i in preview.changed] == [("service", target["name"])]
    with sqlite_db.begin() as s:
        assert s.scalar(select(m.Service.phone).where(m.Service.hsds_id == target["id"])) != "44 44 44 44"
        assert s.scalar(select(func.count()).select_from(m.AuditEvent)
                        .where(m.AuditEvent.entity_id == "hsds-import")) == 1  # only the first import
    assert _counts(sqlite_db) == before

    with sqlite_db.begin() as s:
        summary = importer.import_path(s, actor, path)
    assert [(i.kind, i.name) for i in summary.changed] == [("service", target["name"])]
    with sqlite_db.begin() as s:
        assert s.scalar(select(m.Service.phone).where(m.Service.hsds_id == target["id"])) == "44 44 44 44"
        detail = s.scalars(select(m.AuditEvent.detail).where(m.AuditEvent.entity_id == "hsds-import")
                           .order_by(m.AuditEvent.id.desc())).first()
        entry = s.scalars(select(m.AuditEvent).where(m.AuditEvent.entity_id == "hsds-import")
                          .order_by(m.AuditEvent.id.desc())).first()
    assert "directory.json" in detail and "service: +0 ~1" in detail
    assert entry.username == "koordinator"


def test_an_unknown_id_is_matched_by_organization_and_name(sqlite_db, tmp_path: Path) -> None:
    services = _export(sqlite_db)
    original = next(svc for svc in services if svc.get("schedules"))
    renamed = copy.deepcopy(original)
    renamed["id"] = str(uuid.uuid4())
    renamed["description"] = "Ny beskrivelse fra partneren"
    path = tmp_path / "one.json"
    path.write_text(json.dumps(renamed), encoding="utf-8")
    before = _counts(sqlite_db)
    with sqlite_db.begin() as s:
        summary = importer.import_path(s, _actor(sqlite_db), path)
    assert [(i.kind, i.name) for i in summary.changed] == [("service", original["name"])]
    assert _counts(sqlite_db) == before
    with sqlite_db.begin() as s:
        row = s.scalar(select(m.Service).where(m.Service.hsds_id == original["id"]))
        assert row.description == "Ny beskrivelse fra partneren"


# --- the specification's own examples -------------------------------------------------------------


def test_the_specifications_service_full_example_imports_and_keeps_every_field(sqlite_db) -> None:
    example = json.loads((DATA / "examples" / "service_full.json").read_text(encoding="utf-8"))
    with sqlite_db.begin() as s:
        summary = importer.import_path(s, _actor(sqlite_db), DATA / "examples" / "service_full.json")
    assert [(i.kind, i.name) for i in summary.added if i.kind != "category"] == [
        ("organization", "Example Organization Inc."), ("location", "MyCity Civic Center"),
        ("service", "Community Counselling")]
    assert summary.unmapped_terms == ("name",)
    with sqlite_db.begin() as s:
        listed = [svc for org in directory.list_directory(s, "Community Counselling") for svc in org.services]
        term = s.scalar(select(m.Category).where(m.Category.hsds_id == "3f7b145d-84af-42d7-8fae-eaca714b02b2"))
        assert term.active is False and term.extra["_unmapped"] is True
        again = hsds_export.find_service(s, example["id"])
    assert [svc.name for svc in listed] == ["Community Counselling"]
    assert listed[0].min_age == 12 and listed[0].phone == '"+44 1234 234567"' and "ur" in listed[0].languages
    assert listed[0].location.city == "MyCity"
    again.pop("number")
    # what we do not model comes back as it came in
    for key in ("alternate_name", "fees_description", "cost_options", "funding", "program", "service_areas",
                "metadata", "additional_urls", "last_modified", "contacts", "phones", "languages",
                "required_documents", "attributes"):
        assert again[key] == example[key], key
    assert again["organization"] == example["organization"]
    assert again["service_at_locations"][0]["location"] == example["service_at_locations"][0]["location"]
    assert again["service_at_locations"][0]["description"] == example["service_at_locations"][0]["description"]


def test_the_specifications_tabular_example_imports(sqlite_db) -> None:
    with sqlite_db.begin() as s:
        summary = importer.import_path(s, _actor(sqlite_db), DATA / "examples" / "tabular")
    assert summary.count("added", "service") == 1
    with sqlite_db.begin() as s:
        listed = [svc for org in directory.list_directory(s, "Community Counselling") for svc in org.services]
        again = hsds_export.find_service(s, "ac148810-d857-441c-9679-408f346de14b")
    assert [svc.name for svc in listed] == ["Community Counselling"]
    assert listed[0].organization_name == "Example Organization Inc."
    assert listed[0].what_to_bring.startswith("Any official identification document")
    assert again["contacts"][0]["name"] == "Ann Persona"
    assert again["fees_description"].endswith("up to date prices.")


def test_an_unmapped_term_does_not_route(sqlite_db, tmp_path: Path) -> None:
    service = {
        "id": str(uuid.uuid4()), "name": "Cykelværksted", "status": "active",
        "organization": {"id": str(uuid.uuid4()), "name": "Cykelklubben", "description": ""},
        "attributes": [{"id": str(uuid.uuid4()), "taxonomy_term": {
            "id": str(uuid.uuid4()), "name": "Bicycle repair", "description": "Fixing bikes",
            "taxonomy": "https://example.org/other-taxonomy"}}],
    }
    path = tmp_path / "bike.json"
    path.write_text(json.dumps([service]), encoding="utf-8")
    with sqlite_db.begin() as s:
        summary = importer.import_path(s, _actor(sqlite_db), path)
        snapshot = routing.load_snapshot(s)
        term = s.scalar(select(m.Category).where(m.Category.name_da == "Bicycle repair"))
    assert summary.unmapped_terms == ("Bicycle repair",)
    routed = {c.code for c in snapshot.categories}
    assert term.code not in routed and "bolig.vedligehold" in routed
    assert (term.active, term.extra["_unmapped"], term.extra["taxonomy"]) == (
        False, True, "https://example.org/other-taxonomy")


def test_a_paginated_api_page_imports(sqlite_db, tmp_path: Path) -> None:
    services = _export(sqlite_db)[:3]
    page = {"total_items": 3, "total_pages": 1, "page_number": 1, "size": 3, "first_page": True,
            "last_page": True, "empty": False, "contents": services}
    path = tmp_path / "page.json"
    path.write_text(json.dumps(page), encoding="utf-8")
    with sqlite_db.begin() as s:
        summary = importer.import_path(s, _actor(sqlite_db), path, dry_run=True)
    assert summary.count("unchanged", "service") == 3


# --- permission -----------------------------------------------------------------------------------


def test_the_front_desk_may_not_import_and_the_attempt_is_audited(sqlite_db, tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(_export(sqlite_db)[0]), encoding="utf-8")
    desk = _actor(sqlite_db, Role.FRONT_DESK, "frida")
    before = _counts(sqlite_db)
    with pytest.raises(PermissionDeniedError), sqlite_db.begin() as s:
        importer.import_path(s, desk, path)
    assert _counts(sqlite_db) == before
    with sqlite_db.begin() as s:
        denial = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == AuditAction.PERMISSION_DENIED.value)
                           ).one()
    assert (denial.username, denial.entity_id) == ("frida", "edit_directory")


# --- bad input ------------------------------------------------------------------------------------


def _valid_service() -> dict[str, Any]:
    return {
        "id": "8d7a3b1e-2c4f-4a5b-9c6d-7e8f9a0b1c2d", "name": "Lektiecafé for voksne", "status": "active",
        "organization": {"id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "name": "Sprogforeningen", "description": ""},
        "schedules": [{"id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "freq": "WEEKLY", "byday": "MO,WE",
                       "opens_at": "16:00", "closes_at": "18:00"}],
    }


def _write(tmp_path: Path, data: Any, name: str = "partner.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _bad_schedule(s: dict[str, Any]) -> None:
    s["schedules"][0]["closes_at"] = "15:00"


BAD_SERVICES = {
    "missing id": (lambda s: s.pop("id"), "item 1: the field id is missing"),
    "missing name": (lambda s: s.update(name="  "), "item 1: the field name is missing"),
    "closes before it opens": (_bad_schedule, "schedules[0].closes_at is not after opens_at"),
    "unknown status": (lambda s: s.update(status="open"), "the field status must be active, inactive"),
    "id not a UUID": (lambda s: s.update(id="svc-1"), "the field id must be a UUID"),
    "age as text": (lambda s: s.update(minimum_age="twelve"), "minimum_age must be a number"),
    "no organization": (lambda s: s.pop("organization"), "the field organization is missing"),
    "name too long": (lambda s: s.update(name="x" * 201), "name is longer than 200 characters"),
}


@pytest.mark.parametrize("case", list(BAD_SERVICES))
def test_a_bad_service_is_refused_naming_the_field(sqlite_db, tmp_path: Path, case: str) -> None:
    breakage, expected = BAD_SERVICES[case]
    good = _valid_service()
    bad = _valid_service()
    breakage(bad)
    path = _write(tmp_path, [bad, good])
    before = _counts(sqlite_db)
    with pytest.raises(ValidationError) as caught, sqlite_db.begin() as s:
        importer.import_path(s, _actor(sqlite_db), path)
    assert "partner.json" in str(caught.value) and expected in str(caught.value)
    assert _counts(sqlite_db) == before


def test_a_problem_in_a_later_item_writes_nothing(sqlite_db, tmp_path: Path) -> None:
    second = _valid_service()
    second["id"] = str(uuid.uuid4())
    _bad_schedule(second)
    path = _write(tmp_path, [_valid_service(), second])
    before = _counts(sqlite_db)
    with pytest.raises(ValidationError, match="item 2"), sqlite_db.begin() as s:
        importer.import_path(s, _actor(sqlite_db), path)
    assert _counts(sqlite_db) == before


def test_bad_files_are_refused(sqlite_db, tmp_path: Path) -> None:
    actor = _actor(sqlite_db)
    cases: list[tuple[Path, str]] = []
    cases.append((_write(tmp_path, {"services": []}, "wrong-shape.json"),
                  "wrong-shape.json is not HSDS 3.0 data: expected a service object"))
    broken = tmp_path / "broken.json"
    broken.write_text('[{"id": ', encoding="utf-8")
    cases.append((broken, "broken.json is not JSON (line 1, column 9)"))
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(json.dumps([_valid_service()]).replace("é", "\\u00e9").encode() + b'\n"\xe6\xf8\xe5"')
    cases.append((latin1, "latin1.json is not UTF-8 text"))
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1000 * 1000)  # sparse: 50 MB on paper, nothing on disk
    assert huge.stat().st_size > MAX_IMPORT_BYTES
    cases.append((huge, "huge.json is too large to import (50 MB"))
    no_package = tmp_path / "no-package"
    no_package.mkdir()
    (no_package / "services.csv").write_text("id,name\n", encoding="utf-8")
    cases.append((no_package, "has no datapackage.json"))
    missing_column = tmp_path / "missing-column"
    missing_column.mkdir()
    (missing_column / "datapackage.json").write_text(json.dumps(
        {"resources": [{"path": "services.csv"}, {"path": "schedules.csv"}]}), encoding="utf-8")
    (missing_column / "services.csv").write_text(
        f"id,name,organization_id\n{uuid.uuid4()},Sprogcafé,{uuid.uuid4()}\n", encoding="utf-8")
    (missing_column / "schedules.csv").write_text("service_id,byday\nx,MO\n", encoding="utf-8")
    cases.append((missing_column, "schedules.csv lacks the column id"))
    bad_row = tmp_path / "bad-row"
    bad_row.mkdir()
    (bad_row / "datapackage.json").write_text(json.dumps({"resources": [{"path": "services.csv"}]}),
                                              encoding="utf-8")
    (bad_row / "services.csv").write_text(
        f"id,name,minimum_age\n{uuid.uuid4()},Sprogcafé,12\n{uuid.uuid4()},Lektiecafé,tolv\n", encoding="utf-8")
    cases.append((bad_row, "services.csv, row 3: the field minimum_age must be a number"))
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "services.csv").write_text(f"id,name\n{uuid.uuid4()},Udenfor\n", encoding="utf-8")
    (outside / "datapackage.json").write_text(json.dumps({"resources": [{"path": "../services.csv"}]}),
                                              encoding="utf-8")
    cases.append((outside, "services.csv is not among its resources"))  # no path out of the folder
    before = _counts(sqlite_db)
    for path, expected in cases:
        with pytest.raises(ValidationError) as caught, sqlite_db.begin() as s:
            importer.import_path(s, actor, path)
        assert expected in str(caught.value), (path.name, str(caught.value))
    assert _counts(sqlite_db) == before


def test_a_coordinator_maps_an_imported_term_and_it_routes(sqlite_db, tmp_path: Path) -> None:
    from referral_app.services.hsds import terms

    term_id = str(uuid.uuid4())
    service = {
        "id": str(uuid.uuid4()), "name": "Brætspilsaften", "status": "active",
        "organization": {"id": str(uuid.uuid4()), "name": "Spilleklubben", "description": ""},
        "attributes": [{"id": str(uuid.uuid4()), "taxonomy_term": {
            "id": term_id, "name": "Board games", "description": "Games", "taxonomy": "other"}}],
    }
    path = _write(tmp_path, service, "games.json")
    actor = _actor(sqlite_db)
    with sqlite_db.begin() as s:
        importer.import_path(s, actor, path)
        [found] = terms.imported_terms(s)
    assert (found.name, found.maps_to, found.services, found.taxonomy) == ("Board games", None, 1, "other")

    desk = _actor(sqlite_db, Role.FRONT_DESK, "frida")
    with pytest.raises(PermissionDeniedError), sqlite_db.begin() as s:
        terms.map_term(s, desk, found.code, "faellesskab.aktiviteter")
    with pytest.raises(ValidationError), sqlite_db.begin() as s:
        terms.map_term(s, actor, found.code, "no.such.code")

    with sqlite_db.begin() as s:
        assert terms.map_term(s, actor, term_id, "faellesskab.aktiviteter") == 1
    with sqlite_db.begin() as s:
        snapshot = routing.load_snapshot(s)
        [routed] = [svc for svc in snapshot.services if svc.name == "Brætspilsaften"]
        assert "faellesskab.aktiviteter" in routed.category_codes
        assert found.code not in routed.category_codes
        entry = s.scalars(select(m.AuditEvent).where(m.AuditEvent.entity == "category")).one()
    assert "mapped to faellesskab.aktiviteter" in entry.detail

    # the same file again: the mapping holds and nothing changes
    with sqlite_db.begin() as s:
        again = importer.import_path(s, actor, path)
    assert again.count("unchanged", "service") == 1 and again.changed == ()
