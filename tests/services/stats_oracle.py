"""The statistics as they were computed before the summaries (issue #15): a
GROUP BY over every row of the period. Kept here, unchanged, as the oracle the
summary-based computation is checked against."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, func, literal, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Subquery

from referral_app.db import models as m
from referral_app.domain.enums import ReferralStatus
from referral_app.domain.inquiries import local_day_bounds
from referral_app.domain.referrals import OPEN_STATUSES
from referral_app.domain.reporting import (
    AskerGroup,
    InquiryGroup,
    Period,
    ReferralGroup,
    ServiceGroup,
    StatisticsRows,
)
from referral_app.services.stat_queries import Progress, _naming_tables
from referral_app.services.stat_queries import report_progress as _report


def _bounds(period: Period) -> tuple[datetime, datetime]:
    return local_day_bounds(period.start)[0], local_day_bounds(period.end)[1]


def _month_bucket(column: Any, period: Period) -> Any:
    """The index of the period's month a timestamp falls in (local month boundaries)."""
    edges = [local_day_bounds(first)[0] for first in period.month_starts()[1:]]
    if not edges:
        return literal(0)
    return case(*[(column < edge, index) for index, edge in enumerate(edges)], else_=len(edges))


def _grouped(session: Session, source: Any, *columns: Any) -> list[tuple[Any, ...]]:
    """``SELECT columns..., count(*) FROM source GROUP BY columns...``.

    The columns are computed in a subquery first, so PostgreSQL sees the same
    expressions in SELECT and GROUP BY even when they carry bound parameters.
    """
    inner = source.add_columns(*(c.label(f"c{i}") for i, c in enumerate(columns))).subquery()
    keys = [inner.c[f"c{i}"] for i in range(len(columns))]
    return [tuple(row) for row in session.execute(select(*keys, func.count()).group_by(*keys))]


def _median_days(session: Session, durations: Any) -> float | None:
    """The median of a one-column subquery of day counts, computed by the database."""
    if session.get_bind().dialect.name == "postgresql":
        value = session.scalar(select(func.percentile_cont(0.5).within_group(durations.c.days)))
        return None if value is None else float(value)
    n = int(session.scalar(select(func.count()).select_from(durations)) or 0)
    if n == 0:
        return None
    middle = select(durations.c.days).order_by(durations.c.days).limit(2 - n % 2).offset((n - 1) // 2).subquery()
    value = session.scalar(select(func.avg(middle.c.days)))
    return None if value is None else float(value)


def _days_between(start: Any, end: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return func.extract("epoch", end - start) / 86400.0
    return func.julianday(end) - func.julianday(start)


def statistics_rows(session: Session, period: Period, today: date,
                    progress: Progress | None = None) -> StatisticsRows:
    """Seven queries, each a GROUP BY over the period's rows whose result has
    at most a few thousand groups (category x channel x month, for instance),
    and the small tables that name things."""
    steps = 7
    window = _Window.of(period)
    _report(progress, 0, steps)
    inquiries = _inquiry_groups(session, window)
    _report(progress, 1, steps)
    askers = _asker_groups(session, window)
    _report(progress, 2, steps)
    unique, repeat = _resident_visits(session, window)
    _report(progress, 3, steps)
    referrals = _referral_groups(session, window, today)
    _report(progress, 4, steps)
    per_service = _service_groups(session, window)
    _report(progress, 5, steps)
    median = _median_days(session, _completion_days(session, window))
    _report(progress, 6, steps)
    categories, organizations, housing_ids, services = _naming_tables(session)
    _report(progress, 7, steps)
    return StatisticsRows(
        inquiries=inquiries, askers=askers, unique_residents=unique, repeat_residents=repeat,
        referrals=referrals, per_service=per_service, median_days_to_completion=median,
        categories=categories, organizations=organizations, housing_organization_ids=housing_ids,
        services=services,
    )


@dataclass(frozen=True)
class _Window:
    """The period as conditions on each table's time column."""

    period: Period
    inquiry_in: ColumnElement[bool]
    tally_in: ColumnElement[bool]
    referral_in: ColumnElement[bool]

    @classmethod
    def of(cls, period: Period) -> _Window:
        lower, upper = _bounds(period)
        return cls(
            period,
            and_(m.Inquiry.received_at >= lower, m.Inquiry.received_at < upper),
            and_(m.Tally.at >= lower, m.Tally.at < upper, m.Tally.undone_at.is_(None)),
            and_(m.Referral.created_at >= lower, m.Referral.created_at < upper),
        )


def _inquiry_groups(session: Session, window: _Window) -> tuple[InquiryGroup, ...]:
    """Logged inquiries and quick counts together: what "inquiries in total" counts."""
    everything = union_all(
        select(literal("inquiry").label("kind"), m.Inquiry.category_id.label("category_id"),
               m.Inquiry.channel.label("channel"), m.Inquiry.received_at.label("at")).where(window.inquiry_in),
        select(literal("tally"), m.Tally.category_id, m.Tally.channel, m.Tally.at).where(window.tally_in),
    ).subquery()
    groups = _grouped(session, select().select_from(everything), everything.c.kind, everything.c.category_id,
                      everything.c.channel, _month_bucket(everything.c.at, window.period))
    return tuple(InquiryGroup(kind == "tally", category_id, channel, int(month), n)
                 for kind, category_id, channel, month, n in groups)


def _asker_groups(session: Session, window: _Window) -> tuple[AskerGroup, ...]:
    """Logged inquiries by who asked: anonymous or not, their housing organization and age band then."""
    anonymous = case((m.Inquiry.resident_id.is_(None), 1), else_=0)
    groups = _grouped(session, select().where(window.inquiry_in), anonymous, m.Inquiry.housing_organization_id,
                      m.Inquiry.age_band)
    return tuple(AskerGroup(bool(is_anonymous), housing_id, band, n) for is_anonymous, housing_id, band, n in groups)


def _resident_visits(session: Session, window: _Window) -> tuple[int, int]:
    """How many different residents asked, and how many of them more than once."""
    visits = (select(m.Inquiry.resident_id, func.count().label("n"))
              .where(window.inquiry_in, m.Inquiry.resident_id.is_not(None))
              .group_by(m.Inquiry.resident_id).subquery())
    unique, repeat = session.execute(
        select(func.count(), func.coalesce(func.sum(case((visits.c.n > 1, 1), else_=0)), 0))).one()
    return int(unique), int(repeat)


def _referral_groups(session: Session, window: _Window, today: date) -> tuple[ReferralGroup, ...]:
    """Referrals by status, month and whether the follow-up is overdue today."""
    overdue_flag = case((and_(m.Referral.status.in_([s.value for s in OPEN_STATUSES]), m.Referral.due_date < today),
                         1), else_=0)
    groups = _grouped(session, select().where(window.referral_in), m.Referral.status,
                      _month_bucket(m.Referral.created_at, window.period), overdue_flag)
    return tuple(ReferralGroup(status, int(month), bool(late), n) for status, month, late, n in groups)


def _service_groups(session: Session, window: _Window) -> tuple[ServiceGroup, ...]:
    """Referrals by service (and so by receiving organization) and status."""
    groups = _grouped(session, select().where(window.referral_in), m.Referral.service_id, m.Referral.status)
    return tuple(ServiceGroup(service_id, status, n) for service_id, status, n in groups)


def _completion_days(session: Session, window: _Window) -> Subquery:
    """Days from referral to completion, one row per completed referral."""
    dialect = session.get_bind().dialect.name
    return (
        select(_days_between(m.Referral.created_at, m.Referral.closed_at, dialect).label("days"))
        .where(window.referral_in, m.Referral.status == ReferralStatus.COMPLETED.value,
               m.Referral.closed_at.is_not(None))
        .subquery()
    )
