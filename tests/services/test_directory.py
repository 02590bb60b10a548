"""The shipped directory loads once, keeps coordinators' edits, and searches well."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from referral_app.config import DIRECTORY_DIR
from referral_app.db import models as m
from referral_app.domain.enums import OrganizationKind
from referral_app.domain.errors import NotFoundError, ValidationError
from referral_app.domain.text import fold
from referral_app.services import directory
from referral_app.services.directory_seed import load_directory


def test_shipped_directory_is_rich_enough(database) -> None:
    with database.begin() as s:
        orgs = directory.list_directory(s)
        categories = directory.list_categories(s)
    assert len(orgs) >= 6
    active = [svc for org in orgs for svc in org.services if svc.is_active]
    assert len(active) >= 30
    assert all(svc.categories and svc.schedules for svc in active)
    housing = {o.name for o in orgs if o.kind is OrganizationKind.HOUSING}
    assert len(housing) == 5
    leaves = {c.code for c in categories if c.parent_code}
    served = {c.code for svc in active for c in svc.categories}
    assert leaves <= served, f"categories with no active service: {sorted(leaves - served)}"


def test_second_load_adds_nothing(database) -> None:
    with database.begin() as s:
        summary = load_directory(s, DIRECTORY_DIR)
    assert summary.total == 0


def test_coordinator_edits_and_deletions_survive_a_reload(database) -> None:
    with database.begin() as s:
        service = s.scalars(select(m.Service).order_by(m.Service.id)).first()
        service.name = "Rettet af koordinator"
        service_id = service.id
        victim = s.scalars(select(m.Service).order_by(m.Service.id.desc())).first()
        victim_key = victim.key
        s.execute(delete(m.RoutingRule).where(m.RoutingRule.service_id == victim.id))
        s.delete(victim)
    with database.begin() as s:
        load_directory(s, DIRECTORY_DIR)
    with database.begin() as s:
        assert s.get(m.Service, service_id).name == "Rettet af koordinator"
        assert s.scalar(select(func.count()).where(m.Service.key == victim_key)) == 0


def test_new_items_in_a_newer_data_file_are_added(database, tmp_path: Path) -> None:
    folder = tmp_path / "directory"
    shutil.copytree(DIRECTORY_DIR, folder)
    data = json.loads((folder / "organizations.json").read_text(encoding="utf-8"))
    data["organizations"].append({
        "key": "ny-forening", "name": "Ny Forening", "kind": "association", "locations": [],
        "services": [{"key": "strik", "name": "Strikkeklub", "status": "active", "categories": [],
                      "schedules": [{"weekday": 3, "opens": "14:00", "closes": "16:00"}]}],
    })
    (folder / "organizations.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with database.begin() as s:
        summary = load_directory(s, folder)
    assert (summary.organizations, summary.services) == (1, 1)


def test_broken_data_file_is_a_clear_error_and_writes_nothing(empty_sqlite_url: str, tmp_path: Path) -> None:
    from referral_app.db import migrate
    from referral_app.services.database import open_database

    folder = tmp_path / "directory"
    shutil.copytree(DIRECTORY_DIR, folder)
    (folder / "routing_rules.json").write_text("{ not json", encoding="utf-8")
    db = open_database(empty_sqlite_url)
    migrate.upgrade(db)
    with pytest.raises(ValidationError) as info, db.begin() as s:
        load_directory(s, folder)
    assert "routing_rules.json" in str(info.value)
    with db.begin() as s:
        assert s.scalar(select(func.count(m.Organization.id))) == 0
        assert s.scalar(select(func.count()).select_from(m.SeedLog)) == 0


@pytest.mark.parametrize("query", ["lektie", "LEKTIE", "lektiecafe"])
def test_search_ignores_case_and_accents(database, query: str) -> None:
    with database.begin() as s:
        orgs = directory.list_directory(s, query)
    names = [svc.name.lower() for org in orgs for svc in org.services]
    assert any("lektie" in n for n in names)


def test_search_folds_danish_letters(database) -> None:
    with database.begin() as s:
        plain = directory.list_directory(s, "fædre")
        folded = directory.list_directory(s, "faedre")
    assert plain and [o.id for o in plain] == [o.id for o in folded]


def test_search_matches_category_keywords(database) -> None:
    with database.begin() as s:
        orgs = directory.list_directory(s, "skimmel")
    assert any(c.code == "bolig.vedligehold" for o in orgs for svc in o.services for c in svc.categories)


def test_search_takes_the_organization_name_with_the_service_name(database) -> None:
    with database.begin() as s:
        orgs = directory.list_directory(s, "ejendomskontor 3B")
    first = orgs[0]
    assert "3B" in first.name and first.services[0].name.startswith("Ejendomskontor")
    offices = [svc for org in orgs for svc in org.services if svc.name.startswith("Ejendomskontor")]
    assert [svc.organization_name for svc in offices] == [first.name]  # not the other organizations' offices


def test_search_ranks_name_matches_above_description_matches(database) -> None:
    with database.begin() as s:
        orgs = directory.list_directory(s, "sprog")
    services = [svc for org in orgs for svc in org.services]
    by_name = [n for n, svc in enumerate(services) if fold(svc.name).startswith("sprog")]
    others = [n for n, svc in enumerate(services) if not fold(svc.name).startswith("sprog")]
    assert by_name and others and max(by_name) < min(others)  # the organization with name matches comes first
    assert orgs[0].services[0].name.startswith("Sprog")


def test_search_accepts_compounds_typed_apart(database) -> None:
    with database.begin() as s:
        apart = directory.list_directory(s, "borger service")
        together = directory.list_directory(s, "borgerservice")
    names = [svc.name for org in apart for svc in org.services]
    assert names and names == [svc.name for org in together for svc in org.services]
    assert names[0].startswith("Borgerservice")


def test_get_service_and_unknown_id(database) -> None:
    with database.begin() as s:
        first_id = s.scalar(select(func.min(m.Service.id)))
        service = directory.get_service(s, first_id)
        assert service.id == first_id and service.organization_name
        with pytest.raises(NotFoundError):
            directory.get_service(s, 999_999)


def _with_new_keyword(tmp_path: Path, code: str, keyword: str) -> Path:
    folder = tmp_path / "directory"
    shutil.copytree(DIRECTORY_DIR, folder)
    data = json.loads((folder / "taxonomy.json").read_text(encoding="utf-8"))
    for item in data["categories"]:
        if item["code"] == code:
            item["keywords"].append(keyword)
    (folder / "taxonomy.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def test_newer_keywords_reach_an_unedited_category(database, tmp_path: Path) -> None:
    folder = _with_new_keyword(tmp_path, "bolig.vedligehold", "drypper fra loftet")
    with database.begin() as s:
        summary = load_directory(s, folder)
        keywords = s.scalar(select(m.Category.keywords).where(m.Category.code == "bolig.vedligehold"))
    assert summary.updated_categories == 1 and "drypper fra loftet" in keywords.splitlines()
    with database.begin() as s:
        assert load_directory(s, folder).total == 0  # and only once


def test_a_coordinators_edit_wins_over_newer_shipped_keywords(database, tmp_path: Path) -> None:
    with database.begin() as s:
        row = s.scalars(select(m.Category).where(m.Category.code == "bolig.vedligehold")).one()
        row.keywords = "kun vores egne ord"
    folder = _with_new_keyword(tmp_path, "bolig.vedligehold", "drypper fra loftet")
    with database.begin() as s:
        summary = load_directory(s, folder)
        keywords = s.scalar(select(m.Category.keywords).where(m.Category.code == "bolig.vedligehold"))
    assert summary.updated_categories == 0 and keywords == "kun vores egne ord"
