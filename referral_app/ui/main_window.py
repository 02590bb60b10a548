"""The main window: navigation on the left, one page at a time on the right.

Ctrl+1..Ctrl+5 switch pages, Ctrl+F searches the current page, and the status
bar says which database is in use and in which language the app speaks.

A page (and its module) is built the first time it is shown or asked for
(``page``, ``pages[i]``, ``referral_page``…): the navigation lists them all from
the start, and start-up pays only for the page on screen. A page built later is
made in the current language, for the person signed in, with names hidden if
they are, and with its stored layout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from referral_app import __version__, translation
from referral_app.config import app_paths
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.enums import Role
from referral_app.domain.settings import AppSettings
from referral_app.lazy import lazy_module
from referral_app.services import settings as settings_service
from referral_app.services.database import Database, Session
from referral_app.ui.directory.hsds_import import DirectoryImport
from referral_app.ui.preferences import Preferences, WindowState
from referral_app.ui.queue.reminders import ReminderNotice, Reminders
from referral_app.ui.session.idle import IdleWatcher
from referral_app.ui.session.lock_screen import LockScreen
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.actions import run_action
from referral_app.ui.widgets.dialogs import DialogService

if TYPE_CHECKING:
    from referral_app.services import accounts as accounts_service
    from referral_app.services import directory as directory_service
    from referral_app.ui.admin.page import AdminPage
    from referral_app.ui.desk_settings.dialog import DeskChoices
    from referral_app.ui.directory.page import DirectoryPage
    from referral_app.ui.front_desk.page import FrontDeskPage
    from referral_app.ui.queue.page import ReferralQueuePage
    from referral_app.ui.reports.page import ReportsPage
else:  # loaded when first used (sign-out, a password, the settings dialog): the accounts bring argon2
    accounts_service = lazy_module("referral_app.services.accounts")
    directory_service = lazy_module("referral_app.services.directory")

PAGE_FRONT_DESK, PAGE_REFERRALS, PAGE_DIRECTORY, PAGE_REPORTS, PAGE_ADMIN = range(5)
PAGE_COUNT = 5
#: Language names are shown in their own language, whatever the app speaks.
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}
#: The object name of a page's stand-in until the page is built.
PLACEHOLDER = "pagePlaceholder"
#: The module of each page, imported when the page is first built (or ahead of it, see app.Launch).
PAGE_MODULES = {
    PAGE_FRONT_DESK: "referral_app.ui.front_desk.page",
    PAGE_REFERRALS: "referral_app.ui.queue.page",
    PAGE_DIRECTORY: "referral_app.ui.directory.page",
    PAGE_REPORTS: "referral_app.ui.reports.page",
    PAGE_ADMIN: "referral_app.ui.admin.page",
}


class Pages(Sequence[QWidget]):
    """The window's pages in navigation order; reading one builds it if it is not built yet."""

    def __init__(self, build: Callable[[int], QWidget]) -> None:
        self._build = build

    def __len__(self) -> int:
        return PAGE_COUNT

    @overload
    def __getitem__(self, index: int) -> QWidget: ...

    @overload
    def __getitem__(self, index: slice) -> list[QWidget]: ...

    def __getitem__(self, index: int | slice) -> QWidget | list[QWidget]:
        if isinstance(index, slice):
            return [self._build(i) for i in range(PAGE_COUNT)[index]]
        if not -PAGE_COUNT <= index < PAGE_COUNT:
            raise IndexError(index)
        return self._build(index % PAGE_COUNT)

    def __iter__(self) -> Iterator[QWidget]:
        return (self._build(i) for i in range(PAGE_COUNT))


class MainWindow(QMainWindow):
    def __init__(self, db: Database, hub: SignalHub, dialogs: DialogService, preferences: Preferences,
                 window_state: WindowState, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.db = db
        self.hub = hub
        self.dialogs = dialogs
        self.preferences = preferences
        self.window_state = window_state
        self.language = language
        self.actor: Actor | None = None
        self.names_masked = False

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(240)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)
        self.stack = QStackedWidget(self)
        # Each page's stand-in until it is built (``page``); the navigation lists every page at once.
        self._built: dict[int, QWidget] = {}
        self._restoring = False
        self._last_referral: int | None = None  # the Reports page's slip default, also before it is built
        self.pages = Pages(self.page)
        for _index in range(PAGE_COUNT):
            placeholder = QWidget(self.stack)
            placeholder.setObjectName(PLACEHOLDER)
            self.stack.addWidget(placeholder)
            QListWidgetItem(self.nav)
        hub.referral_changed.connect(self._referral_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        # Reminders of referrals falling due show under the navigation, beside whichever page is
        # open (the column has room to spare; above the pages it cost the front desk a line at 1280x720).
        self.reminder_notice = ReminderNotice(self)
        nav_column = QWidget(self)
        nav_column.setObjectName("navigationColumn")
        nav_layout = QVBoxLayout(nav_column)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.setSpacing(4)
        nav_layout.addWidget(self.nav, 1)
        nav_layout.addWidget(self.reminder_notice)
        self.splitter.addWidget(nav_column)
        self.reminders = Reminders(db, hub, lambda: self.actor, self.reminder_notice,
                                   lambda: self.preferences.desktop_notifications, self)
        self.reminder_notice.open_requested.connect(self.open_due_referrals)
        self.reminders.counts_changed.connect(lambda _counts: self._update_nav_titles())
        right = QWidget(self)
        right.setObjectName("pageArea")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2)
        right_layout.addWidget(self.stack, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # The lock screen replaces the pages without destroying them, so unsaved input survives.
        self.screens = QStackedWidget(self)
        self.screens.setObjectName("screens")
        self.screens.addWidget(self.splitter)
        self.lock_screen = self._make_lock_screen()
        self.setCentralWidget(self.screens)
        self.idle = IdleWatcher(self._idle_ms(), self)
        self.idle.idle.connect(self.lock)
        hub.settings_changed.connect(self._settings_changed)
        hub.language_changed.connect(self._language_changed)

        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.language_label = QLabel(self)
        self.language_label.setObjectName("languageLabel")
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.language_label)

        self._build_menus()
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.retranslate()
        self._restore_state()

    # -- menus -----------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_own_password)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.password_action)
        # Print the slip (Ctrl+Shift+P) through the Reports page, built when first used.
        self.slip_action = QAction(self)
        self.slip_action.setObjectName("printSlipAction")
        self.slip_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.slip_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.slip_action.triggered.connect(lambda: self.reports_page.print_slip_now())
        self.file_menu.addAction(self.slip_action)
        self.directory_import = DirectoryImport(self.db, self.hub, self.dialogs, lambda: self.actor, self)
        self.file_menu.addAction(self.directory_import.action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.page_actions: list[QAction] = []
        for index in range(PAGE_COUNT):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.view_menu.addSeparator()
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_in_page)
        self.view_menu.addAction(self.find_action)
        self.mask_action = QAction(self)
        self.mask_action.setObjectName("maskAction")
        self.mask_action.setCheckable(True)
        self.mask_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.mask_action.toggled.connect(self.set_names_masked)
        self.view_menu.addAction(self.mask_action)

        self.settings_menu = bar.addMenu("")
        self.desk_settings_action = QAction(self)
        self.desk_settings_action.setObjectName("deskSettingsAction")
        self.desk_settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.desk_settings_action.triggered.connect(self.open_settings)
        self.settings_menu.addAction(self.desk_settings_action)
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(f"&{name}", self)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    # -- language ----------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text from the installed translation (called again after a language switch)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.lock_action.setText(self.tr("&Lock screen"))
        self.password_action.setText(self.tr("Change &password…"))
        self.mask_action.setText(self.tr("&Hide residents' names"))
        self.view_menu.setTitle(self.tr("&View"))
        self.find_action.setText(self.tr("&Find"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.desk_settings_action.setText(self.tr("This &desk…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Fælles Indgang"))
        self.nav.setAccessibleName(self.tr("Pages"))
        menu_titles = [self.tr("Front &desk"), self.tr("&Referrals"), self.tr("Direc&tory"),
                       self.tr("Re&ports"), self.tr("&Administration")]
        for index, menu_title in enumerate(menu_titles):
            self.page_actions[index].setText(menu_title)
        self.slip_action.setText(QCoreApplication.translate("ReportsPage", "Print &slip for the referral"))
        self._update_nav_titles()
        self.reminders.retranslate()
        self.directory_import.retranslate()
        for index, page in self._built.items():  # a page built later is made in the language of the day
            retranslate = getattr(page, "retranslate")  # noqa: B009 - every page has one
            if index == PAGE_ADMIN:
                retranslate()
            else:
                retranslate(self.language)
        self.database_label.setText(self.tr("Database: {url}").format(url=self.db.display_url))
        self.database_label.setToolTip(self.database_label.text())
        self.language_label.setText(self.tr("Language: {name}").format(name=LANGUAGE_NAMES[self.language]))
        self._update_title()

    def _update_nav_titles(self) -> None:
        """The pages' names, the queue's with the number of referrals due (a badge)."""
        for index, title in enumerate(self.page_titles()):
            item = self.nav.item(index)
            item.setText(self.reminders.badge(title) if index == PAGE_REFERRALS else title)
        counts = self.reminders.counts
        due = self.nav.item(PAGE_REFERRALS)
        if counts is not None and not counts.mine_only and counts.total:
            due.setToolTip(self.tr("{overdue} overdue and {today} due today").format(
                overdue=translation.format_number(counts.overdue), today=translation.format_number(counts.due_today)))
            due.setForeground(QColor("#a40000"))
        else:
            due.setToolTip("")
            due.setData(Qt.ItemDataRole.ForegroundRole, None)

    def open_due_referrals(self) -> None:
        """From the reminder (or its desktop notification): the queue with the referrals overdue
        or due today; staff who do not follow up the queue stay where they are."""
        if not self.referral_page.may_use():
            return
        self.show_page(PAGE_REFERRALS)
        self.referral_page.show_due_by_today()

    def page_titles(self) -> list[str]:
        return [self.tr("Front desk"), self.tr("Referrals"), self.tr("Directory"), self.tr("Reports"),
                self.tr("Administration")]

    def choose_language(self, language: str) -> None:
        """Remember the choice for the next start and switch now."""
        self.preferences.language = language
        if language == self.language:
            return
        app = QCoreApplication.instance()
        if app is None or not translation.install(app, language):
            self.dialogs.warning(
                self.tr("Language"),
                self.tr("The translation could not be loaded. The app will use the chosen language "
                        "from the next start, once the translation is installed."),
            )
            return
        self.hub.language_changed.emit(language)

    def _language_changed(self, language: str) -> None:
        """The new language is installed: every page speaks it at once."""
        self.language = language
        self.language_actions[language].setChecked(True)
        if PAGE_ADMIN in self._built:
            self.admin_page.language_changed()
        self._remake_lock_screen()
        self.retranslate()

    def _make_lock_screen(self) -> LockScreen:
        lock_screen = LockScreen(self._authenticate_unlock, self)
        lock_screen.unlocked.connect(self._unlocked)
        self.screens.addWidget(lock_screen)
        return lock_screen

    def _remake_lock_screen(self) -> None:
        """The lock screen holds nothing while the desk is unlocked (the menu, and so the
        language, cannot be changed while it is locked): made again in the new language."""
        if self.is_locked():
            return
        old = self.lock_screen
        self.screens.removeWidget(old)
        old.setParent(None)  # type: ignore[call-overload]  # out of the window at once
        old.deleteLater()
        self.lock_screen = self._make_lock_screen()

    # -- pages ---------------------------------------------------------------------
    @property
    def front_desk_page(self) -> FrontDeskPage:
        return self.page(PAGE_FRONT_DESK)  # type: ignore[return-value]

    @property
    def referral_page(self) -> ReferralQueuePage:
        return self.page(PAGE_REFERRALS)  # type: ignore[return-value]

    @property
    def directory_page(self) -> DirectoryPage:
        return self.page(PAGE_DIRECTORY)  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage:
        return self.page(PAGE_REPORTS)  # type: ignore[return-value]

    @property
    def admin_page(self) -> AdminPage:
        return self.page(PAGE_ADMIN)  # type: ignore[return-value]

    def is_built(self, index: int) -> bool:
        return index in self._built

    def page(self, index: int) -> QWidget:
        """The page at ``index`` in the navigation, built now if it has not been yet."""
        page = self._built.get(index)
        if page is not None:
            return page
        page = self._make_page(index)
        self._built[index] = page
        placeholder = self.stack.widget(index)
        assert placeholder is not None
        was_current = self.stack.currentIndex() == index
        blocked = self.stack.blockSignals(True)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        if was_current:
            self.stack.setCurrentIndex(index)
        self.stack.blockSignals(blocked)
        placeholder.deleteLater()
        self._page_built(index, page)
        return page

    def _make_page(self, index: int) -> QWidget:
        db, hub, dialogs, language = self.db, self.hub, self.dialogs, self.language
        if index == PAGE_FRONT_DESK:
            from referral_app.ui.front_desk.page import FrontDeskPage

            front_desk = FrontDeskPage(db, hub, dialogs, language, self)
            # Printing and exporting from where the work is, through the Reports page's services and audit.
            front_desk.print_list_requested.connect(lambda: self.reports_page.print_todays_list_now())
            front_desk.export_requested.connect(lambda: self.reports_page.export_today())
            return front_desk
        if index == PAGE_REFERRALS:
            from referral_app.ui.queue.page import ReferralQueuePage

            queue = ReferralQueuePage(db, hub, dialogs, lambda: self.actor, language, self)
            queue.print_case_requested.connect(lambda inquiry_id: self.reports_page.print_case_now(inquiry_id))
            return queue
        if index == PAGE_DIRECTORY:
            from referral_app.ui.directory.page import DirectoryPage

            return DirectoryPage(db, hub, dialogs, language, self)
        if index == PAGE_REPORTS:
            from referral_app.ui.reports.page import ReportsPage

            return ReportsPage(db, hub, dialogs, lambda: self.actor, language, self,
                               current_referral=self._shown_referral_id, desk=lambda: self.front_desk_page.desk(),
                               slip_action=self.slip_action)
        if index == PAGE_ADMIN:
            from referral_app.ui.admin.page import AdminPage

            return AdminPage(db, hub, dialogs, lambda: self.actor, self)
        raise IndexError(index)

    def _page_built(self, index: int, page: QWidget) -> None:
        """A page built now catches up: its stored layout, the person signed in, names hidden."""
        actor = self.actor
        if index == PAGE_FRONT_DESK:
            front_desk = self.front_desk_page
            front_desk.restore_state(self.window_state)
            if actor is not None:
                front_desk.set_actor(actor)
                front_desk.restore_draft()
            if self.names_masked:
                front_desk.set_masked(True)
        elif index == PAGE_REFERRALS:  # (the queue reads the person signed in itself as it is built)
            if self.names_masked:
                self.referral_page.set_masked(True)
        elif index == PAGE_DIRECTORY:
            self.directory_page.restore_state(self.window_state)
            if actor is not None:
                self.directory_page.set_actor(actor)
        elif index == PAGE_REPORTS:
            reports = self.reports_page
            if self._last_referral is not None:
                reports.referral_seen(self._last_referral)
            if actor is not None:
                reports.apply_role()
            if self.names_masked:
                reports.set_names_hidden(True)
        # (The Administration page reads the person signed in itself as it is built.)

    def _referral_changed(self, referral_id: int) -> None:
        self._last_referral = referral_id

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        focus_first = getattr(self.page(index), "focus_first", None)
        if focus_first is not None:
            focus_first()

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def current_page_widget(self) -> QWidget:
        """The page on screen (built now if the window has not been shown yet)."""
        return self.page(max(self.stack.currentIndex(), 0))

    def find_in_page(self) -> None:
        page = self.current_page_widget()
        focus_search = getattr(page, "focus_search", None)
        if focus_search is None:
            self.show_page(PAGE_DIRECTORY)
            self.directory_page.focus_search()
        else:
            focus_search()

    def _page_chosen(self, index: int) -> None:
        if index < 0:
            return
        if not self._restoring:  # the page restored at start is built once the window shows (showEvent)
            self.page(index)
        self.stack.setCurrentIndex(index)
        self._update_title()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The page on screen is built before the window is first painted (a posted call runs before
        # the window system's first expose), and after whatever the caller chose right after show().
        QTimer.singleShot(0, self, self._build_current_page)

    def _build_current_page(self) -> None:
        if self.stack.currentIndex() >= 0:
            self.current_page_widget()

    def _shown_referral_id(self) -> int | None:
        """The referral the current page shows, if it shows one (for Ctrl+Shift+P, print slip)."""
        shown = getattr(self.stack.currentWidget(), "shown_referral", None)  # (a page not built shows none)
        referral = shown() if shown is not None else None
        return getattr(referral, "id", None)

    def _update_title(self) -> None:
        index = max(self.stack.currentIndex(), 0)
        who = f" – {self.actor.full_name}" if self.actor is not None else ""
        self.setWindowTitle(f"{self.page_titles()[index]} – Fælles Indgang{who}")

    def _about(self) -> None:
        from referral_app.ui.help.about import AboutDialog, AboutInfo

        info = AboutInfo(__version__, self.db.display_url, app_paths().data_dir)
        AboutDialog.show_about(info, self)

    # -- window state ------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.window_state.blob("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        splitter = self.window_state.blob("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            # The navigation as wide as its longest name: every pixel left goes to the page.
            wanted = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
            self.splitter.setSizes([max(self.nav.minimumWidth(), min(wanted, self.nav.maximumWidth())), 1000])
        # (Each page restores its own layout as it is built.)
        page = self.window_state.page(PAGE_DIRECTORY)
        self._restoring = True
        try:
            self.nav.setCurrentRow(page if 0 <= page < PAGE_COUNT else PAGE_DIRECTORY)
        finally:
            self._restoring = False

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1200, 720
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(max(width, 640), max(height, 480))

    def save_state(self) -> None:
        self.window_state.set_blob("main/geometry", self.saveGeometry())
        self.window_state.set_blob("main/splitter", self.splitter.saveState())
        self.window_state.set_page(self.stack.currentIndex())
        if PAGE_DIRECTORY in self._built:  # (a page never built keeps the layout stored before)
            self.directory_page.save_state(self.window_state)
        if PAGE_FRONT_DESK in self._built:
            self.front_desk_page.save_state(self.window_state)
        self.window_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        if PAGE_FRONT_DESK in self._built:  # an unsaved inquiry survives closing, even from the lock screen
            self.front_desk_page.save_draft()
        actor = self.actor
        if actor is not None:  # closing must never fail (no box): the login itself is in the log
            run_action(self.db, None, "logout", lambda session: accounts_service.logout(session, actor))
        super().closeEvent(event)

    # -- who is at the desk ----------------------------------------------------------
    def set_actor(self, actor: Actor) -> None:
        """Sign in ``actor``: pages show what the role may use, and the idle lock starts.

        A new person at the desk gets their own unsaved form back, and front-desk
        staff start on the front desk; unlocking as the same person changes nothing."""
        changed = self.actor is None or self.actor.user_id != actor.user_id
        self.actor = actor
        # Pages not built yet take the person signed in as they are built.
        if PAGE_FRONT_DESK in self._built:
            self.front_desk_page.set_actor(actor)
        if PAGE_DIRECTORY in self._built:
            self.directory_page.set_actor(actor)
        if PAGE_ADMIN in self._built:
            self.admin_page.apply_role()
        if PAGE_REPORTS in self._built:
            self.reports_page.apply_role()
        if PAGE_REFERRALS in self._built:
            self.referral_page.apply_role()
        self.directory_import.apply_role()
        self._update_title()
        self.idle.set_timeout(self._idle_ms())
        self.idle.start()
        if changed:
            self.set_names_masked(self.preferences.names_hidden)
            self.reminders.start()
        else:
            self.reminders.check(notify=False)
            self.reminders.timer.start()
        if changed:  # (after the reminders, so a front-desk member's page opens with them)
            if actor.role is Role.FRONT_DESK:
                self.show_page(PAGE_FRONT_DESK)
            if PAGE_FRONT_DESK in self._built:  # (else it restores the draft as it is built)
                self.front_desk_page.restore_draft()

    def open_settings(self) -> bool:
        """Indstillinger: the desk's name, its F1-F12 keys, names hidden, reminders, the idle lock."""
        from referral_app.ui.desk_settings.dialog import DeskChoices, SettingsDialog

        actor = self.actor
        if actor is None:
            return False
        categories = run_action(self.db, self.dialogs, self.tr("Settings"), directory_service.list_categories).value
        shared = run_action(self.db, self.dialogs, self.tr("Settings"), settings_service.load_settings).value
        if categories is None or shared is None:
            return False
        desk = self.front_desk_page.settings
        current = DeskChoices(desk.desk() if desk.is_named() else "", desk.tally_codes(),
                              self.preferences.names_hidden, self.preferences.desktop_notifications,
                              shared.idle_lock_minutes)
        dialog = SettingsDialog(current, categories, self.language,
                                may_change_idle_lock=actor.can(Permission.MANAGE_SETTINGS), parent=self)
        if not dialog.exec():
            return False
        self.apply_settings(dialog.values(), current)
        return True

    def apply_settings(self, chosen: DeskChoices, before: DeskChoices) -> None:
        """Everything chosen in the settings applies at once, on this desk and (the idle lock) on all."""
        desk = self.front_desk_page.settings
        desk.set_desk(chosen.desk_name)
        desk.set_tally_codes(chosen.tally_codes)
        self.preferences.names_hidden = chosen.names_hidden
        self.preferences.desktop_notifications = chosen.desktop_notifications
        if chosen.names_hidden != before.names_hidden:
            self.set_names_masked(chosen.names_hidden)
        self.front_desk_page.desk_settings_changed()
        actor = self.actor
        if actor is not None and chosen.idle_lock_minutes != before.idle_lock_minutes:
            def save(session: Session) -> AppSettings:
                current = settings_service.load_settings(session)
                wanted = replace(current, idle_lock_minutes=chosen.idle_lock_minutes)
                return settings_service.change_settings(session, actor, wanted)

            saved = run_action(self.db, self.dialogs, self.tr("Settings"), save).value
            if saved is not None:
                self.hub.settings_changed.emit(saved)

    def _idle_ms(self) -> int:
        settings = run_action(self.db, None, "settings", settings_service.load_settings).value or AppSettings()
        return settings.idle_lock_minutes * 60_000

    def _settings_changed(self, settings: AppSettings) -> None:
        """Saved settings apply at once: the idle lock counts with the new time."""
        self.idle.set_timeout(settings.idle_lock_minutes * 60_000)

    def is_locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide everything behind the lock screen; nothing typed is lost."""
        if self.actor is None or self.is_locked():
            return
        self.idle.stop()
        self.reminders.stop()
        self.screens.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.lock_screen.lock_for(self.actor.username)
        self.setWindowTitle("Fælles Indgang")

    def _authenticate_unlock(self, username: str, password: str) -> Actor:
        from referral_app.domain.audit import AuditAction

        same = self.actor is not None and username.strip().lower() == self.actor.username
        with self.db.begin() as session:
            return accounts_service.authenticate(
                session, username, password, action=AuditAction.UNLOCK if same else AuditAction.LOGIN
            )

    def _unlocked(self, actor: Actor) -> None:
        previous = self.actor
        if previous is not None and actor.user_id != previous.user_id:
            run_action(self.db, None, "logout", lambda session: accounts_service.logout(session, previous))
        self.menuBar().setEnabled(True)
        self.screens.setCurrentWidget(self.splitter)
        self.set_actor(actor)
        page = self.current_page_widget()
        (getattr(page, "focus_first", None) or page.setFocus)()

    def set_names_masked(self, masked: bool) -> None:
        self.names_masked = masked
        self.mask_action.setChecked(masked)
        self.hub.names_masked_changed.emit(masked)

    def change_own_password(self) -> None:
        from referral_app.ui.admin.users import PasswordDialog

        actor = self.actor
        if actor is None:
            return

        def submit(current: str, new: str) -> None:
            with self.db.begin() as session:
                accounts_service.change_own_password(session, actor, current, new)

        dialog = PasswordDialog(submit, ask_current=True, title=self.tr("Change your password"), parent=self)
        if dialog.exec():
            self.dialogs.information(self.tr("Change your password"), self.tr("Your password is changed."))
