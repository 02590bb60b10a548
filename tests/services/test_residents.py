"""The resident register: fuzzy search, viewing with a purpose, duplicates,
create/update with the address table, merging with all history kept, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from referral_app.domain.privacy import MSG_CPR
from referral_app.domain.residents import MatchReason, ResidentDraft
from referral_app.services import residents
from tests.services.staff import make_staff

METTE = ResidentDraft(
    full_name="Mette Jensen",
    phone="20 12 34 56",
    email="mette@example.dk",
    street="Høje Gladsaxe",
    house_number="34",
    unit="3. tv",
    postal_code="2860",
    city="Søborg",
    birth_year=1984,
    preferred_language="da",
)
SOEREN = ResidentDraft(
    full_name="Søren Hansen", phone="+45 31 22 44 55", street="Høje Gladsaxe", house_number="12"
)
ALI = ResidentDraft(
    full_name="Ali Hassan", phone="+46 70 123 45 67", street="Høje Gladsaxe", house_number="34"
)
AASE = ResidentDraft(
    full_name="Åse Ågård", street="Høje Gladsaxe", house_number="88", unit="st. th"
)


@pytest.fixture
def staff(database):
    with database.begin() as s:
        return {
            "front": make_staff(s, Role.FRONT_DESK, "frida"),
            "coordinator": make_staff(s, Role.COORDINATOR, "carl"),
            "manager": make_staff(s, Role.MANAGER, "mette"),
            "admin": make_staff(s, Role.ADMIN, "anne"),
        }


@pytest.fixture
def people(database, staff) -> dict[str, int]:
    with database.begin() as s:
        return {
            key: residents.create(s, staff["coordinator"], draft).id
            for key, draft in (("mette", METTE), ("soeren", SOEREN), ("ali", ALI), ("aase", AASE))
        }


def _audit(database, action: AuditAction, entity: str = "resident") -> list[m.AuditEvent]:
    with database.begin() as s:
        return list(
            s.scalars(
                select(m.AuditEvent)
                .where(m.AuditEvent.action == action.value, m.AuditEvent.entity == entity)
                .order_by(m.AuditEvent.id)
            )
        )


def _counts(database) -> tuple[int, int]:
    with database.begin() as s:
        return (
            s.scalar(select(func.count(m.Resident.id))),
            s.scalar(select(func.count(m.AuditEvent.id))),
        )


def _search(database, actor, text: str) -> list[tuple[str, MatchReason]]:
    with database.begin() as s:
        return [(hit.resident.full_name, hit.why) for hit in residents.search(s, actor, text)]


# --- Create and the address table -------------------------------------------------------


def test_create_resolves_the_address_and_stores_folded_search_name(database, staff) -> None:
    with database.begin() as s:
        created = residents.create(s, staff["front"], METTE)
    assert created.housing_organization_name == "Boligselskabet 3B – Høje Gladsaxe"
    assert created.department == "Afdeling 7023"
    assert created.phone == "+4520123456" and created.age_band == "30-49"
    assert created.address_line == "Høje Gladsaxe 34, 3. tv"
    with database.begin() as s:
        row = s.get(m.Resident, created.id)
        assert row.search_name == "mette jensen"
        assert row.age_band == "30-49"
    (entry,) = _audit(database, AuditAction.CREATE)
    assert (entry.username, entry.resident_id, entry.entity_id) == (
        "frida",
        created.id,
        str(created.id),
    )
    assert (
        "full_name" in entry.detail and "Mette" not in entry.detail and "2012" not in entry.detail
    )


def test_resolve_address_folds_street_names_and_prefers_the_narrowest_range(database) -> None:
    with database.begin() as s:
        assert residents.resolve_address(s, "Hoeje Gladsaxe", "36B").department == "Afdeling 7023"
        assert residents.resolve_address(s, "HØJE GLADSAXE", 9).organization_name.startswith("AAB")
        assert residents.resolve_address(s, "Bagsværd Hovedgade", 34) is None
        assert residents.resolve_address(s, "Høje Gladsaxe", None) is None
        assert residents.resolve_address(s, "Høje Gladsaxe", 500) is None
        lejerbo = s.scalar(select(m.Organization.id).where(m.Organization.key == "lejerbo"))
        s.add(
            m.AddressRange(
                street="Høje Gladsaxe",
                number_from=36,
                number_to=36,
                organization_id=lejerbo,
                department="Afdeling 171 (opgang 36)",
            )
        )
    with database.begin() as s:
        assert (
            residents.resolve_address(s, "Høje Gladsaxe", "36").department
            == "Afdeling 171 (opgang 36)"
        )
        assert residents.resolve_address(s, "Høje Gladsaxe", "35").department == "Afdeling 7023"


BAD_DRAFTS = [
    (ResidentDraft(full_name=""), "full_name"),
    (ResidentDraft(full_name="Mette Jensen", phone="1234"), "phone"),
    (ResidentDraft(full_name="Mette Jensen", email="mette(at)example.dk"), "email"),
    (ResidentDraft(full_name="Mette Jensen", birth_year=utcnow().year + 1), "birth_year"),
    (ResidentDraft(full_name="Mette Jensen 010190-1234"), "full_name"),
    (ResidentDraft(full_name="Mette Jensen", unit="3. tv, cpr 0101901234"), "unit"),
]


@pytest.mark.parametrize(("draft", "field"), BAD_DRAFTS)
def test_bad_input_names_the_field_and_writes_nothing(database, staff, draft, field) -> None:
    before = _counts(database)
    with pytest.raises(ValidationError) as info, database.begin() as s:
        residents.create(s, staff["front"], draft)
    assert info.value.field == field
    assert _counts(database) == before


def test_cpr_message_says_why(database, staff) -> None:
    with pytest.raises(ValidationError) as info, database.begin() as s:
        residents.create(s, staff["front"], ResidentDraft(full_name="0101901234"))
    assert info.value.message == MSG_CPR


# --- Search -------------------------------------------------------------------------------


def test_typos_still_find_the_person(database, staff, people) -> None:
    front = staff["front"]
    assert _search(database, front, "Mete Jensne")[0] == ("Mette Jensen", MatchReason.NAME)
    assert _search(database, front, "jensen mette")[0][0] == "Mette Jensen"
    assert _search(database, front, "Met")[0][0] == "Mette Jensen"  # while typing
    assert _search(database, front, "ali hasan")[0][0] == "Ali Hassan"


@pytest.mark.parametrize("typed", ["Soeren", "soeren hansen", "Soren", "Søren", "SØREN HANSEN"])
def test_danish_letters_written_without_them(database, staff, people, typed: str) -> None:
    assert _search(database, staff["front"], typed)[0][0] == "Søren Hansen"


def test_aa_for_aa(database, staff, people) -> None:
    assert _search(database, staff["front"], "aase aagaard")[0][0] == "Åse Ågård"
    assert _search(database, staff["front"], "Ase Agard")[0][0] == "Åse Ågård"


def test_unrelated_names_are_not_found(database, staff, people) -> None:
    assert _search(database, staff["front"], "Birgitte Kristoffersen") == []


@pytest.mark.parametrize("typed", ["20 12 34 56", "+45 20123456", "2012", "20123465"])
def test_search_by_phone_whole_part_or_with_a_typo(database, staff, people, typed: str) -> None:
    assert _search(database, staff["front"], typed)[0] == ("Mette Jensen", MatchReason.PHONE)


def test_search_by_foreign_phone_and_email(database, staff, people) -> None:
    assert _search(database, staff["front"], "+46 70 123")[0][0] == "Ali Hassan"
    assert _search(database, staff["front"], "mette@example")[0] == (
        "Mette Jensen",
        MatchReason.EMAIL,
    )


def test_search_by_address_puts_the_right_flat_first(database, staff, people) -> None:
    found = _search(database, staff["front"], "Hoeje Gladsaxe 34, 3 tv")
    assert found[0] == ("Mette Jensen", MatchReason.ADDRESS)
    assert {name for name, _ in found} == {"Mette Jensen", "Ali Hassan"}  # both live at no. 34
    assert _search(database, staff["front"], "høje gladsaxe 88")[0][0] == "Åse Ågård"


def test_search_skips_anonymized_and_merged_residents(database, staff, people) -> None:
    with database.begin() as s:
        s.get(m.Resident, people["soeren"]).anonymized_at = utcnow()
        s.add(
            m.Resident(
                full_name="Mette Jensen", search_name="mette jensen", merged_into_id=people["mette"]
            )
        )
    assert _search(database, staff["front"], "Søren Hansen") == []
    assert [name for name, _ in _search(database, staff["front"], "Mette Jensen")] == [
        "Mette Jensen"
    ]


def test_each_search_writes_exactly_one_entry_with_its_terms(database, staff, people) -> None:
    before = len(_audit(database, AuditAction.SEARCH))
    _search(database, staff["front"], "  Mete   Jensne ")
    entries = _audit(database, AuditAction.SEARCH)[before:]
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.username, entry.action, entry.entity) == ("frida", "search", "resident")
    assert entry.detail.startswith("terms='Mete Jensne'")


def test_blank_search_finds_nothing_and_logs_nothing(database, staff, people) -> None:
    before = _counts(database)
    assert _search(database, staff["front"], "   ") == []
    assert _counts(database) == before


def test_cpr_number_as_a_search_term_is_refused_before_it_reaches_the_log(
    database, staff, people
) -> None:
    before = _counts(database)
    with pytest.raises(ValidationError) as info, database.begin() as s:
        residents.search(s, staff["front"], "010190-1234")
    assert info.value.field == "query"
    assert _counts(database) == before


def test_search_limit(database, staff, people) -> None:
    with database.begin() as s:
        assert len(residents.search(s, staff["front"], "Høje Gladsaxe 34", limit=1)) == 1


# --- View ---------------------------------------------------------------------------------------


def test_view_needs_a_purpose_and_writes_one_entry(database, staff, people) -> None:
    before = _counts(database)
    with pytest.raises(ValidationError) as info, database.begin() as s:
        residents.get(s, staff["front"], people["mette"], "   ")
    assert info.value.field == "purpose"
    assert _counts(database) == before
    with database.begin() as s:
        seen = residents.get(
            s, staff["front"], people["mette"], " Henvisning til  ejendomskontoret "
        )
    assert seen.full_name == "Mette Jensen" and seen.department == "Afdeling 7023"
    (entry,) = _audit(database, AuditAction.VIEW)
    assert (entry.username, entry.entity, entry.entity_id, entry.resident_id, entry.purpose) == (
        "frida",
        "resident",
        str(people["mette"]),
        people["mette"],
        "Henvisning til ejendomskontoret",
    )


def test_view_of_unknown_or_merged_resident(database, staff, people) -> None:
    with pytest.raises(NotFoundError), database.begin() as s:
        residents.get(s, staff["front"], 99999, "Opslag")
    with database.begin() as s:
        residents.merge(s, staff["coordinator"], people["mette"], people["ali"])
    with pytest.raises(NotFoundError) as info, database.begin() as s:
        residents.get(s, staff["front"], people["ali"], "Opslag")
    assert info.value.params["merged_into"] == people["mette"]
    assert _audit(database, AuditAction.VIEW) == []


# --- Duplicates ----------------------------------------------------------------------------------


def test_same_phone_written_differently_is_a_likely_duplicate(database, staff, people) -> None:
    draft = ResidentDraft(full_name="M. Jensen", phone="+45 2012 3456")
    with database.begin() as s:
        found = residents.duplicate_candidates(s, staff["front"], draft)
    assert [(hit.resident.id, hit.why) for hit in found] == [
        (people["mette"], MatchReason.SAME_PHONE)
    ]
    (entry,) = [
        e for e in _audit(database, AuditAction.SEARCH) if e.detail.startswith("duplicate check")
    ]
    assert entry.username == "frida" and "+4520123456" in entry.detail


def test_similar_name_at_the_same_address_is_a_likely_duplicate(database, staff, people) -> None:
    similar = ResidentDraft(
        full_name="Mette Marie Jensen", street="Hoeje Gladsaxe", house_number="34"
    )
    stranger = ResidentDraft(full_name="Karen Olsen", street="Høje Gladsaxe", house_number="34")
    elsewhere = ResidentDraft(full_name="Mette Jensen", street="Høje Gladsaxe", house_number="35")
    with database.begin() as s:
        hits = residents.duplicate_candidates(s, staff["front"], similar)
        assert [(h.resident.full_name, h.why) for h in hits] == [
            ("Mette Jensen", MatchReason.SIMILAR_NAME_SAME_ADDRESS)
        ]
        assert residents.duplicate_candidates(s, staff["front"], stranger) == ()
        assert residents.duplicate_candidates(s, staff["front"], elsewhere) == ()
        assert (
            residents.duplicate_candidates(s, staff["front"], METTE, exclude_id=people["mette"])
            == ()
        )


# --- Update --------------------------------------------------------------------------------------


def test_update_changes_fields_moves_the_address_and_logs_field_names(
    database, staff, people
) -> None:
    draft = ResidentDraft(
        full_name="Mette Jensen",
        phone="20123456",
        email="mette@example.dk",
        street="Høje Gladsaxe",
        house_number="47",
        unit="1. th",
        postal_code="2860",
        city="Søborg",
        birth_year=1984,
        preferred_language="da",
    )
    with database.begin() as s:
        updated = residents.update(s, staff["front"], people["mette"], draft)
    assert updated.department == "Afdeling 171" and updated.housing_organization_name.startswith(
        "Lejerbo"
    )
    (entry,) = _audit(database, AuditAction.UPDATE)
    assert entry.resident_id == people["mette"] and entry.detail == "changed=house_number,unit"


def test_update_bad_input_changes_nothing(database, staff, people) -> None:
    with pytest.raises(ValidationError) as info, database.begin() as s:
        residents.update(
            s, staff["front"], people["mette"], ResidentDraft(full_name="Mette", email="nope")
        )
    assert info.value.field == "email"
    with database.begin() as s:
        assert s.get(m.Resident, people["mette"]).email == "mette@example.dk"
    assert _audit(database, AuditAction.UPDATE) == []


# --- Merge ---------------------------------------------------------------------------------------------


def test_merge_keeps_all_history_and_clears_the_other_record(database, staff, people) -> None:
    keep, gone = people["aase"], people["soeren"]
    with database.begin() as s:
        category = s.scalar(select(m.Category.id).where(m.Category.code == "bolig.vedligehold"))
        for resident in (keep, gone, gone):
            s.add(m.Inquiry(resident_id=resident, category_id=category, description="Skimmel"))
        s.add(m.Consent(resident_id=gone, purpose="store_data"))
        s.get(m.Resident, gone).last_activity_at = utcnow() + timedelta(minutes=5)
    with database.begin() as s:
        kept = residents.merge(s, staff["coordinator"], keep, gone)
    assert kept.full_name == "Åse Ågård"
    assert kept.phone == "+4531224455"  # missing on the kept record, taken from the other
    assert kept.house_number == "88"  # the kept record's own address wins
    with database.begin() as s:
        assert s.scalar(select(func.count()).where(m.Inquiry.resident_id == keep)) == 3
        assert s.scalar(select(func.count()).where(m.Inquiry.resident_id == gone)) == 0
        assert s.scalar(select(func.count()).where(m.Consent.resident_id == keep)) == 1
        other = s.get(m.Resident, gone)
        assert other.merged_into_id == keep
        assert (other.full_name, other.search_name, other.phone, other.street) == (
            None,
            None,
            None,
            None,
        )
        assert other.department == "Afdeling 52"  # statistics survive, as with anonymization
    entries = _audit(database, AuditAction.MERGE)
    assert sorted(e.resident_id for e in entries) == sorted((keep, gone))
    assert all(e.username == "carl" and "inquiries=2 consents=1" in e.detail for e in entries)
    assert [name for name, _ in _search(database, staff["front"], "Søren Hansen")] == []


def test_merge_rules(database, staff, people) -> None:
    with pytest.raises(ValidationError), database.begin() as s:
        residents.merge(s, staff["coordinator"], people["mette"], people["mette"])
    with pytest.raises(NotFoundError) as missing, database.begin() as s:
        residents.merge(s, staff["coordinator"], people["mette"], 99999)
    assert missing.value.field == "merge_id"
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        residents.merge(s, staff["front"], people["mette"], people["ali"])
    with database.begin() as s:
        s.get(m.Resident, people["ali"]).anonymized_at = utcnow()
    with pytest.raises(ConflictError), database.begin() as s:
        residents.merge(s, staff["coordinator"], people["mette"], people["ali"])
    assert _audit(database, AuditAction.MERGE) == []


# --- Permissions ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_roles_without_resident_access_are_refused_and_logged(
    database, staff, people, role: str
) -> None:
    actor = staff[role]
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        residents.search(s, actor, "Mette")
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        residents.get(s, actor, people["mette"], "Nysgerrighed")
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        residents.create(s, actor, SOEREN)
    denials = _audit(database, AuditAction.PERMISSION_DENIED, entity="permission")
    assert [(d.username, d.entity_id) for d in denials] == [
        (actor.username, "search_residents"),
        (actor.username, "view_resident"),
        (actor.username, "edit_resident"),
    ]
    assert _audit(database, AuditAction.SEARCH) == [] and _audit(database, AuditAction.VIEW) == []
