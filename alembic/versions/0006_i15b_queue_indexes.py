"""Queue indexes: one per sort order of the referral queue, for keyset paging

Revision ID: 0006_i15b_queue_indexes
Revises: 0006_i15a_search
Create Date: 2026-12-06 14:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006_i15b_queue_indexes"
down_revision: str | None = "0006_i15a_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_referral_status_due", table_name="referral")
    op.drop_index("ix_referral_service_id", table_name="referral")
    op.create_index("ix_referral_status_due_id", "referral", ["status", "due_date", "id"])
    op.create_index("ix_referral_due_id", "referral", ["due_date", "id"])
    op.create_index("ix_referral_created_id", "referral", ["created_at", "id"])
    op.create_index("ix_referral_service_id_id", "referral", ["service_id", "id"])
    op.create_index("ix_referral_created_by_id", "referral", ["created_by_id"])


def downgrade() -> None:
    op.drop_index("ix_referral_created_by_id", table_name="referral")
    op.drop_index("ix_referral_service_id_id", table_name="referral")
    op.drop_index("ix_referral_created_id", table_name="referral")
    op.drop_index("ix_referral_due_id", table_name="referral")
    op.drop_index("ix_referral_status_due_id", table_name="referral")
    op.create_index("ix_referral_service_id", "referral", ["service_id"])
    op.create_index("ix_referral_status_due", "referral", ["status", "due_date"])
