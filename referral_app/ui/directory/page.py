"""Tilbud: the read-only service directory, searchable while the resident waits.

Typing in the search field filters live, by the same matching rule as every
other search box (``domain.matching``: case, æ/ø/å as ae/oe/aa, word starts,
the organization's name with the service's, name matches first); Down or
Enter moves into the tree, Esc in the
tree goes back to the search field, and the detail pane shows the selected
service's hours, contacts and who it is for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.accounts import Actor
from referral_app.domain.directory import Organization, Service
from referral_app.domain.errors import DomainError
from referral_app.services import directory as directory_service
from referral_app.services import directory_admin
from referral_app.services.database import Database
from referral_app.translation import error_text
from referral_app.ui.directory.model import COL_CATEGORIES, COL_NAME, DirectoryModel
from referral_app.ui.directory.service_detail import ServiceDetailView
from referral_app.ui.directory.upkeep import UpkeepBar
from referral_app.ui.preferences import WindowState
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.columns import fit_columns
from referral_app.ui.widgets.dialogs import DialogService

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150


class DirectoryPage(QWidget):
    def __init__(self, db: Database, hub: SignalHub, dialogs: DialogService, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryPage")
        self._db = db
        self._dialogs = dialogs
        self._language = language
        self._last_error: str | None = None
        self.clock: Callable[[], datetime] = datetime.now  # tests set the moment "open now" is about

        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("directorySearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.active_only = QCheckBox(self)
        self.active_only.setObjectName("directoryActiveOnly")
        self.active_only.setChecked(True)  # closed services only when asked for
        self.count_label = QLabel(self)
        self.count_label.setObjectName("directoryCount")

        self.model = DirectoryModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("directoryTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        # The names and the state in full; the categories take what is left.
        fit_columns(header, COL_CATEGORIES)

        self.detail = ServiceDetailView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("directorySplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.active_only)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.upkeep = UpkeepBar(db, hub, language, self.current_item, self, dialogs=dialogs)
        layout.addLayout(top)
        layout.addWidget(self.upkeep)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.search_edit, self.active_only)
        QWidget.setTabOrder(self.active_only, self.tree)
        QWidget.setTabOrder(self.tree, self.detail)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.enter_tree)
        self.active_only.toggled.connect(self.refresh)
        self.search_edit.installEventFilter(self)
        self.tree.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        hub.directory_changed.connect(self.refresh)

        self.retranslate(language)
        self.refresh()

    # -- public ----------------------------------------------------------------
    def retranslate(self, language: str) -> None:
        self._language = language
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(self.tr("Name, category or keyword, e.g. lektie or MitID"))
        self.search_edit.setAccessibleName(self.tr("Search the directory"))
        self.search_edit.setToolTip(self.tr("Typing filters the list. Down or Enter moves into the list."))
        self.active_only.setText(self.tr("Only &active services"))
        self.active_only.setAccessibleName(self.tr("Only active services"))
        self.tree.setAccessibleName(self.tr("Organizations and their services"))
        self.model.set_language(language)
        self.detail.set_language(language)
        self.upkeep.retranslate(language)
        self._update_count()

    def set_actor(self, actor: Actor | None) -> None:
        """Coordinators and administrators see the buttons that change the directory."""
        self.upkeep.set_actor(actor)

    def current_item(self) -> Service | Organization | None:
        index = self.tree.currentIndex()
        return self.model.service_at(index) or self.model.organization_at(index)

    def focus_first(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def enter_tree(self) -> None:
        """Move the keyboard into the list, on the current row or the first service."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.refresh()
        if self.model.rowCount() == 0:
            return
        current = self.tree.currentIndex()
        if not current.isValid():
            first_org = self.model.index(0, COL_NAME)
            first = self.model.index(0, COL_NAME, first_org) if self.model.rowCount(first_org) else first_org
            self._select(first)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_service(self, service_id: int) -> bool:
        index = self.model.index_of_service(service_id)
        if index.isValid():
            self._select(index)
        return index.isValid()

    def refresh(self) -> None:
        """Ask the directory service again with the current search and show the result."""
        selected = self.model.service_at(self.tree.currentIndex())
        query = self.search_edit.text()
        active_only = self.active_only.isChecked()
        loaded = run_action(self._db, None, "directory could not be read", lambda session: (
            directory_service.list_directory(session, query, active_only=active_only),
            directory_admin.calendar_settings(session)), on_error=self._show_error).value
        if loaded is None:
            return
        organizations, calendar = loaded
        self._last_error = None
        now = self.clock()
        self.model.set_moment(now, calendar)
        self.detail.set_moment(now, calendar)
        self.model.set_organizations(organizations)
        for row in range(self.model.rowCount()):  # organization names use the whole width
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        if selected is None or not self.select_service(selected.id):
            self.detail.clear_selection()
        self._update_count()

    def _show_error(self, exc: DomainError) -> bool:
        message = error_text(exc)
        if message != self._last_error:  # one box per problem, not one per keystroke
            self._last_error = message
            self._dialogs.warning(self.tr("The directory could not be read"), message)
        return True

    def save_state(self, state: WindowState) -> None:
        state.set_blob("directory/splitter", self.splitter.saveState())
        state.set_blob("directory/header", self.tree.header().saveState())

    def restore_state(self, state: WindowState) -> None:
        splitter = state.blob("directory/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = state.blob("directory/header")
        if header is not None:
            self.tree.header().restoreState(header)

    # -- internals ---------------------------------------------------------------
    def _select(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index)

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        service = self.model.service_at(current)
        if service is not None:
            self.detail.show_service(service)
            return
        org = self.model.organization_at(current)
        if org is not None:
            self.detail.show_organization(org)
        else:
            self.detail.clear_selection()

    def _update_count(self) -> None:
        if self.model.rowCount() == 0 and self.search_edit.text().strip():
            self.count_label.setText(self.tr("Nothing matches"))
            return
        self.count_label.setText(self.tr("Services: {services} · Organizations: {organizations}").format(
            services=self.model.service_count(), organizations=self.model.rowCount()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_edit and key == Qt.Key.Key_Down:
                self.enter_tree()
                return True
            if watched is self.search_edit and key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
            if watched is self.tree and key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
        return super().eventFilter(watched, event)

