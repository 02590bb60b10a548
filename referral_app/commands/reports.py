"""`referral-app report slip|case|stats`, `referral-app stats` and
`referral-app export inquiries`: the reports and the figures from a terminal.

Three top-level commands live here, so this module offers ``GROUPS`` (each
with NAME, register and run) instead of being one group itself. Every
command signs in with ``--user``. Output files are written to a temporary
file beside the target and moved into place: a failure leaves nothing
half-written. The output path is checked before the slow work starts.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from referral_app.commands.audit import parse_day
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
from referral_app.domain.reporting import REPORT_LANGUAGES, Period, RenderedReport, Statistics
from referral_app.domain.slip_languages import SLIP_LANGUAGES, parse_slip_language
from referral_app.lazy import lazy_module
from referral_app.translation import format_number
from referral_app.translation import tr as translate

exports = lazy_module("referral_app.services.exports")
reporting_service = lazy_module("referral_app.services.reporting")

MSG_NEED_PERIOD = QT_TRANSLATE_NOOP("errors", "Say which period: --from and --to, or --period.")
DELIMITER_NAMES = {";": ";", ",": ",", "tab": "\t"}


@dataclass(frozen=True)
class CommandGroup:
    NAME: str  # noqa: N815 - the attribute every command group has
    register: Callable[[Any], None]
    run: Callable[[Context], int]


# --- arguments ----------------------------------------------------------------------------


def _add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar=translate("cli", "DATE"),
                        help=translate("cli", "from this day (YYYY-MM-DD or DD.MM.YYYY)"))
    parser.add_argument("--to", dest="end", metavar=translate("cli", "DATE"),
                        help=translate("cli", "to and including this day"))
    parser.add_argument("--period", metavar=translate("cli", "PERIOD"),
                        help=translate("cli", "a whole year, quarter or month instead: 2026, 2026-Q3 or 2026-09"))


def _add_language(parser: argparse.ArgumentParser, help_text: str) -> None:
    # Its own dest: the top-level --lang is the language of the app's messages.
    parser.add_argument("--lang", dest="report_language", choices=REPORT_LANGUAGES, default="da", help=help_text)


def _add_output(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("-o", "--output", required=True, metavar=translate("cli", "FILE"), help=help_text)
    add_overwrite_option(parser)


def period_from(args: argparse.Namespace) -> Period:
    if args.period:
        if args.start or args.end:
            raise ValidationError(MSG_NEED_PERIOD, field="period")
        return Period.parse(args.period)
    start, end = parse_day(args.start, "from"), parse_day(args.end, "to")
    if start is None or end is None:
        raise ValidationError(MSG_NEED_PERIOD, field="from")
    return Period.between(start, end)


def register_report(commands: Any) -> None:
    report = commands.add_parser("report", help=translate("cli", "make a PDF: a slip, a case summary or statistics"))
    actions = report.add_subparsers(dest="report_command", metavar=translate("cli", "REPORT"), required=True,
                                    parser_class=Parser)
    slip = actions.add_parser("slip", help=translate("cli", "the resident's slip for a referral"))
    slip.add_argument("referral_id", type=record_id, metavar="REFERRAL_ID")
    # Checked by the service, not by argparse: a wrong code gets one line listing the right ones.
    slip.add_argument("--lang", dest="report_language", default=None, metavar="|".join(SLIP_LANGUAGES),
                      help=translate("cli", "da: Danish alone; another code: that language alongside Danish; "
                                            "default: the language recorded for the resident"))
    case = actions.add_parser("case", help=translate("cli", "the case summary of an inquiry"))
    case.add_argument("inquiry_id", type=record_id, metavar="INQUIRY_ID")
    case.add_argument("--recipient", metavar=translate("cli", "ORGANIZATION"),
                      help=translate("cli", "for this organization (key or number): only what the resident "
                                            "consented to share with it; default: for our own file"))
    _add_language(case, translate("cli", "language of the report: da or en"))
    stats = actions.add_parser("stats", help=translate("cli", "the statistics for a period"))
    _add_period(stats)
    _add_language(stats, translate("cli", "language of the report: da or en"))
    for parser in (slip, case, stats):
        _add_output(parser, translate("cli", "the PDF file to write"))
        add_sign_in_options(parser)


def register_stats(commands: Any) -> None:
    stats = commands.add_parser("stats", help=translate("cli", "the statistics' figures for a period"))
    _add_period(stats)
    stats.add_argument("--json", action="store_true", help=translate("cli", "print every figure as JSON"))
    add_sign_in_options(stats)


def register_export(commands: Any) -> None:
    export = commands.add_parser("export", help=translate("cli", "export data for a spreadsheet"))
    actions = export.add_subparsers(dest="export_command", metavar=translate("cli", "WHAT"), required=True,
                                    parser_class=Parser)
    inquiries = actions.add_parser(
        "inquiries", help=translate("cli", "inquiries and quick counts as CSV (UTF-8 with BOM, for Excel)"))
    _add_period(inquiries)
    _add_output(inquiries, translate("cli", "the CSV file to write"))
    inquiries.add_argument("--delimiter", choices=list(DELIMITER_NAMES), default=";",
                           help=translate("cli", "column separator (default ; as a Danish Excel expects)"))
    inquiries.add_argument("--with-names", action="store_true",
                           help=translate("cli", "include names and descriptions (coordinators only)"))
    _add_language(inquiries, translate("cli", "language of the column headers: da or en"))
    add_sign_in_options(inquiries)


# --- running ----------------------------------------------------------------------------------


class _ProgressBar:
    """A progress bar on the terminal (nothing when output is not a terminal)."""

    def __init__(self, ctx: Context) -> None:
        self.stream = ctx.err
        self.active = bool(getattr(ctx.err, "isatty", lambda: False)())
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.active or total <= 0:
            return
        filled = int(30 * done / total)
        self.stream.write(f"\r[{'#' * filled}{' ' * (30 - filled)}] {int(100 * done / total):3d} %")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def run_report(ctx: Context) -> int:
    args = ctx.args
    period = period_from(args) if args.report_command == "stats" else None
    slip_language = None
    if args.report_command == "slip" and args.report_language is not None:
        slip_language = parse_slip_language(args.report_language)
    target = check_output(ctx, args.output)  # before the password is asked for and the work starts
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    bar = _ProgressBar(ctx)
    report: RenderedReport
    try:
        # Build the PDF in a transaction that only reads (no desk waits for it),
        # then write the file and its audit entry in a short one.
        with db.reading() as session:
            if args.report_command == "slip":
                report = reporting_service.render_slip(session, actor, args.referral_id,
                                                       language=slip_language, progress=bar)
            elif args.report_command == "case":
                recipient = (reporting_service.organization_id_for(session, args.recipient)
                             if args.recipient else None)
                report = reporting_service.render_case_summary(
                    session, actor, args.inquiry_id, recipient_id=recipient, language=args.report_language,
                    log_view=False, progress=bar)
            else:
                assert period is not None
                report = reporting_service.render_statistics(session, actor, period, language=args.report_language,
                                                             progress=bar)
        with db.begin() as session:
            written = reporting_service.save(session, actor, report, target, overwrite=args.overwrite)
    finally:
        bar.finish()
    print(translate("cli", "Wrote {path}.").format(path=written), file=ctx.out)
    return EXIT_OK


def run_stats(ctx: Context) -> int:
    period = period_from(ctx.args)
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        figures = reporting_service.statistics(session, actor, period)
    if ctx.args.json:
        dump_json(ctx, figures.to_dict())
        return EXIT_OK
    _print_summary(ctx, figures)
    return EXIT_OK


def _print_summary(ctx: Context, s: Statistics) -> None:
    print(translate("cli", "Period: {start} to {end}").format(
        start=s.period.start.strftime("%d.%m.%Y"), end=s.period.end.strftime("%d.%m.%Y")), file=ctx.out)
    print(translate("cli", "Inquiries: {total} ({anonymous} anonymous, {named} named); unique residents: {unique}, "
                           "repeat visitors: {repeat}").format(
        total=s.inquiries_total, anonymous=s.anonymous, named=s.named, unique=s.unique_residents,
        repeat=s.repeat_residents), file=ctx.out)
    rate = "-" if s.completion_rate is None else f"{format_number(100 * s.completion_rate, 1)} %"
    median = "-" if s.median_days_to_completion is None else format_number(s.median_days_to_completion, 1)
    print(translate("cli", "Referrals: {total}; completed: {completed}; completion rate: {rate}; median days to "
                           "completion: {median}; overdue: {overdue}").format(
        total=s.referrals_total, completed=s.completed, rate=rate, median=median, overdue=s.overdue), file=ctx.out)
    print(translate("cli", "Every figure: --json; the PDF: referral-app report stats."), file=ctx.out)


def run_export(ctx: Context) -> int:
    args = ctx.args
    period = period_from(args)
    target = check_output(ctx, args.output)
    db = ctx.open_db()
    actor = ctx.sign_in(db)
    with db.begin() as session:
        rows = exports.export_inquiries(session, actor, period, target, delimiter=DELIMITER_NAMES[args.delimiter],
                                        with_names=args.with_names, language=args.report_language,
                                        overwrite=args.overwrite)
    print(translate("cli", "Wrote {count} rows to {path}.").format(count=rows, path=target), file=ctx.out)
    return EXIT_OK


REPORT = CommandGroup("report", register_report, run_report)
STATS = CommandGroup("stats", register_stats, run_stats)
EXPORT = CommandGroup("export", register_export, run_export)
GROUPS = (REPORT, STATS, EXPORT)
