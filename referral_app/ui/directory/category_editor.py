"""A category's names, focus area and keywords, and what uses it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from referral_app.domain.directory import Category, RuleEntry
from referral_app.domain.directory_edit import CategoryDraft, draft_from_category
from referral_app.domain.enums import FocusArea
from referral_app.translation import label
from referral_app.ui.directory.editor_dialog import EditorDialog

#: What the category's usage is: the names of its services and the rules that route it.
Usage = tuple[tuple[str, ...], tuple[RuleEntry, ...]]


@dataclass(frozen=True, slots=True)
class CategoryEdit:
    code: str
    draft: CategoryDraft
    base: CategoryDraft | None  # None: a new category
    version: int
    parent_code: str | None = None  # where a new category goes


class CategoryDialog(EditorDialog):
    def __init__(self, categories: Sequence[Category], load: Callable[[str], tuple[Category, Usage]],
                 submit: Callable[[CategoryEdit], Any], language: str, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("categoryEditor")
        self._load = load
        self._category: Category | None = None
        form = QFormLayout()
        self.chooser = self.combo(form, "code", self.tr("&Category:"),
                                  [(f"{c.name(language)} ({c.code})", c.code) for c in categories], None)
        self.new_button = QPushButton(self.tr("Ne&w category"), self)
        self.new_button.setObjectName("newCategory")
        self.new_button.setAutoDefault(False)
        form.addRow("", self.new_button)
        self.parent_choice = self.combo(form, "parent", self.tr("&Under:"), [(self.tr("(top level)"), None)] + [
            (f"{c.name(language)} ({c.code})", c.code) for c in categories if c.parent_code is None], None)
        self._set_row_visible(form, self.parent_choice, False)
        self._form = form
        self.name_da = self.line(form, "name_da", self.tr("Name in &Danish:"))
        self.name_en = self.line(form, "name_en", self.tr("Name in &English:"))
        self.focus_area = self.combo(form, "focus_area", self.tr("&Focus area:"),
                                     [(self.tr("(none)"), None)] + [(label(f), f.value) for f in FocusArea], None)
        self.keywords = QListWidget(self)
        self.keywords.setMinimumHeight(140)
        self.add_row(form, "keywords", self.tr("&Keywords:"), self.keywords)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.new_keyword = QLineEdit(row)
        self.new_keyword.setObjectName("newKeyword")
        self.new_keyword.setPlaceholderText(self.tr("A word or phrase residents use"))
        self.add_keyword = QPushButton(self.tr("&Add word"), row)
        self.add_keyword.setObjectName("addKeyword")
        self.add_keyword.setAutoDefault(False)
        self.remove_keyword = QPushButton(self.tr("&Remove word"), row)
        self.remove_keyword.setObjectName("removeKeyword")
        self.remove_keyword.setAutoDefault(False)
        line.addWidget(self.new_keyword, 1)
        line.addWidget(self.add_keyword)
        line.addWidget(self.remove_keyword)
        new_label = QLabel(self.tr("&New word:"), self)
        new_label.setBuddy(self.new_keyword)
        self.new_keyword.setAccessibleName(self.tr("New word"))
        form.addRow(new_label, row)
        self.usage = QLabel(self)
        self.usage.setObjectName("categoryUsage")
        self.usage.setWordWrap(True)
        self.usage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Used by:"), self.usage)
        self.finish_layout(form)
        self.setWindowTitle(self.tr("Category"))
        self.resize(620, 600)

        self.chooser.currentIndexChanged.connect(self._show_chosen)
        self.new_button.clicked.connect(self.start_new)
        self.add_keyword.clicked.connect(self._add)
        self.remove_keyword.clicked.connect(self._remove)
        self.new_keyword.returnPressed.connect(self._add)
        self.enter_fields.add(self.new_keyword)
        self._show_chosen()
        self.chooser.setFocus()

    @classmethod
    def edit(cls, categories: Sequence[Category], load: Callable[[str], tuple[Category, Usage]],
             submit: Callable[[CategoryEdit], Any], language: str, parent: QWidget | None = None,
             ) -> tuple[Any, bool]:
        dialog = cls(categories, load, submit, language, parent)
        accepted = dialog.exec() == EditorDialog.DialogCode.Accepted
        return dialog.saved, accepted

    def choose(self, code: str) -> None:
        self.chooser.setCurrentIndex(self.chooser.findData(code))

    @staticmethod
    def _set_row_visible(form: QFormLayout, field: QWidget, visible: bool) -> None:
        form.setRowVisible(field.parentWidget(), visible)  # the row holds the field with its error label

    def start_new(self) -> None:
        """Empty the form for a new category; choosing one in the list goes back to changing it."""
        self._category = None
        self.errors.clear()
        for edit in (self.name_da, self.name_en):
            edit.clear()
        self.focus_area.setCurrentIndex(0)
        self.keywords.clear()
        self.usage.setText("-")
        self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(-1)
        self.chooser.blockSignals(False)
        self._set_row_visible(self._form, self.parent_choice, True)
        self.setWindowTitle(self.tr("New category"))
        self.name_da.setFocus()

    def _show_chosen(self) -> None:
        code = self.chooser.currentData()
        if not code:
            return
        self._set_row_visible(self._form, self.parent_choice, False)
        self.setWindowTitle(self.tr("Category"))
        category, (services, rules) = self._load(str(code))
        self._category = category
        self.name_da.setText(category.name_da)
        self.name_en.setText(category.name_en)
        self.focus_area.setCurrentIndex(max(self.focus_area.findData(
            category.focus_area.value if category.focus_area else None), 0))
        self.keywords.clear()
        self.keywords.addItems(list(category.keywords))
        rule_texts = [self.tr("{service} (priority {priority})").format(service=r.service_name, priority=r.priority)
                      for r in rules]
        self.usage.setText(self.tr("Services: {services}\nRules: {rules}").format(
            services=", ".join(services) or "-", rules=", ".join(rule_texts) or "-"))

    def _add(self) -> None:
        word = " ".join(self.new_keyword.text().split())
        if word and not self.keywords.findItems(word, Qt.MatchFlag.MatchFixedString):
            self.keywords.addItem(word)
            self.keywords.setCurrentRow(self.keywords.count() - 1)
        self.new_keyword.clear()
        self.new_keyword.setFocus()

    def _remove(self) -> None:
        row = self.keywords.currentRow()
        if row >= 0:
            self.keywords.takeItem(row)

    def keyword_list(self) -> tuple[str, ...]:
        return tuple(self.keywords.item(row).text() for row in range(self.keywords.count()))

    def draft(self) -> CategoryEdit:
        focus = self.focus_area.currentData()
        draft = CategoryDraft(name_da=self.name_da.text(), name_en=self.name_en.text(),
                              focus_area=FocusArea(focus) if focus else None, keywords=self.keyword_list())
        if self._category is None:
            parent = self.parent_choice.currentData()
            return CategoryEdit("", draft, None, 0, str(parent) if parent else None)
        return CategoryEdit(self._category.code, draft, draft_from_category(self._category), self._category.version)
