"""Statistics from the per-day summaries (issue #15): the same numbers as the
GROUP BY over every row that the report used before (``stats_oracle``), on
demo data over many random periods, and the summaries stay right whoever
writes: new rows, corrections, undone quick counts, anonymization, erasure,
merges and deleted categories."""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import delete, select, text, update

from referral_app.db import models as m
from referral_app.db import stat_summaries
from referral_app.db.types import utcnow
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import local_today
from referral_app.domain.reporting import Period, roll_up
from referral_app.services import demo, reporting, retention
from referral_app.services.stat_queries import statistics_rows
from tests.services import stats_oracle
from tests.services.staff import make_staff

DEMO_TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def copenhagen_clock(monkeypatch):
    """Local midnight is not UTC midnight here (22:00 or 23:00 UTC), so every
    month of a period has hours at its edges that the summaries do not hold."""
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    assert datetime(2026, 1, 1).astimezone().utcoffset() == timedelta(hours=1)
    yield
    monkeypatch.undo()
    time.tzset()


def _periods(rng: random.Random, count: int) -> list[Period]:
    periods = [Period.year(2025), Period.month(2026, 3), Period.quarter(2025, 4), Period(DEMO_TODAY, DEMO_TODAY)]
    for _ in range(count):
        start = DEMO_TODAY - timedelta(days=rng.randrange(0, 420))
        periods.append(Period.between(start, start + timedelta(days=rng.choice([0, 1, 6, 30, 45, 91, 200, 380]))))
    return periods


def _both(session, period: Period, today: date):
    new = statistics_rows(session, period, today)
    old = stats_oracle.statistics_rows(session, period, today)
    now = utcnow()
    return (roll_up(new, period, generated_at=now, overdue_as_of=today),
            roll_up(old, period, generated_at=now, overdue_as_of=today))


def _assert_agree(session, periods: list[Period], today: date) -> None:
    for period in periods:
        new, old = _both(session, period, today)
        assert new == old, period


def _summaries(session) -> dict[str, list[tuple]]:
    return {table: sorted(tuple(row) for row in session.execute(text(
        f"SELECT * FROM {table} WHERE {'1=1' if table == 'stat_completion' else 'n <> 0'}")))
        for table in stat_summaries.SUMMARY_TABLES}


def _assert_summaries_match_rows(database) -> None:
    """What the triggers kept equals the summaries rebuilt from the rows."""
    with database.begin() as s:
        kept = _summaries(s)
        stat_summaries.rebuild(s.connection())
        rebuilt = _summaries(s)
        s.rollback()
    assert kept == rebuilt


@pytest.fixture
def demo_db(database):
    with database.begin() as s:
        demo.generate(s, residents=150, inquiries=1500, seed=15, today=DEMO_TODAY)
    return database


def test_summaries_and_rows_agree_over_random_periods(demo_db) -> None:
    rng = random.Random(15)
    with demo_db.begin() as s:
        _assert_agree(s, _periods(rng, 40), local_today())
        year, _ = _both(s, Period(DEMO_TODAY - timedelta(days=364), DEMO_TODAY), local_today())
    # The demo data really exercises every breakdown.
    assert year.inquiries_logged > 1000 and year.tallies > 100 and year.repeat_residents > 10
    assert year.median_days_to_completion is not None and year.overdue > 0
    _assert_summaries_match_rows(demo_db)


def test_overdue_follows_the_report_day(demo_db) -> None:
    with demo_db.begin() as s:
        for today in (DEMO_TODAY - timedelta(days=30), DEMO_TODAY, DEMO_TODAY + timedelta(days=40)):
            _assert_agree(s, [Period(DEMO_TODAY - timedelta(days=200), DEMO_TODAY)], today)


def test_every_kind_of_write_keeps_the_summaries_right(demo_db) -> None:
    rng = random.Random(7)
    periods = _periods(rng, 12)
    with demo_db.begin() as s:
        inquiry_ids = list(s.scalars(select(m.Inquiry.id).order_by(m.Inquiry.id)))
        tally_ids = list(s.scalars(select(m.Tally.id).where(m.Tally.undone_at.is_(None)).order_by(m.Tally.id)))
        referral_ids = list(s.scalars(select(m.Referral.id).order_by(m.Referral.id)))
        categories = list(s.scalars(select(m.Category.id)))
        # A correction of saved inquiries: category, channel, time, who asked.
        for inquiry_id in rng.sample(inquiry_ids, 40):
            s.execute(update(m.Inquiry).where(m.Inquiry.id == inquiry_id).values(
                category_id=rng.choice([*categories, None]), channel=rng.choice(["phone", "email", "walk_in"]),
                age_band=rng.choice([None, "18-24", "67+"]), resident_id=None))
        row = s.get(m.Inquiry, inquiry_ids[3])
        row.received_at = row.received_at - timedelta(days=40, hours=5)
        # Quick counts undone, and one undone again.
        s.execute(update(m.Tally).where(m.Tally.id.in_(tally_ids[:25])).values(undone_at=utcnow()))
        s.execute(update(m.Tally).where(m.Tally.id == tally_ids[0]).values(undone_at=None))
        # Referrals move on, one is completed, one deleted with its inquiry.
        s.execute(update(m.Referral).where(m.Referral.id.in_(referral_ids[:30])).values(status="cancelled"))
        s.execute(update(m.Referral).where(m.Referral.id == referral_ids[40]).values(
            status="completed", closed_at=utcnow()))
        s.execute(delete(m.Inquiry).where(m.Inquiry.id == inquiry_ids[10]))
        # A category deleted: its inquiries lose it, its quick counts go (the foreign keys' actions).
        used = s.scalar(select(m.Tally.category_id).where(m.Tally.id == tally_ids[-1]))
        s.execute(update(m.Category).where(m.Category.parent_id == used).values(parent_id=None))
        s.execute(delete(m.RoutingRule).where(m.RoutingRule.category_id == used))
        s.execute(delete(m.Category).where(m.Category.id == used))
    _assert_summaries_match_rows(demo_db)
    with demo_db.begin() as s:
        _assert_agree(s, periods, local_today())


def test_anonymization_and_erasure_leave_the_statistics(demo_db) -> None:
    with demo_db.begin() as s:
        manager = make_staff(s, Role.MANAGER, "mette")
        admin = make_staff(s, Role.ADMIN, "anne")
        resident_id = s.scalar(select(m.Inquiry.resident_id).where(m.Inquiry.resident_id.is_not(None)).limit(1))
    period = Period(DEMO_TODAY - timedelta(days=364), DEMO_TODAY)
    now = utcnow()
    with demo_db.begin() as s:
        before = reporting.statistics(s, manager, period, now=now)
    with demo_db.begin() as s:
        retention.run(s, admin, now=now)
    with demo_db.begin() as s:
        retention.erase(s, admin, resident_id, now=now)
    with demo_db.begin() as s:
        after = reporting.statistics(s, manager, period, now=now)
        assert after == before
        _assert_agree(s, [period], local_today(now))
    _assert_summaries_match_rows(demo_db)


def test_a_report_reads_summaries_not_the_period_rows(demo_db) -> None:
    """Only the hours at the edges of each month are read from the inquiries."""
    from sqlalchemy import event

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(" ".join(statement.split()).lower())

    with demo_db.begin() as s:
        manager = make_staff(s, Role.MANAGER, "mette")
    event.listen(demo_db.engine, "before_cursor_execute", seen)
    try:
        with demo_db.begin() as s:
            reporting.statistics(s, manager, Period.year(2025))
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", seen)
    assert any("stat_inquiry_day" in q for q in statements)
    # The hours between local and UTC midnight at each month's edges come from the rows.
    assert any("from inquiry" in q and "inquiry.received_at >=" in q for q in statements)
    assert any("stat_completion" in q for q in statements)
    assert not any("percentile_cont" in q for q in statements)
