"""Add or change a service: three tabs (the service, who and how, opening hours)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QTabWidget, QWidget

from referral_app.domain.directory import Category, Organization
from referral_app.domain.directory_edit import ServiceDraft
from referral_app.domain.enums import ServiceStatus
from referral_app.domain.hours_text import (
    format_exceptions,
    format_weekly,
    parse_exceptions,
    parse_weekly,
)
from referral_app.translation import label
from referral_app.ui.directory.editor_dialog import (
    EditorDialog,
    optional_date,
    optional_number,
    optional_text,
)


class ServiceDialog(EditorDialog):
    def __init__(self, draft: ServiceDraft, organizations: Sequence[Organization], categories: Sequence[Category],
                 submit: Callable[[ServiceDraft], Any], language: str, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("serviceEditor")
        self._language = language
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("serviceTabs")
        basics, people, hours = QWidget(self), QWidget(self), QWidget(self)
        self.tabs.addTab(basics, self.tr("Ser&vice"))
        self.tabs.addTab(people, self.tr("&Who and how"))
        self.tabs.addTab(hours, self.tr("&Opening hours"))

        form = QFormLayout(basics)
        self.organization = self.combo(form, "organization_id", self.tr("Or&ganization:"),
                                       [(o.name, o.id) for o in organizations], draft.organization_id)
        self.name = self.line(form, "name", self.tr("&Name (Danish):"), draft.name)
        self.name_en = self.line(form, "name_en", self.tr("Name in &English:"), draft.name_en)
        self.status = self.combo(form, "status", self.tr("S&tatus:"),
                                 [(label(s), s.value) for s in ServiceStatus], draft.status.value)
        self.paused_until = self.line(form, "paused_until", self.tr("&Reopens on:"),
                                      f"{draft.paused_until:%d.%m.%Y}" if draft.paused_until else "")
        self.paused_until.setPlaceholderText(self.tr("dd.mm.yyyy, when temporarily closed"))
        self.waiting_list = self.check(form, "waiting_list", self.tr("Waiting &list"), draft.waiting_list)
        self.capacity_note = self.line(form, "capacity_note", self.tr("Capacit&y note:"), draft.capacity_note)
        self.description = self.text_box(form, "description", self.tr("&Description:"), draft.description)
        self.categories = QListWidget(self)
        for category in categories:
            item = QListWidgetItem(f"{category.name(language)} ({category.code})", self.categories)
            item.setData(Qt.ItemDataRole.UserRole, category.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category.code in draft.categories
                               else Qt.CheckState.Unchecked)
        self.categories.setMinimumHeight(110)
        self.add_row(form, "categories", self.tr("&Categories (Space ticks):"), self.categories)

        form = QFormLayout(people)
        self.min_age = self.number(form, "min_age", self.tr("Age &from:"), draft.min_age, high=120)
        self.max_age = self.number(form, "max_age", self.tr("Age &to:"), draft.max_age, high=120)
        self.area = self.line(form, "area", self.tr("&Area:"), draft.area)
        self.eligibility = self.line(form, "eligibility", self.tr("Who it is &for:"), draft.eligibility)
        self.what_to_bring = self.line(form, "what_to_bring", self.tr("What to &bring:"), draft.what_to_bring)
        self.application_process = self.line(form, "application_process", self.tr("How to a&pply:"),
                                             draft.application_process)
        self.next_step = self.line(form, "next_step", self.tr("Ne&xt step for the resident:"), draft.next_step)
        self.phone = self.line(form, "phone", self.tr("P&hone:"), draft.phone)
        self.email = self.line(form, "email", self.tr("E-&mail:"), draft.email)
        self.url = self.line(form, "url", self.tr("&Web:"), draft.url)
        self.address = self.line(form, "address", self.tr("Add&ress:"), draft.address)
        self.postal_code = self.line(form, "postal_code", self.tr("Post&code:"), draft.postal_code)
        self.city = self.line(form, "city", self.tr("C&ity:"), draft.city)
        self.languages = self.line(form, "languages", self.tr("&Languages (codes):"), ", ".join(draft.languages))
        self.follow_up_days = self.number(form, "follow_up_days", self.tr("Follow-&up days:"),
                                          draft.follow_up_days, low=1, high=365, optional=False)
        self.handover_contact = self.line(form, "handover_contact", self.tr("Hand-o&ver to:"),
                                          draft.handover_contact)

        form = QFormLayout(hours)
        hint = QLabel(self.tr("One line per weekday or range of weekdays, e.g. \"mon 09:00-15:00, 16:00-18:00\" "
                              "or \"tue-fri 9-15\"; valid from/to in brackets: \"(01.06.2026-31.08.2026)\"."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.weekly = self.text_box(form, "schedules", self.tr("&Weekly hours:"),
                                    format_weekly(draft.schedules, language), lines=6)
        exceptions_hint = QLabel(self.tr("Exceptions, one line each: \"24.12.2026 closed\", "
                                         "\"27.07.2026-07.08.2026 closed Summer break\" or "
                                         "\"31.12.2026 10:00-12:00 Short day\"."), self)
        exceptions_hint.setWordWrap(True)
        form.addRow(exceptions_hint)
        self.exceptions = self.text_box(form, "exceptions", self.tr("E&xceptions:"),
                                        format_exceptions(draft.exceptions, language), lines=4)
        self.open_on_holidays = self.check(form, "open_on_holidays", self.tr("Stays open on public &holidays"),
                                           draft.open_on_holidays)

        self.finish_layout(self.tabs)
        self.setWindowTitle(self.tr("Service") if not draft.name else self.tr("Service: {name}").format(
            name=draft.name))
        self.resize(640, 560)
        self.name.setFocus()

    @classmethod
    def edit(cls, draft: ServiceDraft, organizations: Sequence[Organization], categories: Sequence[Category],
             submit: Callable[[ServiceDraft], Any], language: str,
             parent: QWidget | None = None) -> tuple[Any, bool]:
        """Open the editor; returns (what ``submit`` returned, saved?)."""
        dialog = cls(draft, organizations, categories, submit, language, parent)
        accepted = dialog.exec() == EditorDialog.DialogCode.Accepted
        return dialog.saved, accepted

    def checked_categories(self) -> tuple[str, ...]:
        return tuple(
            str(self.categories.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.categories.count())
            if self.categories.item(row).checkState() == Qt.CheckState.Checked
        )

    def draft(self) -> ServiceDraft:
        return ServiceDraft(
            organization_id=int(self.organization.currentData()),
            name=self.name.text(),
            name_en=optional_text(self.name_en),
            description=self.description.toPlainText(),
            status=ServiceStatus(self.status.currentData()),
            paused_until=optional_date(self.paused_until, "paused_until"),
            waiting_list=self.waiting_list.isChecked(),
            capacity_note=optional_text(self.capacity_note),
            eligibility=optional_text(self.eligibility),
            min_age=optional_number(self.min_age),
            max_age=optional_number(self.max_age),
            area=optional_text(self.area),
            what_to_bring=optional_text(self.what_to_bring),
            application_process=optional_text(self.application_process),
            next_step=optional_text(self.next_step),
            phone=optional_text(self.phone),
            email=optional_text(self.email),
            url=optional_text(self.url),
            address=optional_text(self.address),
            postal_code=optional_text(self.postal_code),
            city=optional_text(self.city),
            categories=self.checked_categories(),
            follow_up_days=self.follow_up_days.value(),
            handover_contact=optional_text(self.handover_contact),
            open_on_holidays=self.open_on_holidays.isChecked(),
            languages=tuple(code.strip() for code in self.languages.text().split(",") if code.strip()),
            schedules=parse_weekly(self.weekly.toPlainText()),
            exceptions=parse_exceptions(self.exceptions.toPlainText()),
        )
