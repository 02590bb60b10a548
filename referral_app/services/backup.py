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

from referral_app.db import migrate, schema_check
from referral_app.db.engine import Database
from referral_app.domain.accounts import Actor
from referral_app.domain.audit import AuditAction
from referral_app.domain.errors import ConflictError, StorageError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.services import outputs

REQUIRED_TABLES = {"alembic_version", "resident", "inquiry", "referral", "audit_event", "staff_user", "service"}
MSG_NOT_A_BACKUP = QT_TRANSLATE_NOOP("errors", "{path} is not a backup of Fælles Indgang: {problem}")
# Problems without details are source texts themselves (context "enums"), so the user reads them translated.
PROBLEM_NO_FILE = QT_TRANSLATE_NOOP("enums", "no such file")
PROBLEM_NOT_SQLITE = QT_TRANSLATE_NOOP("enums", "not a SQLite file")
PROBLEM_NO_REVISION = QT_TRANSLATE_NOOP("enums", "no schema revision")
#: Pages copied per step of the online backup; between steps a cancelled backup stops.
BACKUP_STEP_PAGES = 2048
Cancelled = Callable[[], bool]


class BackupCancelled(Exception):  # noqa: N818 - not an error: the app is closing
    """The backup was stopped before it finished; its temporary file is gone."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size: int
    revision: str | None



def _lenient_text(raw: bytes) -> str:
    """Text read from a file that may be damaged: bytes that are not UTF-8 are replaced, not fatal."""
    return raw.decode("utf-8", "replace")


def _one_line(exc: BaseException, limit: int = 300) -> str:
    """SQLite's complaint about a damaged file, on one line and short: it may quote
    a garbled CREATE statement, newlines and all, or quote text that is not UTF-8."""
    if isinstance(exc, UnicodeDecodeError):
        return "its schema holds damaged text (not UTF-8)"
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

def backup(db: Database, target: Path, *, actor: Actor | None = None, username: str | None = None,
           overwrite: bool = False, automatic: bool = False,
           cancelled: Cancelled | None = None) -> BackupResult:
    """Copy the database to ``target``, audited: the one way every backup is
    made (``db backup``, the daily automatic backup, the tests).

    Three steps, each with its own transaction boundary:

    1. the copy is made under a hidden temporary name beside ``target``
       (SQLite's online backup from a read-only connection, or pg_dump),
       outside any write transaction, so desks keep working meanwhile;
    2. the audit entry (by ``actor``, or ``username`` when nobody signed in)
       is committed in a short transaction of its own;
    3. only then is the copy moved to ``target``.

    A failure at any step (the copy, the entry, the move) or a cancel
    (``cancelled`` is asked between steps of an SQLite copy; it raises
    BackupCancelled) removes the temporary file: no copy of everyone's data is
    left without its entry. The caller must not hold a transaction on ``db``:
    on SQLite the entry's transaction would wait for the caller's write lock.
    """
    staged, revision = stage_backup(db, target, overwrite=overwrite, cancelled=cancelled)
    from referral_app.services import audit

    what = "automatic backup" if automatic else "backup"
    with outputs.discarded_on_error(staged):
        with db.begin() as session:
            audit.record(session, actor, AuditAction.EXPORT, entity="database",
                         username=None if actor else (username or "cli"),
                         detail=f"{what} {staged.target.name} revision={revision}")
        path = staged.publish()
    return BackupResult(path, path.stat().st_size, revision)


def stage_backup(db: Database, target: Path, *, overwrite: bool = False,
                 cancelled: Cancelled | None = None) -> tuple[outputs.StagedOutput, str | None]:
    """A checked copy of the database under a temporary name beside ``target``
    (step 1 of ``backup``); the caller publishes it (or discards it) once the
    backup is audited."""
    protected = (*outputs.protected_for(None), *outputs.database_files(db.path))
    if db.is_sqlite:
        if db.path is None:
            raise ConflictError(QT_TRANSLATE_NOOP("errors", "An in-memory database cannot be backed up."))
        staged = outputs.reserve(target, overwrite=overwrite, protected=protected,
                                 prefix=outputs.BACKUP_TEMP_PREFIX, suffix=outputs.BACKUP_TEMP_SUFFIX)
        with outputs.discarded_on_error(staged):
            return staged, _backup_sqlite(db, staged.temp, cancelled)
    staged = outputs.reserve(target, overwrite=overwrite, protected=protected)
    with outputs.discarded_on_error(staged):
        return staged, _backup_postgres(db, staged.temp)


def _backup_sqlite(db: Database, temp: Path, cancelled: Cancelled | None = None) -> str:
    def step(_status: int = 0, _remaining: int = 0, _total: int = 0) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled()

    with db.translate_errors():
        source = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True, timeout=30)
        try:
            dest = sqlite3.connect(temp)
            try:
                # A consistent snapshot, even while others write, in steps that can be cancelled.
                source.backup(dest, pages=BACKUP_STEP_PAGES, progress=step)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
    Path(f"{temp}-journal").unlink(missing_ok=True)
    step()
    # quick_check: the copy was just made page by page by SQLite itself, so the
    # structural check is enough (integrity_check also re-reads every index:
    # 22 s of a 43 s first start of the day at a million inquiries).
    return check_backup_file(temp, thorough=False)


def _backup_postgres(db: Database, temp: Path) -> str | None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise StorageError(QT_TRANSLATE_NOOP(
            "errors", "pg_dump is not installed on this computer. Install the PostgreSQL client tools, or "
                      "ask whoever runs the database server to back it up."))
    url = db.url
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = [pg_dump, "--format=custom", "--no-owner", f"--file={temp}", "--dbname", str(url.database)]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise StorageError(QT_TRANSLATE_NOOP("errors", "The backup failed: {detail}"),
                           detail=(result.stderr.strip().splitlines() or ["pg_dump"])[-1])
    return migrate.current_revision(db)


def check_backup_file(path: Path, *, thorough: bool = True) -> str:
    """Return the schema revision of a valid backup file; raise ValidationError otherwise.

    ``thorough`` runs ``PRAGMA integrity_check`` (a file about to be restored);
    otherwise the faster ``quick_check`` (a copy the backup API just made)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem=PROBLEM_NO_FILE,
                              translated_params=("problem",))
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem=PROBLEM_NOT_SQLITE,
                                  translated_params=("problem",))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.text_factory = _lenient_text  # a damaged file's text may not be UTF-8
        try:
            pragma = "integrity_check" if thorough else "quick_check"
            check = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in tables else None
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # SQLite may quote garbled schema text
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem=_one_line(exc)) from exc
    if check != "ok":  # SQLite words a damaged file over several lines: one is shown, on one line
        problem = " ".join(str(check).split())
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem=f"integrity check: {problem}")
    missing = REQUIRED_TABLES - tables
    if missing:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path),
                              problem="missing tables " + ", ".join(sorted(missing)))
    if revision is None:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem=PROBLEM_NO_REVISION,
                              translated_params=("problem",))
    return str(revision[0])


def prove_backup_file(path: Path, known_revisions: set[str]) -> str:
    """All a restore asks of a file: a SQLite database that passes its integrity
    check, at a revision this app knows, with exactly the schema the app's
    migrations build for that revision (tables, columns, indexes, triggers),
    no broken foreign keys and an intact audit chain. Returns the revision."""
    path = Path(path)
    revision = check_backup_file(path)
    if revision not in known_revisions:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path),
                              # escaped: a file can hold any text there, line breaks included
                              problem=f"schema {revision.encode('unicode_escape').decode('ascii')} "
                                      "is newer than this version of the app")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = schema_check.differences(schema_check.reference_schema(revision),
                                                schema_check.read_schema(conn))
            broken_keys = sorted({str(row[0]) for row in conn.execute("PRAGMA foreign_key_check")})
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path), problem=_one_line(exc)) from exc
    if problems:
        shown = "; ".join(problems[:3]) + ("; …" if len(problems) > 3 else "")
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path),
                              problem=f"its schema is not the one of revision {revision}: {shown}")
    if broken_keys:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path),
                              problem="rows refer to missing rows in " + ", ".join(broken_keys))
    _check_audit_chain(path)
    return revision


def _check_audit_chain(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has_chain = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_chain'").fetchone()
    finally:
        conn.close()
    if not has_chain:  # a backup from before the chain: the migration will build it
        return
    from referral_app.services import audit_chain

    copy = Database(f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true")
    try:
        with copy.reading() as session:
            report = audit_chain.check(session)
    finally:
        copy.dispose()
    if not report.intact:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(path),
                              problem=f"its audit log is broken at entry {report.entry_id} ({report.problem})")


def restore(db: Database, source: Path, *, username: str | None = None) -> str:
    """Replace the SQLite database's contents with a backup. Returns the backup's revision.

    The file must prove itself first (``prove_backup_file``), and then work:
    it is copied next to the live database, opened the way the app opens a
    database, upgraded to this version's schema, read back (its audit chain)
    and given the restore's audit entry, by ``username``. Only a copy that
    passed all of that replaces the live database; a file that fails anywhere
    is refused and the live database is left exactly as it was. A backup from
    a newer schema is refused.
    """
    if not db.is_sqlite or db.path is None:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "errors", "Restoring is for the embedded SQLite database; restore PostgreSQL with pg_restore."))
    revision = prove_backup_file(source, migrate.known_revisions(db))
    live = Path(db.path)
    handle, name = tempfile.mkstemp(dir=live.parent, prefix=outputs.BACKUP_TEMP_PREFIX,
                                    suffix=outputs.BACKUP_TEMP_SUFFIX)
    os.close(handle)
    trial_path = Path(name)
    try:
        _trial_restore(source, trial_path, revision, username)
        db.dispose()
        with db.translate_errors():
            _copy_database(trial_path, Path(db.path))
    finally:
        for leftover in (trial_path, Path(f"{trial_path}-wal"), Path(f"{trial_path}-shm")):
            leftover.unlink(missing_ok=True)
    return revision


def _copy_database(source: Path, target: Path) -> None:
    """Every page of ``source`` into ``target`` (SQLite's backup API: the target
    is replaced as one transaction, waiting up to 30 s for other desks)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def _trial_restore(source: Path, trial_path: Path, revision: str, username: str | None) -> None:
    """Copy ``source`` to ``trial_path`` and make it the database the restore
    will put in place: upgraded, read back and audited. Any failure is the
    file's: it is refused as not a backup, in one line."""
    from referral_app.services import audit, audit_chain

    trial: Database | None = None
    try:
        _copy_database(source, trial_path)
        trial = Database(f"sqlite:///{trial_path.as_posix()}")
        migrate.upgrade(trial)
        with trial.begin() as session:
            report = audit_chain.check(session)
            if not report.intact:
                raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(source),
                                      problem=f"its audit log is broken at entry {report.entry_id} "
                                              f"({report.problem})")
            audit.record(session, None, AuditAction.UPDATE, entity="database", username=username or "cli",
                         detail=f"restored from {Path(source).name} revision={revision}")
        with trial.translate_errors(), trial.engine.connect() as conn:
            check = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
        if check != "ok":
            raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(source),
                                  problem=f"integrity check: {' '.join(str(check).split())}")
    except ValidationError:
        raise
    except (StorageError, sqlite3.Error, UnicodeDecodeError) as exc:
        raise ValidationError(MSG_NOT_A_BACKUP, field="path", path=str(source),
                              problem=_one_line(getattr(exc.__cause__ or exc, "orig", exc.__cause__ or exc))) from exc
    finally:
        if trial is not None:
            trial.dispose()


AUTO_PREFIX = "auto-"


def run_automatic(db: Database, folder: Path, keep: int, *, now: datetime | None = None,
                  cancelled: Cancelled | None = None) -> Path | None:
    """The daily automatic backup of an SQLite database: at most one a day,
    keeping the ``keep`` newest. Returns the new file, or None when not due.
    Raises BackupCancelled (leaving nothing) when ``cancelled`` says so."""
    if not db.is_sqlite or db.path is None:
        return None
    now = now or datetime.now()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))
    if existing and now.timestamp() - existing[-1].stat().st_mtime < 20 * 3600:
        return None
    target = folder / f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}.sqlite3"
    backup(db, target, username="auto-backup", automatic=True, cancelled=cancelled)
    for old in sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))[:-max(1, keep)]:
        old.unlink(missing_ok=True)
    return target
