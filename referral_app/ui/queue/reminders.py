"""Reminders of follow-ups that fall due.

On sign-in and every few minutes the counts are read (``services.reminders``):
a coordinator sees how many open referrals are overdue and due today, with a
button to the queue filtered to them; front-desk staff see the ones they made.
The count also shows as a badge in the main window's navigation, and, where
the desktop has a system tray and the desk has not switched it off, as a
desktop notification. A dismissed notice comes back only when the numbers grow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.referrals import FollowUpCounts
from referral_app.services import reminders as reminder_service
from referral_app.services.database import Database
from referral_app.translation import format_number
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.actions import run_action

#: How often the counts are read again while someone is signed in.
REMINDER_INTERVAL_MS = 5 * 60_000
NOTICE_STYLE = ("QFrame#reminderNotice { background: #fff4ce; border: 1px solid #c9a227; border-radius: 4px; }"
                " QLabel#reminderText { color: #3d2f00; }")


class ReminderNotice(QFrame):
    """"2 referrals are overdue and 1 is due today." with a button to them and a close button."""

    open_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(NOTICE_STYLE)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.text = QLabel(self)
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("reminderOpen")
        self.open_button.clicked.connect(self.open_requested)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("reminderClose")
        self.close_button.clicked.connect(self._close_clicked)
        # The notice sits under the navigation, a narrow column: the text wraps beside its icon
        # and the buttons go one under the other, so no page loses a line of its height to it.
        text_row = QHBoxLayout()
        text_row.setSpacing(6)
        text_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        text_row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(text_row)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.counts: FollowUpCounts | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Show &them"))
        self.open_button.setToolTip(self.tr("Open the referral queue with the referrals that are overdue or "
                                            "due today"))
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setToolTip(self.tr("Hide this reminder until more referrals fall due"))
        self.setAccessibleName(self.tr("Reminder"))
        if self.counts is not None:
            self.show_counts(self.counts)

    def show_counts(self, counts: FollowUpCounts) -> None:
        self.counts = counts
        self.text.setText(describe(counts))
        self.open_button.setVisible(not counts.mine_only)
        self.show()

    def _close_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()


def describe(counts: FollowUpCounts) -> str:
    """The reminder in words, in the language in use."""
    overdue = format_number(counts.overdue)
    today = format_number(counts.due_today)
    if counts.mine_only:
        text = QCoreApplication.translate("Reminders", "Referrals you made: {overdue} overdue, {today} due today.")
        return text.format(overdue=overdue, today=today) + " " + QCoreApplication.translate(
            "Reminders", "A coordinator follows them up; tell them what you know.")
    return QCoreApplication.translate("Reminders", "Follow-up: {overdue} referrals overdue, {today} due today.").format(
        overdue=overdue, today=today)


class Reminders(QObject):
    """Reads the counts on sign-in and every ``REMINDER_INTERVAL_MS``, and tells the notice,
    the navigation badge (``counts_changed``) and, if wanted, the desktop."""

    counts_changed = Signal(object)  # FollowUpCounts | None

    def __init__(self, db: Database, hub: SignalHub, actor: Callable[[], Actor | None], notice: ReminderNotice,
                 desktop_wanted: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.notice = notice
        self._desktop_wanted = desktop_wanted
        self.counts: FollowUpCounts | None = None
        self._dismissed_at: int | None = None  # the total when the notice was dismissed
        self.timer = QTimer(self)
        self.timer.setInterval(REMINDER_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.check())
        self.tray: QSystemTrayIcon | None = None
        notice.dismissed.connect(self._dismissed)
        hub.referral_changed.connect(lambda _id: self.check(notify=False))

    def start(self) -> None:
        """Someone signed in: show what is due now, and again every few minutes."""
        self._dismissed_at = None
        self.check(signed_in=True)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self, *, signed_in: bool = False, notify: bool = True) -> FollowUpCounts | None:
        actor = self._actor()
        counts = None
        if actor is not None:
            counts = run_action(self._db, None, "reminder counts",  # a side note: logged, no box
                                lambda session: reminder_service.follow_up_counts(session, actor)).value
        grew = counts is not None and (self.counts is None or counts.total > self.counts.total)
        self.counts = counts
        self.counts_changed.emit(counts)
        if counts is None or counts.total == 0:
            self.notice.hide()
            return counts
        if self._dismissed_at is not None and counts.total <= self._dismissed_at:
            return counts
        self._dismissed_at = None
        self.notice.show_counts(counts)
        if notify and (signed_in or grew):
            self._notify_desktop(counts)
        return counts

    def retranslate(self) -> None:
        self.notice.retranslate()

    def _dismissed(self) -> None:
        self._dismissed_at = self.counts.total if self.counts is not None else 0

    def _notify_desktop(self, counts: FollowUpCounts) -> None:
        if not self._desktop_wanted() or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self)
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            self.tray.setIcon(icon)
            self.tray.messageClicked.connect(self.notice.open_requested)
        self.tray.setToolTip("Fælles Indgang")
        self.tray.show()
        self.tray.showMessage("Fælles Indgang", describe(counts), QSystemTrayIcon.MessageIcon.Information,
                              15_000)

    def badge(self, title: str) -> str:
        """A navigation title with the count: "Henvisninger (3)"; the plain title when nothing is due."""
        counts = self.counts
        if counts is None or counts.mine_only or counts.total == 0:
            return title
        return f"{title} ({format_number(counts.total)})"

