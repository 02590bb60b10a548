"""What every command group shares: the parsed arguments, output streams,
opening the database, and signing in a staff member for commands that touch
personal data."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TextIO

from referral_app.config import (
    DIRECTORY_DIR,
    app_paths,
    busy_timeout_ms,
    ensure_data_dir,
    resolve_database_url,
)
from referral_app.domain.accounts import Actor
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.limits import parse_record_id
from referral_app.lazy import lazy_module
from referral_app.translation import tr as translate

accounts_service = lazy_module("referral_app.services.accounts")
database_service = lazy_module("referral_app.services.database")
outputs = lazy_module("referral_app.services.outputs")

EXIT_OK = 0
EXIT_USAGE = 2


class UsageError(Exception):
    """Arguments the parser refused."""


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its own words ("usage:") in the user's language."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, translate("cli", "usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An argument parser whose help speaks the user's language throughout and
    whose errors are one line (the caller words them)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        # argparse's fixed headings and -h text are English whatever the app speaks.
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = translate("cli", "show this help message and exit")

    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        raise UsageError(message)


@dataclass
class Context:
    args: argparse.Namespace
    out: TextIO
    err: TextIO
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    _opened: list[database_service.Database] = field(default_factory=list)

    def open_db(self, *, migrate: bool = True) -> database_service.Database:
        paths = app_paths()
        url, is_default = resolve_database_url(self.args.database_url, paths)
        if is_default:  # the embedded default's folder is ours to create
            ensure_data_dir(paths)
        db = database_service.open_database(url, busy_timeout_ms=busy_timeout_ms())
        self._opened.append(db)
        # Temporary files of a run that was killed (a backup holds everyone's data).
        outputs.clean_stale([paths.data_dir, paths.backup_dir, *([db.path.parent] if db.path else [])])
        if migrate:
            self.prepare(db)
        return db

    def close(self) -> None:
        """Close every database the command opened (its connection pool)."""
        while self._opened:
            self._opened.pop().dispose()

    def prepare(self, db: database_service.Database) -> database_service.StartupReport:
        """Migrate and load new directory items. A SQLite file is copied to the
        ``backups`` folder beside it before its schema changes."""
        return database_service.prepare(db, DIRECTORY_DIR)

    def read_secret(self, prompt: str) -> str:
        """A password: the next line of standard input with --password-stdin,
        else asked for without echo.

        A line ends at "\\n" only (and a "\\r" before it is dropped): a
        password may hold any other character, "\\x1c" and "\\u2028" too,
        which ``str.splitlines`` would cut at. Standard input must be UTF-8."""
        if getattr(self.args, "password_stdin", False):
            line = self._read_line()
            if line is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A password was expected on standard input."),
                    field="password",
                )
            return line
        if not self.stdin.isatty():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "No terminal to ask for a password: use --password-stdin."
                ),
                field="password",
            )
        return getpass.getpass(prompt)

    def _read_line(self) -> str | None:
        raw = getattr(self.stdin, "buffer", None)
        if raw is not None:
            data = raw.readline()
            if not data:
                return None
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Standard input is not UTF-8 text."), field="password"
                ) from None
        else:
            line = self.stdin.readline()
            if not line:
                return None
        if line.endswith("\n"):
            line = line[:-1]
            if line.endswith("\r"):
                line = line[:-1]
        return line

    def sign_in(self, db: database_service.Database) -> Actor:
        """The staff member named by --user, checked with their password and logged like a GUI login."""
        username = getattr(self.args, "signin_user", None)
        if not username:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This command needs your staff username: say who you are."),
                field="user",
            )
        password = self.read_secret(translate("cli", "Password for {user}: ").format(user=username))
        with db.begin() as session:
            return accounts_service.authenticate(session, username, password)


def add_sign_in_options(parser: argparse.ArgumentParser, flag: str = "--user") -> None:
    """``--user NAME`` (another flag where --user means something else) and ``--password-stdin``."""
    parser.add_argument(
        flag,
        dest="signin_user",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "your staff username (the password is asked for)"),
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli", "read passwords from standard input, one per line"),
    )


def record_id(text: str) -> int:
    """An id on the command line: 1 to 2^63-1 (argparse turns the error into
    one translated line, see ``cli._ARGPARSE_ERRORS``)."""
    try:
        return parse_record_id(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(f"not a record number: {text}") from None


def version_number(text: str) -> int:
    """A referral's version as shown by the app: 0 to 2^63-1."""
    cleaned = text.strip()
    if cleaned == "0":
        return 0
    return record_id(text)


def add_overwrite_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help=translate("cli", "replace the file if it exists (never the database itself)"),
    )


def check_output(ctx: Context, target: Path | str) -> Path:
    """Refuse an output path before any password is asked for or work starts:
    an existing file without --overwrite, the database (also the one named by
    --database-url), anything that is not an ordinary file."""
    url, _default = resolve_database_url(ctx.args.database_url, app_paths())
    return outputs.check_target(
        target,
        overwrite=bool(getattr(ctx.args, "overwrite", False)),
        protected=outputs.protected_for(None, url=url),
    )


def dump_json(ctx: Context, data: Any) -> None:
    import json

    json.dump(data, ctx.out, ensure_ascii=False, indent=2)
    ctx.out.write("\n")
