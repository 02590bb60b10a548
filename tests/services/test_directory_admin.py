"""Coordinators keep the directory: validated, audited, one transaction, no lost updates."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain import directory_edit as e
from referral_app.domain import routing as r
from referral_app.domain.directory import Schedule, ScheduleException
from referral_app.domain.enums import AddressParity, Role
from referral_app.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from referral_app.services import directory as directory_service
from referral_app.services import directory_admin as admin
from referral_app.services import routing
from tests.services.staff import make_staff


@pytest.fixture
def people(database):
    with database.begin() as s:
        return (make_staff(s, Role.COORDINATOR, "carl"), make_staff(s, Role.COORDINATOR, "cecilie"),
                make_staff(s, Role.FRONT_DESK, "frida"))


def org_id(database, key: str) -> int:
    with database.begin() as s:
        return s.scalar(select(m.Organization.id).where(m.Organization.key == key))


def audit_rows(database, entity: str, entity_id: int) -> list[tuple[str, str, dict]]:
    with database.begin() as s:
        rows = s.execute(select(m.AuditEvent.action, m.AuditEvent.username, m.AuditEvent.detail)
                         .where(m.AuditEvent.entity == entity, m.AuditEvent.entity_id == str(entity_id))
                         .order_by(m.AuditEvent.id)).all()
    return [(action, user, json.loads(detail)) for action, user, detail in rows]


def new_service_draft(organization_id: int) -> e.ServiceDraft:
    return e.ServiceDraft(
        organization_id=organization_id, name="Cykelværksted", name_en="Bike workshop",
        description="Hjælp til at reparere cykler", phone="39 57 12 34", email="cykel@voreshg.dk",
        address="Høje Gladsaxe Torv 2", postal_code="2860", city="Søborg", categories=("faellesskab.aktiviteter",),
        schedules=(Schedule(3, time(15), time(18)), Schedule(3, time(10), time(12))),
        exceptions=(ScheduleException(date(2026, 12, 30), date(2026, 12, 30), note="Lukket"),),
        next_step="Mød op med cyklen", follow_up_days=5)


def test_a_coordinator_adds_a_service_and_edits_its_phone_with_before_and_after(database, people) -> None:
    carl, _, _ = people
    with database.begin() as s:
        created = admin.create_service(s, carl, new_service_draft(org_id(database, "vores-hg")))
    assert created.name_en == "Bike workshop" and created.location.address == "Høje Gladsaxe Torv 2"
    assert [(x.opens_at, x.closes_at) for x in created.schedules] == [(time(10), time(12)), (time(15), time(18))]
    assert created.exceptions[0].first_day == date(2026, 12, 30)
    base = e.draft_from_service(created)
    with database.begin() as s:
        saved = admin.update_service(s, carl, created.id, replace(base, phone="39 57 99 99"), base=base,
                                     version=created.version)
    assert saved.phone == "39 57 99 99" and saved.version == created.version + 1
    entries = audit_rows(database, "service", created.id)
    assert [a for a, _, _ in entries] == ["create", "update"]
    assert entries[0][2]["after"]["name"] == "Cykelværksted"
    assert entries[1][2] == {"before": {"phone": "39 57 12 34"}, "after": {"phone": "39 57 99 99"}}


@pytest.mark.parametrize(("change", "field"), [
    ({"name": "  "}, "name"),
    ({"phone": "ring til os"}, "phone"),
    ({"email": "cykel.voreshg.dk"}, "email"),
    ({"min_age": 18, "max_age": 12}, "min_age"),
    ({"schedules": (Schedule(1, time(12), time(9)),)}, "schedules"),
    ({"exceptions": (ScheduleException(date(2026, 5, 2), date(2026, 5, 1)),)}, "exceptions"),
    ({"categories": ("findes.ikke",)}, "categories"),
])
def test_invalid_service_is_refused_at_the_field_and_nothing_is_written(database, people, change, field) -> None:
    carl, _, _ = people
    with database.begin() as s:
        before = s.scalar(select(m.Service.id).order_by(m.Service.id.desc()).limit(1))
    with pytest.raises(ValidationError) as caught, database.begin() as s:
        admin.create_service(s, carl, replace(new_service_draft(org_id(database, "vores-hg")), **change))
    assert caught.value.field == field
    with database.begin() as s:
        assert s.scalar(select(m.Service.id).order_by(m.Service.id.desc()).limit(1)) == before


def test_the_front_desk_may_not_edit_and_the_attempt_is_audited(database, people) -> None:
    _, _, frida = people
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        admin.create_service(s, frida, new_service_draft(org_id(database, "vores-hg")))
    with database.begin() as s:
        denied = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "permission_denied")).all()
    assert [(a.username, a.entity_id) for a in denied] == [("frida", "edit_directory")]


def test_two_coordinators_editing_one_service_the_second_is_told_what_changed(database, people) -> None:
    carl, cecilie, _ = people
    with database.begin() as s:
        service = directory_service.list_directory(s)[0].services[0]
    base = e.draft_from_service(service)
    with database.begin() as s:  # Carl saves first
        admin.update_service(s, carl, service.id, replace(base, phone="70 70 70 70"), base=base,
                             version=service.version)
    with pytest.raises(ConflictError) as caught, database.begin() as s:  # Cecilie started from the same version
        admin.update_service(s, cecilie, service.id, replace(base, what_to_bring="Sygesikringskort"), base=base,
                             version=service.version)
    assert caught.value.params["who"] == "carl" and caught.value.params["changed"] == ("phone",)
    with database.begin() as s:
        now = directory_service.get_service(s, service.id)
    assert now.phone == "70 70 70 70" and now.what_to_bring == service.what_to_bring  # Carl's kept, nothing mixed


def test_address_ranges_may_not_overlap_but_odd_and_even_sides_may_share_numbers(database, people) -> None:
    carl, _, _ = people
    aab = org_id(database, "aab")
    with database.begin() as s:
        odd = admin.create_address(s, carl, e.AddressDraft("Gladsaxevej", 101, 119, aab, AddressParity.ODD, "Afd. 9"))
        admin.create_address(s, carl, e.AddressDraft("Gladsaxevej", 100, 120, aab, AddressParity.EVEN))
    with pytest.raises(ValidationError) as caught, database.begin() as s:
        admin.create_address(s, carl, e.AddressDraft("gladsaxevej", 117, 130, aab))
    assert caught.value.field == "number_from" and caught.value.params["other_low"] in (100, 101)
    with database.begin() as s:
        found = r.resolve_housing(routing.load_snapshot(s).addresses, "Gladsaxevej 105")
    assert found.organization_id == aab and found.department == "Afd. 9"
    assert audit_rows(database, "address_range", odd.id)[0][2]["after"]["street"] == "Gladsaxevej"


def test_a_new_keyword_and_rule_route_a_text_and_try_it_shows_it_before_saving(database, people) -> None:
    carl, _, _ = people
    with database.begin() as s:
        service = admin.create_service(s, carl, new_service_draft(org_id(database, "vores-hg")))
        category = admin.get_category(s, "faellesskab.aktiviteter")
    base = e.draft_from_category(category)
    with database.begin() as s:
        admin.update_category(s, carl, category.code, replace(base, keywords=(*base.keywords, "punktering")),
                              base=base, version=category.version)
    rule = e.RuleDraft("faellesskab.aktiviteter", service.id, priority=200, note="Cykler repareres i værkstedet")
    query = r.RoutingQuery(text="Min cykel har punktering")
    with database.begin() as s:
        tried = admin.try_rule(s, query, rule)
        before = routing.suggest(s, query)
    assert tried.suggestions[0].service_id == service.id
    assert any("Cykler repareres" in reason.render() for reason in tried.suggestions[0].reasons)
    assert not any(sug.service_id == service.id and "Cykler" in " ".join(x.render() for x in sug.reasons)
                   for sug in before.suggestions)  # trying wrote nothing
    with database.begin() as s:
        saved = admin.create_rule(s, carl, rule)
        after = routing.suggest(s, query)
    assert after.suggestions[0].service_id == service.id
    assert audit_rows(database, "routing_rule", saved.id)[0][2]["after"]["priority"] == 200
    change = audit_rows(database, "category", category.id)[0][2]
    assert change == {"before": {"keywords": []}, "after": {"keywords": ["punktering"]}}  # the words changed


def test_closing_a_service_keeps_it_for_its_referrals(database, people) -> None:
    carl, _, _ = people
    with database.begin() as s:
        service = admin.create_service(s, carl, new_service_draft(org_id(database, "vores-hg")))
        closed = admin.close_service(s, carl, service.id, version=service.version)
    assert not closed.is_active
    with database.begin() as s:
        assert directory_service.get_service(s, service.id).name == "Cykelværksted"


def test_the_calendar_settings_are_directory_wide_and_audited(database, people) -> None:
    carl, _, frida = people
    from referral_app.domain.opening_hours import CalendarSettings

    with database.begin() as s:
        admin.change_calendar(s, carl, CalendarSettings(closed_constitution_day=False))
    with database.begin() as s:
        assert admin.calendar_settings(s) == CalendarSettings(closed_constitution_day=False)
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        admin.change_calendar(s, frida, CalendarSettings())


def test_directory_search_takes_several_words_and_ranks_names_first(database) -> None:
    with database.begin() as s:
        orgs = directory_service.list_directory(s, "ejendomskontor 3B")
        lektie = directory_service.list_directory(s, "lektie")
    assert orgs and "3B" in orgs[0].name and orgs[0].services[0].name.startswith("Ejendomskontor")
    assert all("3b" in o.name.lower() for o in orgs)
    first = lektie[0].services[0]
    assert "lektie" in first.name.lower()  # a name match before services found by a keyword or description
