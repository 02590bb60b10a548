"""The directory as routing sees it, and the query: immutable input shapes."""

from __future__ import annotations

from dataclasses import dataclass

from referral_app.domain.enums import ServiceStatus
from referral_app.domain.routing.reasons import Localized


@dataclass(frozen=True, slots=True)
class RouteCategory:
    code: str
    name: Localized
    parent_code: str | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RouteService:
    id: int
    name: str
    organization_id: int
    organization_name: str
    status: ServiceStatus = ServiceStatus.ACTIVE
    organization_is_housing: bool = False
    min_age: int | None = None
    max_age: int | None = None
    residents_only: bool = False
    languages: tuple[str, ...] = ("da",)
    waiting_list: bool = False
    capacity_note: str | None = None
    category_codes: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class RouteRule:
    id: int
    category_code: str
    service_id: int
    priority: int = 0
    housing_organization_id: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    language: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class AddressRange:
    id: int
    street: str
    number_from: int
    number_to: int
    organization_id: int
    organization_name: str
    department: str | None = None
    parity: str = "all"  # all | odd | even (see domain.directory.number_in_range)


@dataclass(frozen=True, slots=True)
class RoutingSnapshot:
    """Everything routing reads from the directory, frozen at one moment.
    ``categories`` are in display order (that order breaks ties)."""

    categories: tuple[RouteCategory, ...]
    services: tuple[RouteService, ...]
    rules: tuple[RouteRule, ...]
    addresses: tuple[AddressRange, ...] = ()
    # The housing organization that runs the joint operation of the estate and
    # stands in when a resident's own housing organization is unknown.
    joint_operation_id: int | None = None


# --- The query ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoutingQuery:
    text: str = ""
    category_code: str | None = None
    age: int | None = None
    address: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Housing:
    """Where the address puts the resident."""

    address: str
    organization_id: int | None
    organization_name: str | None
    department: str | None
    in_estate: bool  # a Høje Gladsaxe address, owner known or not
