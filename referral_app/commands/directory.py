"""`referral-app directory`: the service directory."""

from __future__ import annotations

from typing import Any

from referral_app.commands import directory_hsds
from referral_app.commands.base import EXIT_OK, Context, Parser, dump_json
from referral_app.domain.directory import Organization, Service
from referral_app.lazy import lazy_module
from referral_app.translation import label, weekday_name
from referral_app.translation import tr as translate

directory_service = lazy_module("referral_app.services.directory")

NAME = "directory"


def register(commands: Any) -> None:
    directory = commands.add_parser("directory", help=translate("cli", "the service directory"))
    dir_commands = directory.add_subparsers(
        dest="directory_command",
        metavar=translate("cli", "ACTION"),
        required=True,
        parser_class=Parser,
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
    directory_hsds.register(dir_commands)


def run(ctx: Context) -> int:
    if ctx.args.directory_command in directory_hsds.ACTIONS:
        return directory_hsds.run(ctx)
    db = ctx.open_db()
    with db.begin() as session:
        organizations = directory_service.list_directory(
            session, ctx.args.search, active_only=ctx.args.active
        )
    if ctx.args.json:
        dump_json(ctx, [_organization_json(org) for org in organizations])
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
