"""Skranken: the front-desk screen, the default page for front-desk staff.

From top to bottom: the channel (Alt+1..Alt+4) and the undo notice; the
twelve one-key tallies (F1-F12); the full inquiry with its optional resident
and referrals (Ctrl+Shift+1..3 takes a suggestion, Ctrl+Enter saves; Esc only
ever closes a list or empties the field it is in, and Ctrl+Z undoes the last
count or "Empty the form"); and today's inquiries at this desk. Every key works wherever the
keyboard is on the page.

An unsaved form survives the lock screen (the page is hidden, not destroyed)
and the app closing: the main window asks for ``save_draft()`` on close and
``restore_draft()`` when the same person signs in again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from referral_app import config
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.enums import Channel
from referral_app.domain.inquiries import Inquiry
from referral_app.services import directory as directory_service
from referral_app.services import intake as intake_service
from referral_app.services.database import Database
from referral_app.translation import format_number
from referral_app.ui.front_desk.drafts import TALLY_KEYS, DeskSettings, DraftStore
from referral_app.ui.front_desk.form import InquiryForm
from referral_app.ui.front_desk.models import COL_CATEGORY, TodayModel
from referral_app.ui.front_desk.tallies import (
    CHANNEL_KEYS,
    CHANNELS,
    UNDO_KEY,
    ChannelBar,
    TallyPanel,
    UndoNotice,
)
from referral_app.ui.preferences import WindowState
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService

log = logging.getLogger(__name__)

SAVE_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))


class _Body(QWidget):
    """The scrolled content. Its wrapped labels would make the scroll area ask for the
    preferred height at the current width and scroll at 1280x720; the minimum is enough."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.minimumSizeHint().height()


class FrontDeskPage(QWidget):
    def __init__(self, db: Database, hub: SignalHub, dialogs: DialogService, language: str,
                 parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontDeskPage")
        self._db = db
        self._hub = hub
        self._dialogs = dialogs
        self._language = language
        folder = folder or config.app_paths().config_dir
        self.settings = DeskSettings(folder)
        self.drafts = DraftStore(folder)
        self.actor: Actor | None = None
        self.masked = False

        self.channel_bar = ChannelBar(self)
        self.notice = UndoNotice(self)
        self.tallies = TallyPanel(db, lambda: self.actor, self.desk, lambda: self.channel_bar.channel, hub,
                                  self.notice, self)
        self.form = InquiryForm(db, lambda: self.actor, self.desk, lambda: self.channel_bar.channel, self)
        self.today_box = QGroupBox(self)
        self.today_model = TodayModel(self)
        self.today = QTableView(self.today_box)
        self.today.setObjectName("todayTable")
        self.today.setModel(self.today_model)
        self.today.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today.setAlternatingRowColors(True)
        self.today.verticalHeader().hide()
        self.today.verticalHeader().setDefaultSectionSize(self.today.fontMetrics().height() + 8)
        header = self.today.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CATEGORY, QHeaderView.ResizeMode.Stretch)
        self.today_count = QLabel(self.today_box)
        self.today_count.setObjectName("todayCount")
        today_layout = QVBoxLayout(self.today_box)
        today_layout.addWidget(self.today_count)
        today_layout.addWidget(self.today, 1)
        self.signed_out = QLabel(self)
        self.signed_out.setObjectName("frontDeskSignedOut")
        self.signed_out.setWordWrap(True)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("frontDeskSplitter")
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.today_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(self.channel_bar, 3)
        top.addWidget(self.tallies.total, 1)
        # In a small window (or at a large text size) the page scrolls instead of squeezing the form.
        self.body = _Body(self)
        self.body.setObjectName("frontDeskBody")
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(8, 6, 8, 6)
        body_layout.setSpacing(6)
        body_layout.addWidget(self.signed_out)
        body_layout.addLayout(top)
        body_layout.addWidget(self.tallies)
        body_layout.addWidget(self.splitter, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("frontDeskScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        QWidget.setTabOrder(self.form.clear_button, self.today)

        self._make_shortcuts()
        for widget in (self.form.category, self.form.description, self.form.resident.search,
                       self.form.resident.purpose, self.form.route.other):
            widget.installEventFilter(self)
        self.form.saved.connect(self._saved)
        self.form.resident.page_requested.connect(self.open_resident_page)
        self.form.route.referred.connect(hub.referral_changed)
        hub.inquiry_logged.connect(lambda _id: self.refresh_today())
        hub.names_masked_changed.connect(self.set_masked)
        hub.directory_changed.connect(self.load_categories)

        self.retranslate(language)
        self.load_categories()
        self._apply_actor()

    # -- keys ---------------------------------------------------------------------------
    def _shortcut(self, key: QKeySequence, slot: object) -> QShortcut:
        shortcut = QShortcut(key, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _make_shortcuts(self) -> None:
        self.tally_shortcuts = [
            self._shortcut(QKeySequence(key), lambda n=number: self.tallies.count_key(n))
            for number, key in enumerate(TALLY_KEYS)
        ]
        self.channel_shortcuts = [
            self._shortcut(key, lambda c=channel: self.channel_bar.set_channel(c))
            for key, channel in zip(CHANNEL_KEYS, CHANNELS, strict=True)
        ]
        self.undo_shortcut = self._shortcut(UNDO_KEY, self.undo)
        self.save_shortcuts = [self._shortcut(key, self.form.save) for key in SAVE_KEYS]

    def undo_tally(self) -> bool:
        return self.notice.can_undo and self.tallies.undo()

    def undo(self) -> bool:
        """Ctrl+Z on the page: the count just made (its notice shows for a short while), else
        the form just emptied."""
        return self.undo_tally() or self.form.undo_clear()

    def _page_undo_pending(self) -> bool:
        return self.notice.can_undo or self.form.can_undo_clear

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # While an undo is offered, Ctrl+Z undoes the tally or the emptied form, not the typing in
        # a text field: refusing the override lets the page's shortcut have the key.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Undo) and self._page_undo_pending()):
            return True
        return super().eventFilter(watched, event)

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self, language: str) -> None:
        self._language = language
        self.channel_bar.retranslate()
        self.tallies.retranslate(language)
        self.form.retranslate(language)
        self.today_model.set_language(language)
        self.today_box.setTitle(self.tr("Today at this desk"))
        self.today.setAccessibleName(self.tr("Inquiries logged today at this desk, newest first"))
        self.setAccessibleName(self.tr("Front desk"))
        self._update_today_count()
        self._update_signed_out()

    def _update_today_count(self) -> None:
        rows = self.today_model.rowCount()
        self.today_count.setText(self.tr("Inquiries today: {count} · desk {desk}").format(
            count=format_number(rows), desk=self.desk()))

    def _update_signed_out(self) -> None:
        if self.actor is None:
            self.signed_out.setText(self.tr("Sign in to log inquiries."))
        elif not self.actor.can(Permission.LOG_INQUIRY):
            self.signed_out.setText(self.tr("Your role cannot log inquiries; the front desk is for front-desk "
                                            "staff and coordinators."))
        else:
            self.signed_out.clear()
        self.signed_out.setVisible(bool(self.signed_out.text()))

    # -- who is at the desk ------------------------------------------------------------------
    def desk(self) -> str:
        return self.settings.desk()

    def set_actor(self, actor: Actor) -> None:
        """A new person at the desk keeps nobody else's unsaved form on screen: it becomes
        the previous person's draft."""
        previous = self.actor
        if previous is not None and previous.user_id != actor.user_id:
            self.save_draft()
            self.form.clear()
        self.actor = actor
        self._apply_actor()

    def _apply_actor(self) -> None:
        usable = self.actor is not None and self.actor.can(Permission.LOG_INQUIRY)
        for widget in (self.channel_bar, self.tallies, self.form, self.today_box):
            widget.setEnabled(usable)
        for shortcut in (*self.tally_shortcuts, *self.channel_shortcuts, *self.save_shortcuts,
                         self.undo_shortcut):
            shortcut.setEnabled(usable)
        self._update_signed_out()
        if usable:
            self.tallies.refresh_counts()
            self.refresh_today()
        else:
            self.today_model.set_rows(())
            self._update_today_count()

    def focus_first(self) -> None:
        self.form.focus_first()

    def focus_search(self) -> None:
        self.form.resident.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.resident.search.selectAll()

    # -- data ---------------------------------------------------------------------------------
    def load_categories(self) -> None:
        categories = run_action(self._db, self._dialogs, self.tr("The categories could not be read"),
                                directory_service.list_categories).value
        if categories is None:
            return
        self.form.set_categories(categories)
        self.form.route.invalidate_services()
        self.tallies.set_keys(self.settings.tally_codes(), {c.code: c for c in categories})

    def refresh_today(self) -> None:
        if self.actor is None or not self.actor.can(Permission.LOG_INQUIRY):
            return
        actor, desk = self.actor, self.desk()
        rows = run_action(self._db, None, "today's inquiries",  # a side list: logged, no box
                          lambda session: intake_service.todays_inquiries(session, actor, desk=desk)).value
        if rows is None:
            return
        self.today_model.set_rows(rows)
        self._update_today_count()

    def _saved(self, inquiry: Inquiry) -> None:
        self._hub.inquiry_logged.emit(inquiry.id)

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        self.today_model.set_masked(masked)
        self.form.resident.set_masked(masked)

    # -- drafts ----------------------------------------------------------------------------------
    def save_draft(self) -> Path | None:
        """Keep the unsaved form of the person at the desk on this computer."""
        if self.actor is None or not self.form.has_content():
            return None
        try:
            return self.drafts.save(self.form.to_draft(self.actor.user_id))
        except OSError as exc:
            log.warning("draft not saved: %s", exc)
            return None

    def restore_draft(self) -> bool:
        """Fill the form with the signed-in person's draft, if any; the file is deleted."""
        if self.actor is None or not self.actor.can(Permission.LOG_INQUIRY):
            return False
        draft = self.drafts.take(self.actor.user_id)
        if draft is None:
            return False
        try:
            self.channel_bar.set_channel(Channel(draft.channel))
        except ValueError:
            self.channel_bar.set_channel(Channel.WALK_IN)
        self.form.restore(draft)
        return True

    # -- layout ------------------------------------------------------------------------------------
    def save_state(self, state: WindowState) -> None:
        state.set_blob("frontdesk/splitter", self.splitter.saveState())

    def restore_state(self, state: WindowState) -> None:
        splitter = state.blob("frontdesk/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([55, 45])  # a proportion: room for today's list under the form

    def open_resident_page(self, resident: object) -> None:
        """The resident's page: consents and the access report (opened from the picked resident)."""
        from referral_app.ui.resident.dialog import ResidentDialog

        ResidentDialog(self._db, self._dialogs, lambda: self.actor, resident, self).exec()  # type: ignore[arg-type]
