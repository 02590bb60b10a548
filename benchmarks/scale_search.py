"""Resident search and inquiry free text at a municipality's scale, next to
the bare index query measured in the same run.

    .venv/bin/python benchmarks/scale_search.py DB_URL [DB_URL ...]

Each URL is a database already migrated to this version (copy a demo
database and run ``db upgrade`` on the copy; this script only reads, apart
from the audit entries the searches write, as they do in the app).

Measures (each row: app seconds, bare baseline seconds, per keystroke or query):

- **Resident search, top 50**: names, a typo and a phone number typed letter
  by letter from the second character on, each keystroke one
  ``residents.search(..., limit=50)`` in its own transaction, as the
  resident picker's worker runs it (audit entry included). Baseline: the
  bare index query for the same keystroke and 50 rows (SQLite: FTS5 MATCH
  of the typed word starts on the trigram index; PostgreSQL: the LIKE the
  pg_trgm index serves), through the bare driver.
- **Inquiry free text, first 200 ids**: ``search_index.matching_inquiry_ids``
  against the bare FTS5 MATCH (SQLite) or ILIKE (PostgreSQL) with the same
  limit and order.

``measure(url, size_label)`` returns the rows for ``benchmarks/scale.py``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

Row = tuple[str, float, float]

RESIDENT_SEARCH = "Resident search, top 50"
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


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _median_per_item(work: Callable[[str], object], items: list[str]) -> float:
    """The median over ``ROUNDS`` runs of the mean time per item."""
    runs = []
    for _ in range(ROUNDS):
        runs.append(sum(_timed(lambda item=item: work(item)) for item in items) / len(items))
    return sorted(runs)[len(runs) // 2]  # (benchmarks/statistics.py hides the stdlib module)


def _bare_sqlite(path: str) -> tuple[Callable[[str], object], Callable[[str], object]]:
    import sqlite3

    from referral_app.services.residents import _key

    conn = sqlite3.connect(path)

    def names(typed: str) -> object:
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

    return names, inquiries


def _bare_postgres(url: str) -> tuple[Callable[[str], object], Callable[[str], object]]:
    import psycopg

    from referral_app.services.residents import _key

    conn = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)

    def names(typed: str) -> object:
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

    return names, inquiries


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

    bare_names, bare_inquiries = (_bare_sqlite(str(db.path)) if db.url.get_backend_name() == "sqlite"
                                  else _bare_postgres(db.url.render_as_string(hide_password=False)))
    for typed in keystrokes[:5]:  # warm the caches on both sides
        app_search(typed)
        bare_names(typed)
    rows = [
        (RESIDENT_SEARCH, _median_per_item(app_search, keystrokes), _median_per_item(bare_names, keystrokes)),
        (INQUIRY_TEXT, _median_per_item(app_inquiries, list(INQUIRY_WORDS)),
         _median_per_item(bare_inquiries, list(INQUIRY_WORDS))),
    ]
    db.dispose()
    return rows


def print_table(rows: list[tuple[str, str, float, float]]) -> None:
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
