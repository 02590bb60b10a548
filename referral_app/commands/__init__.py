"""The CLI's command groups. Each module has ``NAME``, ``register(subparsers)``
and ``run(ctx) -> exit status``; ``referral_app.cli`` builds the parser from them."""

from referral_app.commands import accounts, audit, database, directory, privacy, referrals, routing

GROUPS = (database, directory, accounts, audit, referrals, privacy, routing)
