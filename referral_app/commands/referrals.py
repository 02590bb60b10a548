"""`referral-app referral`: the coordinator's queue from the command line."""

from __future__ import annotations

from typing import Any

from referral_app.commands.base import (
    EXIT_OK,
    Context,
    Parser,
    add_sign_in_options,
    dump_json,
    record_id,
    version_number,
)
from referral_app.domain.enums import CloseReason, ReferralStatus
from referral_app.domain.inquiries import local_today
from referral_app.domain.referrals import FOLLOW_UP_LABELS, QueueFilter, Referral, parse_status
from referral_app.lazy import lazy_module
from referral_app.translation import label, lookup
from referral_app.translation import tr as translate

referral_service = lazy_module("referral_app.services.referrals")

NAME = "referral"
PAGE = 500


def register(commands: Any) -> None:
    referral = commands.add_parser(
        "referral", help=translate("cli", "referrals and their follow-up")
    )
    actions = referral.add_subparsers(
        dest="referral_command",
        metavar=translate("cli", "ACTION"),
        required=True,
        parser_class=Parser,
    )
    listing = actions.add_parser(
        "list", help=translate("cli", "list referrals (open ones unless --status)")
    )
    listing.add_argument(
        "--status",
        choices=[s.value for s in ReferralStatus],
        help=translate("cli", "only referrals with this status"),
    )
    listing.add_argument(
        "--overdue", action="store_true", help=translate("cli", "only overdue referrals")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of text")
    )
    move = actions.add_parser("move", help=translate("cli", "give a referral a new status"))
    move.add_argument("referral_id", type=record_id, metavar="ID")
    move.add_argument(
        "status",
        metavar=translate("cli", "STATUS"),
        help=", ".join(s.value for s in ReferralStatus),
    )
    move.add_argument(
        "--reason",
        choices=[r.value for r in CloseReason],
        help=translate("cli", "why it was declined or not completed"),
    )
    move.add_argument("--note", default=None, help=translate("cli", "a short note for the history"))
    move.add_argument(
        "--expected-version",
        type=version_number,
        default=None,
        help=translate("cli", "the version you looked at; refused if someone changed it since"),
    )
    for parser in (listing, move):
        add_sign_in_options(parser)


def run(ctx: Context) -> int:
    if ctx.args.referral_command == "move":
        parse_status(ctx.args.status)  # a bad status is reported before the password is asked for
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    today = local_today()
    if ctx.args.referral_command == "move":
        with db.begin() as session:
            moved = referral_service.move(
                session,
                actor,
                ctx.args.referral_id,
                ctx.args.status,
                reason=ctx.args.reason,
                note=ctx.args.note,
                expected_version=ctx.args.expected_version,
            )
        print(
            translate("cli", "Referral {id} is now: {status}.").format(
                id=moved.id, status=label(moved.status)
            ),
            file=ctx.out,
        )
        return EXIT_OK
    status = ReferralStatus(ctx.args.status) if ctx.args.status else None
    flt = QueueFilter(status=status, overdue_only=ctx.args.overdue, open_only=status is None)
    rows: list[Referral] = []
    with db.begin() as session:
        # Page by keyset: each page starts after the last row of the one before.
        page = referral_service.list_queue(session, actor, flt, limit=PAGE, today=today, log_search=True)
        while page:
            rows.extend(page)
            if len(page) < PAGE:
                break
            page = referral_service.list_queue(
                session, actor, flt, limit=PAGE, today=today, log_search=False, after=page[-1]
            )
    if ctx.args.json:
        dump_json(ctx, [_json(r, today) for r in rows])
        return EXIT_OK
    if not rows:
        print(translate("cli", "No referrals match."), file=ctx.out)
    for r in rows:
        due = r.due_date.strftime("%d.%m.%Y") if r.due_date else "-"
        state = lookup("enums", FOLLOW_UP_LABELS[r.follow_up(today)])
        print(
            f"{r.id:>6}  {label(r.status):<16} {due:<10} {state:<18} {r.service_name} ({r.organization_name})",
            file=ctx.out,
        )
    return EXIT_OK


def _json(r: Referral, today: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "inquiry_id": r.inquiry_id,
        "service_id": r.service_id,
        "service": r.service_name,
        "organization": r.organization_name,
        "mode": r.mode.value,
        "status": r.status.value,
        "reason": r.reason.value if r.reason else None,
        "due_date": r.due_date.isoformat() if r.due_date else None,
        "follow_up": r.follow_up(today).value,
        "category": r.category_code,
        "resident_id": r.resident_id,
        "created_at": r.created_at.isoformat(),
        "closed_at": r.closed_at.isoformat() if r.closed_at else None,
        "version": r.version,
    }
