"""Every file the app writes for a person (reports, CSV exports, backups, the
access report, the consent form): one helper, so no command can destroy a
file or leave personal data on disk without an audit entry.

The rules, checked before any slow work starts and again when the file is
moved into place:

* an existing file is kept unless the caller says ``overwrite`` (the window
  asks first; the command line needs ``--overwrite``);
* the live database and its ``-wal``/``-shm``/``-journal`` files are refused
  always, however the path is spelled (symlinks, ``..``, hard links);
* anything that is not a regular file (a folder, a device node, a fifo,
  anything under ``/proc``, ``/sys`` or ``/dev``) is refused;
* an empty path, a name or path too long for the file system, or a path
  with characters no file name can hold, is refused with the reason.

Writing happens in two steps. The data goes to a hidden temporary file in
the target's folder (``.fi-XXXXXXXX.part``, or ``.backup-XXXXXXXX.sqlite3``
for backups); the caller records the audit entry and commits; only then is
the file moved into place (:func:`publish_on_commit`). If the transaction
fails, the temporary file is removed. Each temporary file is listed in a
small journal in the data folder while its writer holds a lock on the
entry; :func:`clean_stale` removes the files of writers that died (kill -9)
at the next start-up.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from referral_app.db.engine import parse_database_url, sqlite_path
from referral_app.domain.errors import DomainError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.privacy import check_no_cpr

# Writes a file's content into the open handle; what it returns is ignored
# (``handle.write`` returns a byte count).
Writer = Callable[[BinaryIO], object]

MSG_NO_PATH = QT_TRANSLATE_NOOP("errors", "Say which file to write to.")
MSG_NO_FOLDER = QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist.")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {problem}")
MSG_EXISTS = QT_TRANSLATE_NOOP(
    "errors", "{path} already exists. Choose another name, or add --overwrite to replace it."
)
MSG_IS_DATABASE = QT_TRANSLATE_NOOP(
    "errors", "{path} is the app's own database (or one of its files) and is never written over."
)
MSG_NOT_REGULAR = QT_TRANSLATE_NOOP(
    "errors", "{path} is not an ordinary file (a folder, a device or a system file): choose a file name."
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("errors", "The file name {path} is too long.")
MSG_BAD_NAME = QT_TRANSLATE_NOOP(
    "errors", "The file name {path} holds characters a file name cannot have."
)

MAX_NAME_BYTES = 255
MAX_PATH_BYTES = 4096
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")
TEMP_PREFIX = ".fi-"
TEMP_SUFFIX = ".part"
BACKUP_TEMP_PREFIX = ".backup-"
BACKUP_TEMP_SUFFIX = ".sqlite3"
DATABASE_SIDE_FILES = ("-wal", "-shm", "-journal")
JOURNAL_FOLDER = "pending-outputs"


def _shown(path: os.PathLike[str] | str) -> str:
    """A path as it can be shown on one line (undecodable bytes and line breaks made visible)."""
    text = os.fspath(path)
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


# --- which paths are the database ------------------------------------------------------------


def database_files(path: Path | None) -> tuple[Path, ...]:
    """A SQLite file and the files SQLite keeps beside it."""
    if path is None:
        return ()
    return (path, *(Path(f"{path}{side}") for side in DATABASE_SIDE_FILES))


def protected_for(session: Session | None, *, url: str | None = None) -> tuple[Path, ...]:
    """The files of the database ``session`` works on (or ``url`` names), plus
    the default database's."""
    from referral_app.config import app_paths

    found: list[Path] = list(database_files(app_paths().default_database))
    if session is not None:
        bind = session.get_bind()
        found.extend(database_files(sqlite_path(bind.engine.url)))
    if url:
        try:
            found.extend(database_files(sqlite_path(parse_database_url(url))))
        except DomainError:
            pass  # a bad URL is reported when the database is opened
    return tuple(found)


def _same_file(a: Path, b: Path) -> bool:
    if os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


# --- checking a target ---------------------------------------------------------------------------


def check_target(target: Path | str, *, overwrite: bool = False, protected: Iterable[Path] = ()) -> Path:
    """Refuse a path that must not be written; return the path to write
    (a symlink's destination, so the link keeps pointing at the new file)."""
    raw = os.fspath(target)
    if not raw.strip():
        raise ValidationError(MSG_NO_PATH, field="output")
    check_no_cpr("output", raw)  # the file name goes to the audit log
    shown = _shown(raw)
    try:
        raw.encode("utf-8")  # undecodable bytes (surrogate escapes) would reach the audit log
        encoded = os.fsencode(raw)
    except UnicodeEncodeError as exc:
        raise ValidationError(MSG_BAD_NAME, field="output", path=shown) from exc
    if "\x00" in raw or any(ch in raw for ch in "\r\n"):
        raise ValidationError(MSG_BAD_NAME, field="output", path=shown)
    if len(encoded) > MAX_PATH_BYTES or any(len(part) > MAX_NAME_BYTES for part in encoded.split(b"/")):
        raise ValidationError(MSG_TOO_LONG, field="output", path=shown[:80] + "…")
    path = Path(raw)
    if raw.endswith(("/", os.sep)) or path.name in ("", ".", ".."):
        raise ValidationError(MSG_NOT_REGULAR, field="output", path=shown)
    for guarded in protected:
        if _same_file(path, guarded):
            raise ValidationError(MSG_IS_DATABASE, field="output", path=shown)
    real = Path(os.path.realpath(path))
    if any(str(real) == folder or str(real).startswith(folder + "/") for folder in SYSTEM_FOLDERS) \
            and sys.platform != "win32":
        raise ValidationError(MSG_NOT_REGULAR, field="output", path=shown)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ValidationError(MSG_CANNOT_WRITE, field="output", path=shown,
                              problem=exc.strerror or str(exc)) from exc
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError(MSG_NOT_REGULAR, field="output", path=shown)
        if not overwrite:
            raise ValidationError(MSG_EXISTS, field="output", path=shown)
    folder = real.parent
    if not folder.is_dir():
        raise ValidationError(MSG_NO_FOLDER, field="output", path=_shown(path.parent))
    if not os.access(folder, os.W_OK):
        raise ValidationError(MSG_CANNOT_WRITE, field="output", path=shown,
                              problem=os.strerror(errno.EACCES))
    return real if path.is_symlink() else path


# --- the journal of temporary files -------------------------------------------------------------


def _journal_dir() -> Path:
    from referral_app.config import app_paths

    return app_paths().data_dir / JOURNAL_FOLDER


def _lock(handle: IO[bytes], *, block: bool) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be deleted, which is lock enough
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if block else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


@dataclass
class _JournalEntry:
    path: Path | None
    handle: IO[bytes] | None

    @classmethod
    def open(cls, temp: Path) -> _JournalEntry:
        folder = _journal_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{secrets.token_hex(8)}.pending"
            handle = open(path, "wb")  # noqa: SIM115 - held open (and locked) until the output is done
        except OSError:
            return cls(None, None)  # no journal (a read-only data folder): the cleanup after failure still runs
        _lock(handle, block=True)
        handle.write(os.fsencode(os.path.abspath(temp)))
        handle.flush()
        return cls(path, handle)

    def close(self) -> None:
        if self.path is not None:
            self.path.unlink(missing_ok=True)
        if self.handle is not None:
            self.handle.close()
        self.path = self.handle = None


def _is_temp_name(name: str) -> bool:
    return (name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)) or (
        name.startswith(BACKUP_TEMP_PREFIX) and name.endswith(BACKUP_TEMP_SUFFIX)
    )


def clean_stale(folders: Iterable[Path] = ()) -> list[Path]:
    """Remove the temporary files of writers that are gone: every journal
    entry nobody holds a lock on, and temporary files in ``folders`` (the
    data folder, the backups folder) that no live writer has listed.
    Returns what was removed."""
    removed: list[Path] = []
    live: set[str] = set()
    journal = _journal_dir()
    entries = sorted(journal.glob("*.pending")) if journal.is_dir() else []
    for entry in entries:
        try:
            handle = open(entry, "rb")  # noqa: SIM115
        except OSError:
            continue
        with handle:
            listed = os.fsdecode(handle.read())
            if not _lock(handle, block=False):
                live.add(listed)
                continue
            temp = Path(listed)
            if _is_temp_name(temp.name) and temp.is_file():
                with contextlib.suppress(OSError):
                    temp.unlink()
                    removed.append(temp)
            with contextlib.suppress(OSError):
                entry.unlink()
    for folder in folders:
        if not Path(folder).is_dir():
            continue
        for candidate in Path(folder).iterdir():
            if _is_temp_name(candidate.name) and os.path.abspath(candidate) not in live and candidate.is_file():
                with contextlib.suppress(OSError):
                    candidate.unlink()
                    removed.append(candidate)
    return removed


# --- staging and publishing -----------------------------------------------------------------------


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once at import (os.umask can only be read by setting it): a saved file
# gets the permissions any new file of the user gets, not mkstemp's 0600.
_FILE_MODE = 0o666 & ~_read_umask()


@dataclass
class StagedOutput:
    """A finished file under a temporary name, waiting to be moved into place."""

    target: Path
    temp: Path
    overwrite: bool
    protected: tuple[Path, ...]
    _journal: _JournalEntry = field(repr=False)
    published: bool = False

    def publish(self) -> Path:
        """Move the file into place (checking the target again: it may have
        appeared meanwhile). On failure the temporary file is removed."""
        if self.published:
            return self.target
        try:
            check_target(self.target, overwrite=self.overwrite, protected=self.protected)
            mode = self.target.stat().st_mode & 0o777 if self.target.exists() else _FILE_MODE
            os.chmod(self.temp, mode)
            if self.overwrite:
                os.replace(self.temp, self.target)
            else:
                _move_no_clobber(self.temp, self.target)
        except OSError as exc:
            self.discard()
            raise ValidationError(MSG_CANNOT_WRITE, field="output", path=_shown(self.target),
                                  problem=exc.strerror or str(exc)) from exc
        except BaseException:
            self.discard()
            raise
        self.published = True
        self._journal.close()
        return self.target

    def discard(self) -> None:
        if not self.published:
            self.temp.unlink(missing_ok=True)
        self._journal.close()


def _move_no_clobber(temp: Path, target: Path) -> None:
    """Rename without replacing a file that appeared since the check."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise ValidationError(MSG_EXISTS, field="output", path=_shown(target)) from None
    except OSError:  # no hard links here (FAT, some network shares): checked just before
        if os.path.lexists(target):
            raise ValidationError(MSG_EXISTS, field="output", path=_shown(target)) from None
        os.replace(temp, target)
        return
    temp.unlink(missing_ok=True)


def reserve(target: Path | str, *, overwrite: bool = False, protected: Iterable[Path] = (),
            prefix: str = TEMP_PREFIX, suffix: str = TEMP_SUFFIX) -> StagedOutput:
    """Check ``target`` and create an empty temporary file beside it for the caller to fill."""
    guarded = tuple(protected)
    path = check_target(target, overwrite=overwrite, protected=guarded)
    folder = path.parent if str(path.parent) else Path(".")
    name = f"{prefix}{secrets.token_hex(4)}{suffix}"
    temp = folder / name
    journal = _JournalEntry.open(temp)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        journal.close()
        raise ValidationError(MSG_CANNOT_WRITE, field="output", path=_shown(path),
                              problem=exc.strerror or str(exc)) from exc
    os.close(fd)
    return StagedOutput(path, temp, overwrite, guarded, journal)


def stage(target: Path | str, write: Writer, *, overwrite: bool = False,
          protected: Iterable[Path] = ()) -> StagedOutput:
    """Write with ``write(handle)`` into a temporary file beside ``target``."""
    staged = reserve(target, overwrite=overwrite, protected=protected)
    try:
        with open(staged.temp, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        staged.discard()
        raise ValidationError(MSG_CANNOT_WRITE, field="output", path=_shown(staged.target),
                              problem=exc.strerror or str(exc)) from exc
    except BaseException:
        staged.discard()
        raise
    return staged


@contextlib.contextmanager
def discarded_on_error(staged: StagedOutput) -> Iterator[StagedOutput]:
    """Remove the temporary file if the block fails."""
    try:
        yield staged
    except BaseException:
        staged.discard()
        raise


_PENDING = "referral_app.staged_outputs"


def publish_on_commit(session: Session, staged: StagedOutput) -> Path:
    """Move ``staged`` into place when ``session``'s transaction commits (after
    the audit entry recorded in it is safe), and remove it if the transaction
    ends any other way. Returns the path the file will have."""
    if not session.in_transaction():
        staged.discard()
        raise RuntimeError("publish_on_commit needs a transaction")
    pending: list[StagedOutput] | None = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []
        event.listen(session, "after_commit", _publish_pending)
        event.listen(session, "after_transaction_end", _discard_pending)
    pending.append(staged)
    return staged.target


def _publish_pending(session: Session) -> None:
    pending: list[StagedOutput] = session.info.get(_PENDING, [])
    try:
        while pending:
            pending[0].publish()
            pending.pop(0)
    finally:
        for staged in pending:  # after a failed move, the others are not published either
            staged.discard()
        pending.clear()


def _discard_pending(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is not None or transaction.nested:
        return
    pending: list[StagedOutput] = session.info.get(_PENDING, [])
    for staged in pending:
        staged.discard()
    pending.clear()


def write_audited(session: Session, target: Path | str, write: Writer, *,
                  overwrite: bool = False, record: Callable[[Path], Any]) -> Path:
    """The usual path for a service: stage the file, call ``record(final_path)``
    to write the audit entry, and publish when the transaction commits."""
    staged = stage(target, write, overwrite=overwrite, protected=protected_for(session))
    with discarded_on_error(staged):
        record(staged.target)
        session.flush()  # a database problem shows before the transaction is committed
    return publish_on_commit(session, staged)
