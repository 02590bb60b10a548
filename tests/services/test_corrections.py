"""Corrections: a saved inquiry corrected by the right person on the right day,
with before and after in the log; a resident edited without overwriting
another desk's change; a merge where the user chooses which details win;
the audit log read back in words; administrators finding a resident by name."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.audit import AuditAction, AuditFilter
from referral_app.domain.audit_text import Names, detail_text, entity_text
from referral_app.domain.enums import Channel, Role
from referral_app.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from referral_app.domain.inquiries import InquiryCorrection, InquiryDraft
from referral_app.domain.privacy import MSG_CPR
from referral_app.domain.residents import ResidentDraft
from referral_app.services import audit, corrections, intake, referrals, residents
from tests.cpr_samples import CPR_VARIANTS
from tests.services.staff import make_staff


@pytest.fixture
def staff(database):
    with database.begin() as s:
        return {
            "front": make_staff(s, Role.FRONT_DESK, "frida", "Frida Front"),
            "other": make_staff(s, Role.FRONT_DESK, "otto", "Otto Other"),
            "coordinator": make_staff(s, Role.COORDINATOR, "carl", "Carl Coordinator"),
            "admin": make_staff(s, Role.ADMIN, "anne", "Anne Admin"),
        }


@pytest.fixture
def people(database, staff) -> dict[str, int]:
    with database.begin() as s:
        return {
            key: residents.create(s, staff["front"], draft).id
            for key, draft in {
                "gitte": ResidentDraft(full_name="Gitte Hansen", phone="31224455", street="Høje Gladsaxe",
                                       house_number="77", birth_year=1960),
                "gitte2": ResidentDraft(full_name="Gitte Hansén", email="gitte@example.dk", birth_year=1961),
                "ali": ResidentDraft(full_name="Ali Hassan", street="Høje Gladsaxe", house_number="12"),
            }.items()
        }


def _log(database, actor, *, resident_id=None, now=None) -> int:
    draft = InquiryDraft(channel=Channel.WALK_IN, category_code="digital.mitid", description="Kan ikke logge på",
                         resident_id=resident_id, desk="skranke 1")
    with database.begin() as s:
        return intake.log_inquiry(s, actor, draft, now=now).id


def _correction(**changes) -> InquiryCorrection:
    values = dict(category_code="bolig.vedligehold", description="Skimmel i badeværelset", channel=Channel.PHONE,
                  language="ar", resident_id=None)
    values.update(changes)
    return InquiryCorrection(**values)


def _entries(database, action: AuditAction, entity: str) -> list[m.AuditEvent]:
    with database.begin() as s:
        return list(s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == action.value,
                                                         m.AuditEvent.entity == entity).order_by(m.AuditEvent.id)))


def test_the_person_who_logged_it_corrects_everything_the_same_day(database, staff, people) -> None:
    inquiry_id = _log(database, staff["front"], resident_id=people["ali"])
    with database.begin() as s:
        opened = corrections.open_for_correction(s, staff["front"], inquiry_id)
    assert (opened.category_code, opened.resident_name, opened.version) == ("digital.mitid", "Ali Hassan", 1)
    with database.begin() as s:
        corrected = corrections.correct_inquiry(s, staff["front"], inquiry_id,
                                                _correction(resident_id=people["gitte"]),
                                                expected_version=opened.version)
    assert (corrected.category_code, corrected.channel, corrected.language, corrected.description,
            corrected.resident_name, corrected.version) == (
        "bolig.vedligehold", Channel.PHONE, "ar", "Skimmel i badeværelset", "Gitte Hansen", 2)
    with database.begin() as s:
        row = s.get(m.Inquiry, inquiry_id)
        assert row.age_band == "50-66" or row.age_band == "67+"  # the snapshot follows the new resident
        assert row.housing_organization_id == s.get(m.Resident, people["gitte"]).housing_organization_id
    updates = _entries(database, AuditAction.UPDATE, "inquiry")
    assert {e.resident_id for e in updates} == {people["ali"], people["gitte"]}  # both residents' logs show it
    detail = updates[0].detail
    assert "category=digital.mitid->bolig.vedligehold" in detail
    assert "channel=walk_in->phone" in detail and "language=-->ar" in detail
    assert f"resident={people['ali']}->{people['gitte']}" in detail
    assert "description_length=17->22" in detail and "Skimmel" not in detail  # no copy of the free text
    # Saving the same values again changes nothing and logs nothing.
    with database.begin() as s:
        again = corrections.correct_inquiry(s, staff["front"], inquiry_id, _correction(resident_id=people["gitte"]))
    assert again.version == 2 and len(_entries(database, AuditAction.UPDATE, "inquiry")) == 2


def test_who_may_correct_and_when(database, staff) -> None:
    today = _log(database, staff["front"])
    yesterday = _log(database, staff["front"], now=utcnow() - timedelta(days=1))
    with pytest.raises(PermissionDeniedError) as not_yours, database.begin() as s:
        corrections.correct_inquiry(s, staff["other"], today, _correction())
    assert "Only the staff member who logged" in not_yours.value.message
    with pytest.raises(PermissionDeniedError) as too_late, database.begin() as s:
        corrections.open_for_correction(s, staff["front"], yesterday)
    assert "the same day" in too_late.value.message
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        corrections.correct_inquiry(s, staff["admin"], today, _correction())
    denied = _entries(database, AuditAction.PERMISSION_DENIED, "inquiry")
    assert [(e.username, e.entity_id) for e in denied] == [("otto", str(today)), ("frida", str(yesterday))]
    with database.begin() as s:  # a coordinator corrects any day
        corrected = corrections.correct_inquiry(s, staff["coordinator"], yesterday, _correction())
    assert corrected.category_code == "bolig.vedligehold"
    with database.begin() as s:
        assert s.get(m.Inquiry, today).category.code == "digital.mitid"


def test_bad_corrections_change_nothing(database, staff, people) -> None:
    inquiry_id = _log(database, staff["front"])
    with pytest.raises(ValidationError) as cpr, database.begin() as s:
        corrections.correct_inquiry(s, staff["front"], inquiry_id,
                                    _correction(description=f"CPR {CPR_VARIANTS[0]}"))
    assert (cpr.value.message, cpr.value.field) == (MSG_CPR, "description")
    with pytest.raises(ValidationError), database.begin() as s:
        corrections.correct_inquiry(s, staff["front"], inquiry_id, _correction(category_code="no.such"))
    with database.begin() as s:
        residents.merge(s, staff["coordinator"], people["gitte"], people["gitte2"])
    with pytest.raises(ConflictError), database.begin() as s:
        corrections.correct_inquiry(s, staff["front"], inquiry_id, _correction(resident_id=people["gitte2"]))
    with database.begin() as s:
        row = s.get(m.Inquiry, inquiry_id)
        assert (row.description, row.channel, row.resident_id, row.version) == (
            "Kan ikke logge på", "walk_in", None, 1)
    assert _entries(database, AuditAction.UPDATE, "inquiry") == []


def test_two_desks_correcting_at_once_get_the_conflict_message(database, staff) -> None:
    inquiry_id = _log(database, staff["front"])
    with database.begin() as s:
        seen = corrections.open_for_correction(s, staff["front"], inquiry_id).version
    with database.begin() as s:
        corrections.correct_inquiry(s, staff["coordinator"], inquiry_id, _correction(), expected_version=seen)
    with pytest.raises(ConflictError) as conflict, database.begin() as s:
        corrections.correct_inquiry(s, staff["front"], inquiry_id, _correction(channel=Channel.EMAIL),
                                    expected_version=seen)
    assert conflict.value.params["who"] == "carl"
    with database.begin() as s:
        assert s.get(m.Inquiry, inquiry_id).channel == "phone"


def test_resident_edit_refuses_a_stale_version(database, staff, people) -> None:
    with database.begin() as s:
        seen = residents.get(s, staff["front"], people["ali"], "test").version
    with database.begin() as s:
        residents.update(s, staff["other"], people["ali"], ResidentDraft(full_name="Ali H. Hassan"),
                         expected_version=seen)
    with pytest.raises(ConflictError) as conflict, database.begin() as s:
        residents.update(s, staff["front"], people["ali"], ResidentDraft(full_name="Ali Hassan Jr."),
                         expected_version=seen)
    assert conflict.value.params["who"] == "otto"
    with database.begin() as s:
        assert s.get(m.Resident, people["ali"]).full_name == "Ali H. Hassan"


def test_merge_takes_the_chosen_details_and_moves_referrals(database, staff, people) -> None:
    inquiry_id = _log(database, staff["front"], resident_id=people["gitte2"])
    with database.begin() as s:
        service_id = s.scalar(select(m.Service.id).where(m.Service.status == "active").limit(1))
        referrals.create(s, staff["front"], inquiry_id, service_id)
        kept = residents.merge(s, staff["coordinator"], people["gitte"], people["gitte2"],
                               prefer_other=("full_name", "birth_year"))
    assert (kept.full_name, kept.birth_year, kept.phone, kept.email, kept.house_number) == (
        "Gitte Hansén", 1961, "+4531224455", "gitte@example.dk", "77")
    with database.begin() as s:
        assert s.get(m.Inquiry, inquiry_id).resident_id == people["gitte"]
    merges = _entries(database, AuditAction.MERGE, "resident")
    assert len(merges) == 2 and "referrals=1" in merges[0].detail and "taken=full_name,birth_year" in merges[0].detail
    with pytest.raises(ValidationError), database.begin() as s:
        residents.merge(s, staff["coordinator"], people["gitte"], people["ali"], prefer_other=("cpr",))


def test_administrators_find_residents_by_name_for_a_logged_purpose(database, staff, people) -> None:
    with database.begin() as s:
        found = residents.find_for_admin(s, staff["admin"], "gitte hansen", "audit log filter")
    assert [ref.name for ref in found][:1] == ["Gitte Hansen"]
    assert found[0].id == people["gitte"]
    searches = [e for e in _entries(database, AuditAction.SEARCH, "resident") if e.purpose == "audit log filter"]
    assert len(searches) == 1 and "gitte hansen" in searches[0].detail
    with pytest.raises(PermissionDeniedError), database.begin() as s:
        residents.find_for_admin(s, staff["front"], "gitte", "erasure")


def test_the_log_names_who_and_whom(database, staff, people) -> None:
    inquiry_id = _log(database, staff["front"], resident_id=people["gitte"])
    with database.begin() as s:
        corrections.correct_inquiry(s, staff["front"], inquiry_id, _correction(resident_id=people["gitte"]))
    with database.begin() as s:
        entries = audit.list_events(s, staff["admin"], AuditFilter(resident_id=people["gitte"],
                                                                   action=AuditAction.UPDATE))
    entry = next(e for e in entries if e.entity == "inquiry")
    names = Names(dict(entry.staff_names), dict(entry.resident_names), {"bolig.vedligehold": "Bolig: vedligehold"})
    assert dict(entry.staff_names)[staff["front"].user_id] == "Frida Front"
    assert dict(entry.resident_names) == {people["gitte"]: "G. H."}
    text = detail_text(entry.detail, names, lambda _c, source: source, lambda d: d.isoformat())
    assert text.startswith("Corrected — Category: digital.mitid → Bolig: vedligehold; Channel: Walk-in → Phone")
    assert entity_text("resident", str(people["gitte"]), None, names, lambda _c, s: s) == \
        f"Resident: G. H. (no. {people['gitte']})"
    assert entity_text("referral", "465", None, names, lambda _c, s: s) == "Referral 465"


def test_the_log_of_a_kept_record_includes_the_merged_records_history(database, staff, people) -> None:
    with database.begin() as s:
        residents.get(s, staff["front"], people["gitte2"], "before the merge")
        residents.merge(s, staff["coordinator"], people["gitte"], people["gitte2"])
    with database.begin() as s:
        entries = audit.list_events(s, staff["admin"], AuditFilter(resident_id=people["gitte"]))
    assert any(e.resident_id == people["gitte2"] and e.purpose == "before the merge" for e in entries)
