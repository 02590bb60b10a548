"""The resident register: find people while they wait, catch duplicates,
create and correct records, and merge two records of the same person.

Every search (with its terms) and every opening of a record is written to
the audit trail. Creates and updates record which fields were set, not
their values: audit rows outlive anonymization and must not keep copies of
personal data. Search terms are kept, as Datatilsynet asks, which is why a
CPR-like search term is refused before it reaches the log.
"""

from __future__ import annotations

import functools
import re
from collections import namedtuple
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, cast

# (rapidfuzz is imported in the functions that score: the app's first screen does not load it.)
from sqlalchemy import Table, bindparam, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from referral_app.db import models as m
from referral_app.db.types import utcnow
from referral_app.domain import residents as r
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction
from referral_app.domain.directory import number_in_range
from referral_app.domain.errors import ConflictError, NotFoundError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import local_today
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.residents import MSG_ANONYMIZED, MSG_MERGED, MSG_NO_RESIDENT
from referral_app.domain.text import fold
from referral_app.services import audit, search_index
from referral_app.services.permissions import require

# Scores are 0-100. Measured on Danish names: a one-letter typo per word, a
# missing letter or æ/ø/å written ae/oe/aa scores 80 or more, unrelated names
# of similar shape stay at 76 or less.
NAME_CUTOFF = 78
# Names at the same address this similar are offered as possible duplicates.
DUPLICATE_NAME_CUTOFF = 85
# A phone number with one digit wrong (7 of 8 right) still scores 87.5.
PHONE_TYPO_CUTOFF = 85
MIN_PHONE_DIGITS = 3
MAX_PURPOSE = 300

_PHONE_QUERY = re.compile(r"^\+?[\d\s\-./()]+$")
_PERSONAL_FIELDS = (
    "full_name",
    "phone",
    "email",
    "street",
    "house_number",
    "unit",
    "postal_code",
    "city",
    "birth_year",
    "preferred_language",
    "interpreter_needed",
)


# --- Rows to domain objects ---------------------------------------------------------


def resident_from_row(
    row: Any, organization_name: str | None, *, today: date | None = None
) -> r.Resident:
    """A resident from anything with the columns as attributes (an ORM row or a ``_Shown`` row)."""
    band = r.age_band(row.birth_year, today or local_today()) if row.birth_year is not None else row.age_band
    return r.Resident(
        id=row.id,
        full_name=row.full_name,
        phone=row.phone,
        email=row.email,
        street=row.street,
        house_number=row.house_number,
        unit=row.unit,
        postal_code=row.postal_code,
        city=row.city,
        housing_organization_id=row.housing_organization_id,
        housing_organization_name=organization_name,
        department=row.department,
        birth_year=row.birth_year,
        age_band=band,
        preferred_language=row.preferred_language,
        interpreter_needed=bool(row.interpreter_needed),
        anonymized=row.anonymized_at is not None,
        last_activity_at=row.last_activity_at,
        version=row.version,
    )


_RESIDENTS = cast(Table, m.Resident.__table__)
_ORGANIZATIONS = cast(Table, m.Organization.__table__)
# The columns a found resident is shown with, read as plain rows (no ORM
# objects to build and track for a search's results).
_SHOWN_COLUMNS = (
    "id", "full_name", "phone", "email", "street", "house_number", "unit", "postal_code", "city",
    "housing_organization_id", "department", "birth_year", "age_band", "preferred_language",
    "interpreter_needed", "anonymized_at", "last_activity_at", "version")
_Shown = namedtuple("_Shown", (*_SHOWN_COLUMNS, "organization_name"))  # type: ignore[misc]  # fields: the list
_LOAD = (
    select(*(_RESIDENTS.c[name] for name in _SHOWN_COLUMNS), _ORGANIZATIONS.c.name)
    .select_from(_RESIDENTS.outerjoin(_ORGANIZATIONS,
                                      _RESIDENTS.c.housing_organization_id == _ORGANIZATIONS.c.id))
    .where(_RESIDENTS.c.id.in_(bindparam("ids", expanding=True)))
)
# The same on SQLite straight from the driver (search_index.driver_rows: kept prepared).
_LOAD_SQL = (
    "SELECT " + ", ".join(f"r.{name}" for name in _SHOWN_COLUMNS) + ", o.name FROM resident AS r "
    "LEFT JOIN organization AS o ON o.id = r.housing_organization_id WHERE r.id IN ({})"
)
_TIMES = tuple(_SHOWN_COLUMNS.index(name) for name in ("anonymized_at", "last_activity_at"))


def _load(session: Session, ids: Iterable[int]) -> dict[int, r.Resident]:
    wanted = list(ids)
    if not wanted:
        return {}
    today = local_today()
    session.flush()  # the rows are read past the session
    connection = session.connection()
    if connection.dialect.name == "sqlite":  # the driver's rows; times read as the column type reads them
        moment = _RESIDENTS.c.last_activity_at.type.dialect_impl(connection.dialect).result_processor(
            connection.dialect, None)
        assert moment is not None
        rows: list[Any] = []
        for raw in search_index.driver_rows(session, _LOAD_SQL.format(",".join("?" * len(wanted))), wanted):
            row = list(raw)
            for at in _TIMES:
                row[at] = moment(row[at])
            rows.append(row)
    else:
        rows = list(connection.execute(_LOAD, {"ids": wanted}).tuples())
    shown: Iterable[Any] = (_Shown(*row) for row in rows)
    return {row.id: resident_from_row(row, row.organization_name, today=today) for row in shown}


def _view(session: Session, row: m.Resident) -> r.Resident:
    session.flush()
    name = None
    if row.housing_organization_id is not None:
        name = session.scalar(
            select(m.Organization.name).where(m.Organization.id == row.housing_organization_id)
        )
    return resident_from_row(row, name)


def usable_resident_row(
    session: Session, resident_id: int, *, field: str | None = None
) -> m.Resident:
    """A resident that may be worked on: exists, not merged, not anonymized.

    Raises NotFoundError or ConflictError on ``field``.
    """
    row = session.get(m.Resident, resident_id)
    if row is None:
        raise NotFoundError(MSG_NO_RESIDENT, field=field, id=resident_id)
    if row.merged_into_id is not None:
        raise ConflictError(MSG_MERGED, field=field, id=resident_id, merged_into=row.merged_into_id)
    if row.anonymized_at is not None:
        raise ConflictError(MSG_ANONYMIZED, field=field, id=resident_id)
    return row


def _active() -> tuple[ColumnElement[bool], ...]:
    return (m.Resident.anonymized_at.is_(None), m.Resident.merged_into_id.is_(None))


# --- Fuzzy scoring ------------------------------------------------------------------------


def _key(text: str | None) -> str:
    """Folded, lower-case, punctuation as spaces: "Anne-Marie Sørensen" -> "anne marie soerensen"."""
    from rapidfuzz import utils

    return " ".join(utils.default_process(fold(text)).split())


def _word_score(query_words: list[str], name_words: list[str]) -> float:
    """Each typed word against its best word in the name, averaged.

    A typed word that begins a name word counts fully (search as you type);
    from four letters on, a typo in that beginning is forgiven as in a whole word.
    """
    from rapidfuzz import fuzz

    if not query_words or not name_words:
        return 0.0
    total = 0.0
    for typed in query_words:
        best = 0.0
        for word in name_words:
            score = fuzz.ratio(typed, word)
            if len(word) > len(typed):
                if word.startswith(typed):
                    score = 100.0
                elif len(typed) >= 4:
                    score = max(score, fuzz.ratio(typed, word[: len(typed)]))
            best = max(best, score)
        total += best
    return total / len(query_words)


def name_score(query: str, choice: str, **_: object) -> float:
    """rapidfuzz's WRatio, or the word-by-word score when that is higher.

    WRatio alone ranks "Soren" against "Søren Hansen" (72) next to unrelated
    names (68); comparing word by word keeps the one-letter slip at 91.
    """
    from rapidfuzz import fuzz

    if not query or not choice:
        return 0.0
    return max(fuzz.WRatio(query, choice), _word_score(query.split(), choice.split()))


class _Hits:
    """The best score per resident, with a tie-breaker and the reason."""

    def __init__(self) -> None:
        self.best: dict[int, tuple[float, float, r.MatchReason]] = {}

    def add(self, resident_id: int, score: float, tie: float, why: r.MatchReason) -> None:
        current = self.best.get(resident_id)
        if current is None or (score, tie) > current[:2]:
            self.best[resident_id] = (score, tie, why)

    def add_all(self, found: Iterable[tuple[int, float, float]], why: r.MatchReason) -> None:
        """``add`` for many ``(resident id, score, tie)`` with one reason."""
        best = self.best
        for resident_id, score, tie in found:
            current = best.get(resident_id)
            if current is None or (score, tie) > current[:2]:
                best[resident_id] = (score, tie, why)

    def top(self, names: dict[int, str], limit: int) -> list[tuple[int, float, r.MatchReason]]:
        # Best score, then tie-breaker, then name, then number (unique: the reason is never compared).
        ordered = sorted((-score, -tie, names.get(rid, ""), rid, why) for rid, (score, tie, why) in self.best.items())
        return [(rid, -score, why) for score, _, _, rid, why in ordered[:limit]]


def _query_phone_digits(query: str) -> str | None:
    """The digits to look for when the query is a (part of a) phone number."""
    if not _PHONE_QUERY.match(query):
        return None
    digits = "".join(ch for ch in query if ch.isdigit())
    stripped = query.lstrip()
    if stripped.startswith("+45") or stripped.startswith("0045"):
        digits = digits[4:] if stripped.startswith("0045") else digits[2:]
    return digits if len(digits) >= MIN_PHONE_DIGITS else None


def _score_phone(hits: _Hits, digits: str, phones: dict[int, str]) -> None:
    from rapidfuzz import fuzz, process

    for rid, phone in phones.items():
        if digits == phone:
            hits.add(rid, 100.0, 100.0, r.MatchReason.PHONE)
        elif digits in phone:
            hits.add(
                rid, 90.0 + 10.0 * len(digits) / max(len(phone), 1) - 0.01, 0.0, r.MatchReason.PHONE
            )
    if len(digits) >= 8:
        for _, score, rid in process.extract(
            digits, phones, scorer=fuzz.ratio, limit=None, score_cutoff=PHONE_TYPO_CUTOFF
        ):
            hits.add(rid, score * 0.9, 0.0, r.MatchReason.PHONE)


def _score_address(
    hits: _Hits, query: str, rows: list[tuple[int, str | None, str | None, str | None]]
) -> None:
    from rapidfuzz import fuzz, process

    address = r.parse_address(query)
    if address.number is None or not address.street:
        return
    street_key = _key(address.street)
    unit_key = _key(address.unit)
    same_number = {
        rid: _key(street)
        for rid, street, number, _ in rows
        if number and number.upper() == address.number
    }
    units = {rid: _key(unit) for rid, _, _, unit in rows}
    for _, score, rid in process.extract(
        street_key, same_number, scorer=fuzz.WRatio, limit=None, score_cutoff=NAME_CUTOFF
    ):
        if unit_key:
            score -= 0.0 if fuzz.ratio(unit_key, units[rid]) >= 80 else 10.0
        hits.add(rid, score, 0.0, r.MatchReason.ADDRESS)


def _score_names(hits: _Hits, key: str, names: dict[int, str]) -> None:
    """Add the residents whose name scores ``NAME_CUTOFF`` or more by ``name_score``.

    The same numbers as calling ``name_score`` on each name, computed in bulk
    with rapidfuzz's C scorers: WRatio once per name, and the word-by-word
    score from each typed word against each distinct word of all the names
    (a few hundred), so no Python scorer runs per name and word pair.
    """
    if not key or not names:
        return
    from rapidfuzz import fuzz, process

    ids = list(names)
    choices = [names[rid] for rid in ids]
    whole = [0.0] * len(choices)
    for _, score, at in process.extract(key, choices, scorer=fuzz.WRatio, limit=None):
        whole[at] = score
    typed = key.split()
    vocabulary = list({word for choice in choices for word in choice.split()})
    best_words = [_typed_word_scores(word, vocabulary) for word in typed]
    lookups = [scores.__getitem__ for scores in best_words]
    for at, rid in enumerate(ids):
        words = choices[at].split()
        by_words = 0.0
        if typed and words:
            total = 0.0
            for lookup in lookups:  # in the typed words' order, as _word_score adds them up
                total += max(map(lookup, words))
            by_words = total / len(typed)
        score = max(whole[at], by_words)
        if score >= NAME_CUTOFF:
            hits.add(rid, score, whole[at], r.MatchReason.NAME)


def _typed_word_scores(typed: str, vocabulary: list[str]) -> dict[str, float]:
    """``_word_score``'s score of one typed word against each word of ``vocabulary``."""
    from rapidfuzz import fuzz, process

    scores = {vocabulary[at]: score for _, score, at in
              process.extract(typed, vocabulary, scorer=fuzz.ratio, limit=None)}
    longer = [word for word in vocabulary if len(word) > len(typed)]
    if len(typed) >= 4:  # a typo in the beginning of a longer word
        heads = [word[: len(typed)] for word in longer]
        for _, score, at in process.extract(typed, heads, scorer=fuzz.ratio, limit=None):
            if score > scores[longer[at]]:
                scores[longer[at]] = score
    for word in longer:
        if word.startswith(typed):
            scores[word] = 100.0
    return scores


def _score_email(hits: _Hits, query: str, emails: dict[int, str]) -> None:
    from rapidfuzz import fuzz, process

    needle = query.strip().lower()
    for rid, email in emails.items():
        if email.startswith(needle):
            hits.add(rid, 100.0 if email == needle else 95.0, 0.0, r.MatchReason.EMAIL)
    for _, score, rid in process.extract(
        needle, emails, scorer=fuzz.ratio, limit=None, score_cutoff=90
    ):
        hits.add(rid, score * 0.95, 0.0, r.MatchReason.EMAIL)


@functools.lru_cache(maxsize=1 << 16)
def _name_key(search_name: str | None) -> str:
    """``_key`` of a stored ``search_name``, which is folded already. Remembered: the
    same candidates come back keystroke after keystroke (a few hundred each)."""
    from rapidfuzz import utils

    return " ".join(utils.default_process(search_name).split()) if search_name else ""


def _begins_words(typed: list[str], name: str) -> bool:
    """Every typed word begins a word of ``name`` (a key): the name scores 100.

    A key's words are separated by single spaces and a typed word has none,
    so "begins a word" is " word" occurring in the key with a space before it.
    """
    padded = " " + name
    return all(" " + part in padded for part in typed)


def _search_names(session: Session, hits: _Hits, key: str, limit: int, names: dict[int, str]) -> None:
    """Score the residents the index offers for a name: those whose name words
    the typed words begin (all score 100, ranked by WRatio), then, when they
    are fewer than ``limit``, the names a typo may be meant for. ``names``
    gets the key of every resident looked at."""
    from rapidfuzz import fuzz, process

    typed = key.split()
    if not typed:
        return
    prefixed = {rid: _name_key(name) for rid, name in search_index.name_prefix_candidates(session, typed).items()}
    names.update(prefixed)
    exact = {rid: name for rid, name in prefixed.items() if name and _begins_words(typed, name)}
    hits.add_all(((rid, 100.0, tie) for _, tie, rid in process.extract(key, exact, scorer=fuzz.WRatio, limit=None)),
                 r.MatchReason.NAME)
    if len(exact) < limit:
        rest = {rid: name for rid, name in prefixed.items() if rid not in exact and name}
        more = search_index.name_substring_candidates(session, key)
        more.update(search_index.name_typo_candidates(session, typed, key))
        for rid, name in more.items():
            if rid not in exact and rid not in rest:
                rest[rid] = names[rid] = _name_key(name)
        _score_names(hits, key, {rid: name for rid, name in rest.items() if name})


# --- Search and view -----------------------------------------------------------------------


def search(
    session: Session, actor: Actor, text: str, limit: int = 20
) -> tuple[r.ResidentMatch, ...]:
    """Residents matching a name, a phone number (or part of one), an
    address ("Høje Gladsaxe 34, 3. tv") or an e-mail address, best first.

    Tolerant of typos and of æ/ø/å written ae/oe/aa. Anonymized and merged
    residents are never found. Written to the audit trail with the terms;
    a blank query finds nothing and is not logged.
    """
    require(session, actor, Permission.SEARCH_RESIDENTS)
    query = " ".join((text or "").split())
    check_no_cpr("query", query)
    if not query:
        return ()
    top, _ = _find(session, query, limit)
    residents = _load(session, (rid for rid, _, _ in top))
    audit.record(
        session,
        actor,
        AuditAction.SEARCH,
        entity="resident",
        detail=f"terms={query!r} results={len(top)}",
    )
    return tuple(r.ResidentMatch(residents[rid], round(score, 1), why) for rid, score, why in top)


def _find(
    session: Session, query: str, limit: int
) -> tuple[list[tuple[int, float, r.MatchReason]], dict[int, str]]:
    """The best matches for a (non-blank, CPR-checked) query among residents
    in use: candidates from the search indexes, ranked here."""
    session.flush()  # the index queries below run on the connection, past the session's autoflush
    hits = _Hits()
    names: dict[int, str] = {}
    candidates: dict[int, search_index.ResidentKeys] = {}
    digits = _query_phone_digits(query)
    if digits is not None:
        candidates = search_index.phone_candidates(session, digits, typos=len(digits) >= 8)
        _score_phone(hits, digits, {k.id: r.phone_digits(k.phone) for k in candidates.values() if k.phone})
    elif "@" in query:
        candidates = search_index.email_candidates(session, query)
        _score_email(hits, query, {k.id: k.email for k in candidates.values() if k.email})
    else:
        _search_names(session, hits, _key(query), max(0, limit), names)
        address = r.parse_address(query)
        if address.number is not None and address.street:
            candidates = search_index.address_candidates(session, address.number)
            _score_address(hits, query, [(k.id, k.street, k.house_number, k.unit) for k in candidates.values()])
    for rid in hits.best:  # the names break ties in the order: only the ranked ones are needed
        if rid not in names and rid in candidates:
            names[rid] = _name_key(candidates[rid].search_name)
    return hits.top(names, max(0, limit)), names


#: Why an administrator looks a resident up by name, and the permission it needs.
ADMIN_LOOKUPS: dict[str, Permission] = {
    "audit log filter": Permission.READ_AUDIT,
    "erasure": Permission.ERASE_DATA,
}


def find_for_admin(
    session: Session, actor: Actor, text: str, purpose: str, limit: int = 20
) -> tuple[r.ResidentRef, ...]:
    """Residents by name (or phone, address, e-mail) for an administrator who
    must pick one: for the audit log's filter or for erasure on request.

    Only the name and the number are returned, and only for that purpose,
    which is logged with the search terms.
    """
    permission = ADMIN_LOOKUPS.get(purpose)
    if permission is None:
        raise ValueError(f"unknown purpose for a resident lookup: {purpose}")
    require(session, actor, permission)
    query = " ".join((text or "").split())
    check_no_cpr("query", query)
    if not query:
        return ()
    top, _ = _find(session, query, limit)
    ids = [rid for rid, _, _ in top]
    full_names = dict(session.execute(
        select(m.Resident.id, m.Resident.full_name).where(m.Resident.id.in_(ids))).tuples().all()) if ids else {}
    audit.record(session, actor, AuditAction.SEARCH, entity="resident", purpose=purpose,
                 detail=f"terms={query!r} results={len(ids)}")
    return tuple(r.ResidentRef(rid, full_names.get(rid) or "") for rid in ids)


def get(session: Session, actor: Actor, resident_id: int, purpose: str) -> r.Resident:
    """Open one resident's record. The purpose is required and logged with the view."""
    require(session, actor, Permission.VIEW_RESIDENT)
    reason = " ".join((purpose or "").split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Write why you open this record. The purpose is saved in the log."
            ),
            field="purpose",
        )
    check_no_cpr("purpose", reason)
    if len(reason) > MAX_PURPOSE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This field can hold at most {maximum} characters."),
            field="purpose",
            maximum=MAX_PURPOSE,
        )
    row = session.get(m.Resident, resident_id)
    if row is None:
        raise NotFoundError(MSG_NO_RESIDENT, id=resident_id)
    if row.merged_into_id is not None:
        raise NotFoundError(MSG_MERGED, id=resident_id, merged_into=row.merged_into_id)
    audit.record(
        session,
        actor,
        AuditAction.VIEW,
        entity="resident",
        entity_id=row.id,
        resident_id=row.id,
        purpose=reason,
    )
    return _view(session, row)


def duplicate_candidates(
    session: Session, actor: Actor, draft: r.ResidentDraft, *, exclude_id: int | None = None
) -> tuple[r.ResidentMatch, ...]:
    """Existing residents who are probably the person in ``draft``: the same
    phone number, or a similar name at the same street and house number.

    Validates the draft first (so nothing invalid reaches the log) and is
    logged as a search. ``exclude_id`` leaves out the record being edited.
    """
    from rapidfuzz import fuzz

    require(session, actor, Permission.SEARCH_RESIDENTS)
    clean = r.clean_resident(draft, today=local_today())
    hits = _Hits()
    conditions = []
    if clean.phone:
        conditions.append(m.Resident.phone == clean.phone)
    if clean.street and clean.house_number:
        conditions.append(m.Resident.house_number == clean.house_number)
    found: list[m.Resident] = []
    for condition in conditions:
        stmt = select(m.Resident).where(condition, *_active())
        if exclude_id is not None:
            stmt = stmt.where(m.Resident.id != exclude_id)
        found.extend(session.scalars(stmt))
    name_key = _key(clean.full_name)
    street = fold(clean.street)
    for row in found:
        if clean.phone and row.phone == clean.phone:
            hits.add(row.id, 100.0, 100.0, r.MatchReason.SAME_PHONE)
        elif fold(row.street) == street and row.house_number == clean.house_number:
            score = fuzz.WRatio(name_key, _key(row.search_name))
            if score >= DUPLICATE_NAME_CUTOFF:
                hits.add(row.id, score, 0.0, r.MatchReason.SIMILAR_NAME_SAME_ADDRESS)
    names = {row.id: _key(row.search_name) for row in found}
    top = hits.top(names, len(names))
    residents = _load(session, (rid for rid, _, _ in top))
    terms = " ".join(
        f"{label}={value!r}"
        for label, value in (
            ("name", clean.full_name),
            ("phone", clean.phone),
            ("address", " ".join(p for p in (clean.street, clean.house_number) if p) or None),
        )
        if value
    )
    audit.record(
        session,
        actor,
        AuditAction.SEARCH,
        entity="resident",
        detail=f"duplicate check {terms} results={len(top)}",
    )
    return tuple(r.ResidentMatch(residents[rid], round(score, 1), why) for rid, score, why in top)


# --- Address table ----------------------------------------------------------------------------


def resolve_address(
    session: Session, street: str | None, number: str | int | None
) -> r.HousingMatch | None:
    """The housing organization and department that own ``street number``.

    Street names compare folded ("Hoeje Gladsaxe" finds "Høje Gladsaxe");
    "34B" counts as 34. When ranges overlap, the narrowest wins, so a
    coordinator can correct one stairwell without splitting a range.
    """
    value = r.house_number_value(str(number)) if number is not None else None
    target = fold(street)
    if value is None or not target:
        return None
    stmt = (
        select(m.AddressRange, m.Organization.name)
        .join(m.Organization, m.AddressRange.organization_id == m.Organization.id)
        .where(m.AddressRange.number_from <= value, m.AddressRange.number_to >= value)
    )
    candidates = [(row, name) for row, name in session.execute(stmt)
                  if fold(row.street) == target
                  and number_in_range(value, row.number_from, row.number_to, row.parity)]
    if not candidates:
        return None
    row, name = min(
        candidates, key=lambda item: (item[0].number_to - item[0].number_from, item[0].id)
    )
    return r.HousingMatch(row.organization_id, name, row.department)


# --- Create, update, merge ----------------------------------------------------------------------


def _apply(
    session: Session, row: m.Resident, clean: r.ResidentDraft, *, today: date, now: datetime
) -> None:
    for name in _PERSONAL_FIELDS:
        setattr(row, name, getattr(clean, name))
    row.search_name = fold(clean.full_name)
    row.age_band = r.age_band(clean.birth_year, today)
    housing = resolve_address(session, clean.street, clean.house_number)
    row.housing_organization_id = housing.organization_id if housing else None
    row.department = housing.department if housing else None
    row.last_activity_at = now


def create(
    session: Session, actor: Actor, draft: r.ResidentDraft, *, now: datetime | None = None
) -> r.Resident:
    """Register a resident. The address is resolved to its housing
    organization and department. Duplicates are not refused here: ask
    duplicate_candidates() first and let the user choose."""
    require(session, actor, Permission.EDIT_RESIDENT)
    now = now or utcnow()
    clean = r.clean_resident(draft, today=local_today(now))
    row = m.Resident(created_at=now)
    _apply(session, row, clean, today=local_today(now), now=now)
    session.add(row)
    session.flush()
    filled = ",".join(
        name for name in _PERSONAL_FIELDS if getattr(clean, name) not in (None, False)
    )
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        entity="resident",
        entity_id=row.id,
        resident_id=row.id,
        detail=f"fields={filled}",
    )
    return _view(session, row)


MSG_RESIDENT_CHANGED = QT_TRANSLATE_NOOP(
    "errors",
    "{who} changed resident {id} while you were editing (at {at}). Nothing of yours was saved; "
    "close the form and open the resident again to see their change.",
)
SOMEONE = QT_TRANSLATE_NOOP("enums", "Someone else")


def _resident_conflict(session: Session, resident_id: int) -> ConflictError:
    """Who changed the resident last, read in a transaction of its own."""
    with audit.reading(session) as fresh:
        last = fresh.scalars(
            select(m.AuditEvent)
            .where(m.AuditEvent.entity == "resident", m.AuditEvent.entity_id == str(resident_id),
                   m.AuditEvent.action.in_((AuditAction.UPDATE.value, AuditAction.MERGE.value)))
            .order_by(m.AuditEvent.id.desc()).limit(1)
        ).first()
        who = last.username if last is not None and last.username else None
        at = last.at.astimezone().strftime("%H:%M") if last is not None else "-"
    return ConflictError(MSG_RESIDENT_CHANGED, id=resident_id, who=who or SOMEONE, at=at,
                         translated_params=() if who else ("who",))


def update(
    session: Session,
    actor: Actor,
    resident_id: int,
    draft: r.ResidentDraft,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> r.Resident:
    """Replace a resident's details with ``draft``; the log names the changed fields.

    ``expected_version`` is the version the user edited: a change saved
    meanwhile at another desk gives a ConflictError and nothing is written.
    """
    require(session, actor, Permission.EDIT_RESIDENT)
    now = now or utcnow()
    row = usable_resident_row(session, resident_id)
    seen = row.version if expected_version is None else expected_version
    if row.version != seen:
        raise _resident_conflict(session, resident_id)
    clean = r.clean_resident(draft, today=local_today(now))
    changed = [name for name in _PERSONAL_FIELDS if getattr(row, name) != getattr(clean, name)]
    # Compare and set the version in one statement (on PostgreSQL it waits for a desk
    # saving the same resident, then finds the version moved on).
    claimed = session.execute(
        sql_update(m.Resident).where(m.Resident.id == resident_id, m.Resident.version == seen)
        .values(version=seen + 1).execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if claimed != 1:
        raise _resident_conflict(session, resident_id)
    row.version = seen + 1
    _apply(session, row, clean, today=local_today(now), now=now)
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity="resident",
        entity_id=row.id,
        resident_id=row.id,
        detail=f"changed={','.join(changed) or '-'}",
    )
    return _view(session, row)


_ADDRESS_FIELDS = (
    "street",
    "house_number",
    "unit",
    "postal_code",
    "city",
    "housing_organization_id",
    "department",
)
_SINGLE_FIELDS = ("phone", "email", "birth_year", "age_band", "preferred_language")


_MERGE_COLUMNS: dict[str, tuple[str, ...]] = {
    "full_name": ("full_name", "search_name"),
    "phone": ("phone",),
    "email": ("email",),
    "address": _ADDRESS_FIELDS,
    "birth_year": ("birth_year", "age_band"),
    "preferred_language": ("preferred_language",),
}


def merge(
    session: Session, actor: Actor, keep_id: int, merge_id: int, *,
    prefer_other: Iterable[str] = (), now: datetime | None = None,
) -> r.Resident:
    """Merge two records of the same person into ``keep_id``, keeping all history.

    Inquiries (and with them their referrals) and consents move to the kept
    resident. ``prefer_other`` names the details (``domain.residents.MERGE_FIELDS``)
    where the other record's value wins, as the user chose; other details
    missing on the kept record are taken from the other one (the address as
    a whole). The other record keeps only what anonymization keeps (housing
    organization, department, age band), points to the kept one through
    merged_into_id, and is never found again.
    """
    require(session, actor, Permission.MERGE_RESIDENTS)
    if keep_id == merge_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose two different residents to merge."),
            field="merge_id",
        )
    chosen = list(dict.fromkeys(prefer_other))
    unknown = [name for name in chosen if name not in r.MERGE_FIELDS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not one of the choices: {choices}."),
            field="prefer_other", value=", ".join(unknown), choices=", ".join(r.MERGE_FIELDS),
        )
    keep = usable_resident_row(session, keep_id, field="keep_id")
    other = usable_resident_row(session, merge_id, field="merge_id")
    now = now or utcnow()
    moved_referrals = len(session.scalars(
        select(m.Referral.id).join(m.Inquiry, m.Referral.inquiry_id == m.Inquiry.id)
        .where(m.Inquiry.resident_id == merge_id)).all())
    for name in chosen:
        for column in _MERGE_COLUMNS[name]:
            setattr(keep, column, getattr(other, column))

    moved_inquiries = session.execute(
        sql_update(m.Inquiry).where(m.Inquiry.resident_id == merge_id).values(resident_id=keep_id)
    ).rowcount  # type: ignore[attr-defined]
    moved_consents = session.execute(
        sql_update(m.Consent).where(m.Consent.resident_id == merge_id).values(resident_id=keep_id)
    ).rowcount  # type: ignore[attr-defined]
    # Records merged earlier into the one that disappears now point to the kept one.
    session.execute(
        sql_update(m.Resident)
        .where(m.Resident.merged_into_id == merge_id)
        .values(merged_into_id=keep_id)
    )

    taken = [*chosen] + [
        name
        for name in _SINGLE_FIELDS
        if name not in chosen and getattr(keep, name) is None and getattr(other, name) is not None
    ]
    for name in taken:
        setattr(keep, name, getattr(other, name))
    if "address" not in chosen and not keep.street and other.street:
        for name in _ADDRESS_FIELDS:
            setattr(keep, name, getattr(other, name))
        taken.append("address")
    keep.interpreter_needed = bool(keep.interpreter_needed or other.interpreter_needed)
    keep.version = keep.version + 1  # an edit of the kept record opened before the merge is stale now
    keep.last_activity_at = max(keep.last_activity_at, other.last_activity_at, now)

    for name in (*_PERSONAL_FIELDS, "search_name"):
        setattr(other, name, False if name == "interpreter_needed" else None)
    other.merged_into_id = keep_id
    session.flush()

    detail = (
        f"merged {merge_id} into {keep_id}: inquiries={moved_inquiries} consents={moved_consents} "
        f"referrals={moved_referrals} "
        f"taken={','.join(taken) or '-'}"
    )
    for resident in (keep_id, merge_id):
        audit.record(
            session,
            actor,
            AuditAction.MERGE,
            entity="resident",
            entity_id=keep_id,
            resident_id=resident,
            detail=detail,
        )
    return _view(session, keep)
