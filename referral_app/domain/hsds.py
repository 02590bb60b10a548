"""Open Referral HSDS 3.0 rules that need no database: stable ids, the
mapping of our statuses, weekdays and times to HSDS fields, and the check of
an incoming HSDS service object before anything is written.

The export and import themselves live in ``services/hsds``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from referral_app.domain.enums import OrganizationKind, ServiceStatus
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

# Fixed for ever: the shipped directory gets the same ids on every install.
# alembic/versions/0005_i12a_hsds_ids.py repeats it (migrations import no app code).
NAMESPACE = uuid.UUID("6f1c8d2e-3b7a-5e4f-9a61-0c2d4b8e7f35")

TAXONOMY = "faelles-indgang"  # the name our own categories carry as HSDS taxonomy terms
COUNTRY = "DK"
STATE_PROVINCE = "Region Hovedstaden"  # every address we ship; imported ones keep their own
MAX_IMPORT_BYTES = 40 * 1024 * 1024

# Service fields HSDS 3.0 has no place for travel as attributes of the
# service: the taxonomy term (of this taxonomy, its code the field's name)
# says which field, the attribute's ``value`` holds it as text, so the
# tabular form carries them too. A field at its default is left out.
FIELDS_TAXONOMY = "faelles-indgang-fields"
TEXT_FIELDS: dict[str, int] = {"next_step": 20_000, "handover_contact": 300, "area": 200, "capacity_note": 20_000}
FLAG_FIELDS = ("waiting_list", "open_on_holidays", "residents_only")
SERVICE_FIELDS: tuple[str, ...] = (*TEXT_FIELDS, *FLAG_FIELDS, "paused_until", "follow_up_days")
FIELD_LABELS: dict[str, str] = {
    "next_step": "The next step told to the resident",
    "handover_contact": "Whom to contact when handing a resident over",
    "area": "The area the service is for",
    "capacity_note": "A note on capacity",
    "waiting_list": "The service has a waiting list",
    "open_on_holidays": "Open on Danish public holidays",
    "residents_only": "Only for residents of Høje Gladsaxe",
    "paused_until": "Temporarily closed; reopens on this date",
    "follow_up_days": "Days until a referral is followed up",
}
# A dated schedule without weekdays: closed on those days, or open only at the
# given hours (our exceptions to the weekly hours).
EXCEPTION_CLOSED = "closed"
EXCEPTION_SPECIAL_HOURS = "special opening hours"

HSDS_STATUS: dict[ServiceStatus, str] = {
    ServiceStatus.ACTIVE: "active",
    ServiceStatus.INACTIVE: "inactive",
    ServiceStatus.DEFUNCT: "defunct",
    ServiceStatus.TEMPORARILY_CLOSED: "temporarily closed",
}
STATUS_FROM_HSDS: dict[str, ServiceStatus] = {value: key for key, value in HSDS_STATUS.items()}

# HSDS has no organization kind; ``legal_status`` is the nearest free-text field.
LEGAL_STATUS: dict[OrganizationKind, str] = {
    OrganizationKind.HOUSING: "social housing organization",
    OrganizationKind.MUNICIPALITY: "municipality",
    OrganizationKind.STATE: "state authority",
    OrganizationKind.LIBRARY: "public library",
    OrganizationKind.ASSOCIATION: "association",
}
KIND_FROM_LEGAL_STATUS: dict[str, OrganizationKind] = {value: key for key, value in LEGAL_STATUS.items()}

BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index + 1 = ISO weekday

MSG_NOT_HSDS = QT_TRANSLATE_NOOP(
    "errors", "{file} is not HSDS 3.0 data: {problem}. Nothing was imported.")
MSG_NOT_JSON = QT_TRANSLATE_NOOP(
    "errors", "{file} is not JSON (line {line}, column {column}). Nothing was imported.")
PROBLEM_SHAPE = QT_TRANSLATE_NOOP(
    "enums", "expected a service object, a list of them or an API page with contents")
PROBLEM_NOT_FOUND = QT_TRANSLATE_NOOP("enums", "there is no such file or folder")
PROBLEM_UNREADABLE = QT_TRANSLATE_NOOP("enums", "the file cannot be read")
PROBLEM_NO_RESOURCES = QT_TRANSLATE_NOOP("enums", "it lists no CSV files (resources)")
PROBLEM_NO_SERVICES = QT_TRANSLATE_NOOP("enums", "services.csv is not among its resources")
PROBLEM_BAD_CSV = QT_TRANSLATE_NOOP("enums", "it is not readable CSV")
PROBLEM_ITEM_NOT_OBJECT = QT_TRANSLATE_NOOP("enums", "an item is not a JSON object")
MSG_BAD_FIELD = QT_TRANSLATE_NOOP(
    "errors", "{file}, {where}: the field {name} {problem}. Nothing was imported.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "{file}, {where}: the field {name} is longer than {limit} characters. Nothing was imported.")
MSG_TOO_BIG = QT_TRANSLATE_NOOP(
    "errors", "{file} is too large to import ({size} MB; at most {limit} MB). Nothing was imported.")
MSG_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "errors", "{file} is not UTF-8 text (byte {position}). Save it as UTF-8 and try again. Nothing was imported.")
MSG_NO_DATAPACKAGE = QT_TRANSLATE_NOOP(
    "errors", "The folder {file} has no datapackage.json, so it is not an HSDS tabular export. Nothing was imported.")
MSG_MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "errors", "{file} lacks the column {column}. Nothing was imported.")


def stable_uuid(kind: str, natural_key: str) -> str:
    """The HSDS id of a directory item, derived from what identifies it here."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{natural_key}"))


def child_uuid(parent: str, part: str) -> str:
    """An id for something that belongs to another item (a phone, an address)."""
    try:
        namespace = uuid.UUID(parent)
    except ValueError:  # an imported id that is not a UUID
        namespace = uuid.uuid5(NAMESPACE, parent)
    return str(uuid.uuid5(namespace, part))


def byday_code(weekday: int) -> str:
    return BYDAY[weekday - 1]


def weekdays_from_byday(value: str) -> tuple[int, ...]:
    """``"MO,WE"`` -> (1, 3). Raises ValueError for anything but plain weekly days."""
    days = []
    for part in value.split(","):
        code = part.strip().upper()
        if code not in BYDAY:
            raise ValueError(code)
        days.append(BYDAY.index(code) + 1)
    return tuple(days)


_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:?\d{2})?$")


def parse_hsds_time(value: str) -> time:
    """``"10:00"``, ``"10:00:00"``, ``"10:00Z"`` or ``"10:00+01:00"`` -> local wall time.

    The app keeps local Danish wall-clock times, so a zone suffix is dropped.
    """
    match = _TIME.match(value.strip())
    if not match:
        raise ValueError(value)
    return time(int(match.group(1)), int(match.group(2)), int(match.group(3) or 0))


def format_hsds_time(value: time) -> str:
    return value.strftime("%H:%M")


def parse_hsds_date(value: str) -> date:
    return date.fromisoformat(value.strip()[:10])


@dataclass(frozen=True, slots=True)
class ImportItem:
    kind: str  # "organization", "service", "location", "category"
    name: str


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import added, changed and left alone (a dry run says what it would)."""

    source: str
    dry_run: bool
    added: tuple[ImportItem, ...] = ()
    changed: tuple[ImportItem, ...] = ()
    unchanged: tuple[ImportItem, ...] = ()
    unmapped_terms: tuple[str, ...] = field(default=())

    def count(self, bucket: str, kind: str) -> int:
        items: tuple[ImportItem, ...] = getattr(self, bucket)
        return sum(1 for item in items if item.kind == kind)


# --- checking an incoming service object ---------------------------------------------------------


class _Checker:
    """Checks the fields of an HSDS service object we read; the first problem
    is raised naming the file, the item and the field."""

    def __init__(self, file: str, where: str) -> None:
        self.file = file
        self.where = where

    def fail(self, field_name: str, problem: str) -> ValidationError:
        return ValidationError(MSG_BAD_FIELD, file=self.file, where=self.where, name=field_name, problem=problem, field="path",
                               translated_params=("problem",))

    def text(self, obj: Mapping[str, Any], name: str, path: str, *, required: bool = False) -> None:
        value = obj.get(name)
        if value is None:
            if required:
                raise self.fail(path + name, PROBLEM_MISSING)
            return
        if not isinstance(value, str):
            raise self.fail(path + name, PROBLEM_NOT_TEXT)
        if required and not value.strip():
            raise self.fail(path + name, PROBLEM_MISSING)

    def identifier(self, obj: Mapping[str, Any], name: str, path: str) -> None:
        """A required id; ids we store must be UUIDs, as HSDS 3.0 says."""
        self.text(obj, name, path, required=True)
        try:
            uuid.UUID(str(obj[name]).strip())
        except ValueError:
            raise self.fail(path + name, PROBLEM_NOT_UUID) from None

    def length(self, obj: Mapping[str, Any], name: str, path: str, limit: int) -> None:
        value = obj.get(name)
        if isinstance(value, str) and len(value.strip()) > limit:
            raise ValidationError(MSG_TOO_LONG, file=self.file, where=self.where, name=path + name, limit=limit,
                                  field="path")

    def number(self, obj: Mapping[str, Any], name: str, path: str) -> None:
        value = obj.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise self.fail(path + name, PROBLEM_NOT_NUMBER)

    def objects(self, obj: Mapping[str, Any], name: str, path: str) -> Sequence[Mapping[str, Any]]:
        value = obj.get(name)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail(path + name, PROBLEM_NOT_LIST)
        return value

    def one(self, obj: Mapping[str, Any], name: str, path: str) -> Mapping[str, Any] | None:
        value = obj.get(name)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self.fail(path + name, PROBLEM_NOT_OBJECT)
        return value


PROBLEM_MISSING = QT_TRANSLATE_NOOP("enums", "is missing")
PROBLEM_NOT_TEXT = QT_TRANSLATE_NOOP("enums", "must be text")
PROBLEM_NOT_NUMBER = QT_TRANSLATE_NOOP("enums", "must be a number")
PROBLEM_NOT_LIST = QT_TRANSLATE_NOOP("enums", "must be a list of objects")
PROBLEM_NOT_OBJECT = QT_TRANSLATE_NOOP("enums", "must be an object")
PROBLEM_STATUS = QT_TRANSLATE_NOOP("enums", "must be active, inactive, defunct or temporarily closed")
PROBLEM_TIME = QT_TRANSLATE_NOOP("enums", "must be a time such as 09:30")
PROBLEM_DATE = QT_TRANSLATE_NOOP("enums", "must be a date such as 2026-01-31")
PROBLEM_CLOSES_BEFORE = QT_TRANSLATE_NOOP("enums", "is not after opens_at")
PROBLEM_BYDAY = QT_TRANSLATE_NOOP("enums", "must list weekdays such as MO,TU")
PROBLEM_AGES = QT_TRANSLATE_NOOP("enums", "is below minimum_age")
PROBLEM_TO_BEFORE_FROM = QT_TRANSLATE_NOOP("enums", "is before valid_from")
PROBLEM_NOT_UUID = QT_TRANSLATE_NOOP("enums", "must be a UUID")
PROBLEM_FREQ = QT_TRANSLATE_NOOP("enums", "must be WEEKLY or MONTHLY")
PROBLEM_FLAG = QT_TRANSLATE_NOOP("enums", "must be true or false")
PROBLEM_WHOLE_NUMBER = QT_TRANSLATE_NOOP("enums", "must be a whole number from 1 to 365")


def check_service(obj: object, file: str, where: str) -> None:
    """Raise ValidationError unless ``obj`` is an HSDS service object we can import.

    Checks what the import relies on: ids and names present, known status,
    schedules whose times parse and close after they open, well-formed
    nested organization, locations, phones and taxonomy terms.
    """
    c = _Checker(file, where)
    if not isinstance(obj, dict):
        raise ValidationError(MSG_NOT_HSDS, file=f"{file}, {where}", problem=PROBLEM_ITEM_NOT_OBJECT,
                              translated_params=("problem",))
    c.identifier(obj, "id", "")
    c.text(obj, "name", "", required=True)
    c.length(obj, "name", "", 200)
    c.length(obj, "url", "", 300)
    c.length(obj, "email", "", 200)
    for name in ("description", "url", "email", "interpretation_services", "application_process",
                 "eligibility_description"):
        c.text(obj, name, "")
    status = obj.get("status", "active")
    if status not in STATUS_FROM_HSDS:
        raise c.fail("status", PROBLEM_STATUS)
    c.number(obj, "minimum_age", "")
    c.number(obj, "maximum_age", "")
    low, high = obj.get("minimum_age"), obj.get("maximum_age")
    if low is not None and high is not None and high < low:
        raise c.fail("maximum_age", PROBLEM_AGES)
    org = c.one(obj, "organization", "")
    if org is not None:
        c.identifier(org, "id", "organization.")
        c.text(org, "name", "organization.", required=True)
        c.length(org, "name", "organization.", 200)
        c.length(org, "website", "organization.", 300)
        c.length(org, "email", "organization.", 200)
        for phone in c.objects(org, "phones", "organization."):
            c.text(phone, "number", "organization.phones[].", required=True)
            c.length(phone, "number", "organization.phones[].", 40)
    for i, sal in enumerate(c.objects(obj, "service_at_locations", "")):
        path = f"service_at_locations[{i}]."
        location = c.one(sal, "location", path)
        if location is not None:
            c.identifier(location, "id", path + "location.")
            c.text(location, "name", path + "location.")
            c.length(location, "name", path + "location.", 200)
            for j, address in enumerate(c.objects(location, "addresses", path + "location.")):
                for name, limit in (("address_1", 200), ("city", 100), ("postal_code", 10)):
                    c.text(address, name, f"{path}location.addresses[{j}].")
                    c.length(address, name, f"{path}location.addresses[{j}].", limit)
    for i, phone in enumerate(c.objects(obj, "phones", "")):
        c.text(phone, "number", f"phones[{i}].", required=True)
        c.length(phone, "number", f"phones[{i}].", 40)
    for i, schedule in enumerate(c.objects(obj, "schedules", "")):
        check_schedule(schedule, c, f"schedules[{i}].")
    for i, contact in enumerate(c.objects(obj, "contacts", "")):
        for name in ("name", "title", "email"):
            c.text(contact, name, f"contacts[{i}].")
            c.length(contact, name, f"contacts[{i}].", 200)
        for phone in c.objects(contact, "phones", f"contacts[{i}]."):
            c.text(phone, "number", f"contacts[{i}].phones[].", required=True)
            c.length(phone, "number", f"contacts[{i}].phones[].", 40)
    for i, language in enumerate(c.objects(obj, "languages", "")):
        c.text(language, "code", f"languages[{i}].")
    for i, attribute in enumerate(c.objects(obj, "attributes", "")):
        term = c.one(attribute, "taxonomy_term", f"attributes[{i}].")
        if term is None:
            continue
        c.identifier(term, "id", f"attributes[{i}].taxonomy_term.")
        c.text(term, "name", f"attributes[{i}].taxonomy_term.", required=True)
        c.length(term, "name", f"attributes[{i}].taxonomy_term.", 200)
        c.text(term, "code", f"attributes[{i}].taxonomy_term.")
        c.length(term, "code", f"attributes[{i}].taxonomy_term.", 64)
        if term.get("taxonomy") == FIELDS_TAXONOMY and term.get("code") in SERVICE_FIELDS:
            check_field_value(str(term["code"]), attribute, c, f"attributes[{i}].value")
    c.text(obj, "alternate_name", "")
    c.length(obj, "alternate_name", "", 200)


def check_field_value(name: str, attribute: Mapping[str, Any], c: _Checker, path: str) -> None:
    """The value of one of our service fields carried as an attribute."""
    value = attribute.get("value")
    if not isinstance(value, str):
        raise c.fail(path, PROBLEM_NOT_TEXT)
    if name in TEXT_FIELDS:
        if len(value.strip()) > TEXT_FIELDS[name]:
            raise ValidationError(MSG_TOO_LONG, file=c.file, where=c.where, name=path, limit=TEXT_FIELDS[name],
                                  field="path")
    elif name in FLAG_FIELDS:
        if value.strip().lower() not in ("true", "false"):
            raise c.fail(path, PROBLEM_FLAG)
    elif name == "paused_until":
        try:
            parse_hsds_date(value)
        except ValueError:
            raise c.fail(path, PROBLEM_DATE) from None
    elif not value.strip().isdigit() or not 1 <= int(value) <= 365:
        raise c.fail(path, PROBLEM_WHOLE_NUMBER)


def exception_kind(schedule: Mapping[str, Any]) -> str | None:
    """EXCEPTION_CLOSED or EXCEPTION_SPECIAL_HOURS when a schedule has the
    shape of one of our exceptions (dated, no weekdays, our description)."""
    if schedule.get("description") not in (EXCEPTION_CLOSED, EXCEPTION_SPECIAL_HOURS):
        return None
    if not schedule.get("valid_from") or not schedule.get("valid_to"):
        return None
    if any(schedule.get(name) not in (None, "") for name in ("byday", "freq", "interval", "bymonthday",
                                                               "byweekno", "byyearday", "count", "until", "dtstart")):
        return None
    timed = bool(schedule.get("opens_at")) and bool(schedule.get("closes_at"))
    if timed != (schedule["description"] == EXCEPTION_SPECIAL_HOURS):
        return None
    return str(schedule["description"])


def check_schedule(schedule: Mapping[str, Any], c: _Checker, path: str) -> None:
    opens = closes = None
    for name in ("opens_at", "closes_at"):
        value = schedule.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise c.fail(path + name, PROBLEM_TIME)
        try:
            parsed = parse_hsds_time(value)
        except ValueError:
            raise c.fail(path + name, PROBLEM_TIME) from None
        if name == "opens_at":
            opens = parsed
        else:
            closes = parsed
    if opens is not None and closes is not None and closes <= opens:
        raise c.fail(path + "closes_at", PROBLEM_CLOSES_BEFORE)
    dates = {}
    for name in ("valid_from", "valid_to"):
        value = schedule.get(name)
        if value is None or value == "":
            continue
        try:
            dates[name] = parse_hsds_date(str(value))
        except ValueError:
            raise c.fail(path + name, PROBLEM_DATE) from None
    if "valid_from" in dates and "valid_to" in dates and dates["valid_to"] < dates["valid_from"]:
        raise c.fail(path + "valid_to", PROBLEM_TO_BEFORE_FROM)
    freq = schedule.get("freq")
    if freq not in (None, "", "WEEKLY", "MONTHLY"):
        raise c.fail(path + "freq", PROBLEM_FREQ)
    byday = schedule.get("byday")
    if byday not in (None, "") and freq in (None, "", "WEEKLY"):
        if not isinstance(byday, str):
            raise c.fail(path + "byday", PROBLEM_BYDAY)
        try:
            weekdays_from_byday(byday)
        except ValueError:
            raise c.fail(path + "byday", PROBLEM_BYDAY) from None


def weekly_slots(schedule: Mapping[str, Any]) -> tuple[tuple[int, time, time], ...] | None:
    """The (weekday, opens, closes) a checked HSDS schedule means, or None when
    it is not a plain weekly opening (monthly, no days or no times): such a
    schedule is kept as it is but does not become opening hours here."""
    if schedule.get("freq") not in (None, "", "WEEKLY"):
        return None
    if schedule.get("interval") not in (None, "", 1):
        return None
    byday, opens, closes = schedule.get("byday"), schedule.get("opens_at"), schedule.get("closes_at")
    if not byday or not opens or not closes:
        return None
    for name in ("byweekno", "bymonthday", "byyearday", "count", "until"):
        if schedule.get(name) not in (None, ""):
            return None
    start, end = parse_hsds_time(str(opens)), parse_hsds_time(str(closes))
    return tuple((day, start, end) for day in weekdays_from_byday(str(byday)))
