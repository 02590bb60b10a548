"""Composition root: the one place that wires the app together.

``run_gui`` is what ``referral-app`` runs without a command. It starts fast
(``launch``):

1. the QApplication, the desk's preferences and the language (``--lang`` or
   ``REFERRAL_APP_LANG`` beat the stored choice, which beats Danish), with Qt
   alone imported;
2. the login dialog is shown at once and can be typed in, while a worker
   thread imports the rest (SQLAlchemy, Alembic, the pages), opens the
   database, migrates it (after a backup), loads new directory items and
   compiles the router. On a new installation the first-administrator
   dialog takes the login's place; if the database cannot be used the user
   gets a dialog that says what to do, and we stop;
3. the main window is built behind the dialog, and the daily retention run
   and backup start on a worker thread (``DailyJobs``) with a note in the
   status bar; closing the app stops the backup without leaving a half copy.

``start`` does the same synchronously (no login) for tests, tools and
``--self-test``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from referral_app import config, resources, translation
from referral_app.domain.accounts import Actor
from referral_app.domain.errors import DomainError
from referral_app.resources import MissingResourceError
from referral_app.ui.preferences import Preferences, WindowState
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.dialogs import DialogService

if TYPE_CHECKING:
    from referral_app.services.database import Database
    from referral_app.ui.main_window import MainWindow
    from referral_app.ui.widgets.worker import Task

log = logging.getLogger(__name__)

APP_NAME = "Fælles Indgang"
EXIT_STORAGE = 2


#: When set to a file name, start-up milestones are appended to it as
#: "<event> <time.time()>" lines and the app quits once the window is built
#: (and the daily jobs are done): what ``benchmarks/startup.py`` measures.
ENV_STARTUP_PROBE = "REFERRAL_APP_STARTUP_PROBE"


def probe(event: str) -> None:
    target = os.environ.get(ENV_STARTUP_PROBE)
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"{event} {time.time():.6f}\n")


def app_icon() -> QIcon:
    """The app's icon in every size that ships (resources/icons)."""
    icon = QIcon()
    for png in sorted(resources.icons_dir().glob("faelles-indgang-*.png")):
        icon.addFile(str(png))
    return icon


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(config.APP_AUTHOR)
    app.setWindowIcon(app_icon())
    return app


def open_storage(database_url: str | None, paths: config.Paths, *, daily_jobs: bool = True) -> Database:
    """Open and prepare the database; raises DomainError (mostly StorageError) with a clear message.

    ``daily_jobs``: also run the day's retention and backup here, synchronously
    (``launch`` runs them in the background instead)."""
    from referral_app.services import database as database_service
    from referral_app.services import outputs

    url, is_default = config.resolve_database_url(database_url, paths)
    if is_default:
        config.ensure_data_dir(paths)
    db = database_service.open_database(url, busy_timeout_ms=config.busy_timeout_ms())
    # Temporary files of a run that was killed (a backup holds everyone's data).
    outputs.clean_stale([paths.data_dir, paths.backup_dir, *([db.path.parent, db.path.parent / "backups"]
                                                              if db.path else [])])
    try:
        database_service.prepare(db, config.DIRECTORY_DIR, backup_dir=paths.backup_dir if is_default else None)
    except BaseException:
        db.dispose()
        raise
    if daily_jobs:
        run_daily_retention(db)
        run_daily_backup(db, paths)
    return db


def run_daily_backup(db: Database, paths: config.Paths, *,
                     cancelled: threading.Event | None = None) -> Path | None:
    """The first start of the day copies an SQLite database aside (setting: folder and how many to keep).
    A failure is logged; ``cancelled`` stops the copy (the app is closing) and leaves nothing behind."""
    from referral_app.services import backup as backup_service
    from referral_app.services import settings as settings_service

    if not db.is_sqlite:
        return None
    try:
        with db.begin() as session:
            settings = settings_service.load_settings(session)
        folder = Path(settings.backup_folder) if settings.backup_folder else (
            db.path.parent / "backups" if db.path else paths.backup_dir)
        made = backup_service.run_automatic(db, folder, settings.backups_to_keep,
                                            cancelled=cancelled.is_set if cancelled else None)
    except backup_service.BackupCancelled:
        log.info("the daily backup was stopped because the app closed; it runs at the next start")
        return None
    except (DomainError, OSError) as exc:
        log.warning("the daily backup failed: %s", exc)
        return None
    if made is not None:
        log.info("daily backup written to %s", made)
    return made


def run_daily_retention(db: Database) -> None:
    """Forget on schedule: the first start of the day anonymizes what is due, in
    one transaction. A failure is logged and does not stop the desk from working."""
    from referral_app.services import retention as retention_service

    try:
        with db.begin() as session:
            summary = retention_service.run_if_due(session)
    except DomainError as exc:
        log.warning("the daily retention run failed: %s", exc)
        return
    if summary is not None:
        log.info("retention: %d residents anonymized, %d audit entries deleted",
                 summary.residents_anonymized, summary.audit_entries_deleted)


def build_main_window(db: Database, hub: SignalHub, dialogs: DialogService, preferences: Preferences,
                      window_state: WindowState, language: str) -> MainWindow:
    from referral_app.ui.main_window import MainWindow

    window = MainWindow(db, hub, dialogs, preferences, window_state, language)
    dialogs.parent = window
    return window


def set_up_language(app: QApplication, args: argparse.Namespace, language: str, preferences: Preferences,
                    dialogs: DialogService) -> str | None:
    """Install the language to use; None (the user was told which file is missing) when it cannot be."""
    # resolve_language: --lang, then REFERRAL_APP_LANG, then the stored choice, then what the caller resolved.
    language = config.resolve_language(getattr(args, "lang", None), preferences.language or language)
    if translation.install(app, language):
        return language
    # A broken installation: say which file is missing (in English, the only language left).
    missing = translation.qm_path(language)
    log.error("the translation file %s is missing", missing)
    translation.install(app, "en")
    dialogs.critical(APP_NAME, translation.error_text(MissingResourceError(missing)))
    return None


def explain_storage_failure(dialogs: DialogService, exc: BaseException) -> None:
    log.error("cannot use the database: %s", exc)
    text = translation.error_text(exc) if isinstance(exc, DomainError) else str(exc)
    dialogs.critical(
        QCoreApplication.translate("app", "Fælles Indgang cannot open its database"),
        text,
        QCoreApplication.translate(
            "app",
            "Nothing was changed. Solve the problem described above and start Fælles Indgang again. "
            "If it keeps happening, contact your coordinator.",
        ),
    )


def start(app: QApplication, args: argparse.Namespace, language: str, *,
          dialogs: DialogService | None = None) -> MainWindow | None:
    """Everything up to showing the window, synchronously and without a login
    (for tests and tools). None when the database cannot be used (the user was told)."""
    paths = config.app_paths()
    preferences = Preferences.in_folder(paths.config_dir)
    dialogs = dialogs or DialogService()
    chosen = set_up_language(app, args, language, preferences, dialogs)
    if chosen is None:
        return None
    try:
        db = open_storage(getattr(args, "database_url", None), paths)
    except DomainError as exc:
        explain_storage_failure(dialogs, exc)
        return None
    hub = SignalHub(app)
    return build_main_window(db, hub, dialogs, preferences, WindowState.in_folder(paths.config_dir), chosen)


def sign_in(db: Database, parent: MainWindow | None = None) -> Actor | None:
    """Ask for username and password; on a new installation, create the first administrator."""
    from referral_app.services import accounts as accounts_service
    from referral_app.ui.session.login_dialog import FirstAdminDialog, LoginDialog

    def authenticate(username: str, password: str) -> Actor:
        with db.begin() as session:
            return accounts_service.authenticate(session, username, password)

    def create_admin(username: str, full_name: str, password: str) -> Actor:
        with db.begin() as session:
            return accounts_service.create_first_admin(session, username, full_name, password)

    with db.begin() as session:
        first_start = not accounts_service.has_users(session)
    if first_start:
        actor, _ = FirstAdminDialog.get_actor(create_admin, parent)
    else:
        actor, _ = LoginDialog.get_actor(authenticate, parent=parent)
    return actor


class DailyJobs(QObject):
    """The day's retention run and automatic backup on a worker thread, with a
    note in the status bar while they run. ``stop`` (the app is closing)
    cancels the backup, which then leaves nothing, and waits for the retention
    transaction to end."""

    def __init__(self, db: Database, paths: config.Paths, window: MainWindow) -> None:
        super().__init__(window)
        self.db = db
        self.paths = paths
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("dailyJobsLabel")
        self.task: Task | None = None
        self.backup: Path | None = None
        self._stop = threading.Event()

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done.is_set()

    def start(self) -> None:
        from referral_app.ui.widgets.worker import run_task

        self.label.setText(QCoreApplication.translate(
            "app", "Daily backup and clean-up are running in the background…"))
        self.window.statusBar().addPermanentWidget(self.label)
        self.label.show()
        self.task = run_task(self._work, on_finished=self._finished, on_failed=self._failed,
                             on_cancelled=self._ended)

    def _work(self, _progress: Any) -> Path | None:
        run_daily_retention(self.db)
        if self._stop.is_set():
            return None
        return run_daily_backup(self.db, self.paths, cancelled=self._stop)

    def _finished(self, made: Path | None) -> None:
        self.backup = made
        self._ended()

    def _failed(self, exc: BaseException) -> None:
        log.warning("the daily jobs failed: %s", exc)
        self._ended()

    def _ended(self) -> None:
        self.window.statusBar().removeWidget(self.label)
        self.label.hide()
        probe("daily-done")

    def stop(self, timeout: float = 60.0) -> None:
        self._stop.set()
        if self.task is not None:
            self.task.done.wait(timeout)


class Launch(QObject):
    """The fast start (see the module docstring): the login dialog at once,
    the database and the main window behind it."""

    def __init__(self, app: QApplication, args: argparse.Namespace, paths: config.Paths,
                 preferences: Preferences, language: str, dialogs: DialogService) -> None:
        super().__init__()
        self.app = app
        self.args = args
        self.paths = paths
        self.preferences = preferences
        self.language = language
        self.dialogs = dialogs
        self.db: Database | None = None
        self.first_start = False
        self.failure: BaseException | None = None
        self.window: MainWindow | None = None
        self.jobs: DailyJobs | None = None
        self.actor: Actor | None = None
        self.exit_code: int | None = None
        self.dialog: QDialog | None = None
        self.loop = QEventLoop()
        self.task: Task | None = None
        self.first_page = -1

    def run(self) -> MainWindow | int:
        """The main window, signed in and shown; or an exit status (cancelled, or the user was told why not)."""
        from referral_app.ui.session.login_dialog import LoginDialog
        from referral_app.ui.widgets.worker import run_task

        self.first_page = WindowState.in_folder(self.paths.config_dir).page(-1)  # (read here, on the GUI thread)
        self.task = run_task(self._open, on_finished=self._opened, on_failed=self._failed)
        self._show_dialog(LoginDialog(self._authenticate))
        QTimer.singleShot(0, lambda: probe("login-shown"))  # the event loop runs: typing reaches the dialog
        if self.exit_code is None and (self.window is None or self.actor is None):
            self.loop.exec()
        if self.exit_code is not None:
            self.close()
            return self.exit_code
        assert self.window is not None and self.actor is not None
        self.window.set_actor(self.actor)
        self.window.show()
        return self.window

    def close(self) -> None:
        """Stop the background work and release the database."""
        if self.task is not None:
            self.task.done.wait()
        if self.jobs is not None:
            self.jobs.stop()
        if self.db is not None:
            self.db.dispose()

    # -- in the worker thread -----------------------------------------------------
    def _open(self, _progress: Any) -> tuple[Database, bool]:
        from referral_app.services import accounts as accounts_service
        from referral_app.services import routing as routing_service

        db = open_storage(getattr(self.args, "database_url", None), self.paths, daily_jobs=False)
        try:
            with db.begin() as session:
                first_start = not accounts_service.has_users(session)
            with db.begin() as session:
                routing_service.router(session)  # compiled once per process, cached
            self._import_first_pages()
        except BaseException:
            db.dispose()
            raise
        return db, first_start

    def _import_first_pages(self) -> None:
        """The window's imports and those of the pages a sign-in may open on (the front desk,
        and the page shown when the app last closed), off the GUI thread while the user types;
        the other pages' modules load when a page is first shown."""
        import importlib

        from referral_app.ui import main_window

        stored = self.first_page if 0 <= self.first_page < main_window.PAGE_COUNT else main_window.PAGE_DIRECTORY
        for index in sorted({main_window.PAGE_FRONT_DESK, stored}):
            importlib.import_module(main_window.PAGE_MODULES[index])

    # -- back on the GUI thread ---------------------------------------------------
    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setWindowIcon(self.app.windowIcon())
        dialog.finished.connect(self._dialog_finished)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _replace_dialog(self, dialog: QDialog | None) -> None:
        old = self.dialog
        if old is not None:
            old.finished.disconnect(self._dialog_finished)
            old.close()
            old.deleteLater()
        self.dialog = None
        if dialog is not None:
            self._show_dialog(dialog)

    def _opened(self, result: tuple[Database, bool]) -> None:
        if self.exit_code is not None:  # the login was cancelled while the database opened
            result[0].dispose()
            return
        self.db, self.first_start = result
        if self.first_start:
            from referral_app.ui.session.login_dialog import FirstAdminDialog

            self._replace_dialog(FirstAdminDialog(self._create_admin))
        QTimer.singleShot(0, self._build_window)

    def _failed(self, exc: BaseException) -> None:
        self.failure = exc
        if self.exit_code is not None:  # cancelled already: nobody is waiting for this
            return
        self._replace_dialog(None)
        explain_storage_failure(self.dialogs, exc)
        self._end(EXIT_STORAGE)

    def _build_window(self) -> None:
        if self.exit_code is not None or self.db is None:
            return
        self.window = build_main_window(self.db, SignalHub(self.app), self.dialogs, self.preferences,
                                        WindowState.in_folder(self.paths.config_dir), self.language)
        probe("window-built")
        self.jobs = DailyJobs(self.db, self.paths, self.window)
        self.jobs.start()
        if os.environ.get(ENV_STARTUP_PROBE):  # measured, not used: end once the daily jobs are done
            self._end_when_jobs_done()
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
        if self.actor is not None:
            self.loop.quit()

    def _end_when_jobs_done(self) -> None:
        if self.jobs is not None and self.jobs.running:
            QTimer.singleShot(20, self._end_when_jobs_done)
        else:
            self._replace_dialog(None)
            self._end(0)

    def _wait_for_database(self) -> Database:
        """Someone pressed Enter before the database was open: wait for it (rarely more than a moment)."""
        while self.db is None and self.failure is None:
            assert self.task is not None
            self.task.done.wait(0.02)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if self.db is None:
            raise self.failure if isinstance(self.failure, DomainError) else RuntimeError(self.failure)
        return self.db

    def _authenticate(self, username: str, password: str) -> Actor:
        from referral_app.services import accounts as accounts_service

        db = self._wait_for_database()
        with db.begin() as session:
            return accounts_service.authenticate(session, username, password)

    def _create_admin(self, username: str, full_name: str, password: str) -> Actor:
        from referral_app.services import accounts as accounts_service

        db = self._wait_for_database()
        with db.begin() as session:
            return accounts_service.create_first_admin(session, username, full_name, password)

    def _dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog is None:
            self._end(0)  # the user cancelled the login
            return
        self.actor = getattr(dialog, "actor", None)
        if self.window is not None:
            self.loop.quit()

    def _end(self, code: int) -> None:
        self.exit_code = code
        self.loop.quit()


def log_to_file(paths: config.Paths) -> None:
    """The window has no console (on Windows none at all): warnings go to a
    rotating file in the data folder. Skipped quietly if it cannot be written
    (the start-up then says what is wrong with the folder)."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    try:
        paths.log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)


def launch(app: QApplication, args: argparse.Namespace, language: str, *,
           dialogs: DialogService | None = None) -> tuple[MainWindow | int, Launch | None]:
    """The fast start up to the signed-in window (see the module docstring)."""
    paths = config.app_paths()
    preferences = Preferences.in_folder(paths.config_dir)
    dialogs = dialogs or DialogService()
    chosen = set_up_language(app, args, language, preferences, dialogs)
    if chosen is None:
        return EXIT_STORAGE, None
    starter = Launch(app, args, paths, preferences, chosen, dialogs)
    return starter.run(), starter


def run_gui(args: argparse.Namespace, language: str, *, dialogs: DialogService | None = None) -> int:
    app = ensure_application()
    result, starter = launch(app, args, language, dialogs=dialogs)
    if isinstance(result, int):
        return result
    assert starter is not None
    try:
        return app.exec()
    finally:
        starter.close()

