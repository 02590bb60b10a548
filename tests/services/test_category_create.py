"""A coordinator adds a category: names in Danish and English, a focus area,
keywords; it is audited and routes at once. The front desk may not."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain import directory_edit as e
from referral_app.domain import routing as r
from referral_app.domain.enums import FocusArea, Role
from referral_app.domain.errors import PermissionDeniedError, ValidationError
from referral_app.services import directory_admin as admin
from referral_app.services import routing
from tests.services.staff import make_staff

DRAFT = e.CategoryDraft(name_da="Cykler og værksted", name_en="Bikes and workshop", focus_area=FocusArea.COHESION,
                        keywords=("cykelværksted", "punktering"))


@pytest.fixture
def staff(database):
    with database.begin() as s:
        return make_staff(s, Role.COORDINATOR, "carl"), make_staff(s, Role.FRONT_DESK, "frida")


def test_a_coordinator_adds_a_category_under_a_parent_and_it_is_audited(database, staff) -> None:
    carl, _ = staff
    with database.begin() as s:
        made = admin.create_category(s, carl, DRAFT, parent_code="faellesskab")
        again = admin.create_category(s, carl, DRAFT, parent_code="faellesskab")
    assert made.code == "faellesskab.cykler-og-vaerksted" and again.code == made.code + "-2"
    assert (made.name_da, made.name_en, made.focus_area, made.parent_code, made.keywords) == (
        "Cykler og værksted", "Bikes and workshop", FocusArea.COHESION, "faellesskab",
        ("cykelværksted", "punktering"))
    with database.begin() as s:
        row = s.scalar(select(m.Category).where(m.Category.code == made.code))
        assert row.hsds_id and row.active
        detail = s.scalar(select(m.AuditEvent.detail).where(m.AuditEvent.entity == "category",
                                                            m.AuditEvent.entity_id == str(made.id),
                                                            m.AuditEvent.action == "create"))
    assert json.loads(detail)["after"]["name_en"] == "Bikes and workshop"


def test_a_new_category_with_a_keyword_is_recognised_at_once(database, staff) -> None:
    carl, _ = staff
    with database.begin() as s:
        made = admin.create_category(s, carl, DRAFT)
        result = routing.suggest(s, r.RoutingQuery(text="Hvor er der et cykelværksted?"))
    assert made.code == "cykler-og-vaerksted" and made.parent_code is None
    assert made.code in [match.code for match in result.categories]


def test_a_category_needs_both_names_and_the_front_desk_may_not_add_one(database, staff) -> None:
    carl, frida = staff
    with database.begin() as s, pytest.raises(ValidationError) as caught:
        admin.create_category(s, carl, e.CategoryDraft(name_da="Cykler", name_en=" "))
    assert caught.value.field == "name_en"
    with database.begin() as s, pytest.raises(PermissionDeniedError):
        admin.create_category(s, frida, DRAFT)
    with database.begin() as s:
        assert s.scalar(select(m.Category).where(m.Category.name_da == "Cykler")) is None
