"""`referral-app inquiry`, `tally` and `resident`: the front desk from a terminal.

Each of these commands works as a staff member: ``--user NAME`` and the
password (asked for, or the first line of standard input with
``--password-stdin``), because it reads or writes personal data or is
counted in someone's name. Input that can be checked without the database
(dates, numbers, a CPR-like number, the channel) is refused before the
password is asked for; either way nothing is saved.

This module holds three top-level commands, so it offers ``GROUPS`` instead
of a single ``NAME``/``register``/``run``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, TextIO

from referral_app.commands.base import (
    EXIT_OK,
    Context,
    Parser,
    add_sign_in_options,
    dump_json,
    record_id,
)
from referral_app.config import resolve_language
from referral_app.domain.enums import Channel, Urgency
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.inquiries import (
    Inquiry,
    InquiryCorrection,
    InquiryDraft,
    clean_category_code,
    clean_inquiry,
    local_day_bounds,
    parse_choice,
)
from referral_app.domain.limits import check_day
from referral_app.lazy import lazy_module
from referral_app.translation import label
from referral_app.translation import tr as translate

intake = lazy_module("referral_app.services.intake")
tallies = lazy_module("referral_app.services.tallies")
corrections = lazy_module("referral_app.services.corrections")

# Inquiries are read this many at a time, so a year of them never sits in memory at once.
PAGE = 5000
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
MSG_BAD_DATE = QT_TRANSLATE_NOOP(
    "errors", "{value} is not a date. Write it as 2025-03-31 or 31.03.2025."
)
MSG_PERIOD_ORDER = QT_TRANSLATE_NOOP("errors", "The end of the period must come after its start.")
MSG_BAD_RESIDENT_ID = QT_TRANSLATE_NOOP(
    "errors", "Write the resident's number as digits, e.g. 42; {value} is not one."
)


class CommandGroup(NamedTuple):
    NAME: str
    register: Callable[[Any], None]
    run: Callable[[Context], int]


# --- Parsing ----------------------------------------------------------------------------------


def parse_date(text: str | None, field: str) -> date | None:
    """A date written 2025-03-31 or 31.03.2025 (or 31.3.2025); None when not given."""
    if text is None:
        return None
    cleaned = text.strip()
    for pattern in DATE_FORMATS:
        try:
            day = datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
        return check_day(day, field)
    raise ValidationError(MSG_BAD_DATE, field=field, value=text)


def parse_resident_id(text: str | None) -> int | None:
    if text is None or not text.strip():
        return None
    cleaned = text.strip()
    # isdecimal, not isdigit: "⁰" and "①" are digits to isdigit() but int() refuses them
    if not cleaned.isdecimal() or len(cleaned) > 12:
        raise ValidationError(MSG_BAD_RESIDENT_ID, field="resident", value=text)
    return int(cleaned)


def _language(ctx: Context) -> str:
    return resolve_language(getattr(ctx.args, "lang", None))


def _json_flag(parser: Any) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of text")
    )


def _channel_option(parser: Any) -> None:
    parser.add_argument(
        "--channel",
        default=Channel.WALK_IN.value,
        metavar=translate("cli", "CHANNEL"),
        help=translate("cli", "how it came in: {choices} (default: walk_in)").format(
            choices=", ".join(c.value for c in Channel)
        ),
    )


# --- inquiry ------------------------------------------------------------------------------------


def _register_inquiry(commands: Any) -> None:
    inquiry = commands.add_parser("inquiry", help=translate("cli", "log and list inquiries"))
    actions = inquiry.add_subparsers(
        dest="inquiry_command",
        metavar=translate("cli", "ACTION"),
        required=True,
        parser_class=Parser,
    )
    add = actions.add_parser("add", help=translate("cli", "log an inquiry"))
    add.add_argument(
        "--category",
        default="",
        metavar=translate("cli", "CODE"),
        help=translate("cli", "the category's code, e.g. bolig.vedligehold"),
    )
    _channel_option(add)
    add.add_argument(
        "--text",
        default="",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what the inquiry is about (never a CPR number)"),
    )
    add.add_argument(
        "--resident",
        metavar="ID",
        help=translate("cli", "the resident's number, for a named inquiry"),
    )
    add.add_argument(
        "--language",
        metavar=translate("cli", "CODE"),
        help=translate("cli", "the language spoken, e.g. da, ar or so"),
    )
    add.add_argument(
        "--interpreter", action="store_true", help=translate("cli", "an interpreter is needed")
    )
    add.add_argument(
        "--urgency",
        default=Urgency.NORMAL.value,
        metavar=translate("cli", "URGENCY"),
        help=translate("cli", "{choices} (default: normal)").format(
            choices=", ".join(u.value for u in Urgency)
        ),
    )
    _json_flag(add)
    add_sign_in_options(add)

    listing = actions.add_parser(
        "list", help=translate("cli", "list inquiries received in a period, newest first")
    )
    listing.add_argument(
        "--from",
        dest="start",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "first day, e.g. 2025-03-01 or 01.03.2025"),
    )
    listing.add_argument(
        "--to",
        dest="end",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "last day (included)"),
    )
    _json_flag(listing)
    add_sign_in_options(listing)

    correct = actions.add_parser("correct", help=translate(
        "cli", "correct a saved inquiry (your own the same day; a coordinator any day)"))
    correct.add_argument("inquiry_id", type=record_id, metavar="ID")
    correct.add_argument("--category", metavar=translate("cli", "CODE"), help=translate("cli", "the new category"))
    correct.add_argument("--channel", metavar=translate("cli", "CHANNEL"), help=translate(
        "cli", "how it came in: {choices}").format(choices=", ".join(c.value for c in Channel)))
    correct.add_argument("--text", metavar=translate("cli", "TEXT"), help=translate("cli", "the new description"))
    correct.add_argument("--language", metavar=translate("cli", "CODE"), help=translate(
        "cli", "the language spoken; - for none"))
    correct.add_argument("--resident", metavar="ID", help=translate(
        "cli", "the resident's number; - for an anonymous inquiry"))
    _json_flag(correct)
    add_sign_in_options(correct)


def _run_inquiry(ctx: Context) -> int:
    if ctx.args.inquiry_command == "add":
        return _add_inquiry(ctx)
    if ctx.args.inquiry_command == "correct":
        return _correct_inquiry(ctx)
    return _list_inquiries(ctx)


def _correct_inquiry(ctx: Context) -> int:
    """Options not given keep their current value; "-" empties the language or the resident."""
    args = ctx.args
    given = [args.category, args.channel, args.text, args.language, args.resident]
    if all(value is None for value in given):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Nothing to correct: give at least one of --category, --channel, --text, --language and "
                      "--resident."), field="inquiry")
    resident = None if args.resident in (None, "-") else parse_resident_id(args.resident)
    if args.text is not None:
        clean_inquiry(InquiryDraft(category_code="x", description=args.text))  # a CPR number: refused at once
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        current = corrections.open_for_correction(session, actor, args.inquiry_id)
    correction = InquiryCorrection(
        category_code=args.category if args.category is not None else (current.category_code or ""),
        description=args.text if args.text is not None else current.description,
        channel=args.channel if args.channel is not None else current.channel,
        language=current.language if args.language is None else (None if args.language == "-" else args.language),
        resident_id=current.resident_id if args.resident is None else resident,
    )
    with db.begin() as session:
        inquiry = corrections.correct_inquiry(session, actor, args.inquiry_id, correction,
                                              expected_version=current.version)
    language = _language(ctx)
    if args.json:
        dump_json(ctx, inquiry_json(inquiry, language))
        return EXIT_OK
    if inquiry.version == current.version:
        print(translate("cli", "Inquiry {id} already says that; nothing was changed.").format(id=inquiry.id),
              file=ctx.out)
        return EXIT_OK
    print(translate("cli", "Inquiry {id} corrected: {category} ({channel}).").format(
        id=inquiry.id, category=inquiry.category_name(language) or inquiry.category_code,
        channel=label(inquiry.channel)), file=ctx.out)
    return EXIT_OK


def _add_inquiry(ctx: Context) -> int:
    args = ctx.args
    draft = InquiryDraft(
        channel=args.channel,
        category_code=args.category,
        description=args.text,
        language=args.language,
        interpreter_needed=args.interpreter,
        urgency=args.urgency,
        resident_id=parse_resident_id(args.resident),
    )
    clean_inquiry(draft)  # refused here, before anyone is asked for a password
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        inquiry = intake.log_inquiry(session, actor, draft)
    language = _language(ctx)
    if args.json:
        dump_json(ctx, inquiry_json(inquiry, language))
        return EXIT_OK
    print(
        translate("cli", "Inquiry {id} saved: {category} ({channel}).").format(
            id=inquiry.id,
            category=inquiry.category_name(language) or inquiry.category_code,
            channel=label(inquiry.channel),
        ),
        file=ctx.out,
    )
    return EXIT_OK


def inquiry_json(inquiry: Inquiry, language: str) -> dict[str, Any]:
    return {
        "id": inquiry.id,
        "received_at": inquiry.received_at.isoformat(),
        "channel": inquiry.channel.value,
        "category": inquiry.category_code,
        "category_name": inquiry.category_name(language),
        "description": inquiry.description,
        "language": inquiry.language,
        "interpreter_needed": inquiry.interpreter_needed,
        "urgency": inquiry.urgency.value,
        "status": inquiry.status.value,
        "resident_id": inquiry.resident_id,
        "desk": inquiry.desk,
    }


def _period(ctx: Context) -> tuple[date | None, datetime | date | None]:
    """The period to list. Without a last day in the past, the list ends
    now, so inquiries logged while it is printed do not shift the pages."""
    start = parse_date(ctx.args.start, "from")
    end = parse_date(ctx.args.end, "to")
    if start is not None and end is not None and end < start:
        raise ValidationError(MSG_PERIOD_ORDER, field="end")
    now = datetime.now().astimezone() + timedelta(seconds=1)
    upper = local_day_bounds(end)[1] if end is not None else None
    lower = local_day_bounds(start)[0] if start is not None else None
    if (upper is None or upper > now) and (lower is None or lower < now):
        return start, now
    return start, end


class _Lines:
    """Writes inquiries as they are read: a JSON array, or one line each."""

    def __init__(self, out: TextIO, as_json: bool, language: str) -> None:
        self.out, self.as_json, self.language = out, as_json, language
        self.count = 0

    def write(self, inquiry: Inquiry) -> None:
        if self.as_json:
            prefix = "[\n" if self.count == 0 else ",\n"
            self.out.write(prefix + json.dumps(inquiry_json(inquiry, self.language),
                                               ensure_ascii=False))
        else:
            when = inquiry.received_at.astimezone().strftime("%d.%m.%Y %H:%M")
            resident = (
                translate("cli", "resident {id}").format(id=inquiry.resident_id)
                if inquiry.resident_id is not None
                else translate("cli", "anonymous")
            )
            text = " ".join(inquiry.description.split())
            if len(text) > 60:
                text = text[:59] + "…"
            category = inquiry.category_name(self.language) or inquiry.category_code or "-"
            self.out.write(
                f"{inquiry.id:>7}  {when}  {label(inquiry.channel):<12} {category:<26} "
                f"{label(inquiry.status):<10} {resident:<14} {text}\n"
            )
        self.count += 1

    def close(self) -> None:
        if self.as_json:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        elif self.count == 0:
            self.out.write(translate("cli", "No inquiries in this period.") + "\n")
        self.out.flush()


def _list_inquiries(ctx: Context) -> int:
    start, end = _period(ctx)
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    lines = _Lines(ctx.out, ctx.args.json, _language(ctx))
    with db.begin() as session:
        offset = 0
        try:
            while True:
                page = intake.list_inquiries(
                    session, actor, start, end, offset, PAGE, log_search=offset == 0
                )
                for inquiry in page:
                    lines.write(inquiry)
                if len(page) < PAGE:
                    break
                offset += PAGE
            lines.close()
        except BrokenPipeError:
            # The reader stopped early (`| head`); the search stays logged.
            _silence(ctx.out)
    return EXIT_OK


def _silence(out: TextIO) -> None:
    """After a closed pipe, send what is still buffered nowhere, so Python
    does not complain on exit."""
    if out is sys.stdout:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


# --- tally ------------------------------------------------------------------------------------------


def _register_tally(commands: Any) -> None:
    tally = commands.add_parser(
        "tally", help=translate("cli", "count an anonymous inquiry in a category")
    )
    tally.add_argument(
        "code",
        metavar=translate("cli", "CODE"),
        help=translate("cli", "the category's code, e.g. digital.mitid"),
    )
    _channel_option(tally)
    add_sign_in_options(tally)


def _run_tally(ctx: Context) -> int:
    code = clean_category_code(ctx.args.code)
    channel = parse_choice(Channel, ctx.args.channel, "channel")
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        receipt = tallies.log_tally(session, actor, code, channel)
        today = tallies.counts_for_day(session, actor)
    language = _language(ctx)
    print(
        translate(
            "cli", "Counted: {category} ({channel}). Today in this category: {count}."
        ).format(
            category=receipt.category_name_en if language == "en" else receipt.category_name_da,
            channel=label(receipt.channel),
            count=today.get(receipt.category_code, 0),
        ),
        file=ctx.out,
    )
    return EXIT_OK


GROUPS = (
    CommandGroup("inquiry", _register_inquiry, _run_inquiry),
    CommandGroup("tally", _register_tally, _run_tally),
)
