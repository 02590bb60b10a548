"""A large load with the search index's and the statistics summaries' triggers set aside
(``db/bulk.py``'s ``loading``, used by the demo generator): the same summaries, the same
search index and the same schema as when the triggers fire row by row, on both backends;
and an error puts everything back with the rollback."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from referral_app.db import bulk, search_tables, stat_summaries
from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.services import demo, intake, search_index
from referral_app.services.database import open_database
from tests.services.staff import make_staff

TODAY = date(2025, 6, 4)
SIZES = {"residents": 300, "inquiries": 2500, "tallies": 600, "seed": 11}
LOADED = ("resident", "consent", "inquiry", "tally", "referral", "referral_event")


@pytest.fixture
def twin(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """A second fresh database on the same backend as ``database``."""
    if db_url.startswith("sqlite"):
        target = tmp_path / "twin.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        url = f"sqlite:///{target}"
        name = None
    else:
        server = request.getfixturevalue("pg_server")
        name = f"ri_twin_{id(request)}"
        server.create_database(name, template=request.getfixturevalue("pg_template"))
        url = server.url(name)
    db = open_database(url)
    yield db
    db.dispose()
    if name is not None:
        server.drop_database(name)


def _row_by_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo generator with its bulk load turned off: every trigger fires per row."""
    monkeypatch.setattr(bulk, "loading", lambda *args, **kwargs: contextlib.nullcontext())


def _schema(session) -> set[tuple[Any, ...]]:
    """The triggers and indexes (with their definitions and, on PostgreSQL, whether enabled)."""
    if session.get_bind().dialect.name == "sqlite":
        return set(session.execute(text(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'table')")).tuples())
    indexes = session.execute(text(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")).tuples()
    triggers = session.execute(text(
        "SELECT t.tgname, c.relname, t.tgenabled, pg_get_triggerdef(t.oid) FROM pg_trigger AS t "
        "JOIN pg_class AS c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal")).tuples()
    return set(indexes) | set(triggers)


def _summaries(session) -> dict[str, list[tuple[Any, ...]]]:
    return {table: sorted(tuple(row) for row in session.execute(text(f"SELECT * FROM {table}")))
            for table in stat_summaries.SUMMARY_TABLES}


def _sqlite_index(session) -> dict[str, list[tuple[Any, ...]]]:
    """Every entry of the FTS5 tables (term, row, column, position) and the name vocabulary."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in (search_tables.RESIDENT_FTS, search_tables.RESIDENT_WORDS_FTS, search_tables.INQUIRY_FTS):
        session.execute(text(f"CREATE VIRTUAL TABLE temp.vocab_{table} USING fts5vocab(main, {table}, 'instance')"))
        found[table] = sorted(tuple(row) for row in session.execute(text(f"SELECT * FROM temp.vocab_{table}")))
        session.execute(text(f"DROP TABLE temp.vocab_{table}"))
    found[search_tables.RESIDENT_VOCABULARY] = sorted(
        tuple(row) for row in session.execute(text(f"SELECT * FROM {search_tables.RESIDENT_VOCABULARY}")))
    return found


def _searches(session) -> list[Any]:
    """What the index answers for a few residents and inquiries of the data."""
    names = session.execute(select(m.Resident.search_name, m.Resident.phone).order_by(m.Resident.id)
                            .limit(400)).all()
    answers: list[Any] = []
    for name, phone in names[::40]:
        words = name.split()
        answers.append(sorted(search_index.name_prefix_candidates(session, [w[:4] for w in words])))
        answers.append(sorted(search_index.name_typo_candidates(session, [words[-1][:-1] + "x"], words[-1])))
        if phone:
            answers.append(sorted(search_index.phone_candidates(session, phone[-6:], typos=False)))
    descriptions = session.scalars(select(m.Inquiry.description).where(m.Inquiry.description != "")
                                   .order_by(m.Inquiry.id).limit(300)).all()
    for description in descriptions[::30]:
        answers.append(search_index.matching_inquiry_ids(session, description.split()[-1]))
    return answers


def _snapshot(database) -> dict[str, Any]:
    with database.begin() as s:
        dialect = s.get_bind().dialect.name
        snapshot = {"schema": _schema(s), "summaries": _summaries(s), "searches": _searches(s)}
        if dialect == "sqlite":
            snapshot["index"] = _sqlite_index(s)
        # The rows are the same too (the same seed; bulk loading changes how, not what).
        snapshot["rows"] = {table: sorted(tuple(r) for r in s.execute(text(f"SELECT * FROM {table}")))
                            for table in LOADED}
    return snapshot


def test_demo_data_loaded_in_bulk_equals_the_triggers_row_by_row(database, twin, monkeypatch) -> None:
    with database.begin() as s:
        before = _schema(s)
        cache = s.connection().exec_driver_sql("PRAGMA cache_size").scalar() \
            if s.get_bind().dialect.name == "sqlite" else None
        demo.generate(s, today=TODAY, **SIZES)
        if cache is not None:  # the load's large page cache is given back
            assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == cache
    bulk_made = _snapshot(database)
    assert bulk_made["schema"] == before  # every trigger and index is back as it was

    with monkeypatch.context() as patch:
        _row_by_row(patch)
        with twin.begin() as s:
            demo.generate(s, today=TODAY, **SIZES)
    by_triggers = _snapshot(twin)

    assert bulk_made["summaries"]["stat_inquiry_day"]  # something to compare
    assert sum(len(ids) for ids in bulk_made["searches"] if ids) > 20
    assert bulk_made.keys() == by_triggers.keys()
    for key in bulk_made:
        assert bulk_made[key] == by_triggers[key], key
    with database.begin() as s:  # and the summaries agree with the rows, as the tests of the triggers check
        kept = _summaries(s)
        stat_summaries.rebuild(s.connection())
        assert _summaries(s) == kept
        s.rollback()


def test_an_error_during_the_load_puts_the_triggers_and_indexes_back(database) -> None:
    with database.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        before = _schema(s)
    tables = [m.Base.metadata.tables[name] for name in LOADED]
    with pytest.raises(RuntimeError), database.begin() as s:
        with bulk.loading(s, tables):
            assert _schema(s) != before  # set aside for the load
            raise RuntimeError("the load failed")
    with database.begin() as s:
        assert _schema(s) == before
        category = s.scalar(select(m.Category.code).where(m.Category.active.is_(True)).limit(1))
        intake.log_inquiry(s, front, InquiryDraft(channel="walk_in", category_code=category,
                                                  description="Hjælp med boligstøtte"))
    with database.begin() as s:  # the triggers fire again
        assert sum(n for _, _, _, n in s.execute(text("SELECT * FROM stat_inquiry_day")).tuples()) == 1
        assert len(search_index.matching_inquiry_ids(s, "boligstøtte")) == 1
