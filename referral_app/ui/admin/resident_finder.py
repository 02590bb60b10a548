"""Find a resident by name for an administrator's task (the audit log's filter,
erasure on request): type a name, press Enter, pick from the list.

Administrators have no access to the resident register; this finder shows
name and number only, and only for the purpose it was made for, which the
service logs with the search terms.

The search runs on a search thread of its own (``widgets/worker.py``), like
the resident picker's: the window stays responsive on a large register, and
when the text changes or Enter is pressed again before an answer arrives,
only the newest search's answer is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from referral_app.domain.accounts import Actor
from referral_app.domain.errors import DomainError
from referral_app.domain.residents import ResidentRef
from referral_app.services import residents as resident_service
from referral_app.services.database import Database
from referral_app.translation import error_text
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.worker import LatestOnly

log = logging.getLogger(__name__)


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
        self._searches = LatestOnly(self)  # the newest search's answer is shown, older ones are dropped
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
        self._searches.forget()  # an answer for the text as it was is no longer wanted
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

    @property
    def searching(self) -> bool:
        """The newest search has not answered yet."""
        return self._searches.busy

    def run_search(self) -> bool:
        """Start searching on the search thread; the first resident found is
        chosen when the answer arrives (the list offers the others). False
        when there is no one signed in."""
        actor = self._actor()
        text = self.search.text()
        if actor is None:
            return False
        if not text.strip():
            self._searches.forget()
            self._show(())
            return True
        db, purpose = self._db, self._purpose

        def work() -> tuple[ResidentRef, ...]:
            with db.begin() as session:
                return resident_service.find_for_admin(session, actor, text, purpose)

        self._searches.run(work, self._found, self._failed)
        return True

    def _found(self, found: tuple[ResidentRef, ...] | DomainError) -> None:
        if isinstance(found, DomainError):
            log.info("find a resident: %s", found)
            self._dialogs.warning(self.tr("Find a resident"), error_text(found))
            return
        self._show(found)
        if found:
            self.results.setFocus()

    def _failed(self, exc: BaseException) -> None:
        log.error("resident lookup failed", exc_info=exc)
        self._dialogs.warning(self.tr("Find a resident"), self.tr("The search failed. Try again, or ask the "
                                                                  "administrator."))

    def wait_for_search(self, timeout_ms: int = 5000) -> bool:
        """Block until the search thread is idle (for tests and shutdown); the
        answer is then delivered by the event loop."""
        return self._searches.wait(timeout_ms)

    def resident_id(self) -> int | None:
        value = self.results.currentData()
        return value if isinstance(value, int) else None

    def has_text(self) -> bool:
        return bool(self.search.text().strip())

    def clear(self) -> None:
        self._searches.forget()
        self.search.clear()
        self._show(())

    def take_over(self, other: ResidentFinder) -> None:
        """What ``other`` shows (the text typed, the residents found, the one
        chosen), in this finder's language and without searching again: the
        admin tabs are made anew when the language changes."""
        self.search.setText(other.search.text())
        self._show(other.found)
        self.results.setCurrentIndex(max(0, other.results.currentIndex()))
