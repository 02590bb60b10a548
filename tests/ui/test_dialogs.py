"""The real dialog service builds the boxes it promises (exec is stubbed out)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from referral_app.ui.widgets.dialogs import DialogService


def test_critical_shows_text_and_what_to_do(qtbot, monkeypatch):
    seen = []

    def fake_exec(box):
        seen.append((box.icon(), box.windowTitle(), box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    DialogService().critical("Title", "What went wrong.", "What to do.")
    assert seen == [(QMessageBox.Icon.Critical, "Title", "What went wrong.", "What to do.")]


def test_question_defaults_to_no(qtbot, monkeypatch):
    defaults = []

    def fake_exec(box):
        defaults.append(box.standardButton(box.defaultButton()))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert DialogService().question("Delete?", "Really?") is False
    assert defaults == [QMessageBox.StandardButton.No]
