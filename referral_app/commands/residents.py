"""`referral-app resident`: find residents, export what is held about one
(the access report), and erase one on request."""

from __future__ import annotations

from typing import Any

from referral_app.commands.base import (
    EXIT_OK,
    Context,
    Parser,
    add_overwrite_option,
    add_sign_in_options,
    check_output,
    dump_json,
    record_id,
)
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.residents import MATCH_LABELS, ResidentMatch, display_phone
from referral_app.lazy import lazy_module
from referral_app.translation import lookup
from referral_app.translation import tr as translate

access_report = lazy_module("referral_app.services.access_report")
residents = lazy_module("referral_app.services.residents")
retention = lazy_module("referral_app.services.retention")

NAME = "resident"


def register(commands: Any) -> None:
    resident = commands.add_parser("resident", help=translate("cli", "the resident register"))
    actions = resident.add_subparsers(
        dest="resident_command", metavar=translate("cli", "ACTION"), required=True, parser_class=Parser
    )
    search = actions.add_parser("search", help=translate("cli", "find residents by name, phone, address or e-mail"))
    search.add_argument("text", metavar=translate("cli", "TEXT"),
                        help=translate("cli", "what to look for; typos and ae/oe/aa for æ/ø/å are fine"))
    search.add_argument("--json", action="store_true", help=translate("cli", "print JSON instead of text"))
    export = actions.add_parser("export", help=translate(
        "cli", "everything held about a resident and every lookup of it (the access report)"))
    export.add_argument("resident_id", type=record_id, metavar="ID")
    export.add_argument("--format", choices=("pdf", "json"), default="pdf", help="pdf | json")
    export.add_argument("-o", "--output", required=True, metavar=translate("cli", "FILE"))
    add_overwrite_option(export)
    export.add_argument("--lang", dest="report_lang", choices=("da", "en"), default=None,
                        help=translate("cli", "language of the report"))
    erase = actions.add_parser("erase", help=translate("cli", "erase a resident's identifying data on request"))
    erase.add_argument("resident_id", type=record_id, metavar="ID")
    erase.add_argument("--yes", action="store_true",
                       help=translate("cli", "confirm; without it, only show what would be erased"))
    for parser in (search, export, erase):
        add_sign_in_options(parser)


def run(ctx: Context) -> int:
    command = ctx.args.resident_command
    if command == "search":
        return _search(ctx)
    if command == "export":
        return _export(ctx)
    return _erase(ctx)


def _search(ctx: Context) -> int:
    text = ctx.args.text
    check_no_cpr("query", text)  # never asks for a password, never reaches the log
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        matches = residents.search(session, actor, text)
    if ctx.args.json:
        dump_json(ctx, [resident_json(match) for match in matches])
        return EXIT_OK
    if not matches:
        print(translate("cli", "No residents match."), file=ctx.out)
    for match in matches:
        person = match.resident
        housing = person.housing_organization_name or ""
        print(f"{person.id:>7}  {person.full_name or '-'}  {display_phone(person.phone)}  "
              f"{person.address_line}  {housing}  ({match.score:.0f}, {lookup('enums', MATCH_LABELS[match.why])})",
              file=ctx.out)
    return EXIT_OK


def resident_json(match: ResidentMatch) -> dict[str, Any]:
    person = match.resident
    return {
        "id": person.id, "full_name": person.full_name, "phone": person.phone, "email": person.email,
        "address": person.address_line or None, "postal_code": person.postal_code, "city": person.city,
        "housing_organization": person.housing_organization_name, "department": person.department,
        "birth_year": person.birth_year, "age_band": person.age_band,
        "preferred_language": person.preferred_language, "interpreter_needed": person.interpreter_needed,
        "score": match.score, "match": match.why.value,
    }


def _export(ctx: Context) -> int:
    target = check_output(ctx, ctx.args.output)
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        target = access_report.export(session, actor, ctx.args.resident_id, target,
                                      as_json=ctx.args.format == "json",
                                      language=ctx.args.report_lang or ctx.args.lang or "da",
                                      overwrite=ctx.args.overwrite)
    print(translate("cli", "The access report for resident {id} is in {path}.").format(
        id=ctx.args.resident_id, path=target), file=ctx.out)
    return EXIT_OK


def _erase(ctx: Context) -> int:
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        preview = retention.erasure_preview(session, actor, ctx.args.resident_id)
    fields = ", ".join(preview.fields) or "-"
    print(translate("cli", "Resident {id} ({name}): removes {fields}; keeps {inquiries} inquiries, {referrals} "
                    "referrals and {consents} consents without them.").format(
        id=preview.resident_id, name=preview.name or "-", fields=fields, inquiries=preview.inquiries,
        referrals=preview.referrals, consents=preview.consents), file=ctx.out)
    if not ctx.args.yes:
        print(translate("cli", "Nothing was erased. Add --yes to erase."), file=ctx.out)
        return EXIT_OK
    with db.begin() as session:
        retention.erase(session, actor, preview.resident_id)
    print(translate("cli", "Resident {id} is erased.").format(id=preview.resident_id), file=ctx.out)
    return EXIT_OK
