"""A deterministic year of front-desk work for the report tests, made through
the services as the app makes it: residents in different blocks and age
bands, named and anonymous inquiries on every channel, quick counts (some
undone), and referrals in every status, some overdue, with work just inside
and just outside 2025 to test the period's edges.

``independent_figures`` then counts the same things in plain Python over
rows read straight from the tables, without the reporting service, so the
service, the PDF and the JSON can each be compared with it.
"""

from __future__ import annotations

import random
import statistics as pystats
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.domain.accounts import Actor
from referral_app.domain.enums import Channel, ConsentPurpose, FocusArea, ReferralStatus, Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.referrals import OPEN_STATUSES
from referral_app.domain.reporting import OUTCOME_STATUSES, Period
from referral_app.domain.residents import AGE_BANDS, ResidentDraft
from referral_app.services import consent, intake, referrals, residents, tallies
from tests.services.staff import make_staff

YEAR = Period.year(2025)
SEED = 20251127


@dataclass(frozen=True)
class Sample:
    front: Actor
    coordinator: Actor
    manager: Actor
    admin: Actor
    case_inquiry: int  # an inquiry with a resident, consents and a full history
    anonymous_inquiry: int
    slip_referral: int  # a referral to a service with hours, a web page and what to bring
    handed_over_referral: int
    recipient_id: int  # the organization the resident consented to share name and phone with
    other_organization_id: int  # one without consent


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def build(db: object) -> Sample:
    """Fill a fresh migrated database (with the shipped directory) with the sample."""
    rng = random.Random(SEED)
    with db.begin() as s:  # type: ignore[attr-defined]
        front = make_staff(s, Role.FRONT_DESK, "frida", "Frida Ærø Sørensen")
        coordinator = make_staff(s, Role.COORDINATOR, "carl", "Carl Østergaard")
        manager = make_staff(s, Role.MANAGER, "mette", "Mette Åberg")
        admin = make_staff(s, Role.ADMIN, "anne", "Anne Admin")
    with db.begin() as s:  # type: ignore[attr-defined]
        leaf_codes = list(s.scalars(select(m.Category.code).where(m.Category.parent_id.is_not(None),
                                                                  m.Category.active.is_(True))
                                    .order_by(m.Category.code)))
        main_codes = list(s.scalars(select(m.Category.code).where(m.Category.parent_id.is_(None),
                                                                  m.Category.active.is_(True))
                                    .order_by(m.Category.code)))
        services = list(s.scalars(select(m.Service).where(m.Service.status == "active").order_by(m.Service.id)))
        service_ids = [svc.id for svc in services]
        slip_service = next(svc for svc in services if svc.url and svc.what_to_bring and svc.schedules
                            and svc.location_id)
        recipient_id = slip_service.organization_id
        other_org = s.scalar(select(m.Organization.id).where(m.Organization.id != recipient_id)
                             .order_by(m.Organization.id))
    codes = leaf_codes + main_codes[:3]  # now and then only a main category is chosen
    channels = [c.value for c in Channel]

    # Residents: addresses in five organizations' blocks, one outside the address table,
    # birth years in every band and one unknown.
    resident_ids: list[int] = []
    with db.begin() as s:  # type: ignore[attr-defined]
        specs = [
            ("Åse Ærbø", "Høje Gladsaxe", "5", 1950), ("Søren Østergård", "Høje Gladsaxe", "12", 1988),
            ("Mette Jensen", "Høje Gladsaxe", "34", 1979), ("Ali Hassan", "Høje Gladsaxe", "47", 2009),
            ("Fatima Yılmaz", "Høje Gladsaxe", "27", 1995), ("Jens Ørsted", "Høje Gladsaxe", "70", 1962),
            ("Birthe Løkke", "Høje Gladsaxe", "81", None), ("Omar Said", "Vandtårnsvej", "3", 2001),
            ("Grete Nørgaard", "Høje Gladsaxe", "90", 1941), ("Line Bæk", "Høje Gladsaxe", "63", 2013),
            ("Kim Dæhn", "Høje Gladsaxe", "2", 2020), ("Yusuf Demir", "Høje Gladsaxe", "55", 1970),
        ]
        for name, street, number, born in specs:
            made = residents.create(s, front, ResidentDraft(full_name=name, phone=f"2{rng.randint(1000000, 9999999)}",
                                                            street=street, house_number=number, birth_year=born,
                                                            postal_code="2860", city="Søborg"),
                                    now=_at(date(2024, 12, 1), 10))
            resident_ids.append(made.id)

    inquiries: list[tuple[int, datetime]] = []
    with db.begin() as s:  # type: ignore[attr-defined]
        # Just outside the period on both sides, and just inside it.
        edges = [_at(date(2024, 12, 31), 23, 59), _at(date(2025, 1, 1), 0, 0), _at(date(2025, 12, 31), 23, 59),
                 _at(date(2026, 1, 1), 0, 0)]
        moments = edges + [_at(date(2025, 1, 1) + timedelta(days=rng.randrange(365)), rng.randint(8, 17),
                               rng.randint(0, 59)) for _ in range(150)]
        moments += [_at(date(2024, 11, 1) + timedelta(days=rng.randrange(55)), 11) for _ in range(8)]
        for when in moments:
            resident = rng.choice(resident_ids) if rng.random() < 0.65 else None
            made = intake.log_inquiry(s, front, InquiryDraft(
                channel=rng.choice(channels), category_code=rng.choice(codes), resident_id=resident,
                description="Spørgsmål om brev fra kommunen", desk="Skranken"), now=when)
            inquiries.append((made.id, when))

    with db.begin() as s:  # type: ignore[attr-defined]
        for _ in range(45):
            when = _at(date(2025, 1, 1) + timedelta(days=rng.randrange(365)), rng.randint(9, 16))
            receipt = tallies.log_tally(s, front, rng.choice(codes), rng.choice(channels), now=when)
            if rng.random() < 0.1:
                tallies.undo_tally(s, front, receipt.id, now=when + timedelta(seconds=4))
        tallies.log_tally(s, front, codes[0], now=_at(date(2024, 12, 31), 12))  # outside

    # Referrals in every status. Durations vary in hours, so the median is not a whole day.
    paths = {
        "proposed": [], "sent": ["sent"], "accepted": ["sent", "accepted"], "declined": ["sent", "declined"],
        "completed": ["sent", "accepted", "completed"], "not_completed": ["sent", "accepted", "not_completed"],
        "cancelled": ["cancelled"], "referred_elsewhere": None,
    }
    weights = {"proposed": 3, "sent": 3, "accepted": 3, "declined": 2, "completed": 8, "not_completed": 2,
               "cancelled": 2, "referred_elsewhere": 2}
    outcomes = list(paths)
    with db.begin() as s:  # type: ignore[attr-defined]
        for inquiry_id, when in inquiries:
            if rng.random() > 0.55:
                continue
            made = referrals.create(s, front, inquiry_id, rng.choice(service_ids), now=when + timedelta(minutes=5))
            target = rng.choices(outcomes, weights=[weights[o] for o in outcomes])[0]
            step_at = when + timedelta(hours=2)
            if target == "referred_elsewhere":
                other = next(sid for sid in service_ids if sid != made.service_id)
                referrals.reassign(s, coordinator, made.id, other, note="Bedre match", now=step_at)
                continue
            for step in paths[target]:
                step_at += timedelta(hours=rng.randint(3, 200))
                reason = "no_capacity" if step in ("declined", "not_completed") else None
                referrals.move(s, coordinator, made.id, step, reason=reason, now=step_at,
                               outcome="Hjulpet med ansøgningen" if step == "completed" else None)

    # The case: a resident who consented to share name and phone with one organization.
    with db.begin() as s:  # type: ignore[attr-defined]
        resident = resident_ids[0]
        consent.record(s, front, resident, ConsentPurpose.STORE_DATA, now=_at(date(2025, 3, 1), 9))
        consent.record(s, front, resident, ConsentPurpose.HAND_OVER, organization_id=recipient_id,
                       scope="navn, telefon", now=_at(date(2025, 3, 1), 9))
        case = intake.log_inquiry(s, front, InquiryDraft(
            channel="walk_in", category_code="bolig.vedligehold", resident_id=resident,
            description="Skimmel på badeværelset; ønsker hjælp til at kontakte ejendomskontoret.",
            language="da"), now=_at(date(2025, 3, 3), 10))
        handed = referrals.create(s, front, case.id, slip_service.id, mode="handed_over",
                                  note="Ringet til vicevært", now=_at(date(2025, 3, 3), 10, 20))
        referrals.move(s, coordinator, handed.id, "sent", now=_at(date(2025, 3, 3), 11))
        referrals.move(s, coordinator, handed.id, "accepted", note="Kommer på torsdag",
                       now=_at(date(2025, 3, 4), 9))
        referrals.move(s, coordinator, handed.id, "completed", note="Skimmel fjernet, væg malet",
                       outcome="Løst: skimmel fjernet", now=_at(date(2025, 3, 10), 14))
        second = referrals.create(s, front, case.id, service_ids[-1], now=_at(date(2025, 3, 3), 10, 30))
        anonymous = intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid"),
                                       now=_at(date(2025, 4, 2), 10))
        slip = referrals.create(s, front, anonymous.id, slip_service.id, now=_at(date(2025, 4, 2), 10, 5))
    del second
    return Sample(front, coordinator, manager, admin, case.id, anonymous.id, slip.id, handed.id, recipient_id,
                  int(other_org))


# --- the independent count ----------------------------------------------------------------------


def _in(period: Period, moment: datetime) -> bool:
    return period.contains(moment.astimezone().date())


def independent_figures(session: Session, period: Period, today: date) -> dict:
    """Every figure of the statistics, counted in Python over plain rows, shaped like
    ``Statistics.to_dict()`` (without ``generated_at``)."""
    categories = {c.id: c for c in session.scalars(select(m.Category))}
    organizations = {o.id: o for o in session.scalars(select(m.Organization))}
    services = {sv.id: sv for sv in session.scalars(select(m.Service))}
    inquiries = [i for i in session.scalars(select(m.Inquiry)) if _in(period, i.received_at)]
    counts = [t for t in session.scalars(select(m.Tally)) if t.undone_at is None and _in(period, t.at)]
    refs = [r for r in session.scalars(select(m.Referral)) if _in(period, r.created_at)]

    def main(category_id: int | None) -> str:
        c = categories.get(category_id) if category_id else None
        if c is None:
            return "no_category"
        return categories[c.parent_id].code if c.parent_id else c.code

    def focus(category_id: int | None) -> str:
        c = categories.get(category_id) if category_id else None
        value = c and (c.focus_area or (categories[c.parent_id].focus_area if c.parent_id else None))
        return value or "no_focus_area"

    all_categories = [i.category_id for i in inquiries] + [t.category_id for t in counts]
    per_resident = Counter(i.resident_id for i in inquiries if i.resident_id is not None)
    by_main = Counter(main(c) for c in all_categories)
    main_codes = [c.code for c in sorted(categories.values(), key=lambda c: (c.sort_order, c.code))
                  if c.parent_id is None and (c.active or by_main.get(c.code))]
    housing = Counter("anonymous" if i.resident_id is None else
                      str(i.housing_organization_id) if i.housing_organization_id else "not_recorded"
                      for i in inquiries)
    housing["anonymous"] += len(counts)
    housing_ids = sorted((o for o in organizations.values() if o.kind == "housing"), key=lambda o: o.name)
    bands = Counter("anonymous" if i.resident_id is None else i.age_band or "not_recorded" for i in inquiries)
    bands["anonymous"] += len(counts)
    statuses = Counter(r.status for r in refs)
    months = period.months()

    def month_index(moment: datetime) -> int:
        local = moment.astimezone().date()
        return max(i for i, first in enumerate(months) if local >= first.replace(day=1))

    inquiry_months = Counter(month_index(i.received_at) for i in inquiries) + Counter(
        month_index(t.at) for t in counts)
    referral_months = Counter(month_index(r.created_at) for r in refs)
    durations = [(r.closed_at - r.created_at).total_seconds() / 86400 for r in refs
                 if r.status == "completed" and r.closed_at]
    completed = statuses["completed"]
    with_outcome = sum(statuses[s.value] for s in OUTCOME_STATUSES)
    per_service = Counter(r.service_id for r in refs)
    done_per_service = Counter(r.service_id for r in refs if r.status == "completed")
    top = sorted(per_service.items(), key=lambda item: (-item[1], item[0]))[:10]
    receiving = Counter(services[r.service_id].organization_id for r in refs)
    age_keys = [f"{low}+" if high is None else f"{low}-{high}" for low, high in AGE_BANDS]
    return {
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat(), "kind": period.kind.value},
        "inquiries": {
            "total": len(inquiries) + len(counts),
            "logged": len(inquiries),
            "tallies": len(counts),
            "anonymous": sum(1 for i in inquiries if i.resident_id is None) + len(counts),
            "named": sum(1 for i in inquiries if i.resident_id is not None),
            "unique_residents": len(per_resident),
            "repeat_residents": sum(1 for n in per_resident.values() if n > 1),
            "single_visit_residents": sum(1 for n in per_resident.values() if n == 1),
        },
        "by_category": {**{code: by_main.get(code, 0) for code in main_codes},
                        **({"no_category": by_main["no_category"]} if by_main.get("no_category") else {})},
        "by_subcategory": dict(Counter(categories[c].code if c in categories else "no_category"
                                       for c in all_categories)),
        "by_focus_area": {**{f.value: 0 for f in FocusArea}, "no_focus_area": 0,
                          **Counter(focus(c) for c in all_categories)},
        "by_channel": {**{c.value: 0 for c in Channel}, **Counter([i.channel for i in inquiries]
                                                                  + [t.channel for t in counts])},
        "by_housing_organization": {**{str(o.id): housing.get(str(o.id), 0) for o in housing_ids},
                                    "not_recorded": housing["not_recorded"], "anonymous": housing["anonymous"]},
        "by_age_band": {**{b: bands.get(b, 0) for b in age_keys}, "not_recorded": bands["not_recorded"],
                        "anonymous": bands["anonymous"]},
        "by_month": [{"month": first.strftime("%Y-%m"), "inquiries": inquiry_months.get(i, 0),
                      "referrals": referral_months.get(i, 0)} for i, first in enumerate(months)],
        "referrals": {
            "total": len(refs),
            "by_status": {s.value: statuses.get(s.value, 0) for s in ReferralStatus},
            "by_organization": {str(org): n for org, n in receiving.items()},
            "completed": completed,
            "with_outcome": with_outcome,
            "still_open": sum(statuses[s.value] for s in OPEN_STATUSES),
            "completion_rate": round(completed / with_outcome, 4) if with_outcome else None,
            "median_days_to_completion": pystats.median(durations) if durations else None,
            "overdue": sum(1 for r in refs if r.status in {s.value for s in OPEN_STATUSES}
                           and r.due_date is not None and r.due_date < today),
            "overdue_as_of": today.isoformat(),
        },
        "top_services": [{"service_id": sid, "service": services[sid].name,
                          "organization": organizations[services[sid].organization_id].name,
                          "referrals": n, "completed": done_per_service.get(sid, 0)} for sid, n in top],
    }


def split_median(figures: dict) -> tuple[dict, float | None]:
    """The figures without ``generated_at`` (not countable independently) and the
    median, which is compared within rounding rather than exactly."""
    rest = {key: value for key, value in figures.items() if key != "generated_at"}
    rest["referrals"] = dict(rest["referrals"])
    return rest, rest["referrals"].pop("median_days_to_completion")
