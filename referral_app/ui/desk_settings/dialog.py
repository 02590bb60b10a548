"""Indstillinger: this desk's own settings, in the window instead of an INI file.

The desk's name and which category each of F1-F12 counts belong to this PC
(``front-desk.ini``); whether names start hidden and whether reminders also
show as desktop notifications are this desk's preferences; the idle-lock time
is shared by every desk (the database) and so only an administrator changes it
here. Everything applies at once when the dialog is accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.directory import Category
from referral_app.ui.front_desk.drafts import TALLY_KEYS
from referral_app.ui.widgets.forms import error_label, keep_fitting, show_error

MAX_DESK_NAME = 64
PREVIEW_COLUMNS = 6
PREVIEW_STYLE = ("QLabel { border: 1px solid #8c8c8c; border-radius: 3px; padding: 2px 4px;"
                 " background: palette(button); }")


@dataclass(frozen=True, slots=True)
class DeskChoices:
    """What the dialog shows and returns."""

    desk_name: str
    tally_codes: tuple[str, ...]
    names_hidden: bool
    desktop_notifications: bool
    idle_lock_minutes: int


class SettingsDialog(QDialog):
    def __init__(self, current: DeskChoices, categories: Sequence[Category], language: str, *,
                 may_change_idle_lock: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._language = language
        self._names = {c.code: c.name(language) for c in categories}

        desk_box = QGroupBox(self.tr("This desk"), self)
        desk_form = QFormLayout(desk_box)
        self.desk_name = QLineEdit(current.desk_name, desk_box)
        self.desk_name.setObjectName("deskName")
        self.desk_name.setMaxLength(MAX_DESK_NAME)
        self.desk_name.setPlaceholderText(self.tr("e.g. Skranke 1 or Biblioteket"))
        self.desk_name.setAccessibleName(self.tr("Desk name"))
        self.desk_name.setToolTip(self.tr("Inquiries and quick counts are logged under this name; "
                                          "\"Today at this desk\" shows this desk's."))
        name_label = QLabel(self.tr("Desk &name:"), desk_box)
        name_label.setBuddy(self.desk_name)
        desk_form.addRow(name_label, self.desk_name)
        self.name_error = error_label(desk_box, "deskNameError")
        desk_form.addRow(self.name_error)

        keys_box = QGroupBox(self.tr("Quick count keys (F1–F12)"), self)
        keys_layout = QGridLayout(keys_box)
        self.key_combos: list[QComboBox] = []
        leaves = _countable(categories)
        parents = {c.code: c for c in categories}
        for number, (key, code) in enumerate(zip(TALLY_KEYS, current.tally_codes, strict=True)):
            combo = QComboBox(keys_box)
            combo.setObjectName(f"key{key}")
            combo.addItem(self.tr("(no category)"), "")
            for category in leaves:
                parent = parents.get(category.parent_code or "")
                name = category.name(language)
                combo.addItem(f"{parent.name(language)} › {name}" if parent else name, category.code)
            index = combo.findData(code)
            combo.setCurrentIndex(max(index, 0))
            combo.setAccessibleName(self.tr("Category for {key}").format(key=key))
            combo.currentIndexChanged.connect(self._update_preview)
            caption = QLabel(key, keys_box)  # no mnemonic: Alt+F is the File menu
            caption.setBuddy(combo)
            row, column = number % 6, (number // 6) * 2
            keys_layout.addWidget(caption, row, column)
            keys_layout.addWidget(combo, row, column + 1)
            self.key_combos.append(combo)
        keys_layout.setVerticalSpacing(2)
        keys_layout.setColumnStretch(1, 1)
        keys_layout.setColumnStretch(3, 1)

        preview_box = QGroupBox(self.tr("Preview of the keys"), self)
        preview_grid = QGridLayout(preview_box)
        preview_grid.setSpacing(4)
        self.preview: list[QLabel] = []
        for number in range(len(TALLY_KEYS)):
            cell = QLabel(preview_box)
            cell.setObjectName(f"preview{TALLY_KEYS[number]}")
            cell.setStyleSheet(PREVIEW_STYLE)
            cell.setWordWrap(True)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview_grid.addWidget(cell, number // PREVIEW_COLUMNS, number % PREVIEW_COLUMNS)
            self.preview.append(cell)
        for column in range(PREVIEW_COLUMNS):  # the keys are the same size, as on the front desk
            preview_grid.setColumnStretch(column, 1)

        screen_box = QGroupBox(self.tr("Screen and reminders"), self)
        screen_form = QFormLayout(screen_box)
        self.names_hidden = QCheckBox(self.tr("&Hide residents' names when someone signs in"), screen_box)
        self.names_hidden.setObjectName("namesHidden")
        self.names_hidden.setChecked(current.names_hidden)
        self.desktop_notifications = QCheckBox(self.tr("&Also show reminders as desktop notifications"), screen_box)
        self.desktop_notifications.setObjectName("desktopNotifications")
        self.desktop_notifications.setChecked(current.desktop_notifications)
        self.idle_lock = QSpinBox(screen_box)
        self.idle_lock.setObjectName("idleLock")
        self.idle_lock.setRange(1, 120)
        self.idle_lock.setValue(current.idle_lock_minutes)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setEnabled(may_change_idle_lock)
        self.idle_lock.setAccessibleName(self.tr("Lock the screen after (idle minutes)"))
        idle_label = QLabel(self.tr("&Lock the screen after:"), screen_box)
        idle_label.setBuddy(self.idle_lock)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_lock)
        self.idle_note = QLabel(self.tr("Shared by every desk.") if may_change_idle_lock else
                                self.tr("Shared by every desk; an administrator changes it."), screen_box)
        self.idle_note.setWordWrap(True)
        idle_row.addWidget(self.idle_note, 1)
        screen_form.addRow(self.names_hidden)
        screen_form.addRow(self.desktop_notifications)
        screen_form.addRow(idle_label, idle_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(desk_box)
        layout.addWidget(keys_box)
        layout.addWidget(preview_box)
        layout.addWidget(screen_box)
        layout.addWidget(self.buttons)
        self._update_preview()
        keep_fitting(self)  # the name's message makes the dialog taller, not the key fields thinner

    def values(self) -> DeskChoices:
        return DeskChoices(
            desk_name=" ".join(self.desk_name.text().split())[:MAX_DESK_NAME],
            tally_codes=tuple(str(combo.currentData() or "") for combo in self.key_combos),
            names_hidden=self.names_hidden.isChecked(),
            desktop_notifications=self.desktop_notifications.isChecked(),
            idle_lock_minutes=self.idle_lock.value(),
        )

    def _update_preview(self) -> None:
        nothing = self.tr("(no category)")
        for key, combo, cell in zip(TALLY_KEYS, self.key_combos, self.preview, strict=True):
            code = str(combo.currentData() or "")
            # As on the front desk's keys: the key and its category on a line (wrapped when long).
            cell.setText(f"{key}  {self._names.get(code, nothing) if code else nothing}")
            cell.setEnabled(bool(code))

    def _accept(self) -> None:
        if not self.values().desk_name:
            show_error(self.name_error, self.tr("Give the desk a name, e.g. Skranke 1."))
            self.desk_name.setFocus()
            return
        self.accept()


def _countable(categories: Sequence[Category]) -> list[Category]:
    """The categories a key can count: those without sub-categories, as inquiries are logged."""
    with_children = {c.parent_code for c in categories if c.parent_code}
    return [c for c in categories if c.code not in with_children]
