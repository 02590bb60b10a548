"""HSDS import speed: generate N services (with organizations, locations,
schedules, phones and taxonomy terms) as HSDS 3.0 JSON and import them.

    .venv/bin/python benchmarks/hsds_import.py [--services 10000]

Figures, all on fresh migrated SQLite databases in a temporary folder:

* parse: ``json.loads`` of the generated file (a bare baseline);
* raw insert: the same organizations, locations, services and schedule rows
  written with one ``executemany`` per table (SQLAlchemy Core, no matching,
  no checks): what the database itself costs;
* dry run: reading, checking and matching, rolled back;
* import: ``directory import`` as the CLI runs it (check, match, write, audit);
* re-import: the same file again (everything matched, nothing changes).

Times are printed in seconds and as ratios to the raw insert.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from datetime import time as clock
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from referral_app.db import migrate  # noqa: E402
from referral_app.db import models as m  # noqa: E402
from referral_app.domain.accounts import Actor  # noqa: E402
from referral_app.domain.enums import Role  # noqa: E402
from referral_app.services.database import open_database  # noqa: E402
from referral_app.services.hsds import importer  # noqa: E402

SERVICES_PER_ORGANIZATION = 10
DAYS = ("MO", "TU", "WE", "TH", "FR")


def _id(kind: str, number: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench:{kind}:{number}"))


def generate(count: int) -> list[dict[str, Any]]:
    terms = [{"id": _id("term", t), "code": f"bench.{t}", "name": f"Emne {t}", "description": f"Topic {t}",
              "taxonomy": "faelles-indgang", "language": "da"} for t in range(20)]
    services = []
    for n in range(count):
        org = n // SERVICES_PER_ORGANIZATION
        services.append({
            "id": _id("service", n),
            "name": f"Tilbud {n}",
            "description": f"Et tilbud til beboere, nummer {n}.",
            "status": "active",
            "email": f"tilbud{n}@example.org",
            "minimum_age": 18,
            "organization": {"id": _id("organization", org), "name": f"Forening {org}", "description": "",
                             "legal_status": "association",
                             "phones": [{"id": _id("org-phone", org), "number": f"39 {org % 100:02d} 00 00"}]},
            "service_at_locations": [{"id": _id("sal", n), "location": {
                "id": _id("location", org), "location_type": "physical", "name": f"Lokale {org}",
                "addresses": [{"id": _id("address", org), "address_1": f"Høje Gladsaxe {org % 200 + 1}",
                               "city": "Søborg", "state_province": "Region Hovedstaden", "postal_code": "2860",
                               "country": "DK", "address_type": "physical"}]}}],
            "phones": [{"id": _id("phone", n), "number": f"70 {n % 100:02d} {n % 97:02d} 00"}],
            "schedules": sorted([
                {"id": _id("schedule-a", n), "freq": "WEEKLY", "byday": DAYS[n % 5], "opens_at": "09:00",
                 "closes_at": "12:00"},
                {"id": _id("schedule-b", n), "freq": "WEEKLY", "byday": DAYS[(n + 2) % 5], "opens_at": "13:00",
                 "closes_at": "15:30", "notes": "Kun efter aftale"},
            ], key=lambda slot: DAYS.index(slot["byday"])),  # in the order the export writes them
            "attributes": [{"id": _id("attribute", n), "taxonomy_term_id": terms[n % 20]["id"],
                            "taxonomy_term": terms[n % 20]}],
        })
    return services


def fresh_database(folder: Path, name: str):  # type: ignore[no-untyped-def]
    db = open_database(f"sqlite:///{folder / name}.sqlite3")
    migrate.upgrade(db)
    with db.begin() as s:
        row = m.StaffUser(username="bench", full_name="Benchmark", role=Role.COORDINATOR.value,
                          password_hash="-", active=True, failed_logins=0)
        s.add(row)
        s.flush()
        actor = Actor(row.id, row.username, row.full_name, Role.COORDINATOR)
    return db, actor


def raw_insert(db, services: list[dict[str, Any]]) -> None:  # type: ignore[no-untyped-def]
    """The same rows with one executemany per table: the bare database cost."""
    orgs: dict[str, dict[str, Any]] = {}
    locations: dict[str, dict[str, Any]] = {}
    for svc in services:
        org = svc["organization"]
        orgs.setdefault(org["id"], {"id": len(orgs) + 1, "hsds_id": org["id"], "key": org["id"],
                                    "name": org["name"], "kind": "association",
                                    "phone": org["phones"][0]["number"]})
        loc = svc["service_at_locations"][0]["location"]
        address = loc["addresses"][0]
        locations.setdefault(loc["id"], {"id": len(locations) + 1, "hsds_id": loc["id"], "key": loc["id"],
                                         "organization_id": orgs[org["id"]]["id"], "name": loc["name"],
                                         "address": address["address_1"], "postal_code": address["postal_code"],
                                         "city": address["city"]})
    service_rows, schedule_rows = [], []
    for number, svc in enumerate(services, start=1):
        org_id = orgs[svc["organization"]["id"]]["id"]
        service_rows.append({"id": number, "hsds_id": svc["id"], "key": svc["id"], "organization_id": org_id,
                             "name": svc["name"], "description": svc["description"], "status": "active",
                             "email": svc["email"], "min_age": 18, "phone": svc["phones"][0]["number"],
                             "location_id": locations[svc["service_at_locations"][0]["location"]["id"]]["id"],
                             "languages": "", "residents_only": False, "follow_up_days": 10,
                             "waiting_list": False})
        for slot in svc["schedules"]:
            schedule_rows.append({"service_id": number, "weekday": DAYS.index(slot["byday"]) + 1,
                                  "opens_at": clock.fromisoformat(slot["opens_at"]),
                                  "closes_at": clock.fromisoformat(slot["closes_at"]),
                                  "note": slot.get("notes"), "hsds_id": slot["id"]})
    with db.begin() as s:
        s.execute(insert(m.Organization.__table__), list(orgs.values()))
        s.execute(insert(m.Location.__table__), list(locations.values()))
        s.execute(insert(m.Service.__table__), service_rows)
        s.execute(insert(m.Schedule.__table__), schedule_rows)


def timed(label: str, work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(f"  {label:<28} {seconds:8.2f} s", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        services = generate(args.services)
        path = folder / "services.json"
        path.write_text(json.dumps(services, ensure_ascii=False), encoding="utf-8")
        size = path.stat().st_size / 1_000_000
        print(f"{args.services} services, {args.services // SERVICES_PER_ORGANIZATION} organizations and "
              f"locations, {2 * args.services} schedules; {size:.1f} MB of HSDS JSON")
        figures = {}
        figures["parse"] = timed("parse (json.loads)", lambda: json.loads(path.read_text(encoding="utf-8")))
        raw_db, _ = fresh_database(folder, "raw")
        figures["raw"] = timed("raw insert (executemany)", lambda: raw_insert(raw_db, services))
        raw_db.dispose()
        db, actor = fresh_database(folder, "import")

        def run(dry_run: bool) -> None:
            with db.begin() as s:
                summary = importer.import_path(s, actor, path, dry_run=dry_run)
            assert summary.count("added", "service") + summary.count("unchanged", "service") == args.services

        figures["dry"] = timed("dry run (check and match)", lambda: run(True))
        figures["import"] = timed("import", lambda: run(False))
        figures["again"] = timed("re-import (all unchanged)", lambda: run(False))
        with db.begin() as s:
            assert len(s.scalars(select(m.Service.id)).all()) == args.services
        db.dispose()
        print("Ratios to the raw insert: " + ", ".join(
            f"{name} {value / figures['raw']:.1f}x" for name, value in figures.items()))


if __name__ == "__main__":
    main()
