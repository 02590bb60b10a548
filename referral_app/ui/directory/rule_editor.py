"""A routing rule: category and optional conditions -> service, with a priority,
and a "try it" box that shows the top three suggestions with the draft rule
before anything is saved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from referral_app.domain.directory import Category, Organization, RuleEntry
from referral_app.domain.directory_edit import RuleDraft
from referral_app.domain.errors import DomainError
from referral_app.domain.routing import Routing
from referral_app.ui.directory.editor_dialog import (
    NO_NUMBER,
    EditorDialog,
    optional_number,
    optional_text,
)
from referral_app.ui.routing.cards import render_reason
from referral_app.ui.widgets.columns import fit_columns

TRY_LIMIT = 3


class RuleDialog(EditorDialog):
    def __init__(self, draft: RuleDraft, categories: Sequence[Category], organizations: Sequence[Organization],
                 submit: Callable[[tuple[RuleEntry | None, RuleDraft]], Any],
                 try_it: Callable[[str, RuleDraft, int | None], Routing], language: str, rules: Sequence[RuleEntry] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("ruleEditor")
        self._try_it = try_it
        self._language = language
        self._rules = list(rules)
        self.editing: RuleEntry | None = None
        self.table = QTableWidget(len(self._rules), 4, self)
        self.table.setObjectName("ruleTable")
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Service"), self.tr("Priority"),
                                              self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Routing rules; choose one to change it"))
        for row, rule in enumerate(self._rules):
            texts = (rule.category_code, rule.service_name, str(rule.priority), rule.note or "")
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text if rule.active else f"({text})"))
        fit_columns(self.table.horizontalHeader(), 3)  # the reason gets the room that is left
        self.table.setVisible(bool(self._rules))
        self.table.setMaximumHeight(160)
        self.outer.addWidget(self.table)
        form = QFormLayout()
        self.category = self.combo(form, "category", self.tr("&Category:"),
                                   [(f"{c.name(language)} ({c.code})", c.code) for c in categories],
                                   draft.category_code)
        services = [(f"{s.name} – {o.name}", s.id) for o in organizations for s in o.services]
        self.service = self.combo(form, "service", self.tr("&Service:"), services, draft.service_id)
        self.priority = self.number(form, "priority", self.tr("&Priority:"), draft.priority, low=0, high=1000,
                                    optional=False)
        housing = [(o.name, o.id) for o in organizations if o.kind.value == "housing"]
        self.housing = self.combo(form, "housing_organization_id", self.tr("Only for tenants of &housing:"),
                                  [(self.tr("(anyone)"), None), *housing], draft.housing_organization_id)
        self.min_age = self.number(form, "min_age", self.tr("Age &from:"), draft.min_age, high=120)
        self.max_age = self.number(form, "max_age", self.tr("Age &to:"), draft.max_age, high=120)
        self.language = self.line(form, "language", self.tr("&Language (code):"), draft.language)
        self.note = self.line(form, "note", self.tr("&Reason shown:"), draft.note)
        self.active = self.check(form, "active", self.tr("Acti&ve"), draft.active)

        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.try_text = QLineEdit(row)
        self.try_text.setObjectName("tryText")
        self.try_text.setPlaceholderText(self.tr("What a resident might say"))
        self.try_button = QPushButton(self.tr("Tr&y it"), row)
        self.try_button.setObjectName("tryButton")
        self.try_button.setAutoDefault(False)
        line.addWidget(self.try_text, 1)
        line.addWidget(self.try_button)
        self.add_row(form, "try", self.tr("Try the rule &with:"), row)
        self.try_text.setAccessibleName(self.tr("Try the rule with"))
        self.results = QListWidget(self)
        self.results.setObjectName("tryResults")
        self.results.setWordWrap(True)
        self.results.setAccessibleName(self.tr("Top suggestions with the draft rule"))
        self.results.setMinimumHeight(120)
        form.addRow(self.tr("Top 3:"), self.results)
        self.finish_layout(form)
        self.setWindowTitle(self.tr("Routing rule"))
        self.resize(640, 620)

        self.table.currentCellChanged.connect(self._row_chosen)
        self.try_button.clicked.connect(self.run_try)
        self.try_text.returnPressed.connect(self.run_try)
        self.enter_fields.add(self.try_text)
        self.category.setFocus()

    @classmethod
    def edit(cls, draft: RuleDraft, categories: Sequence[Category], organizations: Sequence[Organization],
             submit: Callable[[tuple[RuleEntry | None, RuleDraft]], Any],
             try_it: Callable[[str, RuleDraft, int | None], Routing], language: str, rules: Sequence[RuleEntry] = (),
             parent: QWidget | None = None) -> tuple[Any, bool]:
        dialog = cls(draft, categories, organizations, submit, try_it, language, rules, parent)
        accepted = dialog.exec() == EditorDialog.DialogCode.Accepted
        return dialog.saved, accepted

    def _row_chosen(self, row: int, *_: int) -> None:
        """A rule from the list goes into the form, to be changed (or switched off)."""
        if not 0 <= row < len(self._rules):
            return
        rule = self.editing = self._rules[row]
        self.category.setCurrentIndex(max(self.category.findData(rule.category_code), 0))
        self.service.setCurrentIndex(max(self.service.findData(rule.service_id), 0))
        self.priority.setValue(rule.priority)
        self.housing.setCurrentIndex(max(self.housing.findData(rule.housing_organization_id), 0))
        self.min_age.setValue(rule.min_age if rule.min_age is not None else NO_NUMBER)
        self.max_age.setValue(rule.max_age if rule.max_age is not None else NO_NUMBER)
        self.language.setText(rule.language or "")
        self.note.setText(rule.note or "")
        self.active.setChecked(rule.active)
        self.setWindowTitle(self.tr("Change routing rule"))

    def run_try(self) -> None:
        """Show the top three for the typed text as if the draft rule were saved (nothing is saved)."""
        self.results.clear()
        self.errors.clear()
        try:
            routing = self._try_it(self.try_text.text(), self.rule_draft(), self.editing.id if self.editing else None)
        except DomainError as exc:
            self.errors.show(exc)
            return
        for number, suggestion in enumerate(routing.suggestions[:TRY_LIMIT], start=1):
            reasons = "; ".join(render_reason(r, self._language) for r in suggestion.reasons)
            self.results.addItem(f"{number}. {suggestion.service_name} – {suggestion.organization_name}: {reasons}")
        if not routing.suggestions:
            self.results.addItem(self.tr("No suggestions for this text."))

    def draft(self) -> tuple[RuleEntry | None, RuleDraft]:
        return self.editing, self.rule_draft()

    def rule_draft(self) -> RuleDraft:
        housing = self.housing.currentData()
        return RuleDraft(category_code=str(self.category.currentData() or ""), service_id=int(
            self.service.currentData() or 0), priority=self.priority.value(),
            housing_organization_id=int(housing) if housing is not None else None,
            min_age=optional_number(self.min_age), max_age=optional_number(self.max_age),
            language=optional_text(self.language), note=optional_text(self.note), active=self.active.isChecked())


