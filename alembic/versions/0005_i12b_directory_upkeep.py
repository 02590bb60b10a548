"""Directory upkeep: versions for optimistic locking, the service's new fields,
exceptions to opening hours, odd/even address ranges

Revision ID: 0005_i12b_directory_upkeep
Revises: 0005_i16_service_translations
Create Date: 2026-12-06 10:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_i12b_directory_upkeep"
down_revision: str | None = "0005_i16_service_translations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("organization", "service", "category", "address_range", "routing_rule")


# Plain-text server defaults: with a SQL expression Alembic would rebuild the
# SQLite table, and dropping the old copy would fire the foreign keys' ON DELETE
# (CASCADE and SET NULL) on every row that points at it.


def _version() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("version", sa.Integer(), nullable=False, server_default="1")


def upgrade() -> None:
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default="1"))
        batch_op.add_column(_version())
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_en", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("next_step", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("area", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("handover_contact", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("paused_until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("open_on_holidays", sa.Boolean(), nullable=False, server_default="0"))
        batch_op.add_column(_version())
    with op.batch_alter_table("category", schema=None) as batch_op:
        batch_op.add_column(_version())
    with op.batch_alter_table("address_range", schema=None) as batch_op:
        batch_op.add_column(sa.Column("parity", sa.String(length=8), nullable=False, server_default="all"))
        batch_op.add_column(_version())
    with op.batch_alter_table("routing_rule", schema=None) as batch_op:
        batch_op.add_column(_version())

    op.create_table(
        "schedule_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("opens_at", sa.Time(), nullable=True),
        sa.Column("closes_at", sa.Time(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.CheckConstraint("first_day <= last_day", name=op.f("ck_schedule_exception_day_order")),
        sa.ForeignKeyConstraint(["service_id"], ["service.id"],
                                name=op.f("fk_schedule_exception_service_id_service"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_exception")),
    )
    with op.batch_alter_table("schedule_exception", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_schedule_exception_service_id"), ["service_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("schedule_exception", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedule_exception_service_id"))
    op.drop_table("schedule_exception")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
    with op.batch_alter_table("address_range", schema=None) as batch_op:
        batch_op.drop_column("parity")
    with op.batch_alter_table("service", schema=None) as batch_op:
        for column in ("open_on_holidays", "paused_until", "handover_contact", "area", "next_step", "name_en"):
            batch_op.drop_column(column)
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_column("active")
        batch_op.drop_column("address")
