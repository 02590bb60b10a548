"""A coordinator adds a category in the window: names in Danish and English,
a focus area, where it goes and a keyword; a missing name is said at the field."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import select

from referral_app.db import models as m
from tests.ui.test_directory_upkeep import fill, open_editor, people, save, window  # noqa: F401 - fixtures


def test_a_coordinator_adds_a_category(window, sqlite_db, qtbot) -> None:  # noqa: F811
    def add(dialog) -> None:
        assert not dialog.parent_choice.isVisible()  # only for a new category
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        assert dialog.parent_choice.isVisible() and dialog.name_da.text() == "" and dialog.keywords.count() == 0
        fill(qtbot, dialog.name_da, "Cykler og værksted")
        save(qtbot, dialog)  # no English name yet
        assert dialog.isVisible() and dialog.name_da.text() == "Cykler og værksted"
        assert dialog.errors.labels["name_en"].text()  # said at the field
        fill(qtbot, dialog.name_en, "Bikes and workshop")
        dialog.focus_area.setFocus()
        qtbot.keyClicks(dialog.focus_area, "Sammen")  # Sammenhængskraft og medborgerskab
        dialog.parent_choice.setFocus()
        qtbot.keyClicks(dialog.parent_choice, "Fælles")
        assert dialog.parent_choice.currentData() == "faellesskab"
        fill(qtbot, dialog.new_keyword, "punktering")
        qtbot.keyClick(dialog.new_keyword, Qt.Key.Key_Return)
        save(qtbot, dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    open_editor(qtbot, window.directory_page.upkeep.categories, add)
    with sqlite_db.begin() as s:
        row = s.scalar(select(m.Category).where(m.Category.name_da == "Cykler og værksted"))
        detail = s.scalar(select(m.AuditEvent.detail).where(m.AuditEvent.entity == "category",
                                                            m.AuditEvent.action == "create"))
        assert (row.code, row.name_en, row.focus_area, row.parent.code, row.keywords) == (
            "faellesskab.cykler-og-vaerksted", "Bikes and workshop", "cohesion", "faellesskab", "punktering")
    assert json.loads(detail)["after"]["parent"] == "faellesskab"
