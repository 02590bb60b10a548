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
    base: CategoryDraft
    version: int


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

    def _show_chosen(self) -> None:
        code = self.chooser.currentData()
        if not code:
            return
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
        assert self._category is not None
        focus = self.focus_area.currentData()
        draft = CategoryDraft(name_da=self.name_da.text(), name_en=self.name_en.text(),
                              focus_area=FocusArea(focus) if focus else None, keywords=self.keyword_list())
        return CategoryEdit(self._category.code, draft, draft_from_category(self._category), self._category.version)
