"""Inquiry snapshots of the resident's age band and housing organization

Statistics for a past period must not change when a resident moves or is
anonymized, so the inquiry keeps what was true when it was logged.

Revision ID: 0003_inquiry_snapshots
Revises: 0002_audit_append_only
Create Date: 2026-11-27 10:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_inquiry_snapshots"
down_revision: str | None = "0002_audit_append_only"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The bands of referral_app.domain.residents.age_band, by age reached in the year.
BANDS = ((0, 5), (6, 12), (13, 17), (18, 29), (30, 49), (50, 66), (67, None))


def _band_sql(age: str) -> str:
    cases = " ".join(
        f"WHEN {age} <= {high} THEN '{low}-{high}'" for low, high in BANDS if high is not None
    )
    return f"CASE {cases} ELSE '67+' END"


def upgrade() -> None:
    with op.batch_alter_table("inquiry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("age_band", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("housing_organization_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_inquiry_housing_organization_id"), ["housing_organization_id"],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_inquiry_housing_organization_id_organization"),
                                    "organization", ["housing_organization_id"], ["id"], ondelete="SET NULL")
    bind = op.get_bind()
    year = "CAST(strftime('%Y', inquiry.received_at) AS INTEGER)" if bind.dialect.name == "sqlite" \
        else "CAST(EXTRACT(YEAR FROM inquiry.received_at) AS INTEGER)"
    age = f"({year} - resident.birth_year)"
    op.execute(
        f"""UPDATE inquiry SET
            housing_organization_id = (SELECT resident.housing_organization_id FROM resident
                                       WHERE resident.id = inquiry.resident_id),
            age_band = (SELECT CASE WHEN resident.birth_year IS NULL THEN resident.age_band
                                    ELSE {_band_sql(age)} END
                        FROM resident WHERE resident.id = inquiry.resident_id)
        WHERE inquiry.resident_id IS NOT NULL"""
    )


def downgrade() -> None:
    with op.batch_alter_table("inquiry", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_inquiry_housing_organization_id_organization"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_inquiry_housing_organization_id"))
        batch_op.drop_column("housing_organization_id")
        batch_op.drop_column("age_band")
