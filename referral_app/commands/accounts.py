"""`referral-app user`: staff accounts from the command line.

On a new installation ``user add NAME --role admin`` creates the first
administrator without signing in; after that an administrator signs in with
``--user``. With ``--password-stdin`` the first line is your own password and
the next the new or reset password.
"""

from __future__ import annotations

from typing import Any

from referral_app.commands.base import EXIT_OK, Context, Parser, add_sign_in_options, dump_json
from referral_app.domain.accounts import StaffUser, parse_role
from referral_app.domain.enums import Role
from referral_app.domain.errors import ConflictError, ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.lazy import lazy_module
from referral_app.translation import label
from referral_app.translation import tr as translate

accounts_service = lazy_module("referral_app.services.accounts")

NAME = "user"


def register(commands: Any) -> None:
    user = commands.add_parser("user", help=translate("cli", "staff accounts"))
    actions = user.add_subparsers(
        dest="user_command", metavar=translate("cli", "ACTION"), required=True, parser_class=Parser
    )
    add = actions.add_parser("add", help=translate("cli", "create a staff account"))
    add.add_argument("username", metavar=translate("cli", "USERNAME"))
    add.add_argument("--role", required=True, help=", ".join(r.value for r in Role))
    add.add_argument("--full-name", default="", help=translate("cli", "the person's full name"))
    listing = actions.add_parser("list", help=translate("cli", "list staff accounts"))
    listing.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of text")
    )
    for name, text in (
        ("deactivate", translate("cli", "deactivate an account")),
        ("activate", translate("cli", "activate an account again")),
        ("reset-password", translate("cli", "give an account a new password")),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("username", metavar=translate("cli", "USERNAME"))
    for action in (
        add,
        listing,
        *(actions.choices[n] for n in ("deactivate", "activate", "reset-password")),
    ):
        add_sign_in_options(action)


def _new_password(ctx: Context, username: str) -> str:
    password = ctx.read_secret(translate("cli", "New password for {user}: ").format(user=username))
    if not getattr(ctx.args, "password_stdin", False):
        again = ctx.read_secret(translate("cli", "Repeat the password: "))
        if again != password:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The two passwords differ."), field="password"
            )
    return password


def run(ctx: Context) -> int:
    db = ctx.open_db()
    command = ctx.args.user_command
    if command == "add":
        parse_role(ctx.args.role)  # a bad role is reported before any password is asked for
        with db.begin() as session:
            first = not accounts_service.has_users(session)
        full_name = ctx.args.full_name or ctx.args.username
        if first:
            if ctx.args.role.strip().lower() != Role.ADMIN.value:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The first account must be an administrator (--role admin)."
                    )
                )
            password = _new_password(ctx, ctx.args.username)
            with db.begin() as session:
                actor = accounts_service.create_first_admin(
                    session, ctx.args.username, full_name, password
                )
            print(
                translate("cli", "Administrator {user} created.").format(user=actor.username),
                file=ctx.out,
            )
            return EXIT_OK
        admin = ctx.sign_in(db)
        password = _new_password(ctx, ctx.args.username)
        with db.begin() as session:
            created = accounts_service.create_user(
                session, admin, ctx.args.username, full_name, ctx.args.role, password
            )
        print(
            translate("cli", "Account {user} created ({role}).").format(
                user=created.username, role=label(created.role)
            ),
            file=ctx.out,
        )
        return EXIT_OK
    admin = ctx.sign_in(db)
    if command == "list":
        with db.begin() as session:
            users = accounts_service.list_users(session, admin)
        if ctx.args.json:
            dump_json(ctx, [_user_json(u) for u in users])
        else:
            for u in users:
                state = translate("cli", "active") if u.active else translate("cli", "deactivated")
                print(
                    f"{u.username:<20} {u.full_name:<30} {label(u.role):<16} {state}", file=ctx.out
                )
        return EXIT_OK
    if command in ("deactivate", "activate"):
        with db.begin() as session:
            changed = accounts_service.set_active(
                session, admin, ctx.args.username, command == "activate"
            )
        text = (
            translate("cli", "{user} is active.")
            if changed.active
            else translate("cli", "{user} is deactivated.")
        )
        print(text.format(user=changed.username), file=ctx.out)
        return EXIT_OK
    password = _new_password(ctx, ctx.args.username)
    with db.begin() as session:
        changed = accounts_service.reset_password(session, admin, ctx.args.username, password)
    print(
        translate("cli", "The password of {user} is changed.").format(user=changed.username),
        file=ctx.out,
    )
    return EXIT_OK


def _user_json(user: StaffUser) -> dict[str, Any]:
    return {
        "username": user.username,
        "full_name": user.full_name,
        "role": user.role.value,
        "active": user.active,
        "locked_until": user.locked_until.isoformat() if user.locked_until else None,
        "last_login_at": user.last_login_at.isoformat() if user.last_login_at else None,
    }
