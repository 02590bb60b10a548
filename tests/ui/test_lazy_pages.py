"""The main window builds a page the first time it is shown: the start pays for the page on
screen only, and every page is still reached the way a user reaches it (a click in the
navigation, Ctrl+1..5, Ctrl+Shift+P), speaks the language chosen before or after it was
built, and hides names if they were hidden before it existed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from referral_app.domain.enums import Role
from referral_app.ui.directory.model import SERVICE_ROLE
from referral_app.ui.main_window import (
    PAGE_ADMIN,
    PAGE_COUNT,
    PAGE_DIRECTORY,
    PAGE_FRONT_DESK,
    PAGE_REFERRALS,
    PAGE_REPORTS,
    PLACEHOLDER,
)
from tests.services.staff import make_staff

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def coordinator(sqlite_db):
    with sqlite_db.begin() as session:
        return make_staff(session, Role.COORDINATOR, "kim")


@pytest.fixture
def window(make_window, qtbot, coordinator):
    window = make_window("da")
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(coordinator)
    return window


def built(window) -> list[int]:
    return [index for index in range(PAGE_COUNT) if window.is_built(index)]


def click_entry(window, qtbot, index: int) -> None:
    """A mouse click on the page's name in the navigation."""
    rect = window.nav.visualItemRect(window.nav.item(index))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def service_names(page) -> set[str]:
    model = page.model
    return {model.index(row, 0, model.index(org, 0)).data(SERVICE_ROLE).name
            for org in range(model.rowCount()) for row in range(model.rowCount(model.index(org, 0)))}


def test_the_start_builds_only_the_page_on_screen(make_window, qtbot):
    window = make_window("da")
    assert built(window) == []  # nothing before the window is shown
    window.show()
    qtbot.waitUntil(lambda: window.is_built(PAGE_DIRECTORY))  # the page a new desk opens on
    assert built(window) == [PAGE_DIRECTORY]
    assert window.stack.currentWidget() is window.directory_page and window.directory_page.isVisible()
    # The navigation names every page from the start, built or not.
    assert [window.nav.item(i).text() for i in range(PAGE_COUNT)] == window.page_titles()
    assert window.nav.currentRow() == PAGE_DIRECTORY


def _works_front_desk(window, page, qtbot) -> None:
    assert page.form.isEnabled() and page.today_count.text().startswith("Henvendelser i dag: 0")
    page.form.description.setFocus()
    qtbot.keyClicks(page.form.description, "Skimmel i badeværelset")
    assert page.form.has_content()


def _works_queue(window, page, qtbot) -> None:
    assert page.content.isVisible() and not page.notice.isVisible()
    # The directory's organizations to filter by, read just after the first rows are shown.
    qtbot.waitUntil(lambda: page.filters.organization.count() > 1)
    assert page.summary.text()


def _works_directory(window, page, qtbot) -> None:
    everything = service_names(page)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.search_edit
    qtbot.keyClicks(page.search_edit, "lektie")
    qtbot.waitUntil(lambda: 0 < len(service_names(page)) < len(everything))
    assert any("Lektiecafé" in name for name in service_names(page))


def _works_reports(window, page, qtbot) -> None:
    assert page.title.text() == "Rapporter" and page.kind.count() >= 2 and page.generate_button.isVisible()


def _works_admin(window, page, qtbot) -> None:
    # A coordinator has no administration tasks: the page says so at its top.
    assert page.nothing.isVisible() and page.nothing.text() and not page.tabs.isVisible()


CHECKS = [
    (PAGE_FRONT_DESK, "frontDeskPage", _works_front_desk),
    (PAGE_REFERRALS, "referralsPage", _works_queue),
    (PAGE_DIRECTORY, "directoryPage", _works_directory),
    (PAGE_REPORTS, "reportsPage", _works_reports),
    (PAGE_ADMIN, "adminPage", _works_admin),
]


def test_clicking_each_entry_shows_its_page_built_and_working(window, qtbot):
    for index, name, works in CHECKS:
        click_entry(window, qtbot, index)
        assert window.current_page() == index and window.is_built(index)
        page = window.stack.currentWidget()
        assert page.objectName() == name and page is window.pages[index]
        assert page.isVisible() and page.parent() is window.stack
        assert window.windowTitle().startswith(window.page_titles()[index])
        works(window, page, qtbot)
    assert built(window) == list(range(PAGE_COUNT))
    assert not window.stack.findChildren(type(window.stack.widget(0)), PLACEHOLDER)  # every stand-in is gone
    # Back to a page built before: the same page, with what was typed in it.
    click_entry(window, qtbot, PAGE_FRONT_DESK)
    assert window.stack.currentWidget() is window.front_desk_page and window.front_desk_page.form.has_content()


@pytest.mark.parametrize(("key", "index", "name"), [
    (Qt.Key.Key_1, PAGE_FRONT_DESK, "frontDeskPage"),
    (Qt.Key.Key_2, PAGE_REFERRALS, "referralsPage"),
    (Qt.Key.Key_4, PAGE_REPORTS, "reportsPage"),
    (Qt.Key.Key_5, PAGE_ADMIN, "adminPage"),
])
def test_ctrl_number_builds_and_shows_a_page_not_built_yet(window, qtbot, key, index, name):
    assert not window.is_built(index)
    qtbot.keyClick(window, key, CTRL)
    assert window.current_page() == index and window.stack.currentWidget().objectName() == name
    assert window.stack.currentWidget().isVisible()


def test_the_page_stored_at_closing_is_the_one_built_at_the_next_start(make_window, qtbot, coordinator):
    first = make_window("da")
    first.show()
    first.set_actor(coordinator)
    click_entry(first, qtbot, PAGE_REPORTS)
    first.close()  # stores the page (and the layouts of the pages that were built)
    second = make_window("da")
    second.show()
    qtbot.waitUntil(lambda: second.is_built(PAGE_REPORTS))
    assert built(second) == [PAGE_REPORTS] and second.current_page() == PAGE_REPORTS
    assert second.reports_page.isVisible()


def test_the_language_switch_reaches_pages_built_before_and_after_it(window, qtbot):
    click_entry(window, qtbot, PAGE_REFERRALS)
    assert window.referral_page.title.text() == "Henvisninger til opfølgning"
    window.choose_language("en")
    assert window.referral_page.title.text() == "Referral queue"  # built before: retranslated
    assert not window.is_built(PAGE_REPORTS)
    click_entry(window, qtbot, PAGE_REPORTS)
    assert window.reports_page.title.text() == "Reports"  # built after: made in English
    assert window.reports_page.generate_button.text() == "&Generate"
    assert window.nav.item(PAGE_REPORTS).text() == "Reports"


def test_names_hidden_before_a_page_is_built_are_hidden_on_it(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.names_masked and not window.is_built(PAGE_FRONT_DESK)
    click_entry(window, qtbot, PAGE_FRONT_DESK)
    assert window.front_desk_page.masked
    click_entry(window, qtbot, PAGE_REFERRALS)
    assert window.referral_page.masked


def test_ctrl_shift_p_reaches_the_reports_page_before_it_is_built(window, qtbot, monkeypatch):
    from referral_app.ui.reports.slip_language import SlipLanguageDialog

    asked: list[int] = []

    def choose(referral_id, recorded, parent):
        asked.append(referral_id)
        return "da", False  # the user closes the language question

    monkeypatch.setattr(SlipLanguageDialog, "choose", staticmethod(choose))
    assert not window.is_built(PAGE_REPORTS)
    assert window.slip_action in window.file_menu.actions()
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.is_built(PAGE_REPORTS) and asked == [window.reports_page.slip_form.referral.value()]
    assert window.reports_page.slip_action is window.slip_action


def test_a_page_built_after_sign_in_shows_what_the_role_may_use(make_window, qtbot, sqlite_db):
    with sqlite_db.begin() as session:
        admin = make_staff(session, Role.ADMIN, "anne")
    window = make_window("da")
    window.show()
    window.set_actor(admin)
    assert not window.is_built(PAGE_ADMIN)
    click_entry(window, qtbot, PAGE_ADMIN)
    page = window.admin_page
    assert page.isVisible() and page.tabs.isVisible() and not page.nothing.isVisible()
    assert page.tabs.count() >= 3 and page.users_page.isVisible()


def test_each_pages_module_is_the_one_the_start_imports_ahead(window):
    from referral_app.ui.main_window import PAGE_MODULES

    assert {index: type(page).__module__ for index, page in enumerate(window.pages)} == PAGE_MODULES
