"""Opening the database and bringing it up to date: the start-up use case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from referral_app.db import migrate
from referral_app.db.engine import Database
from referral_app.domain.directory import SeedSummary
from referral_app.services.directory_seed import load_directory

__all__ = ["Database", "Session", "StartupReport", "open_database", "prepare", "schema_status", "sqlite_file"]


@dataclass(frozen=True, slots=True)
class StartupReport:
    revision_before: str | None
    revision_after: str
    backup: Path | None
    seeded: SeedSummary

    @property
    def changed(self) -> bool:
        return self.revision_before != self.revision_after or self.seeded.total > 0


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def open_database(url: str, *, busy_timeout_ms: int | None = None) -> Database:
    """Open and check a database; raises StorageError with a clear message."""
    db = Database(url) if busy_timeout_ms is None else Database(url, busy_timeout_ms=busy_timeout_ms)
    db.check()
    return db


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names (None for PostgreSQL, memory or a bad URL,
    which opening the database reports)."""
    from referral_app.db.engine import parse_database_url, sqlite_path
    from referral_app.domain.errors import DomainError

    try:
        return sqlite_path(parse_database_url(url))
    except DomainError:
        return None


def schema_status(db: Database) -> SchemaStatus:
    return SchemaStatus(migrate.current_revision(db), migrate.SCHEMA_HEAD)


def prepare(db: Database, directory_dir: Path, *, backup_dir: Path | None = None) -> StartupReport:
    """Migrate (backing up an SQLite file first) and load new directory items."""
    result = migrate.upgrade(db, backup_dir=backup_dir)
    with db.begin() as session:
        seeded = load_directory(session, directory_dir)
    return StartupReport(result.before, result.after, result.backup, seeded)
