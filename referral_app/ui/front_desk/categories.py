"""Category by type-ahead: the taxonomy's Danish and English names and its keywords.

Typing "skim" offers "Vedligehold og skimmel" (a word of the name begins with
it); typing "nøgle" offers the same category through its keyword. Text is
compared by the one matching rule (``domain.matching``), so "noegle" finds
"nøgle" too.

The suggestions are an overlay list under the field, not a popup window: the
keyboard stays in the field, where Up/Down move through the suggestions and
Enter or Tab picks one, and Esc closes the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from referral_app.domain.directory import Category, category_target
from referral_app.domain.matching import Tier, rank
from referral_app.ui.widgets.type_ahead import TypeAheadEdit

MAX_SUGGESTIONS = 8
Index = QModelIndex | QPersistentModelIndex


class CategoryMatch(NamedTuple):
    category: Category
    tier: Tier
    keyword: str | None  # the keyword that matched, when the name did not


def match_categories(categories: Sequence[Category], query: str) -> list[CategoryMatch]:
    """The categories that ``query`` may mean, best first (``domain.matching``).

    A name that begins with the query ranks first, then a name with words
    that the query begins, then a keyword, then a name that merely contains it.
    Sub-categories rank before their main category on a tie, as they say more.
    """
    found = rank(categories, query, category_target, prefer=lambda category: 0 if category.parent_code else 1)
    return [CategoryMatch(m.item, m.tier, m.field) for m in found]


class CategoryListModel(QAbstractListModel):
    """The current suggestions: a thin adapter over a list of matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: list[CategoryMatch] = []
        self._language = "da"
        self._parents: dict[str, Category] = {}

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self._language = language
        self.endResetModel()

    def set_matches(self, matches: Sequence[CategoryMatch], parents: dict[str, Category]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self._parents = parents
        self.endResetModel()

    def match_at(self, row: int) -> CategoryMatch | None:
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = match.category.name(self._language)
            parent = self._parents.get(match.category.parent_code or "")
            if parent is not None:
                text = f"{text}  ·  {parent.name(self._language)}"
            if match.keyword:
                text = f"{text}  ({match.keyword})"
            return text
        if role == Qt.ItemDataRole.UserRole:
            return match.category.code
        return None


class CategoryPicker(TypeAheadEdit):
    """A line edit that picks one category. ``picked`` fires when the user
    chooses a suggestion; ``advance`` when Enter is pressed on a chosen category.
    Tab also takes the highlighted suggestion."""

    picked = Signal(object)  # Category
    advance = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CategoryListModel(), "categorySuggestions", min_width=380, flip_up=False, parent=parent)
        self.model.setParent(self)
        self.setObjectName("categoryPicker")
        self.suggestions = self.popup
        self._categories: tuple[Category, ...] = ()
        self._language = "da"
        self.chosen: Category | None = None
        self.textEdited.connect(self._typed)

    # -- public ----------------------------------------------------------------
    def set_categories(self, categories: Sequence[Category]) -> None:
        self._categories = tuple(categories)

    @property
    def categories(self) -> tuple[Category, ...]:
        return self._categories

    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        if self.chosen is not None:
            self.setText(self.chosen.name(language))

    def choose(self, category: Category | None) -> None:
        """Show ``category`` as the chosen one (None clears the field)."""
        self.chosen = category
        self.setText(category.name(self._language) if category else "")
        self.hide_popup()

    def choose_code(self, code: str | None) -> bool:
        category = next((c for c in self._categories if c.code == code), None)
        self.choose(category)
        return category is not None

    def settle(self) -> Category | None:
        """The chosen category; a typed text that matches exactly one category counts as chosen."""
        if self.chosen is None and self.text().strip():
            matches = match_categories(self._categories, self.text())
            if len(matches) == 1:
                self.choose(matches[0].category)
        return self.chosen

    def suggestions_visible(self) -> bool:
        return self.popup_visible()

    def hide_suggestions(self) -> None:
        self.hide_popup()

    # -- typing ------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.chosen = None
        matches = match_categories(self._categories, text)[:MAX_SUGGESTIONS]
        parents = {c.code: c for c in self._categories if c.parent_code is None}
        self.model.set_matches(matches, parents)
        self.show_matches()

    def pick(self, index: QModelIndex) -> None:
        match = self.model.match_at(index.row())
        if match is None:
            return
        self.choose(match.category)
        self.picked.emit(match.category)

    def enter_pressed(self) -> bool:
        if super().enter_pressed():
            return True
        if self.settle() is not None:
            self.advance.emit()
            return True
        return False

    def event(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            # Tab takes the highlighted suggestion; picking moves on to the description.
            if event.key() == Qt.Key.Key_Tab and not event.modifiers() and self.popup.isVisible():
                current = self.popup.currentIndex()
                if current.isValid():
                    self.pick(current)
                    return True
        return super().event(event)
