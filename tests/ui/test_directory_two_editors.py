"""Two coordinators edit the same service at once, each in their own window:
the first save wins; the second is refused with a message naming who changed
what, and its form keeps everything that was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.ui.directory.service_editor import ServiceDialog
from referral_app.ui.main_window import PAGE_DIRECTORY
from tests.services.staff import make_staff
from tests.ui.test_directory_upkeep import fill, save, tab

NEW_PHONE = "39 57 00 01"
NEW_DESCRIPTION = "Åbent for alle beboere i blokkene."


@pytest.fixture
def open_dialogs(monkeypatch) -> list[ServiceDialog]:
    """The editors opened, shown side by side instead of one modal at a time."""
    opened: list[ServiceDialog] = []

    def edit(cls, draft, organizations, categories, submit, language, parent=None):
        dialog = cls(draft, organizations, categories, submit, language, parent)
        dialog.setModal(False)
        dialog.show()
        opened.append(dialog)
        return None, False

    monkeypatch.setattr(ServiceDialog, "edit", classmethod(edit))
    return opened


def _window(make_window, qtbot, actor):
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(actor)
    window.show_page(PAGE_DIRECTORY)
    page = window.directory_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "ejendomskontor 3B")
    page.enter_tree()
    return window


def test_the_second_coordinators_save_is_refused_naming_the_change_and_keeps_the_form(
        make_window, qtbot, sqlite_db, open_dialogs) -> None:
    with sqlite_db.begin() as s:
        carl = make_staff(s, Role.COORDINATOR, "carl", "Carl Koordinator")
        cecilie = make_staff(s, Role.COORDINATOR, "cecilie", "Cecilie Koordinator")
    first, second = _window(make_window, qtbot, carl), _window(make_window, qtbot, cecilie)
    service = first.directory_page.current_item()
    assert second.directory_page.current_item().id == service.id
    qtbot.mouseClick(first.directory_page.upkeep.edit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second.directory_page.upkeep.edit_button, Qt.MouseButton.LeftButton)
    carls, cecilies = open_dialogs
    for dialog in open_dialogs:
        qtbot.addWidget(dialog)

    tab(qtbot, carls.tabs, 1)
    fill(qtbot, carls.phone, NEW_PHONE)
    save(qtbot, carls)
    assert not carls.isVisible(), carls.general_error.text()

    fill(qtbot, cecilies.description, NEW_DESCRIPTION)
    save(qtbot, cecilies)
    assert cecilies.isVisible()
    message = cecilies.general_error.text()
    assert cecilies.general_error.isVisible() and "carl" in message and "phone" in message
    assert cecilies.description.toPlainText() == NEW_DESCRIPTION  # nothing typed is lost
    with sqlite_db.begin() as s:
        row = s.scalar(select(m.Service).where(m.Service.id == service.id))
        assert (row.phone, row.description, row.version) == (NEW_PHONE, service.description, service.version + 1)
