"""Henvisninger: the coordinator's queue of referrals, followed until closed.

Only roles that review the queue (coordinators) see it; others get a
sentence saying so. The table is a paged model over the referral service's
queue: the first page of a new filter or sort is logged as a search, later
pages and refreshes of the same search are not. The queue refreshes when a
referral changes here (the signal hub) and every 30 seconds while it is on
screen, keeping the selection, so changes from other desks appear.

Free text (names, services, inquiry text) is searched on a search thread of
its own when the filter or the sort changes and on the poll: the window goes
on taking keys, and only the newest search's answer is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.directory import Category, Organization, Service
from referral_app.domain.errors import DomainError
from referral_app.domain.paging import ListSize
from referral_app.domain.referrals import QueueFilter, Referral
from referral_app.services import directory as directory_service
from referral_app.services import referrals as referral_service
from referral_app.services.database import Database, Session
from referral_app.translation import error_text, format_number
from referral_app.ui.queue.actions import QueueActions
from referral_app.ui.queue.detail import ReferralDetail
from referral_app.ui.queue.filters import QueueFilterBar
from referral_app.ui.queue.model import PAGE_SIZE, QueueModel
from referral_app.ui.queue.table import QueueTable
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.actions import Outcome, run_action
from referral_app.ui.widgets.deferred import after_first_paint
from referral_app.ui.widgets.dialogs import DialogService
from referral_app.ui.widgets.forms import notice_label
from referral_app.ui.widgets.paging import PageRequest
from referral_app.ui.widgets.worker import LatestOnly

log = logging.getLogger(__name__)

T = TypeVar("T")

POLL_MS = 30_000
DETAIL_DELAY_MS = 150  # arrowing through the list opens (and logs) only the referral it stops on


class QueuePager:
    """Reads pages of one queue search (filter and sort), each in a short transaction of
    its own: after or before a row the table still holds (keyset), or from the end."""

    def __init__(self, db: Database, actor: Actor, flt: QueueFilter, sort: str, descending: bool) -> None:
        self.db, self.actor, self.flt, self.sort, self.descending = db, actor, flt, sort, descending

    def read(self, request: PageRequest[Referral]) -> tuple[Referral, ...]:
        try:
            with self.db.begin() as session:
                return referral_service.list_queue(
                    session, self.actor, self.flt, sort=self.sort, descending=self.descending,
                    offset=request.end_offset if request.from_end else request.offset, limit=request.limit,
                    after=request.after, before=request.before, from_end=request.from_end, log_search=False)
        except DomainError as exc:
            log.warning("a page of the queue could not be read: %s", exc)
            return ()


class ReferralQueuePage(QWidget):
    #: Ctrl+P: print the case summary of this inquiry (the main window hands it to the Reports page).
    print_case_requested = Signal(int)

    def __init__(self, db: Database, hub: SignalHub, dialogs: DialogService, actor: Callable[[], Actor | None],
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPage")
        self.db, self.hub, self.dialogs, self.actor = db, hub, dialogs, actor
        self.language = language
        self.masked = False
        self._organizations: tuple[Organization, ...] = ()
        self._categories: tuple[Category, ...] = ()
        self._directory_pending = False
        self._logged_search: tuple[QueueFilter, str, bool] | None = None
        self._stale = False
        self._last_error: str | None = None
        self._shown_id: int | None = None
        self._announcing = False
        # Free-text searches: one thread, the newest answer wins (see _refresh_soon).
        self._searches = LatestOnly(self)
        self._enter_after_search = False

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.notice = notice_label(self, "queueNotice")
        self.content = QWidget(self)
        self.filters = QueueFilterBar(self.content)
        self.summary = QLabel(self.content)
        self.summary.setObjectName("queueSummary")
        self.model = QueueModel(self)
        self.table = QueueTable(self.model, self.content)
        self.detail = ReferralDetail(self.content)
        self.detail.set_category_names(self.model.category_name)
        self.actions = QueueActions(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self.content)
        self.splitter.setObjectName("queueSplitter")
        # In a small window or at a large text size the detail scrolls instead of squeezing its rows.
        self.detail_scroll = QScrollArea(self.content)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.summary)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.filters)
        content_layout.addWidget(self.actions.bar)
        content_layout.addWidget(self.splitter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.notice, 0, Qt.AlignmentFlag.AlignTop)  # at the top when the queue is hidden
        self._page_layout = layout
        layout.addWidget(self.content, 1)
        QWidget.setTabOrder(self.filters.due_today, self.table)

        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(lambda: self._load_detail(log_view=True))
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self._poll)
        self.poll_timer.start()

        self.filters.changed.connect(self._refresh_soon)
        self.filters.search.returnPressed.connect(self.enter_table)
        self.table.sort_changed.connect(self._refresh_soon)
        self.table.escape_pressed.connect(self.focus_search)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.size_changed.connect(self._update_summary)
        self.table.end_requested.connect(self._count_all)
        self.detail.open_resident_requested.connect(self.actions.open_resident)
        hub.referral_changed.connect(self._changed_elsewhere)
        hub.inquiry_corrected.connect(self._changed_elsewhere)  # its category or resident shows in the queue
        hub.names_masked_changed.connect(self.set_masked)
        hub.directory_changed.connect(self._load_options)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_case_action = QAction(self)
        self.print_case_action.setObjectName("printCaseAction")
        self.print_case_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_case_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_case_action.triggered.connect(self.print_case_summary)
        self.addAction(self.print_case_action)
        self.print_case_button = QPushButton(self.actions.bar)
        self.print_case_button.setObjectName("printCaseButton")
        self.print_case_button.clicked.connect(self.print_case_summary)
        self.actions.bar.layout().addWidget(self.print_case_button)
        self.retranslate(language)
        self.apply_role()

    # -- public --------------------------------------------------------------------
    def retranslate(self, language: str) -> None:
        self.language = language
        self.title.setText(self.tr("Referral queue"))
        self.notice.setText(self.tr("The referral queue is for coordinators. Your role does not follow up "
                                    "referrals here; ask a coordinator."))
        self.table.setAccessibleName(self.tr("Referrals in the queue"))
        self.filters.retranslate(language)
        self.actions.retranslate()
        self.print_case_action.setText(self.tr("Print case summary…"))
        self.print_case_button.setText(self.tr("Print case summary…"))
        key = self.print_case_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.print_case_button.setToolTip(self.tr("Print the case summary of the chosen referral's inquiry "
                                                  "({key})").format(key=key))
        self.detail.retranslate()
        self.model.set_language(language)
        self._update_summary()

    def may_use(self) -> bool:
        actor = self.actor()
        return actor is not None and actor.can(Permission.REVIEW_QUEUE)

    def apply_role(self) -> None:
        """Show the queue to coordinators and load it; everyone else sees why not."""
        allowed = self.may_use()
        self.content.setVisible(allowed)
        self.summary.setVisible(allowed)
        self.notice.setVisible(not allowed)
        # Without the queue the notice's cell takes the room, and the notice sits at its top.
        self._page_layout.setStretchFactor(self.notice, 0 if allowed else 1)
        for action in self.actions.all_actions:
            action.setEnabled(allowed and action.isEnabled())
        self._logged_search = None
        if not allowed:
            self.model.clear()
            self.detail.show_referral(None, masked=True)
            self._shown_id = None
            return
        self._load_options()
        self.refresh()

    def focus_first(self) -> None:
        self.focus_search()

    def print_case_summary(self) -> bool:
        """The case summary of the referral on screen, printed from here (Ctrl+P)."""
        referral = self.shown_referral()
        actor = self.actor()
        if referral is None or actor is None or not actor.can(Permission.PRINT_CASE):
            return False
        self.print_case_requested.emit(referral.inquiry_id)
        return True

    def show_due_by_today(self) -> None:
        """The referrals a reminder counts: overdue or due today, the first one chosen."""
        if not self.may_use():
            return
        self.filters.show_due_by_today()
        self.enter_table()

    def focus_search(self) -> None:
        if self.may_use():
            self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filters.search.selectAll()

    def enter_table(self) -> None:
        self.filters.apply_now()
        if self.searching:  # the first row is chosen when the search answers
            self._enter_after_search = True
        else:
            self._choose_first_row()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose_first_row(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_referral(self.model.referral(0).id)  # type: ignore[union-attr]

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        self.model.set_masked(masked)
        if masked:
            self.detail.close_resident()

    def active_services(self) -> list[Service]:
        self._load_directory()  # (at once, if asked for before the event loop turned)
        return [s for org in self._organizations for s in org.services if s.is_active]

    def selected_ids(self) -> list[int]:
        return [r.id for r in (self.model.referral(row) for row in self.table.selected_rows()) if r is not None]

    def shown_referral(self) -> Referral | None:
        """The referral in the detail pane, as last read (its version goes with every change)."""
        if self._detail_timer.isActive():
            self._detail_timer.stop()
            self._load_detail(log_view=True)
        return self.detail.referral

    def select_referral(self, referral_id: int, near: int | None = None) -> bool:
        row = self.model.row_of(referral_id, near)
        if row is None:
            return False
        self.table.select_row(row)
        return True

    # -- loading -------------------------------------------------------------------
    def refresh(self) -> None:
        """Query the queue again with the current filter and sort, keeping the selection."""
        actor = self.actor()
        if actor is None or not self.may_use():
            return
        self._searches.forget()  # read now: an answer still coming would be older
        self._stale = False
        search, log_search = self._search()
        read = self._run(self.tr("The referral queue could not be read"),
                         lambda session: self._first_page(session, actor, search, log_search)).value
        if read is not None:
            self._show_first_page(actor, search, *read)

    def _search(self) -> tuple[tuple[QueueFilter, str, bool], bool]:
        """The filter and sort as they are, and whether reading them is a new search to log."""
        sort, descending = self.table.sort_key()
        search = (self.filters.current_filter(), sort, descending)
        return search, search != self._logged_search

    @staticmethod
    def _first_page(session: Session, actor: Actor, search: tuple[QueueFilter, str, bool],
                    log_search: bool) -> tuple[ListSize, tuple[Referral, ...]]:
        flt, sort, descending = search
        return (referral_service.queue_size(session, actor, flt),
                referral_service.list_queue(session, actor, flt, sort=sort, descending=descending,
                                            offset=0, limit=PAGE_SIZE, log_search=log_search))

    def _show_first_page(self, actor: Actor, search: tuple[QueueFilter, str, bool], size: ListSize,
                         first: tuple[Referral, ...]) -> None:
        flt, sort, descending = search
        if not size.exact:  # counted in part: the first page may already tell more
            size = ListSize(len(first)) if len(first) < PAGE_SIZE else ListSize(max(size.count, len(first)), False)
        self._last_error = None
        self._logged_search = search
        pager = QueuePager(self.db, actor, flt, sort, descending)
        keep_current = self._shown_id
        old_row = self.table.currentIndex().row()
        keep_selected = set(self.selected_ids())
        self.model.reset(size.count, pager, first, exact=size.exact)
        self._restore_selection(keep_current, old_row, keep_selected)
        self._update_summary()

    # -- free text on the search thread --------------------------------------------------
    @property
    def searching(self) -> bool:
        """A free-text search has been asked for and has not answered yet."""
        return self._searches.busy

    def _refresh_soon(self) -> None:
        """Refresh: at once without free text; with it, on the search thread."""
        flt = self.filters.current_filter()
        if not (flt.text and flt.text.strip()):
            self.refresh()
            return
        actor = self.actor()
        if actor is None or not self.may_use():
            return
        self._stale = False
        search, log_search = self._search()
        db, first_page = self.db, self._first_page

        def work() -> tuple[ListSize, tuple[Referral, ...]]:
            with db.begin() as session:
                return first_page(session, actor, search, log_search)

        def answered(read: tuple[ListSize, tuple[Referral, ...]] | DomainError) -> None:
            self._searched(read, actor, search)

        self._searches.run(work, answered, self._search_failed)

    def _searched(self, read: tuple[ListSize, tuple[Referral, ...]] | DomainError, actor: Actor,
                  search: tuple[QueueFilter, str, bool]) -> None:
        enter, self._enter_after_search = self._enter_after_search, False
        if isinstance(read, DomainError):
            self._show_error(self.tr("The referral queue could not be read"), read)
            return
        self._show_first_page(actor, search, *read)
        if enter:
            self._choose_first_row()

    def _search_failed(self, exc: BaseException) -> None:
        log.error("queue search failed", exc_info=exc)
        self._enter_after_search = False
        self.dialogs.warning(self.tr("The referral queue could not be read"),
                             self.tr("The search failed. Try again, or ask the administrator."))

    def wait_for_search(self, timeout_ms: int = 10_000) -> bool:
        """Block until the search thread is idle (tests, benchmarks and shutdown);
        the answer then arrives through the event loop."""
        return self._searches.wait(timeout_ms)

    def _count_all(self) -> None:
        """The exact count of a list counted only in part (free text), for a jump to its end."""
        actor = self.actor()
        pager = self.model.pager
        if actor is None or not isinstance(pager, QueuePager) or self.model.exact:
            return
        total = self._run(self.tr("The referral queue could not be read"),
                          lambda session: referral_service.count_queue(session, actor, pager.flt)).value
        if total is not None:
            self.model.settle(total)

    def reload(self) -> None:
        """The list and the referral shown, as they are in the database now."""
        self.refresh()
        if self._shown_id is not None and self.detail.referral is not None:
            self._load_detail(log_view=False, referral_id=self._shown_id)

    def changed(self, referral_ids: Iterable[int], select: int | None) -> None:
        """After a change made here: tell the other pages, reload, and show ``select``."""
        self._announcing = True  # this page reloads once below, not once per signal
        try:
            for referral_id in referral_ids:
                self.hub.referral_changed.emit(referral_id)
        finally:
            self._announcing = False
        self.refresh()
        if select is not None:
            self.select_referral(select)
            # Shown even when it left the list (a closed referral in the open queue).
            self._load_detail(log_view=False, referral_id=select)

    def _changed_elsewhere(self, _referral_id: int) -> None:
        if self._announcing:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _poll(self) -> None:
        if self.isVisible() and self.may_use():
            self._refresh_soon()
            if self._shown_id is not None and self.detail.referral is not None:
                self._load_detail(log_view=False, referral_id=self._shown_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and self.may_use():
            self.reload()

    def _load_options(self) -> None:
        """The categories at once (the rows show their names); the directory's organizations
        and services, for the filters and "refer on", just after the first rows are painted
        (reading the whole directory costs more than the first page of the queue)."""
        if not self.may_use():
            return
        categories = self._run(self.tr("The directory could not be read"), directory_service.list_categories).value
        if categories is None:
            return
        self._categories = categories
        self.filters.set_options(self._organizations, categories)
        self.model.set_language(self.language, ((c.code, c.name_da, c.name_en) for c in categories))
        self._directory_pending = True
        if self.table.viewport().isVisible():
            QTimer.singleShot(0, self, self._load_directory)
        else:  # the page is being built: once its first rows are painted
            after_first_paint(self.table.viewport(), self._load_directory)

    def _load_directory(self) -> None:
        if not self._directory_pending or not self.may_use():
            return
        organizations = self._run(self.tr("The directory could not be read"), directory_service.list_directory).value
        if organizations is None:
            return
        self._directory_pending = False
        self._organizations = organizations
        self.filters.set_options(organizations, self._categories)

    def _load_detail(self, *, log_view: bool, referral_id: int | None = None) -> None:
        actor = self.actor()
        if referral_id is None:
            current = self.model.referral(self.table.currentIndex().row())
            referral_id = current.id if current is not None else None
        if actor is None or referral_id is None:
            self._shown_id = None
            self.detail.show_referral(None, masked=self.masked)
            self._update_actions()
            return
        referral = self._run(self.tr("The referral could not be read"),
                             lambda session: referral_service.get(session, actor, referral_id, log=log_view)).value
        if referral is None:
            return
        self._shown_id = referral.id
        self.detail.show_referral(referral, masked=self.masked)
        self._update_actions()

    def _restore_selection(self, current_id: int | None, old_row: int, selected: set[int]) -> None:
        selection = QItemSelection()
        for referral_id in selected:
            row = self.model.row_of(referral_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        if current_id is not None and self.select_referral(current_id, old_row if old_row >= 0 else None):
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
        self._update_actions()

    # -- reacting ------------------------------------------------------------------
    def _current_changed(self, current: Any, _previous: Any) -> None:
        referral = self.model.referral(current.row()) if current.isValid() else None
        if referral is None:
            return
        if referral.id == self._shown_id and self.detail.referral is not None:
            self._update_actions()
            return
        self._detail_timer.start()

    def _selection_changed(self, *_args: object) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        allowed = self.may_use()
        self.actions.update_enabled(self.detail.referral if allowed else None,
                                    len(self.table.selectionModel().selectedRows()) if allowed else 0)
        actor = self.actor()
        printable = allowed and self.detail.referral is not None and actor is not None \
            and actor.can(Permission.PRINT_CASE)
        self.print_case_action.setEnabled(printable)
        self.print_case_button.setEnabled(printable)

    def _update_summary(self) -> None:
        if self.model.exact:
            self.summary.setText(self.tr("%n referrals", "", self.model.rowCount()))
        else:  # counted only in part: the rest would take reading every row
            self.summary.setText(self.tr("more than %1 referrals").replace("%1", format_number(self.model.rowCount())))

    def _run(self, title: str, fn: Callable[[Session], T]) -> Outcome[T]:
        """A read for the page: an error is shown once per problem, not once per poll."""
        return run_action(self.db, None, title, fn, on_error=lambda exc: self._show_error(title, exc))

    def _show_error(self, title: str, exc: DomainError) -> bool:
        log.warning("%s: %s", title, exc)
        message = error_text(exc)
        if message != self._last_error:
            self._last_error = message
            self.dialogs.warning(title, message)
        return True
