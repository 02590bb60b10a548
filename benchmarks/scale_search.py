"""Resident search and inquiry free text at a municipality's scale, next to
the bare index query measured in the same run.

    .venv/bin/python benchmarks/scale_search.py DB_URL [DB_URL ...]

Each URL is a database already migrated to this version (copy a demo
database and run ``db upgrade`` on the copy; this script only reads, apart
from the audit entries the searches write, as they do in the app).

Measures (each row: app milliseconds, bare baseline milliseconds, per keystroke or query):

- **Resident search, top 50**: names, a typo and a phone number typed letter
  by letter from the second character on, each keystroke one
  ``residents.search(..., limit=50)`` in its own transaction, as the
  resident picker's worker runs it (audit entry included). Baseline: the bare
  FTS query for the same top 50, through the bare driver: the same candidate
  query the app starts from (SQLite: FTS5 MATCH of the typed word starts on
  the trigram index, 400 candidates, or of the phone digits, 2,000; PostgreSQL:
  the LIKE the pg_trgm index serves) returning the same columns (number and
  name, or phone), ranked the simplest way (sorted by name or phone), and the
  50 shown residents' columns read as the result needs them. The app does
  more on top, and that is what the ratio measures: the ranking (folding,
  rapidfuzz scores), the typo stages when few names begin with the typed
  words (names containing the text, close words from the vocabulary of name
  words), the audit entry with its hash chain, and the transaction.
- **Resident search, top 50 (CPU)**: the same, as CPU time of this process
  (``time.process_time``; SQLite runs in the process, so its work counts on
  both sides). On a busy machine this is the steadier figure.
- **Resident search vs 50 index rowids**: the app's figure again, against the
  baseline this script used first: the FTS MATCH alone returning the first
  50 rowids, unranked, with no columns read. It is not the same work: for a
  short prefix it stops after 50 of thousands of matches, where any ranking
  must look at every candidate (the app reads 400 and their names), and it
  does nothing for typos. Kept for comparison with earlier runs.
- **Inquiry free text, first 200 ids**: ``search_index.matching_inquiry_ids``
  against the bare FTS5 MATCH (SQLite) or ILIKE (PostgreSQL) with the same
  limit and order.

``measure(url, size_label)`` returns the rows for ``benchmarks/scale.py``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

Row = tuple[str, float, float]

RESIDENT_SEARCH = "Resident search, top 50"
RESIDENT_SEARCH_CPU = "Resident search, top 50 (CPU)"
RESIDENT_SEARCH_ROWIDS = "Resident search vs 50 index rowids"
INQUIRY_TEXT = "Inquiry free text, first 200 ids"
ROUNDS = 3
INQUIRY_WORDS = ("hansen", "skimmel", "husleje", "mitid", "lektie")


def _keystrokes(text: str) -> list[str]:
    return [text[:end] for end in range(2, len(text) + 1)]


def _typed_texts(session: object) -> list[str]:
    """Real names from the database (spread over it), one with a letter
    dropped (a typo), and a phone number, as the front desk would type them."""
    from sqlalchemy import func, select

    from referral_app.db import models as m

    count = session.scalar(select(func.count(m.Resident.id)).where(m.Resident.anonymized_at.is_(None)))  # type: ignore[attr-defined]
    names: list[str] = []
    for fraction in (0.13, 0.57, 0.91):
        name = session.scalar(  # type: ignore[attr-defined]
            select(m.Resident.full_name).where(m.Resident.anonymized_at.is_(None), m.Resident.merged_into_id.is_(None))
            .order_by(m.Resident.id).offset(int(count * fraction)).limit(1))
        if name:
            names.append(name)
    phone = session.scalar(  # type: ignore[attr-defined]
        select(m.Resident.phone).where(m.Resident.phone.like("+45%"), m.Resident.anonymized_at.is_(None))
        .order_by(m.Resident.id).offset(int(count * 0.33)).limit(1))
    typo = names[0][:3] + names[0][4:] if names else ""
    texts = [*names, typo]
    if phone:
        digits = phone[3:]
        texts.append(" ".join(digits[i:i + 2] for i in range(0, len(digits), 2)))
    return [t for t in texts if t]


def _actor(session: object) -> object:
    from sqlalchemy import select

    from referral_app.db import models as m
    from referral_app.domain.accounts import Actor
    from referral_app.domain.enums import Role

    row = session.scalar(  # type: ignore[attr-defined]
        select(m.StaffUser).where(m.StaffUser.role.in_(["front_desk", "coordinator", "manager", "admin"]),
                                  m.StaffUser.active.is_(True)).order_by(m.StaffUser.id).limit(1))
    if row is None:
        raise SystemExit("no active staff account in the database")
    return Actor(row.id, row.username, row.full_name, Role(row.role))


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``work()``."""
    start, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - start, time.process_time() - cpu


def _median_per_item(work: Callable[[str], object], items: list[str]) -> tuple[float, float]:
    """The median over ``ROUNDS`` runs of the mean wall and CPU time per item."""
    walls, cpus = [], []
    for _ in range(ROUNDS):
        wall = cpu = 0.0
        for item in items:
            w, c = _timed(lambda item=item: work(item))
            wall, cpu = wall + w, cpu + c
        walls.append(wall / len(items))
        cpus.append(cpu / len(items))
    middle = len(walls) // 2  # (benchmarks/statistics.py hides the stdlib module)
    return sorted(walls)[middle], sorted(cpus)[middle]


# What the app shows of each found resident (``services/residents.py``).
_SHOWN = ("r.id, r.full_name, r.phone, r.email, r.street, r.house_number, r.unit, r.postal_code, r.city, "
          "r.housing_organization_id, r.department, r.birth_year, r.age_band, r.preferred_language, "
          "r.interpreter_needed, r.anonymized_at, r.last_activity_at, r.version, o.name")
_ACTIVE = "r.search_name IS NOT NULL AND r.anonymized_at IS NULL AND r.merged_into_id IS NULL"


def _typed(typed: str) -> tuple[str | None, list[str]]:
    """The phone digits the app looks for, or the folded name words."""
    from referral_app.services.residents import _key, _query_phone_digits

    return _query_phone_digits(" ".join(typed.split())), [w for w in _key(typed).split() if w]


def _bare_sqlite(path: str) -> tuple[Callable[[str], object], Callable[[str], object], Callable[[str], object]]:
    import sqlite3

    conn = sqlite3.connect(path)

    def candidates(match: str, column: str, limit: int) -> list[tuple[int, str]]:
        return conn.execute(f"SELECT r.id, r.{column} FROM (SELECT rowid AS id FROM search_resident_fts "
                            f"WHERE search_resident_fts MATCH ? LIMIT {limit}) AS f JOIN resident AS r "
                            f"ON r.id = f.id WHERE {_ACTIVE}", (match,)).fetchall()

    def top50(typed: str) -> object:
        digits, words = _typed(typed)
        if digits is not None:
            found = candidates(f'phone : "{digits}"', "phone", 2000)
        else:
            indexed = [w for w in words if len(w) + 1 >= 3]
            if indexed:
                found = candidates("name : (" + " AND ".join(f'" {w}"' for w in indexed) + ")", "search_name", 400)
            else:
                found = conn.execute(f"SELECT r.id, r.search_name FROM resident AS r WHERE {_ACTIVE} AND "
                                     f"' ' || r.search_name LIKE ? LIMIT 400", (f"% {words[0]}%",)).fetchall()
        shown = [rid for rid, _ in sorted(found, key=lambda row: (row[1] or "", row[0]))[:50]]
        return conn.execute(f"SELECT {_SHOWN} FROM resident AS r LEFT JOIN organization AS o "
                            f"ON o.id = r.housing_organization_id WHERE r.id IN ({','.join('?' * len(shown))})",
                            shown).fetchall()

    def rowids(typed: str) -> object:
        from referral_app.services.residents import _key

        words = [w for w in _key(typed).split() if w]
        digits = "".join(ch for ch in typed if ch.isdigit())
        if digits and len(digits) == len(typed.replace(" ", "")):
            match = f'phone : "{digits}"'
        else:
            match = "name : (" + " AND ".join(f'" {w}"' for w in words) + ")"
        return conn.execute("SELECT rowid FROM search_resident_fts WHERE search_resident_fts MATCH ? LIMIT 50",
                            (match,)).fetchall()

    def inquiries(word: str) -> object:
        return conn.execute("SELECT rowid FROM search_inquiry_fts WHERE search_inquiry_fts MATCH ? "
                            "ORDER BY rowid DESC LIMIT 200", (f'"{word}"',)).fetchall()

    return top50, rowids, inquiries


def _bare_postgres(url: str) -> tuple[Callable[[str], object], Callable[[str], object], Callable[[str], object]]:
    import psycopg

    from referral_app.services.residents import _key

    conn = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
    name = "(' ' || translate(r.search_name, '-''’.', '    '))"

    def top50(typed: str) -> object:
        digits, words = _typed(typed)
        if digits is not None:
            column, where, params, limit = "phone", "r.phone LIKE %s", [f"%{digits}%"], 2000
        else:
            column, where, limit = "search_name", " AND ".join([f"{name} LIKE %s"] * len(words)), 400
            params = [f"% {w}%" for w in words]
        found = conn.execute(f"SELECT r.id, r.{column} FROM resident AS r WHERE r.anonymized_at IS NULL "
                             f"AND r.merged_into_id IS NULL AND {where} LIMIT {limit}", params).fetchall()
        shown = [rid for rid, _ in sorted(found, key=lambda row: (row[1] or "", row[0]))[:50]]
        return conn.execute(f"SELECT {_SHOWN} FROM resident AS r LEFT JOIN organization AS o "
                            "ON o.id = r.housing_organization_id WHERE r.id = ANY(%s)", (shown,)).fetchall()

    def rowids(typed: str) -> object:
        words = [w for w in _key(typed).split() if w]
        digits = "".join(ch for ch in typed if ch.isdigit())
        if digits and len(digits) == len(typed.replace(" ", "")):
            where, params = "phone LIKE %s", [f"%{digits}%"]
        else:
            where = " AND ".join(["(' ' || translate(resident.search_name, '-''’.', '    ')) LIKE %s"] * len(words))
            params = [f"% {w}%" for w in words]
        return conn.execute(f"SELECT id FROM resident WHERE anonymized_at IS NULL AND merged_into_id IS NULL "
                            f"AND {where} LIMIT 50", params).fetchall()

    def inquiries(word: str) -> object:
        return conn.execute("SELECT id FROM inquiry WHERE description ILIKE %s ORDER BY id DESC LIMIT 200",
                            (f"%{word}%",)).fetchall()

    return top50, rowids, inquiries


def measure(url: str, size_label: str) -> list[Row]:
    """(measure, app seconds, bare seconds) per keystroke / query on ``url``;
    ``size_label`` names the database in what is printed while measuring."""
    from referral_app.services import residents, search_index
    from referral_app.services.database import open_database

    db = open_database(url)
    with db.begin() as session:
        actor = _actor(session)
        texts = _typed_texts(session)
    keystrokes = [typed for text in texts for typed in _keystrokes(text)]
    print(f"{size_label}: typing {', '.join(repr(t) for t in texts)} ({len(keystrokes)} keystrokes)", file=sys.stderr)

    def app_search(typed: str) -> object:
        with db.begin() as session:
            return residents.search(session, actor, typed, limit=50)  # type: ignore[arg-type]

    def app_inquiries(word: str) -> object:
        with db.reading() as session:
            return search_index.matching_inquiry_ids(session, word, 200)

    bare_top, bare_rowids, bare_inquiries = (
        _bare_sqlite(str(db.path)) if db.url.get_backend_name() == "sqlite"
        else _bare_postgres(db.url.render_as_string(hide_password=False)))
    for typed in keystrokes[:5]:  # warm the caches on both sides
        app_search(typed)
        bare_top(typed)
        bare_rowids(typed)
    app_wall, app_cpu = _median_per_item(app_search, keystrokes)
    top_wall, top_cpu = _median_per_item(bare_top, keystrokes)
    rowids_wall, _ = _median_per_item(bare_rowids, keystrokes)
    text_app, _ = _median_per_item(app_inquiries, list(INQUIRY_WORDS))
    text_bare, _ = _median_per_item(bare_inquiries, list(INQUIRY_WORDS))
    rows = [
        (RESIDENT_SEARCH, app_wall, top_wall),
        (RESIDENT_SEARCH_CPU, app_cpu, top_cpu),
        (RESIDENT_SEARCH_ROWIDS, app_wall, rowids_wall),
        (INQUIRY_TEXT, text_app, text_bare),
    ]
    db.dispose()
    return rows


def print_table(rows: list[tuple[str, str, float, float]]) -> None:
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} "
          f"on {os.cpu_count()} cores")
    print(f"{'Measure':<36} {'Database':<14} {'App ms':>9} {'Bare ms':>9} {'Ratio':>7}")
    for name, size, app, bare in rows:
        ratio = app / bare if bare > 0 else float("inf")
        print(f"{name:<36} {size:<14} {app * 1000:>9.2f} {bare * 1000:>9.3f} {ratio:>6.1f}×")


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    rows: list[tuple[str, str, float, float]] = []
    for url in argv:
        size = Path(url.rsplit("/", 1)[-1]).stem or url
        rows += [(name, size, app, bare) for name, app, bare in measure(url, size)]
    print_table(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
