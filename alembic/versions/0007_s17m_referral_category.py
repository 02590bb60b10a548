"""The inquiry's category copied onto the referral, kept by triggers, with an index for the queue's filter

Revision ID: 0007_s17m_referral_category
Revises: 0006_i15c_stat_summaries
Create Date: 2026-12-06 17:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from referral_app.db import referral_category

revision: str = "0007_s17m_referral_category"
down_revision: str | None = "0006_i15c_stat_summaries"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("referral", sa.Column("category_id", sa.Integer(), nullable=True))
    dialect = op.get_bind().dialect.name
    op.execute(referral_category.BACKFILL)
    op.create_index("ix_referral_category_service", "referral", ["category_id", "service_id"])
    for statement in referral_category.create_statements(dialect):
        op.execute(statement)


def downgrade() -> None:
    for statement in referral_category.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_index("ix_referral_category_service", table_name="referral")
    with op.batch_alter_table("referral") as batch:
        batch.drop_column("category_id")
