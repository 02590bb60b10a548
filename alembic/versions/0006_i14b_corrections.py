"""Corrections: versions on inquiries and residents for optimistic locking

A saved inquiry (its category, description, channel, language, resident) and
a resident's details can now be corrected in the window; two desks correcting
the same record at once must not overwrite each other, so both tables get the
``version`` column the directory's tables have.

Revision ID: 0006_i14b_corrections
Revises: 0005_i12b_directory_upkeep
Create Date: 2026-12-06 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_i14b_corrections"
down_revision: str | None = "0005_i12b_directory_upkeep"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("inquiry", "resident")


# A plain-text server default, as in 0005_i12b: with a SQL expression Alembic would
# rebuild the SQLite table and fire the foreign keys' ON DELETE actions.
def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
