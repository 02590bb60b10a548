"""The command line: the same services as the GUI.

Every failure the user can cause (bad arguments, a broken or locked database,
bad input) prints one line in the user's language and exits with status 2.
Each group of commands lives in ``referral_app.commands``; this module builds
the parser and dispatches.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from referral_app import __version__
from referral_app.commands import GROUPS
from referral_app.commands.base import EXIT_OK, EXIT_USAGE, Context, Parser, UsageError
from referral_app.config import LANGUAGES
from referral_app.domain.errors import DomainError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.translation import error_text
from referral_app.translation import tr as translate

__all__ = ["EXIT_OK", "EXIT_USAGE", "UsageError", "broken_installation", "build_parser", "parse", "run", "usage_error"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="referral-app",
        description=translate(
            "cli",
            "Fælles Indgang: referrals for the single entry point at BIBLIOTEK+ Høje Gladsaxe. "
            "Without a command the window opens.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Fælles Indgang {__version__}",
                        help=translate("cli", "show the version number and exit"))
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "cli",
            "check this installation (files, translations, migrations, the window) and exit",
        ),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=translate(
            "cli",
            "database to use (default: REFERRAL_APP_DATABASE_URL, else SQLite in the data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("cli", "language of the app: da (default) or en"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=translate("cli", "COMMAND"), parser_class=Parser
    )

    for group in GROUPS:
        group.register(commands)
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed command (on the streams as they are now: tests swap them).
    The caller has set up translations. Every database the command opened is
    closed afterwards, so the CLI can also run inside another process (the
    test suite does)."""
    handlers = {group.NAME: group.run for group in GROUPS}
    out, err = out or sys.stdout, err or sys.stderr
    ctx = Context(args, out, err)
    try:
        return handlers[args.command](ctx)
    except DomainError as exc:
        print(f"referral-app: {one_line(error_text(exc))}", file=err)
        return EXIT_USAGE
    except BrokenPipeError:
        raise  # handled quietly by the entry point
    except OSError as exc:  # a full disk, a file that vanished, no permission
        problem = exc.strerror or str(exc)
        where = f" ({one_line(str(exc.filename))})" if exc.filename else ""
        refused = translate("cli", "the system refused: {problem}").format(problem=problem)
        print(f"referral-app: {refused}{where}", file=err)
        return EXIT_USAGE
    finally:
        ctx.close()


def broken_installation(missing: Path, err: TextIO | None = None) -> int:
    """A file that ships with the app is missing (e.g. a compiled translation): say which, exit 2."""
    from referral_app.resources import MissingResourceError

    print(f"referral-app: {error_text(MissingResourceError(missing))}", file=err or sys.stderr)
    return EXIT_USAGE


def usage_error(message: str, err: TextIO | None = None) -> int:
    err = err or sys.stderr
    prefix = translate("cli", "invalid arguments")
    print(f"referral-app: {prefix}: {one_line(_usage_text(message))}", file=err)
    return EXIT_USAGE


def one_line(text: str) -> str:
    """A message on one line: line breaks and other invisible characters in a
    value the user typed are shown as escapes (\\n), never as a new line;
    bytes that were not UTF-8 are shown as \\udcxx."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def undecodable_argument(argv: Sequence[str]) -> str | None:
    """The first argument that was not valid UTF-8 (Python keeps such bytes
    as lone surrogates), shown on one line, or None."""
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return one_line(argument)
    return None


# argparse words its errors in English when it parses, before the language is
# known; the common ones are reworded here, anything else is shown as it is.
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"argument (?P<argument>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
            re.DOTALL,
        ),
        QT_TRANSLATE_NOOP("cli", "{argument}: unknown choice {value} (choose from {choices})"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<arguments>.+)", re.DOTALL),
        QT_TRANSLATE_NOOP("cli", "unknown arguments: {arguments}"),
    ),
    (
        re.compile(r"the following arguments are required: (?P<arguments>.+)"),
        QT_TRANSLATE_NOOP("cli", "missing: {arguments}"),
    ),
    (
        re.compile(r"argument (?P<argument>\S+): not a record number: (?P<value>.*)", re.DOTALL),
        QT_TRANSLATE_NOOP("cli", "{argument}: {value} is not a record number (a whole number from 1 to "
                                 "9223372036854775807)"),
    ),
    (
        re.compile(r"argument (?P<argument>\S+): expected one argument"),
        QT_TRANSLATE_NOOP("cli", "{argument} needs a value"),
    ),
)


def _usage_text(message: str) -> str:
    for pattern, template in _ARGPARSE_ERRORS:
        match = pattern.fullmatch(message.strip())
        if match:
            return translate("cli", template).format(**match.groupdict())
    return message


