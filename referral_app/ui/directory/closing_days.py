"""Directory-wide closing days that are not public holidays: 24 December, 31 December, 5 June."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from referral_app.domain.opening_hours import CalendarSettings
from referral_app.ui.directory.editor_dialog import EditorDialog


class ClosingDaysDialog(EditorDialog):
    def __init__(self, calendar: CalendarSettings, submit: Callable[[CalendarSettings], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("closingDays")
        form = QFormLayout()
        intro = QLabel(self.tr("Public holidays close every service unless the service stays open. These days "
                               "are not public holidays; tick the ones on which the directory closes as well."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.christmas_eve = self.check(form, "closed_christmas_eve", self.tr("Closed on &24 December"),
                                        calendar.closed_christmas_eve)
        self.new_years_eve = self.check(form, "closed_new_years_eve", self.tr("Closed on &31 December"),
                                        calendar.closed_new_years_eve)
        self.constitution_day = self.check(form, "closed_constitution_day",
                                           self.tr("Closed on &5 June (Constitution Day)"),
                                           calendar.closed_constitution_day)
        self.finish_layout(form)
        self.setWindowTitle(self.tr("Closing days"))
        self.christmas_eve.setFocus()

    @classmethod
    def edit(cls, calendar: CalendarSettings, submit: Callable[[CalendarSettings], Any],
             parent: QWidget | None = None) -> tuple[Any, bool]:
        dialog = cls(calendar, submit, parent)
        accepted = dialog.exec() == EditorDialog.DialogCode.Accepted
        return dialog.saved, accepted

    def draft(self) -> CalendarSettings:
        return CalendarSettings(closed_christmas_eve=self.christmas_eve.isChecked(),
                                closed_new_years_eve=self.new_years_eve.isChecked(),
                                closed_constitution_day=self.constitution_day.isChecked())
