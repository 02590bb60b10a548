"""The queue read page by page: by keyset after a row, before a row (scrolling
up), from the end (a jump to the end), for every sort order, with runs of
equal keys split across pages; and its size, exact or "more than", on each backend."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import ReferralStatus, Role
from referral_app.domain.paging import ListSize
from referral_app.domain.referrals import QueueFilter
from referral_app.services import referrals
from tests.services.queue_data import add_referrals
from tests.services.staff import make_staff

PAGE = 7
FILTERS = {
    "all": QueueFilter(open_only=False),
    "open": QueueFilter(),
    "hansen": QueueFilter(open_only=False, text="hansen"),
}


@pytest.fixture
def queue(database):
    with database.begin() as s:
        coord = make_staff(s, Role.COORDINATOR, "carl")
        add_referrals(s, 60, coord.user_id)
    return coord


def _ids(rows) -> list[int]:
    return [r.id for r in rows]


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", sorted(referrals.SORT_COLUMNS))
@pytest.mark.parametrize("name", sorted(FILTERS))
def test_pages_both_ways_and_from_the_end_are_the_whole_list_in_order(database, queue, name, sort, descending):
    flt = FILTERS[name]

    def read(**kwargs):
        with database.begin() as s:
            return referrals.list_queue(s, queue, flt, sort=sort, descending=descending, log_search=False, **kwargs)

    whole = read()
    assert len(whole) > 2 * PAGE
    keys = [referrals.sort_key(r, sort) for r in whole]
    assert len(set(k[0] for k in keys)) < len(keys)  # the first sort column has ties
    ordered = sorted(keys, reverse=descending)
    assert keys == ordered  # the reference order is the sort key's (ties broken by the number)

    forward, page = [], read(limit=PAGE)
    while page:
        forward.extend(page)
        page = read(limit=PAGE, after=page[-1])
    assert _ids(forward) == _ids(whole)

    backward, page = [], read(limit=PAGE, from_end=True)
    assert _ids(page) == _ids(whole[-PAGE:])
    while page:
        backward[:0] = page
        page = read(limit=PAGE, before=page[0])
    assert _ids(backward) == _ids(whole)

    # A page far down without a neighbour is counted from the nearer end.
    assert _ids(read(limit=PAGE, offset=PAGE, from_end=True)) == _ids(whole[-2 * PAGE:-PAGE])
    assert _ids(read(limit=PAGE, offset=PAGE)) == _ids(whole[PAGE:2 * PAGE])


def test_the_size_is_exact_without_free_text(database, queue):
    with database.begin() as s:
        for flt in (QueueFilter(), QueueFilter(open_only=False), QueueFilter(overdue_only=True),
                    QueueFilter(open_only=False, staff_username="carl")):
            size = referrals.queue_size(s, queue, flt)
            assert size.exact and size.count == referrals.count_queue(s, queue, flt) == len(
                referrals.list_queue(s, queue, flt, log_search=False))


def test_free_text_is_counted_in_part_beyond_the_scan_and_exactly_within_it(database, queue):
    flt = FILTERS["hansen"]
    with database.begin() as s:
        matches = len(referrals.list_queue(s, queue, flt, log_search=False))
        assert matches == 24  # two of the five residents are Hansens: 24 of 60
        assert referrals.queue_size(s, queue, flt) == ListSize(matches, True)
        partial = referrals.queue_size(s, queue, flt, scan=20)
        assert not partial.exact and 0 < partial.count < matches
        assert referrals.queue_size(s, queue, flt, cap=10) == ListSize(10, False)  # "more than 10"
        assert referrals.count_queue(s, queue, flt) == matches


def test_free_text_matches_what_it_matched_before(database, queue):
    """Service, organization, category, resident and inquiry text, as the five ILIKEs did."""
    with database.begin() as s:
        def count(text: str) -> int:
            return len(referrals.list_queue(s, queue, QueueFilter(open_only=False, text=text), log_search=False))

        everything = count("")
        assert count("HANSEN") == count("hansen") == 24
        assert count("henvendelse 1") == 12  # the inquiry's own text, any case
        category = s.scalar(select(m.Category.name_da).where(m.Category.code == "bolig.vedligehold"))
        assert count(category.upper()) == everything  # the category's name: every inquiry here has it
        service = s.scalar(select(m.Service.name).where(m.Service.status == "active").order_by(m.Service.id))
        assert count(service) >= 20  # the first of the three services, and any other with that name
        assert count("zzzz-ingen") == 0


@pytest.mark.parametrize("kind", ["service", "organization", "category", "staff", "status", "overdue"])
def test_walking_the_sort_index_and_sorting_the_matches_give_the_same_pages(database, queue, monkeypatch, kind):
    """A filter that keeps many rows is read by walking the sort order's index, one
    that keeps few through the filtered column's own index and a sort (``FEW``
    decides): both plans give the same rows in the same order, every sort order,
    both directions, page by page and from the end."""
    with database.begin() as s:
        service = s.scalar(select(m.Service).where(m.Service.status == "active").order_by(m.Service.id).offset(1))
        flt = {
            "service": QueueFilter(open_only=False, service_id=service.id),
            "organization": QueueFilter(open_only=False, organization_id=service.organization_id),
            "category": QueueFilter(open_only=False, category_code="bolig.vedligehold"),
            "staff": QueueFilter(open_only=False, staff_username="carl"),
            "status": QueueFilter(open_only=False, status=ReferralStatus.SENT),
            "overdue": QueueFilter(overdue_only=True),
        }[kind]

    def read(few: int, sort: str, descending: bool, **kwargs):
        monkeypatch.setattr(referrals, "FEW", few)
        with database.begin() as s:
            return referrals.list_queue(s, queue, flt, sort=sort, descending=descending, log_search=False, **kwargs)

    for sort in sorted(referrals.SORT_COLUMNS):
        for descending in (False, True):
            sorted_matches = _ids(read(10**9, sort, descending))
            assert len(sorted_matches) >= PAGE and _ids(read(0, sort, descending)) == sorted_matches
            pages, page = [], read(0, sort, descending, limit=PAGE)
            while page:
                pages.extend(_ids(page))
                page = read(0, sort, descending, limit=PAGE, after=page[-1])
            assert pages == sorted_matches, (sort, descending)
            assert _ids(read(0, sort, descending, limit=PAGE, from_end=True)) == sorted_matches[-PAGE:]
            assert _ids(read(10**9, sort, descending, limit=PAGE, from_end=True)) == sorted_matches[-PAGE:]


@pytest.mark.parametrize(("kind", "sort"), [("staff", "created"), ("organization", "due"), ("status", "created"),
                                            ("category", "status")])
def test_a_filter_that_keeps_many_rows_walks_the_sort_index(sqlite_db, monkeypatch, kind, sort):
    """SQLite: with the filter keeping more than ``FEW`` rows, the page is read in the
    sort order's index, never by sorting every matching row (a temporary B-tree),
    which took seconds at a million inquiries."""
    from sqlalchemy import event

    with sqlite_db.begin() as s:
        coord = make_staff(s, Role.COORDINATOR, "carl")
        add_referrals(s, 60, coord.user_id)
        service = s.scalar(select(m.Service).where(m.Service.status == "active").order_by(m.Service.id))
    flt = {"staff": QueueFilter(open_only=False, staff_username="carl"),
           "organization": QueueFilter(open_only=False, organization_id=service.organization_id),
           "status": QueueFilter(open_only=False, status=ReferralStatus.SENT),
           "category": QueueFilter(open_only=False, category_code="bolig.vedligehold")}[kind]
    monkeypatch.setattr(referrals, "FEW", 0, raising=False)
    captured: list[tuple[str, object]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        captured.append((statement, parameters))

    event.listen(sqlite_db.engine, "before_cursor_execute", remember)
    try:
        with sqlite_db.begin() as s:
            referrals.list_queue(s, coord, flt, sort=sort, limit=PAGE, log_search=False)
            page = next((st, p) for st, p in captured if "ORDER BY" in st and "LIMIT" in st)
            plan = " | ".join(str(row[-1]) for row in s.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + page[0], page[1]).all())
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", remember)
    assert "TEMP B-TREE" not in plan, plan


NAMES_FOR_TEXT = ("Søren Hansen", "Anne-Marie Hansen", "O'Brien Holm", "Jo Bo", "Hanne Sørensen", "Mohammed Ali",
                  "Åse Ågård", "Hans Christian Lund", "Lærke Holm-Madsen")
TEXTS = ("hansen", "HANSEN", "sen", "søren", "soeren", "anne-marie", "anne marie", "o'brien", "o brien", "jo",
         "bo", "ans", "hans c", "åse å", "aase", "m-m", "holm-m", "lm-ma", "ali", "han_en", "ha%en", "%", "zzz",
         "e ha", "mohammed ali")


def test_the_residents_name_in_free_text_goes_through_the_index_and_finds_what_like_found(database, queue):
    """The queue's free text matches the residents' folded names through the
    search index (SQLite's trigram table, PostgreSQL's pg_trgm index), and finds
    exactly the referrals that LIKE on every resident's name found, joiners,
    wildcards and short text included."""
    from sqlalchemy import event

    from referral_app.domain.text import fold
    from referral_app.services import search_index

    with database.begin() as s:
        category = s.scalar(select(m.Category.id).where(m.Category.code == "bolig.vedligehold"))
        service = s.scalar(select(m.Service.id).where(m.Service.status == "active").order_by(m.Service.id))
        for name in NAMES_FOR_TEXT:
            resident = m.Resident(full_name=name, search_name=fold(name))
            s.add(resident)
            s.flush()
            inquiry = m.Inquiry(category_id=category, description="x", resident_id=resident.id,
                                received_at=datetime(2026, 1, 1, tzinfo=UTC))
            s.add(inquiry)
            s.flush()
            s.add(m.Referral(inquiry_id=inquiry.id, service_id=service, mode="logged", status="sent",
                             due_date=date(2026, 2, 1), created_at=datetime(2026, 1, 1, tzinfo=UTC),
                             updated_at=datetime(2026, 1, 1, tzinfo=UTC), created_by_id=queue.user_id,
                             is_demo=False))
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_: statements.append(statement))
    with database.begin() as s:
        for text in TEXTS:
            # What the queue found before the index: the residents by LIKE on every name.
            by_like = select(m.Resident.id).where(m.Resident.search_name.like(f"%{fold(text)}%"))
            expected = set(s.scalars(select(m.Referral.id).join(m.Inquiry, m.Inquiry.id == m.Referral.inquiry_id)
                                     .where(m.Inquiry.resident_id.in_(by_like))))
            by_index = select(m.Resident.id).where(search_index.resident_name_condition(s, fold(text)))
            found = set(s.scalars(select(m.Referral.id).join(m.Inquiry, m.Inquiry.id == m.Referral.inquiry_id)
                                  .where(m.Inquiry.resident_id.in_(by_index))))
            assert found == expected, text
            s.info.pop("queue_text_match", None)
            statements.clear()
            listed = {r.id for r in referrals.list_queue(s, queue, QueueFilter(open_only=False, text=text),
                                                         log_search=False)}
            assert expected <= listed, text  # and whatever the other columns match
            resident_lookup = next(st for st in statements if st.startswith("SELECT resident.id"))
            indexed = len(fold(text)) >= 3 and not set(fold(text)) & set("-'’.%_")
            if database.url.get_backend_name() == "sqlite":
                assert ("search_resident_fts MATCH" in resident_lookup) == indexed, text
            else:
                assert ("translate(resident.search_name" in resident_lookup) == indexed, text


@pytest.mark.postgres
def test_postgresql_reads_the_residents_names_through_the_trigram_index(pg_db):
    """EXPLAIN of the queue's resident lookup: pg_trgm's index on the name, not a scan of every resident."""
    from sqlalchemy import text as sql_text

    from referral_app.services import search_index

    with pg_db.begin() as s:
        s.add_all(m.Resident(full_name=f"Person {i} Larsen", search_name=f"person {i} larsen") for i in range(2000))
        s.add_all(m.Resident(full_name=f"Person {i} Hansen", search_name=f"person {i} hansen") for i in range(3))
    with pg_db.begin() as s:
        # Rows just written wait in the GIN index's pending list, which the planner
        # prices high; autovacuum moves them into the index proper in real use.
        s.execute(sql_text("SELECT gin_clean_pending_list('search_resident_name_trgm')"))
        s.execute(sql_text("ANALYZE resident"))
        s.execute(sql_text("SET LOCAL enable_seqscan = off"))  # a small table: ask whether the index can answer
        stmt = select(m.Resident.id).where(search_index.resident_name_condition(s, "hansen"))
        compiled = stmt.compile(s.get_bind())
        plan = "\n".join(row[0] for row in s.connection().exec_driver_sql(f"EXPLAIN {compiled}", compiled.params))
        assert len(s.scalars(stmt).all()) == 3
    assert "Bitmap Index Scan on search_resident_name_trgm" in plan, plan
