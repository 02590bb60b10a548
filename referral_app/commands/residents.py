"""`referral-app resident`: find residents, correct one's details, merge two
records of the same person, export what is held about one (the access
report), and erase one on request."""

from __future__ import annotations

from dataclasses import replace
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
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.privacy import check_no_cpr
from referral_app.domain.residents import (
    MATCH_LABELS,
    MERGE_FIELDS,
    Resident,
    ResidentDraft,
    ResidentMatch,
    display_phone,
    parse_address,
    parse_birth_year,
)
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
    edit = actions.add_parser("edit", help=translate(
        "cli", "correct a resident's details; options not given keep their value, - empties one"))
    edit.add_argument("resident_id", type=record_id, metavar="ID")
    for option, help_text in (("--name", translate("cli", "the full name")),
                              ("--phone", translate("cli", "the phone number")),
                              ("--email", translate("cli", "the e-mail address")),
                              ("--address", translate("cli", "street, number and floor, e.g. \"Høje Gladsaxe 34, 3. tv\"")),
                              ("--postal-code", translate("cli", "the postal code")),
                              ("--city", translate("cli", "the city")),
                              ("--birth-year", translate("cli", "the birth year, e.g. 1984")),
                              ("--language", translate("cli", "the preferred language, e.g. ar"))):
        edit.add_argument(option, metavar=translate("cli", "TEXT"), help=help_text)
    edit.add_argument("--interpreter", choices=("yes", "no"), help=translate("cli", "an interpreter is needed"))
    merge = actions.add_parser("merge", help=translate(
        "cli", "merge two records of the same person: inquiries, referrals and consents move to the first"))
    merge.add_argument("keep_id", type=record_id, metavar=translate("cli", "KEEP"))
    merge.add_argument("merge_id", type=record_id, metavar=translate("cli", "OTHER"))
    merge.add_argument("--take", default="", metavar=translate("cli", "FIELDS"), help=translate(
        "cli", "details where the other record's value wins, comma-separated: {fields}").format(
        fields=", ".join(MERGE_FIELDS)))
    for parser in (search, export, erase, edit, merge):
        add_sign_in_options(parser)


def run(ctx: Context) -> int:
    command = ctx.args.resident_command
    if command == "search":
        return _search(ctx)
    if command == "export":
        return _export(ctx)
    if command == "edit":
        return _edit(ctx)
    if command == "merge":
        return _merge(ctx)
    return _erase(ctx)


_EDIT_OPTIONS = ("name", "phone", "email", "address", "postal_code", "city", "birth_year", "language",
                 "interpreter")


def _edited(current: Resident, args: Any) -> ResidentDraft:
    """The current details with the given options applied ("-" empties a detail)."""

    def value(given: str | None, now: str | None) -> str | None:
        return now if given is None else (None if given.strip() == "-" else given)

    draft = ResidentDraft(
        full_name=current.full_name or "", phone=current.phone, email=current.email, street=current.street,
        house_number=current.house_number, unit=current.unit, postal_code=current.postal_code, city=current.city,
        birth_year=current.birth_year, preferred_language=current.preferred_language,
        interpreter_needed=current.interpreter_needed)
    if args.address is not None:
        street, number, unit = parse_address(None if args.address.strip() == "-" else args.address)
        draft = replace(draft, street=street or None, house_number=number, unit=unit)
    birth_year = current.birth_year if args.birth_year is None else (
        None if args.birth_year.strip() == "-" else parse_birth_year(args.birth_year))
    return replace(
        draft, full_name=value(args.name, current.full_name) or "", phone=value(args.phone, current.phone),
        email=value(args.email, current.email), postal_code=value(args.postal_code, current.postal_code),
        city=value(args.city, current.city), birth_year=birth_year,
        preferred_language=value(args.language, current.preferred_language),
        interpreter_needed=current.interpreter_needed if args.interpreter is None else args.interpreter == "yes")


def _edit(ctx: Context) -> int:
    args = ctx.args
    if all(getattr(args, name) is None for name in _EDIT_OPTIONS):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Nothing to change: give at least one detail, e.g. --phone or --address."), field="resident")
    for name in _EDIT_OPTIONS:
        check_no_cpr(name, getattr(args, name))  # refused before anyone is asked for a password
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        current = residents.get(session, actor, args.resident_id, "resident edit (command line)")
    draft = _edited(current, args)
    with db.begin() as session:
        saved = residents.update(session, actor, current.id, draft, expected_version=current.version)
    print(translate("cli", "Resident {id} saved: {name}, {phone}, {address}.").format(
        id=saved.id, name=saved.full_name or "-", phone=display_phone(saved.phone) or "-",
        address=saved.address_line or "-"), file=ctx.out)
    return EXIT_OK


def _merge(ctx: Context) -> int:
    args = ctx.args
    take = tuple(part.strip() for part in args.take.split(",") if part.strip())
    unknown = [name for name in take if name not in MERGE_FIELDS]
    if unknown:  # refused before anyone is asked for a password
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{value} is not one of the choices: {choices}."),
                              field="take", value=", ".join(unknown), choices=", ".join(MERGE_FIELDS))
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        kept = residents.merge(session, actor, args.keep_id, args.merge_id, prefer_other=take)
    print(translate("cli", "Resident {other} is merged into resident {keep} ({name}); its inquiries, referrals "
                           "and consents moved with it.").format(
        other=args.merge_id, keep=kept.id, name=kept.full_name or "-"), file=ctx.out)
    return EXIT_OK


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
