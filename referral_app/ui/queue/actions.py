"""What a coordinator does to referrals in the queue, by keyboard and mouse.

Every action is a QAction with a shortcut (active while the queue has the
focus) and a button with a mnemonic. Each runs one service call in one
transaction and names the version of the referral the coordinator is looking
at, so a change another desk made meanwhile comes back as a ConflictError:
the message is shown and the referral reloaded, and nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from referral_app.domain.enums import ReferralStatus
from referral_app.domain.errors import ConflictError, DomainError, ValidationError
from referral_app.domain.referrals import TRANSITIONS, InvalidTransitionError, Referral
from referral_app.services import referrals as referral_service
from referral_app.services import residents as resident_service
from referral_app.services.database import Database, Session
from referral_app.translation import label
from referral_app.ui.queue.referral_dialogs import (
    CloseChoice,
    CloseReasonDialog,
    DueDateDialog,
    PurposeDialog,
)
from referral_app.ui.queue.service_picker import ServicePickerDialog
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.flow_layout import FlowLayout


class QueueHost(Protocol):
    """What the actions need from the page that shows the queue (the page
    implements it; declared here so the two modules do not import each other)."""

    db: Database
    dialogs: DialogService
    detail: Any

    def actor(self) -> Any: ...
    def shown_referral(self) -> Referral | None: ...
    def changed(self, referral_ids: list[int], select: int | None) -> None: ...
    def reload(self) -> None: ...
    def active_services(self) -> list[Any]: ...
    def selected_ids(self) -> list[int]: ...
    def addAction(self, action: QAction) -> None: ...  # noqa: N802 (Qt's name)

S = ReferralStatus
MOVES = (S.SENT, S.ACCEPTED, S.DECLINED, S.COMPLETED, S.NOT_COMPLETED)
SHORTCUTS = {S.SENT: "Ctrl+Shift+S", S.ACCEPTED: "Ctrl+Shift+A", S.DECLINED: "Ctrl+Shift+D",
             S.COMPLETED: "Ctrl+Shift+C", S.NOT_COMPLETED: "Ctrl+Shift+N", "due": "Ctrl+Shift+U",
             "reassign": "Ctrl+Shift+R", "bulk": "Ctrl+Shift+B", "resident": "Ctrl+Shift+O"}


class QueueActions(QObject):
    def __init__(self, page: QueueHost) -> None:
        super().__init__(page)  # type: ignore[arg-type]
        self.page = page
        self.moves: dict[ReferralStatus, QAction] = {}
        for status in MOVES:
            self.moves[status] = self._action(SHORTCUTS[status], lambda _c=False, s=status: self.move(s))
        self.due_date = self._action(SHORTCUTS["due"], self.change_due_date)
        self.reassign = self._action(SHORTCUTS["reassign"], self.reassign_to_service)
        self.bulk_sent = self._action(SHORTCUTS["bulk"], self.mark_selected_sent)
        self.show_resident = self._action(SHORTCUTS["resident"], self.open_resident)  # the detail's button
        self.all_actions = [*self.moves.values(), self.due_date, self.reassign, self.bulk_sent]
        self.bar = QWidget(page)
        self.bar.setObjectName("queueActions")
        layout = FlowLayout(self.bar)
        self.buttons: dict[QAction, QPushButton] = {}
        for action in self.all_actions:
            button = QPushButton(self.bar)
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
            self.buttons[action] = button
        self.retranslate()
        self.update_enabled(None, 0)

    def _action(self, shortcut: str, slot: Callable[..., Any]) -> QAction:
        action = QAction(self.page)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.page.addAction(action)
        return action

    def retranslate(self) -> None:
        # Mnemonics avoid the menu bar's letters and the filter labels' (see filters.py).
        texts = {
            self.moves[S.SENT]: self.tr("Se&nt"),
            self.moves[S.ACCEPTED]: self.tr("Acce&pted"),
            self.moves[S.DECLINED]: self.tr("&Declined…"),
            self.moves[S.COMPLETED]: self.tr("&Completed"),
            self.moves[S.NOT_COMPLETED]: self.tr("Not comp&leted…"),
            self.due_date: self.tr("Follow-&up date…"),
            self.reassign: self.tr("&Refer to another service…"),
            self.bulk_sent: self.tr("Mar&k selected as sent"),
        }
        tips = {
            self.moves[S.SENT]: self.tr("Mark the referral as sent to the service"),
            self.moves[S.ACCEPTED]: self.tr("The service accepted the referral"),
            self.moves[S.DECLINED]: self.tr("The service declined; choose a reason"),
            self.moves[S.COMPLETED]: self.tr("The resident got the help; the referral closes"),
            self.moves[S.NOT_COMPLETED]: self.tr("Close the referral as not completed; choose a reason"),
            self.due_date: self.tr("Change the follow-up date"),
            self.reassign: self.tr("Close this referral as referred elsewhere and refer to another service"),
            self.bulk_sent: self.tr("Mark every selected proposed referral as sent"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tips[action]} ({shortcut})")
            button = self.buttons[action]
            button.setText(text)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(text.replace("&", "").rstrip("…"))

    def update_enabled(self, referral: Referral | None, selected: int) -> None:
        allowed = TRANSITIONS[referral.status] if referral is not None else frozenset()
        for status, action in self.moves.items():
            action.setEnabled(status in allowed)
        self.due_date.setEnabled(referral is not None and referral.is_open)
        self.reassign.setEnabled(S.REFERRED_ELSEWHERE in allowed)
        self.bulk_sent.setEnabled(selected > 0)
        for action, button in self.buttons.items():
            button.setEnabled(action.isEnabled())

    # -- running service calls -------------------------------------------------------
    def _run(self, title: str, call: Callable[[Session], Any]) -> tuple[Any, DomainError | None]:
        """One transaction; a conflict or a stale state is shown and the queue reloaded."""
        page = self.page

        def reload_after_conflict(exc: DomainError) -> bool:
            if isinstance(exc, ConflictError | InvalidTransitionError):
                page.reload()  # show what the other desk did
            return False  # and the message too

        outcome = run_action(page.db, page.dialogs, title, call, on_error=reload_after_conflict)
        return outcome.value, outcome.error

    def _current(self) -> Referral | None:
        actor, referral = self.page.actor(), self.page.shown_referral()
        return referral if actor is not None else None

    def move(self, status: ReferralStatus) -> None:
        referral = self._current()
        if referral is None or not self.moves[status].isEnabled():
            return
        title = self.tr("Referral no. {id}").format(id=referral.id)
        choice: CloseChoice | None = None
        while True:
            if status in (S.DECLINED, S.NOT_COMPLETED):
                intro = self.tr("Why is referral no. {id} ({service}) {status}?").format(
                    id=referral.id, service=referral.service_name, status=label(status).lower())
                choice, accepted = CloseReasonDialog.get_choice(title, intro, choice, self.page)
                if not accepted or choice is None:
                    return
            reason, note = (choice.reason, choice.note) if choice else (None, None)
            result, error = self._run(title, lambda s, r=referral, c=(reason, note): referral_service.move(
                s, self.page.actor(), r.id, status, reason=c[0], note=c[1], expected_version=r.version))
            if isinstance(error, ValidationError) and choice is not None:
                continue  # the dialog again, with what was chosen
            if result is not None:
                self.page.changed([referral.id], select=referral.id)
            return

    def change_due_date(self) -> None:
        referral = self._current()
        if referral is None or referral.due_date is None or not self.due_date.isEnabled():
            return
        title = self.tr("Referral no. {id}").format(id=referral.id)
        chosen = referral.due_date
        while True:
            picked, accepted = DueDateDialog.get_date(
                title, self.tr("New follow-up date for referral no. {id} ({service}):").format(
                    id=referral.id, service=referral.service_name), chosen, self.page)
            if not accepted or picked is None:
                return
            chosen = picked
            result, error = self._run(title, lambda s, d=picked: referral_service.set_due_date(
                s, self.page.actor(), referral.id, d, expected_version=referral.version))
            if isinstance(error, ValidationError):
                continue
            if result is not None:
                self.page.changed([referral.id], select=referral.id)
            return

    def reassign_to_service(self) -> None:
        referral = self._current()
        if referral is None or not self.reassign.isEnabled():
            return
        services = [s for s in self.page.active_services() if s.id != referral.service_id]
        title = self.tr("Refer to another service")
        intro = self.tr("Referral no. {id} to {service} closes as referred elsewhere, and a new referral to "
                        "the service you choose is linked to it.").format(id=referral.id,
                                                                          service=referral.service_name)
        choice, accepted = ServicePickerDialog.get_service(title, intro, services, self.page)
        if not accepted or choice is None:
            return
        new, _error = self._run(title, lambda s: referral_service.reassign(
            s, self.page.actor(), referral.id, choice.service_id, note=choice.note or None,
            expected_version=referral.version))
        if new is not None:
            self.page.changed([referral.id, new.id], select=new.id)

    def mark_selected_sent(self) -> None:
        ids = self.page.selected_ids()
        if not ids or self.page.actor() is None:
            return
        title = self.tr("Mark selected as sent")
        moved, _error = self._run(title, lambda s: referral_service.bulk_mark_sent(s, self.page.actor(), ids))
        if moved is not None:
            self.page.changed([r.id for r in moved], select=None)

    def open_resident(self) -> None:
        """Open the shown referral's resident with a purpose; the resident service logs the look-up."""
        referral, actor = self._current(), self.page.actor()
        if referral is None or referral.resident_id is None or actor is None:
            return
        title = self.tr("Show resident")
        purpose = self.tr("Follow-up on a referral")
        while True:
            typed, accepted = PurposeDialog.get_purpose(title, purpose, self.page)
            if not accepted or typed is None:
                return
            purpose = typed
            resident, error = self._run(title, lambda s, p=typed: resident_service.get(
                s, actor, referral.resident_id, p))
            if isinstance(error, ValidationError):
                continue  # ask for the purpose again
            if resident is not None:
                self.page.detail.show_resident(resident)
            return
