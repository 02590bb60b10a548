"""The referrals chosen for the inquiry being typed, each with its mode.

The list shows what Ctrl+Enter will create; Delete removes the highlighted
one. The two mode buttons show and set the mode of the highlighted referral
(a new one takes the mode shown): *logged*, the resident was told where to
go, or *handed over*, we contact the service, which needs the resident's
consent for that organization.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from referral_app.domain.enums import ReferralMode
from referral_app.translation import format_number, label

MODES = (ReferralMode.LOGGED, ReferralMode.HANDED_OVER)


@dataclass(frozen=True, slots=True)
class RouteChoice:
    """A service the inquiry will be referred to."""

    service_id: int
    service_name: str
    organization_id: int
    organization_name: str
    category_code: str | None = None  # the category the suggestion came from
    follow_up_days: int | None = None
    mode: ReferralMode = ReferralMode.LOGGED


class ChosenReferrals(QWidget):
    """``mode_wanted`` fires when the user asks for a mode (the panel may refuse it);
    ``changed`` whenever the list or a mode changed."""

    mode_wanted = Signal(object)  # ReferralMode
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routeChosen")
        self._choices: list[RouteChoice] = []
        self.list_label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("routeChosenList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list_label.setBuddy(self.list)
        self.empty = QLabel(self)
        self.empty.setObjectName("routeNothingChosen")
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.mode_label = QLabel(self)
        self.buttons = {ReferralMode.LOGGED: QRadioButton(self), ReferralMode.HANDED_OVER: QRadioButton(self)}
        self.buttons[ReferralMode.LOGGED].setObjectName("routeLogged")
        self.buttons[ReferralMode.HANDED_OVER].setObjectName("routeHandedOver")
        self.group = QButtonGroup(self)
        for number, mode in enumerate(MODES):
            self.group.addButton(self.buttons[mode], number)
        self.buttons[ReferralMode.LOGGED].setChecked(True)

        # Label and list on one row, the mode's two choices under it, one above the other:
        # the block stays narrow beside the form and at a large text size.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.list_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.list, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.mode_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        for row, mode in enumerate(MODES, start=1):
            layout.addWidget(self.buttons[mode], row, 1)
        layout.setColumnStretch(1, 1)
        QWidget.setTabOrder(self.list, self.buttons[ReferralMode.LOGGED])
        QWidget.setTabOrder(self.buttons[ReferralMode.LOGGED], self.buttons[ReferralMode.HANDED_OVER])

        self.group.idClicked.connect(lambda number: self.mode_wanted.emit(MODES[number]))
        self.list.currentRowChanged.connect(lambda _row: self._show_mode())
        self.list.installEventFilter(self)
        self._refill()

    # -- texts -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.list_label.setText(self.tr("Refer to:"))
        self.list.setAccessibleName(self.tr("Referrals that are created when the inquiry is saved"))
        self.list.setToolTip(self.tr("Delete removes the highlighted referral."))
        self.empty.setText(self.tr("nothing chosen yet: the inquiry is saved without a referral."))
        self.mode_label.setText(self.tr("Mode:"))
        self.buttons[ReferralMode.LOGGED].setText(self.tr("Lo&gged (the resident goes there)"))
        self.buttons[ReferralMode.HANDED_OVER].setText(self.tr("Handed over (&we contact them, with consent)"))
        self.buttons[ReferralMode.LOGGED].setToolTip(self.tr("The resident was told where to go."))
        self.buttons[ReferralMode.HANDED_OVER].setToolTip(
            self.tr("We contact the service for the resident. Needs the resident's consent for that organization."))
        self.buttons[ReferralMode.LOGGED].setAccessibleName(self.tr("Mode logged"))
        self.buttons[ReferralMode.HANDED_OVER].setAccessibleName(self.tr("Mode handed over"))
        self._refill()

    # -- the choices --------------------------------------------------------------------
    def choices(self) -> tuple[RouteChoice, ...]:
        return tuple(self._choices)

    def current_mode(self) -> ReferralMode:
        return MODES[max(self.group.checkedId(), 0)]

    def has(self, service_id: int) -> bool:
        return any(c.service_id == service_id for c in self._choices)

    def add(self, choice: RouteChoice) -> None:
        """Add ``choice`` with the mode shown; a service already chosen is only highlighted."""
        row = self._row_of(choice.service_id)
        if row < 0:
            self._choices.append(replace(choice, mode=self.current_mode()))
            row = len(self._choices) - 1
            self._refill()
            self.changed.emit()
        self.list.setCurrentRow(row)

    def remove_service(self, service_id: int) -> None:
        row = self._row_of(service_id)
        if row >= 0:
            del self._choices[row]
            self._refill()
            self.list.setCurrentRow(min(row, len(self._choices) - 1))
            self.changed.emit()

    def set_mode(self, mode: ReferralMode) -> None:
        """Show ``mode`` and give it to the highlighted referral."""
        self.buttons[mode].setChecked(True)
        row = self.list.currentRow()
        if 0 <= row < len(self._choices) and self._choices[row].mode is not mode:
            self._choices[row] = replace(self._choices[row], mode=mode)
            self._refill()
            self.list.setCurrentRow(row)
            self.changed.emit()

    def show_mode(self, mode: ReferralMode) -> None:
        self.buttons[mode].setChecked(True)

    def restore(self, choices: Sequence[RouteChoice]) -> None:
        """Exactly these choices, modes as they were."""
        self._choices = list(choices)
        self._refill()
        if self._choices:
            self.list.setCurrentRow(len(self._choices) - 1)
            self.show_mode(self._choices[-1].mode)
        self.changed.emit()

    def clear(self) -> None:
        self._choices.clear()
        self.buttons[ReferralMode.LOGGED].setChecked(True)
        self._refill()

    # -- showing ------------------------------------------------------------------------
    def _row_of(self, service_id: int) -> int:
        return next((n for n, c in enumerate(self._choices) if c.service_id == service_id), -1)

    def item_text(self, choice: RouteChoice) -> str:
        return f"{choice.service_name} – {choice.organization_name} · {label(choice.mode)}"

    def item_details(self, choice: RouteChoice) -> str:
        """The whole line, for the tooltip and a screen reader, with the follow-up."""
        if not choice.follow_up_days:
            return self.item_text(choice)
        return self.tr("{referral}, follow-up in {days} working days").format(
            referral=self.item_text(choice), days=format_number(choice.follow_up_days))

    def _refill(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for choice in self._choices:
            item = QListWidgetItem(self.item_text(choice), self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.service_id)
            item.setToolTip(self.item_details(choice))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.item_details(choice))
        self.list.setCurrentRow(min(row, len(self._choices) - 1))
        self.list.blockSignals(False)
        self.list.setVisible(bool(self._choices))
        self.empty.setVisible(not self._choices)
        rows = max(1, len(self._choices))
        row_height = self.list.sizeHintForRow(0) if self._choices else -1
        if row_height <= 0:
            row_height = self.list.fontMetrics().lineSpacing() + 4
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth())

    def _show_mode(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._choices):
            self.buttons[self._choices[row].mode].setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            row = self.list.currentRow()
            if 0 <= row < len(self._choices):
                self.remove_service(self._choices[row].service_id)
            return True
        return super().eventFilter(watched, event)

    def focus_list(self) -> None:
        if self._choices:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def services(self) -> Sequence[int]:
        return [c.service_id for c in self._choices]
