"""`referral-app suggest`: where to send an inquiry, and why.

Nothing is stored and no personal data is read, so no sign-in is needed.
"""

from __future__ import annotations

from typing import Any

from referral_app.commands.base import EXIT_OK, Context, dump_json
from referral_app.config import resolve_language
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.routing import MAX_AGE, Reason, Routing, RoutingQuery
from referral_app.lazy import lazy_module
from referral_app.translation import lookup
from referral_app.translation import tr as translate

routing_service = lazy_module("referral_app.services.routing")

NAME = "suggest"
DEFAULT_LIMIT = 5
MAX_LIMIT = 50

MSG_BAD_LIMIT = QT_TRANSLATE_NOOP("errors", "--limit must be a whole number from 1 to {maximum}.")
MSG_BAD_AGE_TEXT = QT_TRANSLATE_NOOP(
    "errors", "The age must be a whole number from 0 to {maximum}, e.g. --age 34."
)


def register(commands: Any) -> None:
    suggest = commands.add_parser(
        "suggest", help=translate("cli", "suggest services for an inquiry, with reasons")
    )
    suggest.add_argument(
        "text",
        nargs="?",
        default="",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what the inquiry is about, in the resident's words"),
    )
    suggest.add_argument(
        "--category",
        metavar=translate("cli", "CODE"),
        help=translate("cli", "the category, if known (e.g. bolig.vedligehold)"),
    )
    suggest.add_argument(
        "--address",
        metavar=translate("cli", "ADDRESS"),
        help=translate("cli", "the resident's address (e.g. \"Høje Gladsaxe 34, 3. tv\")"),
    )
    suggest.add_argument(
        "--age", metavar="N", help=translate("cli", "the resident's age in years")
    )
    suggest.add_argument(
        "--language",
        metavar=translate("cli", "CODE"),
        help=translate("cli", "the resident's language as a two-letter code (e.g. ar, so, tr)"),
    )
    suggest.add_argument(
        "--limit",
        metavar="N",
        default=str(DEFAULT_LIMIT),
        help=translate("cli", "how many suggestions to show (default 5)"),
    )
    suggest.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of text")
    )


def run(ctx: Context) -> int:
    args = ctx.args
    query = RoutingQuery(
        text=args.text or "",
        category_code=args.category,
        age=_whole_number(args.age, 0, MAX_AGE, MSG_BAD_AGE_TEXT, "age"),
        address=args.address,
        language=args.language,
    )
    limit = _whole_number(args.limit, 1, MAX_LIMIT, MSG_BAD_LIMIT, "limit")
    language = resolve_language(getattr(args, "lang", None))
    db = ctx.open_db()
    try:
        with db.begin() as session:
            routing = routing_service.suggest(session, query, limit=limit)
    finally:
        db.dispose()
    if args.json:
        dump_json(ctx, suggestions_json(routing, language))
    else:
        print_text(ctx, routing, language)
    return EXIT_OK


def render(reason: Reason, language: str) -> str:
    """A reason in the app's language (Danish unless --lang en)."""
    return reason.render(lambda source: lookup("routing", source), language)


def suggestions_json(routing: Routing, language: str) -> list[dict[str, Any]]:
    return [
        {
            "service_id": s.service_id,
            "service": s.service_name,
            "organization": s.organization_name,
            "category": s.category_code,
            "score": s.score,
            "reasons": [render(r, language) for r in s.reasons],
        }
        for s in routing.suggestions
    ]


def print_text(ctx: Context, routing: Routing, language: str) -> None:
    for note in routing.notes:
        print(render(note, language), file=ctx.out)
    if not routing.suggestions:
        print(translate("cli", "No suggestions."), file=ctx.out)
        return
    for number, suggestion in enumerate(routing.suggestions, start=1):
        head = translate("cli", "{number}. {service} – {organization} (no. {id}, score {score})")
        print(
            head.format(
                number=number,
                service=suggestion.service_name,
                organization=suggestion.organization_name,
                id=suggestion.service_id,
                score=f"{suggestion.score:.0f}",
            ),
            file=ctx.out,
        )
        for reason in suggestion.reasons:
            print(f"   · {render(reason, language)}", file=ctx.out)


def _whole_number(
    value: str | None, minimum: int, maximum: int, message: str, field: str
) -> int | None:
    if value is None:
        return None
    text = value.strip()
    # isdecimal, not isdigit: what int() reads ("²" and "①" are digits to isdigit() only)
    if not (text.isdecimal() or (text.startswith("-") and text[1:].isdecimal())):
        raise ValidationError(message, field=field, maximum=maximum)
    number = int(text)
    if not minimum <= number <= maximum:
        raise ValidationError(message, field=field, maximum=maximum)
    return number
