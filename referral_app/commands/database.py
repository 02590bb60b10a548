"""`referral-app db`: create, update and inspect the schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from referral_app.commands.base import (
    EXIT_OK,
    Context,
    Parser,
    add_overwrite_option,
    add_sign_in_options,
    check_output,
)
from referral_app.config import app_paths, resolve_database_url
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.lazy import lazy_module
from referral_app.translation import tr as translate

accounts_service = lazy_module("referral_app.services.accounts")
backup_service = lazy_module("referral_app.services.backup")
database_service = lazy_module("referral_app.services.database")
permissions = lazy_module("referral_app.services.permissions")

NAME = "db"


def register(commands: Any) -> None:
    db = commands.add_parser("db", help=translate("cli", "the database schema"))
    db_commands = db.add_subparsers(
        dest="db_command", metavar=translate("cli", "ACTION"), required=True, parser_class=Parser
    )
    db_commands.add_parser(
        "upgrade", help=translate("cli", "create or update the schema and load the directory")
    )
    db_commands.add_parser(
        "current", help=translate("cli", "show the schema revision of the database")
    )
    save = db_commands.add_parser(
        "backup", help=translate("cli", "copy the database to a file, also while in use")
    )
    save.add_argument("file", metavar=translate("cli", "FILE"))
    add_overwrite_option(save)
    load = db_commands.add_parser(
        "restore", help=translate("cli", "replace the SQLite database with a backup")
    )
    load.add_argument("file", type=Path, metavar=translate("cli", "FILE"))
    for parser in (save, load):
        add_sign_in_options(parser)


def _administrator(ctx: Context, db: database_service.Database) -> Actor | None:
    """Backups hold everyone's data: an administrator signs in, once accounts exist."""
    with db.begin() as session:
        if not accounts_service.has_users(session):
            return None
    actor = ctx.sign_in(db)
    with db.begin() as session:
        permissions.require(session, actor, Permission.BACKUP)
    return actor


def _backup(ctx: Context) -> int:
    check_output(ctx, ctx.args.file)
    db = ctx.open_db()
    actor = _administrator(ctx, db)
    # The copy holds everyone's data: it is moved into place only once its
    # audit entry is committed, and removed if that fails.
    made = backup_service.backup(db, Path(ctx.args.file), actor=actor, overwrite=ctx.args.overwrite)
    print(
        translate("cli", "Backup written to {path} ({size} bytes).").format(
            path=made.path, size=made.size
        ),
        file=ctx.out,
    )
    return EXIT_OK


def _restore(ctx: Context) -> int:
    db = ctx.open_db(migrate=False)
    actor = _administrator(ctx, db) if database_service.schema_status(db).current is not None else None
    revision = backup_service.restore(db, ctx.args.file, username=actor.username if actor else None)
    print(
        translate("cli", "Restored from {path} (schema {revision}).").format(
            path=ctx.args.file, revision=revision
        ),
        file=ctx.out,
    )
    return EXIT_OK


def run(ctx: Context) -> int:
    if ctx.args.db_command == "backup":
        return _backup(ctx)
    if ctx.args.db_command == "restore":
        return _restore(ctx)
    if ctx.args.db_command == "current":
        url, _default = resolve_database_url(ctx.args.database_url, app_paths())
        path = database_service.sqlite_file(url)
        if path is not None and not path.exists():  # looking must not create an empty file
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no database at {path}."), field="database",
                path=str(path))
        db = ctx.open_db(migrate=False)
        status = database_service.schema_status(db)
        current = status.current or translate("cli", "(empty database)")
        state = (
            translate("cli", "up to date")
            if status.up_to_date
            else translate("cli", "needs upgrade")
        )
        newest = translate("cli", "newest")
        print(f"{current} ({state}; {newest}: {status.head}) {db.display_url}", file=ctx.out)
        return EXIT_OK
    db = ctx.open_db(migrate=False)
    report = ctx.prepare(db)
    if not report.changed:
        print(
            translate(
                "cli", "The database is up to date ({revision}); nothing was changed."
            ).format(revision=report.revision_after),
            file=ctx.out,
        )
        return EXIT_OK
    if report.revision_before != report.revision_after:
        print(
            translate("cli", "Schema updated from {before} to {after}.").format(
                before=report.revision_before or translate("cli", "empty"),
                after=report.revision_after,
            ),
            file=ctx.out,
        )
    if report.backup:
        print(
            translate("cli", "A copy of the previous database is saved in {path}.").format(
                path=report.backup
            ),
            file=ctx.out,
        )
    if report.seeded.total:
        s = report.seeded
        print(
            translate(
                "cli",
                "Directory loaded: {orgs} organizations, {services} services, {categories} categories, "
                "{addresses} address ranges, {rules} routing rules.",
            ).format(
                orgs=s.organizations,
                services=s.services,
                categories=s.categories,
                addresses=s.addresses,
                rules=s.routing_rules,
            ),
            file=ctx.out,
        )
        if s.updated_categories:
            print(translate("cli", "Categories brought up to the newer directory (nobody had edited them): {count}.")
                  .format(count=s.updated_categories), file=ctx.out)
        if s.updated_services or s.updated_rules or s.updated_addresses:
            print(translate("cli", "Brought up to the newer directory (nobody had edited them): {services} services, "
                                   "{rules} routing rules, {addresses} address ranges.")
                  .format(services=s.updated_services, rules=s.updated_rules, addresses=s.updated_addresses),
                  file=ctx.out)
    return EXIT_OK
