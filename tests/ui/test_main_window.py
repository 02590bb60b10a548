"""The main window on a real (SQLite) database with the shipped directory,
driven from the keyboard the way the front desk uses it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from referral_app.ui.directory.model import SERVICE_ROLE
from referral_app.ui.main_window import (
    PAGE_ADMIN,
    PAGE_DIRECTORY,
    PAGE_FRONT_DESK,
    PAGE_REFERRALS,
    PAGE_REPORTS,
)


@pytest.fixture
def window(make_window, qtbot):
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_services(page) -> dict[str, object]:
    model = page.model
    found = {}
    for org_row in range(model.rowCount()):
        parent = model.index(org_row, 0)
        for row in range(model.rowCount(parent)):
            service = model.index(row, 0, parent).data(SERVICE_ROLE)
            found[service.name] = service
    return found


def test_opens_on_the_directory_with_the_shipped_organizations(window):
    page = window.directory_page
    assert window.current_page() == PAGE_DIRECTORY
    names = {org.name for org in page.model.organizations}
    assert len(names) >= 6
    assert any("AAB" in name for name in names)
    assert any("Gladsaxe Kommune" in name for name in names)
    assert len(visible_services(page)) >= 30
    assert "sqlite" in window.database_label.text()
    assert window.language_label.text() == "Sprog: Dansk"


def test_typing_in_search_filters_live(window, qtbot):
    page = window.directory_page
    everything = len(visible_services(page))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_edit
    qtbot.keyClicks(page.search_edit, "lektie")
    qtbot.waitUntil(lambda: len(visible_services(page)) < everything)
    names = visible_services(page)
    assert any("Lektiecafé" in name for name in names), names
    assert all(
        "lekti" in (s.name + s.description + " ".join(c.name_da + " ".join(c.keywords) for c in s.categories)).lower()
        or "lekti" in s.organization_name.lower()
        for s in names.values()
    )


def test_search_ignores_danish_letters_spelt_out(window, qtbot):
    page = window.directory_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "laanekasse")  # for "lånekasse"
    qtbot.waitUntil(lambda: 0 < page.model.service_count() < 10)
    assert any("ånekasse" in name.lower() for name in visible_services(page))


def test_nothing_matches_says_so(window, qtbot):
    page = window.directory_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "zzzqqq")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.count_label.text() == "Intet passer"
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)  # Esc clears the search
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)


def test_keyboard_into_the_tree_shows_hours_and_phone(window, qtbot):
    page = window.directory_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "lektiecaf")
    qtbot.waitUntil(lambda: any("Lektiecafé" in n for n in visible_services(page)))
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.tree
    service = page.model.service_at(page.tree.currentIndex())
    while service is None or "Lektiecafé" not in service.name:
        qtbot.keyClick(page.tree, Qt.Key.Key_Down)
        service = page.model.service_at(page.tree.currentIndex())
    text = page.detail.toPlainText()
    assert service.name in text
    assert service.schedules and service.phone
    first = min(service.schedules, key=lambda s: (s.weekday, s.opens_at))
    assert f"{first.opens_at:%H:%M}–{first.closes_at:%H:%M}" in text
    assert ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")[first.weekday - 1] in text
    assert service.phone in text
    assert "Åbningstider" in text
    # Esc goes back to the search field.
    qtbot.keyClick(page.tree, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is page.search_edit


def test_selecting_an_organization_shows_it(window, qtbot):
    page = window.directory_page
    page.enter_tree()
    qtbot.keyClick(page.tree, Qt.Key.Key_Home)
    org = page.model.organization_at(page.tree.currentIndex())
    assert page.model.service_at(page.tree.currentIndex()) is None
    assert org.name in page.detail.toPlainText()


def test_selection_survives_a_refresh(window, qtbot):
    page = window.directory_page
    page.enter_tree()
    chosen = page.model.service_at(page.tree.currentIndex())
    assert chosen is not None
    window.hub.directory_changed.emit()
    assert page.model.service_at(page.tree.currentIndex()).id == chosen.id


@pytest.mark.parametrize(
    ("key", "page"),
    [
        (Qt.Key.Key_1, PAGE_FRONT_DESK),
        (Qt.Key.Key_2, PAGE_REFERRALS),
        (Qt.Key.Key_3, PAGE_DIRECTORY),
        (Qt.Key.Key_4, PAGE_REPORTS),
        (Qt.Key.Key_5, PAGE_ADMIN),
    ],
)
def test_ctrl_number_switches_pages(window, qtbot, key, page):
    start = PAGE_REFERRALS if page == PAGE_FRONT_DESK else PAGE_FRONT_DESK
    window.show_page(start)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == page
    assert window.nav.currentRow() == page
    assert window.windowTitle().startswith(window.page_titles()[page])


def test_the_reports_page_took_the_last_placeholders_place(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert page is window.reports_page and page.title.text() == "Rapporter"


def test_ctrl_f_from_a_placeholder_goes_to_the_directory_search(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_DIRECTORY
    assert QApplication.focusWidget() is window.directory_page.search_edit


def test_tab_order_goes_search_filter_tree(window, qtbot):
    page = window.directory_page
    page.focus_search()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.active_only
    qtbot.keyClick(page.active_only, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.tree


def test_closed_services_are_hidden_until_asked_for(window, qtbot):
    page = window.directory_page
    assert page.active_only.isChecked()
    shown = len(visible_services(page))
    assert all(s.is_active for s in visible_services(page).values())
    page.active_only.setFocus()
    qtbot.keyClick(page.active_only, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.active_only.isChecked())
    assert len(visible_services(page)) >= shown


def test_language_choice_is_stored_and_switches_live(window, qtbot, _private_data_dir):
    from referral_app.ui.preferences import Preferences

    with qtbot.waitSignal(window.hub.language_changed) as switched:  # every screen hears it through the hub
        window.language_actions["en"].trigger()
    assert switched.args == ["en"] and window.language == "en"
    assert Preferences.in_folder(_private_data_dir).language == "en"
    assert window.nav.item(PAGE_DIRECTORY).text() == "Directory"
    assert window.language_label.text() == "Language: English"
    assert window.directory_page.search_label.text() == "&Search:"
    window.language_actions["da"].trigger()
    assert window.nav.item(PAGE_DIRECTORY).text() == "Tilbud"
    assert Preferences.in_folder(_private_data_dir).language == "da"


def test_geometry_and_page_are_restored(make_window, qtbot):
    first = make_window("da")
    first.show()
    first.resize(700, 520)
    first.show_page(PAGE_REPORTS)
    first.close()
    second = make_window("da")
    assert second.current_page() == PAGE_REPORTS
    assert (second.size().width(), second.size().height()) == (700, 520)


def test_mnemonics_reach_the_search_field_and_the_filter(window, qtbot):
    page = window.directory_page
    page.enter_tree()
    qtbot.keyClick(page.tree, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Søg:"
    assert QApplication.focusWidget() is page.search_edit
    qtbot.keyClick(page.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "Kun &aktive tilbud"
    qtbot.waitUntil(lambda: not page.active_only.isChecked())  # on by default: closed services when asked


def test_window_title_names_the_page(window):
    assert window.windowTitle() == "Tilbud – Fælles Indgang"


def test_a_database_error_while_searching_is_shown_once(window, qtbot, fake_dialogs, monkeypatch):
    from referral_app.domain.errors import MSG_DB_LOCKED, StorageError
    from referral_app.services import directory as directory_service

    def locked(*_args, **_kwargs):
        raise StorageError(MSG_DB_LOCKED)

    monkeypatch.setattr(directory_service, "list_directory", locked)
    page = window.directory_page
    before = page.model.rowCount()
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "ab")
    qtbot.waitUntil(lambda: fake_dialogs.kinds() == ["warning"])
    page.refresh()
    assert fake_dialogs.kinds() == ["warning"]  # one box per problem, not one per keystroke
    assert fake_dialogs.shown[0].text.startswith("Databasen er låst af et andet program")
    assert page.model.rowCount() == before  # the last good list stays
