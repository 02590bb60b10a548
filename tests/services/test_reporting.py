"""The reporting service: every statistics figure against an independent count
in plain Python over the same rows, on SQLite and PostgreSQL; periods, the
aggregation staying in SQL, permissions, the slip's and the case summary's
data, and the inquiries CSV."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import event, select

from referral_app.db import models as m
from referral_app.domain.audit import AuditAction
from referral_app.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from referral_app.domain.inquiries import local_today
from referral_app.domain.reporting import (
    Period,
    PeriodKind,
    ResidentField,
    coming_week,
    fields_in_scope,
)
from referral_app.services import exports, reporting
from tests.reports.sample_data import YEAR, independent_figures, split_median


@pytest.fixture
def sample(sample_copy):
    """The report sample, built once per session and copied for this test."""
    return sample_copy.made


def test_every_figure_matches_an_independent_count(sample_database, sample) -> None:
    with sample_database.begin() as s:
        figures = reporting.statistics(s, sample.coordinator, YEAR)
        expected = independent_figures(s, YEAR, local_today())
    got, median = split_median(figures.to_dict())
    want, want_median = split_median(expected)
    assert got == want
    assert median == pytest.approx(want_median, abs=0.051)
    assert figures.median_days_to_completion == pytest.approx(expected["referrals"]["median_days_to_completion"],
                                                              abs=1e-6)
    # The sample is meant to exercise every kind of figure.
    assert figures.tallies > 0 and figures.anonymous > figures.tallies and figures.repeat_residents > 0
    assert all(c.count > 0 for c in figures.referrals_by_status)
    assert figures.overdue > 0 and 0 < figures.completion_rate < 1
    assert dict((c.key, c.count) for c in figures.by_housing_organization)["not_recorded"] > 0


@pytest.mark.parametrize("period", [Period.month(2025, 3), Period.quarter(2025, 4),
                                    Period.between(date(2025, 2, 10), date(2025, 8, 20))])
def test_other_periods_match_too(sample_database, sample, period) -> None:
    with sample_database.begin() as s:
        got, median = split_median(reporting.statistics(s, sample.manager, period).to_dict())
        want, want_median = split_median(independent_figures(s, period, local_today()))
    assert got == want
    assert (median is None) == (want_median is None)
    if median is not None:
        assert median == pytest.approx(want_median, abs=0.051)


def test_the_period_edges_count_whole_local_days(sample_database, sample) -> None:
    """Work at 23:59 on 31 December belongs to that year; at 00:00 on 1 January to the next."""
    with sample_database.begin() as s:
        year = reporting.statistics(s, sample.coordinator, YEAR)
        day = reporting.statistics(s, sample.coordinator, Period.between(date(2025, 12, 31), date(2025, 12, 31)))
    assert year.by_month[0].month == date(2025, 1, 1) and year.by_month[-1].month == date(2025, 12, 1)
    assert day.inquiries_logged >= 1


def test_an_empty_period_gives_zeros_not_an_error(sample_database, sample) -> None:
    with sample_database.begin() as s:
        figures = reporting.statistics(s, sample.manager, Period.year(2019))
    assert figures.is_empty and figures.inquiries_total == 0 and figures.referrals_total == 0
    assert figures.completion_rate is None and figures.median_days_to_completion is None
    assert [c.count for c in figures.by_channel] == [0, 0, 0, 0]
    assert len(figures.by_month) == 12


def test_statistics_aggregate_in_sql_and_do_not_load_rows(sample_database, sample) -> None:
    """Every query the service sends groups or counts: none returns the period's rows."""
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(" ".join(statement.split()).lower())

    engine = sample_database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with sample_database.begin() as s:
            reporting.statistics(s, sample.coordinator, YEAR)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    period_queries = [q for q in statements if "inquiry.received_at" in q or "tally.at" in q
                      or "referral.created_at" in q]
    assert period_queries
    for query in period_queries:
        assert "count(" in query or "percentile_cont" in query or "limit" in query, query
        assert "group by" in query or query.startswith("select count") or "percentile_cont" in query \
            or "avg(" in query or "count(distinct" in query, query


def test_permissions(sample_database, sample) -> None:
    with pytest.raises(PermissionDeniedError), sample_database.begin() as s:
        reporting.statistics(s, sample.front, YEAR)
    with pytest.raises(PermissionDeniedError), sample_database.begin() as s:
        reporting.case_summary_data(s, sample.manager, sample.case_inquiry)
    with pytest.raises(PermissionDeniedError), sample_database.begin() as s:
        reporting.slip_data(s, sample.manager, sample.slip_referral)
    with pytest.raises(PermissionDeniedError), sample_database.begin() as s:
        reporting.slip_data(s, sample.admin, sample.slip_referral)


def test_periods() -> None:
    assert Period.parse("2026") == Period.year(2026)
    assert Period.parse("2026-q3") == Period(date(2026, 7, 1), date(2026, 9, 30), PeriodKind.QUARTER)
    assert Period.parse("Q1-2026") == Period.quarter(2026, 1)
    assert Period.parse("2026-02") == Period(date(2026, 2, 1), date(2026, 2, 28), PeriodKind.MONTH)
    assert Period.between(date(2026, 4, 1), date(2026, 6, 30)).kind is PeriodKind.QUARTER
    assert Period.between(date(2026, 4, 2), date(2026, 6, 30)).kind is PeriodKind.CUSTOM
    assert Period.between(date(2025, 3, 15), date(2025, 5, 2)).month_starts() == (
        date(2025, 3, 15), date(2025, 4, 1), date(2025, 5, 1))
    for bad in ("2026-13", "26", "2026-Q5", "next year"):
        with pytest.raises(ValidationError):
            Period.parse(bad)
    with pytest.raises(ValidationError, match="after its start"):
        Period.between(date(2026, 5, 1), date(2026, 4, 30))
    with pytest.raises(ValidationError, match="at most"):
        Period.between(date(1925, 1, 1), date(2025, 12, 31))


def test_consent_scope_words() -> None:
    assert fields_in_scope(None) == frozenset(ResidentField)
    assert fields_in_scope("navn, telefon") == {ResidentField.NAME, ResidentField.PHONE}
    assert fields_in_scope("name; e-mail / fødselsår") == {ResidentField.NAME, ResidentField.EMAIL,
                                                           ResidentField.BIRTH_YEAR}
    assert fields_in_scope("kun til sagen") == frozenset()


# --- the slip and the case summary ---------------------------------------------------------------


def test_slip_data_has_the_service_the_week_and_only_a_first_name(sample_database, sample) -> None:
    today = date(2026, 11, 27)
    with sample_database.begin() as s:
        data = reporting.slip_data(s, sample.front, sample.slip_referral, language="en", today=today)
        service = s.get(m.Service, s.get(m.Referral, sample.slip_referral).service_id)
        schedules = [(x.weekday, x.opens_at) for x in service.schedules]
    assert data.reference == f"FI-{sample.slip_referral:06d}" and data.bilingual
    assert data.service_name == service.name and data.url == service.url
    assert data.what_to_bring == service.what_to_bring and data.address
    assert data.staff_first_name == "Frida"
    assert [d.day for d in data.opening_days] == [date(2026, 11, 27 + i) if i < 4 else date(2026, 12, i - 3)
                                                  for i in range(7)]
    open_days = {d.day.isoweekday() for d in data.opening_days if not d.closed}
    assert open_days == {weekday for weekday, _ in schedules}
    assert data.vores_hg is not None and data.vores_hg.phone and data.vores_hg.email
    with pytest.raises(NotFoundError), sample_database.begin() as s:
        reporting.slip_data(s, sample.front, 999_999)
    with pytest.raises(ValidationError), sample_database.begin() as s:
        reporting.slip_data(s, sample.front, sample.slip_referral, language="de")


def test_opening_hours_honour_validity_dates() -> None:
    from datetime import time

    from referral_app.domain.directory import Schedule

    week = coming_week((Schedule(1, time(9), time(12)), Schedule(1, time(13), time(15), valid_to=date(2026, 11, 29)),
                        Schedule(3, time(10), time(11), valid_from=date(2026, 12, 10))), date(2026, 11, 27))
    monday = next(d for d in week if d.day.isoweekday() == 1)
    assert [h[:2] for h in monday.hours] == [(time(9), time(12))]
    assert all(d.closed for d in week if d.day.isoweekday() != 1)


def test_case_summary_shows_only_what_consent_allows(sample_database, sample) -> None:
    with sample_database.begin() as s:
        shared = reporting.case_summary_data(s, sample.coordinator, sample.case_inquiry,
                                             recipient_id=sample.recipient_id)
        other = reporting.case_summary_data(s, sample.coordinator, sample.case_inquiry,
                                            recipient_id=sample.other_organization_id)
        own = reporting.case_summary_data(s, sample.coordinator, sample.case_inquiry)
        anonymous = reporting.case_summary_data(s, sample.coordinator, sample.anonymous_inquiry)
    assert shared.resident.allowed == {ResidentField.NAME, ResidentField.PHONE}
    assert shared.resident.name == "Åse Ærbø" and shared.resident.phone
    assert shared.resident.email is None and shared.resident.address is None and shared.resident.birth_year is None
    assert not other.resident.consent_found
    assert other.resident.name is other.resident.phone is other.resident.address is None
    assert own.resident.consent_found and own.resident.address and own.resident.birth_year == 1950
    assert anonymous.resident.resident_id is None
    statuses = [[e.to_status.value for e in r.timeline] for r in shared.referrals]
    assert ["proposed", "sent", "accepted", "completed"] in statuses
    assert any(r.outcome == "Løst: skimmel fjernet" for r in shared.referrals)


def test_case_summary_views_prints_and_saves_are_audited(sample_database, sample, tmp_path) -> None:
    with sample_database.begin() as s:
        report = reporting.render_case_summary(s, sample.coordinator, sample.case_inquiry,
                                               recipient_id=sample.recipient_id)
        reporting.record_output(s, sample.coordinator, report, AuditAction.PRINT)
        reporting.save(s, sample.coordinator, report, tmp_path / "case.pdf")
    with sample_database.begin() as s:
        rows = s.execute(select(m.AuditEvent.action, m.AuditEvent.resident_id, m.AuditEvent.detail)
                         .where(m.AuditEvent.entity == "inquiry", m.AuditEvent.entity_id == str(sample.case_inquiry),
                                m.AuditEvent.action.in_(["view", "print", "export"]))).all()
    assert sorted(r.action for r in rows) == ["export", "print", "view"]
    assert all(r.resident_id is not None and "fields=name,phone" in r.detail for r in rows)
    assert (tmp_path / "case.pdf").read_bytes().startswith(b"%PDF")


def test_a_failed_save_leaves_no_file_and_no_audit_entry(sample_database, sample, tmp_path) -> None:
    with sample_database.begin() as s:
        report = reporting.render_case_summary(s, sample.coordinator, sample.case_inquiry, log_view=False)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match="does not exist"), sample_database.begin() as s:
        reporting.save(s, sample.coordinator, report, out / "missing" / "case.pdf")
    with pytest.raises(ValidationError, match="not an ordinary file"), sample_database.begin() as s:
        reporting.save(s, sample.coordinator, report, out)  # a folder, not a file
    with sample_database.begin() as s:
        assert s.scalar(select(m.AuditEvent.id).where(m.AuditEvent.action == "export")) is None
    assert list(out.iterdir()) == []


# --- the inquiries CSV ----------------------------------------------------------------------------


def _read_csv(path, delimiter=";"):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=delimiter))


def test_csv_export_has_every_inquiry_and_count_and_no_names(sample_database, sample, tmp_path) -> None:
    target = tmp_path / "henvendelser.csv"
    with sample_database.begin() as s:
        rows = exports.export_inquiries(s, sample.manager, YEAR, target)
        figures = reporting.statistics(s, sample.manager, YEAR)
    table = _read_csv(target)
    assert rows == len(table) - 1 == figures.inquiries_total
    header = table[0]
    assert header[:3] == ["Type", "Nummer", "Modtaget"] and "Navn" not in header
    kinds = [row[0] for row in table[1:]]
    assert kinds.count("henvendelse") == figures.inquiries_logged and kinds.count("optælling") == figures.tallies
    assert "Åse Ærbø" not in target.read_text(encoding="utf-8-sig")


def test_csv_with_names_needs_the_right_role(sample_database, sample, tmp_path) -> None:
    with pytest.raises(PermissionDeniedError), sample_database.begin() as s:
        exports.export_inquiries(s, sample.manager, YEAR, tmp_path / "x.csv", with_names=True)
    assert not (tmp_path / "x.csv").exists()
    with sample_database.begin() as s:
        exports.export_inquiries(s, sample.coordinator, YEAR, tmp_path / "names.csv", with_names=True,
                                 delimiter=",", language="en")
    table = _read_csv(tmp_path / "names.csv", ",")
    assert table[0][-2:] == ["Name", "Description"]
    assert any(row[-2] == "Åse Ærbø" for row in table[1:])
    with sample_database.begin() as s:
        details = list(s.scalars(select(m.AuditEvent.detail).where(m.AuditEvent.action == "export")))
    assert any("names=yes" in d for d in details)


def _random_periods(seed: int, count: int) -> list[Period]:
    """Periods of a day to a year and a bit, in and around the demo year."""
    rng = random.Random(seed)
    periods = [YEAR]
    for _ in range(count):
        start = date(2024, 12, 1) + timedelta(days=rng.randrange(0, 400))
        periods.append(Period.between(start, start + timedelta(days=rng.choice([0, 6, 30, 91, 200, 380]))))
    return periods


def test_the_demo_data_matches_an_independent_count_over_random_periods(database) -> None:
    """The shared demo data counted both ways, the year and random periods."""
    from referral_app.domain.accounts import Actor
    from referral_app.domain.enums import Role
    from referral_app.services import demo

    with database.begin() as s:
        demo.generate(s, residents=120, inquiries=900, seed=11, today=date(2025, 12, 31))
    with database.begin() as s:
        row = s.scalars(select(m.StaffUser).where(m.StaffUser.role == Role.MANAGER.value)).one()
        manager = Actor(row.id, row.username, row.full_name, Role.MANAGER)
        for period in _random_periods(seed=2025, count=6):
            figures = reporting.statistics(s, manager, period)
            expected = independent_figures(s, period, local_today())
            got, median = split_median(figures.to_dict())
            want, want_median = split_median(expected)
            assert got == want, period
            assert (median is None) == (want_median is None), period
            if median is not None:
                assert median == pytest.approx(want_median, abs=0.051), period
            if period == YEAR:
                assert figures.inquiries_logged > 500 and figures.tallies > 100 and figures.repeat_residents > 10
