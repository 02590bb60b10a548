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
from typing import cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

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

PURGE = "purge"
REDACT = "redact"
_EVENTS = cast(Table, m.AuditEvent.__table__)
_CHAIN = cast(Table, m.AuditChain.__table__)
# Built once: an entry per keystroke of a search should not build statements anew.
_READ_HEAD = select(_CHAIN.c.last_hash, _CHAIN.c.last_at).where(_CHAIN.c.id == 1).with_for_update()
_INSERT_EVENT = insert(_EVENTS)
_MOVE_HEAD = update(_CHAIN).where(_CHAIN.c.id == 1).values(
    last_hash=bindparam("new_hash"), last_at=bindparam("new_at"))


@dataclass(frozen=True, slots=True)
class Head:
    """The chain's newest hash and time, as read (and locked) in this transaction."""

    last_hash: str
    last_at: datetime | None


def _fields(event: m.AuditEvent) -> ChainFields:
    return ChainFields(
        at=event.at, staff_user_id=event.staff_user_id, username=event.username, action=event.action,
        entity=event.entity, entity_id=event.entity_id, resident_id=event.resident_id, detail=event.detail,
        purpose=event.purpose,
    )


def head(session: Session) -> Head:
    """The chain's head, its row locked for the rest of the transaction.

    Read afresh for every entry (one indexed row): no copy kept beside the
    database can go stale when a savepoint rolls back or another writer
    appended before this transaction took the lock.
    """
    connection = session.connection()
    row = connection.execute(_READ_HEAD).first()
    if row is None:  # a database made before the chain had its row: start one
        connection.execute(insert(_CHAIN).values(id=1, first_id=None, first_prev_hash=GENESIS,
                                                 last_hash=GENESIS, last_at=None))
        return Head(GENESIS, None)
    return Head(row.last_hash, row.last_at)


def append(session: Session, event: m.AuditEvent) -> None:
    """Link ``event`` to the newest entry and write it at once, in the
    caller's transaction (Core statements: no unit of work to flush, so an
    entry per keystroke of a search costs one insert and one update).

    ``event`` is not added to the session: read entries back with a query.
    Its ``at``, ``prev_hash`` and ``hash`` are set as written. Times never go
    backwards along the chain: a desk whose clock is behind takes the newest
    entry's time.
    """
    chain = head(session)
    if chain.last_at is not None and event.at < chain.last_at:
        event.at = chain.last_at
    event.prev_hash = chain.last_hash
    event.hash = entry_hash(chain.last_hash, _fields(event))
    connection = session.connection()
    connection.execute(_INSERT_EVENT, {
        "at": event.at, "staff_user_id": event.staff_user_id, "username": event.username, "action": event.action,
        "entity": event.entity, "entity_id": event.entity_id, "resident_id": event.resident_id,
        "detail": event.detail, "purpose": event.purpose, "prev_hash": event.prev_hash, "hash": event.hash})
    connection.execute(_MOVE_HEAD, {"new_hash": event.hash, "new_at": event.at})


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
        start = (None, chain.last_hash) if first is None else (first.id, first.prev_hash or GENESIS)
        session.connection().execute(
            update(_CHAIN).where(_CHAIN.c.id == 1).values(first_id=start[0], first_prev_hash=start[1]))
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
