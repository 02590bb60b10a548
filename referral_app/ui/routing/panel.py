"""Referrals from the intake form: suggestions while the inquiry is typed.

A short pause after each change to the category, the description, the
resident or the language, the routing service ranks the services (well under
50 ms once its keywords are compiled) and the three best show as cards with
their reasons. Ctrl+Shift+1..3 takes a suggestion (the same key drops it
again); any other active service is found by type-ahead. Ctrl+Enter
saves the inquiry and creates the chosen referrals in one transaction: both or
neither. The follow-up date is the service's (the referral service counts its
working days).

A hand-over needs the resident's consent for the receiving organization:
without it nothing is saved, the reason shows here, and a dialog records the
consent there and then, after which the save goes on. An anonymous inquiry
cannot be handed over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from referral_app.domain.accounts import Actor
from referral_app.domain.directory import Organization, Service, active_services
from referral_app.domain.enums import ConsentPurpose, ReferralMode
from referral_app.domain.errors import DomainError, ValidationError
from referral_app.domain.inquiries import local_today
from referral_app.domain.referrals import ConsentRequiredError, Referral
from referral_app.domain.routing import Routing, RoutingQuery, Suggestion
from referral_app.domain.routing.intake import RouteInputs, routing_query
from referral_app.services import consent as consent_service
from referral_app.services import directory as directory_service
from referral_app.services import directory_admin
from referral_app.services import referrals as referral_service
from referral_app.services import routing as routing_service
from referral_app.services.database import Database, Session
from referral_app.translation import error_text, format_date, label
from referral_app.ui.routing.cards import SuggestionCards, render_reason
from referral_app.ui.routing.choices import ChosenReferrals, RouteChoice
from referral_app.ui.routing.consent import ConsentDialog
from referral_app.ui.routing.service_search import ServiceTypeAhead
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.fields import error_label
from referral_app.ui.widgets.open_status import open_status_text

log = logging.getLogger(__name__)

SUGGEST_DELAY_MS = 250
SUGGESTIONS = 3
SLIP_ACTION = "printSlipAction"  # the object name of the app's "print the slip" action, if it has one
ACCEPT_KEYS = tuple(QKeySequence(f"Ctrl+Shift+{number}") for number in range(1, SUGGESTIONS + 1))


class RouteError(Exception):
    """A referral could not be created; the inquiry was not saved either."""

    def __init__(self, error: DomainError, choice: RouteChoice) -> None:
        super().__init__(str(error))
        self.error = error
        self.choice = choice


class RoutePanel(QGroupBox):
    category_suggested = Signal(str)  # a category code, when a suggestion is taken without a category
    referred = Signal(int)  # a referral id, after the save

    def __init__(self, db: Database, actor: Callable[[], Actor | None], inputs: Callable[[], RouteInputs],
                 host: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routePanel")
        self._db = db
        self._actor = actor
        self._inputs = inputs
        self._language = "da"
        self.routing: Routing | None = None
        self._open_now: dict[int, str] = {}  # service id -> "open now" etc. for the cards
        self._message = ""
        self._services_stale = True

        self.cards = SuggestionCards(SUGGESTIONS, self)
        self.other_label = QLabel(self)
        self.other = ServiceTypeAhead(self)
        self.other_label.setBuddy(self.other)
        self.chosen = ChosenReferrals(self)
        self.error = error_label(self, "routeError")

        other = QHBoxLayout()
        other.addWidget(self.other_label)
        other.addWidget(self.other, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addWidget(self.cards)
        layout.addLayout(other)
        layout.addWidget(self.chosen)
        layout.addWidget(self.error)
        layout.addStretch(1)
        QWidget.setTabOrder(self.other, self.chosen.list)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.accept_shortcuts = []
        for number, key in enumerate(ACCEPT_KEYS):
            shortcut = QShortcut(key, host)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.toggle(n))
            self.accept_shortcuts.append(shortcut)
        self.cards.clicked.connect(self.toggle)
        self.other.picked.connect(self.add_service)
        self.other.installEventFilter(self)
        self.chosen.mode_wanted.connect(self.set_mode)
        self.chosen.changed.connect(self._chosen_changed)

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self, language: str) -> None:
        self._language = language
        first, last = (k.toString(QKeySequence.SequenceFormat.NativeText) for k in (ACCEPT_KEYS[0], ACCEPT_KEYS[-1]))
        # The keys are on the cards; the whole sentence would not fit a title beside the form.
        self.setTitle(self.tr("Referral (optional)"))
        keys = self.tr("Referral (optional) – {first} to {last} takes a suggestion, the same key again "
                       "drops it").format(first=first, last=last)
        self.setToolTip(keys)
        self.setAccessibleDescription(keys)
        self.other_label.setText(self.tr("O&ther service:"))
        self.other.setPlaceholderText(self.tr("Type a service, organization or word, e.g. lektie or 3B"))
        self.other.setAccessibleName(self.tr("Refer to another service"))
        self.other.setToolTip(self.tr("Every active service. Up and Down choose, Enter adds it."))
        self.cards.setAccessibleName(self.tr("Suggested services"))
        self.chosen.retranslate()
        self._render()

    # -- suggestions -----------------------------------------------------------------------------
    def set_services(self, organizations: Sequence[Organization]) -> None:
        self.other.set_services(active_services(organizations))
        self._services_stale = False

    def invalidate_services(self) -> None:
        """The directory changed: read the services again when they are next needed."""
        self._services_stale = True

    def ensure_services(self) -> None:
        """Read the active services on first use rather than at start-up (they are only
        needed for the type-ahead and the follow-up days)."""
        if not self._services_stale:
            return
        organizations = run_action(self._db, None, "services", lambda session: directory_service.list_directory(
            session, active_only=True), on_error=self._message_error).value
        if organizations is not None:
            self.set_services(organizations)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.other and event.type() == QEvent.Type.FocusIn:
            self.ensure_services()
        return super().eventFilter(watched, event)

    def schedule(self) -> None:
        """Suggest again after a short pause (every change to the form calls this)."""
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        """Ask the routing service now, for what the form holds."""
        self._timer.stop()
        self._message = ""
        query = routing_query(self._inputs(), local_today())
        self.routing = None
        if query is not None:
            try:
                self.routing = self._suggest(query)
            except DomainError as exc:
                self._message = error_text(exc)
        self._render()

    def _suggest(self, query: RoutingQuery) -> Routing:
        while True:
            def ask(session: Session, asked: RoutingQuery = query) -> Routing:
                routing = routing_service.suggest(session, asked, limit=SUGGESTIONS)
                self._open_now = self._open_texts(session, routing)
                return routing

            outcome = run_action(self._db, None, "suggestions", ask)
            exc = outcome.error
            if exc is None and outcome.value is not None:
                return outcome.value
            # A resident's odd address, age or language must not stop the suggestions.
            if (not isinstance(exc, ValidationError) or exc.field not in ("address", "age", "language")
                    or getattr(query, exc.field) is None):
                raise exc or AssertionError("no routing and no error")
            query = replace(query, **{exc.field: None})

    @staticmethod
    def _open_texts(session: Any, routing: Routing) -> dict[int, str]:
        """Whether each suggested service is open now, by the directory's one calendar rule."""
        calendar = directory_admin.calendar_settings(session)
        now = datetime.now()
        return {s.service_id: open_status_text(directory_service.get_service(session, s.service_id), now, calendar)
                for s in routing.suggestions[:SUGGESTIONS]}

    def suggestions(self) -> list[Suggestion]:
        return list(self.routing.suggestions[:SUGGESTIONS]) if self.routing is not None else []

    def _render(self) -> None:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in ACCEPT_KEYS]
        filled = [(s, keys[n], [render_reason(r, self._language) for r in s.reasons], self.chosen.has(s.service_id))
                  for n, s in enumerate(self.suggestions())]
        statuses = [" ".join(self._open_line(s)) for s in self.suggestions()]
        notes = [render_reason(note, self._language) for note in self.routing.notes] if self.routing else []
        if self._message:
            message = self._message
        elif self.routing is None:
            message = self.tr("Choose a category or describe the inquiry, and the services that fit show here "
                              "with the reasons.")
        elif not filled:
            message = " ".join([self.tr("No service fits what is typed so far."), *notes])
        else:
            message = " ".join(notes)
        self.cards.show_cards(filled, self.tr("✓ Chosen"), message, statuses)

    def _open_line(self, suggestion: Suggestion) -> list[str]:
        text = self._open_now.get(suggestion.service_id)
        return [text] if text else []

    # -- choosing ---------------------------------------------------------------------------------
    def toggle(self, number: int) -> None:
        """Take suggestion ``number`` (0-2), or drop it when it is already taken."""
        if self._timer.isActive():
            self.refresh()
        shown = self.suggestions()
        if not 0 <= number < len(shown):
            return
        suggestion = shown[number]
        self.error.hide()
        if self.chosen.has(suggestion.service_id):
            self.chosen.remove_service(suggestion.service_id)
            return
        self.chosen.add(RouteChoice(
            suggestion.service_id, suggestion.service_name, suggestion.organization_id,
            suggestion.organization_name, suggestion.category_code, self._follow_up_days(suggestion.service_id)))
        self.category_suggested.emit(suggestion.category_code)

    def add_service(self, service: Service) -> None:
        self.error.hide()
        self.chosen.add(RouteChoice(service.id, service.name, service.organization_id, service.organization_name,
                                    None, service.follow_up_days))

    def _follow_up_days(self, service_id: int) -> int | None:
        self.ensure_services()
        return next((s.follow_up_days for s in self.other.services if s.id == service_id), None)

    def set_mode(self, mode: ReferralMode) -> None:
        """The mode the user asked for; a hand-over of an anonymous inquiry is refused at once."""
        if mode is ReferralMode.HANDED_OVER and self._inputs().resident is None:
            self.chosen.show_mode(ReferralMode.LOGGED)
            self.show_message(self.anonymous_text())
            return
        self.error.hide()
        self.chosen.set_mode(mode)

    def anonymous_text(self) -> str:
        return self.tr("An anonymous inquiry cannot be handed over: the service may only be given a resident's "
                       "details with their consent. Choose Logged, or add the resident first.")

    def _chosen_changed(self) -> None:
        self._render()

    def choices(self) -> tuple[RouteChoice, ...]:
        return self.chosen.choices()

    def show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.show()

    def restore_choices(self, choices: Sequence[RouteChoice]) -> None:
        """Choose these referrals again, each with its own mode (undoing "Empty the form")."""
        self.chosen.restore(choices)

    def clear(self) -> None:
        self._timer.stop()
        self.routing = None
        self._message = ""
        self.other.reset()
        self.chosen.clear()
        self.error.clear()
        self.error.hide()
        self._render()

    # -- saving -------------------------------------------------------------------------------------
    def create_referrals(self, session: Session, actor: Actor, inquiry_id: int) -> list[Referral]:
        """Create the chosen referrals inside the caller's transaction (the one that logs the
        inquiry); a refusal is raised as RouteError so that the caller rolls both back."""
        made = []
        for choice in self.choices():
            try:
                made.append(referral_service.create(session, actor, inquiry_id, choice.service_id,
                                                    mode=choice.mode))
            except DomainError as exc:
                raise RouteError(exc, choice) from exc
        return made

    def handle_error(self, failure: RouteError) -> bool:
        """Show why nothing was saved. For missing consent, offer to record it;
        True when it was recorded and the save should run again."""
        exc, choice = failure.error, failure.choice
        if not isinstance(exc, ConsentRequiredError):
            if exc.field == "mode" and self._inputs().resident is None:
                self.show_message(self.anonymous_text())
            else:
                self.show_message(self.tr("Nothing was saved: {service}: {problem}").format(
                    service=choice.service_name, problem=error_text(exc)))
            return False
        problem = self.tr("Not saved: a hand-over to {organization} needs the resident's consent, and none is "
                          "recorded.").format(organization=choice.organization_name)
        self.show_message(problem + " " + self.tr("Save again (Ctrl+Enter) to record it, or choose Logged."))
        consented, accepted = ConsentDialog.ask(choice.organization_name, problem, self.window())
        if not (consented and accepted):
            return False
        return self.record_consent(exc.params.get("resident_id"), choice.organization_id)

    def record_consent(self, resident_id: object, organization_id: int) -> bool:
        actor = self._actor()
        if actor is None or not isinstance(resident_id, int):
            return False
        if not run_action(self._db, None, "consent", lambda session: consent_service.record(
                session, actor, resident_id, ConsentPurpose.HAND_OVER, organization_id=organization_id),
                on_error=self._message_error):
            return False
        self.error.hide()
        return True

    def _message_error(self, exc: DomainError) -> bool:
        """Shown in the panel's message line, not in a box."""
        self.show_message(error_text(exc))
        return True

    def announce(self, referrals: Sequence[Referral]) -> str:
        """Tell the app about the new referrals; returns sentences for the form's status line."""
        for referral in referrals:
            self.referred.emit(referral.id)
        sentences = [
            self.tr("Referred to {service} ({mode}), follow-up {date}.").format(
                service=r.service_name, mode=label(r.mode).lower(),
                date=format_date(r.due_date) if r.due_date else "–")
            for r in referrals]
        if referrals:
            sentences.append(self.slip_hint())
        return " ".join(s for s in sentences if s)

    def slip_hint(self) -> str:
        """The key that prints the resident's slip, when the app has that action (the reports
        page prints the slip of the last referral made at this desk); else nothing."""
        action = next((a for a in self.window().findChildren(QAction, SLIP_ACTION)
                       if a.isEnabled() and not a.shortcut().isEmpty()), None)
        if action is None:
            return ""
        return self.tr("{key} prints the slip for the resident.").format(
            key=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
