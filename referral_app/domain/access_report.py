"""The resident's access report (GDPR art. 15): all data held about them and
when and why it was looked up, without staff names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from referral_app.domain.consent import Consent
from referral_app.domain.referrals import Referral
from referral_app.domain.residents import Resident


@dataclass(frozen=True, slots=True)
class InquiryRecord:
    id: int
    received_at: datetime
    channel: str
    category_code: str | None
    category_name_da: str | None
    description: str
    status: str


@dataclass(frozen=True, slots=True)
class Lookup:
    """One access to the resident's data: when, what kind, and why. No staff name."""

    at: datetime
    action: str
    purpose: str | None


@dataclass(frozen=True, slots=True)
class AccessReport:
    generated_at: datetime
    resident: Resident
    consents: tuple[Consent, ...]
    inquiries: tuple[InquiryRecord, ...]
    referrals: tuple[Referral, ...]
    lookups: tuple[Lookup, ...]
