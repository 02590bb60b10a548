"""`referral-app demo`: fill an empty database with made-up data for training and tests."""

from __future__ import annotations

from typing import Any

from referral_app.commands.base import EXIT_OK, Context
from referral_app.domain import demo as demo_rules
from referral_app.lazy import lazy_module
from referral_app.translation import format_date, label
from referral_app.translation import tr as translate

demo_service = lazy_module("referral_app.services.demo")

NAME = "demo"
# Below this many rows in all, a run is over before progress would help.
PROGRESS_FROM = 10_000


def register(commands: Any) -> None:
    demo = commands.add_parser(
        "demo",
        help=translate(
            "cli", "fill an empty database with made-up residents, inquiries and counts"
        ),
    )
    # Numbers are read as text and checked by the service, so a bad one gets
    # the same translated message as a number out of range.
    demo.add_argument(
        "--residents",
        required=True,
        metavar="N",
        help=translate("cli", "how many residents (1-{maximum})").format(
            maximum=demo_rules.MAX_RESIDENTS
        ),
    )
    demo.add_argument(
        "--inquiries",
        required=True,
        metavar="M",
        help=translate("cli", "how many inquiries (1-{maximum})").format(
            maximum=demo_rules.MAX_INQUIRIES
        ),
    )
    demo.add_argument(
        "--tallies",
        metavar="T",
        help=translate("cli", "how many one-key counts (default: half the inquiries)"),
    )
    demo.add_argument(
        "--seed",
        default=str(demo_rules.DEFAULT_SEED),
        metavar="S",
        help=translate("cli", "the same seed gives the same data (default: {seed})").format(
            seed=demo_rules.DEFAULT_SEED
        ),
    )


class _Progress:
    """Progress on standard error: a line that updates itself on a terminal,
    one line per finished stage otherwise; nothing for small runs."""

    def __init__(self, ctx: Context, total: int) -> None:
        self.err = ctx.err
        self.enabled = total >= PROGRESS_FROM
        self.live = self.enabled and getattr(ctx.err, "isatty", lambda: False)()
        self.names = {
            "residents": translate("cli", "Residents"),
            "inquiries": translate("cli", "Inquiries"),
            "tallies": translate("cli", "Counts"),
            "referrals": translate("cli", "Referrals"),
            "indexes": translate("cli", "Search index and statistics"),
        }
        self.finished: set[str] = set()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or stage in self.finished:
            return
        if done >= total:
            self.finished.add(stage)
        line = f"{self.names.get(stage, stage)}: {done}/{total}"
        if self.live:
            self.err.write(f"\r{line}" + ("\n" if done >= total else ""))
            self.err.flush()
        elif done >= total:
            print(line, file=self.err)


def run(ctx: Context) -> int:
    args = ctx.args
    # Check the numbers before anything touches the database.
    residents = demo_rules.demo_count("residents", args.residents)
    inquiries = demo_rules.demo_count("inquiries", args.inquiries)
    tallies = None if args.tallies is None else demo_rules.demo_count("tallies", args.tallies)
    seed = demo_rules.demo_seed(args.seed)
    expected = residents + inquiries + (
        tallies if tallies is not None else round(inquiries * demo_rules.TALLIES_PER_INQUIRY)
    )
    db = ctx.open_db()
    with db.begin() as session:
        summary = demo_service.generate(
            session,
            residents=residents,
            inquiries=inquiries,
            tallies=tallies,
            seed=seed,
            progress=_Progress(ctx, expected),
        )
    out = ctx.out
    print(
        translate(
            "cli",
            "Demo data made with seed {seed}: {residents} residents, {inquiries} inquiries "
            "({anonymous} anonymous) and {tallies} counts from {first} to {last}.",
        ).format(
            seed=summary.seed,
            residents=summary.residents,
            inquiries=summary.inquiries,
            anonymous=summary.anonymous_inquiries,
            tallies=summary.tallies,
            first=format_date(summary.first_day),
            last=format_date(summary.last_day),
        ),
        file=out,
    )
    print(
        translate(
            "cli",
            "Everything is made up and marked as demo data. Never use this database for real "
            "residents.",
        ),
        file=out,
    )
    if summary.password:
        print(
            translate(
                "cli",
                "DEMO ACCOUNTS, for training only. Their password is shown this once "
                "and is the same for all: {password}",
            ).format(password=summary.password),
            file=out,
        )
        for username, role in summary.accounts_created:
            print(f"  {username:<18} {label(role)}", file=out)
    return EXIT_OK
