"""Skranken: the front-desk screen, the default page for front-desk staff.

From top to bottom: the channel (Alt+1..Alt+4) and, beside it, the undo
notice after a count; the twelve one-key tallies (F1-F12); the full inquiry with its optional resident
on the left and the suggested referrals beside it (Ctrl+Shift+1..3 takes a
suggestion, Ctrl+Enter saves; Esc only ever closes a list or empties the field
it is in, and Ctrl+Z undoes the last count or "Empty the form"); and today's
inquiries at this desk with the day's counts, which fold away to give the form
the room. At 1280x720 all of it shows without scrolling, with the first rows of
today's list. Every key works wherever the keyboard is on the page.

An unsaved form survives the lock screen (the page is hidden, not destroyed)
and the app closing: the main window asks for ``save_draft()`` on close and
``restore_draft()`` when the same person signs in again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
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
    QToolButton,
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
from referral_app.ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)

SAVE_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))


class _Body(QWidget):
    """The scrolled content. Its wrapped labels would make the scroll area ask for the
    preferred height at the current width and scroll at 1280x720; the minimum is enough,
    counted with the wrapped labels' lines at that width (else a row of them squeezes the
    form below under its minimum, and its fields overlap)."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        if layout is None:
            return self.minimumSizeHint().height()
        return max(self.minimumSizeHint().height(), layout.totalMinimumHeightForWidth(width))


class _TodayBox(QGroupBox):
    """Today's list's box. Its title row's counts wrap at a large text size; a splitter asks
    only for the minimum, so the minimum counts the wrapped lines at the box's width (else
    the list was pushed out of the bottom of its box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wrapped_height = 0

    def _height_for_width(self) -> int:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth() or self.width() <= 0:
            return 0
        return layout.totalMinimumHeightForWidth(self.width())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._height_for_width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wrapped = self._height_for_width()
        if wrapped != self._wrapped_height:  # another width, another number of lines: tell the splitter
            self._wrapped_height = wrapped
            self.updateGeometry()


class FrontDeskPage(QWidget):
    #: "Print today's list…": the main window has the Reports page make and print it.
    print_list_requested = Signal()
    #: "Export (CSV)…": today's inquiries as CSV (coordinators, as on the command line).
    export_requested = Signal()

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
        self.today_box = _TodayBox(self)
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
        # Folded out, the list always shows its header and first two rows.
        self.today.setMinimumHeight(self.today.fontMetrics().height() * 3 + 8 * 3 + 6)
        header = self.today.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CATEGORY, QHeaderView.ResizeMode.Stretch)
        self.today_count = QLabel(self.today_box)
        self.today_count.setObjectName("todayCount")
        self.today.activated.connect(self.correct_inquiry)
        self.correction_dialog: QWidget | None = None
        # Small buttons on the list's title row: the row also holds the counts.
        self.print_list_button = QToolButton(self.today_box)
        self.print_list_button.setObjectName("printTodaysList")
        self.print_list_button.setAutoRaise(True)
        self.print_list_button.clicked.connect(self.print_list_requested)
        self.export_button = QToolButton(self.today_box)
        self.export_button.setObjectName("exportToday")
        self.export_button.setAutoRaise(True)
        self.export_button.clicked.connect(self.export_requested)
        self.today_toggle = QToolButton(self.today_box)
        self.today_toggle.setObjectName("todayToggle")
        self.today_toggle.setCheckable(True)
        self.today_toggle.setChecked(True)
        self.today_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.today_toggle.setAutoRaise(True)
        self.today_toggle.toggled.connect(self.show_today)
        # The count ("Inquiries today: 3 · desk …") is the list's heading, in bold; the
        # row also holds the one-key counts, the list's buttons and the fold.
        bold = self.today_count.font()
        bold.setBold(True)
        self.today_count.setFont(bold)
        today_head = QHBoxLayout()
        today_head.addWidget(self.today_count)
        today_head.addSpacing(12)
        today_head.addWidget(self.tallies.total, 1)
        today_head.addWidget(self.print_list_button)
        today_head.addWidget(self.export_button)
        today_head.addWidget(self.today_toggle)
        today_layout = QVBoxLayout(self.today_box)
        today_layout.setContentsMargins(6, 2, 6, 4)
        today_layout.setSpacing(2)
        today_layout.addLayout(today_head)
        today_layout.addWidget(self.today, 1)
        self._today_sizes: list[int] = []
        self._sizes_pending = True
        self.signed_out = QLabel(self)
        self.signed_out.setObjectName("frontDeskSignedOut")
        self.signed_out.setWordWrap(True)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("frontDeskSplitter")
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.today_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        # One row: the channel, and beside it the tally heading or, just after a count, the undo
        # notice; at a large text size the notice wraps under the channel instead of widening the page.
        self.top = QWidget(self)
        self.top.setObjectName("frontDeskTop")
        top = FlowLayout(self.top, spacing=12)
        top.setContentsMargins(0, 0, 0, 0)
        for widget in (self.channel_bar, self.tallies.heading, self.notice):
            widget.setParent(self.top)
            top.addWidget(widget)
        # In a small window (or at a large text size) the page scrolls instead of squeezing the form.
        self.body = _Body(self)
        self.body.setObjectName("frontDeskBody")
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(8, 4, 8, 4)
        body_layout.setSpacing(4)
        body_layout.addWidget(self.signed_out)
        body_layout.addWidget(self.top)
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
        QWidget.setTabOrder(self.today, self.print_list_button)
        QWidget.setTabOrder(self.print_list_button, self.export_button)

        self._make_shortcuts()
        for widget in (self.form.category, self.form.description, self.form.resident.search,
                       self.form.resident.purpose, self.form.route.other):
            widget.installEventFilter(self)
        for grown in (self.form.route.cards.grew, self.form.resident.picked, self.form.resident.removed):
            grown.connect(lambda *_args: QTimer.singleShot(0, self, self._fit_body))
        self.form.saved.connect(self._saved)
        self.form.resident.page_requested.connect(self.open_resident_page)
        self.form.route.referred.connect(hub.referral_changed)
        hub.inquiry_logged.connect(lambda _id: self.refresh_today())
        hub.inquiry_corrected.connect(lambda _id: self.refresh_today())
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

    def _fit_body(self) -> None:
        """The suggestions need another height: the layouts between the cards and the scrolled body
        do not always pass that on (a splitter and a scroll area sit between them), so lay them
        out anew and let the scroll area size the body."""
        for widget in (self.form, *self.form.findChildren(QWidget)):
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
        self.form.updateGeometry()
        self.splitter.updateGeometry()
        body_layout = self.body.layout()
        if body_layout is not None:
            body_layout.invalidate()
        # The scroll area asks the body for its height only now and then; a minimum it cannot miss.
        self.body.setMinimumHeight(0)
        self.body.setMinimumHeight(self.body.heightForWidth(self.scroll.viewport().width()))
        # At once, not posted: a posted request was handled a few turns of the event loop later,
        # and meanwhile the page scrolled for the body's old height.
        QCoreApplication.sendEvent(self.scroll, QEvent(QEvent.Type.LayoutRequest))

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
        self.today_box.setAccessibleName(self.tr("Today at this desk"))
        self.today.setToolTip(self.tr("Enter or double-click opens the inquiry to correct it"))
        self.print_list_button.setText(self.tr("Print…"))
        self.print_list_button.setAccessibleName(self.tr("Print today's list…"))
        self.print_list_button.setToolTip(self.tr("Print today's list…") + "\n"
                                          + self.tr("Print the inquiries logged today at this desk"))
        self.export_button.setText(self.tr("CSV…"))
        self.export_button.setAccessibleName(self.tr("Export (CSV)…"))
        self.export_button.setToolTip(self.tr("Export (CSV)…") + "\n"
                                      + self.tr("Save today's inquiries (all desks, without names) as a CSV file"))
        self.today.setAccessibleName(self.tr("Inquiries logged today at this desk, newest first"))
        self._update_today_toggle()
        self.setAccessibleName(self.tr("Front desk"))
        self._update_today_count()
        self._update_signed_out()

    def _update_today_toggle(self) -> None:
        shown = self.today_toggle.isChecked()
        self.today_toggle.setText(self.tr("Hide the list") if shown else self.tr("Show the list"))
        self.today_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.today_toggle.setToolTip(self.tr("Fold today's list away to give the form more room"))

    def show_today(self, shown: bool) -> None:
        """Unfold (or fold away) today's list; folded, the form gets its room."""
        if self.today_toggle.isChecked() != shown:
            self.today_toggle.setChecked(shown)  # comes back here through toggled
            return
        if not shown:
            self._today_sizes = self.splitter.sizes()
        self.today.setVisible(shown)
        self._update_today_toggle()
        total = sum(self.splitter.sizes())
        if shown:
            sizes = self._today_sizes if len(self._today_sizes) == 2 else [total * 3 // 4, total // 4]
        else:
            folded = self.today_box.minimumSizeHint().height()
            sizes = [total - folded, folded]
        self.splitter.setSizes(sizes)

    def _update_today_count(self) -> None:
        rows = self.today_model.rowCount()
        text = self.tr("Inquiries today: {count} · desk {desk}").format(count=format_number(rows), desk=self.desk())
        hint = ""
        if not self.settings.is_named():  # the default name: say where the desk gets its own
            text += " " + self.tr("(not named)")
            hint = self.tr("name the desk under Settings → This desk…")
        self.today_count.setText(text)
        self.today_count.setToolTip(hint)  # the row also holds the counts and the list's buttons

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
        self.export_button.setVisible(self.actor is not None and self.actor.can(Permission.EXPORT_INQUIRIES))
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

    def desk_settings_changed(self) -> None:
        """The desk's name or keys changed in the settings: the keys, the counts and today's list follow."""
        self.load_categories()
        if self.actor is not None and self.actor.can(Permission.LOG_INQUIRY):
            self.tallies.refresh_counts()
            self.refresh_today()
        self._update_today_count()

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

    def correct_inquiry(self, index: QModelIndex | None = None) -> QWidget | None:
        """Open the inquiry in today's list (the current row) to correct it; the list
        is refreshed when the correction is saved."""
        from referral_app.ui.front_desk.correction import open_correction

        row = (index if index is not None else self.today.currentIndex()).row()
        inquiry = self.today_model.inquiry(row)
        if inquiry is None or self.actor is None:
            return None
        if self.correction_dialog is not None:  # the page lives all day; closed dialogs do not pile up
            self.correction_dialog.deleteLater()
        self.correction_dialog = open_correction(
            self._db, self._dialogs, self.actor, inquiry.id, self.form.category.categories, self._language, self,
            masked=self.masked, on_corrected=lambda done: self._hub.inquiry_corrected.emit(done.id))
        return self.correction_dialog

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
        state.set_blob("frontdesk/today-shown", QByteArray(b"1" if self.today_toggle.isChecked() else b"0"))

    def restore_state(self, state: WindowState) -> None:
        splitter = state.blob("frontdesk/splitter")
        self._sizes_pending = splitter is None or not self.splitter.restoreState(splitter)
        shown = state.blob("frontdesk/today-shown")
        self.show_today(shown is None or bytes(shown.data()) != b"0")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_body)  # another width, another height for the wrapped lines

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.form, self.form.refit)  # what changed while the page was hidden
        if self._sizes_pending and self.today_toggle.isChecked():
            # First time: the form takes what it asks for, today's list the rest
            # (at 1280x720, its first rows).
            self._sizes_pending = False
            total = max(sum(self.splitter.sizes()), self.splitter.height())
            form = self.form.sizeHint().height()
            self.splitter.setSizes([form, max(total - form, self.today_box.minimumSizeHint().height())])

    def open_resident_page(self, resident: object) -> None:
        """The resident's page: consents and the access report (opened from the picked resident)."""
        from referral_app.ui.resident.dialog import ResidentDialog

        ResidentDialog(self._db, self._dialogs, lambda: self.actor, resident, self).exec()  # type: ignore[arg-type]
