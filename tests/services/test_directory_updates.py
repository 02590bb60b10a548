"""A newer shipped directory updates what nobody edited and offers the rest item by item."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from referral_app.config import DIRECTORY_DIR
from referral_app.db import models as m
from referral_app.domain import directory_edit as e
from referral_app.domain.enums import Role
from referral_app.domain.errors import PermissionDeniedError
from referral_app.services import directory as directory_service
from referral_app.services import directory_admin as admin
from referral_app.services.directory_seed import load_directory
from referral_app.services.directory_updates import pending_updates, take_update
from tests.services.staff import make_staff


@pytest.fixture
def newer(tmp_path: Path) -> Path:
    """A newer shipped directory: two services get new phone numbers, a rule a new priority, an address a note."""
    folder = tmp_path / "directory"
    shutil.copytree(DIRECTORY_DIR, folder)
    orgs = json.loads((folder / "organizations.json").read_text(encoding="utf-8"))
    aab = next(o for o in orgs["organizations"] if o["key"] == "aab")
    aab["services"][0]["phone"] = "11 11 11 11"
    threeb = next(o for o in orgs["organizations"] if o["key"] == "3b")
    threeb["services"][0]["phone"] = "22 22 22 22"
    threeb["services"][0]["schedules"] = threeb["services"][0]["schedules"][:1]
    (folder / "organizations.json").write_text(json.dumps(orgs, ensure_ascii=False), encoding="utf-8")
    rules = json.loads((folder / "routing_rules.json").read_text(encoding="utf-8"))
    rules["rules"][0]["priority"] = 150
    (folder / "routing_rules.json").write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    addresses = json.loads((folder / "addresses.json").read_text(encoding="utf-8"))
    addresses["addresses"][0]["note"] = "Opgang A-D"
    (folder / "addresses.json").write_text(json.dumps(addresses, ensure_ascii=False), encoding="utf-8")
    return folder


def test_the_shipped_directory_matches_its_fingerprints(database) -> None:
    with database.begin() as s:
        assert pending_updates(s, DIRECTORY_DIR) == ()
        hashes = s.scalars(select(m.SeedLog.content_hash).where(m.SeedLog.kind == "service")).all()
    assert hashes and all(hashes)


def test_unedited_items_follow_a_newer_shipped_version_and_edited_ones_are_offered(database, newer) -> None:
    with database.begin() as s:
        carl = make_staff(s, Role.COORDINATOR, "carl")
        frida = make_staff(s, Role.FRONT_DESK, "frida")
        first_3b = s.scalars(select(m.Service).join(m.Organization).where(m.Organization.key == "3b")
                             .order_by(m.Service.id)).first()
        threeb_id = first_3b.id
    # A coordinator edits 3B's first service before the update ships.
    with database.begin() as s:
        current = directory_service.get_service(s, threeb_id)
        base = e.draft_from_service(current)
        admin.update_service(s, carl, threeb_id, replace(base, what_to_bring="Lejekontrakt"), base=base,
                             version=current.version)
    with database.begin() as s:
        summary = load_directory(s, newer)
    assert summary.updated_services == 1 and summary.updated_rules == 1 and summary.updated_addresses == 1
    with database.begin() as s:
        aab = directory_service.list_directory(s)
        rows = {svc.id: svc for org in aab for svc in org.services}
        edited = rows[threeb_id]
        pending = pending_updates(s, newer)
    assert edited.what_to_bring == "Lejekontrakt" and edited.phone != "22 22 22 22"  # the edit won
    assert any(svc.phone == "11 11 11 11" for svc in rows.values())  # the unedited one followed
    [offer] = pending
    assert offer.kind == "service" and offer.edited and offer.name == edited.name
    assert offer.changes["phone"][1] == "22 22 22 22" and "what_to_bring" in offer.changes
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        take_update(s, frida, newer, offer.kind, offer.key)
    with database.begin() as s:
        take_update(s, carl, newer, offer.kind, offer.key)
    with database.begin() as s:
        taken = directory_service.get_service(s, threeb_id)
        assert pending_updates(s, newer) == ()
        detail = s.scalars(select(m.AuditEvent.detail).where(m.AuditEvent.entity == "service",
                                                             m.AuditEvent.entity_id == str(threeb_id))
                           .order_by(m.AuditEvent.id.desc())).first()
    assert taken.phone == "22 22 22 22" and len(taken.schedules) == 1
    assert json.loads(detail)["after"]["phone"] == "22 22 22 22"
    with database.begin() as s:  # and a second start changes nothing more
        assert load_directory(s, newer).total == 0
