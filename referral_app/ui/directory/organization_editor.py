"""Add or change an organization (deactivating it keeps it for its referrals)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from referral_app.domain.directory_edit import OrganizationDraft
from referral_app.domain.enums import OrganizationKind
from referral_app.translation import label
from referral_app.ui.directory.editor_dialog import EditorDialog, optional_text


class OrganizationDialog(EditorDialog):
    def __init__(self, draft: OrganizationDraft, submit: Callable[[OrganizationDraft], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("organizationEditor")
        form = QFormLayout()
        self.name = self.line(form, "name", self.tr("&Name:"), draft.name)
        self.kind = self.combo(form, "kind", self.tr("&Kind:"), [(label(k), k.value) for k in OrganizationKind],
                               draft.kind.value)
        self.address = self.line(form, "address", self.tr("Add&ress:"), draft.address)
        self.phone = self.line(form, "phone", self.tr("P&hone:"), draft.phone)
        self.email = self.line(form, "email", self.tr("E-&mail:"), draft.email)
        self.website = self.line(form, "website", self.tr("&Web:"), draft.website)
        self.description = self.text_box(form, "description", self.tr("&Description:"), draft.description)
        self.active = self.check(form, "active", self.tr("&Active (untick to deactivate)"), draft.active)
        self.finish_layout(form)
        self.setWindowTitle(self.tr("Organization"))
        self.name.setFocus()

    @classmethod
    def edit(cls, draft: OrganizationDraft, submit: Callable[[OrganizationDraft], Any],
             parent: QWidget | None = None) -> tuple[Any, bool]:
        dialog = cls(draft, submit, parent)
        accepted = dialog.exec() == EditorDialog.DialogCode.Accepted
        return dialog.saved, accepted

    def draft(self) -> OrganizationDraft:
        return OrganizationDraft(
            name=self.name.text(), kind=OrganizationKind(self.kind.currentData()),
            address=optional_text(self.address), phone=optional_text(self.phone), email=optional_text(self.email),
            website=optional_text(self.website), description=optional_text(self.description),
            active=self.active.isChecked())
