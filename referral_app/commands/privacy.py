"""`referral-app retention run`: forget on schedule, by hand."""

from __future__ import annotations

from typing import Any

from referral_app.commands.base import EXIT_OK, Context, Parser, add_sign_in_options
from referral_app.lazy import lazy_module
from referral_app.translation import tr as translate

retention_service = lazy_module("referral_app.services.retention")

NAME = "retention"


def register(commands: Any) -> None:
    retention = commands.add_parser(
        "retention", help=translate("cli", "anonymize and delete data whose time is up")
    )
    actions = retention.add_subparsers(
        dest="retention_command",
        metavar=translate("cli", "ACTION"),
        required=True,
        parser_class=Parser,
    )
    run_parser = actions.add_parser("run", help=translate("cli", "run the retention rules now"))
    run_parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "only say what would happen; change nothing"),
    )
    add_sign_in_options(run_parser)


def run(ctx: Context) -> int:
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        summary = retention_service.run(session, actor, dry_run=ctx.args.dry_run)
    text = (
        translate(
            "cli",
            "Would anonymize {residents} residents (no activity since {resident_cutoff}) and delete "
            "{entries} audit entries (older than {audit_cutoff}). Nothing was changed.",
        )
        if summary.dry_run
        else translate(
            "cli",
            "Anonymized {residents} residents (no activity since {resident_cutoff}) and deleted "
            "{entries} audit entries (older than {audit_cutoff}).",
        )
    )
    print(
        text.format(
            residents=summary.residents_anonymized,
            entries=summary.audit_entries_deleted,
            resident_cutoff=summary.resident_cutoff.date().isoformat(),
            audit_cutoff=summary.audit_cutoff.date().isoformat(),
        ),
        file=ctx.out,
    )
    return EXIT_OK
