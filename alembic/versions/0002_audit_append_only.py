"""Audit trail append-only: triggers refuse UPDATE, and DELETE outside a declared purge window

Revision ID: 0002_audit_append_only
Revises: 0001_initial
Create Date: 2026-11-27 10:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_audit_append_only"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    WHEN NOT EXISTS (SELECT 1 FROM audit_purge_window w WHERE OLD.at < w.cutoff)
    BEGIN SELECT RAISE(ABORT, 'audit_event rows are deleted only by the retention job'); END""",
]

POSTGRES_FUNCTION = """
CREATE FUNCTION audit_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'audit_event is append-only';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_purge_window w WHERE OLD.at < w.cutoff) THEN
        RAISE EXCEPTION 'audit_event rows are deleted only by the retention job';
    END IF;
    RETURN OLD;
END;
$$
"""


def upgrade() -> None:
    op.create_table(
        "audit_purge_window",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cutoff", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_purge_window")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        op.execute(
            "CREATE TRIGGER audit_event_guard BEFORE UPDATE OR DELETE ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_guard()"
        )
        op.execute("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_guard()")
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
        op.execute("DROP TRIGGER IF EXISTS audit_event_guard ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_guard()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    op.drop_table("audit_purge_window")
