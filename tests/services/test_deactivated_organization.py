"""A deactivated organization takes effect: its services are not suggested,
not offered for new referrals and shown as inactive (hidden unless closed
services are asked for), while referrals already pointing to them keep
working."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain import directory_edit as e
from referral_app.domain import routing as r
from referral_app.domain.directory import active_services
from referral_app.domain.enums import ReferralStatus, Role, ServiceStatus
from referral_app.domain.errors import ConflictError
from referral_app.domain.inquiries import InquiryDraft
from referral_app.services import directory as directory_service
from referral_app.services import directory_admin as admin
from referral_app.services import intake, referrals, routing
from tests.services.staff import make_staff
from tests.services.test_directory_admin import new_service_draft

TEXT = "Min cykel har punktering"


@pytest.fixture
def bike(database):
    """An association with one service that a rule routes "punktering" to, and a referral to it."""
    with database.begin() as s:
        carl = make_staff(s, Role.COORDINATOR, "carl")
        frida = make_staff(s, Role.FRONT_DESK, "frida")
        org = admin.create_organization(s, carl, e.OrganizationDraft(name="Cykellauget", phone="39 57 11 11"))
        service = admin.create_service(s, carl, new_service_draft(org.id))
        category = admin.get_category(s, "faellesskab.aktiviteter")
        base = e.draft_from_category(category)
        admin.update_category(s, carl, category.code, replace(base, keywords=(*base.keywords, "punktering")),
                              base=base, version=category.version)
        admin.create_rule(s, carl, e.RuleDraft("faellesskab.aktiviteter", service.id, priority=200))
        inquiry = intake.log_inquiry(s, frida, InquiryDraft(category_code="faellesskab.aktiviteter"))
        referral = referrals.create(s, frida, inquiry.id, service.id)
        second = intake.log_inquiry(s, frida, InquiryDraft(category_code="faellesskab.aktiviteter"))
    return {"carl": carl, "frida": frida, "org": org, "service": service, "referral": referral,
            "inquiry": second}


def _deactivate(database, carl, org) -> None:
    base = e.draft_from_organization(org)
    with database.begin() as s:
        admin.update_organization(s, carl, org.id, replace(base, active=False), base=base, version=org.version)


def _suggested(database) -> list[int]:
    with database.begin() as s:
        return [sug.service_id for sug in routing.suggest(s, r.RoutingQuery(text=TEXT)).suggestions]


def test_a_deactivated_organizations_services_are_not_suggested(database, bike) -> None:
    assert _suggested(database)[0] == bike["service"].id
    _deactivate(database, bike["carl"], bike["org"])
    assert bike["service"].id not in _suggested(database)


def test_they_are_shown_as_inactive_and_hidden_unless_closed_ones_are_asked_for(database, bike) -> None:
    _deactivate(database, bike["carl"], bike["org"])
    with database.begin() as s:
        shown = directory_service.list_directory(s, active_only=True)
        everything = directory_service.list_directory(s)
        one = directory_service.get_service(s, bike["service"].id)
    assert "Cykellauget" not in [org.name for org in shown]
    assert bike["service"].id not in [svc.id for svc in active_services(everything)]  # the pickers' list
    org = next(org for org in everything if org.name == "Cykellauget")
    assert [(svc.name, svc.shown_status, svc.is_active) for svc in org.services] == [
        ("Cykelværksted", ServiceStatus.INACTIVE, False)]
    assert one.status is ServiceStatus.ACTIVE  # its own status is kept for when the organization returns


def test_no_new_referral_but_the_existing_one_keeps_working(database, bike) -> None:
    _deactivate(database, bike["carl"], bike["org"])
    with database.begin() as s, pytest.raises(ConflictError) as caught:
        referrals.create(s, bike["frida"], bike["inquiry"].id, bike["service"].id)
    assert "Cykelværksted" in str(caught.value)
    with database.begin() as s:
        moved = referrals.move(s, bike["carl"], bike["referral"].id, ReferralStatus.SENT)
        assert s.scalar(select(m.Referral.service_id).where(m.Referral.id == bike["referral"].id)) == \
            bike["service"].id
    assert moved.status is ReferralStatus.SENT


def test_reactivating_the_organization_brings_its_services_back(database, bike) -> None:
    _deactivate(database, bike["carl"], bike["org"])
    with database.begin() as s:
        org = admin.get_organization(s, bike["org"].id)
    base = e.draft_from_organization(org)
    with database.begin() as s:
        admin.update_organization(s, bike["carl"], org.id, replace(base, active=True), base=base,
                                  version=org.version)
    assert _suggested(database)[0] == bike["service"].id
