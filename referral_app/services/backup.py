"""Backups: SQLite's online backup API (safe while others write), pg_dump for
PostgreSQL when it is installed, and a restore that refuses anything that is
not a backup of this app's schema."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from referral_app.db import migrate
from referral_app.db.engine import Database
from referral_app.domain.errors import ConflictError, StorageError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

REQUIRED_TABLES = {"alembic_version", "resident", "inquiry", "referral", "audit_event", "staff_user", "service"}
MSG_NOT_A_BACKUP = QT_TRANSLATE_NOOP("errors", "{path} is not a backup of Fælles Indgang: {problem}")
#: Pages copied per step of the online backup; between steps a cancelled backup stops.
BACKUP_STEP_PAGES = 2048
#: Left by a backup that was stopped hard (power cut); removed by the next automatic backup.
TEMP_PREFIX = ".backup-"


class BackupCancelled(Exception):  # noqa: N818 - not an error: the app is closing
    """The backup was stopped before it finished; nothing was left behind."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size: int
    revision: str | None


def _writable_target(target: Path) -> None:
    if not target.parent.is_dir():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."), field="path",
                              path=str(target.parent))
    if not os.access(target.parent, os.W_OK):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {problem}"), field="path",
                              path=str(target), problem="permission denied")


def backup(db: Database, target: Path, *, cancelled: Callable[[], bool] | None = None) -> BackupResult:
    """Copy the database to ``target``. ``cancelled`` is asked between steps of
    an SQLite copy; when it says yes, BackupCancelled is raised and nothing is left."""
    target = Path(target)
    _writable_target(target)
    if db.is_sqlite:
        return _backup_sqlite(db, target, cancelled)
    return _backup_postgres(db, target)


def _backup_sqlite(db: Database, target: Path, cancelled: Callable[[], bool] | None = None) -> BackupResult:
    if db.path is None:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "An in-memory database cannot be backed up."))

    def step(_status: int, _remaining: int, _total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled()

    # Written under a temporary name and renamed when complete and checked:
    # a backup stopped half-way never looks like a backup.
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".sqlite3", dir=target.parent)
    os.close(fd)
    try:
        with db.translate_errors():
            source = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True, timeout=30)
            try:
                dest = sqlite3.connect(tmp)
                try:
                    # A consistent snapshot, even while others write.
                    source.backup(dest, pages=BACKUP_STEP_PAGES, progress=step)
                    dest.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dest.close()
            finally:
                source.close()
        step(0, 0, 0)
        # quick_check: the copy was just made page by page by SQLite itself, so
        # the structural check is enough (integrity_check also re-reads every
        # index: 22 s of a 43 s start at a million inquiries).
        revision = check_backup_file(Path(tmp), thorough=False)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return BackupResult(target, target.stat().st_size, revision)


def _backup_postgres(db: Database, target: Path) -> BackupResult:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise StorageError(QT_TRANSLATE_NOOP(
            "errors", "pg_dump is not installed on this computer. Install the PostgreSQL client tools, or "
                      "ask whoever runs the database server to back it up."))
    url = db.url
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = [pg_dump, "--format=custom", "--no-owner", f"--file={target}.partial", "--dbname", str(url.database)]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    partial = Path(f"{target}.partial")
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise StorageError(QT_TRANSLATE_NOOP("errors", "The backup failed: {detail}"),
                           detail=(result.stderr.strip().splitlines() or ["pg_dump"])[-1])
    os.replace(partial, target)
    return BackupResult(target, target.stat().st_size, migrate.current_revision(db))


def check_backup_file(path: Path, *, thorough: bool = True) -> str:
    """Return the schema revision of a valid backup file; raise ValidationError otherwise.

    ``thorough`` runs ``PRAGMA integrity_check`` (before a restore); otherwise
    the faster ``quick_check`` (a copy just made by the backup API)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem="no such file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem="not a SQLite file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pragma = "integrity_check" if thorough else "quick_check"
            check = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in tables else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem=str(exc)) from exc
    if check != "ok":
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem=f"integrity check: {check}")
    missing = REQUIRED_TABLES - tables
    if missing:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path),
                              problem="missing tables " + ", ".join(sorted(missing)))
    if revision is None:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem="no schema revision")
    return str(revision[0])


def restore(db: Database, source: Path) -> str:
    """Replace the SQLite database's contents with a backup. Returns the backup's revision.

    A backup from a newer schema is refused; an older one is upgraded after the restore.
    """
    if not db.is_sqlite or db.path is None:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "errors", "Restoring is for the embedded SQLite database; restore PostgreSQL with pg_restore."))
    revision = check_backup_file(source)
    known = migrate.known_revisions(db)
    if revision not in known:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(source),
                              problem=f"schema {revision} is newer than this version of the app")
    db.dispose()
    with db.translate_errors():
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(db.path, timeout=30)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
    migrate.upgrade(db)
    return revision


AUTO_PREFIX = "auto-"


def run_automatic(db: Database, folder: Path, keep: int, *, now: datetime | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Path | None:
    """The daily automatic backup of an SQLite database: at most one a day,
    keeping the ``keep`` newest. Returns the new file, or None when not due.
    Raises BackupCancelled (leaving nothing) when ``cancelled`` says so."""
    if not db.is_sqlite or db.path is None:
        return None
    now = now or datetime.now()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"{TEMP_PREFIX}*.sqlite3"):  # left by a backup cut off by a power failure
        if now.timestamp() - stale.stat().st_mtime > 3600:
            stale.unlink(missing_ok=True)
    existing = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))
    if existing and now.timestamp() - existing[-1].stat().st_mtime < 20 * 3600:
        return None
    target = folder / f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}.sqlite3"
    backup(db, target, cancelled=cancelled)
    for old in sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))[:-max(1, keep)]:
        old.unlink(missing_ok=True)
    return target
