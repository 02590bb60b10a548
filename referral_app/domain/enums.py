"""Enumerations shared by every layer. Values are stable strings stored in the database."""

from __future__ import annotations

from enum import StrEnum

from referral_app.domain.i18n import QT_TRANSLATE_NOOP


class OrganizationKind(StrEnum):
    HOUSING = "housing"
    MUNICIPALITY = "municipality"
    STATE = "state"
    LIBRARY = "library"
    ASSOCIATION = "association"


class ServiceStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    DEFUNCT = "defunct"
    TEMPORARILY_CLOSED = "temporarily_closed"


class AddressParity(StrEnum):
    """Which house numbers of a range: all, or one side of the street."""

    ALL = "all"
    ODD = "odd"
    EVEN = "even"


class FocusArea(StrEnum):
    """Landsbyggefonden's focus areas for the 2019-26 social plans."""

    EDUCATION = "education"
    EMPLOYMENT = "employment"
    CRIME_PREVENTION = "crime_prevention"
    COHESION = "cohesion"


class Channel(StrEnum):
    WALK_IN = "walk_in"
    PHONE = "phone"
    EMAIL = "email"
    OUTREACH = "outreach"


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    ACUTE = "acute"


class InquiryStatus(StrEnum):
    OPEN = "open"
    REFERRED = "referred"
    ANSWERED = "answered"
    CLOSED = "closed"


class ReferralMode(StrEnum):
    LOGGED = "logged"
    HANDED_OVER = "handed_over"


class ReferralStatus(StrEnum):
    PROPOSED = "proposed"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"
    NOT_COMPLETED = "not_completed"
    CANCELLED = "cancelled"
    REFERRED_ELSEWHERE = "referred_elsewhere"


class CloseReason(StrEnum):
    RESIDENT_DECLINED = "resident_declined"
    NO_CAPACITY = "no_capacity"
    NO_LONGER_NEEDED = "no_longer_needed"
    RESIDENT_UNREACHABLE = "resident_unreachable"
    SERVICE_UNREACHABLE = "service_unreachable"
    OTHER = "other"


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    COORDINATOR = "coordinator"
    MANAGER = "manager"
    ADMIN = "admin"


class ConsentPurpose(StrEnum):
    STORE_DATA = "store_data"
    HAND_OVER = "hand_over"


# Labels shown to users; translated by the UI and the CLI in context "enums".
LABELS: dict[StrEnum, str] = {
    OrganizationKind.HOUSING: QT_TRANSLATE_NOOP("enums", "Housing organization"),
    OrganizationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("enums", "Municipality"),
    OrganizationKind.STATE: QT_TRANSLATE_NOOP("enums", "State authority"),
    OrganizationKind.LIBRARY: QT_TRANSLATE_NOOP("enums", "Library"),
    OrganizationKind.ASSOCIATION: QT_TRANSLATE_NOOP("enums", "Association"),
    ServiceStatus.ACTIVE: QT_TRANSLATE_NOOP("enums", "Active"),
    ServiceStatus.INACTIVE: QT_TRANSLATE_NOOP("enums", "Inactive"),
    ServiceStatus.DEFUNCT: QT_TRANSLATE_NOOP("enums", "Closed down"),
    ServiceStatus.TEMPORARILY_CLOSED: QT_TRANSLATE_NOOP("enums", "Temporarily closed"),
    AddressParity.ALL: QT_TRANSLATE_NOOP("enums", "All numbers"),
    AddressParity.ODD: QT_TRANSLATE_NOOP("enums", "Odd numbers"),
    AddressParity.EVEN: QT_TRANSLATE_NOOP("enums", "Even numbers"),
    FocusArea.EDUCATION: QT_TRANSLATE_NOOP("enums", "Education and life chances"),
    FocusArea.EMPLOYMENT: QT_TRANSLATE_NOOP("enums", "Employment"),
    FocusArea.CRIME_PREVENTION: QT_TRANSLATE_NOOP("enums", "Crime prevention"),
    FocusArea.COHESION: QT_TRANSLATE_NOOP("enums", "Cohesion and citizenship"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("enums", "Walk-in"),
    Channel.PHONE: QT_TRANSLATE_NOOP("enums", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("enums", "E-mail"),
    Channel.OUTREACH: QT_TRANSLATE_NOOP("enums", "Outreach"),
    Urgency.LOW: QT_TRANSLATE_NOOP("enums", "Low"),
    Urgency.NORMAL: QT_TRANSLATE_NOOP("enums", "Normal"),
    Urgency.HIGH: QT_TRANSLATE_NOOP("enums", "High"),
    Urgency.ACUTE: QT_TRANSLATE_NOOP("enums", "Acute"),
    InquiryStatus.OPEN: QT_TRANSLATE_NOOP("enums", "Open"),
    InquiryStatus.REFERRED: QT_TRANSLATE_NOOP("enums", "Referred"),
    InquiryStatus.ANSWERED: QT_TRANSLATE_NOOP("enums", "Answered"),
    InquiryStatus.CLOSED: QT_TRANSLATE_NOOP("enums", "Closed"),
    ReferralMode.LOGGED: QT_TRANSLATE_NOOP("enums", "Logged"),
    ReferralMode.HANDED_OVER: QT_TRANSLATE_NOOP("enums", "Handed over"),
    ReferralStatus.PROPOSED: QT_TRANSLATE_NOOP("enums", "Proposed"),
    ReferralStatus.SENT: QT_TRANSLATE_NOOP("enums", "Sent"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("enums", "Accepted"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("enums", "Declined"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("enums", "Completed"),
    ReferralStatus.NOT_COMPLETED: QT_TRANSLATE_NOOP("enums", "Not completed"),
    ReferralStatus.CANCELLED: QT_TRANSLATE_NOOP("enums", "Cancelled"),
    ReferralStatus.REFERRED_ELSEWHERE: QT_TRANSLATE_NOOP("enums", "Referred elsewhere"),
    CloseReason.RESIDENT_DECLINED: QT_TRANSLATE_NOOP("enums", "Resident declined"),
    CloseReason.NO_CAPACITY: QT_TRANSLATE_NOOP("enums", "No capacity"),
    CloseReason.NO_LONGER_NEEDED: QT_TRANSLATE_NOOP("enums", "No longer needed"),
    CloseReason.RESIDENT_UNREACHABLE: QT_TRANSLATE_NOOP("enums", "Could not reach resident"),
    CloseReason.SERVICE_UNREACHABLE: QT_TRANSLATE_NOOP("enums", "Could not reach service"),
    CloseReason.OTHER: QT_TRANSLATE_NOOP("enums", "Other"),
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("enums", "Front desk"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("enums", "Coordinator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("enums", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("enums", "Administrator"),
    ConsentPurpose.STORE_DATA: QT_TRANSLATE_NOOP("enums", "Store personal data"),
    ConsentPurpose.HAND_OVER: QT_TRANSLATE_NOOP("enums", "Hand over to an organization"),
}

WEEKDAYS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("enums", "Monday"),
    QT_TRANSLATE_NOOP("enums", "Tuesday"),
    QT_TRANSLATE_NOOP("enums", "Wednesday"),
    QT_TRANSLATE_NOOP("enums", "Thursday"),
    QT_TRANSLATE_NOOP("enums", "Friday"),
    QT_TRANSLATE_NOOP("enums", "Saturday"),
    QT_TRANSLATE_NOOP("enums", "Sunday"),
)
