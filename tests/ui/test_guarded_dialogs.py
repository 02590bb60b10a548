"""Form dialogs never drop typed input on one key: Esc in a filled field empties that
field only (Ctrl+Z brings it back); Esc or Annullér with typed input asks first, in
Danish, with buttons that say what happens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from referral_app import translation
from referral_app.ui.admin.users import UserDialog
from referral_app.ui.widgets.keys import GuardedDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dialog(qtbot):
    dialog = UserDialog(lambda *_: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def asked(monkeypatch):
    """Record the question and answer it: ``answer[0]`` True discards."""
    questions: list[str] = []
    answer = [False]

    def confirm(self) -> bool:
        questions.append(self.windowTitle())
        return answer[0]

    monkeypatch.setattr(GuardedDialog, "confirm_discard", confirm)
    return questions, answer


def test_esc_in_a_filled_field_empties_that_field_only(dialog, qtbot, asked):
    questions, _answer = asked
    qtbot.keyClicks(dialog.username, "bo")
    qtbot.keyClicks(dialog.full_name, "Bo Skranke")
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Escape)
    assert dialog.full_name.text() == "" and dialog.username.text() == "bo"
    assert dialog.isVisible() and questions == []
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Z, CTRL)
    assert dialog.full_name.text() == "Bo Skranke"


def test_esc_in_an_empty_field_with_input_elsewhere_asks_before_closing(dialog, qtbot, asked):
    questions, answer = asked
    qtbot.keyClicks(dialog.username, "bo")
    dialog.password.setFocus()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)  # empty field: Esc is the dialog's
    assert questions == ["New staff account"] and dialog.isVisible()  # "keep editing"
    assert dialog.username.text() == "bo"
    answer[0] = True
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0


def test_an_untouched_dialog_closes_on_esc_without_a_question(dialog, qtbot, asked):
    questions, _answer = asked
    dialog.username.setText("filled by the program")  # not typed by the user
    dialog.password.setFocus()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and questions == []


def test_the_question_is_danish_and_names_both_choices(dialog, qtbot, qapp, monkeypatch):
    monkeypatch.undo()  # the real box (the autouse fixture answered for it)
    assert translation.install(qapp, "da")
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(sorted(b.text().replace("&", "") for b in box.buttons()))
        box.reject()  # Esc on the question: keep editing

    qtbot.keyClicks(dialog.username, "bo")
    QTimer.singleShot(20, answer)
    dialog.reject()
    assert seen == [["Fortsæt redigering", "Kassér ændringer"]]
    assert dialog.isVisible() and dialog.username.text() == "bo"
    dialog.mark_clean()  # closing at teardown must not ask again
