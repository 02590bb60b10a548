"""One-key anonymous tallies: F1-F12 count a category in the current channel.

Each key has an on-screen button that shows the key, the category and
today's count at this desk. After a tally a notice offers *Fortryd* (Ctrl+Z)
for ``UNDO_SECONDS``; the channel bar (Alt+1..Alt+4) says which channel the
next tally and the next inquiry are logged with.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.directory import Category
from referral_app.domain.enums import Channel
from referral_app.domain.errors import DomainError
from referral_app.domain.inquiries import UNDO_SECONDS, TallyReceipt
from referral_app.services import tallies as tally_service
from referral_app.services.database import Database
from referral_app.translation import error_text, label
from referral_app.ui.front_desk.drafts import TALLY_KEYS
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.actions import run_action

log = logging.getLogger(__name__)

CHANNELS = (Channel.WALK_IN, Channel.PHONE, Channel.EMAIL, Channel.OUTREACH)
CHANNEL_KEYS = tuple(QKeySequence(f"Alt+{number}") for number in range(1, len(CHANNELS) + 1))
UNDO_KEY = QKeySequence("Ctrl+Z")
BUTTONS_PER_ROW = 6
ERROR_STYLE = "color: #a40000; font-weight: bold;"


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


class ChannelBar(QWidget):
    """Walk-in, phone, e-mail or outreach: one button each, one key each."""

    changed = Signal(object)  # Channel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelBar")
        self.caption = QLabel(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Channel, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        for channel in CHANNELS:
            button = QPushButton(self)
            button.setObjectName(f"channel_{channel.value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+1..4 reach them; Tab stays in the form
            button.clicked.connect(lambda _checked=False, c=channel: self.set_channel(c))
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[channel] = button
        self._channel = Channel.WALK_IN
        self.buttons[Channel.WALK_IN].setChecked(True)

    @property
    def channel(self) -> Channel:
        return self._channel

    def set_channel(self, channel: Channel) -> None:
        self.buttons[channel].setChecked(True)
        if channel != self._channel:
            self._channel = channel
            self.changed.emit(channel)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Channel:"))
        for channel, key in zip(CHANNELS, CHANNEL_KEYS, strict=True):
            button = self.buttons[channel]
            button.setText(f"{label(channel)}  ({key_text(key)})")
            button.setAccessibleName(self.tr("Channel {channel}").format(channel=label(channel)))
            button.setToolTip(self.tr("Log the next tallies and inquiries as {channel}. Key: {key}").format(
                channel=label(channel), key=key_text(key)))


class UndoNotice(QFrame):
    """"Counted: MitID" with an undo button, for a limited time."""

    undo_requested = Signal(int)  # the tally id
    visibility_changed = Signal(bool)  # shown or hidden: the tally heading gives it its place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setObjectName("undoNoticeText")
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self._undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        self.receipt: TallyReceipt | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        self.duration_ms = UNDO_SECONDS * 1000
        self._describe: Callable[[TallyReceipt], str] = lambda r: r.category_code
        self.hide()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        super().setVisible(visible)
        self.visibility_changed.emit(visible)

    @property
    def can_undo(self) -> bool:
        return self.receipt is not None and self.isVisibleTo(self.parentWidget()) and self.timer.isActive()

    def offer(self, receipt: TallyReceipt, text: str) -> None:
        self.receipt = receipt
        self.text.setStyleSheet("")
        self.text.setText(text)
        self.undo_button.show()
        self.timer.start(self.duration_ms)
        self.show()

    def say(self, text: str, *, error: bool = False, ms: int | None = None) -> None:
        """A message without undo (a confirmation or an error), gone after a while."""
        self.receipt = None
        self.text.setStyleSheet(ERROR_STYLE if error else "")
        self.text.setText(text)
        self.undo_button.hide()
        self.timer.start(ms if ms is not None else self.duration_ms)
        self.show()

    def dismiss(self) -> None:
        self.timer.stop()
        self.receipt = None
        self.hide()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo ({key})").format(key=key_text(UNDO_KEY)))
        self.undo_button.setAccessibleName(self.tr("Undo the count"))
        self.setAccessibleName(self.tr("Notice"))

    def _undo_clicked(self) -> None:
        if self.receipt is not None:
            self.undo_requested.emit(self.receipt.id)


class TallyButton(QPushButton):
    """A tally key: "F1  MitID · I dag: 8", or "F5  Vedligehold og skimmel" over "I dag: 1"
    when that does not fit on one line. When the button is too narrow for the name (a small
    window, a large text size) it wraps onto more lines and the row grows, rather than the
    text being cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(90)

    def set_parts(self, first: str, second: str) -> None:
        self._parts = (first, second)
        self._wrap()

    def parts(self) -> tuple[str, str]:
        return self._parts

    def _room(self) -> int:
        option = QStyleOptionButton()
        option.initFrom(self)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width() - 4

    def _wrap(self) -> None:
        first, second = self._parts
        metrics, room = self.fontMetrics(), self._room()
        lines: list[str] = []
        for word in first.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}".rstrip()) <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        lines = [line.strip() for line in lines if line.strip()]
        # The count shares the name's last line when there is room, else has its own.
        together = f"{lines[-1]} · {second}" if lines else second
        if lines and metrics.horizontalAdvance(together) <= room:
            lines[-1] = together
        else:
            lines.append(second)
        text = "\n".join(lines)
        if text != self.text():
            self.setText(text)
            self.setMinimumHeight(metrics.lineSpacing() * (text.count("\n") + 1) + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._wrap()


class TallyPanel(QWidget):
    """The twelve tally buttons with today's counts; logging and undoing go through the tally service."""

    def __init__(self, db: Database, actor: Callable[[], Actor | None], desk: Callable[[], str],
                 channel: Callable[[], Channel], hub: SignalHub, notice: UndoNotice,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyPanel")
        self._db = db
        self._actor = actor
        self._desk = desk
        self._channel = channel
        self._hub = hub
        hub.tallies_changed.connect(self.refresh_counts)  # counted or undone: the counts are read again
        self.notice = notice
        self.notice.undo_requested.connect(self.undo)
        self._language = "da"
        self.codes: tuple[str, ...] = ("",) * len(TALLY_KEYS)
        self.categories: dict[str, Category] = {}
        self.counts: dict[str, int] = {}
        self.buttons: list[TallyButton] = []
        grid = QGridLayout()
        grid.setSpacing(4)
        for number, key in enumerate(TALLY_KEYS):
            button = TallyButton(self)
            button.setObjectName(f"tally{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F1-F12 reach them from anywhere on the page
            button.clicked.connect(lambda _checked=False, n=number: self.count_key(n))
            grid.addWidget(button, number // BUTTONS_PER_ROW, number % BUTTONS_PER_ROW)
            self.buttons.append(button)
        for column in range(BUTTONS_PER_ROW):
            grid.setColumnStretch(column, 1)  # equal widths, whatever the names
        self.heading = QLabel(parent)
        self.heading.setObjectName("tallyHeading")
        self.heading.setWordWrap(True)
        # Today's total is shown by the page, with today's list.
        self.total = QLabel(parent)
        self.total.setObjectName("tallyTotal")
        self.total.setWordWrap(True)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.heading.setEnabled(False)  # greyed: an explanation, in the notice's place while there is none
        # The heading and the notice take turns beside the channel (the page places them there).
        self.notice.visibility_changed.connect(lambda shown: self.heading.setVisible(not shown))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(grid)

    # -- set-up --------------------------------------------------------------------
    def set_keys(self, codes: Sequence[str], categories: Mapping[str, Category]) -> None:
        self.codes = tuple(codes)
        self.categories = dict(categories)
        self._update_buttons()

    def retranslate(self, language: str) -> None:
        self._language = language
        self.heading.setText(self.tr("Quick count (anonymous): one key per question"))
        self.notice.retranslate()
        self._update_buttons()

    # -- counting ------------------------------------------------------------------
    def category_for(self, number: int) -> Category | None:
        code = self.codes[number] if 0 <= number < len(self.codes) else ""
        return self.categories.get(code)

    def count_key(self, number: int) -> TallyReceipt | None:
        """Count one anonymous inquiry in the category of key F<number+1>."""
        category = self.category_for(number)
        actor = self._actor()
        if category is None or actor is None:
            return None
        channel = self._channel()
        desk = self._desk()
        receipt = run_action(self._db, None, "tally not counted", lambda session: tally_service.log_tally(
            session, actor, category.code, channel, desk=desk), on_error=self._notice_error).value
        if receipt is None:
            return None
        self.counts[category.code] = self.counts.get(category.code, 0) + 1
        self._update_buttons()
        self.notice.offer(receipt, self.tr("Counted: {category} ({channel}). Today: {count}.").format(
            category=category.name(self._language), channel=label(channel),
            count=self.counts[category.code]))
        self._hub.tallies_changed.emit()
        return receipt

    def undo(self, tally_id: int | None = None) -> bool:
        """Take back the tally in the notice (while it shows)."""
        receipt = self.notice.receipt
        actor = self._actor()
        if receipt is None or actor is None or (tally_id is not None and tally_id != receipt.id):
            return False
        if not run_action(self._db, None, "tally not undone", lambda session: tally_service.undo_tally(
                session, actor, receipt.id), on_error=self._notice_error):
            return False
        name = self.categories[receipt.category_code].name(self._language) \
            if receipt.category_code in self.categories else receipt.category_code
        self.notice.say(self.tr("Undone: {category}.").format(category=name), ms=3000)
        self._hub.tallies_changed.emit()
        return True

    def refresh_counts(self) -> None:
        actor = self._actor()
        if actor is None:
            self.counts = {}
        else:
            desk = self._desk()
            counts = run_action(self._db, None, "tally counts not read",  # logged; the buttons keep their counts
                                lambda session: tally_service.counts_for_day(session, actor, desk=desk)).value
            if counts is None:
                return
            self.counts = counts
        self._update_buttons()

    def _notice_error(self, exc: DomainError) -> bool:
        """Shown in the notice under the keys, not in a box."""
        self.notice.say(error_text(exc), error=True)
        return True

    def count_for(self, code: str) -> int:
        return self.counts.get(code, 0)

    # -- looks -------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        nothing = self.tr("(no category)")
        for number, (button, key) in enumerate(zip(self.buttons, TALLY_KEYS, strict=True)):
            category = self.category_for(number)
            if category is None:
                button.set_parts(key, nothing)
                button.setEnabled(False)
                button.setAccessibleName(self.tr("{key}: no category").format(key=key))
                continue
            name = category.name(self._language)
            count = self.count_for(category.code)
            button.setEnabled(True)
            today = self.tr("Today: {count}").format(count=count)
            button.set_parts(f"{key}  {name}", today)
            button.setAccessibleName(self.tr("{key}: count {category}, {count} today").format(
                key=key, category=name, count=count))
            button.setToolTip(self.tr("Press {key} to count one anonymous question about {category}.").format(
                key=key, category=name))
        keyed = {code for code in self.codes if code}
        total = sum(self.counts.values())
        others = sum(count for code, count in self.counts.items() if code not in keyed)
        text = self.tr("Counted today at this desk: {total}").format(total=total)
        if others:
            text += " · " + self.tr("other categories: {others}").format(others=others)
        self.total.setText(text)
