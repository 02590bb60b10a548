"""`referral-app db`: create, update and inspect the schema."""

from __future__ import annotations

from typing import Any

from referral_app.commands.base import EXIT_OK, Context, Parser
from referral_app.services import database as database_service
from referral_app.translation import tr as translate

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


def run(ctx: Context) -> int:
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
