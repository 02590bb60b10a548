"""The optional resident of an inquiry: search as you type, pick, or create.

Typing searches by name, phone or address (the resident service forgives
typos and æ/ø/å written ae/oe/aa) after a short pause. The search runs on a
worker thread, never on the GUI thread; each search has a generation
number, and only the newest search's results are shown, so a slow answer to
an earlier keystroke cannot overwrite the answer to the latest. Up/Down move through
the results while the keyboard stays in the search field; Enter picks the
highlighted one. Picking opens the record, which needs a purpose for the
audit log: it is filled in with the usual one and can be changed first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.errors import DomainError
from referral_app.domain.privacy import check_no_cpr, mask_name
from referral_app.domain.residents import Resident, ResidentMatch, display_phone
from referral_app.services import residents as resident_service
from referral_app.services.database import Database
from referral_app.ui.front_desk.models import ResidentMatchModel
from referral_app.ui.front_desk.new_resident import NewResidentDialog
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.fields import FieldErrors, error_label
from referral_app.ui.widgets.worker import LatestOnly

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
RESULT_LIMIT = 8


class ResidentPicker(QWidget):
    picked = Signal(object)  # Resident
    removed = Signal()
    page_requested = Signal(object)  # Resident: open the resident's page (consents, access report)

    def __init__(self, db: Database, actor: Callable[[], Actor | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentPicker")
        self._db = db
        self._actor = actor
        self._masked = False
        self.resident: Resident | None = None

        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("residentSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newResidentButton")
        self.model = ResidentMatchModel(self)
        self.results = QListView(self)
        self.results.setObjectName("residentResults")
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformItemSizes(True)
        self.results.setMinimumHeight(60)
        self.results.hide()  # shown while there are results
        self.status = QLabel(self)
        self.status.setObjectName("residentStatus")
        self.status.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("residentHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # greyed: an explanation, not data
        self.purpose_label = QLabel(self)
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("residentPurpose")
        self.purpose_label.setBuddy(self.purpose)

        self.card = QWidget(self)
        self.card.setObjectName("residentCard")
        self.card_name = QLabel(self.card)
        self.card_name.setObjectName("residentName")
        self.card_name.setWordWrap(True)  # a long name wraps rather than widening the form's column
        bold = QFont(self.card_name.font())
        bold.setBold(True)
        self.card_name.setFont(bold)
        self.card_details = QLabel(self.card)
        self.card_details.setObjectName("residentDetails")
        self.card_details.setWordWrap(True)
        self.card_details.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_button = QPushButton(self.card)
        self.remove_button.setObjectName("removeResidentButton")
        self.page_button = QPushButton(self.card)
        self.page_button.setObjectName("residentPageButton")
        card_layout = QGridLayout(self.card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card_name, 0, 0)
        card_layout.addWidget(self.page_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        card_layout.addWidget(self.remove_button, 0, 2, Qt.AlignmentFlag.AlignRight)
        card_layout.addWidget(self.card_details, 1, 0, 1, 3)
        self.card.hide()

        self.search_error = error_label(self, "residentSearchError")
        self.purpose_error = error_label(self, "residentPurposeError")
        self.general_error = error_label(self, "residentError")
        self.errors = FieldErrors(
            {"query": self.search_error, "purpose": self.purpose_error},
            {"query": self.search, "purpose": self.purpose},
            self.general_error,
        )

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        purpose_row = QHBoxLayout()
        purpose_row.addWidget(self.purpose_label)
        purpose_row.addWidget(self.purpose, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.search_error)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addLayout(purpose_row)
        layout.addWidget(self.purpose_error)
        layout.addWidget(self.card)
        layout.addWidget(self.general_error)
        layout.addStretch(0)
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.new_button)
        QWidget.setTabOrder(self.new_button, self.purpose)
        QWidget.setTabOrder(self.purpose, self.page_button)
        QWidget.setTabOrder(self.page_button, self.remove_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        # One search thread: a search not started yet is dropped for a newer one.
        self._searches = LatestOnly(self)  # the newest search's answer is shown, older ones are dropped
        self._then: str | None = None  # "pick", "down" or "up" once the newest answer is in
        self.search.textEdited.connect(self._typed)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.activated.connect(self._activated)
        self.new_button.clicked.connect(self.create_new)
        self.remove_button.clicked.connect(self.remove)
        self.page_button.clicked.connect(self._request_page)

    # -- texts ----------------------------------------------------------------------
    def retranslate(self) -> None:
        default_before = self.default_purpose_source()
        self.search_label.setText(self.tr("&Resident:"))
        self.search.setPlaceholderText(self.tr("Name, phone or address"))
        self.search.setAccessibleName(self.tr("Search for a resident"))
        self.search.setToolTip(self.tr("Typing searches. Up and Down choose, Enter picks."))
        self.results.setAccessibleName(self.tr("Residents found"))
        self.new_button.setText(self.tr("&New resident…"))
        self.new_button.setToolTip(self.tr("Register a resident who is not found"))
        self.purpose_label.setText(self.tr("&Purpose:"))
        self.purpose.setAccessibleName(self.tr("Purpose of opening the record"))
        self.purpose.setToolTip(self.tr("Why you open the resident's record. It is saved in the log."))
        if not self.purpose.text().strip() or self.purpose.text() == default_before:
            self.purpose.setText(self.default_purpose())
        self._default_purpose = self.default_purpose()
        self.remove_button.setText(self.tr("Re&move"))
        self.page_button.setText(self.tr("&View resident's page…"))
        self.page_button.setToolTip(self.tr("Consents and the access report for this resident"))
        self.remove_button.setAccessibleName(self.tr("Remove the resident from the inquiry"))
        self.hint.setText(self.tr("Only when the resident needs a referral or follow-up. Type a name, a phone "
                                  "number or an address; Up and Down choose, Enter picks. Ctrl+F gets here."))
        self._show_card()
        self._update_status()

    def default_purpose(self) -> str:
        return self.tr("Inquiry at the front desk")

    def default_purpose_source(self) -> str:
        return getattr(self, "_default_purpose", "")

    # -- searching ------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.errors.clear()
        self._forget_searches()
        if not text.strip():
            self._timer.stop()
            self.model.set_matches(())
            self._update_status()
            return
        self._timer.start()

    def _forget_searches(self) -> None:
        """Drop the answers of the searches asked so far (and those not started)."""
        self._searches.forget()
        self._then = None

    @property
    def searching(self) -> bool:
        """A search for the text in the box is waiting for its pause or its answer."""
        return self._timer.isActive() or self._searches.busy

    def run_search(self) -> bool:
        """Start searching for the text in the box, on the search thread; the
        results replace the list when they arrive. False when the search was
        refused (a CPR number: refused here, before it reaches the search log)."""
        self._timer.stop()
        then = self._then
        self._forget_searches()
        self._then = then
        actor = self._actor()
        text = self.search.text()
        if actor is None or not text.strip():
            self._then = None
            self.model.set_matches(())
            self._update_status()
            return True
        try:
            check_no_cpr("query", text)
        except DomainError as exc:
            self._then = None
            self._field_error(exc)
            self.model.set_matches(())
            self._update_status()
            return False
        db = self._db

        def work() -> tuple[ResidentMatch, ...]:
            with db.begin() as session:
                return resident_service.search(session, actor, text, limit=RESULT_LIMIT)

        self._searches.run(work, self._found, self._search_failed)
        self._update_status()
        return True

    def _found(self, result: tuple[ResidentMatch, ...] | DomainError) -> None:
        then, self._then = self._then, None
        if isinstance(result, DomainError):
            self._field_error(result)
            self.model.set_matches(())
            self._update_status()
            return
        self.errors.clear()
        self.model.set_matches(result)
        if result:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self._update_status()
        if then == "pick":
            self.pick_current()
        elif then in ("down", "up"):
            self._move(1 if then == "down" else -1)

    def _search_failed(self, exc: BaseException) -> None:
        log.error("resident search failed", exc_info=exc)
        self._then = None
        self.general_error.setText(self.tr("The search failed. Try again, or ask the administrator."))
        self.general_error.show()

    def wait_for_search(self, timeout_ms: int = 5000) -> bool:
        """Block until the search thread is idle (for tests and shutdown)."""
        return self._searches.wait(timeout_ms)

    def _update_status(self) -> None:
        self.results.setVisible(self.model.rowCount() > 0)
        self.hint.setVisible(self.resident is None and not self.search.text().strip())
        if self.search.text().strip() and self.model.rowCount() == 0 and not self.searching:
            self.status.setText(self.tr("No resident found. Alt+N registers a new one."))
            self.status.show()
        else:
            self.status.clear()
            self.status.hide()

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            row = self.results.currentIndex().row()
            row = 0 if row < 0 else max(0, min(rows - 1, row + step))
            self.results.setCurrentIndex(self.model.index(row, 0))

    def pick_current(self) -> Resident | None:
        """Open the highlighted (or first) result; while a search for the
        text in the box is still coming, open it when its results arrive."""
        if self.searching:
            self._then = "pick"
            if self._timer.isActive():
                self.run_search()
            return None
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        match = self.model.match_at(index.row()) if index.isValid() else None
        return self.open_resident(match.resident.id) if match is not None else None

    def _activated(self, index: QModelIndex) -> None:
        match = self.model.match_at(index.row())
        if match is not None:
            self.open_resident(match.resident.id)

    # -- choosing -------------------------------------------------------------------------
    def open_resident(self, resident_id: int) -> Resident | None:
        """Open the record with the purpose in the field and attach it to the inquiry."""
        actor = self._actor()
        if actor is None:
            return None
        purpose = self.purpose.text()
        resident = run_action(self._db, None, "", lambda session: resident_service.get(
            session, actor, resident_id, purpose), on_error=self._field_error).value
        if resident is not None:
            self.set_resident(resident)
        return resident

    def _field_error(self, exc: DomainError) -> bool:
        """Shown beside the search field, not in a box."""
        self.errors.show(exc)
        return True

    def set_resident(self, resident: Resident) -> None:
        self.errors.clear()
        self._timer.stop()
        self._forget_searches()
        self.resident = resident
        self.search.clear()
        self.model.set_matches(())
        self._show_card()
        self._update_status()
        self.picked.emit(resident)

    def create_new(self) -> None:
        actor = self._actor()
        if actor is None:
            return
        resident, accepted = NewResidentDialog.get_resident(self._db, actor, self.purpose.text(),
                                                            self.search.text(), self)
        if accepted and resident is not None:
            self.set_resident(resident)

    def remove(self) -> None:
        had = self.resident is not None
        self.resident = None
        self._show_card()
        if had:
            self.removed.emit()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Back to no resident and an empty search, with the usual purpose."""
        self._timer.stop()
        self._forget_searches()
        self.search.clear()
        self.model.set_matches(())
        self.errors.clear()
        self.resident = None
        self.purpose.setText(self.default_purpose())
        self._show_card()
        self._update_status()

    def has_input(self) -> bool:
        return self.resident is not None or bool(self.search.text().strip())

    # -- privacy -------------------------------------------------------------------------
    def set_masked(self, masked: bool) -> None:
        self._masked = masked
        self.model.set_masked(masked)
        self._show_card()

    def _show_card(self) -> None:
        resident = self.resident
        self.card.setVisible(resident is not None)
        self.remove_button.setEnabled(resident is not None)
        self.page_button.setEnabled(resident is not None)
        if resident is None:
            self.card_name.clear()
            self.card_details.clear()
            return
        name = mask_name(resident.full_name) if self._masked else (resident.full_name or "")
        if resident.birth_year:
            name = self.tr("{name}, born {year}").format(name=name, year=resident.birth_year)
        self.card_name.setText(name)
        lines = []
        place = " ".join(p for p in (resident.postal_code, resident.city) if p)
        address = ", ".join(p for p in (resident.address_line, place) if p)
        if address:
            lines.append(address)
        if resident.housing_organization_name:
            lines.append(" · ".join(p for p in (resident.housing_organization_name, resident.department) if p))
        elif resident.street:
            lines.append(self.tr("Address not in the address table"))
        contact = [display_phone(resident.phone), resident.email or ""]
        if resident.preferred_language:
            contact.append(self.tr("language: {code}").format(code=resident.preferred_language))
        if resident.interpreter_needed:
            contact.append(self.tr("needs an interpreter"))
        lines.append(" · ".join(p for p in contact if p))
        self.card_details.setText("\n".join(line for line in lines if line))

    # -- keys -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if watched is self.search and plain:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    if self.searching:  # move once the newest results are in
                        self._then = "down" if key == Qt.Key.Key_Down else "up"
                        if self._timer.isActive():
                            self.run_search()
                    else:
                        self._move(1 if key == Qt.Key.Key_Down else -1)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
                    self.pick_current()
                    return True
            if watched is self.results and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activated(self.results.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _request_page(self) -> None:
        if self.resident is not None:
            self.page_requested.emit(self.resident)
