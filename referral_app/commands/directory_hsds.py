"""`referral-app directory export|import|show`: the directory in Open Referral
HSDS 3.0 form. Import signs in (coordinators and administrators only) and is
all or nothing; ``--dry-run`` shows what it would add, change and leave alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from referral_app.commands.base import (
    EXIT_OK,
    Context,
    add_overwrite_option,
    add_sign_in_options,
    check_output,
    dump_json,
)
from referral_app.domain.hsds import STATUS_FROM_HSDS, ImportSummary, weekdays_from_byday
from referral_app.lazy import lazy_module
from referral_app.translation import label, weekday_name
from referral_app.translation import tr as translate

hsds_export = lazy_module("referral_app.services.hsds.export")
hsds_importer = lazy_module("referral_app.services.hsds.importer")
hsds_terms = lazy_module("referral_app.services.hsds.terms")

ACTIONS = ("export", "import", "show", "terms", "map-term")
FORMATS = ("hsds-json", "hsds-csv")
KINDS = ("organization", "location", "service", "category")


def register(dir_commands: Any) -> None:
    export = dir_commands.add_parser(
        "export", help=translate("cli", "write the directory as Open Referral HSDS 3.0 (JSON or CSV)"))
    export.add_argument("--format", choices=FORMATS, default="hsds-json",
                        help=translate("cli", "hsds-json: one JSON file; hsds-csv: a folder of CSV files"))
    export.add_argument("-o", "--output", required=True, metavar=translate("cli", "PATH"),
                        help=translate("cli", "the JSON file, or the folder for the CSV files"))
    add_overwrite_option(export)

    imp = dir_commands.add_parser(
        "import", help=translate("cli", "read Open Referral HSDS 3.0 services into the directory"))
    imp.add_argument("path", metavar=translate("cli", "PATH"),
                     help=translate("cli", "a .json file, or a folder with datapackage.json and CSV files"))
    imp.add_argument("--dry-run", action="store_true",
                     help=translate("cli", "only show what would be added, changed and left alone"))
    imp.add_argument("--json", action="store_true", help=translate("cli", "print JSON instead of text"))
    add_sign_in_options(imp)

    terms = dir_commands.add_parser(
        "terms", help=translate("cli", "taxonomy terms imported from other taxonomies, and what they map to"))
    terms.add_argument("--json", action="store_true", help=translate("cli", "print JSON instead of text"))
    map_term = dir_commands.add_parser(
        "map-term", help=translate("cli", "map an imported taxonomy term to one of our categories"))
    map_term.add_argument("term", metavar=translate("cli", "TERM"),
                          help=translate("cli", "the term's code (hsds-…) or HSDS id, see directory terms"))
    map_term.add_argument("category", metavar=translate("cli", "CATEGORY"),
                          help=translate("cli", "our category's code, e.g. faellesskab.aktiviteter"))
    add_sign_in_options(map_term)

    show = dir_commands.add_parser("show", help=translate("cli", "one service, by number or HSDS id"))
    show.add_argument("service", metavar="ID")
    show.add_argument("--json", action="store_true",
                      help=translate("cli", "print the HSDS 3.0 service object as JSON"))


def run(ctx: Context) -> int:
    action = ctx.args.directory_command
    if action == "export":
        return _export(ctx)
    if action == "import":
        return _import(ctx)
    if action == "terms":
        return _terms(ctx)
    if action == "map-term":
        return _map_term(ctx)
    return _show(ctx)


def _terms(ctx: Context) -> int:
    db = ctx.open_db()
    with db.begin() as session:
        found = hsds_terms.imported_terms(session)
    if ctx.args.json:
        dump_json(ctx, [{"code": t.code, "hsds_id": t.hsds_id, "name": t.name, "taxonomy": t.taxonomy,
                         "maps_to": t.maps_to, "services": t.services} for t in found])
        return EXIT_OK
    if not found:
        print(translate("cli", "No imported taxonomy terms."), file=ctx.out)
    for term in found:
        target = term.maps_to or translate("cli", "(not mapped: does not route)")
        print(f"{term.code}  {term.name} [{term.taxonomy or '-'}] -> {target} ({term.services})", file=ctx.out)
    return EXIT_OK


def _map_term(ctx: Context) -> int:
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        count = hsds_terms.map_term(session, actor, ctx.args.term, ctx.args.category)
    print(translate("cli", "Mapped {term} to {category}; {count} services route by it now.").format(
        term=ctx.args.term, category=ctx.args.category, count=count), file=ctx.out)
    return EXIT_OK


def _export(ctx: Context) -> int:
    target = Path(ctx.args.output)
    if ctx.args.format == "hsds-json":
        target = check_output(ctx, ctx.args.output)  # before any work: never over the database or a file
    db = ctx.open_db()
    with db.begin() as session:
        if ctx.args.format == "hsds-csv":
            counts = hsds_export.write_csv_folder(session, target, overwrite=ctx.args.overwrite)
            services = counts.get("services", 0)
        else:
            services = hsds_export.write_json(session, target, overwrite=ctx.args.overwrite)
    print(translate("cli", "Wrote {count} services to {path}.").format(count=services, path=target), file=ctx.out)
    return EXIT_OK


def _import(ctx: Context) -> int:
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        summary = hsds_importer.import_path(session, actor, Path(ctx.args.path), dry_run=ctx.args.dry_run)
    if ctx.args.json:
        dump_json(ctx, summary_json(summary))
        return EXIT_OK
    print_summary(ctx, summary)
    return EXIT_OK


def summary_json(summary: ImportSummary) -> dict[str, Any]:
    return {
        "source": summary.source,
        "dry_run": summary.dry_run,
        **{bucket: [{"kind": item.kind, "name": item.name} for item in getattr(summary, bucket)]
           for bucket in ("added", "changed", "unchanged")},
        "unmapped_terms": list(summary.unmapped_terms),
    }


def print_summary(ctx: Context, summary: ImportSummary) -> None:
    head = (translate("cli", "Dry run of {source}: nothing was written.") if summary.dry_run
            else translate("cli", "Imported {source}."))
    print(head.format(source=summary.source), file=ctx.out)
    labels = {
        "organization": translate("cli", "organizations"),
        "location": translate("cli", "locations"),
        "service": translate("cli", "services"),
        "category": translate("cli", "categories"),
    }
    for kind in KINDS:
        print(translate("cli", "  {what}: {added} added, {changed} changed, {unchanged} unchanged").format(
            what=labels[kind], added=summary.count("added", kind), changed=summary.count("changed", kind),
            unchanged=summary.count("unchanged", kind)), file=ctx.out)
    for bucket, mark in (("added", "+"), ("changed", "~")):
        for item in getattr(summary, bucket):
            if item.kind == "service":
                print(f"  {mark} {item.name}", file=ctx.out)
    if summary.unmapped_terms:
        print(translate("cli", "Categories to map before they route: {terms}").format(
            terms=", ".join(summary.unmapped_terms)), file=ctx.out)


def _days_text(byday: str) -> str:
    """HSDS's ``"MO,WE"`` as weekday names in the user's language; an unknown code as it is."""
    try:
        return ", ".join(weekday_name(day) for day in weekdays_from_byday(byday))
    except ValueError:
        return byday


def _show(ctx: Context) -> int:
    db = ctx.open_db()
    with db.begin() as session:
        service = hsds_export.find_service(session, ctx.args.service)
    if ctx.args.json:
        dump_json(ctx, service)
        return EXIT_OK
    org = service.get("organization", {})
    print(f"{service['number']}  {service['name']} ({org.get('name', '')})", file=ctx.out)
    print(f"  HSDS id: {service['id']}", file=ctx.out)
    status = label(STATUS_FROM_HSDS[service["status"]])
    print("  " + translate("cli", "Status: {status}").format(status=status), file=ctx.out)
    for sal in service.get("service_at_locations", []):
        for address in sal.get("location", {}).get("addresses", []):
            print(f"  {address.get('address_1', '')}, {address.get('postal_code', '')} {address.get('city', '')}",
                  file=ctx.out)
    for phone in service.get("phones", []):
        print("  " + translate("cli", "Phone: {number}").format(number=phone["number"]), file=ctx.out)
    for schedule in service.get("schedules", []):
        if schedule.get("byday"):
            print(f"  {_days_text(schedule['byday'])} {schedule.get('opens_at', '')}-{schedule.get('closes_at', '')}",
                  file=ctx.out)
    for attribute in service.get("attributes", []):
        term = attribute.get("taxonomy_term", {})
        print(f"  # {term.get('name', '')}", file=ctx.out)
    return EXIT_OK
