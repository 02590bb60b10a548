"""A service's name, what to bring and next step in the slip's other languages

Revision ID: 0005_i16_service_translations
Revises: 0005_i11b_audit_chain
Create Date: 2026-12-06 10:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_i16_service_translations"
down_revision: str | None = "0005_i11b_audit_chain"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "service_translation",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("what_to_bring", sa.Text(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["service.id"], name=op.f("fk_service_translation_service_id_service"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("service_id", "language", name=op.f("pk_service_translation")),
    )


def downgrade() -> None:
    op.drop_table("service_translation")
