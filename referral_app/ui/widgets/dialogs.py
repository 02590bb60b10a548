"""Message boxes and file pickers behind one injectable service.

Widgets never call ``QMessageBox``/``QFileDialog`` directly; they get a
``DialogService`` from the composition root. Tests pass a fake with the same
methods that records what would have been shown and answers on cue.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from referral_app.ui.widgets.forms import cancel_text


class DialogService:
    """The real dialogs. ``parent`` may be set later, once the main window exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def critical(self, title: str, text: str, informative: str = "", details: str = "") -> None:
        self._box(QMessageBox.Icon.Critical, title, text, informative, details)

    def warning(self, title: str, text: str, informative: str = "", details: str = "") -> None:
        self._box(QMessageBox.Icon.Warning, title, text, informative, details)

    def information(self, title: str, text: str, informative: str = "") -> None:
        self._box(QMessageBox.Icon.Information, title, text, informative, "")

    def question(self, title: str, text: str, informative: str = "", *, accept: str = "",
                 reject: str = "") -> bool:
        """Ask; True when the user chose ``accept``. The buttons say what happens
        ("Slet beboer" / "Annullér"); the safe answer is the default, so Enter never
        confirms by accident, and Esc chooses it too."""
        box = self._make(QMessageBox.Icon.Question, title, text, informative, "")
        yes = box.addButton(accept or QCoreApplication.translate("DialogService", "&Yes"),
                            QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(reject or cancel_text(), QMessageBox.ButtonRole.RejectRole)
        yes.setObjectName("questionAccept")
        no.setObjectName("questionReject")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def confirm(self, title: str, text: str, informative: str = "", *, accept: str, reject: str = "") -> bool:
        """``question`` with the verb on the button required: what confirming does."""
        return self.question(title, text, informative, accept=accept, reject=reject)

    def file_dialog(self, title: str, start: Path | None, filters: str, *, save: bool) -> QFileDialog:
        """Qt's own file dialog (not the desktop's), so that every word in it is in the
        app's language: Qt's translation, and the labels it leaves in English set here."""
        dialog = QFileDialog(self.parent, title, str(start or ""), filters)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        labels = {
            QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("DialogService", "Look in:"),
            QFileDialog.DialogLabel.FileName: QCoreApplication.translate("DialogService", "File &name:"),
            QFileDialog.DialogLabel.FileType: QCoreApplication.translate("DialogService", "Files of type:"),
            QFileDialog.DialogLabel.Accept: (QCoreApplication.translate("DialogService", "&Save") if save
                                             else QCoreApplication.translate("DialogService", "&Open")),
            QFileDialog.DialogLabel.Reject: cancel_text(),
        }
        for which, text in labels.items():
            dialog.setLabelText(which, text)
        return dialog

    def open_file(self, title: str, folder: Path | None = None, filters: str = "") -> Path | None:
        dialog = self.file_dialog(title, folder, filters, save=False)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def save_file(self, title: str, suggested: Path | None = None, filters: str = "",
                  suffix: str = "") -> Path | None:
        """A file to write, which the user agreed to replace if it exists.

        The file dialog asks before replacing the file chosen in it (Qt's own
        question, in the app's language). When ``suffix`` (e.g. "pdf") has to
        be added to the chosen name and that file exists, this asks again;
        "No" cancels."""
        chosen = self.choose_save_path(title, suggested, filters, suffix)
        if chosen is None:
            return None
        if suffix and chosen.suffix.lower() != f".{suffix.lower()}":
            chosen = chosen.with_name(f"{chosen.name}.{suffix}")
            if os.path.lexists(chosen) and not self.question(
                title,
                QCoreApplication.translate("DialogService", "%1 already exists. Replace it?").replace(
                    "%1", chosen.name),
                accept=QCoreApplication.translate("DialogService", "&Replace"),
            ):
                return None
        return chosen

    def choose_save_path(self, title: str, suggested: Path | None, filters: str, suffix: str) -> Path | None:
        """The file dialog itself; it confirms replacing an existing file."""
        dialog = self.file_dialog(title, suggested, filters, save=True)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, False)  # Qt's own question, in our language
        if suffix:
            dialog.setDefaultSuffix(suffix)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def _make(self, icon: QMessageBox.Icon, title: str, text: str, informative: str, details: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        if informative:
            box.setInformativeText(informative)
        if details:
            box.setDetailedText(details)
        return box

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, informative: str, details: str) -> None:
        box = self._make(icon, title, text, informative, details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
