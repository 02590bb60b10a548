"""The service directory as the rest of the app sees it (HSDS-like shapes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import TypeVar

from referral_app.domain.enums import AddressParity, FocusArea, OrganizationKind, ServiceStatus
from referral_app.domain.matching import Target

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Category:
    id: int
    code: str
    name_da: str
    name_en: str
    parent_code: str | None
    focus_area: FocusArea | None
    keywords: tuple[str, ...] = ()
    version: int = 1

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_da


@dataclass(frozen=True, slots=True)
class Schedule:
    weekday: int  # 1 = Monday ... 7 = Sunday (ISO)
    opens_at: time
    closes_at: time
    valid_from: date | None = None
    valid_to: date | None = None
    note: str | None = None

    def applies_on(self, day: date) -> bool:
        if day.isoweekday() != self.weekday:
            return False
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


@dataclass(frozen=True, slots=True)
class ScheduleException:
    """Closed from ``first_day`` to ``last_day`` (inclusive), or, with hours, open
    only then on those days (special hours)."""

    first_day: date
    last_day: date
    opens_at: time | None = None
    closes_at: time | None = None
    note: str | None = None

    @property
    def closed(self) -> bool:
        return self.opens_at is None or self.closes_at is None

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    title: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True, slots=True)
class Location:
    id: int
    name: str
    address: str
    postal_code: str
    city: str

    @property
    def one_line(self) -> str:
        return f"{self.address}, {self.postal_code} {self.city}"


@dataclass(frozen=True, slots=True)
class Service:
    id: int
    key: str
    organization_id: int
    organization_name: str
    name: str
    description: str
    status: ServiceStatus
    eligibility: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    residents_only: bool = False
    languages: tuple[str, ...] = ()
    interpretation: str | None = None
    application_process: str | None = None
    what_to_bring: str | None = None
    follow_up_days: int = 10
    waiting_list: bool = False
    capacity_note: str | None = None
    url: str | None = None
    phone: str | None = None
    email: str | None = None
    location: Location | None = None
    schedules: tuple[Schedule, ...] = ()
    contacts: tuple[Contact, ...] = ()
    categories: tuple[Category, ...] = ()
    name_en: str | None = None
    next_step: str | None = None
    area: str | None = None  # who it is for, by place (e.g. "Høje Gladsaxe")
    handover_contact: str | None = None  # e-mail or person a hand-over goes to
    paused_until: date | None = None
    open_on_holidays: bool = False
    exceptions: tuple[ScheduleException, ...] = ()
    version: int = 1
    organization_active: bool = True  # a deactivated organization closes all its services

    @property
    def shown_status(self) -> ServiceStatus:
        """The status to show and act on: inactive while its organization is."""
        return self.status if self.organization_active else ServiceStatus.INACTIVE

    @property
    def is_active(self) -> bool:
        return self.shown_status is ServiceStatus.ACTIVE

    def display_name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name


@dataclass(frozen=True, slots=True)
class Organization:
    id: int
    key: str
    name: str
    kind: OrganizationKind
    description: str | None = None
    website: str | None = None
    phone: str | None = None
    email: str | None = None
    services: tuple[Service, ...] = field(default_factory=tuple)
    address: str | None = None
    active: bool = True
    version: int = 1


def number_in_range(number: int, low: int, high: int, parity: AddressParity | str = AddressParity.ALL) -> bool:
    """Whether house number ``number`` is in ``low``..``high`` on the given side of the street."""
    if not low <= number <= high:
        return False
    if parity == AddressParity.ODD:
        return number % 2 == 1
    if parity == AddressParity.EVEN:
        return number % 2 == 0
    return True


@dataclass(frozen=True, slots=True)
class AddressEntry:
    """One row of the address table: a range of house numbers on a street."""

    id: int
    street: str
    number_from: int
    number_to: int
    parity: AddressParity
    organization_id: int
    organization_name: str
    department: str | None = None
    note: str | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class RuleEntry:
    """One routing rule as the editor shows it."""

    id: int
    category_code: str
    service_id: int
    service_name: str
    priority: int = 0
    housing_organization_id: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    language: str | None = None
    note: str | None = None
    active: bool = True
    version: int = 1


@dataclass(frozen=True, slots=True)
class SeedSummary:
    """What a directory load added; zero everywhere on a second run."""

    organizations: int = 0
    services: int = 0
    categories: int = 0
    addresses: int = 0
    routing_rules: int = 0
    updated_categories: int = 0  # newer shipped versions of categories nobody had edited
    updated_services: int = 0  # ... of services, rules and address ranges nobody had edited
    updated_rules: int = 0
    updated_addresses: int = 0
    service_translations: int = 0  # a service's texts in one of the slip's languages

    @property
    def total(self) -> int:
        return (self.organizations + self.services + self.categories + self.addresses + self.routing_rules
                + self.updated_categories + self.updated_services + self.updated_rules + self.updated_addresses
                + self.service_translations)


def active_services(organizations: Sequence[Organization]) -> tuple[Service, ...]:
    """The active services of the directory, in the directory's order."""
    return tuple(s for org in organizations for s in org.services if s.is_active)


def category_target(category: Category) -> Target:
    """What a category is searched by (``domain.matching``): its Danish and
    English names, then its keywords, shortest first (the keyword shown is
    the shortest that matched)."""
    cached = _CATEGORY_TARGETS.get(id(category))
    if cached is not None and cached[0] is category:
        return cached[1]
    target = Target(names=(category.name_da, category.name_en), fields=tuple(sorted(category.keywords, key=len)))
    _remember(_CATEGORY_TARGETS, category, target)
    return target


def service_target(service: Service) -> Target:
    """What a service is searched by (``domain.matching``), on every screen
    alike: its name, with its organization's name as context ("ejendomskontor
    3b"), then each of its categories (names and keywords), and last its
    description."""
    cached = _SERVICE_TARGETS.get(id(service))
    if cached is not None and cached[0] is service:
        return cached[1]
    target = Target(
        names=(service.name,),
        context=(service.organization_name,),
        fields=tuple(" ".join((c.name_da, c.name_en, *c.keywords)) for c in service.categories),
        notes=(service.description,) if service.description else (),
    )
    _remember(_SERVICE_TARGETS, service, target)
    return target


# Targets are built once per object, not on every keystroke: keyed by identity
# (the object is kept with its target, so an id is never reused while cached).
_CATEGORY_TARGETS: dict[int, tuple[Category, Target]] = {}
_SERVICE_TARGETS: dict[int, tuple[Service, Target]] = {}
_MAX_CACHED = 20000


def _remember(cache: dict[int, tuple[_T, Target]], item: _T, target: Target) -> None:
    if len(cache) >= _MAX_CACHED:
        cache.clear()
    cache[id(item)] = (item, target)
