"""The coordinator's buttons on the directory page: add and change services and
organizations, the address table, categories and routing rules.

Shown only to roles that may edit the directory (the services check again and
audit a refusal). Each button opens an editor whose save runs the service in
one transaction; a refused save keeps the editor open with the message at the
field. After a save the whole app hears ``directory_changed``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from referral_app.config import DIRECTORY_DIR
from referral_app.domain import directory_edit as e
from referral_app.domain import routing as r
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.directory import AddressEntry, Organization, RuleEntry, Service
from referral_app.domain.enums import OrganizationKind
from referral_app.services import directory as directory_service
from referral_app.services import directory_admin as admin
from referral_app.services import directory_updates
from referral_app.services.database import Database
from referral_app.services.directory_updates import ShippedUpdate
from referral_app.ui.directory.address_editor import AddressDialog
from referral_app.ui.directory.category_editor import CategoryDialog, CategoryEdit, Usage
from referral_app.ui.directory.closing_days import ClosingDaysDialog
from referral_app.ui.directory.organization_editor import OrganizationDialog
from referral_app.ui.directory.rule_editor import RuleDialog
from referral_app.ui.directory.service_editor import ServiceDialog
from referral_app.ui.directory.shipped_updates import ShippedUpdatesDialog
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.dialogs import DialogService

log = logging.getLogger(__name__)
T = TypeVar("T")


class UpkeepBar(QWidget):
    def __init__(self, db: Database, hub: SignalHub, language: str,
                 current: Callable[[], Service | Organization | None], parent: QWidget | None = None,
                 dialogs: DialogService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryUpkeep")
        self._dialogs = dialogs or DialogService(self)
        self._db = db
        self._hub = hub
        self._language = language
        self._current = current
        self.actor: Actor | None = None
        self.new_service = self._button("newService", self.add_service)
        self.edit_button = self._button("editItem", self.edit_current)
        self.new_organization = self._button("newOrganization", self.add_organization)
        self.addresses = self._button("addAddress", self.add_address)
        self.categories = self._button("editCategories", self.edit_categories)
        self.new_rule = self._button("newRule", self.add_rule)
        self.closing_days = self._button("closingDays", self.edit_closing_days)
        self.updates = self._button("shippedUpdates", self.review_updates)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_service, self.edit_button, self.new_organization, self.addresses, self.categories,
                       self.new_rule, self.closing_days, self.updates):
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate(language)
        self.setVisible(False)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def retranslate(self, language: str) -> None:
        self._language = language
        self.new_service.setText(self.tr("New servi&ce…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.new_organization.setText(self.tr("New &organization…"))
        self.addresses.setText(self.tr("Address &table…"))
        self.categories.setText(self.tr("Categor&ies…"))
        self.new_rule.setText(self.tr("New &rule…"))
        self.closing_days.setText(self.tr("Closing &days…"))
        self.updates.setText(self.tr("Shipped &updates…"))

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        self.setVisible(actor is not None and actor.can(Permission.EDIT_DIRECTORY))

    # -- running a service ----------------------------------------------------------------
    def _run(self, work: Callable[[Any], T]) -> T:
        """One transaction; a DomainError goes back to the editor, which shows it at the field."""
        with self._db.begin() as session:
            return work(session)

    def _saved(self, result: tuple[Any, bool]) -> Any:
        value, accepted = result
        if accepted:
            self._hub.directory_changed.emit()
        return value if accepted else None

    def _lists(self) -> tuple[tuple[Organization, ...], tuple[Any, ...]]:
        return self._run(lambda s: (directory_service.list_directory(s), directory_service.list_categories(s)))

    # -- services and organizations ------------------------------------------------------------
    def add_service(self) -> Service | None:
        organizations, categories = self._lists()
        current = self._current()
        org_id = current.organization_id if isinstance(current, Service) else (
            current.id if isinstance(current, Organization) else organizations[0].id)
        actor = self._actor()
        return self._saved(ServiceDialog.edit(
            e.ServiceDraft(organization_id=org_id, name=""), organizations, categories,
            lambda draft: self._run(lambda s: admin.create_service(s, actor, draft)), self._language, self))

    def edit_current(self) -> object:
        current = self._current()
        if isinstance(current, Service):
            return self.edit_service(current.id)
        if isinstance(current, Organization):
            return self.edit_organization(current.id)
        return None

    def edit_service(self, service_id: int) -> Service | None:
        organizations, categories = self._lists()
        service = self._run(lambda s: directory_service.get_service(s, service_id))
        base, actor = e.draft_from_service(service), self._actor()
        return self._saved(ServiceDialog.edit(
            base, organizations, categories,
            lambda draft: self._run(lambda s: admin.update_service(s, actor, service_id, draft, base=base,
                                                                   version=service.version)),
            self._language, self))

    def add_organization(self) -> Organization | None:
        actor = self._actor()
        return self._saved(OrganizationDialog.edit(
            e.OrganizationDraft(name="", kind=OrganizationKind.ASSOCIATION),
            lambda draft: self._run(lambda s: admin.create_organization(s, actor, draft)), self))

    def edit_organization(self, organization_id: int) -> Organization | None:
        org = self._run(lambda s: admin.get_organization(s, organization_id))
        base, actor = e.draft_from_organization(org), self._actor()
        return self._saved(OrganizationDialog.edit(
            base, lambda draft: self._run(lambda s: admin.update_organization(
                s, actor, organization_id, draft, base=base, version=org.version)), self))

    # -- the address table, categories, rules -------------------------------------------------------
    def add_address(self) -> Any:
        organizations, _ = self._lists()
        entries = self._run(admin.list_addresses)
        housing = next((o.id for o in organizations if o.kind is OrganizationKind.HOUSING), organizations[0].id)
        actor = self._actor()

        def submit(chosen: tuple[AddressEntry | None, e.AddressDraft]) -> AddressEntry:
            entry, draft = chosen
            if entry is None:
                return self._run(lambda s: admin.create_address(s, actor, draft))
            return self._run(lambda s: admin.update_address(s, actor, entry.id, draft,
                                                            base=e.draft_from_address(entry), version=entry.version))

        def remove(entry: AddressEntry) -> bool:
            """Ask, then delete the range (one transaction); True when it is gone."""
            if not self._dialogs.question(
                    self.tr("Delete address range"),
                    self.tr("Delete the range {street} {first}-{last} ({organization})?").format(
                        street=entry.street, first=entry.number_from, last=entry.number_to,
                        organization=entry.organization_name),
                    self.tr("Addresses in it are then no longer matched to a housing organization. "
                            "The audit trail keeps what the range was."),
                    accept=self.tr("&Delete range")):
                return False
            self._run(lambda s: admin.delete_address(s, actor, entry.id, version=entry.version))
            self._hub.directory_changed.emit()
            return True

        return self._saved(AddressDialog.edit(
            e.AddressDraft(street="", number_from=1, number_to=1, organization_id=housing), entries, organizations,
            submit, self, remove=remove))

    def edit_categories(self) -> Any:
        _, categories = self._lists()
        actor = self._actor()

        def load(code: str) -> tuple[Any, Usage]:
            return self._run(lambda s: (admin.get_category(s, code), admin.category_usage(s, code)))

        def submit(edit: CategoryEdit) -> Any:
            if edit.base is None:
                return self._run(lambda s: admin.create_category(s, actor, edit.draft, parent_code=edit.parent_code))
            base = edit.base
            return self._run(lambda s: admin.update_category(s, actor, edit.code, edit.draft, base=base,
                                                             version=edit.version))

        dialog = CategoryDialog(categories, load, submit, self._language, self)
        current = self._current()
        if isinstance(current, Service) and current.categories:
            dialog.choose(current.categories[0].code)
        accepted = dialog.exec() == CategoryDialog.DialogCode.Accepted
        return self._saved((dialog.saved, accepted))

    def add_rule(self) -> Any:
        """A new rule for the selected service, or a change to one of the list (the rules of its categories)."""
        organizations, categories = self._lists()
        current = self._current()
        service_id = current.id if isinstance(current, Service) else 0
        code = current.categories[0].code if isinstance(current, Service) and current.categories else ""
        rules = self._run(admin.list_rules)
        if isinstance(current, Service):
            codes = {c.code for c in current.categories}
            rules = tuple(rule for rule in rules if rule.category_code in codes or rule.service_id == current.id)
        actor = self._actor()

        def try_it(text: str, draft: e.RuleDraft, rule_id: int | None) -> r.Routing:
            return self._run(lambda s: admin.try_rule(s, r.RoutingQuery(text=text), draft, rule_id=rule_id))

        def submit(chosen: tuple[RuleEntry | None, e.RuleDraft]) -> RuleEntry:
            entry, draft = chosen
            if entry is None:
                return self._run(lambda s: admin.create_rule(s, actor, draft))
            return self._run(lambda s: admin.update_rule(s, actor, entry.id, draft, base=e.draft_from_rule(entry),
                                                         version=entry.version))

        return self._saved(RuleDialog.edit(
            e.RuleDraft(category_code=code, service_id=service_id), categories, organizations, submit, try_it,
            self._language, rules, self))

    def edit_closing_days(self) -> Any:
        """24 December, 31 December and 5 June: closed or not, for the whole directory."""
        calendar = self._run(admin.calendar_settings)
        actor = self._actor()
        return self._saved(ClosingDaysDialog.edit(
            calendar, lambda draft: self._run(lambda s: admin.change_calendar(s, actor, draft)), self))

    def review_updates(self) -> int:
        """What a newer shipped directory would change in edited items; the coordinator takes them one by one."""
        actor = self._actor()

        def take(update: ShippedUpdate) -> Any:
            return self._run(lambda s: directory_updates.take_update(s, actor, DIRECTORY_DIR, update.kind,
                                                                     update.key))

        taken, changed = ShippedUpdatesDialog.review(
            lambda: self._run(lambda s: directory_updates.pending_updates(s, DIRECTORY_DIR)), take, self)
        if changed:
            self._hub.directory_changed.emit()
        return taken

    def _actor(self) -> Actor:
        assert self.actor is not None, "the bar is hidden until someone signs in"
        return self.actor
