"""The top suggestions as three cards, one above the other, each with its key and reasons.

A card shows the key that takes it (Ctrl+Shift+1..3), the service and its
organization, and every reason in the app's language. A chosen card says so
in words ("✓ Chosen") as well as with a border, so colour is not the only
signal. A click takes a card too; the keyboard never stops at a card, as the
keys work from anywhere in the form.

The cards sit beside the inquiry form, so each is as wide as the column and
its reasons mostly take a line each. The column is as tall as its cards need
at the current width (wrapped labels do not tell a layout that by themselves,
which let the cards run under the fields below them), but never lower than
room for three short cards, so the fields below do not jump while the
suggestions change. Nothing is hidden in an inner scroll area the keyboard
could not reach; a small window scrolls the whole page instead.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.routing import Reason, Suggestion
from referral_app.translation import lookup

CARD_STYLE = ("QFrame#routeCard { border: 1px solid palette(mid); border-radius: 4px; }"
              "QFrame#routeCard[chosen=\"true\"] { border: 2px solid palette(highlight); }")
KEY_STYLE = ("QLabel#routeCardKey { border: 1px solid palette(dark); border-radius: 3px; padding: 0 4px;"
             " background: palette(button); }")


def render_reason(reason: Reason, language: str) -> str:
    """A reason in the app's language, as the CLI renders it."""
    return reason.render(lambda source: lookup("routing", source), language)


class SuggestionCard(QFrame):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routeCard")
        self.setProperty("chosen", False)
        self.setStyleSheet(CARD_STYLE + KEY_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.suggestion: Suggestion | None = None
        self.key = QLabel(self)
        self.key.setObjectName("routeCardKey")
        self.state = QLabel(self)
        self.state.setObjectName("routeCardState")
        self.title = QLabel(self)
        self.title.setObjectName("routeCardTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.organization = QLabel(self)
        self.organization.setObjectName("routeCardOrganization")
        self.organization.setWordWrap(True)
        self.organization.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("routeCardReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        small = self.reasons.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.reasons.setFont(small)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.key, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        head.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(1)
        layout.addLayout(head)
        layout.addWidget(self.organization)
        layout.addWidget(self.reasons, 1)

    def show_suggestion(self, suggestion: Suggestion, key: str, reasons: Sequence[str], chosen: bool,
                        chosen_text: str, status: str = "") -> None:
        """``status`` (open now, closed today) shares the organization's line."""
        self.suggestion = suggestion
        self.key.setText(key)
        self.title.setText(f"<b>{html.escape(suggestion.service_name)}</b>")
        self.organization.setText(" · ".join(t for t in (suggestion.organization_name, status) if t))
        self.reasons.setText("".join(f"• {html.escape(text)}<br>" for text in reasons).removesuffix("<br>"))
        self.state.setText(chosen_text if chosen else "")
        self.setAccessibleName(f"{key}: {suggestion.service_name}, {suggestion.organization_name}"
                               + (f" ({chosen_text})" if chosen else ""))
        self.setAccessibleDescription(". ".join([status, *reasons] if status else reasons))
        if self.property("chosen") != chosen:
            self.setProperty("chosen", chosen)
            self.style().unpolish(self)
            self.style().polish(self)
        self.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.suggestion is not None:
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)


class SuggestionCards(QWidget):
    """Up to three cards in a column; a line of text when there is nothing to suggest.
    ``chosen`` fires with the card's position (0-2) when a card is clicked."""

    clicked = Signal(int)
    grew = Signal()  # the cards need another height: whoever scrolls them may lay out anew

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routeSuggestions")
        inner = self
        self.placeholder = QLabel(inner)
        self.placeholder.setObjectName("routePlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # greyed: an explanation, not data
        self.cards = [SuggestionCard(inner) for _ in range(count)]
        self.row = QVBoxLayout()
        self.row.setSpacing(4)
        for number, card in enumerate(self.cards):
            self.row.addWidget(card)
            card.clicked.connect(lambda n=number: self.clicked.emit(n))
            card.hide()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.row)
        layout.addWidget(self.placeholder)
        self._fit()

    def show_cards(self, filled: Sequence[tuple[Suggestion, str, Sequence[str], bool]], chosen_text: str,
                   message: str, statuses: Sequence[str] = ()) -> None:
        """Fill the first cards, hide the rest; ``message`` shows under them (or alone).
        ``statuses`` (open now, closed today) go beside each card's organization."""
        for number, card in enumerate(self.cards):
            if number < len(filled):
                suggestion, key, reasons, chosen = filled[number]
                status = statuses[number] if number < len(statuses) else ""
                card.show_suggestion(suggestion, key, reasons, chosen, chosen_text, status)
            else:
                card.suggestion = None
                card.hide()
        self.placeholder.setText(message)
        self.placeholder.setVisible(bool(message))
        # Lay the cards out for their new texts now: left to the event loop, the cards kept the
        # heights of the previous suggestions for a while, and a longer text ran out of its card.
        for card in self.cards:
            card_layout = card.layout()
            if card_layout is not None and not card.isHidden():
                card_layout.activate()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self._fit()
        QTimer.singleShot(0, self, self._fit)  # again once the cards' own layouts have caught up

    def usual_height(self) -> int:
        """Three cards with a title, an organization and two short reasons each."""
        return (self.fontMetrics().lineSpacing() * 4 + 12) * len(self.cards)

    def needed_height(self, width: int) -> int:
        """What the shown cards and the message need at ``width``."""
        shown = [card for card in self.cards if not card.isHidden()]
        needed = sum(card.heightForWidth(width) for card in shown) + self.row.spacing() * max(0, len(shown) - 1)
        if not self.placeholder.isHidden():
            needed += self.placeholder.heightForWidth(width) + (4 if shown else 0)
        return needed

    def _fit(self) -> None:
        height = max(self.usual_height(), self.needed_height(max(self.width(), 200)))
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.grew.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def shown(self) -> list[Suggestion]:
        return [card.suggestion for card in self.cards if card.suggestion is not None and not card.isHidden()]
