"""Demo data: same seed same rows (on both backends), refusal on real data,
a plausible spread, addresses that resolve, valid input by the app's own
rules, and no CPR-like number anywhere."""

from __future__ import annotations

import random
import shutil
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import holidays
import pytest
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain import demo as d
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.errors import ConflictError, ValidationError
from referral_app.domain.inquiries import InquiryDraft, clean_inquiry, local_day_bounds
from referral_app.domain.privacy import find_cpr_like
from referral_app.domain.residents import ResidentDraft, age_band, clean_resident
from referral_app.domain.text import fold
from referral_app.services import accounts, demo, intake, residents, tallies
from referral_app.services.database import open_database
from tests.services.staff import make_staff

TODAY = date(2025, 6, 4)
SMALL = {"residents": 200, "inquiries": 1500, "tallies": 400}


def _generate(database, seed: int = 7, **sizes) -> d.DemoSummary:
    with database.begin() as s:
        return demo.generate(s, seed=seed, today=TODAY, **{**SMALL, **sizes})


RESIDENT_COLUMNS = ("id", "full_name", "search_name", "phone", "email", "street", "house_number",
                    "unit", "postal_code", "city", "housing_organization_id", "department",
                    "birth_year", "age_band", "preferred_language", "interpreter_needed",
                    "created_at", "last_activity_at", "is_demo")
INQUIRY_COLUMNS = ("id", "received_at", "channel", "category_id", "description", "language",
                   "interpreter_needed", "urgency", "status", "resident_id", "logged_by_id", "desk",
                   "age_band", "housing_organization_id", "is_demo")
TALLY_COLUMNS = ("id", "at", "category_id", "channel", "logged_by_id", "desk", "undone_at",
                 "is_demo")


def _rows(database) -> dict[str, list[tuple]]:
    with database.begin() as s:
        return {
            model.__tablename__: [
                tuple(row)
                for row in s.execute(
                    select(*(getattr(model, c) for c in columns)).order_by(model.id)
                )
            ]
            for model, columns in (
                (m.Resident, RESIDENT_COLUMNS),
                (m.Inquiry, INQUIRY_COLUMNS),
                (m.Tally, TALLY_COLUMNS),
            )
        }


@pytest.fixture
def second_sqlite(sqlite_template: Path, tmp_path: Path):
    target = tmp_path / "second.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = open_database(f"sqlite:///{target}")
    yield db
    db.dispose()


# --- Same seed, same data ----------------------------------------------------------------------


def test_same_seed_gives_the_same_rows_and_another_seed_does_not(sqlite_db, second_sqlite) -> None:
    _generate(sqlite_db, seed=7)
    _generate(second_sqlite, seed=7)
    first = _rows(sqlite_db)
    assert first == _rows(second_sqlite)
    assert [len(first[t]) for t in ("resident", "inquiry", "tally")] == [200, 1500, 400]

    with second_sqlite.begin() as s:  # start the second database over with another seed
        for model in (m.Tally, m.Inquiry, m.Resident):
            s.query(model).delete()
    _generate(second_sqlite, seed=8)
    other = _rows(second_sqlite)
    assert other["inquiry"] != first["inquiry"]
    assert {r[1] for r in other["resident"]} != {r[1] for r in first["resident"]}


@pytest.mark.postgres
def test_postgresql_gets_the_same_rows_as_sqlite(sqlite_db, pg_db) -> None:
    _generate(sqlite_db)
    _generate(pg_db)
    assert _rows(sqlite_db) == _rows(pg_db)


def test_more_tallies_leave_residents_and_inquiries_alone(sqlite_db, second_sqlite) -> None:
    """Each kind of row has its own random stream, so a later step (referrals)
    can be added without changing what a seed gives today."""
    _generate(sqlite_db, tallies=100)
    _generate(second_sqlite, tallies=900)
    first, second = _rows(sqlite_db), _rows(second_sqlite)
    assert first["resident"] == second["resident"]
    assert first["inquiry"] == second["inquiry"]


# --- Refusals ------------------------------------------------------------------------------------


def _real_resident(s, actor) -> None:
    residents.create(s, actor, ResidentDraft(full_name="Test Person"))


def _real_inquiry(s, actor) -> None:
    intake.log_inquiry(s, actor, InquiryDraft(category_code="bolig"))


def _real_tally(s, actor) -> None:
    tallies.log_tally(s, actor, "digital.mitid")


@pytest.mark.parametrize(
    ("make", "what"),
    [(_real_resident, "residents"), (_real_inquiry, "inquiries"), (_real_tally, "counts")],
)
def test_refuses_a_database_with_real_data(database, make, what) -> None:
    with database.begin() as s:
        make(s, make_staff(s, Role.FRONT_DESK, "frida"))
    with pytest.raises(ConflictError) as info, database.begin() as s:
        demo.generate(s, residents=10, inquiries=10, seed=1, today=TODAY)
    assert info.value.message == d.MSG_REAL_DATA and info.value.params["what"] == what
    with database.begin() as s:
        for model in (m.Resident, m.Inquiry, m.Tally):
            assert s.scalar(select(func.count()).where(model.is_demo.is_(True))) == 0
        assert s.scalar(select(func.count()).select_from(m.StaffUser)) == 1  # no demo accounts


def test_refuses_real_staff_accounts_and_a_second_run(database) -> None:
    # The demo accounts share a published password: never beside real staff.
    with database.begin() as s:
        make_staff(s, Role.ADMIN, "anne")  # the first administrator of a new installation
    with pytest.raises(ConflictError) as refused, database.begin() as s:
        demo.generate(s, residents=20, inquiries=50, seed=7, today=TODAY)
    assert refused.value.params["what"] == "staff accounts"
    with database.begin() as s:
        s.delete(s.scalars(select(m.StaffUser)).one())
    summary = _generate(database, residents=20, inquiries=50, tallies=5)
    assert summary.residents == 20
    with pytest.raises(ConflictError) as info, database.begin() as s:
        demo.generate(s, residents=20, inquiries=50, seed=7, today=TODAY)
    assert info.value.message == d.MSG_DEMO_PRESENT


@pytest.mark.parametrize(
    ("sizes", "field"),
    [
        ({"residents": 0}, "residents"),
        ({"residents": -5}, "residents"),
        ({"residents": d.MAX_RESIDENTS + 1}, "residents"),
        ({"inquiries": 0}, "inquiries"),
        ({"inquiries": d.MAX_INQUIRIES + 1}, "inquiries"),
        ({"tallies": -1}, "tallies"),
        ({"residents": "abc"}, "residents"),
        ({"residents": "1e3"}, "residents"),
        ({"seed": "x"}, "seed"),
        ({"seed": 10**19}, "seed"),
    ],
)
def test_bad_numbers_are_refused_before_anything_is_written(sqlite_db, sizes, field) -> None:
    arguments = {**SMALL, "seed": 1, **sizes}
    with pytest.raises(ValidationError) as info, sqlite_db.begin() as s:
        demo.generate(s, today=TODAY, **arguments)
    assert info.value.field == field
    with sqlite_db.begin() as s:
        assert s.scalar(select(func.count()).select_from(m.StaffUser)) == 0


def test_numbers_typed_as_text_are_read() -> None:
    assert d.demo_count("residents", " 2000 ") == 2000
    assert d.demo_seed("-3") == -3
    with pytest.raises(ValidationError):
        d.demo_count("inquiries", True)


# --- What is made ----------------------------------------------------------------------------------


def test_generation_on_both_backends(database) -> None:
    stages: list[tuple[str, int, int]] = []
    with database.begin() as s:
        summary = demo.generate(
            s, residents=150, inquiries=1200, seed=3, today=TODAY,
            progress=lambda *step: stages.append(step),
        )
    assert (summary.residents, summary.inquiries, summary.tallies) == (150, 1200, 600)
    assert summary.password == d.DEMO_PASSWORD
    assert [name for name, _ in summary.accounts_created] == [a[0] for a in d.DEMO_ACCOUNTS]
    assert TODAY - timedelta(days=364) <= summary.first_day <= summary.last_day <= TODAY
    finished = [stage for stage, done, total in stages if done == total]
    assert finished[0] == "residents" and finished[-2:] == ["referrals", "indexes"]
    assert {"inquiries", "tallies"} <= set(finished)

    with database.begin() as s:
        for model, count in ((m.Resident, 150), (m.Inquiry, 1200), (m.Tally, 600)):
            assert s.scalar(select(func.count()).where(model.is_demo.is_(True))) == count
            assert s.scalar(select(func.count()).where(model.is_demo.is_(False))) == 0
        anonymous = s.scalar(select(func.count()).where(m.Inquiry.resident_id.is_(None)))
        assert anonymous == summary.anonymous_inquiries
        entries = s.scalars(select(m.AuditEvent)).all()
        assert len(entries) == 1  # one entry sums up the whole run
        assert entries[0].action == AuditAction.CREATE.value and entries[0].entity == "demo_data"
        assert "residents=150 inquiries=1200" in entries[0].detail
        roles = dict(s.execute(select(m.StaffUser.username, m.StaffUser.role)).all())
        assert roles == {name: role.value for name, _, role in d.DEMO_ACCOUNTS}
    with database.begin() as s:  # sign-in writes in its own transaction, after this one released the lock
        actor = accounts.authenticate(s, "demo.skranke", d.DEMO_PASSWORD)
    assert actor.role is Role.FRONT_DESK


@pytest.fixture(scope="module")
def made(tmp_path_factory, sqlite_template: Path):
    """One demo database of a realistic size, read by the checks below."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(f"sqlite:///{path}")
    with db.begin() as s:
        summary = demo.generate(s, residents=600, inquiries=6000, seed=1, today=TODAY)
    with db.begin() as s:
        data = {
            "summary": summary,
            "residents": s.scalars(select(m.Resident).order_by(m.Resident.id)).all(),
            "inquiries": s.execute(
                select(m.Inquiry, m.Category.code)
                .join(m.Category, m.Inquiry.category_id == m.Category.id)
                .order_by(m.Inquiry.id)
            ).all(),
            "tallies": s.scalars(select(m.Tally)).all(),
            "staff": s.scalars(select(m.StaffUser)).all(),
            "housing": {
                n: residents.resolve_address(s, d.HG_STREET, str(n)) for n in range(1, 100)
            },
        }
    db.dispose()
    return data


def test_categories_and_channels_are_spread_plausibly(made) -> None:
    codes = Counter(code for _, code in made["inquiries"])
    channels = Counter(row.channel for row, _ in made["inquiries"])
    total = len(made["inquiries"])
    assert len(codes) >= 20
    assert channels.most_common(1)[0][0] == "walk_in"
    assert max(channels.values()) <= 0.8 * total
    assert set(channels) == {"walk_in", "phone", "email", "outreach"}
    by_area = Counter(code.split(".")[0] for code in codes.elements())
    assert {area for area, _ in by_area.most_common(3)} == {"bolig", "digital", "oekonomi"}
    anonymous = sum(1 for row, _ in made["inquiries"] if row.resident_id is None)
    assert 0.3 <= anonymous / total <= 0.5
    urgencies = Counter(row.urgency for row, _ in made["inquiries"])
    assert urgencies.most_common(1)[0][0] == "normal" and urgencies["acute"] > 0
    statuses = Counter(row.status for row, _ in made["inquiries"])
    assert set(statuses) == {"open", "answered", "referred", "closed"}


def test_inquiries_follow_the_opening_days_and_the_seasons(made) -> None:
    closed = holidays.Denmark(years=[2024, 2025], categories=(holidays.PUBLIC, holidays.OPTIONAL))
    days = Counter()
    for row, _ in made["inquiries"]:
        local = row.received_at.astimezone()
        assert TODAY - timedelta(days=364) <= local.date() <= TODAY
        assert local.weekday() != 6 and local.date() not in closed
        assert 7 <= local.hour <= 21
        days[local.date()] += 1
    per_month = Counter()
    for day, count in days.items():
        per_month[day.month] += count
    assert per_month[7] < 0.7 * per_month[9]  # summer holiday
    weekdays = Counter()
    for day, count in days.items():
        weekdays[day.weekday()] += count
    assert weekdays[5] < weekdays[4] < weekdays[3]  # Saturday < Friday < Thursday
    received = [row.received_at for row, _ in made["inquiries"]]
    assert received == sorted(received)  # numbered in the order they came in


def test_repeat_visitors_and_residents_timeline(made) -> None:
    by_resident: dict[int, list[datetime]] = {}
    for row, _ in made["inquiries"]:
        if row.resident_id is not None:
            by_resident.setdefault(row.resident_id, []).append(row.received_at)
    visits = Counter(len(times) for times in by_resident.values())
    assert visits[1] > 0 and sum(n for k, n in visits.items() if k >= 5) > 0
    assert len(by_resident) == len(made["residents"])  # enough inquiries to meet everyone
    for resident in made["residents"]:
        times = by_resident[resident.id]
        assert resident.created_at == min(times)
        assert resident.last_activity_at == max(times)


def test_inquiry_snapshots_match_the_resident(made) -> None:
    people = {r.id: r for r in made["residents"]}
    for row, _ in made["inquiries"]:
        if row.resident_id is None:
            assert row.age_band is None and row.housing_organization_id is None
            continue
        person = people[row.resident_id]
        assert row.housing_organization_id == person.housing_organization_id
        assert row.age_band == age_band(person.birth_year, row.received_at.astimezone().date())


def test_addresses_resolve_to_housing_organizations(made) -> None:
    on_estate = [r for r in made["residents"] if r.street == d.HG_STREET]
    assert len(on_estate) >= 0.8 * len(made["residents"])
    numbers = {int(r.house_number) for r in on_estate}
    assert len(numbers) >= 80  # spread over the whole estate
    for resident in on_estate:
        housing = made["housing"][int(resident.house_number)]
        assert housing is not None
        assert resident.housing_organization_id == housing.organization_id
        assert resident.department == housing.department
        assert (resident.postal_code, resident.city) == ("2860", "Søborg")
    organizations = {r.housing_organization_id for r in on_estate}
    assert len(organizations) == 5  # AAB, 3B, AB Gladsaxe, fsb, Lejerbo


def test_residents_pass_the_registers_own_rules(made) -> None:
    phones = Counter()
    languages = Counter()
    for resident in made["residents"]:
        draft = ResidentDraft(
            full_name=resident.full_name, phone=resident.phone, email=resident.email,
            street=resident.street, house_number=resident.house_number, unit=resident.unit,
            postal_code=resident.postal_code, city=resident.city,
            birth_year=resident.birth_year, preferred_language=resident.preferred_language,
            interpreter_needed=resident.interpreter_needed,
        )
        clean = clean_resident(draft, today=TODAY)
        assert clean.phone == resident.phone and clean.email == resident.email
        assert resident.search_name == fold(resident.full_name)
        if resident.email:
            assert resident.email.rsplit("@", 1)[1] in d.EMAIL_DOMAINS
        if resident.phone:
            phones[resident.phone] += 1
        languages[resident.preferred_language] += 1
        assert resident.interpreter_needed is False or resident.preferred_language not in (
            "da", "en")
    assert languages.most_common(1)[0][0] == "da" and languages["da"] > 0.5 * len(
        made["residents"])
    assert {"ar", "so", "tr", "fa", "pl", "uk", "en"} <= set(languages)
    shared = [phone for phone, n in phones.items() if n > 1]
    assert shared and len(shared) < 0.03 * len(phones)  # a few registered twice
    ages = Counter(r.age_band for r in made["residents"])
    assert ages["30-49"] > ages["13-17"] > 0 and ages["67+"] > 0


def test_names_come_from_the_made_up_lists(made) -> None:
    words = {
        word
        for origin in demo.demo_texts().name_origins
        for name in (*origin.female, *origin.male, *origin.surnames)
        for word in name.split()
    }
    words |= set(demo.demo_texts().name_variants.values())
    words |= {w[:-1] + "a" for w in words if w.endswith("ki")}
    words |= {w.replace("æ", "ae").replace("ø", "oe").replace("å", "aa") for w in words}
    for resident in made["residents"]:
        assert set(resident.full_name.split()) <= words, resident.full_name


def test_inquiries_pass_the_intake_rules(made) -> None:
    for row, code in made["inquiries"]:
        clean_inquiry(
            InquiryDraft(
                channel=row.channel, category_code=code, description=row.description,
                language=row.language, interpreter_needed=row.interpreter_needed,
                urgency=row.urgency, desk=row.desk,
            )
        )


def test_no_cpr_like_number_anywhere(made) -> None:
    texts = []
    for r in made["residents"]:
        texts += [r.full_name, r.phone, r.email, r.street, r.house_number, r.unit, r.department]
    for row, _ in made["inquiries"]:
        texts += [row.description, row.desk]
    texts += [t.desk for t in made["tallies"]]
    texts += [s.full_name for s in made["staff"]] + [s.username for s in made["staff"]]
    found = [t for t in texts if find_cpr_like(t)]
    assert found == []
    # Every template, with many draws for its numbers, too.
    rng = random.Random(0)
    texts = demo.demo_texts()
    for templates in (*texts.templates.values(), *texts.english_templates.values()):
        for template in templates:
            for _ in range(30):
                assert find_cpr_like(demo._render(rng, template)) is None


def test_tallies_are_spread_and_some_are_undone(made) -> None:
    assert len(made["tallies"]) == 3000  # half the inquiries by default
    channels = Counter(t.channel for t in made["tallies"])
    assert channels.most_common(1)[0][0] == "walk_in"
    undone = [t for t in made["tallies"] if t.undone_at is not None]
    assert 0 < len(undone) < 0.05 * len(made["tallies"])
    assert all(timedelta(0) < t.undone_at - t.at <= timedelta(seconds=10) for t in undone)


def test_without_today_nothing_is_dated_in_the_future(sqlite_db) -> None:
    with sqlite_db.begin() as s:
        summary = demo.generate(s, residents=20, inquiries=400, tallies=50, seed=2)
    now = datetime.now(UTC)
    with sqlite_db.begin() as s:
        assert s.scalar(select(func.max(m.Inquiry.received_at))) <= now
        assert s.scalar(select(func.max(m.Tally.at))) <= now
        assert s.scalar(select(func.max(m.Resident.last_activity_at))) <= now
    assert summary.last_day <= datetime.now().astimezone().date()
    assert summary.first_day >= local_day_bounds(summary.last_day)[0].date() - timedelta(days=366)


def test_referrals_in_every_state_with_consistent_history(sqlite_db) -> None:
    summary = _generate(sqlite_db, residents=300, inquiries=4000)
    with sqlite_db.begin() as s:
        rows = s.execute(select(m.Referral.id, m.Referral.status, m.Referral.reason, m.Referral.due_date,
                                m.Referral.version, m.Referral.mode, m.Inquiry.resident_id, m.Service.organization_id)
                         .join(m.Inquiry, m.Inquiry.id == m.Referral.inquiry_id)
                         .join(m.Service, m.Service.id == m.Referral.service_id)).all()
        events = {}
        for referral_id, to_status, at in s.execute(select(m.ReferralEvent.referral_id, m.ReferralEvent.to_status,
                                                           m.ReferralEvent.at).order_by(m.ReferralEvent.id)):
            events.setdefault(referral_id, []).append((to_status, at))
        consents = set(s.execute(select(m.Consent.resident_id, m.Consent.organization_id)).all())
        still_referred = s.scalar(select(func.count()).where(m.Inquiry.status == "referred"))
    assert summary.referrals == len(rows) > 0
    statuses = Counter(r.status for r in rows)
    assert set(statuses) >= {"proposed", "sent", "accepted", "completed", "not_completed", "declined", "cancelled"}
    open_rows = [r for r in rows if r.status in ("proposed", "sent", "accepted")]
    overdue = [r for r in open_rows if r.due_date < TODAY]
    assert 0 < len(overdue) < len(open_rows)
    assert len(open_rows) >= still_referred  # every inquiry still marked referred has an open referral
    for r in rows:
        history = events[r.id]
        assert history[0][0] == "proposed" and history[-1][0] == r.status and len(history) == r.version
        assert [at for _, at in history] == sorted(at for _, at in history)
        assert (r.reason is not None) == (r.status in ("declined", "not_completed"))
        if r.mode == "handed_over":
            assert (r.resident_id, r.organization_id) in consents


def test_the_texts_file_is_checked_when_read(tmp_path: Path) -> None:
    """The lists live in resources/demo/texts.json; a file of the wrong shape is refused."""
    shipped = demo.demo_texts()
    assert len(shipped.name_origins) >= 5 and abs(sum(o.share for o in shipped.name_origins) - 1.0) < 1e-9
    assert "bolig.vedligehold" in shipped.templates and shipped.nearby_streets
    broken = tmp_path / "texts.json"
    broken.write_text('{"name_origins": [], "name_variants": {}, "nearby_streets": "Gladsaxevej", "slots": {},'
                      ' "templates": {}, "english_templates": {}, "notes": {}, "channel_prefix": {}}',
                      encoding="utf-8")
    with pytest.raises(ValueError, match="list of texts"):
        demo.demo_texts(broken)
