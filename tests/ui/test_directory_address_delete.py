"""A coordinator deletes a range of the address table in the window, after a
confirmation; saying no keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.services import directory_admin as admin
from tests.ui.test_directory_upkeep import open_editor, people, window  # noqa: F401 - fixtures


def _click_row(qtbot, dialog, row: int) -> None:
    item = dialog.table.item(row, 0)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.table.visualItemRect(item).center())


def test_a_coordinator_deletes_an_address_range_after_confirming(window, sqlite_db, qtbot,  # noqa: F811
                                                                fake_dialogs) -> None:
    with sqlite_db.begin() as s:
        before = admin.list_addresses(s)
    gone = before[1]

    def delete_second(dialog) -> None:
        assert not dialog.delete_button.isEnabled()  # nothing chosen yet
        _click_row(qtbot, dialog, 1)
        assert dialog.editing == gone and dialog.delete_button.isEnabled()
        fake_dialogs.answer_yes = False
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == len(before)  # said no: still there
        fake_dialogs.answer_yes = True
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == len(before) - 1
        assert dialog.editing is None and not dialog.delete_button.isEnabled()
        assert dialog.isVisible()
        dialog.reject()

    open_editor(qtbot, window.directory_page.upkeep.addresses, delete_second)
    questions = [shown for shown in fake_dialogs.shown if shown.kind == "question"]
    assert len(questions) == 2 and f"{gone.number_from}-{gone.number_to}" in questions[0].text
    assert gone.organization_name in questions[0].text
    with sqlite_db.begin() as s:
        after = admin.list_addresses(s)
        audited = s.scalars(select(m.AuditEvent.action).where(m.AuditEvent.entity == "address_range",
                                                              m.AuditEvent.entity_id == str(gone.id))).all()
    assert [a.id for a in after] == [a.id for a in before if a.id != gone.id]
    assert audited == ["delete"]
