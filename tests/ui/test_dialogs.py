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


def test_question_defaults_to_the_safe_answer_and_names_the_action(qtbot, monkeypatch):
    seen = []

    def fake_exec(box):
        seen.append((box.defaultButton().objectName(), box.escapeButton().objectName(),
                     sorted(b.text() for b in box.buttons())))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert DialogService().question("Delete?", "Really?", accept="Delete resident") is False
    assert seen == [("questionReject", "questionReject", ["Cancel", "Delete resident"])]


# --- saving never replaces a file without asking (issue 11) ----------------------------------------

from pathlib import Path  # noqa: E402

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit  # noqa: E402

from tests.ui.fakes import FakeDialogService  # noqa: E402


def test_the_file_dialog_asks_in_danish_before_replacing_a_file(qtbot, qapp, tmp_path: Path) -> None:
    """The real dialog: typing the name of an existing file and pressing Enter
    brings up Qt's own question, in Danish; Escape keeps the file (and the
    dialog is then cancelled); answering Yes returns the path."""
    from referral_app import translation

    assert translation.install(qapp, "da")
    existing = tmp_path / "rapport.pdf"
    existing.write_bytes(b"old")
    questions: list[str] = []

    def drive(yes: bool) -> None:
        """Poll the modal widget on top and act like the user would."""
        top = QApplication.activeModalWidget()
        if isinstance(top, QMessageBox):
            questions.append(top.text())
            if yes:
                qtbot.mouseClick(top.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
            else:
                qtbot.keyClick(top, Qt.Key.Key_Escape)
                QTimer.singleShot(20, lambda: QApplication.activeModalWidget().reject())
            return
        QTimer.singleShot(20, lambda: drive(yes))
        if isinstance(top, QFileDialog):
            name = top.findChild(QLineEdit, "fileNameEdit")
            if name.text() != existing.name:
                name.setText(existing.name)
                qtbot.keyClick(name, Qt.Key.Key_Return)

    service = DialogService(None)
    QTimer.singleShot(20, lambda: drive(False))
    assert service.save_file("Gem rapporten", tmp_path / "x.pdf", "PDF (*.pdf)", suffix="pdf") is None
    QTimer.singleShot(20, lambda: drive(True))
    assert service.save_file("Gem rapporten", tmp_path / "x.pdf", "PDF (*.pdf)", suffix="pdf") == existing
    assert len(questions) == 2 and all("findes allerede" in text for text in questions), questions
    assert existing.read_bytes() == b"old"


def test_a_suffix_added_after_the_dialog_asks_again(tmp_path: Path) -> None:
    (tmp_path / "rapport.pdf").write_bytes(b"old")
    dialogs = FakeDialogService(file_to_save=tmp_path / "rapport")
    assert dialogs.save_file("Gem", None, "", suffix="pdf") is None  # "No" is the default answer
    assert dialogs.kinds() == ["save_file", "question"] and "rapport.pdf" in dialogs.shown[1].text
    dialogs.answer_yes = True
    assert dialogs.save_file("Gem", None, "", suffix="pdf") == tmp_path / "rapport.pdf"
    dialogs.file_to_save = tmp_path / "ny"
    assert dialogs.save_file("Gem", None, "", suffix="pdf") == tmp_path / "ny.pdf"
    assert dialogs.kinds().count("question") == 2  # a new name is not asked about
