"""The resident's page: the details (edit them, or merge a duplicate record
into this one), consents (record, withdraw, history, printable form) and the
access report (GDPR art. 15) as PDF or JSON.

Opened only for a resident whose record was opened with a purpose (and so
logged); the consent and export actions are logged by the services.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.consent import Consent
from referral_app.domain.enums import ConsentPurpose
from referral_app.domain.residents import Resident, display_phone
from referral_app.services import access_report
from referral_app.services import consent as consent_service
from referral_app.services import directory as directory_service
from referral_app.services.database import Database, Session
from referral_app.translation import format_date, label
from referral_app.ui.reports.printing import PrintError, PrintHook, print_with_dialog
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.columns import fit_columns
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.forms import cancel_text
from referral_app.ui.widgets.keys import GuardedDialog

Index = QModelIndex | QPersistentModelIndex

T = TypeVar("T")


class ConsentModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Consent, ...] = ()

    def set_consents(self, rows: tuple[Consent, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def consents(self) -> tuple[Consent, ...]:
        return self._rows

    def consent(self, row: int) -> Consent | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return label(c.purpose)
        if column == 1:
            return c.organization_name or "–"
        if column == 2:
            return format_date(c.given_at.astimezone())
        if c.withdrawn_at is None:
            return self.tr("In force")
        return self.tr("Withdrawn %1").replace("%1", format_date(c.withdrawn_at.astimezone()))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Purpose"), self.tr("Recipient"), self.tr("Given"), self.tr("State"))
        return headers[section] if 0 <= section < 4 else None


class RecordConsentDialog(GuardedDialog):
    """Purpose and, for a hand-over, the receiving organization."""

    def __init__(self, organizations: list[tuple[int, str]], parent: QWidget | None = None,
                 organization_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("consentPurpose")
        for purpose in ConsentPurpose:
            self.purpose.addItem(label(purpose), purpose.value)
        self.organization = QComboBox(self)
        self.organization.setObjectName("consentOrganization")
        self.organization.setEditable(True)  # type-ahead over the organizations
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for org_id, name in organizations:
            self.organization.addItem(name, org_id)
        if organization_id is not None:
            self.purpose.setCurrentIndex(list(ConsentPurpose).index(ConsentPurpose.HAND_OVER))
            self.organization.setCurrentIndex(max(0, self.organization.findData(organization_id)))
        self.note = QLineEdit(self)
        self.note.setObjectName("consentNote")
        form = QFormLayout()
        for text, widget in ((self.tr("&Purpose"), self.purpose), (self.tr("&Organization"), self.organization),
                             (self.tr("&Note"), self.note)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Record only what the resident has agreed to, here and now."), self))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self._purpose_changed()

    def _purpose_changed(self) -> None:
        self.organization.setEnabled(self.purpose.currentData() == ConsentPurpose.HAND_OVER.value)

    def values(self) -> tuple[ConsentPurpose, int | None, str]:
        purpose = ConsentPurpose(self.purpose.currentData())
        org = self.organization.currentData() if purpose is ConsentPurpose.HAND_OVER else None
        return purpose, org, self.note.text()


class ResidentDialog(QDialog):
    def __init__(self, db: Database, dialogs: DialogService, actor: Callable[[], Actor | None], resident: Resident,
                 parent: QWidget | None = None, *, printer: PrintHook | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentDialog")
        self._print = printer or print_with_dialog
        self._db = db
        self._actor = actor
        self._dialogs = dialogs
        self.resident = resident
        self.setWindowTitle(self.tr("Resident %1").replace("%1", str(resident.id)))
        self.summary = QLabel(self)
        self.summary.setObjectName("residentSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("&Edit details…"), self)
        self.edit_button.setObjectName("editResident")
        self.merge_button = QPushButton(self.tr("Mer&ge with another record…"), self)
        self.merge_button.setObjectName("mergeResident")
        self.merge_dialog: QDialog | None = None
        self.edit_dialog: QDialog | None = None
        current = actor()
        if current is None or not current.can(Permission.MERGE_RESIDENTS):
            self.merge_button.setEnabled(False)
            self.merge_button.setToolTip(self.tr("Only a coordinator can merge residents."))
        self._show_summary()
        self.model = ConsentModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("consentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        fit_columns(self.table.horizontalHeader(), 1)  # the purpose in full; the recipient takes what is left
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Consents"))
        self.record_button = QPushButton(self.tr("&Record consent…"), self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.form_button = QPushButton(self.tr("Print consent &form…"), self)
        self.form_button.setToolTip(self.tr("Print the consent form for the resident to sign"))
        self.save_form_button = QPushButton(self.tr("Save consent form as &PDF…"), self)
        self.report_button = QPushButton(self.tr("&Access report…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button, name in ((self.record_button, "recordConsent"), (self.withdraw_button, "withdrawConsent"),
                             (self.form_button, "consentForm"), (self.save_form_button, "saveConsentForm"),
                             (self.report_button, "accessReport")):
            button.setObjectName(name)
        row = QHBoxLayout()
        for button in (self.record_button, self.withdraw_button, self.form_button, self.save_form_button):
            row.addWidget(button)
        row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.report_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        details = QHBoxLayout()
        details.addWidget(self.summary, 1)
        details_buttons = QVBoxLayout()
        details_buttons.addWidget(self.edit_button)
        details_buttons.addWidget(self.merge_button)
        details_buttons.addStretch(1)
        details.addLayout(details_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(details)
        layout.addWidget(QLabel(self.tr("Consents (history kept)"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(bottom)
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.form_button.clicked.connect(self.print_form)
        self.save_form_button.clicked.connect(self.save_form)
        self.report_button.clicked.connect(self.export_report)
        self.close_button.clicked.connect(self.accept)
        self.edit_button.clicked.connect(self.edit_details)
        self.merge_button.clicked.connect(self.merge_with_other)
        self.resize(720, 460)
        self.refresh()

    def _show_summary(self) -> None:
        resident = self.resident
        facts = [resident.full_name or "–", display_phone(resident.phone), resident.email or "",
                 ", ".join(p for p in (resident.address_line, " ".join(
                     q for q in (resident.postal_code, resident.city) if q)) if p),
                 " · ".join(p for p in (resident.housing_organization_name, resident.department) if p)]
        if resident.birth_year:
            facts.append(self.tr("Born %1").replace("%1", str(resident.birth_year)))
        if resident.preferred_language:
            facts.append(self.tr("Language: %1").replace("%1", resident.preferred_language))
        if resident.interpreter_needed:
            facts.append(self.tr("Needs an interpreter"))
        self.summary.setText("\n".join(f for f in facts if f))

    def edit_details(self) -> QDialog | None:
        """Edit name, phone, e-mail, address, birth year, language (opened without
        blocking); a duplicate is shown before saving, with the offer to merge."""
        from referral_app.ui.front_desk.new_resident import NewResidentDialog

        actor = self._actor()
        if actor is None:
            return None
        dialog = NewResidentDialog(self._db, actor, self.tr("Editing the resident's details"), parent=self,
                                   existing=self.resident, dialogs=self._dialogs)
        dialog.accepted.connect(lambda: self.set_resident(dialog.resident) if dialog.resident else None)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def merge_with_other(self) -> QDialog | None:
        """Find the other record of the same person and merge it into this one."""
        from referral_app.ui.resident.merge import open_merge

        actor = self._actor()
        if actor is None:
            return None
        self.merge_dialog = open_merge(self._db, self._dialogs, actor, self.resident, None, self,
                                       on_merged=self.set_resident)
        return self.merge_dialog

    def set_resident(self, resident: Resident) -> None:
        self.resident = resident
        self._show_summary()
        self.refresh()

    def _run(self, action: Callable[[Session, Actor], T]) -> T | None:
        """The signed-in person's use case in one transaction; a refusal is shown."""
        actor = self._actor()
        if actor is None:
            return None
        return run_action(self._db, self._dialogs, self.windowTitle(), lambda session: action(session, actor)).value

    def refresh(self) -> None:
        rows = self._run(lambda s, a: consent_service.list_for_resident(s, a, self.resident.id))
        if rows is not None:
            self.model.set_consents(rows)

    def organizations(self) -> list[tuple[int, str]]:
        orgs = self._run(lambda s, _a: directory_service.list_directory(s)) or ()
        return [(o.id, o.name) for o in orgs]

    def record_consent(self, organization_id: int | None = None) -> bool:
        dialog = RecordConsentDialog(self.organizations(), self, organization_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        purpose, org, note = dialog.values()
        done = self._run(lambda s, a: consent_service.record(s, a, self.resident.id, purpose,
                                                             organization_id=org, note=note))
        self.refresh()
        return done is not None

    def withdraw_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.consent(rows[0].row()) if rows else None
        if chosen is None or not chosen.active:
            self._dialogs.information(self.windowTitle(), self.tr("Choose a consent that is in force."))
            return
        self._run(lambda s, a: consent_service.withdraw(s, a, chosen.id))
        self.refresh()

    def _hand_over_organizations(self) -> list[int]:
        return [c.organization_id for c in self.model.consents() if c.active and c.organization_id]

    def print_form(self) -> bool:
        """The consent form on paper, through the print dialog (the system's default printer
        chosen). The form is made (and logged) first, in a temporary file that goes again."""
        hand_over = self._hand_over_organizations()
        title = self.tr("Consent form, resident %1").replace("%1", str(self.resident.id))
        with tempfile.TemporaryDirectory(prefix="faelles-indgang-") as folder:
            target = Path(folder) / f"samtykke-{self.resident.id}.pdf"
            if not self._run(lambda s, a: consent_service.write_form(s, a, self.resident.id, hand_over, target)):
                return False
            document = QPdfDocument(self)
            try:
                if document.load(str(target)) != QPdfDocument.Error.None_:
                    self._dialogs.warning(self.windowTitle(), self.tr("The consent form was not printed."),
                                          self.tr("The form could not be read back for printing."))
                    return False
                try:
                    return self._print(document, title, self, lambda: None)
                except (PrintError, OSError, RuntimeError) as exc:
                    self._dialogs.warning(self.windowTitle(), self.tr("The consent form was not printed."), str(exc))
                    return False
            finally:
                document.close()
                document.deleteLater()

    def save_form(self) -> None:
        target = self._dialogs.save_file(self.tr("Save the consent form"), Path(f"samtykke-{self.resident.id}.pdf"),
                                         self.tr("PDF files (*.pdf)"), suffix="pdf")
        if target is None:
            return
        hand_over = self._hand_over_organizations()
        # The dialog asked before replacing an existing file.
        if self._run(lambda s, a: consent_service.write_form(s, a, self.resident.id, hand_over, target,
                                                             overwrite=True)):
            self._dialogs.information(self.windowTitle(), self.tr("The consent form is saved in %1.").replace(
                "%1", str(target)))

    def export_report(self) -> None:
        target = self._dialogs.save_file(self.tr("Save the access report"),
                                         Path(f"indsigt-{self.resident.id}.pdf"),
                                         self.tr("PDF files (*.pdf);;JSON files (*.json)"))
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".pdf")
            if target.exists() and not self._dialogs.question(
                    self.windowTitle(), self.tr("%1 already exists. Replace it?").replace("%1", target.name),
                    accept=self.tr("&Replace")):
                return

        def build(session: Any, actor: Actor) -> Path:
            # The dialog asked before replacing an existing file.
            return access_report.export(session, actor, self.resident.id, target,
                                        as_json=target.suffix.lower() == ".json", overwrite=True)

        written = self._run(build)
        if written is not None:
            self._dialogs.information(self.windowTitle(), self.tr("The access report is saved in %1.").replace(
                "%1", str(written)))
