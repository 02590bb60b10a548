"""The whole data model. Table and column names are stable: migrations depend on them.

Designed for the full job from the start (directory, residents, consents,
inquiries, tallies, referrals with history, routing rules, staff, audit) so
later features do not churn the schema. There is deliberately no CPR column.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    event,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, relationship
from sqlalchemy.sql import select

from referral_app.db.types import BigId, UTCDateTime, utcnow
from referral_app.domain.hsds import stable_uuid

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class HsdsMixin:
    """The Open Referral HSDS id (a UUID that survives export and import) and
    the HSDS fields we read but do not model, kept so a re-export loses nothing."""

    # Nullable only because SQLite cannot add a NOT NULL column to a filled
    # table without rebuilding it; every insert fills it (see _fill_hsds_id).
    hsds_id: Mapped[str | None] = mapped_column(String(36), unique=True, index=True)
    extra: Mapped[dict[str, object] | None] = mapped_column(JSON)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# --- Directory ---------------------------------------------------------------


class Organization(HsdsMixin, TimestampMixin, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    services: Mapped[list[Service]] = relationship(back_populates="organization", order_by="Service.name")
    locations: Mapped[list[Location]] = relationship(back_populates="organization")


class Location(HsdsMixin, Base):
    __tablename__ = "location"
    __table_args__ = (UniqueConstraint("organization_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(10))
    city: Mapped[str] = mapped_column(String(100))

    organization: Mapped[Organization] = relationship(back_populates="locations")


class ServiceCategory(Base):
    __tablename__ = "service_category"

    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("category.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Service(HsdsMixin, TimestampMixin, Base):
    __tablename__ = "service"
    __table_args__ = (UniqueConstraint("organization_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), default="active", index=True)
    eligibility: Mapped[str | None] = mapped_column(Text)
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    residents_only: Mapped[bool] = mapped_column(Boolean, default=False)
    languages: Mapped[str] = mapped_column(String(200), default="da")  # comma-separated ISO 639-1
    interpretation: Mapped[str | None] = mapped_column(Text)
    application_process: Mapped[str | None] = mapped_column(Text)
    what_to_bring: Mapped[str | None] = mapped_column(Text)
    follow_up_days: Mapped[int] = mapped_column(Integer, default=10)
    waiting_list: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity_note: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="SET NULL"))
    name_en: Mapped[str | None] = mapped_column(String(200))
    next_step: Mapped[str | None] = mapped_column(Text)
    area: Mapped[str | None] = mapped_column(String(200))
    handover_contact: Mapped[str | None] = mapped_column(String(300))
    paused_until: Mapped[date | None] = mapped_column(Date)
    open_on_holidays: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    organization: Mapped[Organization] = relationship(back_populates="services")
    location: Mapped[Location | None] = relationship()
    schedules: Mapped[list[Schedule]] = relationship(
        back_populates="service", cascade="all, delete-orphan", order_by="(Schedule.weekday, Schedule.opens_at)"
    )
    contacts: Mapped[list[Contact]] = relationship(back_populates="service", cascade="all, delete-orphan")
    exceptions: Mapped[list[ScheduleException]] = relationship(
        cascade="all, delete-orphan", order_by="(ScheduleException.first_day, ScheduleException.id)"
    )
    categories: Mapped[list[Category]] = relationship(secondary="service_category", order_by="Category.code")


class Schedule(Base):
    __tablename__ = "schedule"
    __table_args__ = (CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    opens_at: Mapped[time] = mapped_column(Time)
    closes_at: Mapped[time] = mapped_column(Time)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))
    hsds_id: Mapped[str | None] = mapped_column(String(36))  # several rows share one when HSDS said "MO,TU"
    extra: Mapped[dict[str, object] | None] = mapped_column(JSON)

    service: Mapped[Service] = relationship(back_populates="schedules")


class ScheduleException(Base):
    """Closed from first_day to last_day, or open only opens_at-closes_at on those days."""

    __tablename__ = "schedule_exception"
    __table_args__ = (CheckConstraint("first_day <= last_day", name="day_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    opens_at: Mapped[time | None] = mapped_column(Time)
    closes_at: Mapped[time | None] = mapped_column(Time)
    note: Mapped[str | None] = mapped_column(String(300))


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    hsds_id: Mapped[str | None] = mapped_column(String(36))
    extra: Mapped[dict[str, object] | None] = mapped_column(JSON)

    service: Mapped[Service] = relationship(back_populates="contacts")


class Category(HsdsMixin, Base):
    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="SET NULL"), index=True)
    name_da: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    keywords: Mapped[str] = mapped_column(Text, default="")  # one keyword or phrase per line
    focus_area: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    parent: Mapped[Category | None] = relationship(remote_side="Category.id")


class AddressRange(Base):
    """Which housing organization and department own a range of house numbers."""

    __tablename__ = "address_range"
    __table_args__ = (CheckConstraint("number_from <= number_to", name="number_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    street: Mapped[str] = mapped_column(String(200), index=True)
    number_from: Mapped[int] = mapped_column(Integer)
    number_to: Mapped[int] = mapped_column(Integer)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    department: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(String(300))
    parity: Mapped[str] = mapped_column(String(8), default="all")  # all | odd | even
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    organization: Mapped[Organization] = relationship()


class RoutingRule(Base):
    __tablename__ = "routing_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    housing_organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"))
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ServiceTranslation(Base):
    """A service's own texts in one of the slip's languages (see domain.slip_languages).

    Optional and separate from ``service``: a text left empty is printed in Danish,
    marked as such, on the resident's slip. ``next_step`` translates the service's
    application process.
    """

    __tablename__ = "service_translation"

    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    what_to_bring: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class SeedLog(Base):
    """Directory items once loaded from resources/; never added again, so a
    coordinator's deletions survive later starts. ``content_hash`` is the
    fingerprint of what was loaded: a newer shipped version replaces an item
    only while the item in the database still matches it (nobody edited it)."""

    __tablename__ = "seed_log"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    content_hash: Mapped[str | None] = mapped_column(String(64))


# --- Staff and settings --------------------------------------------------------


class StaffUser(Base):
    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AppSetting(Base):
    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"))


# --- Residents, consent, inquiries ---------------------------------------------


class Resident(TimestampMixin, Base):
    """A resident who needed more than an anonymous answer. No CPR number, ever.

    housing_organization_id, department and age_band survive anonymization so
    statistics for past periods stay the same.
    """

    __tablename__ = "resident"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str | None] = mapped_column(String(200), index=True)
    search_name: Mapped[str | None] = mapped_column(String(200))  # folded for fuzzy search
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(20), index=True)
    unit: Mapped[str | None] = mapped_column(String(40))  # floor and door, e.g. "3. tv."
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    housing_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    department: Mapped[str | None] = mapped_column(String(100))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    age_band: Mapped[str | None] = mapped_column(String(16))
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    anonymized_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # Bumped only when a desk corrects the details (the service compares and sets it),
    # so a bulk job never makes a correction in progress look stale.
    version: Mapped[int] = mapped_column(Integer, default=1)


class Consent(Base):
    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    scope: Mapped[str | None] = mapped_column(String(300))  # which fields may be shared
    given_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)


class Inquiry(TimestampMixin, Base):
    __tablename__ = "inquiry"
    __table_args__ = (
        Index("ix_inquiry_category_received", "category_id", "received_at"),
        # Unique and repeat residents for a period: read in resident order, no sort.
        Index("ix_inquiry_resident_received", "resident_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    channel: Mapped[str] = mapped_column(String(32), default="walk_in")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(8))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    status: Mapped[str] = mapped_column(String(32), default="open", index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)
    logged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"), index=True)
    desk: Mapped[str | None] = mapped_column(String(64))
    # Snapshots taken when the inquiry is logged, so statistics for a period
    # stay the same after the resident moves or is anonymized.
    age_band: Mapped[str | None] = mapped_column(String(16))
    housing_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    resident: Mapped[Resident | None] = relationship()
    category: Mapped[Category | None] = relationship()


class Tally(Base):
    """One anonymous inquiry counted with a single key press."""

    __tablename__ = "tally"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(32), default="walk_in")
    logged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"))
    desk: Mapped[str | None] = mapped_column(String(64))
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


# --- Referrals -------------------------------------------------------------------


class Referral(TimestampMixin, Base):
    __tablename__ = "referral"
    # One index per sort order of the queue, ending in the id, so a page is a
    # seek in one of them (keyset paging) in either direction, never a sort.
    __table_args__ = (
        Index("ix_referral_status_due_id", "status", "due_date", "id"),
        Index("ix_referral_due_id", "due_date", "id"),
        Index("ix_referral_created_id", "created_at", "id"),
        Index("ix_referral_service_id_id", "service_id", "id"),
        Index("ix_referral_created_by_id", "created_by_id"),
        # The queue's category filter: counted on this index, and which services have any.
        Index("ix_referral_category_service", "category_id", "service_id"),
        # The statistics' edges of a period (the hours around local midnight) read referrals by time.
        Index("ix_referral_created_service_status", "created_at", "service_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiry.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="RESTRICT"))
    #: The inquiry's category, copied and kept in step by triggers (db/referral_category.py).
    category_id: Mapped[int | None] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(32), default="logged")
    status: Mapped[str] = mapped_column(String(32), default="proposed")
    reason: Mapped[str | None] = mapped_column(String(32))
    reason_note: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"))
    previous_referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    inquiry: Mapped[Inquiry] = relationship()
    service: Mapped[Service] = relationship()
    events: Mapped[list[ReferralEvent]] = relationship(
        back_populates="referral", order_by="ReferralEvent.at", cascade="all, delete-orphan"
    )


class ReferralEvent(Base):
    __tablename__ = "referral_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"))
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)

    referral: Mapped[Referral] = relationship(back_populates="events")


# --- Statistics summaries (kept by triggers: db/stat_summaries.py) ---------------------


class StatInquiryDay(Base):
    """Inquiries (``tally`` false) and quick counts (true) of one UTC day by category."""

    __tablename__ = "stat_inquiry_day"
    __table_args__ = {"sqlite_with_rowid": False}  # read in key order, straight from the key

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    tally: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    category_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0: none
    n: Mapped[int] = mapped_column(Integer)


class StatChannelDay(Base):
    """Inquiries and quick counts of one UTC day by channel (the report never crosses
    channel with category, so they are kept apart: far fewer rows)."""

    __tablename__ = "stat_channel_day"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    tally: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class StatAskerDay(Base):
    """Inquiries of one UTC day by who asked: anonymous or not, housing organization and age band then."""

    __tablename__ = "stat_asker_day"
    __table_args__ = {"sqlite_with_rowid": False}  # read in key order, straight from the key

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    housing_organization_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0: none
    age_band: Mapped[str] = mapped_column(String(16), primary_key=True)  # '': none
    n: Mapped[int] = mapped_column(Integer)


class StatReferralDay(Base):
    """Referrals made on one UTC day by status."""

    __tablename__ = "stat_referral_day"
    __table_args__ = {"sqlite_with_rowid": False}  # read in key order, straight from the key

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    status: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class StatServiceDay(Base):
    """Referrals made on one UTC day to one service, and how many of them are completed."""

    __tablename__ = "stat_service_day"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    completed: Mapped[int] = mapped_column(Integer)


class StatCompletion(Base):
    """A completed referral's days from referral to completion, for the median."""

    __tablename__ = "stat_completion"
    __table_args__ = (Index("ix_stat_completion_days_created", "days", "created_at"),)

    referral_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    days: Mapped[float] = mapped_column(Float)


# --- Audit -----------------------------------------------------------------------


class AuditEvent(Base):
    """Append-only, and a hash chain: ``hash`` covers the entry's fields and
    ``prev_hash``, the hash of the entry before it (domain/audit_chain.py).
    Only the retention job deletes rows (from the start of the chain), and
    only erasure changes one column (``detail``, to redact search terms)."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"), index=True)
    username: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32), index=True)
    entity: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    resident_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: outlives erasure
    detail: Mapped[str | None] = mapped_column(Text)
    purpose: Mapped[str | None] = mapped_column(String(300))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditChain(Base):
    """One row (id 1): where the audit chain begins after retention, and its
    newest hash. Every transaction that appends locks it first, so two desks
    cannot fork the chain."""

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_id: Mapped[int | None] = mapped_column(BigId)
    first_prev_hash: Mapped[str] = mapped_column(String(64))
    last_hash: Mapped[str] = mapped_column(String(64))
    last_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Entries up to this id were written before the chain; their times may be out of order.
    legacy_until_id: Mapped[int | None] = mapped_column(BigId)


class AuditPurgeWindow(Base):
    """Declared by the retention job (``kind`` purge: delete audit rows older
    than ``cutoff``) or by erasure (``kind`` redact: change only ``detail``)
    inside its own transaction. Triggers refuse every other delete or update;
    a window lives only in the transaction that opened it (PostgreSQL: the
    row names its transaction id; SQLite: the next audit entry removes it)."""

    __tablename__ = "audit_purge_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    cutoff: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(16), default="purge", server_default="purge")
    txid: Mapped[int | None] = mapped_column(BigInteger)


# --- HSDS ids for new rows ---------------------------------------------------------


def _organization_key(connection: Connection, target: Location | Service) -> str:
    org = target.__dict__.get("organization")
    if isinstance(org, Organization):
        return org.key
    return str(connection.scalar(select(Organization.key).where(Organization.id == target.organization_id)))


def _fill_hsds_id(mapper: Mapper[object], connection: Connection, target: object) -> None:
    """A row added without an HSDS id gets one derived from its natural key, so
    the shipped directory has the same ids on every install (the 0005 migration
    gave existing rows the same values)."""
    if getattr(target, "hsds_id", None):
        return
    if isinstance(target, Organization):
        target.hsds_id = stable_uuid("organization", target.key)
    elif isinstance(target, Category):
        target.hsds_id = stable_uuid("category", target.code)
    elif isinstance(target, Location):
        target.hsds_id = stable_uuid("location", f"{_organization_key(connection, target)}/{target.key}")
    elif isinstance(target, Service):
        target.hsds_id = stable_uuid("service", f"{_organization_key(connection, target)}/{target.key}")


for _model in (Organization, Category, Location, Service):
    event.listen(_model, "before_insert", _fill_hsds_id)
