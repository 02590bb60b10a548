"""The queue's filter bar: search, organization, service, status, category,
staff member and "only overdue", each with a label and a mnemonic.

Choices apply at once; typed text (search, staff) waits a moment so a query
runs once per pause, not per keystroke. The options come from the directory
service through the page; nothing here queries.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from referral_app.domain.directory import Category, Organization
from referral_app.domain.enums import ReferralStatus
from referral_app.domain.referrals import QueueFilter
from referral_app.domain.text import fold
from referral_app.translation import label
from referral_app.ui.widgets.flow_layout import FlowLayout

TYPING_DELAY_MS = 300
OPEN, ALL = "open", "all"


def _restore(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


class QueueFilterBar(QWidget):
    #: The filter changed (after the typing pause for text fields).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueFilters")
        self._organizations: tuple[Organization, ...] = ()
        self._categories: tuple[Category, ...] = ()
        self._language = "da"
        self.search = QLineEdit(self)
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.organization = QComboBox(self)
        self.organization.setObjectName("queueOrganization")
        self.service = QComboBox(self)
        self.service.setObjectName("queueService")
        self.status = QComboBox(self)
        self.status.setObjectName("queueStatus")
        self.category = QComboBox(self)
        self.category.setObjectName("queueCategory")
        self.staff = QLineEdit(self)
        self.staff.setObjectName("queueStaff")
        self.staff.setClearButtonEnabled(True)
        self.overdue = QCheckBox(self)
        self.overdue.setObjectName("queueOverdue")
        self.due_today = QCheckBox(self)
        self.due_today.setObjectName("queueDueToday")
        for combo, length in ((self.organization, 22), (self.service, 26), (self.category, 22), (self.status, 14)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.staff.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)

        # Each label stays with its field; the pairs wrap onto more rows when the window is narrow.
        self.labels: dict[QWidget, QLabel] = {}
        flow = FlowLayout(self, spacing=12)
        for widget in (self.search, self.status, self.organization, self.service, self.category, self.staff):
            pair = QWidget(self)
            caption = QLabel(pair)
            caption.setBuddy(widget)
            widget.setParent(pair)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(caption)
            row.addWidget(widget)
            self.labels[widget] = caption
            flow.addWidget(pair)
        flow.addWidget(self.overdue)
        flow.addWidget(self.due_today)
        QWidget.setTabOrder(self.search, self.status)
        QWidget.setTabOrder(self.status, self.organization)
        QWidget.setTabOrder(self.organization, self.service)
        QWidget.setTabOrder(self.service, self.category)
        QWidget.setTabOrder(self.category, self.staff)
        QWidget.setTabOrder(self.staff, self.overdue)
        QWidget.setTabOrder(self.overdue, self.due_today)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typing.start)
        self.staff.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self.apply_now)
        self.staff.returnPressed.connect(self.apply_now)
        self.organization.currentIndexChanged.connect(self._organization_chosen)
        for combo in (self.service, self.status, self.category):
            combo.currentIndexChanged.connect(self._combo_changed)
        self.overdue.toggled.connect(self._combo_changed)
        self.due_today.toggled.connect(self._combo_changed)
        self._filling = False
        self.retranslate("da")

    def retranslate(self, language: str) -> None:
        self._language = language
        # Mnemonics avoid the menu bar's letters (F, V, S, H; Danish F, V, I, H) and the action buttons'.
        texts = {self.search: self.tr("S&earch:"), self.organization: self.tr("Or&ganization:"),
                 self.service: self.tr("Serv&ice:"), self.status: self.tr("S&tatus:"),
                 self.category: self.tr("C&ategory:"), self.staff: self.tr("Staff &member:")}
        for widget, text in texts.items():
            self.labels[widget].setText(text)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.search.setPlaceholderText(self.tr("Resident, service, organization or text"))
        self.search.setToolTip(self.tr("Typing filters the queue after a short pause. Enter moves into the list."))
        self.staff.setPlaceholderText(self.tr("Username"))
        self.staff.setToolTip(self.tr("Only referrals made by this staff member (username)."))
        self.overdue.setText(self.tr("Only &overdue"))
        self.overdue.setAccessibleName(self.tr("Only overdue referrals"))
        self.due_today.setText(self.tr("Due by to&day"))
        self.due_today.setAccessibleName(self.tr("Only referrals overdue or due today"))
        self.due_today.setToolTip(self.tr("Open referrals whose follow-up date is today or has passed."))
        self._fill()

    def set_options(self, organizations: Sequence[Organization], categories: Sequence[Category]) -> None:
        self._organizations = tuple(organizations)
        self._categories = tuple(categories)
        self._fill()

    def apply_now(self) -> None:
        """Apply typed text without waiting for the pause."""
        if self._typing.isActive():
            self._typing.stop()
            self.changed.emit()

    def clear_filters(self) -> None:
        self._reset(due_today=False)

    def show_due_by_today(self) -> None:
        """Every open referral whose follow-up is today or past, nothing else (the reminder's link)."""
        self._reset(due_today=True)

    def _reset(self, *, due_today: bool) -> None:
        """Every filter back to "all", with only "due by today" as given; one change signal."""
        self._filling = True
        try:
            for combo in (self.organization, self.service, self.status, self.category):
                combo.setCurrentIndex(0)
            self.search.clear()
            self.staff.clear()
            self.overdue.setChecked(False)
            self.due_today.setChecked(due_today)
        finally:
            self._filling = False
        self._typing.stop()
        self.changed.emit()

    def current_filter(self) -> QueueFilter:
        status = self.status.currentData()
        return QueueFilter(
            organization_id=self.organization.currentData(),
            service_id=self.service.currentData(),
            status=ReferralStatus(status) if status not in (OPEN, ALL, None) else None,
            category_code=self.category.currentData(),
            staff_username=self.staff.text().strip() or None,
            overdue_only=self.overdue.isChecked(),
            due_by_today=self.due_today.isChecked(),
            open_only=status == OPEN,
            text=self.search.text().strip() or None,
        )

    # -- internals ---------------------------------------------------------------
    def _combo_changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _organization_chosen(self) -> None:
        if self._filling:
            return
        self._filling = True
        try:
            self._fill_services()
        finally:
            self._filling = False
        self.changed.emit()

    def _fill(self) -> None:
        """(Re)build the choices in the current language, keeping what was chosen."""
        self._filling = True
        try:
            chosen_org = self.organization.currentData()
            self.organization.clear()
            self.organization.addItem(self.tr("All organizations"), None)
            for org in self._organizations:
                self.organization.addItem(org.name, org.id)
            _restore(self.organization, chosen_org)
            self._fill_services()
            chosen_status = self.status.currentData() or OPEN
            self.status.clear()
            self.status.addItem(self.tr("All open"), OPEN)
            self.status.addItem(self.tr("All, also closed"), ALL)
            for status in ReferralStatus:
                self.status.addItem(label(status), status.value)
            _restore(self.status, chosen_status)
            chosen_category = self.category.currentData()
            self.category.clear()
            self.category.addItem(self.tr("All categories"), None)
            parents = {c.code: c for c in self._categories}
            with_children = {c.parent_code for c in self._categories if c.parent_code}
            for category in self._categories:
                if category.code in with_children:
                    continue  # the queue filters on the exact category an inquiry was logged with
                parent = parents.get(category.parent_code or "")
                name = category.name(self._language)
                self.category.addItem(f"{parent.name(self._language)} › {name}" if parent else name, category.code)
            _restore(self.category, chosen_category)
        finally:
            self._filling = False

    def _fill_services(self) -> None:
        chosen = self.service.currentData()
        org_id = self.organization.currentData()
        self.service.clear()
        self.service.addItem(self.tr("All services"), None)
        services = [s for org in self._organizations if org_id in (None, org.id) for s in org.services]
        for service in sorted(services, key=lambda s: fold(s.name)):
            text = service.name if org_id is not None else f"{service.name} ({service.organization_name})"
            self.service.addItem(text, service.id)
        _restore(self.service, chosen)
