"""Find a resident by name for an administrator's task (the audit log's filter,
erasure on request): type a name, press Enter, pick from the list.

Administrators have no access to the resident register; this finder shows
name and number only, and only for the purpose it was made for, which the
service logs with the search terms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from referral_app.domain.accounts import Actor
from referral_app.domain.residents import ResidentRef
from referral_app.services import residents as resident_service
from referral_app.services.database import Database
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService


class ResidentFinder(QWidget):
    """A search field and the residents found; ``resident_id()`` is the one chosen."""

    chosen = Signal(object)  # int | None

    def __init__(self, db: Database, dialogs: DialogService, actor: Callable[[], Actor | None], purpose: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._dialogs = dialogs
        self._actor = actor
        self._purpose = purpose
        self.found: tuple[ResidentRef, ...] = ()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, then Enter"))
        self.search.setToolTip(self.tr("Type the resident's name (or phone or address) and press Enter. "
                                       "The search is saved in the log."))
        self.results = QComboBox(self)
        self.results.setMinimumContentsLength(24)
        self.results.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.results.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.results, 1)
        self.search.returnPressed.connect(self.run_search)
        self.search.textEdited.connect(self._edited)
        self.results.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.resident_id()))

    def set_object_names(self, prefix: str) -> None:
        self.search.setObjectName(f"{prefix}Search")
        self.results.setObjectName(f"{prefix}Results")

    def _edited(self, text: str) -> None:
        if not text.strip():
            self._show(())

    def _show(self, found: tuple[ResidentRef, ...]) -> None:
        self.found = found
        self.results.clear()
        for ref in found:
            self.results.addItem(self.tr("%1 (no. %2)").replace("%1", ref.name or "–").replace("%2", str(ref.id)),
                                 ref.id)
        if self.search.text().strip() and not found:
            self.results.addItem(self.tr("No resident found"), None)
        self.results.setEnabled(bool(found))
        self.chosen.emit(self.resident_id())

    def run_search(self) -> bool:
        """Search now; the first resident found is chosen (the list offers the others)."""
        actor = self._actor()
        text = self.search.text()
        if actor is None:
            return False
        if not text.strip():
            self._show(())
            return True
        found = run_action(self._db, self._dialogs, self.tr("Find a resident"),
                           lambda session: resident_service.find_for_admin(session, actor, text, self._purpose)).value
        if found is None:
            return False
        self._show(found)
        if found:
            self.results.setFocus()
        return True

    def resident_id(self) -> int | None:
        value = self.results.currentData()
        return value if isinstance(value, int) else None

    def has_text(self) -> bool:
        return bool(self.search.text().strip())

    def clear(self) -> None:
        self.search.clear()
        self._show(())
