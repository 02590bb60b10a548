"""The referral queue and the audit log as long lists, driven in the real window:
Ctrl+End reads the last page from the end, Page Up reads the page above by
keyset, and a list counted only in part says "more than …", grows as the user
reaches its end and settles its count on Ctrl+End."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

import referral_app.ui.main_window as main_window_module
from referral_app import translation
from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.referrals import QueueFilter
from referral_app.services import referrals
from referral_app.ui.admin.audit import AuditPage
from referral_app.ui.queue.model import COL_DUE, PAGE_SIZE
from tests.services.queue_data import add_referrals
from tests.services.staff import make_staff
from tests.ui.fakes import FakeDialogService

COUNT = 4 * PAGE_SIZE + 37
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def coordinator(sqlite_db):
    with sqlite_db.begin() as s:
        coord = make_staff(s, Role.COORDINATOR, "carl", "Carl Koordinator")
        add_referrals(s, COUNT, coord.user_id)
    return coord


@pytest.fixture
def page(make_window, qtbot, coordinator, monkeypatch):
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(coordinator)
    window.show_page(main_window_module.PAGE_REFERRALS)
    return window.referral_page


@pytest.fixture
def reads(monkeypatch):
    """How each page was read: the keyword arguments of every list_queue call."""
    calls: list[dict] = []
    real = referrals.list_queue

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(referrals, "list_queue", spy)
    return calls


def whole(sqlite_db, coordinator, flt: QueueFilter):
    with sqlite_db.begin() as s:
        return [r.id for r in referrals.list_queue(s, coordinator, flt, log_search=False)]


def shown_ids(page) -> list[int]:
    return [page.model.referral(row).id for row in range(page.model.rowCount())]


def test_ctrl_end_reads_from_the_end_and_page_up_reads_before_it(page, qtbot, sqlite_db, coordinator, reads):
    page.filters.status.setFocus()
    page.filters.status.setCurrentIndex(page.filters.status.findData("all"))
    expected = whole(sqlite_db, coordinator, QueueFilter(open_only=False))
    assert page.model.rowCount() == COUNT and page.summary.text() == f"{COUNT} henvisninger"
    page.enter_table()
    reads.clear()
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)
    last = page.table.currentIndex().row()
    assert last == COUNT - 1 and page.model.referral(last).id == expected[-1]
    assert reads[0]["from_end"] and reads[0]["offset"] == 0 and reads[0]["limit"] == COUNT % PAGE_SIZE
    reads.clear()
    for _ in range(200):  # up into the pages above the last: each read before the first row below it
        if page.table.currentIndex().row() < 2 * PAGE_SIZE:
            break
        qtbot.keyClick(page.table, Qt.Key.Key_PageUp)
    assert page.table.currentIndex().row() < 2 * PAGE_SIZE
    before = [call for call in reads if call.get("before") is not None]
    assert before and all(call.get("after") is None and not call.get("from_end") for call in before)
    assert shown_ids(page) == expected  # every row where the whole list has it, ties and all
    assert page.model.cached_pages <= 8


def test_scrolling_down_reads_after_the_last_row_seen(page, qtbot, sqlite_db, coordinator, reads):
    page.filters.status.setCurrentIndex(page.filters.status.findData("all"))
    page.table.horizontalHeader().setSortIndicator(COL_DUE, Qt.SortOrder.DescendingOrder)  # latest first
    page.enter_table()
    reads.clear()
    for _ in range(PAGE_SIZE + 5):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == PAGE_SIZE + 5
    after = [call for call in reads if call.get("after") is not None]
    assert after and after[0]["after"].id == page.model.referral(PAGE_SIZE - 1).id and after[0]["descending"]
    with sqlite_db.begin() as s:
        latest_first = [r.id for r in referrals.list_queue(s, coordinator, QueueFilter(open_only=False),
                                                           descending=True, log_search=False)]
    assert shown_ids(page) == latest_first


def test_free_text_counted_in_part_says_more_than_and_settles_on_ctrl_end(page, qtbot, sqlite_db, coordinator,
                                                                         monkeypatch):
    monkeypatch.setattr(referrals, "TEXT_SCAN", 40)  # as if the list were too long to count
    page.filters.status.setCurrentIndex(page.filters.status.findData("all"))
    page.focus_search()
    qtbot.keyClicks(page.filters.search, "hansen")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.searching)  # free text is searched on the search thread
    matches = whole(sqlite_db, coordinator, QueueFilter(open_only=False, text="hansen"))
    assert len(matches) > PAGE_SIZE
    assert not page.model.exact and page.model.rowCount() == PAGE_SIZE
    assert page.summary.text() == f"mere end {PAGE_SIZE} henvisninger"
    page.table.scrollToBottom()  # the view reaches the end: one page more
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE_SIZE)
    assert page.summary.text().startswith("mere end ") or page.model.exact
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)
    assert page.model.exact and page.model.rowCount() == len(matches)
    assert page.summary.text() == f"{len(matches)} henvisninger"
    assert page.model.referral(page.table.currentIndex().row()).id == matches[-1]
    assert shown_ids(page) == matches


def test_the_audit_log_opens_without_counting_it_all_and_jumps_to_its_oldest_entry(qtbot, qapp, sqlite_db):
    assert translation.install(qapp, "da")
    with sqlite_db.begin() as s:
        manager = make_staff(s, Role.MANAGER, "mette")
        now = datetime.now(UTC)
        s.execute(insert(m.AuditEvent.__table__), [
            {"at": now - timedelta(days=2) + timedelta(seconds=i), "username": "frida", "action": "view",
             "entity": "resident", "entity_id": str(i), "resident_id": i} for i in range(10_050)])
    page = AuditPage(sqlite_db, FakeDialogService(), lambda: manager)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClick(page.apply_button, Qt.Key.Key_Space)
    assert page.summary.text() == "mere end 10.000 poster" and not page.model.exact
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home, CTRL)  # onto the newest entry
    assert page.model.rowCount() == 10_000
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)
    total = page.model.rowCount()
    assert page.model.exact and total >= 10_050 and page.summary.text() == f"{total} poster"
    oldest = page.model.entry(total - 1)
    assert oldest.entity_id == "0" and page.table.currentIndex().row() == total - 1
    qtbot.keyClick(page.table, Qt.Key.Key_PageUp)
    above = page.model.entry(page.table.currentIndex().row())
    assert above.at > oldest.at


def test_free_text_is_searched_off_the_gui_thread_and_the_newest_text_wins(page, qtbot, sqlite_db, coordinator,
                                                                          monkeypatch):
    """Typing in the queue's search field: the free-text search runs on the page's
    search thread, the window keeps taking keys while it runs, and an older
    search that answers late never replaces the newest one's rows."""
    import threading

    threads: list[threading.Thread] = []
    release = threading.Event()
    real = referrals.queue_size

    def slow(session, actor, flt, **kwargs):
        if flt.text:  # (the list without text is read at once, as before)
            threads.append(threading.current_thread())
        if flt.text == "hansen":
            release.wait(10)  # the first search hangs until the newer text has been typed
        return real(session, actor, flt, **kwargs)

    monkeypatch.setattr(referrals, "queue_size", slow)
    page.filters.status.setCurrentIndex(page.filters.status.findData("all"))
    page.focus_search()
    qtbot.keyClicks(page.filters.search, "hansen")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(threads) == 1)
    assert page.searching and page.table.hasFocus()  # into the list at once; its rows follow
    page.focus_search()
    qtbot.keyClicks(page.filters.search, "aysha")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    release.set()
    qtbot.waitUntil(lambda: not page.searching and len(threads) == 2)
    expected = whole(sqlite_db, coordinator, QueueFilter(open_only=False, text="aysha"))
    qtbot.waitUntil(lambda: shown_ids(page) == expected)
    assert expected and threading.main_thread() not in threads
    assert page.model.referral(page.table.currentIndex().row()).id == expected[0]  # Enter chose the first
