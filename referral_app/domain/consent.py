"""Consent per purpose and per receiving organization, with its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from referral_app.domain.enums import ConsentPurpose


@dataclass(frozen=True, slots=True)
class Consent:
    id: int
    resident_id: int
    purpose: ConsentPurpose
    organization_id: int | None
    organization_name: str | None
    scope: str | None
    given_at: datetime
    recorded_by: str | None
    withdrawn_at: datetime | None
    withdrawn_by: str | None
    note: str | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None
