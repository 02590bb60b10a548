"""Engine and sessions for SQLite (embedded default) and PostgreSQL (shared).

Every low-level database failure is turned into a ``StorageError`` with a
message the user can act on, so no layer above needs to know SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from referral_app.domain.errors import (
    MSG_DB_BAD_URL,
    MSG_DB_CORRUPT,
    MSG_DB_FAILED,
    MSG_DB_LOCKED,
    MSG_DB_NO_DRIVER,
    MSG_DB_NO_FOLDER,
    MSG_DB_READONLY,
    MSG_DB_UNREACHABLE,
    StorageError,
    ValidationError,
)
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

MSG_OUT_OF_RANGE = QT_TRANSLATE_NOOP("errors", "A number or a date in what was entered is out of range.")

DEFAULT_BUSY_TIMEOUT_MS = 15000  # a desk waits this long for another desk's write on a busy PC
# Execution option that makes a SQLite transaction begin deferred (readers only).
READ_ONLY_OPTION = "referral_app_read_only"


def parse_database_url(raw: str) -> URL:
    """Parse and normalise a database URL; only SQLite and PostgreSQL are accepted."""
    try:
        url = make_url(raw.strip())
    except (ArgumentError, ValueError) as exc:
        raise StorageError(MSG_DB_BAD_URL, url=_mask(raw)) from exc
    backend = url.get_backend_name()
    if backend == "postgresql" and url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    elif url.drivername == "postgres":
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StorageError(MSG_DB_BAD_URL, url=_mask(raw))
    if url.get_backend_name() == "postgresql" and not url.database:
        raise StorageError(MSG_DB_BAD_URL, url=_mask(raw))
    return url


def require_postgres_driver() -> None:
    """psycopg comes with the extra ``referral-app[postgres]``; without it, say what to install."""
    try:
        import psycopg  # noqa: F401 - only checks that the driver is there
    except ImportError as exc:
        raise StorageError(MSG_DB_NO_DRIVER) from exc


def _mask(raw: str) -> str:
    """Hide a password in a URL before it is shown or logged."""
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown as typed, minus credentials
        return raw.split("@")[-1] if "@" in raw else raw


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database
    if not database or database == ":memory:" or url.query.get("mode") == "memory":
        return None
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    return Path(database)


class Database:
    """An engine with a session factory. ``begin()`` is one unit of work."""

    def __init__(self, raw_url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> None:
        self.url = parse_database_url(raw_url)
        self.display_url = self.url.render_as_string(hide_password=True)
        self.path = sqlite_path(self.url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.path is not None and not self.path.parent.exists():
            raise StorageError(MSG_DB_NO_FOLDER, path=str(self.path.parent))
        kwargs: dict[str, Any] = {"future": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000}
        else:
            require_postgres_driver()
            kwargs["pool_pre_ping"] = True
            # A desk waits for another desk's row lock as long as a SQLite desk
            # waits for the write lock, then gets a clear answer instead of hanging.
            kwargs["connect_args"] = {"connect_timeout": 5, "options": f"-c lock_timeout={int(busy_timeout_ms)}"}
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StorageError(MSG_DB_BAD_URL, url=self.display_url) from exc
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine, busy_timeout_ms)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # The same pool; on SQLite its transactions begin deferred and must only read.
        self.read_engine: Engine = self.engine.execution_options(**{READ_ONLY_OPTION: True})
        self.read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    def check(self) -> None:
        """Open a connection and read from it, so a broken database fails early and clearly."""
        with self.translate_errors():
            with self.read_engine.connect() as conn:
                if self.is_sqlite:
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                else:
                    conn.execute(text("SELECT 1")).scalar()

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self.translate_errors():
            with self.sessions.begin() as session:
                yield session

    def checkpoint(self) -> None:
        """Move a SQLite file's write-ahead log into the file itself and empty it."""
        if self.is_sqlite:
            with self.translate_errors(), self.read_engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A transaction that only reads: on SQLite it does not take the write
        lock, so it never waits for a writer. Writing in it is a mistake (it
        may fail with "database is locked" instead of waiting)."""
        with self.translate_errors():
            with self.read_sessions.begin() as session:
                yield session

    @contextmanager
    def translate_errors(self) -> Iterator[None]:
        try:
            yield
        except StorageError:
            raise
        except (DBAPIError, sqlite3.Error) as exc:
            raise self.storage_error(exc) from exc
        except OverflowError as exc:  # an id past 2^63-1 or a date past 9999 reached the driver
            raise ValidationError(MSG_OUT_OF_RANGE) from exc

    def storage_error(self, exc: BaseException) -> StorageError:
        return classify_error(exc, self)

    def dispose(self) -> None:
        self.engine.dispose()


def classify_error(exc: BaseException, db: Database) -> StorageError:
    """Map a driver error to a message that says what to do."""
    original = getattr(exc, "orig", exc)
    message = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    lowered = message.lower()
    path = str(db.path) if db.path else db.display_url
    if db.is_sqlite:
        if "locked" in lowered or "busy" in lowered:
            return StorageError(MSG_DB_LOCKED)
        if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
            return StorageError(MSG_DB_READONLY, path=path)
        if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
            return StorageError(MSG_DB_CORRUPT, path=path)
        if "unable to open" in lowered:
            if db.path is not None and not db.path.parent.exists():
                return StorageError(MSG_DB_NO_FOLDER, path=str(db.path.parent))
            return StorageError(MSG_DB_READONLY, path=path)
        return StorageError(MSG_DB_FAILED, detail=message)
    if is_lock_timeout(exc):
        return StorageError(MSG_DB_LOCKED)
    if isinstance(exc, OperationalError) and (
        "connect" in lowered or "connection" in lowered or "resolve" in lowered or "timeout" in lowered
    ):
        return StorageError(MSG_DB_UNREACHABLE, detail=_scrub(message, db))
    if isinstance(exc, SQLAlchemyError) and "password authentication failed" in lowered:
        return StorageError(MSG_DB_UNREACHABLE, detail=_scrub(message, db))
    return StorageError(MSG_DB_FAILED, detail=_scrub(message, db))


def is_lock_timeout(exc: BaseException) -> bool:
    """A PostgreSQL lock wait that gave up (lock_timeout) or a deadlock, or a busy SQLite database."""
    original = getattr(exc, "orig", exc)
    if getattr(original, "sqlstate", None) in ("55P03", "40P01"):
        return True
    if isinstance(original, sqlite3.OperationalError):
        lowered = str(original).lower()
        return "locked" in lowered or "busy" in lowered
    return False


def _scrub(message: str, db: Database) -> str:
    password = db.url.password
    if password:
        message = message.replace(str(password), "***")
    return message


def _install_sqlite_pragmas(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin
        # (the pysqlite driver's own handling breaks SAVEPOINT and DDL).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            mode = cursor.execute("PRAGMA journal_mode").fetchone()
            if mode and str(mode[0]).lower() not in ("wal", "memory"):
                try:
                    cursor.execute("PRAGMA journal_mode = WAL")
                except sqlite3.OperationalError:
                    pass  # a read-only file keeps its journal mode; writes fail with a clear message later
            cursor.execute("PRAGMA synchronous = NORMAL")
            # Freed pages are overwritten, so erased personal data does not
            # linger in the file (not every SQLite build defaults to this).
            cursor.execute("PRAGMA secure_delete = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer takes the write lock when it begins, so the busy timeout
        # applies: a deferred transaction that reads first and writes later
        # cannot wait for the lock (SQLite answers "database is locked" at
        # once rather than let a reader upgrade after another writer).
        # Read-only work asks for a deferred transaction through ``reading()``.
        deferred = conn.get_execution_options().get(READ_ONLY_OPTION, False)
        conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

