"""Keeping the audit trail's hash chain: appending, the windows in which the
retention job deletes and erasure redacts, and the check.

Every transaction that appends locks the chain's one row first (PostgreSQL:
``SELECT ... FOR UPDATE``; a SQLite writer already holds the database's write
lock), so two desks never link to the same previous entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, SessionTransaction

from referral_app.db import models as m
from referral_app.domain.audit import AuditAction
from referral_app.domain.audit_chain import (
    GENESIS,
    ChainFields,
    ChainReport,
    ChainRow,
    ChainStart,
    entry_hash,
    redacted_ids,
    verify,
)

_STATE = "referral_app.audit_chain"
PURGE = "purge"
REDACT = "redact"


@dataclass(slots=True)
class _Head:
    transaction: SessionTransaction
    row: m.AuditChain


def _fields(event: m.AuditEvent) -> ChainFields:
    return ChainFields(
        at=event.at, staff_user_id=event.staff_user_id, username=event.username, action=event.action,
        entity=event.entity, entity_id=event.entity_id, resident_id=event.resident_id, detail=event.detail,
        purpose=event.purpose,
    )


def head(session: Session) -> m.AuditChain:
    """The chain's row, locked for this transaction (read once per transaction)."""
    session.connection()  # begin, so the transaction below is the one we are in
    transaction = session.get_transaction()
    assert transaction is not None
    state = session.info.get(_STATE)
    if isinstance(state, _Head) and state.transaction is transaction:
        return state.row
    row = session.execute(
        select(m.AuditChain).where(m.AuditChain.id == 1).with_for_update().execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if row is None:  # a database made before the chain had its row: start one
        row = m.AuditChain(id=1, first_id=None, first_prev_hash=GENESIS, last_hash=GENESIS, last_at=None)
        session.add(row)
    session.info[_STATE] = _Head(transaction, row)
    return row


def append(session: Session, event: m.AuditEvent) -> None:
    """Link ``event`` to the newest entry and add it to the session.

    Times never go backwards along the chain: a desk whose clock is behind
    takes the newest entry's time.
    """
    chain = head(session)
    if chain.last_at is not None and event.at < chain.last_at:
        event.at = chain.last_at
    event.prev_hash = chain.last_hash
    event.hash = entry_hash(chain.last_hash, _fields(event))
    chain.last_hash = event.hash
    chain.last_at = event.at
    session.add(event)


@contextmanager
def window(session: Session, kind: str, cutoff: datetime) -> Iterator[None]:
    """Let this transaction delete entries before ``cutoff`` (purge) or redact
    their details (redact); the triggers refuse both outside a window."""
    session.flush()
    txid = session.scalar(select(func.txid_current())) if session.get_bind().dialect.name == "postgresql" else None
    session.execute(insert(m.AuditPurgeWindow).values(cutoff=cutoff, kind=kind, txid=txid))
    yield
    session.execute(delete(m.AuditPurgeWindow))


def purge_before(session: Session, cutoff: datetime) -> int:
    """Delete the entries older than ``cutoff`` from the start of the chain and
    record where it now begins, so the check still passes."""
    chain = head(session)
    session.flush()
    keep_from = session.scalar(select(func.min(m.AuditEvent.id)).where(m.AuditEvent.at >= cutoff))
    stmt = delete(m.AuditEvent).where(m.AuditEvent.at < cutoff)
    if keep_from is not None:
        stmt = stmt.where(m.AuditEvent.id < keep_from)
    with window(session, PURGE, cutoff):
        result = session.execute(stmt.execution_options(synchronize_session=False))
    deleted = int(result.rowcount or 0)  # type: ignore[attr-defined]
    if deleted:
        first = session.execute(
            select(m.AuditEvent.id, m.AuditEvent.prev_hash).order_by(m.AuditEvent.id).limit(1)
        ).first()
        if first is None:
            chain.first_id, chain.first_prev_hash = None, chain.last_hash
        else:
            chain.first_id, chain.first_prev_hash = first.id, first.prev_hash or GENESIS
    return deleted


def check(session: Session) -> ChainReport:
    """Walk the whole chain in id order; report the first broken link."""
    chain = session.execute(
        select(m.AuditChain).where(m.AuditChain.id == 1).with_for_update(read=True)
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    start = (ChainStart(chain.first_id, chain.first_prev_hash, chain.last_hash, chain.legacy_until_id) if chain is not None
             else ChainStart(None, GENESIS, GENESIS))
    redacted: set[int] = set()
    for detail in session.scalars(select(m.AuditEvent.detail).where(
            m.AuditEvent.entity == "audit_log", m.AuditEvent.action == AuditAction.ANONYMIZE.value)):
        redacted |= redacted_ids(detail)
    stmt = select(m.AuditEvent).order_by(m.AuditEvent.id).execution_options(yield_per=2000)
    rows = (ChainRow(e.id, e.prev_hash, e.hash, _fields(e)) for e in session.scalars(stmt))
    return verify(start, rows, redacted)
