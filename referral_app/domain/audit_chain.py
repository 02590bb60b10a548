"""The audit trail as a hash chain: each entry's hash covers its fields and
the hash of the entry before it, so a changed, deleted, inserted or
back-dated entry breaks the chain at the first place it touches.

Pure rules: the canonical form, the hash, and the check over entries in id
order. The services read the rows and keep the chain's head and start.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from referral_app.domain.i18n import QT_TRANSLATE_NOOP

# The "previous hash" of the very first entry.
GENESIS = "0" * 64
# What erasure leaves in an entry's details when it removes a resident's search terms.
REDACTED_DETAIL = "[fjernet]"
# The details of the entry that records which entries were redacted: "redacted entries 3,7,12".
REDACTION_PREFIX = "redacted entries "
_REDACTION_IDS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class ChainFields:
    """What an entry's hash covers (not its id: the links give the order)."""

    at: datetime
    staff_user_id: int | None
    username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    resident_id: int | None
    detail: str | None
    purpose: str | None


def canonical_time(moment: datetime) -> str:
    """A timestamp as both databases give it back: UTC, microseconds."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(prev_hash: str, fields: ChainFields) -> str:
    """SHA-256 over the previous hash and the entry's fields, as canonical JSON."""
    payload = json.dumps(
        [
            prev_hash,
            canonical_time(fields.at),
            fields.staff_user_id,
            fields.username,
            fields.action,
            fields.entity,
            fields.entity_id,
            fields.resident_id,
            fields.detail,
            fields.purpose,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def redaction_detail(ids: Iterable[int]) -> str:
    return REDACTION_PREFIX + ",".join(str(i) for i in sorted(ids))


def redacted_ids(detail: str | None) -> set[int]:
    if not detail or not detail.startswith(REDACTION_PREFIX):
        return set()
    return {int(n) for n in _REDACTION_IDS.findall(detail[len(REDACTION_PREFIX):])}


@dataclass(frozen=True, slots=True)
class ChainRow:
    id: int
    prev_hash: str | None
    hash: str | None
    fields: ChainFields


class ChainProblem(StrEnum):
    CHANGED = "changed"
    LINK = "link"
    ORDER = "order"
    START = "start"
    END = "end"


PROBLEM_TEXTS: dict[ChainProblem, str] = {
    ChainProblem.CHANGED: QT_TRANSLATE_NOOP("audit", "entry {id} was changed after it was written"),
    ChainProblem.LINK: QT_TRANSLATE_NOOP(
        "audit", "entry {id} does not follow the entry before it: an entry was deleted or inserted there"),
    ChainProblem.ORDER: QT_TRANSLATE_NOOP("audit", "entry {id} is dated before the entry before it (back-dated)"),
    ChainProblem.START: QT_TRANSLATE_NOOP(
        "audit", "the log should begin at entry {expected} but begins at entry {id}: entries were deleted"),
    ChainProblem.END: QT_TRANSLATE_NOOP("audit", "the log ends at entry {id} but more was written: "
                                                 "entries after it were deleted"),
}


@dataclass(frozen=True, slots=True)
class ChainStart:
    """Where the chain begins: the first entry kept and the hash it links to."""

    first_id: int | None
    first_prev_hash: str
    last_hash: str
    # Entries up to here were chained by the migration; their times need not be in order.
    legacy_until_id: int | None = None


@dataclass(frozen=True, slots=True)
class ChainReport:
    checked: int
    problem: ChainProblem | None = None
    entry_id: int | None = None
    expected_id: int | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None


def verify(start: ChainStart, rows: Iterable[ChainRow], redacted: AbstractSet[int] = frozenset()) -> ChainReport:
    """Walk the entries in id order and report the first broken link.

    ``redacted`` are entries whose details erasure replaced (named by a
    later, hashed entry): their own hash can no longer be recomputed, but
    they must still link and carry exactly the redaction marker.
    """
    expected_prev = start.first_prev_hash
    previous_at: datetime | None = None
    checked = 0
    last_id: int | None = None
    for row in rows:
        if checked == 0 and start.first_id is not None and row.id != start.first_id:
            return ChainReport(checked, ChainProblem.START, row.id, start.first_id)
        if row.prev_hash != expected_prev:
            return ChainReport(checked, ChainProblem.LINK, row.id)
        legacy = start.legacy_until_id is not None and row.id <= start.legacy_until_id
        if previous_at is not None and row.fields.at < previous_at and not legacy:
            return ChainReport(checked, ChainProblem.ORDER, row.id)
        if row.hash != entry_hash(expected_prev, row.fields) and not (
            row.id in redacted and row.fields.detail == REDACTED_DETAIL and row.hash
        ):
            return ChainReport(checked, ChainProblem.CHANGED, row.id)
        expected_prev = row.hash or ""
        previous_at = row.fields.at
        last_id = row.id
        checked += 1
    if expected_prev != start.last_hash:
        return ChainReport(checked, ChainProblem.END, last_id)
    return ChainReport(checked)
