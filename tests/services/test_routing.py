"""Routing on the shipped Høje Gladsaxe directory, read from the database
(SQLite and PostgreSQL), and its accuracy on the labelled sample texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from referral_app.db import models as m
from referral_app.domain import routing as r
from referral_app.domain.errors import ValidationError
from referral_app.services import routing

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "routing_samples.tsv"


def suggest(database, text: str = "", **fields: object) -> r.Routing:
    with database.begin() as session:
        return routing.suggest(session, r.RoutingQuery(text=text, **fields))  # type: ignore[arg-type]


def service_id(database, org_key: str, key: str) -> int:
    with database.begin() as session:
        return session.scalar(
            select(m.Service.id).join(m.Organization).where(m.Organization.key == org_key, m.Service.key == key)
        )


def test_mould_goes_to_the_property_office_of_the_housing_organization(database) -> None:
    result = suggest(database, "Der er skimmel i badeværelset", address="Høje Gladsaxe 34", age=41)
    first = result.suggestions[0]
    assert first.service_id == service_id(database, "3b", "ejendomskontor")
    assert first.organization_name.startswith("Boligselskabet 3B")
    texts = [reason.render() for reason in first.reasons]
    assert texts[0].startswith("Category Maintenance and mould (the text mentions skimmel) → Ejendomskontor")
    assert any(t.startswith("The address Høje Gladsaxe 34 belongs to Boligselskabet 3B") for t in texts)


def test_pocket_money_job_for_a_child_whose_parent_asks(database) -> None:
    result = suggest(
        database, "min søn på 14 vil gerne tjene lommepenge", address="Høje Gladsaxe 50", age=44
    )
    first = result.suggestions[0]
    assert first.service_id == service_id(database, "vores-hg", "lommepengejob")
    assert first.waiting_list
    assert any(reason.template == r.R_WAITING_LIST_NOTE for reason in first.reasons)
    assert result.subject_age == 14


def test_outside_the_estate_residents_only_services_drop_out(database) -> None:
    result = suggest(database, "jeg kan ikke betale huslejen", address="Buddinge Hovedgade 10", age=30)
    laanekasse = service_id(database, "vores-hg", "laanekasse")
    assert result.suggestions
    assert laanekasse not in [s.service_id for s in result.suggestions]
    assert laanekasse in [e.service_id for e in result.excluded]
    for suggestion in result.suggestions:
        assert r.R_ADDRESS_UNKNOWN in [reason.template for reason in suggestion.reasons]


def test_inactive_and_closed_services_are_never_suggested(database) -> None:
    with database.begin() as session:
        closed = set(session.scalars(select(m.Service.id).where(m.Service.status != "active")))
    assert closed
    for text in ("iværksætter egen virksomhed", "kodeklub for børn", "netcafé for unge", "fritid"):
        assert not closed & {s.service_id for s in suggest(database, text).suggestions}


def test_a_coordinators_edit_takes_effect_at_once(database) -> None:
    with database.begin() as session:
        first = routing.router(session)
        assert routing.router(session) is first  # cached while nothing changes
    before = suggest(database, "jeg har gæld", age=40, address="Høje Gladsaxe 3").suggestions[0]
    with database.begin() as session:
        session.execute(update(m.Service).where(m.Service.id == before.service_id).values(status="inactive"))
    after = suggest(database, "jeg har gæld", age=40, address="Høje Gladsaxe 3")
    assert before.service_id not in [s.service_id for s in after.suggestions]
    with database.begin() as session:
        assert routing.router(session) is not first


def test_unknown_category_is_refused(database) -> None:
    with pytest.raises(ValidationError) as info:
        suggest(database, "skimmel", category_code="bolig.findes-ikke")
    assert info.value.field == "category"


def test_every_category_routes_its_own_name_and_leads_somewhere(database) -> None:
    """Each leaf category's name finds that category, and choosing it with a
    Høje Gladsaxe address gives at least one suggestion with reasons."""
    with database.begin() as session:
        snapshot = routing.load_snapshot(session)
    router = r.Router(snapshot)
    parents = {c.parent_code for c in snapshot.categories if c.parent_code}
    leaves = [c for c in snapshot.categories if c.code not in parents]
    assert len(leaves) >= 25
    for leaf in leaves:
        found = router.match_categories(r.words_of(leaf.name.da))
        assert found and found[0].code == leaf.code, leaf.code
        result = router.suggest(r.RoutingQuery("", leaf.code, 35, "Høje Gladsaxe 20"))
        assert result.suggestions, leaf.code
        assert all(s.reasons for s in result.suggestions)


# --- accuracy on the labelled samples ---------------------------------------------------------


def _sample_lines() -> list[str]:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def _accuracy(router: r.Router, held_out: bool) -> tuple[float, float, float]:
    """Category top-1, top-3 and service top-3 (the service the labelled
    category leads to is among the first three suggestions from the text)."""
    top1 = top3 = service3 = total = 0
    for index, line in enumerate(_sample_lines()):
        if (index % 5 == 4) != held_out:
            continue
        code, text = line.split("\t", 1)
        address = f"Høje Gladsaxe {index * 7 % 99 + 1}"
        result = router.suggest(r.RoutingQuery(text, None, 38, address))
        expected = router.suggest(r.RoutingQuery(text, code, 38, address)).suggestions[0].service_id
        codes = [c.code for c in result.categories]
        total += 1
        top1 += codes[:1] == [code]
        top3 += code in codes[:3]
        service3 += expected in [s.service_id for s in result.suggestions[:3]]
    return top1 / total, top3 / total, service3 / total


@pytest.fixture(scope="module")
def shipped_router(sqlite_template: Path) -> r.Router:
    from referral_app.services.database import open_database

    db = open_database(f"sqlite:///{sqlite_template}")
    try:
        with db.begin() as session:
            return r.Router(routing.load_snapshot(session))
    finally:
        db.dispose()


# Floors a little below what the engine reaches (see benchmarks/routing.py),
# so that a regression fails. The held-out fifth was never used for tuning.
@pytest.mark.parametrize(
    ("held_out", "floors"),
    [(False, (0.94, 0.97, 0.97)), (True, (0.92, 0.97, 0.97))],
    ids=["development", "held-out"],
)
def test_accuracy_on_the_samples(
    shipped_router: r.Router, held_out: bool, floors: tuple[float, float, float]
) -> None:
    figures = _accuracy(shipped_router, held_out)
    assert all(figure >= floor for figure, floor in zip(figures, floors, strict=True)), figures
