"""The CLI's command groups. Each module has ``NAME``, ``register(subparsers)``
and ``run(ctx) -> exit status`` (``frontdesk`` holds several, in ``GROUPS``);
``referral_app.cli`` builds the parser from them."""

from referral_app.commands import (
    accounts,
    audit,
    database,
    demo,
    directory,
    frontdesk,
    privacy,
    referrals,
    reports,
    residents,
    routing,
)

GROUPS = (database, directory, accounts, audit, referrals, privacy, routing, *frontdesk.GROUPS, residents, demo, *reports.GROUPS)
