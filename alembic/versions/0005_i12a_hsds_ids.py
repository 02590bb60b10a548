"""Open Referral HSDS ids and kept HSDS fields on the directory

Organizations, locations, services and categories get a stable UUID
(``hsds_id``); existing rows get the value the app derives from their natural
key (uuid5 of a fixed namespace), so the shipped directory has the same ids on
every install. Those four and schedules and contacts get ``extra``, the HSDS
fields an import read but the app does not model.

Columns are added, never rebuilt: a SQLite table rebuild would cascade-delete
rows that refer to it.

Revision ID: 0005_i12a_hsds_ids
Revises: 0004_seed_content_hash
Create Date: 2026-12-06 10:20:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_i12a_hsds_ids"
down_revision: str | None = "0004_seed_content_hash"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same namespace as referral_app.domain.hsds.NAMESPACE (a test checks they agree).
NAMESPACE = uuid.UUID("6f1c8d2e-3b7a-5e4f-9a61-0c2d4b8e7f35")

WITH_ID = ("organization", "location", "service", "category")
WITH_EXTRA = (*WITH_ID, "schedule", "contact")


def _uuid(kind: str, natural_key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{natural_key}"))


def upgrade() -> None:
    for table in WITH_ID:
        op.add_column(table, sa.Column("hsds_id", sa.String(length=36), nullable=True))
    for table in ("schedule", "contact"):
        op.add_column(table, sa.Column("hsds_id", sa.String(length=36), nullable=True))
    for table in WITH_EXTRA:
        op.add_column(table, sa.Column("extra", sa.JSON(), nullable=True))

    bind = op.get_bind()
    updates: dict[str, list[dict[str, object]]] = {table: [] for table in WITH_ID}
    for row_id, key in bind.execute(sa.text("SELECT id, key FROM organization")):
        updates["organization"].append({"i": row_id, "h": _uuid("organization", key)})
    for row_id, code in bind.execute(sa.text("SELECT id, code FROM category")):
        updates["category"].append({"i": row_id, "h": _uuid("category", code)})
    for table in ("location", "service"):
        rows = bind.execute(sa.text(
            f"SELECT t.id, o.key, t.key FROM {table} t JOIN organization o ON o.id = t.organization_id"))
        for row_id, org_key, key in rows:
            updates[table].append({"i": row_id, "h": _uuid(table, f"{org_key}/{key}")})
    for table, params in updates.items():
        if params:
            bind.execute(sa.text(f"UPDATE {table} SET hsds_id = :h WHERE id = :i"), params)

    for table in WITH_ID:
        op.create_index(f"ix_{table}_hsds_id", table, ["hsds_id"], unique=True)


def downgrade() -> None:
    for table in WITH_ID:
        op.drop_index(f"ix_{table}_hsds_id", table_name=table)
    with op.batch_alter_table("contact") as batch_op:
        batch_op.drop_column("extra")
        batch_op.drop_column("hsds_id")
    with op.batch_alter_table("schedule") as batch_op:
        batch_op.drop_column("extra")
        batch_op.drop_column("hsds_id")
    for table in WITH_ID:
        # SQLite 3.35+ drops a plain column in place (no rebuild, nothing cascades).
        op.drop_column(table, "extra")
        op.drop_column(table, "hsds_id")
