"""The search index: kept in step with every write, and the index-backed
resident search ranks exactly as reading every resident did."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process
from sqlalchemy import select, text

from referral_app.db import models as m
from referral_app.domain import residents as r
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.services import intake, residents, retention, search_index
from tests.services.staff import make_staff

FIRST = ("Mette", "Søren", "Anne-Marie", "Ali", "Åse", "Jens", "Hanne", "Mohammed", "Fatima", "Bjørn", "Kirsten",
         "Yusuf", "Lærke", "Niels", "Ida", "Peter", "Zeynep", "Ole", "Birgitte", "Mads")
LAST = ("Jensen", "Hansen", "Sørensen", "Hassan", "Ågård", "Nielsen", "Pedersen", "Andersen", "Yilmaz", "Kristensen",
        "Christiansen", "Abdullah", "Møller", "Holm", "Østergaard", "Ali", "Dogan", "Lund", "Madsen", "Thomsen")
STREETS = ("Høje Gladsaxe", "Gladsaxe Møllevej", "Søborg Hovedgade", "Bagsværd Hovedgade")


@pytest.fixture
def staff(database):
    with database.begin() as s:
        return {"front": make_staff(s, Role.FRONT_DESK, "frida"), "admin": make_staff(s, Role.ADMIN, "anne"),
                "coordinator": make_staff(s, Role.COORDINATOR, "carl")}


def _name_ids(database, *words: str) -> set[int]:
    with database.begin() as s:
        return set(search_index.name_prefix_candidates(s, words))


# --- Kept in step ------------------------------------------------------------------------------


def test_creates_updates_merges_and_anonymizations_reach_the_index(database, staff) -> None:
    coordinator = staff["coordinator"]
    with database.begin() as s:
        mette = residents.create(s, coordinator, ResidentDraft("Mette Jensen", phone="20 12 34 56")).id
        other = residents.create(s, coordinator, ResidentDraft("Mette Jensen", phone="31 22 44 55")).id
    assert _name_ids(database, "mette", "jen") == {mette, other}
    with database.begin() as s:
        residents.update(s, coordinator, mette, ResidentDraft("Mette Østergaard", phone="20 12 34 56"))
    assert _name_ids(database, "mette", "jen") == {other}
    assert _name_ids(database, "oesterg") == {mette}
    with database.begin() as s:
        assert set(search_index.phone_candidates(s, "20123456", typos=False)) == {mette}
        residents.merge(s, coordinator, mette, other)  # the merged record is no longer found
    assert _name_ids(database, "mette") == {mette}
    with database.begin() as s:
        retention.erase(s, staff["admin"], mette)
    assert _name_ids(database, "mette") == set() and _name_ids(database, "oesterg") == set()


def test_rows_written_without_the_service_are_indexed_too(database) -> None:
    """The demo generator and imports write rows directly: the triggers (SQLite)
    or the indexes (PostgreSQL) keep up without the service."""
    with database.begin() as s:
        row = m.Resident(full_name="Lærke Holm", search_name="laerke holm", phone="+4540506070")
        s.add(row)
        s.flush()
        rid = row.id
    assert _name_ids(database, "laer", "ho") == {rid}
    with database.begin() as s:
        s.get(m.Resident, rid).search_name = "laerke holm-madsen"
    assert _name_ids(database, "madsen") == {rid}
    with database.begin() as s:
        s.delete(s.get(m.Resident, rid))
    assert _name_ids(database, "laer") == set()


def test_the_vocabulary_counts_the_residents_using_each_word(sqlite_db) -> None:
    def words() -> dict[str, int]:
        with sqlite_db.begin() as s:
            return dict(s.execute(text("SELECT word, residents FROM search_resident_word")).tuples().all())

    with sqlite_db.begin() as s:
        actor = make_staff(s, Role.COORDINATOR, "carl")
        first = residents.create(s, actor, ResidentDraft("Jens Hansen")).id
        residents.create(s, actor, ResidentDraft("Hanne Hansen-Jensen"))
    assert words() == {"jens": 1, "hansen": 2, "hanne": 1, "jensen": 1}
    with sqlite_db.begin() as s:
        residents.update(s, actor, first, ResidentDraft("Jens Holm"))
    assert words() == {"jens": 1, "holm": 1, "hansen": 1, "hanne": 1, "jensen": 1}


# --- Inquiries' free text -------------------------------------------------------------------------


def test_inquiries_are_found_by_any_piece_of_their_text(database, staff) -> None:
    texts = ("Skimmel i badeværelset", "Spørger om HUSLEJE og varmeregning", "Husleje igen", "Ny MitID-nøgle")
    with database.begin() as s:
        ids = [intake.log_inquiry(s, staff["front"], InquiryDraft(category_code="bolig", description=t)).id
               for t in texts]
    with database.begin() as s:
        assert search_index.matching_inquiry_ids(s, "husleje") == [ids[2], ids[1]]  # newest first
        assert search_index.matching_inquiry_ids(s, "husleje", limit=1) == [ids[2]]
        assert search_index.matching_inquiry_ids(s, "værelse") == [ids[0]]
        assert search_index.matching_inquiry_ids(s, "mitid-n") == [ids[3]]
        assert search_index.matching_inquiry_ids(s, "ny") == [ids[3]]  # too short for the index: still found
        assert search_index.matching_inquiry_ids(s, "  ") == []
        assert search_index.matching_inquiry_ids(s, "100%") == []
        condition = search_index.inquiry_text_condition(s, "skimmel")
        assert list(s.scalars(select(m.Inquiry.id).where(condition))) == [ids[0]]
        s.get(m.Inquiry, ids[0]).description = "Fugt i køkkenet"
    with database.begin() as s:
        assert search_index.matching_inquiry_ids(s, "skimmel") == []
        assert search_index.matching_inquiry_ids(s, "køkken") == [ids[0]]


# --- The same ranking as reading every resident -------------------------------------------------------


def _every_resident(session, actor, query: str, limit: int) -> list[tuple[int, float, r.MatchReason]]:
    """The search as it was before the index: every active resident scored."""
    rows = session.execute(select(m.Resident.id, m.Resident.search_name, m.Resident.phone, m.Resident.email,
                                  m.Resident.street, m.Resident.house_number, m.Resident.unit)
                           .where(m.Resident.anonymized_at.is_(None), m.Resident.merged_into_id.is_(None))).all()
    names = {row.id: residents._key(row.search_name) for row in rows}
    hits = residents._Hits()
    digits = residents._query_phone_digits(query)
    if digits is not None:
        residents._score_phone(hits, digits, {row.id: r.phone_digits(row.phone) for row in rows if row.phone})
    elif "@" in query:
        residents._score_email(hits, query, {row.id: row.email for row in rows if row.email})
    else:
        residents._score_names(hits, residents._key(query), {rid: n for rid, n in names.items() if n})
        residents._score_address(hits, query, [(row.id, row.street, row.house_number, row.unit) for row in rows])
    return hits.top(names, limit)


@pytest.fixture
def crowd(database, staff) -> list[ResidentDraft]:
    chance = random.Random(15)
    people = []
    for index in range(160):
        first, last = chance.choice(FIRST), chance.choice(LAST)
        if index % 7 == 0:
            last = f"{chance.choice(LAST)} {last}"
        people.append(ResidentDraft(
            f"{first} {last}", phone=f"{chance.randrange(20, 99)}{chance.randrange(0, 999999):06d}",
            email=f"{first.lower()}.{index}@example.dk" if index % 3 == 0 else None,
            street=chance.choice(STREETS), house_number=str(chance.randrange(1, 60))))
    with database.begin() as s:
        for person in people:
            residents.create(s, staff["coordinator"], person)
        retention.erase(s, staff["admin"], s.scalar(select(m.Resident.id).order_by(m.Resident.id)))
    return people


QUERIES = ("me", "met", "mette", "mette j", "mete jensne", "soeren", "soren hansen", "Søren Hansen", "ase agard",
           "anne marie", "anne-marie sørensen", "ostergard", "hasan", "mohamed", "moh", "kristiansen",
           "lrke", "birgite", "a", "ja", "jens jensen", "niels pedersn", "zeynep yilmz",
           "Høje Gladsaxe 12", "Hoeje Gladsaxe 7", "soborg hovedgade 3", "mette.3@example", "ali.",
           "nobody at all", "xq")


def test_the_index_ranks_exactly_as_reading_every_resident(database, staff, crowd) -> None:
    """Names typed whole, in part, with slips, phones, addresses and e-mails."""
    people = [p for p in crowd[1:] if p.phone]
    queries = list(QUERIES)
    for person in people[:12]:
        digits = r.phone_digits(r.normalize_phone(person.phone))
        queries += [digits[:4], digits[2:7], digits, digits[:6] + digits[7] + digits[6]]  # the last: two swapped
    chance = random.Random(1500)
    # PostgreSQL finds typos by pg_trgm's word similarity, which is close to the
    # old scan but not the same at its edges; SQLite's vocabulary of name words
    # agrees with it on every slip tried here.
    slips = chance.sample(people, 20) if database.url.get_backend_name() == "sqlite" else []
    for person in slips:  # names with a slip: a letter dropped, doubled or two swapped
        name = person.full_name
        at = chance.randrange(1, len(name) - 2)
        queries += [name[:at] + name[at + 1:], name[:at] + name[at] + name[at:],
                    name[:at] + name[at + 1] + name[at] + name[at + 2:], name[:at + 1]]
    with database.begin() as s:
        for query in queries:
            for limit in (8, 50):
                found = [(hit.resident.id, hit.score, hit.why)
                         for hit in residents.search(s, staff["front"], query, limit=limit)]
                expected = [(rid, round(score, 1), why) for rid, score, why in _every_resident(s, staff["front"],
                                                                                            query, limit)]
                assert found == expected, (query, limit)


def test_scoring_names_in_bulk_gives_name_scores_numbers() -> None:
    """The search scores its candidates with rapidfuzz's C scorers in bulk; the
    numbers (score, tie-breaker, and who passes the cutoff) are exactly those of
    ``name_score`` called name by name, as the search did before."""
    chance = random.Random(1517)
    names = {}
    for rid in range(1, 400):
        parts = [chance.choice(FIRST), chance.choice(LAST)] + ([chance.choice(LAST)] if rid % 5 == 0 else [])
        names[rid] = residents._key(" ".join(parts))
    names[400] = "o brien"
    queries = ["me", "mette j", "soeren hansen", "sorn hnsen", "anne marie soerensen", "krist", "kristiansen",
               "mohamed ali", "zeynep yilmz", "bjorn", "aase aagaard", "o brien", "jens jensen holm", "x"]
    for name in chance.sample(sorted(names.values()), 30):  # names with a slip
        at = chance.randrange(1, len(name) - 1)
        queries += [name[:at] + name[at + 1:], name[:at]]
    for query in queries:
        key = residents._key(query)
        bulk = residents._Hits()
        residents._score_names(bulk, key, names)
        expected = {rid: (score, fuzz.WRatio(key, names[rid]), r.MatchReason.NAME)
                    for _, score, rid in process.extract(key, names, scorer=residents.name_score, limit=None,
                                                         score_cutoff=residents.NAME_CUTOFF)}
        assert bulk.best == expected, query


def test_begins_words_is_a_word_start_test() -> None:
    assert residents._begins_words(["ann", "ma"], "anne marie hansen")
    assert residents._begins_words(["hansen"], "anne marie hansen")
    assert not residents._begins_words(["arie"], "anne marie hansen")  # inside a word
    assert not residents._begins_words(["ann", "x"], "anne marie hansen")
