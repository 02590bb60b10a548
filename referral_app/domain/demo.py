"""Demo data: the limits, the summary, and the made-up vocabulary it is built from.

Everything here is invented for training and testing. The names are common
first names and surnames combined at random, never taken from a register of
real people; phone numbers are random, e-mail addresses use the reserved
example.com/.net/.org domains. The generator lives in
``referral_app.services.demo``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from referral_app.domain.enums import Role
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

MAX_RESIDENTS = 100_000
MAX_INQUIRIES = 1_000_000
MAX_TALLIES = 1_000_000
MAX_SEED = 10**18
DEFAULT_SEED = 1
# Tallies made when the caller does not say: one anonymous count per two inquiries.
TALLIES_PER_INQUIRY = 0.5

# One account per role, all with the same published password: a demo database
# must never hold real residents, and these accounts say so in their names.
DEMO_PASSWORD = "demo-hoeje-gladsaxe"
DEMO_ACCOUNTS: tuple[tuple[str, str, Role], ...] = (
    ("demo.skranke", "Demo Skranke", Role.FRONT_DESK),
    ("demo.koordinator", "Demo Koordinator", Role.COORDINATOR),
    ("demo.leder", "Demo Leder", Role.MANAGER),
    ("demo.admin", "Demo Administrator", Role.ADMIN),
)

MSG_REAL_DATA = QT_TRANSLATE_NOOP(
    "errors",
    "This database already holds real data ({what}). Demo data is only made in a database "
    "without residents, inquiries, counts or referrals; create a new database for it.",
)
MSG_DEMO_PRESENT = QT_TRANSLATE_NOOP(
    "errors",
    "This database already holds demo data. Create a new database for a fresh set.",
)
MSG_NO_CATEGORIES = QT_TRANSLATE_NOOP(
    "errors", "There are no categories in use, so no inquiries can be made. Run db upgrade first."
)

_COUNT_MESSAGES = {
    "residents": QT_TRANSLATE_NOOP(
        "errors", "The number of residents must be a whole number from {minimum} to {maximum}."
    ),
    "inquiries": QT_TRANSLATE_NOOP(
        "errors", "The number of inquiries must be a whole number from {minimum} to {maximum}."
    ),
    "tallies": QT_TRANSLATE_NOOP(
        "errors", "The number of counts must be a whole number from {minimum} to {maximum}."
    ),
}
_COUNT_LIMITS = {
    "residents": (1, MAX_RESIDENTS),
    "inquiries": (1, MAX_INQUIRIES),
    "tallies": (0, MAX_TALLIES),
}


def demo_count(field: str, value: int | str) -> int:
    """A number of residents, inquiries or tallies, checked against its limits.

    Accepts an int or the text typed on the command line; raises ValidationError.
    """
    low, high = _COUNT_LIMITS[field]
    number = _whole_number(value)
    if number is None or not low <= number <= high:
        raise ValidationError(_COUNT_MESSAGES[field], field=field, minimum=low, maximum=high)
    return number


def demo_seed(value: int | str) -> int:
    number = _whole_number(value)
    if number is None or abs(number) > MAX_SEED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The seed must be a whole number, e.g. 1 or 2024."),
            field="seed",
        )
    return number


def _whole_number(value: int | str) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if not text.lstrip("-").isdecimal() or len(text) > 20:  # what int() reads (not "²")
        return None
    return int(text)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    seed: int
    residents: int
    inquiries: int
    anonymous_inquiries: int
    tallies: int
    referrals: int
    first_day: date
    last_day: date
    accounts_created: tuple[tuple[str, Role], ...]
    # The demo password, only when accounts were created now (so it is shown once).
    password: str | None


# --- Names -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameOrigin:
    """A naming tradition: first names, surnames, and the languages its speakers prefer."""

    key: str
    share: float  # of residents
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    languages: tuple[tuple[str, float], ...]  # preferred language -> weight, for adults born abroad
    gendered_surnames: bool = False  # Polish -ski/-ska


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of texts, got {value!r}")
    return tuple(value)


def _table(value: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ValueError(f"expected a table of lists of texts, got {value!r}")
    return {str(key): _strings(items) for key, items in value.items()}


@dataclass(frozen=True, slots=True)
class DemoTexts:
    """The invented names, streets and inquiry texts the generator picks from
    (``resources/demo/texts.json``)."""

    name_origins: tuple[NameOrigin, ...]
    name_variants: dict[str, str]  # spelling variants that make one person turn up twice in a register
    nearby_streets: tuple[str, ...]  # BIBLIOTEK+ helps anyone who comes in, not only residents
    slots: dict[str, tuple[str, ...]]  # values for the {slots} in the templates
    templates: dict[str, tuple[str, ...]]  # by category code, or main category code
    english_templates: dict[str, tuple[str, ...]]  # residents who prefer English write in English
    notes: dict[str, tuple[str, ...]]  # what the front desk adds at the end, by the inquiry's status
    channel_prefix: dict[str, tuple[str, ...]]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DemoTexts:
        """Raises ValueError (or KeyError) when the data does not have the expected shape."""
        origins = tuple(
            NameOrigin(
                key=str(o["key"]),
                share=float(o["share"]),
                female=_strings(o["female"]),
                male=_strings(o["male"]),
                surnames=_strings(o["surnames"]),
                languages=tuple((str(language), float(weight)) for language, weight in o["languages"]),
                gendered_surnames=bool(o.get("gendered_surnames", False)),
            )
            for o in data["name_origins"]
        )
        variants = data["name_variants"]
        if not isinstance(variants, dict):
            raise ValueError("name_variants must be a table")
        return cls(
            name_origins=origins,
            name_variants={str(k): str(v) for k, v in variants.items()},
            nearby_streets=_strings(data["nearby_streets"]),
            slots=_table(data["slots"]),
            templates=_table(data["templates"]),
            english_templates=_table(data["english_templates"]),
            notes=_table(data["notes"]),
            channel_prefix=_table(data["channel_prefix"]),
        )


# --- Addresses ---------------------------------------------------------------------------------

HG_STREET = "Høje Gladsaxe"
POSTAL_CODE = "2860"
CITY = "Søborg"
DOORS = ("tv", "th", "mf")


def floors_for(house_number: int) -> int:
    """Storeys above the ground floor of the block a house number is in.

    Invented, like the address table: the 16-storey blocks low, the 9-storey
    ones in the middle, the 4-storey ones high.
    """
    if house_number <= 44:
        return 15
    if house_number <= 76:
        return 8
    return 3


# Danish mobile-style prefixes; the remaining six digits are random.
PHONE_PREFIXES = ("20", "21", "22", "26", "28", "29", "30", "31", "40", "42", "50", "51", "52",
                  "53", "60", "61", "71", "81", "91", "93")
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")

# Age of residents with a record: adults mostly, some teenagers (pocket-money jobs).
AGE_MIX: tuple[tuple[int, int, float], ...] = (
    (13, 17, 0.05),
    (18, 29, 0.17),
    (30, 49, 0.35),
    (50, 66, 0.25),
    (67, 92, 0.18),
)

# Languages of inquiries from people without a record.
ANONYMOUS_LANGUAGES: tuple[tuple[str, float], ...] = (
    ("da", 0.74), ("ar", 0.07), ("so", 0.04), ("tr", 0.04), ("ur", 0.02), ("fa", 0.03),
    ("pl", 0.02), ("uk", 0.02), ("en", 0.02),
)

# --- When people come ------------------------------------------------------------------------

# Weekday (Monday=0) -> relative traffic; Sunday closed.
WEEKDAY_WEIGHTS = (1.15, 1.1, 1.0, 1.2, 0.75, 0.25, 0.0)
# Month -> relative traffic: quiet in July and at Christmas, busy when the tax
# statements arrive (March) and when school starts (August/September).
MONTH_WEIGHTS = {1: 1.1, 2: 1.05, 3: 1.15, 4: 1.0, 5: 0.95, 6: 0.9, 7: 0.45, 8: 0.95,
                 9: 1.1, 10: 1.05, 11: 1.05, 12: 0.8}
# Staffed hours of the front desk (local time), Monday=0; Saturday short.
OPENING_HOURS = {0: (10, 17), 1: (10, 17), 2: (10, 17), 3: (10, 18), 4: (10, 15), 5: (10, 13)}

CHANNEL_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("walk_in", 0.60), ("phone", 0.23), ("email", 0.12), ("outreach", 0.05),
)
# Chance that an inquiry on a channel is logged for a named resident (~60% overall).
NAMED_SHARE = {"walk_in": 0.55, "phone": 0.65, "email": 0.85, "outreach": 0.35}
TALLY_CHANNEL_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("walk_in", 0.82), ("phone", 0.15), ("email", 0.03),
)

# --- What they ask about ------------------------------------------------------------------------

# Category code -> relative frequency of full inquiries. Codes a coordinator
# added later get UNLISTED_WEIGHT; inactive categories are never used.
CATEGORY_WEIGHTS: dict[str, float] = {
    "bolig": 0.6, "bolig.vedligehold": 9, "bolig.husleje": 5, "bolig.flytning": 4,
    "bolig.naboer": 3,
    "oekonomi": 0.5, "oekonomi.gaeld": 5, "oekonomi.ydelser": 7, "oekonomi.pension": 3,
    "job": 0.3, "job.job": 4, "job.lommepengejob": 2, "job.uddannelse": 3,
    "boern": 0.3, "boern.lektiehjaelp": 2, "boern.fritid": 2, "boern.familieliv": 2,
    "boern.sundhedspleje": 1,
    "sundhed": 0.2, "sundhed.tilbud": 2, "sundhed.trivsel": 2,
    "digital": 0.5, "digital.mitid": 8, "digital.digitalpost": 6, "digital.eboks": 3,
    "myndigheder": 0.3, "myndigheder.breve": 5, "myndigheder.sygesikring": 2,
    "myndigheder.pas": 2,
    "faellesskab": 0.2, "faellesskab.frivillighed": 1.5, "faellesskab.aktiviteter": 2.5,
    "faellesskab.overskudsmad": 2,
    "sprog": 0.2, "sprog.tolkning": 1.5, "sprog.sprogcafe": 1.5,
    "tryghed": 0.3, "tryghed.ssp": 1.2,
}
UNLISTED_WEIGHT = 0.5

# One-key tallies are the quick questions.
TALLY_WEIGHTS: dict[str, float] = {
    "digital.mitid": 8, "digital.digitalpost": 6, "digital.eboks": 4, "myndigheder.breve": 4,
    "myndigheder.sygesikring": 3, "myndigheder.pas": 3, "faellesskab.aktiviteter": 6,
    "faellesskab.overskudsmad": 4, "sprog.sprogcafe": 3, "job.job": 3, "job.lommepengejob": 2,
    "boern.lektiehjaelp": 3, "boern.fritid": 3, "bolig.vedligehold": 4, "bolig.flytning": 3,
    "oekonomi.ydelser": 3, "sundhed.tilbud": 2,
}
TALLY_UNLISTED_WEIGHT = 1.0

# Category code prefix -> {month: factor}: what the season brings.
SEASONS: dict[str, dict[int, float]] = {
    "digital": {3: 1.5, 4: 1.3},  # the tax statement
    "bolig.vedligehold": {11: 1.4, 12: 1.4, 1: 1.5, 2: 1.4},  # heating, damp
    "bolig.flytning": {6: 1.3, 7: 1.3, 8: 1.3},
    "oekonomi": {1: 1.3, 12: 1.2},
    "job.lommepengejob": {3: 2.0, 4: 2.0, 5: 1.8, 7: 0.5},
    "boern.lektiehjaelp": {7: 0.2, 9: 1.3, 10: 1.3, 11: 1.3},
    "boern.fritid": {8: 1.6, 9: 1.5},
    "myndigheder.pas": {4: 1.8, 5: 1.8, 6: 1.6},
    "faellesskab.aktiviteter": {5: 1.3, 6: 1.3, 12: 1.4},
}

# Ages at which a category is a likely question from the person themselves.
CATEGORY_AGES: dict[str, tuple[int, int]] = {
    "oekonomi.pension": (55, 120),
    "job.lommepengejob": (13, 60),  # young people, or their parents
    "boern.sundhedspleje": (18, 50),
    "boern.lektiehjaelp": (13, 70),
    "job.uddannelse": (15, 60),
    "job.job": (16, 67),
}

# Chance of high and acute urgency by category prefix; the rest is normal or low.
URGENCY: dict[str, tuple[float, float]] = {
    "bolig.vedligehold": (0.15, 0.03),
    "bolig.husleje": (0.20, 0.05),
    "oekonomi.gaeld": (0.12, 0.02),
    "tryghed": (0.25, 0.05),
    "sundhed.trivsel": (0.10, 0.02),
    "boern.familieliv": (0.10, 0.02),
}
URGENCY_DEFAULT = (0.05, 0.005)
LOW_URGENCY = 0.10

# Categories where the front desk usually refers on rather than answers.
OFTEN_REFERRED = ("bolig.husleje", "bolig.naboer", "oekonomi.gaeld", "tryghed", "boern.familieliv",
                  "sundhed.trivsel", "job.job", "job.uddannelse", "bolig.vedligehold")

DESKS = ("Skranke 1", "Skranke 2")

# --- Descriptions ----------------------------------------------------------------------------------

# Filled in by the generator: {beloeb} an amount in kroner, {opgang} a house number.



