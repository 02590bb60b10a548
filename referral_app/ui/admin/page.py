"""Administration: staff accounts (administrators) and the audit log
(managers and administrators). Each tab is shown only to roles that may use
it; the services check again.

The tabs set their texts once, when they are made; a language switch makes
them again in the new language (``language_changed``), on the same tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from referral_app.domain.accounts import Actor, Permission
from referral_app.services.database import Database
from referral_app.ui.admin.audit import AuditPage
from referral_app.ui.admin.erasure import ErasurePage
from referral_app.ui.admin.settings import SettingsPage
from referral_app.ui.admin.users import UsersPage
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.forms import notice_label


class AdminPage(QWidget):
    def __init__(self, db: Database, hub: SignalHub, dialogs: DialogService, actor: Callable[[], Actor | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPage")
        self._db = db
        self._hub = hub
        self._dialogs = dialogs
        self._actor = actor
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        self._make_tabs()
        self.nothing = notice_label(self, "adminNoAccess")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.nothing, 0, Qt.AlignmentFlag.AlignTop)  # at the top when it is all there is
        self.retranslate()

    def _make_tabs(self) -> None:
        db, dialogs, actor = self._db, self._dialogs, self._actor
        self.users_page = UsersPage(db, dialogs, actor, self)
        self.audit_page = AuditPage(db, dialogs, actor, self)
        self.settings_page = SettingsPage(db, self._hub, dialogs, actor, self)  # saving emits settings_changed
        self.erasure_page = ErasurePage(db, dialogs, actor, self)

    def language_changed(self) -> None:
        """Make the tabs again in the newly installed language, keeping the tab the user is on."""
        current = self.tabs.currentIndex()
        old = (self.users_page, self.audit_page, self.settings_page, self.erasure_page)
        self.tabs.clear()
        for page in old:
            page.hide()
            page.setParent(None)  # type: ignore[call-overload]  # out of the window at once
            page.deleteLater()  # (after this method: the new tabs take over from them first)
        self._make_tabs()
        self.retranslate()
        self.audit_page.take_over(old[1])  # what was typed into the filters survives the switch
        self.erasure_page.take_over(old[3])
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)

    def retranslate(self) -> None:
        self.nothing.setText(self.tr("Your role has no administration tasks. Coordinators and managers "
                                     "see more here."))
        self.apply_role()

    def apply_role(self) -> None:
        """Show the tabs the signed-in role may use, and load them (on the tab the user was on)."""
        actor = self._actor()
        current = self.tabs.currentWidget()
        self.tabs.clear()
        if actor is not None and actor.can(Permission.MANAGE_USERS):
            self.tabs.addTab(self.users_page, self.tr("&Staff accounts"))
            self.users_page.refresh()
        if actor is not None and actor.can(Permission.READ_AUDIT):
            self.tabs.addTab(self.audit_page, self.tr("A&udit log"))
        if actor is not None and actor.can(Permission.MANAGE_SETTINGS):
            self.tabs.addTab(self.settings_page, self.tr("S&ettings"))
            self.settings_page.refresh()
        if actor is not None and actor.can(Permission.ERASE_DATA):
            self.tabs.addTab(self.erasure_page, self.tr("E&rasure"))
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        self.tabs.setVisible(self.tabs.count() > 0)
        self.nothing.setVisible(self.tabs.count() == 0)
        for page in (self.users_page, self.audit_page, self.settings_page, self.erasure_page):
            if self.tabs.indexOf(page) < 0:
                page.hide()

    def focus_first(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "focus_first"):
            current.focus_first()
