"""Every dialog of the app, opened for the layout check (tests/ui/test_layout_check.py).

``DIALOGS`` maps each ``QDialog`` subclass in ``referral_app.ui`` to a way of
opening it with realistic content and, where the dialog can show a message, a
way to make the message appear (a refused login, a hint), because a message
that appears is where dialogs used to squash their fields. The check fails for
a dialog class that has no entry here (``unregistered()``), so a new dialog is
added in one place: a function that returns it, not yet shown.

Dialogs the app opens from a page are opened through the page (``opened_by``),
with ``QDialog.exec`` caught, so they get the arguments the app gives them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QLineEdit

import referral_app.ui
from referral_app.domain.errors import ValidationError


@dataclass
class Context:
    window: Any  # the main window, signed in as the coordinator
    db: Any
    made: Any  # tests.reports.sample_data.Sample
    language: str


@dataclass(frozen=True)
class DialogCase:
    open: Callable[[Context], QDialog]
    #: Make the dialog show its message (it is shown already); None when it has none.
    provoke: Callable[[QDialog], None] | None = None
    notes: list[str] = field(default_factory=list)


#: Base classes that are never opened themselves.
BASES = {"referral_app.ui.directory.editor_dialog.EditorDialog", "referral_app.ui.widgets.keys.GuardedDialog"}


def qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def dialog_classes() -> dict[str, type]:
    """Every QDialog subclass defined in referral_app.ui (its modules imported)."""
    for module in pkgutil.walk_packages(referral_app.ui.__path__, "referral_app.ui."):
        importlib.import_module(module.name)
    found: dict[str, type] = {}
    pending = list(QDialog.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("referral_app.ui."):
            found[qualified(cls)] = cls
    return {name: cls for name, cls in found.items() if name not in BASES}


def unregistered() -> list[str]:
    return sorted(set(dialog_classes()) - set(DIALOGS))


def opened_by(trigger: Callable[[Context], object]) -> Callable[[Context], QDialog]:
    """Open a dialog the way the app does, through ``trigger``; ``exec`` is caught and
    answers Cancel, and the dialog (parented to the page) is returned to be shown."""

    def open_it(context: Context) -> QDialog:
        caught: list[QDialog] = []
        original = QDialog.exec

        def fake_exec(dialog: QDialog) -> int:
            caught.append(dialog)
            return int(QDialog.DialogCode.Rejected)

        QDialog.exec = fake_exec  # type: ignore[method-assign]
        try:
            trigger(context)
        finally:
            QDialog.exec = original  # type: ignore[method-assign]
        assert caught, f"{trigger} opened no dialog"
        return caught[0]

    return open_it


def type_and_press_ok(*texts: str) -> Callable[[QDialog], None]:
    """Type ``texts`` into the dialog's line edits, in order, and press its OK button."""

    def provoke(dialog: QDialog) -> None:
        edits = [e for e in dialog.findChildren(QLineEdit) if e.isVisible() and not e.isReadOnly()]
        for edit, text in zip(edits, texts, strict=False):
            edit.setText(text)
        from PySide6.QtWidgets import QDialogButtonBox

        buttons = dialog.findChild(QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(True)
        ok.click()

    return provoke


# -- the dialogs --------------------------------------------------------------------------------------

def _login(context: Context) -> QDialog:
    from referral_app.domain.accounts import MSG_LOCKED, AuthenticationError
    from referral_app.ui.session.login_dialog import LoginDialog

    def authenticate(username: str, _password: str) -> Any:
        raise AuthenticationError(MSG_LOCKED, username=username, until="08:56")

    return LoginDialog(authenticate, username="charlotte.kristoffersen")


def _first_admin(context: Context) -> QDialog:
    from referral_app.domain.accounts import MIN_PASSWORD_LENGTH
    from referral_app.ui.session.login_dialog import FirstAdminDialog

    def create(_username: str, _name: str, _password: str) -> Any:
        raise ValidationError("The password must have at least {n} characters.", field="password",
                              n=MIN_PASSWORD_LENGTH)

    return FirstAdminDialog(create)


def _user(context: Context) -> QDialog:
    from referral_app.ui.admin.users import UserDialog

    def submit(*_args: str) -> object:
        raise ValidationError("The username {username} is taken.", field="username", username="charlotte")

    return UserDialog(submit)


def _password(context: Context) -> QDialog:
    from referral_app.ui.admin.users import PasswordDialog

    return PasswordDialog(lambda _c, _n: None, ask_current=True, title="Skift din adgangskode")


def _consent(context: Context) -> QDialog:
    from referral_app.ui.routing.consent import ConsentDialog

    return ConsentDialog("AAB afdeling 52 Høje Gladsaxe",
                         "Ikke gemt: en overdragelse til AAB afdeling 52 Høje Gladsaxe kræver beboerens samtykke.")


def _active_services(context: Context) -> list[Any]:
    from referral_app.domain.directory import active_services
    from referral_app.services import directory

    with context.db.begin() as session:
        return list(active_services(directory.list_directory(session, active_only=True)))


def _service_picker(context: Context) -> QDialog:
    from referral_app.ui.queue.service_picker import ServicePickerDialog

    return ServicePickerDialog("Henvis videre", "Vælg det tilbud, henvisningen skal videre til.",
                               _active_services(context))


def _close_reason(context: Context) -> QDialog:
    from referral_app.ui.queue.referral_dialogs import CloseReasonDialog

    return CloseReasonDialog("Afvis henvisning", "Hvorfor afviser tilbuddet henvisningen?")


def _choose_other_reason(dialog: QDialog) -> None:
    from referral_app.domain.enums import CloseReason

    reason = dialog.reason  # type: ignore[attr-defined]
    reason.setCurrentIndex(reason.findData(CloseReason.OTHER.value))


def _due_date(context: Context) -> QDialog:
    from referral_app.ui.queue.referral_dialogs import DueDateDialog

    return DueDateDialog("Ny opfølgningsdato", "Hvornår skal henvisningen følges op?", date(2026, 12, 18))


def _purpose(context: Context) -> QDialog:
    from referral_app.ui.queue.referral_dialogs import PurposeDialog

    return PurposeDialog("Åbn beboerens oplysninger", "Opfølgning på henvisning")


def _about(context: Context) -> QDialog:
    from referral_app import __version__
    from referral_app.ui.help.about import AboutDialog, AboutInfo

    return AboutDialog(AboutInfo(__version__, "sqlite:////home/skranke/.local/share/faelles-indgang/db.sqlite3",
                                 Path("/home/skranke/.local/share/faelles-indgang")))


def _slip_language(context: Context) -> QDialog:
    from referral_app.ui.reports.slip_language import SlipLanguageDialog

    return SlipLanguageDialog(context.made.slip_referral, "da")


def _new_resident(context: Context) -> QDialog:
    from referral_app.ui.front_desk.new_resident import NewResidentDialog

    return NewResidentDialog(context.db, context.made.front, "Henvendelse i skranken", "Høje Gladsaxe 12")


def _case_resident(context: Context) -> Any:
    """The sample's resident with consents and a history."""
    from sqlalchemy import select

    from referral_app.db import models as m
    from referral_app.services import residents

    with context.db.begin() as session:
        resident_id = session.scalar(select(m.Inquiry.resident_id).where(m.Inquiry.id == context.made.case_inquiry))
        return residents.get(session, context.made.coordinator, resident_id, "Opfølgning på henvisning")


def _resident(context: Context) -> QDialog:
    from referral_app.ui.resident.dialog import ResidentDialog

    coordinator = context.made.coordinator
    return ResidentDialog(context.db, context.window.dialogs, lambda: coordinator, _case_resident(context))


def _record_consent(context: Context) -> QDialog:
    from referral_app.services import directory
    from referral_app.ui.resident.dialog import RecordConsentDialog

    with context.db.begin() as session:
        organizations = [(o.id, o.name) for o in directory.list_directory(session, active_only=True)]
    return RecordConsentDialog(organizations)


def _shipped_updates(context: Context) -> QDialog:
    from referral_app.ui.directory.shipped_updates import ShippedUpdatesDialog

    return ShippedUpdatesDialog(lambda: (), lambda _update: None)


def _upkeep(context: Context) -> Any:
    return context.window.directory_page.upkeep


def _first_service_id(context: Context) -> int:
    return _active_services(context)[0].id


def _correction(context: Context) -> QDialog:
    """Today's first inquiry at the desk, opened from today's list as the app does."""
    page = context.window.front_desk_page
    page.refresh_today()
    assert page.today_model.rowCount(), "no inquiry today to correct"
    dialog = page.correct_inquiry(page.today_model.index(0, 0))
    assert dialog is not None, "the correction did not open"
    return dialog


def _cpr_in_the_description_saved(dialog: QDialog) -> None:
    """A CPR-like number in the description is refused beside the field."""
    dialog.description.setPlainText("Ringede om sin søns sag, 010190-1234, og bad om et møde.")  # type: ignore[attr-defined]
    dialog.save_button.click()  # type: ignore[attr-defined]


def _merge(context: Context) -> QDialog:
    from referral_app.ui.resident.merge import MergeDialog

    return MergeDialog(context.db, context.window.dialogs, context.made.coordinator, _case_resident(context))


def _merge_with_found(dialog: QDialog) -> None:
    """Find the other record by name and choose it: the two records side by side, the moves said."""
    dialog.search.setText("Christoffersen")  # type: ignore[attr-defined]
    assert dialog.find_other()  # type: ignore[attr-defined]
    found = dialog.found  # type: ignore[attr-defined]
    assert found.count(), "no other record found to merge"
    dialog._choose(found.item(0))  # type: ignore[attr-defined]


DIALOGS: dict[str, DialogCase] = {
    "referral_app.ui.desk_settings.dialog.SettingsDialog": DialogCase(
        opened_by(lambda c: c.window.open_settings()), type_and_press_ok("")),
    "referral_app.ui.front_desk.correction.CorrectionDialog": DialogCase(_correction, _cpr_in_the_description_saved),
    "referral_app.ui.resident.merge.MergeDialog": DialogCase(_merge, _merge_with_found),
    "referral_app.ui.session.login_dialog.LoginDialog": DialogCase(_login, type_and_press_ok(
        "charlotte.kristoffersen", "forkert-kode")),
    "referral_app.ui.session.login_dialog.FirstAdminDialog": DialogCase(_first_admin, type_and_press_ok(
        "admin", "Anne-Mette Christoffersen", "kort", "kort")),
    "referral_app.ui.admin.users.UserDialog": DialogCase(_user, type_and_press_ok(
        "charlotte", "Charlotte Kristoffersen-Bødtcher", "en-lang-adgangskode")),
    "referral_app.ui.admin.users.PasswordDialog": DialogCase(_password, type_and_press_ok(
        "gammel-kode", "ny-adgangskode-1", "ny-adgangskode-2")),
    "referral_app.ui.routing.consent.ConsentDialog": DialogCase(_consent),
    "referral_app.ui.queue.service_picker.ServicePickerDialog": DialogCase(_service_picker),
    "referral_app.ui.queue.referral_dialogs.CloseReasonDialog": DialogCase(_close_reason, _choose_other_reason),
    "referral_app.ui.queue.referral_dialogs.DueDateDialog": DialogCase(_due_date),
    "referral_app.ui.queue.referral_dialogs.PurposeDialog": DialogCase(_purpose),
    "referral_app.ui.help.about.AboutDialog": DialogCase(_about),
    "referral_app.ui.reports.slip_language.SlipLanguageDialog": DialogCase(_slip_language),
    "referral_app.ui.front_desk.new_resident.NewResidentDialog": DialogCase(_new_resident),
    "referral_app.ui.resident.dialog.ResidentDialog": DialogCase(_resident),
    "referral_app.ui.resident.dialog.RecordConsentDialog": DialogCase(_record_consent),
    "referral_app.ui.directory.shipped_updates.ShippedUpdatesDialog": DialogCase(_shipped_updates),
    "referral_app.ui.directory.service_editor.ServiceDialog": DialogCase(
        opened_by(lambda c: _upkeep(c).edit_service(_first_service_id(c))), type_and_press_ok("")),
    "referral_app.ui.directory.organization_editor.OrganizationDialog": DialogCase(
        opened_by(lambda c: _upkeep(c).add_organization()), type_and_press_ok("")),
    "referral_app.ui.directory.address_editor.AddressDialog": DialogCase(opened_by(lambda c: _upkeep(c).add_address())),
    "referral_app.ui.directory.category_editor.CategoryDialog": DialogCase(
        opened_by(lambda c: _upkeep(c).edit_categories())),
    "referral_app.ui.directory.rule_editor.RuleDialog": DialogCase(opened_by(lambda c: _upkeep(c).add_rule())),
    "referral_app.ui.directory.closing_days.ClosingDaysDialog": DialogCase(
        opened_by(lambda c: _upkeep(c).edit_closing_days())),
}

