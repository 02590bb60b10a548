"""`referral-app audit list`: the audit trail for managers and administrators.
``--user`` filters by staff member here; you sign in with ``--as``."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from referral_app.commands.base import (
    EXIT_OK,
    Context,
    Parser,
    add_sign_in_options,
    dump_json,
    record_id,
)
from referral_app.domain.audit import AuditAction, AuditEntry, AuditFilter
from referral_app.domain.audit_chain import PROBLEM_TEXTS
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.limits import check_day
from referral_app.domain.privacy import check_no_cpr
from referral_app.lazy import lazy_module
from referral_app.translation import tr as translate

audit_service = lazy_module("referral_app.services.audit")

NAME = "audit"
PAGE = 1000


def register(commands: Any) -> None:
    audit = commands.add_parser("audit", help=translate("cli", "the audit trail"))
    actions = audit.add_subparsers(
        dest="audit_command", metavar=translate("cli", "ACTION"), required=True, parser_class=Parser
    )
    listing = actions.add_parser("list", help=translate("cli", "list audit entries, oldest first"))
    listing.add_argument(
        "--from",
        dest="start",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "from this day (YYYY-MM-DD or DD.MM.YYYY)"),
    )
    listing.add_argument(
        "--to",
        dest="end",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "to and including this day"),
    )
    listing.add_argument(
        "--user",
        dest="filter_user",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "only this staff member's entries"),
    )
    listing.add_argument(
        "--action",
        choices=[a.value for a in AuditAction],
        help=translate("cli", "only this kind of entry"),
    )
    listing.add_argument(
        "--resident",
        type=record_id,
        metavar="ID",
        help=translate("cli", "only entries about this resident"),
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of text")
    )
    add_sign_in_options(listing, flag="--as")
    verify = actions.add_parser(
        "verify",
        help=translate(
            "cli",
            "check that no entry was changed, deleted or inserted (exit status 1 if one was)",
        ),
    )
    add_sign_in_options(verify, flag="--as")


def parse_day(text: str | None, field: str) -> date | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            day = datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
        return check_day(day, field)
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "{value} is not a date; write it as 2026-11-27 or 27.11.2026."),
        field=field,
        value=text,
    )


def _local_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def run(ctx: Context) -> int:
    if ctx.args.audit_command == "verify":
        return _verify(ctx)
    start = parse_day(ctx.args.start, "from")
    end = parse_day(ctx.args.end, "to")
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The end of the period must come after its start."),
            field="to",
        )
    check_no_cpr("user", ctx.args.filter_user)  # refused before the password, never logged
    flt = AuditFilter(
        start=_local_midnight_utc(start) if start else None,
        end=_local_midnight_utc(end + timedelta(days=1)) if end else None,
        username=ctx.args.filter_user,
        action=AuditAction(ctx.args.action) if ctx.args.action else None,
        resident_id=ctx.args.resident,
    )
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    entries: list[AuditEntry] = []
    with db.begin() as session:
        total = audit_service.open_log(session, actor, flt)
        after: AuditEntry | None = None
        while len(entries) < total:  # by keyset: each page starts after the last entry read
            page = audit_service.list_events(
                session, actor, flt, limit=PAGE, log_view=False, after=after
            )
            if not page:
                break
            entries.extend(page)
            after = page[-1]
    entries.reverse()  # the service pages newest first; print oldest first
    if ctx.args.json:
        dump_json(ctx, [_entry_json(e) for e in entries])
        return EXIT_OK
    for e in entries:
        at = e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        target = " ".join(part for part in (e.entity, e.entity_id) if part)
        purpose = f" [{e.purpose}]" if e.purpose else ""
        print(f"{at}  {e.user or '-':<16} {e.action.value:<18} {target}{purpose}", file=ctx.out)
    return EXIT_OK


def _entry_json(e: AuditEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "at": e.at.isoformat(),
        "user": e.user,
        "action": e.action.value,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "resident_id": e.resident_id,
        "purpose": e.purpose,
        "detail": e.detail,
    }


EXIT_BROKEN = 1


def _verify(ctx: Context) -> int:
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        report = audit_service.verify_log(session, actor)
    if report.intact:
        print(
            translate("cli", "The audit log is intact: {count} entries checked.").format(
                count=report.checked
            ),
            file=ctx.out,
        )
        return EXIT_OK
    assert report.problem is not None
    problem = translate("audit", PROBLEM_TEXTS[report.problem]).format(
        id=report.entry_id, expected=report.expected_id
    )
    print(
        translate("cli", "The audit log has been tampered with: {problem}.").format(problem=problem),
        file=ctx.out,
    )
    return EXIT_BROKEN
