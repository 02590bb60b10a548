"""``referral-app --self-test``: is this installation whole?

For IT staff after an installation or upgrade, and for the smoke tests of the
wheel, the frozen app and the Windows installer. It checks that every shipped
file is there (directory data, fonts, compiled translations, migrations),
builds a throwaway database from the migrations, and opens the main window
(offscreen when there is no display) in Danish and English, printing the
page titles. Touches no real data. Exit status 0, or 2 with one line naming
what is missing.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TextIO

from referral_app import __version__, config, resources, translation
from referral_app.domain.errors import DomainError

SHIPPED_FILES = (
    "directory/taxonomy.json",
    "directory/organizations.json",
    "directory/routing_rules.json",
    "directory/addresses.json",
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/NotoSansArabic-Regular.ttf",
    "fonts/NotoSansArabic-Bold.ttf",
    "slip/da.toml",
    "demo/texts.json",
    "slip/en.toml",
    "icons/faelles-indgang-256.png",
)


def check_files() -> list[Path]:
    """Every file the app needs; MissingResourceError for the first one missing."""
    found = [resources.require(resources.resources_dir() / name) for name in SHIPPED_FILES]
    for language in config.LANGUAGES:
        if language != "en":
            found.append(resources.require(translation.qm_path(language)))
    found.append(resources.require(resources.migrations_dir() / "env.py"))
    return found


def run(out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    from referral_app.app import build_main_window, ensure_application
    from referral_app.services import database as database_service
    from referral_app.ui.preferences import Preferences, WindowState
    from referral_app.ui.signals import SignalHub
    from referral_app.ui.widgets.dialogs import DialogService

    app = ensure_application()
    print(f"Fælles Indgang {__version__}", file=out)
    try:
        files = check_files()
        print(f"resources: {resources.resources_dir()} ({len(files)} files checked)", file=out)
        print(f"migrations: {resources.migrations_dir()}", file=out)
        with tempfile.TemporaryDirectory(prefix="faelles-indgang-self-test-") as folder:
            db = database_service.open_database(f"sqlite:///{Path(folder, 'self-test.sqlite3').as_posix()}")
            try:
                report = database_service.prepare(db, config.DIRECTORY_DIR)
                print(f"database: schema {report.revision_after}, {report.seeded.total} directory items", file=out)
                for language in config.LANGUAGES:
                    if not translation.install(app, language):
                        raise resources.MissingResourceError(translation.qm_path(language))
                    window = build_main_window(db, SignalHub(app), DialogService(), Preferences.in_folder(Path(folder)),
                                               WindowState.in_folder(Path(folder)), language)
                    window.show()
                    app.processEvents()
                    titles = " | ".join(window.page_titles())
                    print(f"window {language}: {window.windowTitle()} [{titles}]", file=out)
                    window.hide()
                    window.deleteLater()
                    app.processEvents()
            finally:
                db.dispose()
    except DomainError as exc:
        print(f"referral-app: {translation.error_text(exc)}", file=err)
        return 2
    print("self-test passed", file=out)
    return 0
