"""What every command group shares: the parsed arguments, output streams,
opening the database, and signing in a staff member for commands that touch
personal data."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import dataclass, field
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
from referral_app.lazy import lazy_module
from referral_app.translation import tr as translate

accounts_service = lazy_module("referral_app.services.accounts")
database_service = lazy_module("referral_app.services.database")

EXIT_OK = 0
EXIT_USAGE = 2


class UsageError(Exception):
    """Arguments the parser refused."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        raise UsageError(message)


@dataclass
class Context:
    args: argparse.Namespace
    out: TextIO
    err: TextIO
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    _stdin_lines: list[str] | None = None

    def open_db(self, *, migrate: bool = True) -> database_service.Database:
        paths = app_paths()
        url, is_default = resolve_database_url(self.args.database_url, paths)
        if is_default:  # the embedded default's folder is ours to create
            ensure_data_dir(paths)
        db = database_service.open_database(url, busy_timeout_ms=busy_timeout_ms())
        if migrate:
            self.prepare(db)
        return db

    def prepare(self, db: database_service.Database) -> database_service.StartupReport:
        """Migrate and load new directory items. A SQLite file is copied to the
        ``backups`` folder beside it before its schema changes."""
        return database_service.prepare(db, DIRECTORY_DIR)

    def read_secret(self, prompt: str) -> str:
        """A password: the next line of standard input with --password-stdin,
        else asked for without echo."""
        if getattr(self.args, "password_stdin", False):
            if self._stdin_lines is None:
                self._stdin_lines = self.stdin.read().splitlines()
            if not self._stdin_lines:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A password was expected on standard input."),
                    field="password",
                )
            return self._stdin_lines.pop(0)
        if not self.stdin.isatty():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "No terminal to ask for a password: use --password-stdin."
                ),
                field="password",
            )
        return getpass.getpass(prompt)

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


def dump_json(ctx: Context, data: Any) -> None:
    import json

    json.dump(data, ctx.out, ensure_ascii=False, indent=2)
    ctx.out.write("\n")
