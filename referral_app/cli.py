"""The command line: the same services as the GUI.

Every failure the user can cause (bad arguments, a broken or locked database,
bad input) prints one line in the user's language and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn, TextIO

from referral_app import __version__
from referral_app.config import (
    DIRECTORY_DIR,
    LANGUAGES,
    app_paths,
    busy_timeout_ms,
    resolve_database_url,
)
from referral_app.domain.directory import Organization, Service
from referral_app.domain.errors import MSG_DB_NO_FOLDER, DomainError, StorageError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.services import database as database_service
from referral_app.services import directory as directory_service
from referral_app.translation import error_text, label, weekday_name
from referral_app.translation import tr as translate

EXIT_OK = 0
EXIT_USAGE = 2


class UsageError(Exception):
    """Arguments the parser refused."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="referral-app",
        description=translate(
            "cli",
            "Fælles Indgang: referrals for the single entry point at BIBLIOTEK+ Høje Gladsaxe. "
            "Without a command the window opens.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Fælles Indgang {__version__}")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=translate(
            "cli",
            "database to use (default: REFERRAL_APP_DATABASE_URL, else SQLite in the data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("cli", "language of the app: da (default) or en"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=translate("cli", "COMMAND"), parser_class=_Parser
    )

    db = commands.add_parser("db", help=translate("cli", "the database schema"))
    db_commands = db.add_subparsers(
        dest="db_command", metavar=translate("cli", "ACTION"), required=True, parser_class=_Parser
    )
    db_commands.add_parser(
        "upgrade", help=translate("cli", "create or update the schema and load the directory")
    )
    db_commands.add_parser(
        "current", help=translate("cli", "show the schema revision of the database")
    )

    directory = commands.add_parser("directory", help=translate("cli", "the service directory"))
    dir_commands = directory.add_subparsers(
        dest="directory_command",
        metavar=translate("cli", "ACTION"),
        required=True,
        parser_class=_Parser,
    )
    listing = dir_commands.add_parser(
        "list", help=translate("cli", "list organizations and their services")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of text")
    )
    listing.add_argument(
        "--search",
        default="",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "only what matches this text"),
    )
    listing.add_argument(
        "--active", action="store_true", help=translate("cli", "only active services")
    )
    return parser


@dataclass
class Context:
    args: argparse.Namespace
    out: TextIO
    err: TextIO

    def open_db(self, *, migrate: bool = True) -> database_service.Database:
        paths = app_paths()
        url, is_default = resolve_database_url(self.args.database_url, paths)
        if is_default:  # the embedded default's folder is ours to create
            try:
                paths.data_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(MSG_DB_NO_FOLDER, path=str(paths.data_dir)) from exc
        db = database_service.open_database(url, busy_timeout_ms=busy_timeout_ms())
        if migrate:
            self.prepare(db)
        return db

    def prepare(self, db: database_service.Database) -> database_service.StartupReport:
        """Migrate and load new directory items. A SQLite file is copied to the
        ``backups`` folder beside it before its schema changes."""
        return database_service.prepare(db, DIRECTORY_DIR)


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def run(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run a parsed command. The caller has set up translations."""
    handlers: dict[str, Callable[[Context], int]] = {
        "db": _db,
        "directory": _directory,
    }
    ctx = Context(args, out, err)
    try:
        return handlers[args.command](ctx)
    except DomainError as exc:
        print(f"referral-app: {error_text(exc)}", file=err)
        return EXIT_USAGE


def usage_error(message: str, err: TextIO = sys.stderr) -> int:
    prefix = translate("cli", "invalid arguments")
    print(f"referral-app: {prefix}: {_usage_text(message)}", file=err)
    return EXIT_USAGE


# argparse words its errors in English when it parses, before the language is
# known; the common ones are reworded here, anything else is shown as it is.
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"argument (?P<argument>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"
        ),
        QT_TRANSLATE_NOOP("cli", "{argument}: unknown choice {value} (choose from {choices})"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<arguments>.+)"),
        QT_TRANSLATE_NOOP("cli", "unknown arguments: {arguments}"),
    ),
    (
        re.compile(r"the following arguments are required: (?P<arguments>.+)"),
        QT_TRANSLATE_NOOP("cli", "missing: {arguments}"),
    ),
    (
        re.compile(r"argument (?P<argument>\S+): expected one argument"),
        QT_TRANSLATE_NOOP("cli", "{argument} needs a value"),
    ),
)


def _usage_text(message: str) -> str:
    for pattern, template in _ARGPARSE_ERRORS:
        match = pattern.fullmatch(message.strip())
        if match:
            return translate("cli", template).format(**match.groupdict())
    return message


# --- db ------------------------------------------------------------------------


def _db(ctx: Context) -> int:
    if ctx.args.db_command == "current":
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
    return EXIT_OK


# --- directory -----------------------------------------------------------------


def _directory(ctx: Context) -> int:
    db = ctx.open_db()
    with db.begin() as session:
        organizations = directory_service.list_directory(
            session, ctx.args.search, active_only=ctx.args.active
        )
    if ctx.args.json:
        json.dump(
            [_organization_json(org) for org in organizations],
            ctx.out,
            ensure_ascii=False,
            indent=2,
        )
        ctx.out.write("\n")
        return EXIT_OK
    if not organizations:
        print(translate("cli", "Nothing in the directory matches."), file=ctx.out)
    for org in organizations:
        print(f"{org.name} ({label(org.kind)})", file=ctx.out)
        for service in org.services:
            categories = ", ".join(c.name_da for c in service.categories)
            print(
                f"  {service.id:>4}  {service.name} [{label(service.status)}] {categories}",
                file=ctx.out,
            )
            for slot in service.schedules:
                print(
                    f"        {weekday_name(slot.weekday)} {slot.opens_at:%H:%M}-{slot.closes_at:%H:%M}",
                    file=ctx.out,
                )
    return EXIT_OK


def _organization_json(org: Organization) -> dict[str, Any]:
    return {
        "id": org.id,
        "key": org.key,
        "name": org.name,
        "kind": org.kind.value,
        "description": org.description,
        "website": org.website,
        "phone": org.phone,
        "email": org.email,
        "services": [_service_json(s) for s in org.services],
    }


def _service_json(service: Service) -> dict[str, Any]:
    return {
        "id": service.id,
        "key": service.key,
        "name": service.name,
        "description": service.description,
        "status": service.status.value,
        "eligibility": service.eligibility,
        "min_age": service.min_age,
        "max_age": service.max_age,
        "residents_only": service.residents_only,
        "languages": list(service.languages),
        "interpretation": service.interpretation,
        "application_process": service.application_process,
        "what_to_bring": service.what_to_bring,
        "follow_up_days": service.follow_up_days,
        "waiting_list": service.waiting_list,
        "url": service.url,
        "phone": service.phone,
        "email": service.email,
        "location": service.location.one_line if service.location else None,
        "categories": [
            {"code": c.code, "name_da": c.name_da, "name_en": c.name_en} for c in service.categories
        ],
        "schedules": [
            {
                "weekday": s.weekday,
                "opens": s.opens_at.strftime("%H:%M"),
                "closes": s.closes_at.strftime("%H:%M"),
                "valid_from": s.valid_from.isoformat() if s.valid_from else None,
                "valid_to": s.valid_to.isoformat() if s.valid_to else None,
                "note": s.note,
            }
            for s in service.schedules
        ],
        "contacts": [
            {"name": c.name, "title": c.title, "phone": c.phone, "email": c.email}
            for c in service.contacts
        ],
    }
