"""The statistics report's counts, read from the per-day summaries.

The summaries (``db/stat_summaries.py``, kept by triggers) count inquiries,
quick counts and referrals per UTC day. A period is whole local days and its
months start at local midnight, which is not UTC midnight: each month of the
period is read as the whole UTC days inside it (from the summaries) plus the
few hours at its edges (from the rows themselves, through the time indexes).
So the figures are exactly those of a GROUP BY over every row of the period,
at the cost of a few hundred summary rows per month.

Two figures cannot be added up from days: how many different residents asked
(read from the index on ``inquiry(resident_id, received_at)``, in resident
order without a sort) and the median days to completion (the middle entry of
the index on ``stat_completion(days, created_at)``). The overdue referrals
depend on the report's day and are counted from the open ones only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, case, false, func, literal, or_, select, text, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from referral_app.db import models as m
from referral_app.db.types import UTCDateTime
from referral_app.domain.enums import OrganizationKind, ReferralStatus
from referral_app.domain.inquiries import local_day_bounds
from referral_app.domain.referrals import OPEN_STATUSES
from referral_app.domain.reporting import (
    AskerGroup,
    CategoryRow,
    ChannelGroup,
    InquiryGroup,
    Period,
    ReferralGroup,
    ServiceGroup,
    ServiceRow,
    StatisticsRows,
)

Progress = Callable[[int, int], None]


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def statistics_rows(session: Session, period: Period, today: date,
                    progress: Progress | None = None) -> StatisticsRows:
    """What the statistics report counts for ``period``: groups of at most a few
    thousand rows, and the small tables that name things."""
    steps = 6
    plan = _Plan.of(period)
    report_progress(progress, 0, steps)
    inquiries, channels = _inquiry_groups(session, plan)
    report_progress(progress, 1, steps)
    askers = _asker_groups(session, plan)
    report_progress(progress, 2, steps)
    unique, repeat = _resident_visits(session, plan)
    report_progress(progress, 3, steps)
    referrals, per_service = _referral_groups(session, plan, today)
    report_progress(progress, 4, steps)
    median = _median_days(session, plan)
    report_progress(progress, 5, steps)
    categories, organizations, housing_ids, services = _naming_tables(session)
    report_progress(progress, 6, steps)
    return StatisticsRows(
        inquiries=inquiries, askers=askers, unique_residents=unique, repeat_residents=repeat,
        referrals=referrals, per_service=per_service, median_days_to_completion=median,
        categories=categories, organizations=organizations, housing_organization_ids=housing_ids,
        services=services, channels=channels,
    )


# --- which days come from the summaries, which hours from the rows -------------------------------


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


@dataclass(frozen=True)
class _Month:
    """One month's part of the period: UTC days [first_day, end_day) from the
    summaries (none when the part is shorter than a UTC day), the rest as
    instants [start, end) read from the rows."""

    index: int
    first_day: date | None
    end_day: date | None
    edges: tuple[tuple[datetime, datetime], ...]


@dataclass(frozen=True)
class _Plan:
    period: Period
    lower: datetime
    upper: datetime
    months: tuple[_Month, ...]

    @classmethod
    def of(cls, period: Period) -> _Plan:
        lower = local_day_bounds(period.start)[0]
        upper = local_day_bounds(period.end)[1]
        cuts = [lower, *(local_day_bounds(first)[0] for first in period.month_starts()[1:]), upper]
        months = []
        for index, (start, end) in enumerate(zip(cuts, cuts[1:], strict=False)):
            first = start.date() if start == _midnight(start.date()) else start.date() + timedelta(days=1)
            last = end.date()  # the UTC day [last, ...) holds ``end`` or starts at it
            if first < last:
                edges = tuple((a, b) for a, b in ((start, _midnight(first)), (_midnight(last), end)) if a < b)
                months.append(_Month(index, first, last, edges))
            else:
                months.append(_Month(index, None, None, ((start, end),)))
        return cls(period, lower, upper, tuple(months))

    @property
    def summarised(self) -> tuple[_Month, ...]:
        return tuple(month for month in self.months if month.first_day is not None)

    def days_in(self, day: Any) -> ColumnElement[bool]:
        """A summary row's day lies between the first and the last whole UTC day
        of the period (one range: the days at month edges are left out by
        ``month_of_day``)."""
        months = self.summarised
        if not months:
            return false()
        return and_(day >= months[0].first_day, day < months[-1].end_day)

    def month_of_day(self, day: Any) -> Any:
        """The index of the period's month a summary day belongs to; -1 for a
        UTC day at a month's edge, which is read from the rows instead."""
        months = self.summarised
        if len(months) <= 1:
            return literal(months[0].index if months else -1)
        cases = []
        for previous, month in zip(months, months[1:], strict=False):
            cases.append((day < previous.end_day, previous.index))
            cases.append((day < month.first_day, -1))
        return case(*cases, else_=months[-1].index)

    def edges_in(self, column: Any) -> ColumnElement[bool]:
        """A row's time lies in the hours of the period not covered by whole UTC days."""
        ranges = [edge for month in self.months for edge in month.edges]
        if not ranges:
            return false()
        return or_(*(and_(column >= a, column < b) for a, b in ranges))

    def month_of_time(self, column: Any) -> Any:
        """The index of the period's month a timestamp falls in (local month boundaries)."""
        cuts = [local_day_bounds(first)[0] for first in self.period.month_starts()[1:]]
        if not cuts:
            return literal(0)
        return case(*((column < cut, index) for index, cut in enumerate(cuts)), else_=len(cuts))


def _grouped(session: Session, source: Any, measure: Any, *columns: Any) -> list[tuple[Any, ...]]:
    """``SELECT columns..., measure FROM source GROUP BY columns...``; the columns are
    computed in a subquery first, so PostgreSQL sees the same expressions in SELECT
    and GROUP BY even when they carry bound parameters. ``measure`` is a function of
    the subquery (``None``: count the rows)."""
    inner = source.add_columns(*(c.label(f"c{i}") for i, c in enumerate(columns))).subquery()
    keys = [inner.c[f"c{i}"] for i in range(len(columns))]
    value = func.count() if measure is None else func.sum(inner.c[measure])
    return [tuple(row) for row in session.execute(select(*keys, value).group_by(*keys))]


def _counted(rows: list[tuple[Any, ...]]) -> Counter[tuple[Any, ...]]:
    totals: Counter[tuple[Any, ...]] = Counter()
    for *key, n in rows:
        totals[tuple(key)] += int(n or 0)
    return totals


# --- the queries ---------------------------------------------------------------------------------


def _inquiry_groups(session: Session, plan: _Plan) -> tuple[tuple[InquiryGroup, ...], tuple[ChannelGroup, ...]]:
    """Logged inquiries and quick counts together: what "inquiries in total" counts. The
    summaries' days by category and month, and by channel; the edges' rows by all three."""
    s = m.StatInquiryDay
    by_category = _counted(_grouped(
        session, select(s.n.label("n")).where(plan.days_in(s.day)), "n",
        s.tally, s.category_id, plan.month_of_day(s.day)))
    c = m.StatChannelDay
    by_channel = _counted(_grouped(
        session, select(c.n.label("n")).where(plan.days_in(c.day)), "n",
        c.tally, c.channel, plan.month_of_day(c.day)))
    channels: Counter[tuple[bool, str]] = Counter()
    for (tally, channel, month), n in by_channel.items():
        if month != -1:
            channels[(bool(tally), channel)] += n
    totals: Counter[tuple[Any, ...]] = Counter()
    for (tally, category_id, month), n in by_category.items():
        if month != -1:
            totals[(bool(tally), category_id, None, month)] += n
    edges = union_all(
        select(literal(False).label("tally"), m.Inquiry.category_id.label("category_id"),
               m.Inquiry.channel.label("channel"), m.Inquiry.received_at.label("at"))
        .where(plan.edges_in(m.Inquiry.received_at)),
        select(literal(True), m.Tally.category_id, m.Tally.channel, m.Tally.at)
        .where(plan.edges_in(m.Tally.at), m.Tally.undone_at.is_(None)),
    ).subquery()
    for tally, category_id, channel, month, n in _grouped(
            session, select().select_from(edges), None, edges.c.tally, edges.c.category_id, edges.c.channel,
            plan.month_of_time(edges.c.at)):
        totals[(bool(tally), category_id or 0, channel, month)] += n
    return (tuple(InquiryGroup(tally, category_id or None, channel, int(month), n)
                  for (tally, category_id, channel, month), n in sorted(totals.items(), key=repr) if n),
            tuple(ChannelGroup(tally, channel, n) for (tally, channel), n in sorted(channels.items()) if n))


def _asker_groups(session: Session, plan: _Plan) -> tuple[AskerGroup, ...]:
    """Logged inquiries by who asked: anonymous or not, their housing organization and age band then."""
    s = m.StatAskerDay
    totals = _counted(_grouped(session, select(s.n.label("n")).where(plan.days_in(s.day)), "n",
                               s.anonymous, s.housing_organization_id, s.age_band, plan.month_of_day(s.day)))
    by_asker: Counter[tuple[Any, ...]] = Counter()
    for (is_anonymous, housing_id, band, month), n in totals.items():
        if month != -1:
            by_asker[(bool(is_anonymous), housing_id, band)] += n
    totals = by_asker
    anonymous = case((m.Inquiry.resident_id.is_(None), 1), else_=0)
    for is_anonymous, housing_id, band, n in _grouped(
            session, select().where(plan.edges_in(m.Inquiry.received_at)), None, anonymous,
            m.Inquiry.housing_organization_id, m.Inquiry.age_band):
        totals[(bool(is_anonymous), housing_id or 0, band or "")] += n
    return tuple(AskerGroup(bool(is_anonymous), housing_id or None, band or None, n)
                 for (is_anonymous, housing_id, band), n in sorted(totals.items(), key=repr) if n)


_SQLITE_VISITS = text("""
SELECT count(*), coalesce(sum(n > 1), 0) FROM (
    SELECT count(*) AS n FROM inquiry INDEXED BY ix_inquiry_resident_received
    WHERE resident_id IS NOT NULL AND received_at >= :lower AND received_at < :upper
    GROUP BY resident_id
)""").bindparams(bindparam("lower", type_=UTCDateTime), bindparam("upper", type_=UTCDateTime))


def _resident_visits(session: Session, plan: _Plan) -> tuple[int, int]:
    """How many different residents asked, and how many of them more than once:
    the index on (resident, time) read in resident order, so no sort is needed."""
    if session.get_bind().dialect.name == "sqlite":
        # SQLite would otherwise pick the time index and sort a year's rows by resident.
        unique, repeat = session.execute(_SQLITE_VISITS, {"lower": plan.lower, "upper": plan.upper}).one()
        return int(unique), int(repeat)
    visits = (select(m.Inquiry.resident_id, func.count().label("n"))
              .where(m.Inquiry.resident_id.is_not(None), m.Inquiry.received_at >= plan.lower,
                     m.Inquiry.received_at < plan.upper)
              .group_by(m.Inquiry.resident_id).subquery())
    unique, repeat = session.execute(
        select(func.count(), func.coalesce(func.sum(case((visits.c.n > 1, 1), else_=0)), 0))).one()
    return int(unique), int(repeat)


def _referral_groups(session: Session, plan: _Plan, today: date
                     ) -> tuple[tuple[ReferralGroup, ...], tuple[ServiceGroup, ...]]:
    """Referrals by status and month (overdue today or not), and by service: how many and
    how many completed."""
    s = m.StatReferralDay
    totals = _counted(_grouped(session, select(s.n.label("n")).where(plan.days_in(s.day)), "n",
                               s.status, plan.month_of_day(s.day)))
    by_status_month: Counter[tuple[str, int]] = Counter(
        {(status, int(month)): n for (status, month), n in totals.items() if month != -1})
    v = m.StatServiceDay
    days = select(v.service_id.label("service_id"), v.n.label("n"), v.completed.label("completed"),
                  plan.month_of_day(v.day).label("month")).where(plan.days_in(v.day)).subquery()
    per_service: Counter[int] = Counter()
    completed: Counter[int] = Counter()
    for service_id, n, done in session.execute(
            select(days.c.service_id, func.sum(days.c.n), func.sum(days.c.completed))
            .where(days.c.month != -1).group_by(days.c.service_id)):
        per_service[service_id] += int(n or 0)
        completed[service_id] += int(done or 0)
    r = m.Referral
    for service_id, status, month, n in _grouped(
            session, select().where(plan.edges_in(r.created_at)), None, r.service_id, r.status,
            plan.month_of_time(r.created_at)):
        by_status_month[(status, int(month))] += n
        per_service[service_id] += n
        if status == ReferralStatus.COMPLETED.value:
            completed[service_id] += n
    # Overdue: open and past the due date today. Only open referrals are read (the status index).
    overdue = _counted(_grouped(
        session, select().where(r.status.in_([st.value for st in OPEN_STATUSES]), r.due_date < today,
                                r.created_at >= plan.lower, r.created_at < plan.upper),
        None, r.status, plan.month_of_time(r.created_at)))
    referrals = []
    for (status, month), n in sorted(by_status_month.items()):
        late = overdue.get((status, month), 0)
        if n - late:
            referrals.append(ReferralGroup(status, month, False, n - late))
        if late:
            referrals.append(ReferralGroup(status, month, True, late))
    services = []
    for service_id, n in sorted(per_service.items()):
        if completed[service_id]:
            services.append(ServiceGroup(service_id, ReferralStatus.COMPLETED.value, completed[service_id]))
        if n - completed[service_id]:
            services.append(ServiceGroup(service_id, None, n - completed[service_id]))
    return tuple(referrals), tuple(services)


_SQLITE_MIDDLE = text("""
SELECT days FROM stat_completion INDEXED BY ix_stat_completion_days_created
WHERE created_at >= :lower AND created_at < :upper ORDER BY days LIMIT :limit OFFSET :offset
""").bindparams(bindparam("lower", type_=UTCDateTime), bindparam("upper", type_=UTCDateTime))


def _median_days(session: Session, plan: _Plan) -> float | None:
    """The median days from referral to completion of the period's completed
    referrals: the middle one or two entries of the index on (days, created_at)."""
    c = m.StatCompletion
    in_period = and_(c.created_at >= plan.lower, c.created_at < plan.upper)
    n = int(session.scalar(select(func.count()).where(in_period)) or 0)
    if n == 0:
        return None
    limit, offset = 2 - n % 2, (n - 1) // 2
    if session.get_bind().dialect.name == "sqlite":
        # Walk the (days, created_at) index up to the middle; SQLite would otherwise sort the period's rows.
        values = session.scalars(_SQLITE_MIDDLE, {"lower": plan.lower, "upper": plan.upper, "limit": limit,
                                                  "offset": offset})
    else:
        values = session.scalars(select(c.days).where(in_period).order_by(c.days).limit(limit).offset(offset))
    middle = [float(v) for v in values]
    if len(middle) == 1:
        return middle[0]
    low, high = middle
    if session.get_bind().dialect.name == "postgresql":
        return low + (high - low) * 0.5  # as percentile_cont interpolates
    return (low + high) / 2  # as SQLite's avg() of the two


def _naming_tables(session: Session) -> tuple[tuple[CategoryRow, ...], dict[int, str], tuple[int, ...],
                                              tuple[ServiceRow, ...]]:
    """Categories, organizations (and which are housing organizations, by name) and services."""
    categories = tuple(
        CategoryRow(c.id, c.code, c.name_da, c.name_en, c.parent_id, c.focus_area, bool(c.active), c.sort_order)
        for c in session.scalars(select(m.Category))
    )
    organizations = {oid: name for oid, name in session.execute(
        select(m.Organization.id, m.Organization.name)).tuples()}
    housing_ids = tuple(session.scalars(select(m.Organization.id).where(
        m.Organization.kind == OrganizationKind.HOUSING.value).order_by(m.Organization.name)))
    services = tuple(ServiceRow(sid, name, org_id) for sid, name, org_id in session.execute(
        select(m.Service.id, m.Service.name, m.Service.organization_id)).tuples())
    return categories, organizations, housing_ids, services
