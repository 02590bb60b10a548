"""Candidates from the search index: the few hundred residents or inquiries a
search can be about, found by the database instead of by reading every row.

The resident service ranks what these functions return (folding, typo
tolerance and scores stay in ``services/residents.py`` and ``domain/``); the
queue can narrow its free-text filter with ``inquiry_text_condition`` or
``matching_inquiry_ids``.

- **SQLite**: FTS5 trigram tables kept in step with ``resident`` and
  ``inquiry`` by triggers (migration 0006, ``db/search_tables.py``). A typed
  word W begins a word of a name exactly when the phrase " W" occurs in the
  indexed name, so word starts are one MATCH. Typos are looked up in the
  vocabulary of name words (``search_resident_word``, a few thousand words)
  with rapidfuzz, and the residents using the close words come from the
  index.
- **PostgreSQL**: the same questions as LIKE and pg_trgm's word similarity,
  which pg_trgm's GIN indexes answer; without the extension the name prefix
  has a b-tree and the rest scans.

Nothing here writes: the triggers keep the index in step, whoever writes
``resident`` or ``inquiry`` (the demo generator and imports included).
``forget_erased`` merges the resident index after an erasure, so the
removed trigrams do not linger in old index segments.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.search_tables import (
    INQUIRY_FTS,
    RESIDENT_FTS,
    RESIDENT_VOCABULARY,
    RESIDENT_WORDS_FTS,
)

#: At most this many residents whose names begin with the typed words are ranked.
PREFIX_CANDIDATES = 400
#: At most this many residents with a name close to a typo are ranked.
TYPO_CANDIDATES = 200
#: Close name words looked at for each typed word.
CLOSE_WORDS = 10
#: A name word this similar to a typed word (0-100) may be what was meant. Low on
#: purpose: the other typed words may make up for a poor one in the final score.
CLOSE_WORD_CUTOFF = 50
#: Name words looked at for a one- or two-letter piece of a name.
SHORT_WORDS = 100
#: At most this many residents per phone or e-mail search.
CONTACT_CANDIDATES = 2000
#: The shortest text the trigram index can look for.
MIN_INDEXED = 3

_PG_NAME = "(' ' || translate(resident.search_name, '-''’.', '    '))"
_SQLITE_ACTIVE = "r.search_name IS NOT NULL AND r.anonymized_at IS NULL AND r.merged_into_id IS NULL"


@dataclass(frozen=True, slots=True)
class ResidentKeys:
    """What a resident is searched by, as stored (``search_name`` is folded)."""

    id: int
    search_name: str | None
    phone: str | None
    email: str | None
    street: str | None
    house_number: str | None
    unit: str | None


_KEY_COLUMNS = (m.Resident.id, m.Resident.search_name, m.Resident.phone, m.Resident.email, m.Resident.street,
                m.Resident.house_number, m.Resident.unit)


def _active() -> tuple[ColumnElement[bool], ...]:
    return (m.Resident.search_name.is_not(None), m.Resident.anonymized_at.is_(None),
            m.Resident.merged_into_id.is_(None))


def _keys(rows: Iterable[Any]) -> dict[int, ResidentKeys]:
    return {row.id: ResidentKeys(*row) for row in rows}


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def has_pg_trgm(session: Session) -> bool:
    """Whether PostgreSQL's pg_trgm (and so its indexes) is there."""
    return bool(session.scalar(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")))


def _phrase(term: str) -> str:
    """``term`` as an FTS5 string: a phrase of its trigrams, a substring match."""
    return '"' + term.replace('"', '""') + '"'


def driver_rows(session: Session, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Rows of ``sql`` (``?`` parameters, SQLite) straight from the driver, on
    the session's connection and so in its transaction.

    For the few statements a search runs per keystroke: the sqlite3 module
    keeps them prepared, and no result object is built around a few hundred
    rows that are read once. The session's pending changes are not flushed:
    the caller flushes first (``residents._find`` does).
    """
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _fts_rows(session: Session, match: str, limit: int, table: str = RESIDENT_FTS) -> dict[int, ResidentKeys]:
    rows = driver_rows(
        session,
        f"SELECT {', '.join(f'r.{column.key}' for column in _KEY_COLUMNS)} "
        f"FROM (SELECT rowid AS id FROM {table} WHERE {table} MATCH ? LIMIT ?) AS found "
        f"JOIN resident AS r ON r.id = found.id WHERE {_SQLITE_ACTIVE}", (match, limit))
    return {row[0]: ResidentKeys(*row) for row in rows}


def _fts_names(session: Session, match: str, limit: int, table: str = RESIDENT_FTS) -> dict[int, str]:
    """``{resident id: search_name}`` for the index's matches (names only: cheap to read)."""
    return dict(driver_rows(
        session,
        f"SELECT r.id, r.search_name FROM (SELECT rowid AS id FROM {table} WHERE {table} MATCH ? "
        f"LIMIT ?) AS found JOIN resident AS r ON r.id = found.id WHERE {_SQLITE_ACTIVE}", (match, limit)))


def _names(session: Session, *where: ColumnElement[bool], limit: int | None = None, order: Any = None,
           ) -> dict[int, str]:
    stmt = select(m.Resident.id, m.Resident.search_name).where(*_active(), *where)
    if order is not None:
        stmt = stmt.order_by(*order)
    if limit is not None:
        stmt = stmt.limit(limit)
    return {rid: name for rid, name in session.execute(stmt).tuples() if name is not None}


def _name_expression(session: Session) -> ColumnElement[str]:
    """The indexed name (a space before every word) as SQL, for LIKE."""
    if _sqlite(session):
        return literal_column("(' ' || replace(replace(resident.search_name, '-', ' '), '.', ' '))")
    return literal_column(_PG_NAME)


def _like_words(expression: Any, typed: Sequence[str]) -> list[ColumnElement[bool]]:
    return [expression.like(f"% {word}%") for word in typed]


# --- Names ------------------------------------------------------------------------------------


def name_prefix_candidates(session: Session, typed: Sequence[str], limit: int = PREFIX_CANDIDATES,
                           ) -> dict[int, str]:
    """Active residents with a name word beginning with each typed word (a
    superset: words too short for the index are checked by the caller).

    ``typed`` are the query's words as the resident service splits them.
    """
    words = [word for word in typed if word]
    if not words:
        return {}
    indexed = [word for word in words if len(word) + 1 >= MIN_INDEXED]
    if _sqlite(session) and indexed:
        match = "name : (" + " AND ".join(_phrase(" " + word) for word in indexed) + ")"
        return _fts_names(session, match, limit)
    return _names(session, *_like_words(_name_expression(session), words), limit=limit)


def name_substring_candidates(session: Session, key: str, limit: int = TYPO_CANDIDATES,
                              ) -> dict[int, str]:
    """Active residents whose name contains ``key`` anywhere (a name that merely
    contains the typed text still scores 90 by rapidfuzz's WRatio)."""
    if not key:
        return {}
    if _sqlite(session):
        if len(key) >= MIN_INDEXED:
            return _fts_names(session, "name : " + _phrase(key), limit)
        # Too short for trigrams: the words of the vocabulary holding it, then their residents.
        holding = [word for word in name_vocabulary(session) if key in word][:SHORT_WORDS]
        if not holding:
            return {}
        return _fts_names(session, " OR ".join(_phrase(word) for word in holding), limit, RESIDENT_WORDS_FTS)
    return _names(session, _name_expression(session).like(f"%{key}%"), limit=limit)


def name_vocabulary(session: Session) -> list[str]:
    """The words of the active residents' names (SQLite's ``search_resident_word``)."""
    return [word for (word,) in driver_rows(session, f"SELECT word FROM {RESIDENT_VOCABULARY}")]


def close_words(vocabulary: Sequence[str], typed: str, limit: int = CLOSE_WORDS) -> list[str]:
    """Words of ``vocabulary`` that ``typed`` may be a slip for, closest first:
    similar as a whole, or (from four letters) similar to a longer word's beginning."""
    from rapidfuzz import fuzz, process  # here: the app's first screen does not load it

    scored: dict[str, float] = {}
    for word, score, _ in process.extract(typed, vocabulary, scorer=fuzz.ratio, limit=limit,
                                          score_cutoff=CLOSE_WORD_CUTOFF):
        scored[word] = score
    if len(typed) >= 4:  # a slip in the beginning of a longer word, as the resident score forgives
        longer = [word for word in vocabulary if len(word) > len(typed)]
        heads = [word[: len(typed)] for word in longer]
        for _, score, at in process.extract(typed, heads, scorer=fuzz.ratio, limit=limit,
                                            score_cutoff=CLOSE_WORD_CUTOFF):
            scored[longer[at]] = max(scored.get(longer[at], 0.0), score)
    return sorted(scored, key=lambda word: -scored[word])[:limit]


def name_typo_candidates(session: Session, typed: Sequence[str], key: str, limit: int = TYPO_CANDIDATES,
                         ) -> dict[int, str]:
    """Active residents whose names may be what was meant, typos allowed.

    SQLite: the residents with, for every typed word, a close name word; and
    when those are few, the residents with a close word for any of them.
    PostgreSQL: pg_trgm's word similarity, or every active resident without it.
    """
    words = [word for word in typed if len(word) >= MIN_INDEXED]  # shorter: the prefix and substring stages
    if not words:
        return {}
    if _sqlite(session):
        groups = []
        vocabulary = name_vocabulary(session)
        for word in words:
            close = close_words(vocabulary, word)
            if close:
                groups.append("(" + " OR ".join(_phrase(near) for near in close) + ")")
        if not groups:
            return {}
        found = _fts_names(session, " AND ".join(groups), limit, RESIDENT_WORDS_FTS)
        if len(groups) > 1 and len(found) < limit:
            found.update(_fts_names(session, " OR ".join(groups), limit - len(found), RESIDENT_WORDS_FTS))
        return found
    if has_pg_trgm(session):
        # As on SQLite: the residents with, for every typed word, a close word in the
        # name (pg_trgm's word similarity, which its GIN index answers), the closest
        # first; when those are few, any with a close word for one of them. (Ordering
        # that second, wide set by closeness read every Henrik and every Mortensen: 0.15 s
        # a keystroke at 100,000 residents; the caller ranks the candidates anyway.)
        session.execute(text("SET LOCAL pg_trgm.word_similarity_threshold = 0.3"))
        name: ColumnElement[str] = literal_column(_PG_NAME)
        typed_words: list[ColumnElement[str]] = [bindparam(f"typed_{at}", word) for at, word in enumerate(words)]
        closeness: Any = sum((func.word_similarity(word, name) for word in typed_words[1:]),
                             func.word_similarity(typed_words[0], name))
        near: list[ColumnElement[bool]] = [word.op("<%")(name) for word in typed_words]
        found = _names(session, and_(*near), limit=limit, order=(closeness.desc(), m.Resident.id))
        if len(near) > 1 and len(found) < limit:
            others = [m.Resident.id.not_in(list(found))] if found else []
            found.update(_names(session, or_(*near), *others, limit=limit - len(found)))
        return found
    return _names(session)


# --- Phone, e-mail, address -----------------------------------------------------------------------


def phone_candidates(session: Session, digits: str, *, typos: bool) -> dict[int, ResidentKeys]:
    """Active residents whose phone holds ``digits``; with ``typos``, also those
    sharing three digits in a row with them (a slip leaves such a run intact)."""
    if typos and len(digits) >= 2 * MIN_INDEXED:
        parts = sorted({digits[at:at + MIN_INDEXED] for at in range(len(digits) - MIN_INDEXED + 1)})
    else:
        parts = [digits]
    if _sqlite(session) and len(digits) >= MIN_INDEXED:
        return _fts_rows(session, "phone : (" + " OR ".join(_phrase(part) for part in parts) + ")",
                         CONTACT_CANDIDATES)
    stmt = select(*_KEY_COLUMNS).where(*_active(), or_(*(m.Resident.phone.like(f"%{part}%") for part in parts)))
    return _keys(session.execute(stmt.limit(CONTACT_CANDIDATES)))


def email_candidates(session: Session, needle: str) -> dict[int, ResidentKeys]:
    """Active residents whose e-mail contains ``needle`` or shares its pieces (for slips)."""
    needle = needle.strip().lower()
    if len(needle) < MIN_INDEXED:
        return {}
    pieces = sorted({needle[at:at + 4] for at in range(0, max(1, len(needle) - 3), 2)} | {needle})
    if _sqlite(session):
        return _fts_rows(session, "email : (" + " OR ".join(_phrase(piece) for piece in pieces) + ")",
                         CONTACT_CANDIDATES)
    stmt = select(*_KEY_COLUMNS).where(*_active(), or_(*(m.Resident.email.ilike(f"%{p}%") for p in pieces)))
    return _keys(session.execute(stmt.limit(CONTACT_CANDIDATES)))


def address_candidates(session: Session, house_number: str) -> dict[int, ResidentKeys]:
    """Active residents living at ``house_number`` on any street (an indexed column)."""
    stmt = select(*_KEY_COLUMNS).where(*_active(), m.Resident.house_number == house_number.upper())
    return _keys(session.execute(stmt))


# --- Names contained in text (the queue's free text) ------------------------------------------------

#: Characters the index holds differently from ``search_name`` (it writes the
#: joiners as spaces) or that LIKE reads as wildcards: text holding one is
#: matched by LIKE alone, as before there was an index.
_NOT_INDEXED_AS_IS = frozenset("-'’.%_\\")


def resident_name_condition(session: Session, folded: str) -> ColumnElement[bool]:
    """A WHERE condition on ``m.Resident``: ``search_name LIKE '%folded%'`` (the
    queue's free text, folded by the caller), answered by the index.

    The index (SQLite's trigram table, PostgreSQL's pg_trgm index on the name
    with a space before each word) finds the residents in use whose name holds
    the text; the LIKE then keeps exactly those the plain LIKE keeps, on those
    few rows only (on SQLite only for text with a space, where the index's
    spaces for joiners could differ). Anonymized and merged records have no
    ``search_name``, so they were never matched. Text of one or two letters,
    or with a joiner or a LIKE wildcard in it, is the plain LIKE on every name.
    """
    like = m.Resident.search_name.like(f"%{folded}%")
    if len(folded) < MIN_INDEXED or _NOT_INDEXED_AS_IS & set(folded) or folded != folded.strip():
        return like
    if _sqlite(session):
        ids: Select[Any] = (
            select(literal_column("rowid")).select_from(text(RESIDENT_FTS))
            .where(text(f"{RESIDENT_FTS} MATCH :resident_name").bindparams(resident_name="name : " + _phrase(folded))))
        if " " not in folded:
            # Without a space (nor a joiner) the text lies in the indexed name exactly
            # where it lies in search_name: the index's answer is LIKE's.
            return m.Resident.id.in_(ids)
        return and_(m.Resident.id.in_(ids), like)
    if has_pg_trgm(session):  # the expression and the partial index's condition, so the planner takes it
        return and_(literal_column(_PG_NAME).like(f"%{folded}%"), m.Resident.anonymized_at.is_(None),
                    m.Resident.merged_into_id.is_(None), like)
    return like


# --- Inquiries ----------------------------------------------------------------------------------


def inquiry_text_condition(session: Session, needle: str) -> ColumnElement[bool]:
    """A WHERE condition on ``m.Inquiry``: its description contains ``needle``
    (case ignored), answered by the index where there is one.

    For the queue's free-text filter: put it in an ``or_`` with the other
    columns. On SQLite, three letters or more go through the FTS5 trigram
    index (a subquery of matching ids), shorter text falls back to LIKE; on
    PostgreSQL it is ILIKE, which pg_trgm's GIN index serves.
    """
    cleaned = needle.strip()
    if _sqlite(session) and len(cleaned) >= MIN_INDEXED:
        ids: Select[Any] = select(literal_column("rowid")).select_from(text(INQUIRY_FTS)).where(
            text(f"{INQUIRY_FTS} MATCH :inquiry_text").bindparams(inquiry_text=_phrase(cleaned)))
        return m.Inquiry.id.in_(ids)
    escaped = cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return m.Inquiry.description.ilike(f"%{escaped}%", escape="\\")


def matching_inquiry_ids(session: Session, needle: str, limit: int | None = None) -> list[int]:
    """Ids of the inquiries whose description contains ``needle`` (case
    ignored), newest first, at most ``limit``; empty for blank text.

    The same condition as ``inquiry_text_condition``; use this when a list of
    ids is handier than a condition (e.g. a count or a first page).
    """
    if not needle.strip():
        return []
    if _sqlite(session) and len(needle.strip()) >= MIN_INDEXED:  # the index alone: it has every inquiry
        rows = session.scalars(text(f"SELECT rowid FROM {INQUIRY_FTS} WHERE {INQUIRY_FTS} MATCH :match "
                                    "ORDER BY rowid DESC LIMIT :limit"),
                               {"match": _phrase(needle.strip()), "limit": -1 if limit is None else limit})
        return [int(rid) for rid in rows]
    stmt = select(m.Inquiry.id).where(inquiry_text_condition(session, needle)).order_by(m.Inquiry.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


# --- Upkeep ---------------------------------------------------------------------------------------


def forget_erased(session: Session) -> None:
    """Merge the resident index into one segment, after an erasure or an
    anonymization, so the removed entries are gone from the file and not just
    marked deleted (SQLite; PostgreSQL's indexes drop dead entries themselves
    on vacuum). Inquiry descriptions are scrubbed in place; the trigram index
    keeps only three-letter pieces of the old text until its next merge."""
    if _sqlite(session):
        for table in (RESIDENT_FTS, RESIDENT_WORDS_FTS):
            session.execute(text(f"INSERT INTO {table} ({table}) VALUES ('optimize')"))
