"""Danish all the way down: with the app in Danish, every standard dialog the app
uses (print, save and open file, message boxes, the small reason/date/purpose/
service dialogs) and the text fields' context menu speak Danish, and every
Cancel says "Annullér"."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from referral_app import translation
from referral_app.ui.widgets.dialogs import DialogService

#: English words of Qt's standard dialogs that must not be left in the Danish app.
ENGLISH = {"cancel", "ok?", "yes", "no", "save", "open", "print", "close", "look in", "file name",
           "files of type", "copy", "paste", "cut", "undo", "redo", "delete", "select all", "options",
           "properties", "printer", "detail view", "list view", "back", "forward", "parent directory",
           "create new folder"}


@pytest.fixture
def danish(qapp):
    assert translation.install(qapp, "da")
    yield
    translation.install(qapp, "en")


def texts(widget: QWidget) -> list[str]:
    """The visible words of the buttons and labels in ``widget``."""
    found = []
    for child in widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget) and child.text():
            found.append(child.text())
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.text():
            found.append(label.text())
    return found


def english_words(words: list[str]) -> list[str]:
    cleaned = [re.sub(r"[&:.…]", "", w).strip().lower() for w in words]
    return [w for w in cleaned if w in ENGLISH]


def buttons(box: QWidget) -> list[str]:
    return [b.text().replace("&", "") for b in box.findChildren(QAbstractButton)
            if b.isVisibleTo(box) and b.text()]


def test_the_print_dialog_is_danish(danish, qtbot):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    words = texts(dialog)
    assert "Udskriv" in [w.replace("&", "") for w in words]
    assert "Annullér" in buttons(dialog)
    assert not english_words(words), english_words(words)
    dialog.reject()


@pytest.mark.parametrize("save", [True, False])
def test_the_file_dialogs_are_danish(danish, qtbot, tmp_path, save):
    dialog = DialogService(None).file_dialog("Gem", tmp_path / "x.pdf", "PDF (*.pdf)", save=save)
    qtbot.addWidget(dialog)
    dialog.show()
    words = [w.replace("&", "") for w in texts(dialog)]
    assert "Annullér" in words
    assert ("Gem" if save else "Åbn") in words
    assert "Kig i:" in words and "Filnavn:" in words and "Filtype:" in words
    assert not english_words(words), english_words(words)
    dialog.reject()


def _answer(qtbot, seen: list[list[str]], click: str | None = None) -> None:
    """When the message box is up: note its buttons, then press one (or Esc)."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer(qtbot, seen, click))
        return
    seen.append(buttons(box))
    chosen = next((b for b in box.buttons() if b.text().replace("&", "") == click), None) if click else None
    if chosen is not None:
        chosen.click()
    else:
        box.reject()


def test_message_boxes_via_the_dialog_service_are_danish_and_say_what_happens(danish, qtbot):
    service = DialogService(None)
    seen: list[list[str]] = []
    QTimer.singleShot(20, lambda: _answer(qtbot, seen))
    assert service.question("Slet beboer 7?", "Det kan ikke fortrydes.", accept="&Slet beboer") is False
    QTimer.singleShot(20, lambda: _answer(qtbot, seen, "Slet beboer"))
    assert service.question("Slet beboer 7?", "Det kan ikke fortrydes.", accept="&Slet beboer") is True
    QTimer.singleShot(20, lambda: _answer(qtbot, seen))
    service.warning("Advarsel", "Noget gik galt.")
    assert sorted(seen[0]) == ["Annullér", "Slet beboer"]
    assert seen[2] == ["OK"]


def test_a_confirmation_without_a_verb_still_speaks_danish(danish, qtbot):
    seen: list[list[str]] = []
    QTimer.singleShot(20, lambda: _answer(qtbot, seen))
    DialogService(None).question("Spørgsmål", "Fortsæt?")
    assert sorted(seen[0]) == ["Annullér", "Ja"]


def _dialog_buttons(dialog: QDialog) -> list[str]:
    box = dialog.findChild(QDialogButtonBox)
    return [b.text().replace("&", "") for b in box.buttons()]


def test_the_reason_date_purpose_and_service_dialogs_are_danish(danish, qtbot):
    from referral_app.ui.queue.referral_dialogs import (
        CloseReasonDialog,
        DueDateDialog,
        PurposeDialog,
    )
    from referral_app.ui.queue.service_picker import ServicePickerDialog

    dialogs = [CloseReasonDialog("Henvisning 1", "Hvorfor?"), DueDateDialog("Henvisning 1", "Ny dato", date.today()),
               PurposeDialog("Vis beboer", "Opfølgning"), ServicePickerDialog("Henvis", "Vælg", [])]
    expected = [["Gem årsagen", "Annullér"], ["Sæt datoen", "Annullér"], ["Vis beboer", "Annullér"],
                ["Henvis", "Annullér"]]
    for dialog, wanted in zip(dialogs, expected, strict=True):
        qtbot.addWidget(dialog)
        assert sorted(_dialog_buttons(dialog)) == sorted(wanted), dialog.objectName()


def test_every_cancel_in_the_catalogue_says_annuller_with_accent(danish):
    """One word in every dialog: no 'Annuller' without the accent, in the app's or Qt's texts."""
    assert translation.tr("forms", "Cancel") == "Annullér"
    assert translation.tr("QPlatformTheme", "Cancel") == "Annullér"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Annullér"


@pytest.mark.parametrize("field_type", [QLineEdit, QPlainTextEdit])
def test_the_text_fields_context_menu_is_danish(danish, qtbot, field_type):
    field = field_type()
    qtbot.addWidget(field)
    field.show()
    shown: list[list[str]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, read_menu)
            return
        shown.append([a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()])
        menu.close()

    QTimer.singleShot(20, read_menu)
    target = field.viewport() if isinstance(field, QPlainTextEdit) else field
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, target.rect().center(),
                                                     target.mapToGlobal(target.rect().center())))
    qtbot.waitUntil(lambda: bool(shown))
    assert "Kopiér" in shown[0] and "Sæt ind" in shown[0] and "Markér alt" in shown[0], shown
    assert not english_words(shown[0]), shown


def test_switching_the_language_at_run_time_switches_qts_own_texts(qapp):
    try:
        def cancel_button() -> str:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
            return " ".join(sorted(b.text() for b in box.buttons()))

        assert translation.install(qapp, "da")
        assert cancel_button() == "Annullér Gem"
        assert translation.install(qapp, "en")
        assert cancel_button() == "Cancel Save"
        assert translation.install(qapp, "da")
        assert cancel_button() == "Annullér Gem"
    finally:
        translation.install(qapp, "en")


def test_qts_danish_is_found_in_the_apps_own_folder_when_qt_has_none(qapp, monkeypatch, tmp_path):
    """The frozen bundle ships qtbase_da.qm beside the app's catalogue."""
    import shutil

    from PySide6.QtCore import QLibraryInfo

    source = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    shutil.copy(f"{source}/qtbase_da.qm", tmp_path / "qtbase_da.qm")
    monkeypatch.setattr(translation, "qt_folders", lambda: [str(tmp_path / "nowhere"), str(tmp_path)])
    assert translation.load_qt_texts(qapp, "da") is not None
    monkeypatch.setattr(translation, "qt_folders", lambda: [str(tmp_path / "nowhere")])
    assert translation.load_qt_texts(qapp, "da") is None
