"""Where things live on this machine, and which database to use.

The database URL comes from ``--database-url``, else the environment variable
``REFERRAL_APP_DATABASE_URL``, else a SQLite file in the user's data folder.
Shared settings (retention, idle lock, follow-up days) live in the database;
see ``referral_app.domain.settings``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from referral_app import resources
from referral_app.domain.errors import MSG_DATA_DIR_UNWRITABLE, StorageError

APP_NAME = "faelles-indgang"
APP_AUTHOR = "VoresHG"
ENV_DATABASE_URL = "REFERRAL_APP_DATABASE_URL"
ENV_DATA_DIR = "REFERRAL_APP_DATA_DIR"
ENV_LANG = "REFERRAL_APP_LANG"
ENV_BUSY_TIMEOUT = "REFERRAL_APP_BUSY_TIMEOUT_MS"
DEFAULT_BUSY_TIMEOUT_MS = 15000  # a desk waits this long for another desk's write on a busy PC
LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"

# Found in the installed package or the checkout: see referral_app/resources.py.
RESOURCES_DIR = resources.resources_dir()
DIRECTORY_DIR = resources.directory_dir()
TRANSLATIONS_DIR = resources.translations_dir()
DEMO_TEXTS = RESOURCES_DIR / "demo" / "texts.json"


@dataclass(frozen=True, slots=True)
class Paths:
    data_dir: Path
    config_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / "faelles-indgang.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        """The window's log (warnings and start-up facts, never residents' data); rotated at 1 MB."""
        return self.data_dir / "logs" / "faelles-indgang.log"


def app_paths() -> Paths:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        base = Path(override)
        return Paths(data_dir=base, config_dir=base)
    from platformdirs import PlatformDirs

    dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
    return Paths(data_dir=Path(dirs.user_data_dir), config_dir=Path(dirs.user_config_dir))


def ensure_data_dir(paths: Paths) -> Path:
    """Create the data folder if needed and check that files can be written in it
    (StorageError naming the folder otherwise; a probe file, since root ignores permissions)."""
    import tempfile

    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=paths.data_dir):
            pass
    except OSError as exc:
        raise StorageError(MSG_DATA_DIR_UNWRITABLE, path=str(paths.data_dir)) from exc
    return paths.data_dir


def resolve_database_url(cli_value: str | None, paths: Paths | None = None) -> tuple[str, bool]:
    """Return the URL to use and whether it is the embedded default."""
    if cli_value:
        return cli_value, False
    env = os.environ.get(ENV_DATABASE_URL)
    if env:
        return env, False
    paths = paths or app_paths()
    return f"sqlite:///{paths.default_database.as_posix()}", True


def busy_timeout_ms() -> int:
    """How long to wait for another program's lock on a SQLite file, in milliseconds."""
    raw = os.environ.get(ENV_BUSY_TIMEOUT, "").strip()
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_MS
    return value if value >= 0 else DEFAULT_BUSY_TIMEOUT_MS


def resolve_language(cli_value: str | None, stored: str | None = None) -> str:
    for candidate in (cli_value, os.environ.get(ENV_LANG), stored):
        if candidate and candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE
