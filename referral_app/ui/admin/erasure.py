"""Erasure on request (administrators): find the resident by name, see what
will be removed, confirm, erase. The same anonymization as retention, at once.

The name search shows name and number only, for this purpose, and is logged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from referral_app.domain.accounts import Actor
from referral_app.domain.retention import ErasurePreview
from referral_app.services import retention as retention_service
from referral_app.services.database import Database
from referral_app.translation import format_date
from referral_app.ui.admin.resident_finder import ResidentFinder
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService


class ErasurePage(QWidget):
    def __init__(self, db: Database, dialogs: DialogService, actor: Callable[[], Actor | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasurePage")
        self._db = db
        self._actor = actor
        self._dialogs = dialogs
        self.preview: ErasurePreview | None = None
        intro = QLabel(self.tr("A resident may ask to be forgotten. Erasing removes name, phone, e-mail, street "
                               "address and birth year, and scrubs them from notes. Inquiries and referrals stay "
                               "without them, so the statistics do not change. It cannot be undone."), self)
        intro.setWordWrap(True)
        self.finder = ResidentFinder(db, dialogs, actor, "erasure", self)
        self.finder.set_object_names("erasureResident")
        self.number = self.finder.search
        self.number.setAccessibleName(self.tr("Resident's name"))
        self.finder.results.setAccessibleName(self.tr("Resident to erase"))
        caption = QLabel(self.tr("&Resident"), self)
        caption.setBuddy(self.number)
        self.show_button = QPushButton(self.tr("S&how what will be erased"), self)
        self.show_button.setObjectName("erasureShow")
        self.erase_button = QPushButton(self.tr("&Erase…"), self)
        self.erase_button.setObjectName("erasureErase")
        self.erase_button.setEnabled(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("erasureSummary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.finder, 1)
        for widget in (self.show_button, self.erase_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.show_button.clicked.connect(self.show_preview)
        self.number.textEdited.connect(self._forget_preview)
        self.finder.chosen.connect(self._chosen)
        self.erase_button.clicked.connect(self.erase)

    def take_over(self, other: ErasurePage) -> None:
        """The resident ``other`` had found and chosen (the tabs are made anew when
        the language changes), with its preview shown again."""
        self.finder.take_over(other.finder)

    def focus_first(self) -> None:
        self.number.setFocus()

    def _forget_preview(self) -> None:
        self.preview = None
        self.erase_button.setEnabled(False)
        self.summary.clear()

    def _chosen(self, resident_id: object) -> None:
        """A resident found (or picked in the list) shows what erasing them removes."""
        self._forget_preview()
        if resident_id is not None:
            self.show_preview()

    def _resident_id(self) -> int | None:
        resident_id = self.finder.resident_id()
        if resident_id is None:
            self._dialogs.warning(self.tr("Erasure"), self.tr(
                "Search for the resident (type the name and press Enter) and choose one from the list."))
            self.number.setFocus()
        return resident_id

    def show_preview(self) -> None:
        actor = self._actor()
        resident_id = self._resident_id()
        if actor is None or resident_id is None:
            return
        self.preview = run_action(self._db, self._dialogs, self.tr("Erasure"),
                                  lambda session: retention_service.erasure_preview(session, actor, resident_id)).value
        if self.preview is None:
            self._forget_preview()
            return
        self.summary.setText(self.describe(self.preview))
        self.erase_button.setEnabled(True)
        self.erase_button.setFocus()

    def describe(self, p: ErasurePreview) -> str:
        field_names = {
            "full_name": self.tr("name"), "phone": self.tr("phone"), "email": self.tr("e-mail"),
            "street": self.tr("street"), "house_number": self.tr("house number"), "unit": self.tr("floor and door"),
            "birth_year": self.tr("birth year"),
        }
        fields = ", ".join(field_names.get(f, f) for f in p.fields) or self.tr("nothing")
        last = format_date(p.last_activity) if p.last_activity else "-"
        return self.tr("Resident %1: %2. Will be removed: %3. Kept without them: %4 inquiries, %5 referrals, "
                       "%6 consents. Last activity %7.").replace("%1", str(p.resident_id)).replace(
            "%2", p.name or "-").replace("%3", fields).replace("%4", str(p.inquiries)).replace(
            "%5", str(p.referrals)).replace("%6", str(p.consents)).replace("%7", last)

    def erase(self) -> None:
        actor = self._actor()
        preview = self.preview
        if actor is None or preview is None:
            return
        if not self._dialogs.question(self.tr("Erase resident %1?").replace("%1", str(preview.resident_id)),
                                      self.describe(preview), self.tr("This cannot be undone."),
                                      accept=self.tr("&Erase resident")):
            return
        if not run_action(self._db, self._dialogs, self.tr("Erasure"),
                          lambda session: retention_service.erase(session, actor, preview.resident_id)):
            return
        self._dialogs.information(self.tr("Erasure"), self.tr("Resident %1 is erased.").replace(
            "%1", str(preview.resident_id)))
        self.finder.clear()
        self._forget_preview()
