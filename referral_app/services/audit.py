"""The audit trail: one writer for every service, append-only.

Datatilsynet's security catalogue asks for a record of every read, search
(with its terms), insert, change, export and deletion of personal data.
Rows are never updated; only the retention job deletes, and only rows older
than the cutoff it declares (database triggers refuse anything else).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import bindparam, func, or_, select, tuple_
from sqlalchemy.orm import Session

from referral_app.db import models as m
from referral_app.db.engine import READ_ONLY_OPTION
from referral_app.db.types import UTCDateTime, utcnow
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.audit import AuditAction, AuditEntry, AuditFilter
from referral_app.domain.audit_chain import ChainReport
from referral_app.domain.paging import COUNT_CAP, ListSize
from referral_app.domain.privacy import check_no_cpr, mask_name, redact_cpr
from referral_app.services import audit_chain, outputs
from referral_app.services.permissions import require

MAX_DETAIL = 2000


def record(
    session: Session,
    actor: Actor | None,
    action: AuditAction,
    *,
    entity: str | None = None,
    entity_id: object = None,
    detail: str | None = None,
    purpose: str | None = None,
    resident_id: int | None = None,
    username: str | None = None,
) -> None:
    """Append one entry, linked into the hash chain, in the caller's transaction.
    A CPR-like number in any of its texts is masked: the services refuse them,
    this is the last line."""
    detail = redact_cpr(detail)
    audit_chain.append(
        session,
        m.AuditEvent(
            at=utcnow(),
            staff_user_id=actor.user_id if actor else None,
            username=redact_cpr(actor.username if actor else username),
            action=action.value,
            entity=entity,
            entity_id=None if entity_id is None else redact_cpr(str(entity_id)),
            resident_id=resident_id,
            detail=(detail or None) and detail[:MAX_DETAIL],
            purpose=redact_cpr(purpose),
        )
    )


@contextmanager
def aside(session: Session) -> Iterator[Session]:
    """A separate, immediately committed transaction on the same database.

    For entries that must survive the caller's rollback: a refused permission
    or a failed login raises, and the caller's transaction is rolled back.
    """
    with Session(bind=session.get_bind()) as other, other.begin():
        yield other


@contextmanager
def reading(session: Session) -> Iterator[Session]:
    """A separate read-only transaction on the same database, ended at once:
    on SQLite it begins deferred, so it takes no write lock."""
    bind = session.get_bind()
    with Session(bind=bind.execution_options(**{READ_ONLY_OPTION: True})) as other, other.begin():
        yield other


def _filtered(stmt, flt: AuditFilter):  # type: ignore[no-untyped-def]
    check_no_cpr("user", flt.username)  # the filter is written to the log with the view
    if flt.start:
        stmt = stmt.where(m.AuditEvent.at >= flt.start)
    if flt.end:
        stmt = stmt.where(m.AuditEvent.at < flt.end)
    if flt.username:
        stmt = stmt.where(m.AuditEvent.username == flt.username.strip().lower())
    if flt.action:
        stmt = stmt.where(m.AuditEvent.action == flt.action.value)
    if flt.resident_id is not None:
        # A merged record's history is the kept record's history too.
        merged = select(m.Resident.id).where(m.Resident.merged_into_id == flt.resident_id)
        stmt = stmt.where(or_(m.AuditEvent.resident_id == flt.resident_id, m.AuditEvent.resident_id.in_(merged)))
    return stmt


def _entry(row: m.AuditEvent, staff: dict[int, str] | None = None,
           residents: dict[int, str] | None = None) -> AuditEntry:
    staff, residents = staff or {}, residents or {}
    staff_ids = {row.staff_user_id, _staff_entity(row)} - {None}
    resident_ids = {row.resident_id, _resident_entity(row)} - {None}
    return AuditEntry(
        id=row.id,
        at=row.at,
        user=row.username,
        action=AuditAction(row.action),
        entity=row.entity,
        entity_id=row.entity_id,
        resident_id=row.resident_id,
        detail=row.detail,
        purpose=row.purpose,
        staff_user_id=row.staff_user_id,
        staff_names=tuple((i, staff[i]) for i in sorted(i for i in staff_ids if i is not None) if i in staff),
        resident_names=tuple((i, residents[i]) for i in sorted(i for i in resident_ids if i is not None)
                             if i in residents),
    )


def _entity_number(row: m.AuditEvent, entity: str) -> int | None:
    value = row.entity_id or ""
    return int(value) if row.entity == entity and value.isdigit() else None


def _staff_entity(row: m.AuditEvent) -> int | None:
    return _entity_number(row, "staff_user")


def _resident_entity(row: m.AuditEvent) -> int | None:
    return _entity_number(row, "resident")


def _names(session: Session, rows: list[m.AuditEvent]) -> tuple[dict[int, str], dict[int, str]]:
    """Staff names, and residents' initials, for one page of the log: the reader
    sees who did it and whom it was about in words, and no more of the
    resident's name than the front desk shows with names hidden."""
    staff_ids = {i for row in rows for i in (row.staff_user_id, _staff_entity(row)) if i is not None}
    resident_ids = {i for row in rows for i in (row.resident_id, _resident_entity(row)) if i is not None}
    staff: dict[int, str] = {}
    residents: dict[int, str] = {}
    if staff_ids:
        staff = {i: name for i, name in session.execute(
            select(m.StaffUser.id, m.StaffUser.full_name).where(m.StaffUser.id.in_(staff_ids))) if name}
    if resident_ids:
        residents = {i: mask_name(name) for i, name in session.execute(
            select(m.Resident.id, m.Resident.full_name).where(m.Resident.id.in_(resident_ids))) if name}
    return staff, residents


def count_events(session: Session, actor: Actor, flt: AuditFilter) -> int:
    require(session, actor, Permission.READ_AUDIT)
    return int(session.scalar(_filtered(select(func.count(m.AuditEvent.id)), flt)) or 0)


def open_log(session: Session, actor: Actor, flt: AuditFilter) -> int:
    """Start reading the log with a filter: returns the number of entries and
    records the look (pages are then read with ``log_view=False``)."""
    total = count_events(session, actor, flt)
    record(session, actor, AuditAction.VIEW, entity="audit_log", detail=f"{flt.describe()} rows={total}")
    return total


def log_size(session: Session, actor: Actor, flt: AuditFilter, *, cap: int = COUNT_CAP) -> ListSize:
    """How many entries match, counted only up to ``cap``: opening the log reads
    at most that many index entries, however long the log ("more than 10,000")."""
    require(session, actor, Permission.READ_AUDIT)
    stmt = _filtered(select(m.AuditEvent.id), flt).limit(cap + 1)
    return ListSize.bounded(int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0), cap)


def open_view(session: Session, actor: Actor, flt: AuditFilter) -> ListSize:
    """Start reading the log in a window: its size (counted up to ``COUNT_CAP``),
    and the look recorded (pages are then read with ``log_view=False``)."""
    size = log_size(session, actor, flt)
    rows = str(size.count) if size.exact else f">{size.count}"
    record(session, actor, AuditAction.VIEW, entity="audit_log", detail=f"{flt.describe()} rows={rows}")
    return size


def _key(entry: AuditEntry, newer: bool) -> Any:
    """Entries after ``entry`` in the log's order (older ones), or before it if ``newer``:
    a row-value comparison, so SQLite and PostgreSQL seek in the index on (at, id)."""
    key = tuple_(bindparam(None, entry.at, type_=UTCDateTime), bindparam(None, entry.id))
    columns = tuple_(m.AuditEvent.at, m.AuditEvent.id)
    return columns > key if newer else columns < key


def list_events(
    session: Session, actor: Actor, flt: AuditFilter, *, offset: int = 0, limit: int | None = 200,
    log_view: bool = True, after: AuditEntry | None = None, before: AuditEntry | None = None,
    from_end: bool = False,
) -> tuple[AuditEntry, ...]:
    """A page of entries, newest first. Reading the log is itself logged
    (once per filter: pass ``log_view=False`` for further pages).

    ``after`` is the last entry of the previous page: the next page then
    starts right after it (keyset paging) instead of counting ``offset``
    rows from the top, so scrolling on through a large log stays fast.
    ``before`` is the first entry of the page below, for scrolling up; and
    ``from_end`` reads the oldest entries, ``offset`` rows from the very
    oldest, for a jump to the end. Rows come back newest first either way.
    """
    require(session, actor, Permission.READ_AUDIT)
    newest_first = not (from_end or (after is None and before is not None))
    stmt = _filtered(select(m.AuditEvent), flt)
    if newest_first:
        stmt = stmt.order_by(m.AuditEvent.at.desc(), m.AuditEvent.id.desc())
    else:
        stmt = stmt.order_by(m.AuditEvent.at, m.AuditEvent.id)
    if after is not None:
        stmt = stmt.where(_key(after, newer=False))
    elif before is not None:
        stmt = stmt.where(_key(before, newer=True))
    else:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    found = list(session.scalars(stmt))
    staff, residents = _names(session, found)
    rows = [_entry(row, staff, residents) for row in found]
    if not newest_first:
        rows.reverse()
    if log_view:
        record(session, actor, AuditAction.VIEW, entity="audit_log", detail=flt.describe())
    return tuple(rows)


CSV_COLUMNS = ("at", "user", "action", "entity", "entity_id", "resident_id", "purpose", "detail")


def export_csv(session: Session, actor: Actor, flt: AuditFilter, target: Path, *, overwrite: bool = False) -> int:
    """Write the filtered log to CSV (UTF-8 with BOM, semicolons for a Danish
    Excel). The file appears only when the transaction holding the export's
    own audit entry commits (see ``services.outputs``)."""
    require(session, actor, Permission.READ_AUDIT)
    stmt = _filtered(select(m.AuditEvent), flt).order_by(m.AuditEvent.at, m.AuditEvent.id)
    count = 0

    def write(handle: BinaryIO) -> None:
        nonlocal count
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        # Read in a transaction of its own that takes no write lock: the
        # caller's transaction begins only with the export's audit entry.
        with reading(session) as reader:
            for row in reader.scalars(stmt.execution_options(yield_per=1000)):
                writer.writerow(
                    (row.at.isoformat(timespec="seconds"), row.username or "", row.action, row.entity or "",
                     row.entity_id or "", row.resident_id if row.resident_id is not None else "",
                     row.purpose or "", row.detail or "")
                )
                count += 1
        text.flush()
        text.detach()

    outputs.write_audited(
        session, Path(target), write, overwrite=overwrite,
        record=lambda path: record(session, actor, AuditAction.EXPORT, entity="audit_log",
                                   detail=f"{flt.describe()} rows={count} file={path.name}"))
    return count


def purge_before(session: Session, cutoff: datetime) -> int:
    """Delete entries older than ``cutoff``: the retention job's one path.

    The database refuses deletes of audit rows unless a purge window is
    declared in the same transaction, and then only for rows before it.
    Entries go from the start of the chain, which then records where it begins.
    """
    return audit_chain.purge_before(session, cutoff)


def verify_log(session: Session, actor: Actor) -> ChainReport:
    """Check the whole hash chain; the check itself is logged with its result."""
    require(session, actor, Permission.READ_AUDIT)
    report = audit_chain.check(session)
    outcome = "intact" if report.intact else f"broken at {report.entry_id} ({report.problem})"
    record(session, actor, AuditAction.VIEW, entity="audit_log", detail=f"verify entries={report.checked} {outcome}")
    return report
