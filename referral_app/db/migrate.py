"""Schema migrations, run from code at start-up and by ``referral-app db upgrade``.

Start-up stays fast: the stored revision is read with one query and compared
with ``SCHEMA_HEAD``; Alembic is imported only when they differ. Before the
schema of an existing SQLite file changes, a copy is saved beside it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from referral_app import resources
from referral_app.db.engine import Database
from referral_app.domain.errors import MSG_DB_TOO_NEW, StorageError

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in alembic/versions. tests/db/test_migrations.py checks it.
SCHEMA_HEAD = "0007_s17m_referral_category"



def alembic_dir() -> Path:
    """The Alembic scripts, inside the installed package or in the checkout (MissingResourceError if absent)."""
    folder = resources.migrations_dir()
    resources.require(folder / "env.py")
    resources.require(folder / "versions")
    return folder


@dataclass(frozen=True, slots=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(alembic_dir()))
    config.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def current_revision(db: Database) -> str | None:
    with db.translate_errors(), db.read_engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions(db: Database) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(db))
    return {rev.revision for rev in script.walk_revisions()}


def needs_upgrade(db: Database) -> bool:
    current = current_revision(db)
    if current == SCHEMA_HEAD:
        return False
    if current is not None and current not in known_revisions(db):
        raise StorageError(MSG_DB_TOO_NEW, revision=current)
    return True


def upgrade(db: Database, *, backup_dir: Path | None = None) -> MigrationResult:
    """Bring the schema to the head revision; a no-op when it is already there."""
    before = current_revision(db)
    if not needs_upgrade(db):
        return MigrationResult(before, SCHEMA_HEAD, None)
    backup = None
    if before is not None and db.path is not None and db.path.exists():
        backup = backup_sqlite(db.path, backup_dir or db.path.parent / "backups", label=f"before-{SCHEMA_HEAD}")
    from alembic import command

    config = alembic_config(db)
    with db.translate_errors(), db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return MigrationResult(before, SCHEMA_HEAD, backup)


def downgrade(db: Database, revision: str = "base") -> None:
    from alembic import command

    config = alembic_config(db)
    with db.translate_errors(), db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def backup_sqlite(path: Path, folder: Path, *, label: str) -> Path:
    """Copy a SQLite file with the online backup API (safe while others use it)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite3"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    partial.replace(target)
    return target
