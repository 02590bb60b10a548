"""The audit log in words: what was touched and what happened, in the reader's language.

Audit rows are written by many services as short ``key=value`` texts
("category=digital.mitid->bolig.skimmel", "terms='Mette' results=2"), and
older rows hold Python reprs ("queue QueueFilter(organization_id=None, ...)").
Rows are never rewritten, so the reading side turns all of them into text:
known keys, enum values, field names and lead phrases are translated through
the ``translate(context, source)`` the caller passes (Qt's in the window);
unknown ones are shown as written, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from referral_app.domain.accounts import PERMISSION_LABELS, Permission
from referral_app.domain.audit import ACTION_LABELS, AuditAction
from referral_app.domain.enums import (
    LABELS,
    Channel,
    ConsentPurpose,
    ReferralMode,
    ReferralStatus,
    Role,
)
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
FormatTime = Callable[[datetime], str]
CONTEXT = "audit"


@dataclass(frozen=True, slots=True)
class Names:
    """Names the reader may see next to the log: staff by id, residents by id
    (as initials), categories by code (in the reader's language)."""

    staff: Mapping[int, str]
    residents: Mapping[int, str]
    categories: Mapping[str, str]


NO_NAMES = Names({}, {}, {})

ENTITY_LABELS: dict[str, str] = {
    "inquiry": QT_TRANSLATE_NOOP("audit", "Inquiry {id}"),
    "referral": QT_TRANSLATE_NOOP("audit", "Referral {id}"),
    "consent": QT_TRANSLATE_NOOP("audit", "Consent {id}"),
    "consent_form": QT_TRANSLATE_NOOP("audit", "Consent form"),
    "tally": QT_TRANSLATE_NOOP("audit", "Tally {id}"),
    "category": QT_TRANSLATE_NOOP("audit", "Category {id}"),
    "organization": QT_TRANSLATE_NOOP("audit", "Organization {id}"),
    "service": QT_TRANSLATE_NOOP("audit", "Service {id}"),
    "address_range": QT_TRANSLATE_NOOP("audit", "Address range {id}"),
    "routing_rule": QT_TRANSLATE_NOOP("audit", "Routing rule {id}"),
    "audit_log": QT_TRANSLATE_NOOP("audit", "Audit log"),
    "database": QT_TRANSLATE_NOOP("audit", "Database"),
    "demo_data": QT_TRANSLATE_NOOP("audit", "Demo data"),
    "directory": QT_TRANSLATE_NOOP("audit", "Directory"),
    "retention": QT_TRANSLATE_NOOP("audit", "Data retention"),
    "settings": QT_TRANSLATE_NOOP("audit", "Settings"),
    "statistics": QT_TRANSLATE_NOOP("audit", "Statistics"),
}
RESIDENT_NAMED = QT_TRANSLATE_NOOP("audit", "Resident: {name} (no. {id})")
RESIDENT_NUMBER = QT_TRANSLATE_NOOP("audit", "Resident no. {id}")
RESIDENTS = QT_TRANSLATE_NOOP("audit", "Residents")
STAFF_NAMED = QT_TRANSLATE_NOOP("audit", "Staff account: {name}")
STAFF_NUMBER = QT_TRANSLATE_NOOP("audit", "Staff account {id}")
STAFF_ACCOUNTS = QT_TRANSLATE_NOOP("audit", "Staff accounts")
PERMISSION = QT_TRANSLATE_NOOP("audit", "Permission: {what}")
SYSTEM = QT_TRANSLATE_NOOP("audit", "System")

KEY_LABELS: dict[str, str] = {
    "category": QT_TRANSLATE_NOOP("audit", "Category"),
    "channel": QT_TRANSLATE_NOOP("audit", "Channel"),
    "language": QT_TRANSLATE_NOOP("audit", "Language"),
    "description_length": QT_TRANSLATE_NOOP("audit", "Description (characters)"),
    "resident": QT_TRANSLATE_NOOP("audit", "Resident"),
    "terms": QT_TRANSLATE_NOOP("audit", "Search terms"),
    "text": QT_TRANSLATE_NOOP("audit", "Search terms"),
    "results": QT_TRANSLATE_NOOP("audit", "Results"),
    "from": QT_TRANSLATE_NOOP("audit", "From"),
    "to": QT_TRANSLATE_NOOP("audit", "To"),
    "offset": QT_TRANSLATE_NOOP("audit", "From row"),
    "limit": QT_TRANSLATE_NOOP("audit", "Rows at most"),
    "desk": QT_TRANSLATE_NOOP("audit", "Desk"),
    "rows": QT_TRANSLATE_NOOP("audit", "Rows"),
    "file": QT_TRANSLATE_NOOP("audit", "File"),
    "folder": QT_TRANSLATE_NOOP("audit", "Folder"),
    "fields": QT_TRANSLATE_NOOP("audit", "Fields filled in"),
    "changed": QT_TRANSLATE_NOOP("audit", "Fields changed"),
    "taken": QT_TRANSLATE_NOOP("audit", "Taken from the other record"),
    "status": QT_TRANSLATE_NOOP("audit", "Status"),
    "mode": QT_TRANSLATE_NOOP("audit", "Form"),
    "service": QT_TRANSLATE_NOOP("audit", "Service no."),
    "service_id": QT_TRANSLATE_NOOP("audit", "Service no."),
    "organization": QT_TRANSLATE_NOOP("audit", "Organization"),
    "organization_id": QT_TRANSLATE_NOOP("audit", "Organization no."),
    "organizations": QT_TRANSLATE_NOOP("audit", "Organizations"),
    "purpose": QT_TRANSLATE_NOOP("audit", "Purpose"),
    "names": QT_TRANSLATE_NOOP("audit", "With names"),
    "role": QT_TRANSLATE_NOOP("audit", "Role"),
    "active": QT_TRANSLATE_NOOP("audit", "Active"),
    "inquiries": QT_TRANSLATE_NOOP("audit", "Inquiries"),
    "referrals": QT_TRANSLATE_NOOP("audit", "Referrals"),
    "consents": QT_TRANSLATE_NOOP("audit", "Consents"),
    "user": QT_TRANSLATE_NOOP("audit", "Staff"),
    "staff": QT_TRANSLATE_NOOP("audit", "Staff"),
    "staff_username": QT_TRANSLATE_NOOP("audit", "Staff"),
    "action": QT_TRANSLATE_NOOP("audit", "Action"),
    "name": QT_TRANSLATE_NOOP("audit", "Name"),
    "phone": QT_TRANSLATE_NOOP("audit", "Phone"),
    "address": QT_TRANSLATE_NOOP("audit", "Address"),
    "revision": QT_TRANSLATE_NOOP("audit", "Schema version"),
    "entries": QT_TRANSLATE_NOOP("audit", "Entries"),
    "category_code": QT_TRANSLATE_NOOP("audit", "Category"),
    "overdue_only": QT_TRANSLATE_NOOP("audit", "Overdue only"),
    "open_only": QT_TRANSLATE_NOOP("audit", "Open only"),
    "anonymized": QT_TRANSLATE_NOOP("audit", "Anonymized"),
    "audit_deleted": QT_TRANSLATE_NOOP("audit", "Log entries deleted"),
}

LEAD_LABELS: dict[str, str] = {
    "corrected": QT_TRANSLATE_NOOP("audit", "Corrected"),
    "correction": QT_TRANSLATE_NOOP("audit", "Opened for correction"),
    "duplicate check": QT_TRANSLATE_NOOP("audit", "Duplicate check"),
    "queue": QT_TRANSLATE_NOOP("audit", "Referral queue"),
    "undone": QT_TRANSLATE_NOOP("audit", "Undone"),
    "withdrawn": QT_TRANSLATE_NOOP("audit", "Withdrawn"),
    "csv": QT_TRANSLATE_NOOP("audit", "CSV file"),
    "verify": QT_TRANSLATE_NOOP("audit", "Integrity check"),
    "intact": QT_TRANSLATE_NOOP("audit", "intact"),
    "password reset": QT_TRANSLATE_NOOP("audit", "password reset"),
    "own password changed": QT_TRANSLATE_NOOP("audit", "Own password changed"),
    "unknown user": QT_TRANSLATE_NOOP("audit", "Unknown user"),
    "deactivated": QT_TRANSLATE_NOOP("audit", "Account deactivated"),
    "locked": QT_TRANSLATE_NOOP("audit", "Account locked"),
    "all": QT_TRANSLATE_NOOP("audit", "Everything"),
    "status=sent (bulk)": QT_TRANSLATE_NOOP("audit", "Marked as sent (several at once)"),
    "resident search": QT_TRANSLATE_NOOP("audit", "Resident search"),
}

PURPOSE_LABELS: dict[str, str] = {
    "case summary": QT_TRANSLATE_NOOP("audit", "case summary"),
    "access report (GDPR art. 15)": QT_TRANSLATE_NOOP("audit", "access report (GDPR art. 15)"),
    "erasure preview": QT_TRANSLATE_NOOP("audit", "erasure preview"),
    "erasure on request": QT_TRANSLATE_NOOP("audit", "erasure on request"),
    "Inquiry at the front desk": QT_TRANSLATE_NOOP("audit", "Inquiry at the front desk"),
    "audit log filter": QT_TRANSLATE_NOOP("audit", "audit log filter"),
    "erasure": QT_TRANSLATE_NOOP("audit", "erasure"),
}

FIELD_LABELS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("audit", "name"),
    "phone": QT_TRANSLATE_NOOP("audit", "phone"),
    "email": QT_TRANSLATE_NOOP("audit", "e-mail"),
    "street": QT_TRANSLATE_NOOP("audit", "street"),
    "house_number": QT_TRANSLATE_NOOP("audit", "house number"),
    "unit": QT_TRANSLATE_NOOP("audit", "floor and door"),
    "postal_code": QT_TRANSLATE_NOOP("audit", "postal code"),
    "city": QT_TRANSLATE_NOOP("audit", "city"),
    "birth_year": QT_TRANSLATE_NOOP("audit", "birth year"),
    "age_band": QT_TRANSLATE_NOOP("audit", "age band"),
    "preferred_language": QT_TRANSLATE_NOOP("audit", "language"),
    "interpreter_needed": QT_TRANSLATE_NOOP("audit", "interpreter"),
    "address": QT_TRANSLATE_NOOP("audit", "address"),
}
YES = QT_TRANSLATE_NOOP("audit", "yes")
NO = QT_TRANSLATE_NOOP("audit", "no")
NOTHING = "–"
MERGED = QT_TRANSLATE_NOOP("audit", "Resident {gone} merged into resident {kept}")

_ENUM_KEYS: dict[str, type[StrEnum]] = {
    "channel": Channel,
    "status": ReferralStatus,
    "mode": ReferralMode,
    "purpose": ConsentPurpose,
    "role": Role,
}
_PAIR = re.compile(r"""(\w+)=('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|<[^>]*>|\S+)""")
_REPR = re.compile(r"^(?P<lead>[\w ]*?)\s*(?P<cls>[A-Z]\w*)\((?P<body>.*)\)$", re.S)
_REPR_PAIR = re.compile(r"""(\w+)=('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|<[^>]*>|[^,]*)""")
_ENUM_REPR = re.compile(r"^<\w+\.\w+: '([^']*)'>$")
_MERGED = re.compile(r"^merged (\d+) into (\d+):\s*")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ARROW = re.compile(r"\s*->\s*")


def entity_text(entity: str | None, entity_id: str | None, resident_id: int | None, names: Names,
                translate: Translate) -> str:
    """What an entry touched, in words: "Beboer: G. H. (nr. 77)", "Henvisning 465"."""
    if not entity:
        return ""
    if entity == "resident":
        number = entity_id or (str(resident_id) if resident_id is not None else None)
        if number is None:
            return translate(CONTEXT, RESIDENTS)
        name = names.residents.get(int(number)) if number.isdigit() else None
        if name:
            return translate(CONTEXT, RESIDENT_NAMED).format(name=name, id=number)
        return translate(CONTEXT, RESIDENT_NUMBER).format(id=number)
    if entity == "staff_user":
        if entity_id is None:
            return translate(CONTEXT, STAFF_ACCOUNTS)
        name = names.staff.get(int(entity_id)) if entity_id.isdigit() else None
        if name:
            return translate(CONTEXT, STAFF_NAMED).format(name=name)
        return translate(CONTEXT, STAFF_NUMBER).format(id=entity_id)
    if entity == "permission":
        try:
            what = translate("enums", PERMISSION_LABELS[Permission(entity_id or "")])
        except ValueError:
            what = entity_id or ""
        return translate(CONTEXT, PERMISSION).format(what=what)
    template = ENTITY_LABELS.get(entity)
    if template is None:
        return " ".join(part for part in (entity, entity_id) if part)
    text = translate(CONTEXT, template)
    return text.format(id=entity_id) if "{id}" in text and entity_id else text.replace(" {id}", "").replace(
        "{id}", "")


def actor_text(username: str | None, staff_id: int | None, names: Names, translate: Translate) -> str:
    """The staff member's name with the username they signed in with."""
    name = names.staff.get(staff_id) if staff_id is not None else None
    if name and username:
        return f"{name} ({username})"
    if username == "system" or (not name and not username):
        return translate(CONTEXT, SYSTEM)
    return name or username or ""


def purpose_text(purpose: str | None, translate: Translate) -> str:
    if not purpose:
        return ""
    source = PURPOSE_LABELS.get(purpose)
    return translate(CONTEXT, source) if source else purpose


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return "“" + value[1:-1].replace("\\'", "'").replace('\\"', '"') + "”"
    return value


def _value(key: str, raw: str, names: Names, translate: Translate, format_time: FormatTime) -> str:
    raw = raw.strip().rstrip(",;")
    enum_repr = _ENUM_REPR.match(raw)
    if enum_repr:
        raw = enum_repr.group(1)
    if raw in ("-", "None", ""):
        return NOTHING
    if raw in ("True", "yes"):
        return translate(CONTEXT, YES)
    if raw in ("False", "no"):
        return translate(CONTEXT, NO)
    if _ISO.match(raw):
        try:
            return format_time(datetime.fromisoformat(raw))
        except ValueError:
            return raw
    if key in ("category", "category_code"):
        return names.categories.get(raw.strip("'\""), _unquote(raw))
    if key == "action":
        try:
            return translate("enums", ACTION_LABELS[AuditAction(raw)])
        except ValueError:
            return raw
    enum = _ENUM_KEYS.get(key)
    if enum is not None:
        try:
            return translate("enums", LABELS[enum(raw)])
        except (ValueError, KeyError):
            return raw
    if key in ("fields", "changed", "taken"):
        return ", ".join(translate(CONTEXT, FIELD_LABELS[part]) if part in FIELD_LABELS else part
                         for part in raw.split(",") if part)
    if key == "resident" and raw.isdigit():
        name = names.residents.get(int(raw))
        return f"{name} ({raw})" if name else raw
    return _unquote(raw)


def _pair(key: str, raw: str, names: Names, translate: Translate, format_time: FormatTime) -> str:
    label_source = KEY_LABELS.get(key)
    label = translate(CONTEXT, label_source) if label_source else key.replace("_", " ")
    if "->" in raw and not raw.startswith(("'", '"')):
        before, _, after = raw.partition("->")
        value = (f"{_value(key, before, names, translate, format_time)} → "
                 f"{_value(key, after, names, translate, format_time)}")
    else:
        value = _value(key, raw, names, translate, format_time)
    return f"{label}: {value}"


def _lead(text: str, translate: Translate) -> str:
    text = " ".join(text.split()).strip(" :;,")
    if not text:
        return ""
    source = LEAD_LABELS.get(text)
    return translate(CONTEXT, source) if source else text


def detail_text(detail: str | None, names: Names, translate: Translate, format_time: FormatTime) -> str:
    """One entry's detail as readable text in the reader's language."""
    if not detail:
        return ""
    text = detail.strip()
    if text in LEAD_LABELS:
        return _lead(text, translate)
    head = ""
    merged = _MERGED.match(text)
    if merged:
        head = translate(CONTEXT, MERGED).format(gone=merged.group(1), kept=merged.group(2))
        text = text[merged.end():]
    parts: list[str] = []
    represented = _REPR.match(text)
    if represented and "=" in represented.group("body"):
        lead = _lead(represented.group("lead"), translate)
        for key, raw in _REPR_PAIR.findall(represented.group("body")):
            value = raw.strip()
            if value in ("None", "()", "''", '""', "False", "[]"):
                continue  # a filter's unused fields say nothing
            parts.append(_pair(key, value, names, translate, format_time))
        if not parts:
            parts.append(translate(CONTEXT, LEAD_LABELS["all"]))
        return " — ".join(p for p in (head, lead, "; ".join(parts)) if p)
    position = 0
    leads: list[str] = []
    for found in _PAIR.finditer(text):
        between = text[position:found.start()]
        if between.strip():
            leads.append(between)
        parts.append(_pair(found.group(1), found.group(2), names, translate, format_time))
        position = found.end()
    tail = text[position:]
    lead = _lead(" ".join(leads), translate) if leads else ""
    rest = _lead(tail, translate) if tail.strip() else ""
    return " — ".join(p for p in (head, lead, "; ".join(parts), rest) if p)
