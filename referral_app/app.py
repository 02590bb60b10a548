"""Composition root: the one place that wires the app together.

``run_gui`` is what ``referral-app`` runs without a command. Everything before
the event loop lives in ``start`` so tests can run it with a fake dialog
service and without ``exec()``:

1. the QApplication, the desk's preferences and the language (``--lang`` or
   ``REFERRAL_APP_LANG`` beat the stored choice, which beats Danish);
2. the database: resolve the URL, create the data folder for the embedded
   default, open it, migrate it (after a backup) and load new directory items.
   If that fails the user gets a dialog that says what to do, and we stop;
3. the signal hub, the dialog service and the main window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from referral_app import config, translation
from referral_app.domain.accounts import Actor
from referral_app.domain.errors import DomainError
from referral_app.resources import MissingResourceError
from referral_app.services import accounts as accounts_service
from referral_app.services import backup as backup_service
from referral_app.services import database as database_service
from referral_app.services import retention as retention_service
from referral_app.services import settings as settings_service
from referral_app.services.database import Database
from referral_app.ui.main_window import MainWindow
from referral_app.ui.preferences import Preferences, WindowState
from referral_app.ui.session.login_dialog import FirstAdminDialog, LoginDialog
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.dialogs import DialogService

log = logging.getLogger(__name__)

APP_NAME = "Fælles Indgang"
EXIT_STORAGE = 2


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(config.APP_AUTHOR)
    return app


def open_storage(database_url: str | None, paths: config.Paths) -> Database:
    """Open and prepare the database; raises DomainError (mostly StorageError) with a clear message."""
    url, is_default = config.resolve_database_url(database_url, paths)
    if is_default:
        config.ensure_data_dir(paths)
    db = database_service.open_database(url, busy_timeout_ms=config.busy_timeout_ms())
    try:
        database_service.prepare(db, config.DIRECTORY_DIR, backup_dir=paths.backup_dir if is_default else None)
    except BaseException:
        db.dispose()
        raise
    run_daily_retention(db)
    run_daily_backup(db, paths)
    return db


def run_daily_backup(db: Database, paths: config.Paths) -> None:
    """The first start of the day copies an SQLite database aside (setting: folder and how many to keep)."""
    if not db.is_sqlite:
        return
    try:
        with db.begin() as session:
            settings = settings_service.load_settings(session)
        folder = Path(settings.backup_folder) if settings.backup_folder else (
            db.path.parent / "backups" if db.path else paths.backup_dir)
        made = backup_service.run_automatic(db, folder, settings.backups_to_keep)
    except (DomainError, OSError) as exc:
        log.warning("the daily backup failed: %s", exc)
        return
    if made is not None:
        log.info("daily backup written to %s", made)


def run_daily_retention(db: Database) -> None:
    """Forget on schedule: the first start of the day anonymizes what is due.
    A failure is logged and does not stop the desk from working."""
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
    window = MainWindow(db, hub, dialogs, preferences, window_state, language)
    dialogs.parent = window
    return window


def start(app: QApplication, args: argparse.Namespace, language: str, *,
          dialogs: DialogService | None = None) -> MainWindow | None:
    """Everything up to showing the window. None when the database cannot be used (the user was told)."""
    paths = config.app_paths()
    preferences = Preferences.in_folder(paths.config_dir)
    # resolve_language: --lang, then REFERRAL_APP_LANG, then the stored choice, then what the caller resolved.
    language = config.resolve_language(getattr(args, "lang", None), preferences.language or language)
    dialogs = dialogs or DialogService()
    if not translation.install(app, language):
        # A broken installation: say which file is missing (in English, the only language left).
        missing = translation.qm_path(language)
        log.error("the translation file %s is missing", missing)
        translation.install(app, "en")
        dialogs.critical(APP_NAME, translation.error_text(MissingResourceError(missing)))
        return None
    try:
        db = open_storage(getattr(args, "database_url", None), paths)
    except DomainError as exc:
        log.error("cannot use the database: %s", exc)
        dialogs.critical(
            QCoreApplication.translate("app", "Fælles Indgang cannot open its database"),
            translation.error_text(exc),
            QCoreApplication.translate(
                "app",
                "Nothing was changed. Solve the problem described above and start Fælles Indgang again. "
                "If it keeps happening, contact your coordinator.",
            ),
        )
        return None
    hub = SignalHub(app)
    return build_main_window(db, hub, dialogs, preferences, WindowState.in_folder(paths.config_dir), language)


def sign_in(db: Database, parent: MainWindow | None = None) -> Actor | None:
    """Ask for username and password; on a new installation, create the first administrator."""

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


def run_gui(args: argparse.Namespace, language: str, *, dialogs: DialogService | None = None) -> int:
    app = ensure_application()
    window = start(app, args, language, dialogs=dialogs)
    if window is None:
        return EXIT_STORAGE
    try:
        actor = sign_in(window.db, window)
    except DomainError as exc:
        window.dialogs.critical(QCoreApplication.translate("app", "Fælles Indgang"), translation.error_text(exc))
        window.db.dispose()
        return EXIT_STORAGE
    if actor is None:  # the user cancelled the login
        window.db.dispose()
        return 0
    window.set_actor(actor)
    window.show()
    try:
        return app.exec()
    finally:
        window.db.dispose()
