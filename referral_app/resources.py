"""The one place that knows where the app's read-only files are.

In a source checkout they are the top-level ``resources/`` and ``alembic/``
folders (fixed choices of the project). A wheel or the frozen app carries the
same files inside the package, as ``referral_app/_resources`` and
``referral_app/migrations`` (the build maps them there, see ``setup.py``);
they are found through ``importlib.resources`` wherever the app is installed.

A file that should be there and is not raises ``MissingResourceError`` naming
it: the installation is broken, and the user is told to reinstall.
"""

from __future__ import annotations

from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

from referral_app.domain.errors import StorageError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

PACKAGE = "referral_app"
PACKAGED_RESOURCES = "_resources"
PACKAGED_MIGRATIONS = "migrations"
CHECKOUT_ROOT = Path(__file__).resolve().parent.parent

MSG_MISSING_RESOURCE = QT_TRANSLATE_NOOP(
    "errors", "A file of the installation is missing: {path}. Reinstall Fælles Indgang."
)


class MissingResourceError(StorageError):
    """A file that ships with the app is not where it should be."""

    def __init__(self, path: Path) -> None:
        super().__init__(MSG_MISSING_RESOURCE, path=str(path))
        self.path = path


def _packaged(name: str) -> Path | None:
    """``referral_app/<name>`` when the installed package carries it as a real folder."""
    folder = importlib_resources.files(PACKAGE) / name
    if not folder.is_dir():
        return None
    # Installed from a wheel or frozen, the package lives on the file system;
    # a zipped install is not supported (Alembic and Qt need real paths).
    return Path(str(folder))


@cache
def resources_dir() -> Path:
    """The folder with ``directory/``, ``fonts/``, ``translations/`` and ``icons/``."""
    return _packaged(PACKAGED_RESOURCES) or CHECKOUT_ROOT / "resources"


@cache
def migrations_dir() -> Path:
    """The Alembic script folder (``env.py`` and ``versions/``)."""
    return _packaged(PACKAGED_MIGRATIONS) or CHECKOUT_ROOT / "alembic"


def directory_dir() -> Path:
    return resources_dir() / "directory"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def require(path: Path) -> Path:
    """``path`` itself, or MissingResourceError when the installation lacks it."""
    if not path.exists():
        raise MissingResourceError(path)
    return path
