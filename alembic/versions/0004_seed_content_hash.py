"""Seed log remembers a fingerprint of each loaded directory item

Revision ID: 0004_seed_content_hash
Revises: 0003_inquiry_snapshots
Create Date: 2026-11-27 11:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_seed_content_hash"
down_revision: str | None = "0003_inquiry_snapshots"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("seed_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("seed_log", schema=None) as batch_op:
        batch_op.drop_column("content_hash")
