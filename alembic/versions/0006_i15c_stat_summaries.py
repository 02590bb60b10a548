"""Statistics from per-day summaries kept by triggers; indexes for the residents count and the period's edges

Revision ID: 0006_i15c_stat_summaries
Revises: 0006_i15b_queue_indexes
Create Date: 2026-12-06 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from referral_app.db import stat_summaries
from referral_app.db.types import UTCDateTime

revision: str = "0006_i15c_stat_summaries"
down_revision: str | None = "0006_i15b_queue_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stat_inquiry_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("tally", sa.Boolean(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "tally", "category_id", name=op.f("pk_stat_inquiry_day")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "stat_channel_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("tally", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "tally", "channel", name=op.f("pk_stat_channel_day")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "stat_asker_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("housing_organization_id", sa.Integer(), nullable=False),
        sa.Column("age_band", sa.String(length=16), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "anonymous", "housing_organization_id", "age_band",
                                name=op.f("pk_stat_asker_day")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "stat_referral_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "status", name=op.f("pk_stat_referral_day")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "stat_service_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "service_id", name=op.f("pk_stat_service_day")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "stat_completion",
        sa.Column("referral_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("days", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("referral_id", name=op.f("pk_stat_completion")),
    )
    conn = op.get_bind()
    stat_summaries.rebuild(conn)
    # Indexes after the backfill: faster than keeping them up to date row by row.
    op.create_index("ix_stat_completion_days_created", "stat_completion", ["days", "created_at"], unique=False)
    op.create_index(op.f("ix_stat_completion_created_at"), "stat_completion", ["created_at"], unique=False)
    op.create_index("ix_inquiry_resident_received", "inquiry", ["resident_id", "received_at"], unique=False)
    op.create_index("ix_referral_created_service_status", "referral", ["created_at", "service_id", "status"],
                    unique=False)
    stat_summaries.install_triggers(conn)


def downgrade() -> None:
    stat_summaries.drop_triggers(op.get_bind())
    op.drop_index("ix_referral_created_service_status", table_name="referral")
    op.drop_index("ix_inquiry_resident_received", table_name="inquiry")
    op.drop_table("stat_completion")
    op.drop_table("stat_service_day")
    op.drop_table("stat_referral_day")
    op.drop_table("stat_asker_day")
    op.drop_table("stat_channel_day")
    op.drop_table("stat_inquiry_day")
