"""Audit trail as a hash chain; no replacing entries; purge and redaction windows bound to their transaction

Each audit entry gets ``prev_hash`` and ``hash`` (SHA-256 over its fields and
the previous hash), backfilled here in id order (the times of
entries written before the chain may be out of order: ``legacy_until_id``); ``audit_chain`` keeps where
the chain begins and its newest hash. The triggers now also refuse an INSERT
that reuses an existing id (``INSERT OR REPLACE``), allow an UPDATE only when
erasure redacts ``detail`` inside its own window, and honour a window only in
the transaction that declared it.

Revision ID: 0005_i11b_audit_chain
Revises: 0005_i12a_hsds_ids
Create Date: 2026-12-06 10:30:00
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005_i11b_audit_chain"
down_revision: str | None = "0005_i12a_hsds_ids"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
REDACTED = "[fjernet]"
SAME_EXCEPT_DETAIL = ("id", "at", "staff_user_id", "username", "action", "entity", "entity_id", "resident_id",
                      "purpose", "prev_hash", "hash")

SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
    WHEN EXISTS (SELECT 1 FROM audit_event e WHERE e.id = NEW.id)
    BEGIN SELECT RAISE(ABORT, 'audit_event rows are never replaced'); END""",
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT (EXISTS (SELECT 1 FROM audit_purge_window w WHERE w.kind = 'redact')
              AND NEW.detail IS '[fjernet]' AND """
    + " AND ".join(f"NEW.{c} IS OLD.{c}" for c in SAME_EXCEPT_DETAIL)
    + """)
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    WHEN NOT EXISTS (SELECT 1 FROM audit_purge_window w WHERE w.kind = 'purge' AND OLD.at < w.cutoff)
    BEGIN SELECT RAISE(ABORT, 'audit_event rows are deleted only by the retention job'); END""",
    # SQLite has no transaction id: a window is closed by the next audit entry
    # at the latest, and there is never more than one.
    """CREATE TRIGGER audit_event_closes_windows AFTER INSERT ON audit_event
    BEGIN DELETE FROM audit_purge_window; END""",
    """CREATE TRIGGER audit_purge_window_one BEFORE INSERT ON audit_purge_window
    WHEN EXISTS (SELECT 1 FROM audit_purge_window)
    BEGIN SELECT RAISE(ABORT, 'only one audit window at a time'); END""",
]
SQLITE_TRIGGER_NAMES = ["audit_event_no_replace", "audit_event_no_update", "audit_event_no_delete",
                        "audit_event_closes_windows", "audit_purge_window_one"]

POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION audit_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'audit_event is append-only';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF EXISTS (SELECT 1 FROM audit_purge_window w WHERE w.kind = 'redact' AND w.txid = txid_current())
           AND NEW.detail IS NOT DISTINCT FROM '[fjernet]'
           AND (""" + ", ".join(f"NEW.{c}" for c in SAME_EXCEPT_DETAIL) + """)
               IS NOT DISTINCT FROM (""" + ", ".join(f"OLD.{c}" for c in SAME_EXCEPT_DETAIL) + """) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_purge_window w
                   WHERE w.kind = 'purge' AND w.txid = txid_current() AND OLD.at < w.cutoff) THEN
        RAISE EXCEPTION 'audit_event rows are deleted only by the retention job';
    END IF;
    RETURN OLD;
END;
$$
"""

POSTGRES_FUNCTION_0002 = """
CREATE OR REPLACE FUNCTION audit_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
SQLITE_TRIGGERS_0002 = [
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    WHEN NOT EXISTS (SELECT 1 FROM audit_purge_window w WHERE OLD.at < w.cutoff)
    BEGIN SELECT RAISE(ABORT, 'audit_event rows are deleted only by the retention job'); END""",
]

audit_event = sa.table(
    "audit_event",
    sa.column("id", sa.BigInteger()),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("staff_user_id", sa.Integer()),
    sa.column("username", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("resident_id", sa.Integer()),
    sa.column("detail", sa.Text()),
    sa.column("purpose", sa.String()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def _canonical_time(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _hash(prev_hash: str, row: sa.Row) -> str:  # type: ignore[type-arg]
    """The chain hash as of this revision (frozen here: domain/audit_chain.py must agree)."""
    payload = json.dumps(
        [prev_hash, _canonical_time(row.at), row.staff_user_id, row.username, row.action, row.entity,
         row.entity_id, row.resident_id, row.detail, row.purpose],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _backfill(bind: sa.engine.Connection) -> tuple[int | None, int | None, str, datetime | None]:
    """Chain the existing entries in id order. Returns (first id, last id, last hash, last time)."""
    prev = GENESIS
    first_id: int | None = None
    last_at: datetime | None = None
    after = -1
    while True:
        rows = bind.execute(
            sa.select(audit_event).where(audit_event.c.id > after).order_by(audit_event.c.id).limit(1000)
        ).all()
        if not rows:
            break
        updates = []
        for row in rows:
            digest = _hash(prev, row)
            updates.append({"row_id": row.id, "prev_hash": prev, "hash": digest})
            prev = digest
            first_id = row.id if first_id is None else first_id
            last_at = row.at
        bind.execute(
            audit_event.update().where(audit_event.c.id == sa.bindparam("row_id"))
            .values(prev_hash=sa.bindparam("prev_hash"), hash=sa.bindparam("hash")),
            updates,
        )
        after = rows[-1].id
    if last_at is not None and last_at.tzinfo is None:
        last_at = last_at.replace(tzinfo=UTC)
    return first_id, (after if first_id is not None else None), prev, last_at


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    if postgres:
        op.execute("DROP TRIGGER IF EXISTS audit_event_guard ON audit_event")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    op.add_column("audit_event", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_event", sa.Column("hash", sa.String(length=64), nullable=True))
    op.add_column("audit_purge_window",
                  sa.Column("kind", sa.String(length=16), server_default="purge", nullable=False))
    op.add_column("audit_purge_window", sa.Column("txid", sa.BigInteger(), nullable=True))
    chain = op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("first_prev_hash", sa.String(length=64), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("legacy_until_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    first_id, last_id, last_hash, last_at = _backfill(bind)
    if last_at is not None and not postgres:
        last_at = last_at.astimezone(UTC).replace(tzinfo=None)  # SQLite keeps UTC without a zone
    op.bulk_insert(chain, [{"id": 1, "first_id": first_id, "first_prev_hash": GENESIS, "last_hash": last_hash,
                            "last_at": last_at, "legacy_until_id": last_id}])
    if postgres:
        op.execute(POSTGRES_FUNCTION)
        op.execute("CREATE TRIGGER audit_event_guard BEFORE UPDATE OR DELETE ON audit_event "
                   "FOR EACH ROW EXECUTE FUNCTION audit_event_guard()")
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute("DROP TRIGGER IF EXISTS audit_event_guard ON audit_event")
    else:
        for name in SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("audit_chain")
    with op.batch_alter_table("audit_purge_window") as batch_op:
        batch_op.drop_column("txid")
        batch_op.drop_column("kind")
    with op.batch_alter_table("audit_event") as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
    if postgres:
        op.execute(POSTGRES_FUNCTION_0002)
        op.execute("CREATE TRIGGER audit_event_guard BEFORE UPDATE OR DELETE ON audit_event "
                   "FOR EACH ROW EXECUTE FUNCTION audit_event_guard()")
    else:
        for statement in SQLITE_TRIGGERS_0002:
            op.execute(statement)
