"""Issue 12, done when: a coordinator keeps the directory in the window, and the
front desk's suggestion and the resident's slip show the change at once.

The editors are driven with the mouse (to reach a field) and the keyboard (to
type), the way a coordinator works; fields are found by object name, not by
mnemonic, so the test holds in every language.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit, QWidget
from sqlalchemy import select

import referral_app.ui.main_window  # noqa: F401 - imported up front: application shortcuts need it
from referral_app.config import DIRECTORY_DIR
from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.referrals import QueueFilter
from referral_app.reports.slip import build_slip
from referral_app.services import referrals as referral_service
from referral_app.services import reporting
from referral_app.ui.main_window import PAGE_DIRECTORY
from referral_app.ui.routing.cards import render_reason
from tests.reports.pdf_text import plain_text
from tests.services.staff import make_staff
from tests.ui.test_front_desk import Keyboard, drive_dialog
from tests.ui.test_route_from_intake import describe, position_of

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ACCEPT = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)
RULE_NOTE = "Cykler repareres i værkstedet"
TEXT = "Min cykel har punktering"
OPEN_STATES = ("Åben nu", "Open now", "Åbner", "Opens at", "Lukket", "Closed")


@pytest.fixture
def people(sqlite_db):
    with sqlite_db.begin() as session:
        return (make_staff(session, Role.COORDINATOR, "carl", "Carl Koordinator"),
                make_staff(session, Role.FRONT_DESK, "frida", "Frida Skranke"))


@pytest.fixture
def window(make_window, qtbot, people):
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(people[0])
    window.show_page(PAGE_DIRECTORY)
    return window


def fill(qtbot, widget: QWidget, text: str) -> None:
    """Click into a field, select what is there and type over it."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    if isinstance(widget, QPlainTextEdit):
        widget.selectAll()
    else:
        qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def open_editor(qtbot, button, steps) -> None:
    """Click ``button`` and run ``steps(dialog)`` in the editor it opens; fail the test if a step failed."""
    seen: dict = {}
    drive_dialog(qtbot, steps, seen)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "done" in seen, timeout=10000)
    if "failed" in seen:
        raise seen["failed"]


def choose(qtbot, combo, text: str) -> None:
    """Pick a combo box entry by typing its first letters, as on the keyboard."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    combo.hidePopup()
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


def audit(db, entity: str) -> list[dict]:
    with db.begin() as s:
        rows = s.scalars(select(m.AuditEvent.detail).where(m.AuditEvent.entity == entity,
                                                           m.AuditEvent.username == "carl")
                         .order_by(m.AuditEvent.id)).all()
    return [json.loads(row) for row in rows]


def test_a_coordinator_keeps_the_directory_and_the_front_desk_and_slip_follow(
        window, people, sqlite_db, qtbot, tmp_path: Path) -> None:
    carl, frida = people
    page = window.directory_page
    bar = page.upkeep
    assert bar.isVisible()

    # 1. A new service with weekly hours and a closure over the Christmas holidays.
    def add_service(dialog) -> None:
        choose(qtbot, dialog.organization, "Vores HG")
        fill(qtbot, dialog.name, "Cykelværksted")
        fill(qtbot, dialog.name_en, "Bike workshop")
        dialog.categories.setFocus()
        qtbot.keyClicks(dialog.categories, "Aktiviteter")
        qtbot.keyClick(dialog.categories, Qt.Key.Key_Space)
        assert dialog.checked_categories() == ("faellesskab.aktiviteter",)
        tab(qtbot, dialog.tabs, 1)
        fill(qtbot, dialog.phone, "ring til os")  # not a phone number: refused at the field
        fill(qtbot, dialog.next_step, "Mød op med cyklen")
        fill(qtbot, dialog.address, "Høje Gladsaxe Torv 2")
        fill(qtbot, dialog.postal_code, "2860")
        fill(qtbot, dialog.city, "Søborg")
        tab(qtbot, dialog.tabs, 2)
        fill(qtbot, dialog.weekly, "ons 10-18")
        fill(qtbot, dialog.exceptions, "30.12.2026 lukket Juleferie")
        save(qtbot, dialog)
        assert dialog.isVisible() and dialog.tabs.currentIndex() == 1  # the form stays, on the field's tab
        assert "telefonnummer" in dialog.errors.text("phone") or "phone number" in dialog.errors.text("phone")
        assert dialog.name.text() == "Cykelværksted"  # nothing typed is lost
        fill(qtbot, dialog.phone, "39 57 12 34")
        save(qtbot, dialog)
        assert not dialog.isVisible()

    open_editor(qtbot, bar.new_service, add_service)
    with sqlite_db.begin() as s:
        service = s.scalars(select(m.Service).where(m.Service.name == "Cykelværksted")).one()
        service_id = service.id
    qtbot.waitUntil(lambda: page.model.index_of_service(service_id).isValid())

    # 2. Find it by typing, and change its phone number.
    keys = Keyboard(qtbot)
    window.activateWindow()
    page.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_edit)
    keys.type("cykelværksted")
    keys.press(Qt.Key.Key_Down)
    assert page.current_item().id == service_id

    def new_phone(dialog) -> None:
        tab(qtbot, dialog.tabs, 1)
        assert dialog.phone.text() == "39 57 12 34"
        fill(qtbot, dialog.phone, "39 57 99 99")
        save(qtbot, dialog)
        assert not dialog.isVisible()

    open_editor(qtbot, bar.edit_button, new_phone)
    qtbot.waitUntil(lambda: "39 57 99 99" in page.detail.toPlainText())
    assert "Mød op med cyklen" in page.detail.toPlainText()  # the next step told to the resident
    page.clock = lambda: datetime(2026, 12, 28, 9)  # the Monday before the closure
    page.refresh()
    assert "30.12.2026: " in page.detail.toPlainText()  # the detail pane lists the coming closure

    # 3. An address range for one side of a street.
    def add_range(dialog) -> None:
        fill(qtbot, dialog.street, "Gladsaxevej")
        fill(qtbot, dialog.number_from, "101")
        fill(qtbot, dialog.number_to, "119")
        choose(qtbot, dialog.organization, "AAB")
        dialog.parity.setFocus()
        qtbot.keyClick(dialog.parity, Qt.Key.Key_Down)  # all -> odd
        fill(qtbot, dialog.department, "Afdeling 9")
        save(qtbot, dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    open_editor(qtbot, bar.addresses, add_range)

    # 4. A keyword for the service's category (the editor opens on it).
    def add_keyword(dialog) -> None:
        assert dialog.chooser.currentData() == "faellesskab.aktiviteter"
        assert "Cykelværksted" in dialog.usage.text()
        fill(qtbot, dialog.new_keyword, "punktering")
        qtbot.keyClick(dialog.new_keyword, Qt.Key.Key_Return)
        assert "punktering" in dialog.keyword_list() and dialog.isVisible()
        save(qtbot, dialog)
        assert not dialog.isVisible()

    open_editor(qtbot, bar.categories, add_keyword)

    # 5. A routing rule, tried before it is saved.
    def add_rule(dialog) -> None:
        assert dialog.service.currentData() == service_id  # the selected service
        fill(qtbot, dialog.priority, "200")
        fill(qtbot, dialog.note, RULE_NOTE)
        fill(qtbot, dialog.try_text, TEXT)
        qtbot.keyClick(dialog.try_text, Qt.Key.Key_Return)
        first = dialog.results.item(0).text()
        assert first.startswith("1. Cykelværksted") and RULE_NOTE in first
        assert dialog.isVisible()  # Enter tried the rule; only Save saves it
        save(qtbot, dialog)
        assert not dialog.isVisible()

    open_editor(qtbot, bar.new_rule, add_rule)

    # The front desk: the suggestion for a matching text is the new service, with the rule as its reason.
    window.set_actor(frida)
    front = window.front_desk_page
    window.activateWindow()
    front.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    suggestions = describe(Keyboard(qtbot), front, qtbot, TEXT)
    number = position_of(suggestions, lambda s: s.service_id == service_id)
    assert number == 0
    reasons = [render_reason(r, "da") for r in suggestions[number].reasons]
    assert any(RULE_NOTE in text for text in reasons), reasons
    card = front.form.route.cards.cards[number]
    status = card.organization.text().split(" · ", 1)[-1]
    assert status.startswith(OPEN_STATES), card.organization.text()  # beside the organization: open now or not
    qtbot.keyClick(front.form.description, ACCEPT[number], CTRL | SHIFT)
    with qtbot.waitSignal(window.hub.referral_changed):
        qtbot.keyClick(front.form.description, Qt.Key.Key_Return, CTRL)
    with sqlite_db.begin() as s:
        [referral] = [r for r in referral_service.list_queue(s, carl, QueueFilter(open_only=False),
                                                             log_search=False) if r.service_id == service_id]
        slip = reporting.slip_data(s, frida, referral.id, today=date(2026, 12, 28))

    # The slip: the new phone number, and closed on the exception's date.
    pdf = tmp_path / "slip.pdf"
    with pdf.open("wb") as out:
        build_slip(slip, out)
    text = plain_text(pdf)
    assert "39 57 99 99" in text and "39 57 12 34" not in text
    lines = text.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("Onsdag 30.12."))
    assert "Lukket (Juleferie)" in " ".join(lines[at:at + 2])  # the day's cell follows its name
    assert slip.phone == "39 57 99 99"

    # The audit trail: every change with before and after.
    created, changed = audit(sqlite_db, "service")
    assert created["after"]["name"] == "Cykelværksted" and created["before"] == {}
    assert changed == {"before": {"phone": "39 57 12 34"}, "after": {"phone": "39 57 99 99"}}
    [address] = audit(sqlite_db, "address_range")
    assert address["after"]["street"] == "Gladsaxevej" and address["after"]["parity"] == "odd"
    [keyword] = audit(sqlite_db, "category")
    assert keyword == {"before": {"keywords": []}, "after": {"keywords": ["punktering"]}}
    [rule] = audit(sqlite_db, "routing_rule")
    assert rule["after"]["note"] == RULE_NOTE and rule["after"]["priority"] == 200


def test_the_front_desk_sees_no_editing_buttons(make_window, qtbot, people) -> None:
    window = make_window("da")
    window.set_actor(people[1])
    assert not window.directory_page.upkeep.isVisibleTo(window.directory_page)


def test_the_directory_marks_each_service_open_now_opens_at_or_closed_for_a_holiday(window, qtbot) -> None:
    from datetime import datetime

    from referral_app.ui.directory.model import COL_STATUS

    page = window.directory_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "ejendomskontor")
    page.enter_tree()

    def status_of(moment: datetime) -> str:
        page.clock = lambda: moment
        page.refresh()
        index = page.tree.currentIndex()
        assert "Ejendomskontor" in page.model.service_at(index).name
        return page.model.index(index.row(), COL_STATUS, index.parent()).data()

    holiday = ("Lukket i dag (helligdag)", "Closed today (holiday)")  # Danish once the catalogue has it
    assert status_of(datetime(2026, 12, 25, 10)) in holiday
    assert status_of(datetime(2026, 12, 24, 10)) in holiday  # a directory-wide closing day
    monday_early = status_of(datetime(2026, 12, 21, 6))
    assert monday_early.startswith("Åbner kl.") or monday_early.startswith("Opens at")
    assert "Lukket" in page.detail.toPlainText() or "Closed" in page.detail.toPlainText()  # 24-26 Dec ahead


def test_a_coordinator_takes_a_shipped_update_item_by_item(window, people, sqlite_db, qtbot, tmp_path,
                                                           monkeypatch) -> None:
    from dataclasses import replace as replaced

    from referral_app.domain import directory_edit as e
    from referral_app.services import directory as directory_service
    from referral_app.services import directory_admin as admin
    from referral_app.services.directory_seed import load_directory

    folder = tmp_path / "directory"  # a newer shipped directory: 3B's first service has a new phone number
    shutil.copytree(DIRECTORY_DIR, folder)
    orgs = json.loads((folder / "organizations.json").read_text(encoding="utf-8"))
    next(o for o in orgs["organizations"] if o["key"] == "3b")["services"][0]["phone"] = "22 22 22 22"
    (folder / "organizations.json").write_text(json.dumps(orgs, ensure_ascii=False), encoding="utf-8")
    carl = people[0]
    with sqlite_db.begin() as s:
        first_3b = s.scalars(select(m.Service).join(m.Organization).where(m.Organization.key == "3b")
                             .order_by(m.Service.id)).first().id
        current = directory_service.get_service(s, first_3b)
        base = e.draft_from_service(current)
        admin.update_service(s, carl, first_3b, replaced(base, what_to_bring="Lejekontrakt"), base=base,
                             version=current.version)
    with sqlite_db.begin() as s:
        load_directory(s, folder)
    monkeypatch.setattr("referral_app.ui.directory.upkeep.DIRECTORY_DIR", folder)

    def take(dialog) -> None:
        assert dialog.list.count() == 1 and "22 22 22 22" in dialog.list.item(0).text()
        qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
        assert not dialog.take_button.isEnabled()  # nothing left to take

    open_editor(qtbot, window.directory_page.upkeep.updates, take)
    with sqlite_db.begin() as s:
        assert directory_service.get_service(s, first_3b).phone == "22 22 22 22"


def test_a_coordinator_decides_the_directory_wide_closing_days(window, sqlite_db, qtbot) -> None:
    from datetime import datetime

    from referral_app.services import directory_admin as admin
    from referral_app.ui.directory.model import COL_STATUS

    def untick_constitution_day(dialog) -> None:
        assert dialog.constitution_day.isChecked()
        dialog.constitution_day.setFocus()
        qtbot.keyClick(dialog.constitution_day, Qt.Key.Key_Space)
        save(qtbot, dialog)
        assert not dialog.isVisible()

    open_editor(qtbot, window.directory_page.upkeep.closing_days, untick_constitution_day)
    with sqlite_db.begin() as s:
        calendar = admin.calendar_settings(s)
    assert not calendar.closed_constitution_day and calendar.closed_christmas_eve
    page = window.directory_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "ejendomskontor")
    page.enter_tree()
    page.clock = lambda: datetime(2026, 6, 5, 8)  # a Friday, 5 June: now an ordinary day
    page.refresh()
    index = page.tree.currentIndex()
    assert page.model.index(index.row(), COL_STATUS, index.parent()).data() in ("Åben nu, til kl. 09:00",
                                                                                 "Open now, until 09:00")


def test_a_coordinator_changes_a_range_of_the_address_table(window, sqlite_db, qtbot) -> None:
    from referral_app.services import directory_admin as admin

    with sqlite_db.begin() as s:
        before = admin.list_addresses(s)

    def change_first(dialog) -> None:
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.table.visualItemRect(dialog.table.item(0, 0)).center())
        assert dialog.editing == before[0] and dialog.street.text() == before[0].street
        fill(qtbot, dialog.department, "Afdeling 99")
        save(qtbot, dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    open_editor(qtbot, window.directory_page.upkeep.addresses, change_first)
    with sqlite_db.begin() as s:
        after = admin.list_addresses(s)
    assert len(after) == len(before) and after[0].department == "Afdeling 99" and after[0].version == 2
    [change] = audit(sqlite_db, "address_range")
    assert change["after"] == {"department": "Afdeling 99"} and change["before"]["department"] == before[0].department


def test_a_coordinator_switches_off_a_rule_of_the_selected_service(window, sqlite_db, qtbot) -> None:
    from referral_app.services import directory_admin as admin

    page = window.directory_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "ejendomskontor")
    page.enter_tree()
    service = page.current_item()

    def switch_off(dialog) -> None:
        rows = [n for n in range(dialog.table.rowCount()) if dialog.table.item(n, 1).text() == service.name]
        assert rows, "the rules of the selected service are listed"
        item = dialog.table.item(rows[0], 0)
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.table.visualItemRect(item).center())
        assert dialog.editing is not None and dialog.service.currentData() == service.id
        dialog.active.setFocus()
        qtbot.keyClick(dialog.active, Qt.Key.Key_Space)
        assert not dialog.active.isChecked()
        save(qtbot, dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    open_editor(qtbot, page.upkeep.new_rule, switch_off)
    [change] = audit(sqlite_db, "routing_rule")
    assert change == {"before": {"active": True}, "after": {"active": False}}
    with sqlite_db.begin() as s:
        switched = [rule for rule in admin.list_rules(s) if not rule.active]
    assert [rule.service_id for rule in switched] == [service.id]


def test_a_deactivated_organization_is_hidden_until_closed_services_are_shown(window, sqlite_db, qtbot) -> None:
    from dataclasses import replace

    from referral_app.domain import directory_edit as edit
    from referral_app.services import directory_admin as admin
    from referral_app.ui.directory.model import COL_STATUS

    with sqlite_db.begin() as s:
        org_id = s.scalar(select(m.Organization.id).where(m.Organization.key == "3b"))
        org = admin.get_organization(s, org_id)
        base = edit.draft_from_organization(org)
        admin.update_organization(s, window.actor, org_id, replace(base, active=False), base=base,
                                  version=org.version)
    page = window.directory_page
    page.refresh()
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "ejendomskontor 3B")
    names = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    assert org.name not in names
    page.active_only.setFocus()
    qtbot.keyClick(page.active_only, Qt.Key.Key_Space)
    assert not page.active_only.isChecked()
    rows = [row for row in range(page.model.rowCount()) if page.model.index(row, 0).data() == org.name]
    assert rows, "shown with the closed services"
    parent = page.model.index(rows[0], 0)
    statuses = {page.model.index(n, COL_STATUS, parent).data() for n in range(page.model.rowCount(parent))}
    assert statuses and statuses <= {"Inaktiv", "Inactive"}


def test_the_rule_list_gives_the_reason_the_room_that_is_left(window, qtbot) -> None:
    """The reason column reaches the right edge of the list instead of a narrow, cut column."""
    page = window.directory_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "ejendomskontor")
    page.enter_tree()
    seen = {}

    def look(dialog) -> None:
        header = dialog.table.horizontalHeader()
        reason = dialog.table.columnCount() - 1
        seen["right"] = header.sectionViewportPosition(reason) + header.sectionSize(reason)
        seen["width"] = dialog.table.viewport().width()
        dialog.reject()

    open_editor(qtbot, page.upkeep.new_rule, look)
    assert seen["width"] > 0 and seen["right"] >= seen["width"]
