"""Logging inquiries: validation that writes nothing on bad input, the
resident's last activity, lists newest first with paging, and the audit trail."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Channel, InquiryStatus, Role, Urgency
from referral_app.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from referral_app.domain.inquiries import MAX_DESCRIPTION, InquiryDraft, local_day_bounds
from referral_app.domain.privacy import MSG_CPR
from referral_app.domain.residents import ResidentDraft
from referral_app.services import intake, residents
from tests.services.staff import make_staff

DAY = date(2025, 3, 12)


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
def resident_id(database, staff) -> int:
    draft = ResidentDraft(full_name="Mette Jensen", street="Høje Gladsaxe", house_number="34")
    with database.begin() as s:
        created = residents.create(s, staff["front"], draft, now=utcnow() - timedelta(days=30))
    return created.id


def _counts(database) -> tuple[int, int]:
    with database.begin() as s:
        return (
            s.scalar(select(func.count(m.Inquiry.id))),
            s.scalar(select(func.count(m.AuditEvent.id))),
        )


def _audit(database, action: AuditAction) -> list[m.AuditEvent]:
    with database.begin() as s:
        return list(
            s.scalars(
                select(m.AuditEvent)
                .where(m.AuditEvent.action == action.value, m.AuditEvent.entity == "inquiry")
                .order_by(m.AuditEvent.id)
            )
        )


def _at(day: date, hours: float):
    return local_day_bounds(day)[0] + timedelta(hours=hours)


# --- Logging --------------------------------------------------------------------------------


def test_anonymous_inquiry(database, staff) -> None:
    draft = InquiryDraft(
        channel=Channel.PHONE,
        category_code="digital.mitid",
        description="  Kan ikke logge på MitID  ",
        language="AR",
        interpreter_needed=True,
        urgency="high",
        desk="Skranke 1",
    )
    with database.begin() as s:
        logged = intake.log_inquiry(s, staff["front"], draft)
    assert (logged.status, logged.channel, logged.urgency) == (
        InquiryStatus.OPEN,
        Channel.PHONE,
        Urgency.HIGH,
    )
    assert (logged.category_code, logged.category_name_da) == ("digital.mitid", "MitID")
    assert logged.description == "Kan ikke logge på MitID" and logged.language == "ar"
    assert (logged.resident_id, logged.resident_name, logged.logged_by) == (None, None, "frida")
    (entry,) = _audit(database, AuditAction.CREATE)
    assert (entry.username, entry.entity_id, entry.resident_id) == ("frida", str(logged.id), None)


def test_named_inquiry_touches_the_residents_last_activity(database, staff, resident_id) -> None:
    now = utcnow()
    with database.begin() as s:
        logged = intake.log_inquiry(
            s,
            staff["front"],
            InquiryDraft(category_code="bolig.vedligehold", resident_id=resident_id),
            now=now,
        )
    assert logged.resident_name == "Mette Jensen"
    with database.begin() as s:
        assert s.get(m.Resident, resident_id).last_activity_at == now
        assert s.get(m.Inquiry, logged.id).logged_by_id == staff["front"].user_id
    (entry,) = _audit(database, AuditAction.CREATE)
    assert entry.resident_id == resident_id


def _deactivate(database, code: str) -> None:
    with database.begin() as s:
        s.scalars(select(m.Category).where(m.Category.code == code)).one().active = False


BAD = [
    (InquiryDraft(category_code=""), ValidationError, "category"),
    (InquiryDraft(category_code="bolig.findes-ikke"), ValidationError, "category"),
    (InquiryDraft(category_code="bolig.naboer"), ValidationError, "category"),  # deactivated below
    (
        InquiryDraft(category_code="bolig", description="x" * (MAX_DESCRIPTION + 1)),
        ValidationError,
        "description",
    ),
    (
        InquiryDraft(category_code="bolig", description="Hun gav os 010190-1234"),
        ValidationError,
        "description",
    ),
    (InquiryDraft(category_code="bolig", channel="fax"), ValidationError, "channel"),
    (InquiryDraft(category_code="bolig", language="arabisk"), ValidationError, "language"),
    (InquiryDraft(category_code="bolig", resident_id=99999), NotFoundError, "resident"),
]


@pytest.mark.parametrize(("draft", "error", "field"), BAD)
def test_bad_input_names_the_field_and_writes_nothing(database, staff, draft, error, field) -> None:
    _deactivate(database, "bolig.naboer")
    before = _counts(database)
    with pytest.raises(error) as info, database.begin() as s:
        intake.log_inquiry(s, staff["front"], draft)
    assert info.value.field == field
    assert _counts(database) == before


def test_cpr_in_the_description_says_why(database, staff) -> None:
    with pytest.raises(ValidationError) as info, database.begin() as s:
        intake.log_inquiry(
            s, staff["front"], InquiryDraft(category_code="bolig", description="0101901234")
        )
    assert info.value.message == MSG_CPR


def test_anonymized_or_merged_resident_is_refused(database, staff, resident_id) -> None:
    with database.begin() as s:
        other = residents.create(s, staff["front"], ResidentDraft(full_name="Mette Jensen")).id
        residents.merge(s, staff["coordinator"], resident_id, other)
    with pytest.raises(ConflictError) as merged, database.begin() as s:
        intake.log_inquiry(
            s, staff["front"], InquiryDraft(category_code="bolig", resident_id=other)
        )
    assert merged.value.field == "resident" and merged.value.params["merged_into"] == resident_id
    with database.begin() as s:
        s.get(m.Resident, resident_id).anonymized_at = utcnow()
    before = _counts(database)
    with pytest.raises(DomainError) as anonymized, database.begin() as s:
        intake.log_inquiry(
            s, staff["front"], InquiryDraft(category_code="bolig", resident_id=resident_id)
        )
    assert anonymized.value.field == "resident" and "anonymized" in anonymized.value.message
    assert _counts(database) == before


# --- Lists --------------------------------------------------------------------------------------


def _log_many(
    database, actor, moments, desk: str | None = None, resident_id: int | None = None
) -> list[int]:
    with database.begin() as s:
        return [
            intake.log_inquiry(
                s,
                actor,
                InquiryDraft(category_code="oekonomi.gaeld", desk=desk, resident_id=resident_id),
                now=at,
            ).id
            for at in moments
        ]


def test_list_is_newest_first_deterministic_and_pages_cleanly(database, staff) -> None:
    same = _at(DAY, 10)
    ids = _log_many(database, staff["front"], [_at(DAY, 9), same, same, same, _at(DAY, 11)])
    with database.begin() as s:
        everything = intake.list_inquiries(s, staff["front"])
        total = intake.count_inquiries(s, staff["front"])
        pages = [
            intake.list_inquiries(s, staff["front"], offset=o, limit=2, log_search=False)
            for o in (0, 2, 4)
        ]
    expected = [ids[4], ids[3], ids[2], ids[1], ids[0]]  # equal times: the later number first
    assert [i.id for i in everything] == expected and total == 5
    assert [i.id for page in pages for i in page] == expected
    assert everything[0].category_code == "oekonomi.gaeld" and everything[0].logged_by == "frida"


def test_period_with_dates_includes_the_whole_end_day(database, staff) -> None:
    before, first, last, after = (
        DAY - timedelta(days=1),
        DAY,
        DAY + timedelta(days=2),
        DAY + timedelta(days=3),
    )
    _log_many(
        database,
        staff["front"],
        [_at(before, 23.9), _at(first, 0.1), _at(last, 23.9), _at(after, 0.1)],
    )
    with database.begin() as s:
        assert len(intake.list_inquiries(s, staff["front"], first, last)) == 2
        assert intake.count_inquiries(s, staff["front"], first, last) == 2
        assert intake.count_inquiries(s, staff["front"], start=_at(first, 0.2)) == 2
        assert intake.count_inquiries(s, staff["front"], end=_at(first, 0.2)) == 2
    with pytest.raises(ValidationError) as info, database.begin() as s:
        intake.list_inquiries(s, staff["front"], last, first)
    assert info.value.field == "end"


def test_each_list_call_writes_one_search_entry_with_its_period(database, staff) -> None:
    _log_many(database, staff["front"], [_at(DAY, 10)])
    with database.begin() as s:
        intake.list_inquiries(s, staff["coordinator"], DAY, DAY, limit=50)
    searches = _audit(database, AuditAction.SEARCH)
    assert len(searches) == 1
    start, end = local_day_bounds(DAY)
    assert searches[0].username == "carl"
    assert (
        f"from={start.isoformat()}" in searches[0].detail
        and f"to={end.isoformat()}" in searches[0].detail
    )
    with database.begin() as s:
        intake.list_inquiries(
            s, staff["coordinator"], DAY, DAY, offset=50, limit=50, log_search=False
        )
        intake.count_inquiries(s, staff["coordinator"], DAY, DAY)
    assert len(_audit(database, AuditAction.SEARCH)) == 1


def test_todays_inquiries_at_one_desk_with_resident_names(database, staff, resident_id) -> None:
    _log_many(
        database,
        staff["front"],
        [_at(DAY, 9), _at(DAY, 15)],
        desk="Skranke 1",
        resident_id=resident_id,
    )
    _log_many(database, staff["coordinator"], [_at(DAY, 12)], desk="Skranke 2")
    _log_many(database, staff["front"], [_at(DAY - timedelta(days=1), 15)], desk="Skranke 1")
    with database.begin() as s:
        mine = intake.todays_inquiries(s, staff["front"], desk="Skranke 1", today=DAY)
        everyone = intake.todays_inquiries(s, staff["front"], today=DAY)
        real_today = intake.todays_inquiries(s, staff["front"])
    assert [i.received_at for i in mine] == [_at(DAY, 15), _at(DAY, 9)]
    assert {i.resident_name for i in mine} == {"Mette Jensen"}
    assert len(everyone) == 3 and real_today == ()


def test_anonymized_residents_name_is_not_shown(database, staff, resident_id) -> None:
    _log_many(database, staff["front"], [_at(DAY, 9)], resident_id=resident_id)
    with database.begin() as s:
        row = s.get(m.Resident, resident_id)
        row.full_name, row.anonymized_at = None, utcnow()
    with database.begin() as s:
        (listed,) = intake.todays_inquiries(s, staff["front"], today=DAY)
    assert listed.resident_id == resident_id and listed.resident_name is None


# --- Permissions -------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_roles_without_log_inquiry_are_refused(database, staff, role: str) -> None:
    actor = staff[role]
    for call in (
        lambda s: intake.log_inquiry(s, actor, InquiryDraft(category_code="bolig")),
        lambda s: intake.list_inquiries(s, actor),
        lambda s: intake.count_inquiries(s, actor),
        lambda s: intake.todays_inquiries(s, actor),
    ):
        with pytest.raises(PermissionDeniedError), database.begin() as s:
            call(s)
    with database.begin() as s:
        assert s.scalar(select(func.count(m.Inquiry.id))) == 0
        denials = s.scalars(
            select(m.AuditEvent.entity_id).where(m.AuditEvent.action == "permission_denied")
        ).all()
    assert denials == ["log_inquiry"] * 4
