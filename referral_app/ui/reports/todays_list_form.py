"""The parameters of the day's list on the Reports page: which day, and this
desk only or every desk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QLabel, QWidget


@dataclass(frozen=True)
class TodaysListParams:
    day: date
    this_desk_only: bool


class TodaysListForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("listDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.day)
        self.this_desk = QCheckBox(self)
        self.this_desk.setObjectName("listThisDesk")
        self.this_desk.setChecked(True)
        form.addRow(self.day_label, self.day)
        form.addRow(self.this_desk)
        self.retranslate()

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day:"))
        self.day.setAccessibleName(self.tr("Day"))
        self.this_desk.setText(self.tr("Only t&his desk"))
        self.this_desk.setAccessibleName(self.tr("Only this desk"))

    def focus_first(self) -> None:
        self.day.setFocus()

    def show_today(self) -> None:
        self.day.setDate(QDate.currentDate())
        self.this_desk.setChecked(True)

    def values(self) -> TodaysListParams:
        return TodaysListParams(self.day.date().toPython(), self.this_desk.isChecked())
