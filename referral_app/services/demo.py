"""Demo data: a database filled with made-up residents, inquiries and tallies
for training, screenshots and load tests.

Everything made here is marked ``is_demo``. It refuses to touch a database
that holds real residents, inquiries, tallies or referrals, so demo rows
never mix with real ones. Staff accounts may exist (a first administrator);
one demo account per role is added, all with the published password
``DEMO_PASSWORD``.

Same seed, same data: each kind of row comes from its own random stream
(``random.Random(f"{seed}:inquiries")``) and is made in a fixed order, so a
step added later, such as referrals for the inquiries marked "referred",
leaves the rows of the existing steps as they were. A new step is
a function ``_make_<rows>(run, ...)`` that draws from
``run.random("<rows>")``, reads what it needs back from the database
(``is_demo`` rows) and inserts in batches with ``run.insert``.

Rows go in as Core executemany batches (residents with RETURNING, for their
ids), so 100,000 inquiries take seconds, not minutes, and memory stays flat.
One audit entry summarises the run.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import holidays
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from referral_app.config import DEMO_TEXTS
from referral_app.db import bulk
from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain import demo as d
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.errors import ConflictError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import local_day_bounds, local_today
from referral_app.domain.residents import HousingMatch, age_band
from referral_app.domain.text import fold
from referral_app.services import audit
from referral_app.services.accounts import hash_password
from referral_app.services.residents import resolve_address

# progress(stage, done, total); stages are "residents", "inquiries", "tallies", "referrals"
# and "indexes" (the search index, statistics summaries and indexes built after the load).
Progress = Callable[[str, int, int], None]

BATCH = 5000
DAYS = 365
# Share of residents registered twice under a variant spelling, and of
# residents who live with another resident (same flat and surname).
DUPLICATE_SHARE = 0.012
HOUSEHOLD_SHARE = 0.18
MAX_HOUSEHOLD = 5
# Chance that a repeat visit is about the same matter as the last one.
SAME_MATTER = 0.4

_WALK_IN_HOURS = {10: 1.2, 11: 1.4, 12: 1.0, 13: 1.2, 14: 1.3, 15: 1.0, 16: 0.7, 17: 0.5}
_PHONE_HOURS = {9: 0.8, 10: 1.3, 11: 1.2, 12: 0.8, 13: 1.0, 14: 0.9}
_EMAIL_HOURS = {h: 1.0 for h in range(7, 22)}
_OUTREACH_HOURS = {13: 0.6, 14: 1.0, 15: 1.2, 16: 1.2, 17: 1.0, 18: 0.6}


@cache
def demo_texts(path: Path = DEMO_TEXTS) -> d.DemoTexts:
    """The names, streets and inquiry texts (resources/demo/texts.json), read once."""
    return d.DemoTexts.from_json(json.loads(path.read_text(encoding="utf-8")))


def generate(
    session: Session,
    *,
    residents: int,
    inquiries: int,
    seed: int,
    today: date | None = None,
    progress: Progress | None = None,
    tallies: int | None = None,
) -> d.DemoSummary:
    """Fill an empty database with demo data covering the year up to ``today``.

    ``tallies`` defaults to one per two inquiries. With ``today`` left out,
    the last day is today and nothing is dated after now; tests pass a fixed
    ``today`` so the data does not depend on the clock. Raises
    ValidationError on bad numbers and ConflictError on a database with real
    (or earlier demo) data; the caller owns the transaction.
    """
    n_residents = d.demo_count("residents", residents)
    n_inquiries = d.demo_count("inquiries", inquiries)
    n_tallies = d.demo_count(
        "tallies", round(n_inquiries * d.TALLIES_PER_INQUIRY) if tallies is None else tallies
    )
    seed = d.demo_seed(seed)
    _refuse_unless_empty(session)
    categories = _categories(session)
    if not categories:
        raise ValidationError(d.MSG_NO_CATEGORIES, field="category")

    now = utcnow()
    if today is None:
        today, cutoff = local_today(now), now
    else:
        cutoff = local_day_bounds(today)[1]
    staff, created = _demo_staff(session, now)
    run = _Run(
        session=session,
        seed=seed,
        today=today,
        calendar=_Calendar(random.Random(f"{seed}:calendar"), today, cutoff),
        categories=categories,
        staff=staff,
        progress=progress or (lambda stage, done, total: None),
    )
    # The search index and the statistics summaries are built once at the end,
    # not row by row (db/bulk.py); the last stage shown is that build.
    loaded = [_table(model) for model in (m.Resident, m.Consent, m.Inquiry, m.Tally, m.Referral,
                                          m.ReferralEvent)]
    with bulk.loading(session, loaded, finishing=lambda: run.progress("indexes", 0, 1)):
        people = _make_residents(run, n_residents)
        made = _make_inquiries(run, n_inquiries, people)
        _make_tallies(run, n_tallies)
        n_referrals = _make_referrals(run)
    run.progress("indexes", 1, 1)

    audit.record(
        session,
        None,
        AuditAction.CREATE,
        entity="demo_data",
        detail=(
            f"demo data seed={seed} residents={n_residents} inquiries={n_inquiries} "
            f"anonymous={made.anonymous} tallies={n_tallies} referrals={n_referrals} "
            f"period={made.first_day.isoformat()}..{made.last_day.isoformat()} "
            f"accounts_created={','.join(name for name, _ in created) or '-'}"
        ),
    )
    return d.DemoSummary(
        seed=seed,
        residents=n_residents,
        inquiries=n_inquiries,
        anonymous_inquiries=made.anonymous,
        tallies=n_tallies,
        referrals=n_referrals,
        first_day=made.first_day,
        last_day=made.last_day,
        accounts_created=tuple(created),
        password=d.DEMO_PASSWORD if created else None,
    )



# --- Guards and lookups ----------------------------------------------------------------------

_KINDS = (
    (m.Resident, QT_TRANSLATE_NOOP("enums", "residents")),
    (m.Inquiry, QT_TRANSLATE_NOOP("enums", "inquiries")),
    (m.Tally, QT_TRANSLATE_NOOP("enums", "counts")),
    (m.Referral, QT_TRANSLATE_NOOP("enums", "referrals")),
)


def _refuse_unless_empty(session: Session) -> None:
    for model, what in _KINDS:
        if session.scalar(select(model.id).where(model.is_demo.is_(False)).limit(1)) is not None:
            raise ConflictError(d.MSG_REAL_DATA, what=what, translated_params=("what",))
    # Demo accounts share a published password: never add them beside real staff.
    real_staff = session.scalar(
        select(m.StaffUser.id).where(m.StaffUser.username.not_like("demo.%")).limit(1)
    )
    if real_staff is not None:
        raise ConflictError(d.MSG_REAL_DATA, what=QT_TRANSLATE_NOOP("enums", "staff accounts"),
                            translated_params=("what",))
    for model, _ in _KINDS:
        if session.scalar(select(model.id).limit(1)) is not None:
            raise ConflictError(d.MSG_DEMO_PRESENT)


def _categories(session: Session) -> dict[str, int]:
    """Code -> id of the categories in use, in code order."""
    rows = session.execute(
        select(m.Category.code, m.Category.id)
        .where(m.Category.active.is_(True))
        .order_by(m.Category.code)
    )
    return {code: cid for code, cid in rows}


def _demo_staff(session: Session, now: datetime) -> tuple[dict[Role, int], list[tuple[str, Role]]]:
    """The demo accounts' ids by role, creating the missing ones. They share
    one (published) password, so it is hashed once."""
    names = [username for username, _, _ in d.DEMO_ACCOUNTS]
    existing = {
        row.username: row
        for row in session.scalars(select(m.StaffUser).where(m.StaffUser.username.in_(names)))
    }
    created: list[tuple[str, Role]] = []
    password_hash: str | None = None
    rows: dict[Role, m.StaffUser] = {}
    for username, full_name, role in d.DEMO_ACCOUNTS:
        row = existing.get(username)
        if row is None:
            password_hash = password_hash or hash_password(d.DEMO_PASSWORD)
            row = m.StaffUser(
                username=username,
                full_name=full_name,
                role=role.value,
                password_hash=password_hash,
                active=True,
                failed_logins=0,
                created_at=now,
                password_changed_at=now,
            )
            session.add(row)
            created.append((username, role))
        rows[role] = row
    session.flush()
    return {role: row.id for role, row in rows.items()}, created


# --- Shared state of one run -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Day:
    day: date
    zone: tzinfo  # the local UTC offset at noon: right for every opening hour
    hours: tuple[int, int]  # front-desk opening hours, local
    latest: datetime | None  # nothing after this (today, when the clock decides)

    def at(self, hour: int, minute: int, second: int) -> datetime:
        return datetime.combine(self.day, time(hour, minute, second), tzinfo=self.zone).astimezone(UTC)


class _Calendar:
    """The open days of the year up to ``today``, weighted by weekday,
    season, a slow growth as the front desk becomes known, and day-to-day noise."""

    def __init__(self, rng: random.Random, today: date, cutoff: datetime) -> None:
        first = today - timedelta(days=DAYS - 1)
        closed = holidays.country_holidays(
            "DK", years=range(first.year, today.year + 1), categories=(holidays.PUBLIC, holidays.OPTIONAL)
        )
        self.days: list[_Day] = []
        weights: list[float] = []
        for offset in range(DAYS):
            day = first + timedelta(days=offset)
            weekday = day.weekday()
            weight = d.WEEKDAY_WEIGHTS[weekday] * d.MONTH_WEIGHTS[day.month]
            noise = rng.lognormvariate(0.0, 0.2)  # drawn for every day: keeps the stream aligned
            if weight <= 0 or day in closed or weekday not in d.OPENING_HOURS:
                continue
            opens, closes = d.OPENING_HOURS[weekday]
            zone = datetime.combine(day, time(12)).astimezone().tzinfo
            assert zone is not None
            latest = None
            if day == today and cutoff < local_day_bounds(today)[1]:
                start = datetime.combine(day, time(opens), tzinfo=zone).astimezone(UTC)
                end = datetime.combine(day, time(closes), tzinfo=zone).astimezone(UTC)
                elapsed = (cutoff - start) / (end - start)
                if elapsed <= 0.05:
                    continue
                weight *= min(1.0, elapsed)
                latest = cutoff
            self.days.append(_Day(day, zone, (opens, closes), latest))
            weights.append(weight * (0.85 + 0.3 * offset / DAYS) * noise)
        self._cum = _cumulative(weights)

    def spread(self, rng: random.Random, total: int) -> list[int]:
        """How many of ``total`` fall on each open day."""
        counts = [0] * len(self.days)
        if not self.days:
            return counts
        for index in rng.choices(range(len(self.days)), cum_weights=self._cum, k=total):
            counts[index] += 1
        return counts


def _table(model: type[m.Base]) -> Table:
    """The model's table, for Core inserts (executemany without the ORM's bookkeeping)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass
class _Run:
    session: Session
    seed: int
    today: date
    calendar: _Calendar
    categories: dict[str, int]
    staff: dict[Role, int]
    progress: Progress
    _code_weights: dict[tuple[str, int], tuple[list[str], list[float]]] = field(default_factory=dict)

    def random(self, stream: str) -> random.Random:
        return random.Random(f"{self.seed}:{stream}")

    def insert(self, model: type[m.Base], rows: list[dict[str, Any]], stage: str, done: int,
               total: int) -> None:
        # One executemany (COPY on PostgreSQL): every row has the same keys, NULLs included.
        bulk.insert_rows(self.session, _table(model), rows)
        self.progress(stage, done, total)

    def codes(self, kind: str, month: int) -> tuple[list[str], list[float]]:
        """The categories in use and their cumulative weights in a month,
        for "inquiries" or "tallies"."""
        key = (kind, month)
        if key not in self._code_weights:
            table, unlisted = (
                (d.CATEGORY_WEIGHTS, d.UNLISTED_WEIGHT)
                if kind == "inquiries"
                else (d.TALLY_WEIGHTS, d.TALLY_UNLISTED_WEIGHT)
            )
            codes = list(self.categories)
            weights = [table.get(code, unlisted) * _season(code, month) for code in codes]
            self._code_weights[key] = (codes, _cumulative(weights))
        return self._code_weights[key]


def _cumulative(weights: Sequence[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _pick(rng: random.Random, pairs: Sequence[tuple[str, float]]) -> str:
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs])[0]


def _matches(code: str, prefix: str) -> bool:
    return code == prefix or code.startswith(prefix + ".")


def _season(code: str, month: int) -> float:
    factor = 1.0
    for prefix, months in d.SEASONS.items():
        if _matches(code, prefix):
            factor *= months.get(month, 1.0)
    return factor


@lru_cache(maxsize=64)
def _hour_table(kind: str, opens: int, closes: int) -> tuple[list[int], list[float]]:
    table = {
        "walk_in": {h: w for h, w in _WALK_IN_HOURS.items() if opens <= h < closes},
        "phone": {h: w for h, w in _PHONE_HOURS.items() if opens - 1 <= h < closes},
        "email": _EMAIL_HOURS,
        "outreach": _OUTREACH_HOURS,
    }[kind] or {opens: 1.0}
    hours = sorted(table)
    return hours, _cumulative([table[h] for h in hours])


def _moment(rng: random.Random, day: _Day, channel: str) -> datetime:
    """A local time of day for an inquiry on ``channel``, as UTC."""
    hours, cum = _hour_table(channel, *day.hours)
    for _ in range(10):
        hour = rng.choices(hours, cum_weights=cum)[0]
        moment = day.at(hour, rng.randrange(60), rng.randrange(60))
        if day.latest is None or moment <= day.latest:
            return moment
    assert day.latest is not None
    return day.latest - timedelta(seconds=rng.randint(60, 1800))


# --- Residents -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Person:
    """What the inquiry step needs to know about a demo resident."""

    id: int
    birth_year: int | None
    housing_organization_id: int | None
    language: str | None
    interpreter: bool
    first: datetime | None = None
    last: datetime | None = None
    last_code: str | None = None


@dataclass(frozen=True, slots=True)
class _Identity:
    origin: d.NameOrigin
    female: bool
    first_name: str
    family: str  # the surname's base form, shared by a household
    age: int | None

    @property
    def surname(self) -> str:
        """Polish surnames in -ski/-cki take -ska/-cka for women."""
        if self.origin.gendered_surnames and self.female and self.family.endswith("ki"):
            return self.family[:-1] + "a"
        return self.family

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.surname}"


def _new_identity(rng: random.Random, origins: list[d.NameOrigin], cum: list[float],
                  family_of: _Identity | None = None) -> _Identity:
    """A made-up person; with ``family_of``, one sharing that person's surname."""
    origin = family_of.origin if family_of else rng.choices(origins, cum_weights=cum)[0]
    female = rng.random() < 0.52
    names = origin.female if female else origin.male
    first = rng.choice(names)
    if origin.key == "danish" and rng.random() < 0.12:
        second = rng.choice(names)
        if second != first and "-" not in first + second:
            first = f"{first} {second}"
    family = rng.choice(origin.surnames)
    if origin.key == "danish" and rng.random() < 0.08:
        other = rng.choice(origin.surnames)
        if other != family:
            family = f"{other} {family}"
    low, high, _ = rng.choices(d.AGE_MIX, weights=[w for _, _, w in d.AGE_MIX])[0]
    age = rng.randint(low, high) if rng.random() > 0.07 else None
    return _Identity(origin, female, first, family_of.family if family_of else family, age)


def _language(rng: random.Random, who: _Identity) -> tuple[str, bool]:
    if who.origin.key != "danish" and who.age is not None and who.age < 30:
        language = "da" if rng.random() < (0.85 if who.age < 18 else 0.7) else _pick(
            rng, who.origin.languages
        )
    else:
        language = _pick(rng, who.origin.languages)
    interpreter = language not in ("da", "en") and rng.random() < (
        0.6 if who.age is not None and who.age >= 60 else 0.3
    )
    return language, interpreter


def _phone(rng: random.Random, used: set[str]) -> str:
    while True:
        number = rng.choice(d.PHONE_PREFIXES) + f"{rng.randrange(1_000_000):06d}"
        if number not in used:
            used.add(number)
            return "+45" + number


def _email(rng: random.Random, who: _Identity) -> str:
    def part(text: str) -> str:
        return "".join(ch for ch in fold(text).replace(" ", "").replace("-", "") if ch in
                       string.ascii_lowercase)

    local = f"{part(who.first_name.split()[0])}.{part(who.surname.split()[-1])}"
    if rng.random() < 0.35:
        local += str(rng.randint(1, 99))
    return f"{local}@{rng.choice(d.EMAIL_DOMAINS)}"


def _address_book(session: Session) -> dict[int, HousingMatch | None]:
    """Høje Gladsaxe house numbers in the address table, resolved to their
    housing organization by the same rule the register uses."""
    ranges = session.execute(
        select(m.AddressRange.street, m.AddressRange.number_from, m.AddressRange.number_to)
    ).all()
    street = fold(d.HG_STREET)
    numbers = sorted(
        {n for name, low, high in ranges if fold(name) == street for n in range(low, high + 1)}
    ) or list(range(1, 100))
    return {n: resolve_address(session, d.HG_STREET, str(n)) for n in numbers}


def _unit(floor: int, door: str) -> str:
    return f"st. {door}" if floor == 0 else f"{floor}. {door}"


class _Flats:
    """The flats of Høje Gladsaxe, handed out one household each until all
    are taken (then shared): about 2,200 flats, like the real estate's 1,900."""

    def __init__(self, rng: random.Random, numbers: list[int]) -> None:
        self.rng = rng
        self.all = [
            (number, _unit(floor, door))
            for number in numbers
            for floor in range(d.floors_for(number) + 1)
            for door in (d.DOORS if number % 4 == 0 else d.DOORS[:2])
        ]
        self.free = list(self.all)
        rng.shuffle(self.free)

    def take(self) -> tuple[int, str]:
        return self.free.pop() if self.free else self.rng.choice(self.all)


def _address(rng: random.Random, book: dict[int, HousingMatch | None],
             flats: _Flats) -> dict[str, Any]:
    roll = rng.random()
    if roll < 0.88:
        number, unit = flats.take()
        housing = book[number]
        return {
            "street": d.HG_STREET, "house_number": str(number), "unit": unit,
            "postal_code": d.POSTAL_CODE, "city": d.CITY,
            "housing_organization_id": housing.organization_id if housing else None,
            "department": housing.department if housing else None,
        }
    if roll < 0.96:
        nearby_unit = _unit(rng.randint(0, 3), rng.choice(d.DOORS[:2])) if rng.random() < 0.5 else None
        return {
            "street": rng.choice(demo_texts().nearby_streets), "house_number": str(rng.randint(1, 160)),
            "unit": nearby_unit, "postal_code": d.POSTAL_CODE,
            "city": d.CITY, "housing_organization_id": None, "department": None,
        }
    return {"street": None, "house_number": None, "unit": None, "postal_code": None,
            "city": None, "housing_organization_id": None, "department": None}


_ADDRESS_KEYS = ("street", "house_number", "unit", "postal_code", "city",
                 "housing_organization_id", "department")


def _flat(row: dict[str, Any]) -> tuple[str, str, str | None] | None:
    if not row["street"] or not row["house_number"]:
        return None
    return row["street"], row["house_number"], row["unit"]


def _variant(full_name: str) -> str | None:
    """The same name as a hurried colleague might type it, or None."""
    words = full_name.split()
    variants = demo_texts().name_variants
    for index, word in enumerate(words):
        if word in variants:
            return " ".join(words[:index] + [variants[word]] + words[index + 1:])
    if len(words) > 2:
        return f"{words[0]} {words[-1]}"
    for letter, spelt in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        if letter in full_name:
            return full_name.replace(letter, spelt)
    return None


def _make_residents(run: _Run, total: int) -> list[_Person]:
    rng = run.random("residents")
    book = _address_book(run.session)
    flats = _Flats(rng, sorted(book))
    origins = list(demo_texts().name_origins)
    origin_cum = _cumulative([o.share for o in origins])
    used_phones: set[str] = set()
    rows: list[dict[str, Any]] = []
    people: list[_Person] = []
    identities: list[_Identity] = []
    pending: list[dict[str, Any]] = []
    households: dict[tuple[str, str, str | None], int] = {}
    first_id = bulk.next_id(run.session, _table(m.Resident))

    def flush() -> None:
        if pending:
            # The ids the database would give, in order, so no RETURNING round trip is needed.
            start = len(people) - len(pending)
            for offset, (person, row) in enumerate(zip(people[start:], pending, strict=True)):
                person.id = row["id"] = first_id + start + offset
            bulk.insert_rows(run.session, _table(m.Resident), pending)
            pending.clear()
        run.progress("residents", len(people), total)

    for _ in range(total):
        roll = rng.random()
        original = rng.randrange(len(rows)) if rows else None
        variant = None
        if original is not None and roll < DUPLICATE_SHARE:
            for _ in range(5):  # find someone whose name is easily spelt another way
                variant = _variant(rows[original]["full_name"])
                if variant:
                    break
                original = rng.randrange(len(rows))
        if original is not None and variant:
            # The same person registered again under a variant spelling.
            source, who = rows[original], identities[original]
            row = dict(source, full_name=variant, email=None)
            if rng.random() < 0.3:
                row["phone"] = None
            language, interpreter = source["preferred_language"], source["interpreter_needed"]
        else:
            flat = _flat(rows[original]) if original is not None else None
            if (original is not None and roll < DUPLICATE_SHARE + HOUSEHOLD_SHARE
                    and flat is not None and households.get(flat, 1) < MAX_HOUSEHOLD):
                # Someone living with an earlier resident: same flat, same surname.
                who = _new_identity(rng, origins, origin_cum, family_of=identities[original])
                address = {key: rows[original][key] for key in _ADDRESS_KEYS}
                households[flat] = households.get(flat, 1) + 1
            else:
                who = _new_identity(rng, origins, origin_cum)
                address = _address(rng, book, flats)
            language, interpreter = _language(rng, who)
            teen = who.age is not None and who.age < 18
            row = {
                "full_name": who.full_name,
                "phone": _phone(rng, used_phones) if rng.random() < (0.7 if teen else 0.92)
                else None,
                "email": _email(rng, who) if rng.random() < (
                    0.4 if who.age is None or who.age < 50 else 0.2) else None,
                **address,
                "birth_year": run.today.year - who.age if who.age is not None else None,
                "preferred_language": language,
                "interpreter_needed": interpreter,
            }
        registered = _open_moment(run.calendar, rng)
        row.update(
            search_name=fold(row["full_name"]),
            age_band=age_band(row["birth_year"], run.today),
            created_at=registered,
            updated_at=registered,
            last_activity_at=registered,
            anonymized_at=None,
            merged_into_id=None,
            is_demo=True,
        )
        rows.append(row)
        identities.append(who)
        people.append(
            _Person(0, row["birth_year"], row["housing_organization_id"], language, interpreter)
        )
        pending.append(row)
        if len(pending) >= BATCH:
            flush()
    flush()
    bulk.after_explicit_ids(run.session, _table(m.Resident))
    return people


def _open_moment(calendar: _Calendar, rng: random.Random) -> datetime:
    """A moment on a random open day: when a resident without inquiries was registered."""
    day = rng.choice(calendar.days)
    return _moment(rng, day, "walk_in")


# --- Inquiries -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Made:
    anonymous: int
    first_day: date
    last_day: date


class _ResidentPicker:
    """Who a named inquiry is for: each resident turns up at least once when
    there are enough inquiries, and some come back again and again."""

    def __init__(self, rng: random.Random, people: list[_Person], expected_named: float) -> None:
        self.rng = rng
        self.unseen = list(range(len(people)))
        rng.shuffle(self.unseen)
        self.unseen.reverse()  # pop() from the end takes them in shuffled order
        self.weights = [min(30.0, rng.paretovariate(1.3)) for _ in people]
        self.seen: list[int] = []
        self.cum: list[float] = []
        self.expected = expected_named

    def pick(self, remaining: int) -> int:
        rng = self.rng
        left = max(1.0, remaining * self.expected)
        if self.unseen and (not self.seen or rng.random() < len(self.unseen) / left):
            index = self.unseen.pop()
            self.seen.append(index)
            self.cum.append((self.cum[-1] if self.cum else 0.0) + self.weights[index])
            return index
        return rng.choices(self.seen, cum_weights=self.cum)[0]


def _fits(code: str, age: int | None) -> bool:
    if age is None or code not in d.CATEGORY_AGES:
        return True
    low, high = d.CATEGORY_AGES[code]
    return low <= age <= high


@lru_cache(maxsize=256)
def _often_referred(code: str) -> bool:
    return any(_matches(code, prefix) for prefix in d.OFTEN_REFERRED)


@lru_cache(maxsize=256)
def _quick_question(code: str) -> bool:
    """Digital help and activities: often asked without giving a name."""
    return _matches(code, "digital") or _matches(code, "faellesskab")


@lru_cache(maxsize=256)
def _urgency_odds(code: str) -> tuple[float, float]:
    return next(
        (odds for prefix, odds in d.URGENCY.items() if _matches(code, prefix)), d.URGENCY_DEFAULT
    )


def _urgency(rng: random.Random, code: str) -> str:
    high, acute = _urgency_odds(code)
    roll = rng.random()
    if roll < acute:
        return "acute"
    if roll < acute + high:
        return "high"
    return "low" if roll > 1 - d.LOW_URGENCY else "normal"


def _status(rng: random.Random, age_days: int, code: str, named: bool) -> str:
    if age_days <= 2:
        weights = {"open": 0.5, "answered": 0.3, "referred": 0.2, "closed": 0.0}
    elif age_days <= 14:
        weights = {"open": 0.15, "answered": 0.45, "referred": 0.3, "closed": 0.1}
    else:
        weights = {"open": 0.02, "answered": 0.5, "referred": 0.3, "closed": 0.18}
    if _often_referred(code):
        weights["referred"] *= 1.6
    if not named:
        weights["referred"] *= 0.6
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@lru_cache(maxsize=512)
def _fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _render(rng: random.Random, template: str) -> str:
    values: dict[str, str] = {}
    for name in _fields(template):
        if name == "beloeb":
            values[name] = f"{rng.randint(8, 600) * 50:,} kr.".replace(",", ".")
        elif name == "opgang":
            values[name] = str(rng.randint(1, 99))
        else:
            values[name] = rng.choice(demo_texts().slots[name])
    return template.format(**values)


def _description(rng: random.Random, code: str, channel: str, status: str, named: bool,
                 language: str | None) -> str:
    if not named and channel == "walk_in" and rng.random() < 0.12:
        return ""  # a quick question, logged without words
    texts = demo_texts()
    english = texts.english_templates.get(code) if language == "en" else None
    if english:
        return rng.choice(english)
    templates = texts.templates.get(code) or texts.templates.get(code.split(".")[0]) or ("",)
    text = _render(rng, rng.choice(templates))
    if channel in texts.channel_prefix and rng.random() < 0.4:
        text = rng.choice(texts.channel_prefix[channel]) + text
    if rng.random() < 0.35:
        text = f"{text} {rng.choice(texts.notes[status])}"
    return text


def _make_inquiries(run: _Run, total: int, people: list[_Person]) -> _Made:
    rng = run.random("inquiries")
    per_day = run.calendar.spread(rng, total)
    channels = [c for c, _ in d.CHANNEL_WEIGHTS]
    channel_weights = [w for _, w in d.CHANNEL_WEIGHTS]
    expected_named = sum(w * d.NAMED_SHARE[c] for c, w in d.CHANNEL_WEIGHTS) / sum(channel_weights)
    picker = _ResidentPicker(rng, people, expected_named)
    front, coordinator = run.staff[Role.FRONT_DESK], run.staff[Role.COORDINATOR]
    rows: list[dict[str, Any]] = []
    done = anonymous = 0
    days_used: list[date] = []

    for day, count in zip(run.calendar.days, per_day, strict=True):
        if not count:
            continue
        days_used.append(day.day)
        codes, cum = run.codes("inquiries", day.day.month)
        age_days = (run.today - day.day).days
        arrivals = sorted(
            (_moment(rng, day, channel), channel)
            for channel in rng.choices(channels, weights=channel_weights, k=count)
        )
        for received, channel in arrivals:
            done += 1
            code = rng.choices(codes, cum_weights=cum)[0]
            share = d.NAMED_SHARE[channel]
            if _quick_question(code):
                share *= 0.8
            elif _often_referred(code):
                share = min(0.95, share * 1.15)
            person = people[picker.pick(total - done)] if people and rng.random() < share else None
            if person is not None:
                age = day.day.year - person.birth_year if person.birth_year is not None else None
                if person.last_code and rng.random() < SAME_MATTER:
                    code = person.last_code
                for _ in range(3):
                    if _fits(code, age):
                        break
                    code = rng.choices(codes, cum_weights=cum)[0]
                person.last_code = code
                person.first = person.first or received
                person.last = received
                language: str | None = person.language
                interpreter = person.interpreter
            else:
                anonymous += 1
                language = _pick(rng, d.ANONYMOUS_LANGUAGES) if rng.random() < 0.85 else None
                interpreter = language not in (None, "da", "en") and rng.random() < 0.25
            status = _status(rng, age_days, code, person is not None)
            if channel == "outreach":
                logged_by = coordinator if rng.random() < 0.7 else front
            else:
                logged_by = front if rng.random() < 0.85 else coordinator
            if channel == "walk_in":
                desk: str | None = d.DESKS[0] if rng.random() < 0.6 else d.DESKS[1]
            else:
                desk = d.DESKS[0] if channel == "phone" else None
            rows.append({
                "received_at": received,
                "created_at": received,
                "updated_at": received,
                "channel": channel,
                "category_id": run.categories[code],
                "description": _description(rng, code, channel, status, person is not None,
                                            language),
                "language": language,
                "interpreter_needed": interpreter,
                "urgency": _urgency(rng, code),
                "status": status,
                "resident_id": person.id if person else None,
                "logged_by_id": logged_by,
                "desk": desk,
                # Snapshots, as the intake service takes them.
                "age_band": age_band(person.birth_year, day.day) if person else None,
                "housing_organization_id": person.housing_organization_id if person else None,
                "is_demo": True,
            })
            if len(rows) >= BATCH:
                run.insert(m.Inquiry, rows, "inquiries", done, total)
                rows = []
    run.insert(m.Inquiry, rows, "inquiries", done, total)

    # A resident was registered at their first inquiry and last active at their latest.
    touched = [
        {"id": p.id, "created_at": p.first, "updated_at": p.last, "last_activity_at": p.last}
        for p in people
        if p.first is not None
    ]
    bulk.update_rows(run.session, _table(m.Resident), touched)
    return _Made(anonymous, days_used[0], days_used[-1])


# --- Tallies -------------------------------------------------------------------------------------


def _make_tallies(run: _Run, total: int) -> None:
    rng = run.random("tallies")
    per_day = run.calendar.spread(rng, total)
    channels = [c for c, _ in d.TALLY_CHANNEL_WEIGHTS]
    channel_weights = [w for _, w in d.TALLY_CHANNEL_WEIGHTS]
    front = run.staff[Role.FRONT_DESK]
    rows: list[dict[str, Any]] = []
    done = 0
    for day, count in zip(run.calendar.days, per_day, strict=True):
        if not count:
            continue
        codes, cum = run.codes("tallies", day.day.month)
        arrivals = sorted(
            (_moment(rng, day, channel), channel)
            for channel in rng.choices(channels, weights=channel_weights, k=count)
        )
        for at, channel in arrivals:
            done += 1
            undone = at + timedelta(seconds=rng.randint(2, 9)) if rng.random() < 0.015 else None
            rows.append({
                "at": at,
                "category_id": run.categories[rng.choices(codes, cum_weights=cum)[0]],
                "channel": channel,
                "logged_by_id": front,
                "desk": d.DESKS[0] if channel != "walk_in" or rng.random() < 0.6 else d.DESKS[1],
                "undone_at": undone,
                "is_demo": True,
            })
            if len(rows) >= BATCH:
                run.insert(m.Tally, rows, "tallies", done, total)
                rows = []
    run.insert(m.Tally, rows, "tallies", done, total)


# --- Referrals -----------------------------------------------------------------------------------

# Closed referrals: how they ended, and the reason drawn for the ones that need one.
CLOSED_OUTCOMES = (("completed", 0.66), ("not_completed", 0.15), ("declined", 0.10), ("cancelled", 0.09))
REASONS = (("resident_declined", 0.25), ("no_capacity", 0.15), ("no_longer_needed", 0.25),
           ("resident_unreachable", 0.2), ("service_unreachable", 0.1), ("other", 0.05))
HANDED_OVER_SHARE = 0.25


def _service_choices(session: Session) -> tuple[dict[int, list[tuple[int, int | None, int]]], dict[int, tuple[int, int]]]:
    """Category id -> [(service id, housing organization id or None, priority)] from the
    routing rules, and service id -> (organization id, follow-up days) for active services."""
    services = {
        sid: (org, days)
        for sid, org, days in session.execute(
            select(m.Service.id, m.Service.organization_id, m.Service.follow_up_days)
            .where(m.Service.status == "active"))
    }
    by_category: dict[int, list[tuple[int, int | None, int]]] = {}
    for category_id, service_id, housing, priority in session.execute(
        select(m.RoutingRule.category_id, m.RoutingRule.service_id, m.RoutingRule.housing_organization_id,
               m.RoutingRule.priority).where(m.RoutingRule.active.is_(True))
        .order_by(m.RoutingRule.category_id, m.RoutingRule.priority.desc(), m.RoutingRule.id)
    ):
        if service_id in services:
            by_category.setdefault(category_id, []).append((service_id, housing, priority))
    return by_category, services


def _choose_service(rng: random.Random, options: list[tuple[int, int | None, int]], housing: int | None) -> int | None:
    fitting = [o for o in options if o[1] is None or o[1] == housing]
    if not fitting:
        return None
    best = max(o[2] for o in fitting)
    top = [o[0] for o in fitting if o[2] == best]
    return top[0] if rng.random() < 0.8 or len(fitting) == 1 else rng.choice([o[0] for o in fitting])


def _make_referrals(run: _Run) -> int:
    """A referral for every inquiry marked referred (still open) or closed (ended),
    with its history; some open ones are past their follow-up date, as in life."""
    from referral_app.domain.referrals import add_working_days

    rng = run.random("referrals")
    due_date = lru_cache(maxsize=None)(add_working_days)  # a few hundred distinct (day, days) pairs
    by_category, services = _service_choices(run.session)
    coordinator, front = run.staff[Role.COORDINATOR], run.staff[Role.FRONT_DESK]
    now_limit = local_day_bounds(run.today)[1]
    inquiries = run.session.execute(
        select(m.Inquiry.id, m.Inquiry.received_at, m.Inquiry.status, m.Inquiry.category_id,
               m.Inquiry.resident_id, m.Inquiry.housing_organization_id)
        .where(m.Inquiry.is_demo.is_(True), m.Inquiry.status.in_(("referred", "closed")))
        .order_by(m.Inquiry.id)
    ).all()
    consents: set[tuple[int, int]] = set()
    finished: list[dict[str, Any]] = []
    made = 0
    next_referral_id = bulk.next_id(run.session, _table(m.Referral))
    for start in range(0, len(inquiries), BATCH):
        referral_rows: list[dict[str, Any]] = []
        histories: list[list[tuple[datetime, str | None, str, int]]] = []
        consent_rows: list[dict[str, Any]] = []
        for inquiry_id, received, status, category_id, resident_id, housing in inquiries[start:start + BATCH]:
            service_id = _choose_service(rng, by_category.get(category_id, []), housing)
            if service_id is None:  # nowhere to refer this category: the desk answered it
                finished.append({"id": inquiry_id, "status": "answered"})
                continue
            organization_id, follow_up_days = services[service_id]
            created = received + timedelta(minutes=rng.randint(3, 40))
            if created > now_limit:
                created = received
            due = due_date(created.astimezone().date(), follow_up_days)
            mode = "handed_over" if resident_id is not None and rng.random() < HANDED_OVER_SHARE else "logged"
            if mode == "handed_over" and (resident_id, organization_id) not in consents:
                consents.add((resident_id, organization_id))
                consent_rows.append({"resident_id": resident_id, "purpose": "hand_over",
                                     "organization_id": organization_id, "given_at": created - timedelta(minutes=2),
                                     "recorded_by_id": front})
            history: list[tuple[datetime, str | None, str, int]] = [(created, None, "proposed", front)]
            age_days = (now_limit - created).days

            def step(to: str, days: float, history: list[tuple[datetime, str | None, str, int]] = history) -> None:
                moment = min(history[-1][0] + timedelta(days=days, minutes=rng.randint(5, 300)), now_limit)
                history.append((moment, history[-1][2], to, coordinator))

            closed_at = reason = None
            # Most referrals end within weeks; only some old ones are still open (and overdue).
            still_open = status == "referred" and (due >= run.today - timedelta(days=3) or rng.random() < 0.008)
            if status == "referred" and not still_open:
                finished.append({"id": inquiry_id, "status": "closed"})
            if still_open:
                if age_days > 1 or rng.random() < 0.5:
                    step("sent", rng.uniform(0, 1.5))
                    if age_days > 4 and rng.random() < 0.6:
                        step("accepted", rng.uniform(0.5, 4))
            else:
                outcome = rng.choices([o for o, _ in CLOSED_OUTCOMES], weights=[w for _, w in CLOSED_OUTCOMES])[0]
                if outcome == "cancelled":
                    step("cancelled", rng.uniform(0, 3))
                else:
                    step("sent", rng.uniform(0, 1.5))
                    if outcome == "declined":
                        step("declined", rng.uniform(0.5, 5))
                    else:
                        step("accepted", rng.uniform(0.5, 4))
                        step(outcome, max(0.2, rng.lognormvariate(1.8, 0.6)))
                if outcome in ("declined", "not_completed"):
                    reason = rng.choices([r for r, _ in REASONS], weights=[w for _, w in REASONS])[0]
                closed_at = history[-1][0]
            referral_rows.append({
                "id": next_referral_id + made + len(referral_rows),
                "inquiry_id": inquiry_id, "service_id": service_id, "category_id": category_id,
                "mode": mode, "status": history[-1][2],
                "reason": reason, "reason_note": "Se journalnotat" if reason == "other" else None,
                "due_date": due, "outcome": None, "created_by_id": front, "assigned_to_id": None,
                "previous_referral_id": None, "closed_at": closed_at, "created_at": created,
                "updated_at": history[-1][0], "is_demo": True, "version": len(history),
            })
            histories.append(history)
        bulk.insert_rows(run.session, _table(m.Consent), consent_rows)
        if referral_rows:
            bulk.insert_rows(run.session, _table(m.Referral), referral_rows)
            events = [{"referral_id": row["id"], "at": at, "staff_user_id": by, "from_status": old,
                       "to_status": new, "note": None}
                      for row, history in zip(referral_rows, histories, strict=True) for at, old, new, by in history]
            bulk.insert_rows(run.session, _table(m.ReferralEvent), events)
            made += len(referral_rows)
        run.progress("referrals", min(start + BATCH, len(inquiries)), len(inquiries))
    bulk.after_explicit_ids(run.session, _table(m.Referral))
    bulk.update_rows(run.session, _table(m.Inquiry), finished)
    return made
