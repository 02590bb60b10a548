"""The statistics roll-up on rows made by hand: what the database counted,
rolled up into the report's breakdowns without a database."""

from __future__ import annotations

from datetime import UTC, date, datetime

from referral_app.domain.reporting import (
    ANONYMOUS,
    NO_CATEGORY,
    NO_FOCUS_AREA,
    NOT_RECORDED,
    AskerGroup,
    CategoryRow,
    Count,
    InquiryGroup,
    MonthCount,
    Period,
    ReferralGroup,
    ServiceCount,
    ServiceGroup,
    ServiceRow,
    StatisticsRows,
    roll_up,
)

QUARTER = Period.quarter(2025, 1)
NOW = datetime(2025, 4, 2, 9, 0, tzinfo=UTC)

# Bolig (a main category with a focus area) and its subcategory Skimmel (none of
# its own); Gammel, an inactive main category; Sprog with its own focus area.
BOLIG = CategoryRow(1, "bolig", "Bolig", "Housing", None, "cohesion", True, 1)
SKIMMEL = CategoryRow(2, "bolig.skimmel", "Skimmel", "Mould", 1, None, True, 1)
GAMMEL = CategoryRow(3, "gammel", "Gammel", "Old", None, None, False, 2)
SPROG = CategoryRow(4, "sprog", "Sprog", "Language", None, "education", True, 0)


def rows(**changes: object) -> StatisticsRows:
    base: dict[str, object] = dict(
        inquiries=(
            InquiryGroup(tally=False, category_id=2, channel="walk_in", month=0, count=5),
            InquiryGroup(tally=True, category_id=2, channel="phone", month=1, count=3),
            InquiryGroup(tally=False, category_id=None, channel="walk_in", month=2, count=2),
            InquiryGroup(tally=False, category_id=4, channel="carrier_pigeon", month=2, count=1),
        ),
        askers=(
            AskerGroup(anonymous=True, housing_organization_id=None, age_band=None, count=2),
            AskerGroup(anonymous=False, housing_organization_id=10, age_band="18-29", count=4),
            AskerGroup(anonymous=False, housing_organization_id=None, age_band=None, count=1),
            AskerGroup(anonymous=False, housing_organization_id=99, age_band="odd", count=1),
        ),
        unique_residents=4,
        repeat_residents=1,
        referrals=(
            ReferralGroup(status="sent", month=0, overdue=True, count=2),
            ReferralGroup(status="sent", month=1, overdue=False, count=1),
            ReferralGroup(status="completed", month=1, overdue=False, count=3),
        ),
        per_service=(
            ServiceGroup(service_id=7, status="sent", count=3),
            ServiceGroup(service_id=7, status="completed", count=1),
            ServiceGroup(service_id=8, status="completed", count=2),
        ),
        median_days_to_completion=4.5,
        categories=(BOLIG, SKIMMEL, GAMMEL, SPROG),
        organizations={10: "AAB", 11: "Lejerbo", 20: "Gladsaxe Kommune", 99: "Gammel boligforening"},
        housing_organization_ids=(10, 11),
        services=(ServiceRow(7, "Ejendomskontor", 10), ServiceRow(8, "Borgerservice", 20)),
    )
    base.update(changes)
    return StatisticsRows(**base)  # type: ignore[arg-type]


def figures(**changes: object):
    return roll_up(rows(**changes), QUARTER, generated_at=NOW, overdue_as_of=date(2025, 4, 2))


def test_totals_and_who_asked() -> None:
    stats = figures()
    assert (stats.inquiries_logged, stats.tallies, stats.named) == (8, 3, 6)
    assert stats.anonymous == 5  # three quick counts and two anonymous logged inquiries
    assert (stats.unique_residents, stats.repeat_residents) == (4, 1)
    assert stats.by_housing_organization == (
        Count("10", 4, "AAB", "AAB"), Count("11", 0, "Lejerbo", "Lejerbo"),
        Count("99", 1, "Gammel boligforening", "Gammel boligforening"),  # not housing any more, still counted
        Count(NOT_RECORDED, 1), Count(ANONYMOUS, 5),
    )
    bands = {c.key: c.count for c in stats.by_age_band}
    assert bands["18-29"] == 4 and bands["odd"] == 1 and bands[NOT_RECORDED] == 1 and bands[ANONYMOUS] == 5
    assert [c.key for c in stats.by_age_band][-3:] == ["odd", NOT_RECORDED, ANONYMOUS]


def test_subcategories_roll_up_into_their_main_category_and_focus_area() -> None:
    stats = figures()
    # Display order by sort order; the inactive category is left out while unused.
    assert stats.by_category == (
        Count("sprog", 1, "Sprog", "Language"), Count("bolig", 8, "Bolig", "Housing"), Count(NO_CATEGORY, 2),
    )
    assert stats.by_subcategory == (
        Count("bolig.skimmel", 8, "Skimmel", "Mould"), Count(NO_CATEGORY, 2), Count("sprog", 1, "Sprog", "Language"),
    )
    focus = {c.key: c.count for c in stats.by_focus_area}
    assert focus["cohesion"] == 8 and focus["education"] == 1 and focus[NO_FOCUS_AREA] == 2


def test_an_inactive_category_in_use_is_shown() -> None:
    stats = figures(inquiries=(InquiryGroup(False, 3, "walk_in", 0, 2),))
    assert [c.key for c in stats.by_category] == ["sprog", "bolig", "gammel"]


def test_channels_months_and_referrals() -> None:
    stats = figures()
    channels = [c.key for c in stats.by_channel]
    assert channels[-1] == "carrier_pigeon"  # an unknown channel is kept, after the known ones
    assert {c.key: c.count for c in stats.by_channel}["walk_in"] == 7
    assert stats.by_month == (
        MonthCount(date(2025, 1, 1), 5, 2), MonthCount(date(2025, 2, 1), 3, 4), MonthCount(date(2025, 3, 1), 3, 0),
    )
    assert {c.key: c.count for c in stats.referrals_by_status}["sent"] == 3
    assert stats.overdue == 2 and stats.completed == 3 and stats.median_days_to_completion == 4.5
    assert stats.referrals_by_organization == (
        Count("10", 4, "AAB", "AAB"), Count("20", 2, "Gladsaxe Kommune", "Gladsaxe Kommune"),
    )
    assert stats.top_services == (
        ServiceCount(7, "Ejendomskontor", "AAB", 4, 1), ServiceCount(8, "Borgerservice", "Gladsaxe Kommune", 2, 2),
    )


def test_nothing_counted_gives_zeros() -> None:
    stats = figures(inquiries=(), askers=(), unique_residents=0, repeat_residents=0, referrals=(), per_service=(),
                    median_days_to_completion=None)
    assert stats.is_empty and stats.anonymous == 0 and stats.top_services == ()
    assert all(c.count == 0 for c in stats.by_category + stats.by_channel + stats.by_housing_organization)
    assert [m.inquiries for m in stats.by_month] == [0, 0, 0]
