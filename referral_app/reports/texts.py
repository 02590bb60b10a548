"""Every text printed on a report, in Danish and English.

Reports have no Qt, so they do not use the app's .ts catalogue: a report is
printed in the language chosen for it (the slip, for the resident), which
need not be the language of the screen. Keys are short English names.
"""

from __future__ import annotations

from datetime import date, datetime, time

from referral_app.domain.enums import (
    Channel,
    CloseReason,
    FocusArea,
    InquiryStatus,
    ReferralMode,
    ReferralStatus,
    Urgency,
)
from referral_app.domain.reporting import (
    ANONYMOUS,
    NO_CATEGORY,
    NO_FOCUS_AREA,
    NOT_RECORDED,
    Period,
    PeriodKind,
    ResidentField,
)

TEXTS: dict[str, tuple[str, str]] = {
    # every page
    "page": ("Side {page} af {pages}", "Page {page} of {pages}"),
    "generated": ("Dannet {when}", "Generated {when}"),
    "app": ("Fælles Indgang · BIBLIOTEK+ Høje Gladsaxe", "Fælles Indgang · BIBLIOTEK+ Høje Gladsaxe"),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
    # the slip: its texts are in resources/slip/ (reports.slip_catalogue); these are shared
    "date": ("Dato", "Date"),
    "reference": ("Reference", "Reference"),
    "address": ("Adresse", "Address"),
    "phone": ("Telefon", "Phone"),
    "email": ("E-mail", "E-mail"),
    "closed": ("Lukket", "Closed"),
    # the case summary
    "case_title": ("Sagsoversigt", "Case summary"),
    "inquiry_no": ("Henvendelse nr. {id}", "Inquiry no. {id}"),
    "for_recipient": ("Til: {recipient}", "For: {recipient}"),
    "for_file": ("Til egen journal i Fælles Indgang", "For the file at Fælles Indgang"),
    "confidential": (
        "Fortroligt: indeholder personoplysninger. Udskrift og eksport er logget.",
        "Confidential: contains personal data. Printing and export are logged.",
    ),
    "inquiry": ("Henvendelsen", "The inquiry"),
    "received": ("Modtaget", "Received"),
    "channel": ("Kanal", "Channel"),
    "category": ("Kategori", "Category"),
    "urgency": ("Hastegrad", "Urgency"),
    "status": ("Status", "Status"),
    "language": ("Sprog", "Language"),
    "interpreter": ("Tolk nødvendig", "Interpreter needed"),
    "description": ("Beskrivelse", "Description"),
    "resident": ("Beboeren", "The resident"),
    "anonymous_inquiry": ("Anonym henvendelse: ingen beboer er knyttet til den.",
                          "Anonymous inquiry: no resident is linked to it."),
    "no_consent": (
        "Der er ikke registreret samtykke til at dele beboerens oplysninger med denne modtager. "
        "Identificerende oplysninger er derfor udeladt.",
        "No consent to share the resident's details with this recipient is recorded, "
        "so identifying details are left out.",
    ),
    "consent_given": ("Samtykke givet {date}. Viser: {fields}.", "Consent given {date}. Showing: {fields}."),
    "consent_nothing": ("intet", "nothing"),
    "resident_no": ("Beboer nr.", "Resident no."),
    "name": ("Navn", "Name"),
    "birth_year": ("Fødselsår", "Birth year"),
    "age_band": ("Aldersgruppe", "Age band"),
    "housing_organization": ("Boligorganisation", "Housing organization"),
    "referrals": ("Henvisninger", "Referrals"),
    "no_referrals": ("Henvendelsen er ikke henvist videre.", "The inquiry has not been referred."),
    "referral_no": ("Henvisning nr. {id}: {service}", "Referral no. {id}: {service}"),
    "organization": ("Organisation", "Organization"),
    "mode": ("Form", "Kind"),
    "created": ("Oprettet", "Created"),
    "closed_at": ("Afsluttet", "Closed"),
    "due": ("Opfølgning senest", "Follow up by"),
    "reason": ("Årsag", "Reason"),
    "outcome": ("Resultat", "Outcome"),
    "history": ("Forløb", "History"),
    "by": ("af {name}", "by {name}"),
    "printed_by": ("Udskrevet af {name}", "Printed by {name}"),
    # statistics
    "stats_title": ("Statistik for Fælles Indgang", "Statistics for Fælles Indgang"),
    "stats_subtitle": (
        "Henvendelser og henvisninger i BIBLIOTEK+ Høje Gladsaxe, til styregruppen og Landsbyggefonden",
        "Inquiries and referrals at BIBLIOTEK+ Høje Gladsaxe, for the steering group and Landsbyggefonden",
    ),
    "period": ("Periode: {period}", "Period: {period}"),
    "empty_period": (
        "Der er ingen henvendelser eller henvisninger i perioden, så alle tal er 0.",
        "There are no inquiries or referrals in this period, so every figure is 0.",
    ),
    "key_figures": ("Nøgletal", "Key figures"),
    "inquiries_total": ("Henvendelser i alt", "Inquiries in total"),
    "inquiries_logged": ("Registrerede henvendelser", "Logged inquiries"),
    "tallies": ("Hurtige optællinger", "Quick counts"),
    "anonymous_inquiries": ("Anonyme henvendelser", "Anonymous inquiries"),
    "named": ("Henvendelser med navn", "Named inquiries"),
    "unique_residents": ("Forskellige beboere", "Unique residents"),
    "repeat_residents": ("Gengangere", "Repeat visitors"),
    "single_visit_residents": ("Beboere med én henvendelse", "Residents with one inquiry"),
    "referrals_total": ("Henvisninger i alt", "Referrals in total"),
    "completed": ("Gennemførte henvisninger", "Completed referrals"),
    "with_outcome": ("Henvisninger med et udfald", "Referrals with an outcome"),
    "still_open": ("Stadig åbne henvisninger", "Referrals still open"),
    "completion_rate": ("Gennemførelsesrate", "Completion rate"),
    "median_days": ("Median dage til gennemført", "Median days to completion"),
    "overdue": ("Overskredne opfølgninger", "Overdue follow-ups"),
    "not_available": ("–", "–"),
    "by_month": ("Henvendelser og henvisninger pr. måned", "Inquiries and referrals by month"),
    "by_category": ("Henvendelser efter kategori", "Inquiries by category"),
    "by_subcategory": ("Henvendelser efter underkategori", "Inquiries by subcategory"),
    "by_focus_area": ("Henvendelser efter fokusområde", "Inquiries by focus area"),
    "by_channel": ("Henvendelser efter kanal", "Inquiries by channel"),
    "by_housing_organization": ("Henvendelser efter boligorganisation", "Inquiries by housing organization"),
    "by_age_band": ("Henvendelser efter aldersgruppe", "Inquiries by age band"),
    "referrals_by_status": ("Henvisninger efter status", "Referrals by status"),
    "referrals_by_organization": ("Henvisninger efter modtager", "Referrals by receiving organization"),
    "top_services": ("De mest brugte tilbud", "Top services referred to"),
    "definitions": ("Definitioner", "Definitions"),
    "count": ("Antal", "Count"),
    "share": ("Andel", "Share"),
    "month": ("Måned", "Month"),
    "inquiries": ("Henvendelser", "Inquiries"),
    "service": ("Tilbud", "Service"),
    "completed_short": ("Gennemført", "Completed"),
    "total": ("I alt", "Total"),
    "chart_by_month": ("Henvendelser (mørk) og henvisninger (lys) pr. måned",
                       "Inquiries (dark) and referrals (light) by month"),
    "chart_by_category": ("Fordeling på kategorier", "Split by category"),
    "column_by_category": ("Kategori", "Category"),
    "column_by_subcategory": ("Underkategori", "Subcategory"),
    "column_by_focus_area": ("Fokusområde", "Focus area"),
    "column_by_channel": ("Kanal", "Channel"),
    "column_by_housing_organization": ("Boligorganisation", "Housing organization"),
    "column_by_age_band": ("Aldersgruppe", "Age band"),
    "column_referrals_by_status": ("Status", "Status"),
    "column_referrals_by_organization": ("Modtager", "Recipient"),
    # buckets
    ANONYMOUS: ("Anonym", "Anonymous"),
    NOT_RECORDED: ("Ikke oplyst", "Not recorded"),
    NO_CATEGORY: ("Uden kategori", "No category"),
    NO_FOCUS_AREA: ("Uden fokusområde", "No focus area"),
    # period names
    "quarter_name": ("{quarter}. kvartal {year}", "Q{quarter} {year}"),
}

# What each figure means, printed on the last page of the statistics.
DEFINITIONS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("inquiries_total", (
        "Registrerede henvendelser plus hurtige optællinger, modtaget i perioden (lokal tid, fra periodens "
        "første dag kl. 00.00 til og med dens sidste dag).",
        "Logged inquiries plus quick counts received in the period (local time, from midnight on its first "
        "day to the end of its last day).",
    )),
    ("inquiries_logged", (
        "Henvendelser registreret med kategori og beskrivelse, med eller uden en beboer.",
        "Inquiries logged with a category and a description, with or without a resident.",
    )),
    ("tallies", (
        "Anonyme spørgsmål talt med ét tastetryk; fortrudte optællinger tæller ikke med.",
        "Anonymous questions counted with one key press; counts that were undone are left out.",
    )),
    ("anonymous_inquiries", (
        "Henvendelser uden en beboer: registrerede henvendelser uden beboer plus alle hurtige optællinger.",
        "Inquiries without a resident: logged inquiries without one plus every quick count.",
    )),
    ("named", (
        "Registrerede henvendelser knyttet til en beboer (også hvis beboeren senere er anonymiseret).",
        "Logged inquiries linked to a resident (also when the resident was anonymized later).",
    )),
    ("unique_residents", (
        "Antal forskellige beboere med mindst én henvendelse i perioden.",
        "The number of different residents with at least one inquiry in the period.",
    )),
    ("repeat_residents", (
        "Beboere med to eller flere henvendelser i perioden.",
        "Residents with two or more inquiries in the period.",
    )),
    ("single_visit_residents", (
        "Beboere med præcis én henvendelse i perioden (forskellige beboere minus gengangere).",
        "Residents with exactly one inquiry in the period (unique residents minus repeat visitors).",
    )),
    ("by_category", (
        "Alle henvendelser (også hurtige optællinger) efter hovedkategori; en underkategori tæller under "
        "sin hovedkategori. Andel er af henvendelser i alt.",
        "All inquiries (quick counts too) by main category; a subcategory counts under its main category. "
        "Share is of all inquiries.",
    )),
    ("by_subcategory", (
        "De samme henvendelser efter den kategori, de blev registreret med; kun kategorier med henvendelser.",
        "The same inquiries by the category they were logged with; only categories with inquiries.",
    )),
    ("by_focus_area", (
        "Landsbyggefondens fokusområde for kategorien (eller hovedkategorien, hvis underkategorien ikke har "
        "et); kategorier uden fokusområde tælles for sig.",
        "Landsbyggefonden's focus area of the category (or of its main category when the subcategory has "
        "none); categories without one are counted apart.",
    )),
    ("by_channel", (
        "Hvordan henvendelsen kom ind: personligt, telefon, e-mail eller opsøgende.",
        "How the inquiry came in: walk-in, phone, e-mail or outreach.",
    )),
    ("by_housing_organization", (
        "Beboerens boligorganisation, som den var, da henvendelsen blev registreret. Ikke oplyst: beboere "
        "uden kendt adresse. Anonym: henvendelser uden beboer.",
        "The resident's housing organization as it was when the inquiry was logged. Not recorded: residents "
        "without a known address. Anonymous: inquiries without a resident.",
    )),
    ("by_age_band", (
        "Beboerens aldersgruppe, da henvendelsen blev registreret (ud fra fødselsåret). Ikke oplyst og "
        "Anonym som ovenfor.",
        "The resident's age band when the inquiry was logged (from the birth year). Not recorded and "
        "Anonymous as above.",
    )),
    ("by_month", (
        "Henvendelser i alt og henvisninger oprettet i hver kalendermåned af perioden.",
        "Inquiries in total and referrals created in each calendar month of the period.",
    )),
    ("referrals_total", (
        "Henvisninger oprettet i perioden, uanset hvilken henvendelse de hører til.",
        "Referrals created in the period, whichever inquiry they belong to.",
    )),
    ("referrals_by_status", (
        "Henvisningerne fra perioden efter deres status, da rapporten blev dannet.",
        "The period's referrals by their status when the report was generated.",
    )),
    ("completed", (
        "Henvisninger fra perioden med status gennemført.",
        "Referrals from the period with the status completed.",
    )),
    ("with_outcome", (
        "Henvisninger fra perioden, der er gennemført, ikke gennemført, afvist eller annulleret. "
        "Henvist videre tæller ikke: sagen fortsætter i en ny henvisning.",
        "Referrals from the period that were completed, not completed, declined or cancelled. Referred "
        "elsewhere does not count: the case goes on in a new referral.",
    )),
    ("still_open", (
        "Henvisninger fra perioden, der stadig er foreslået, sendt eller accepteret.",
        "Referrals from the period still proposed, sent or accepted.",
    )),
    ("completion_rate", (
        "Gennemførte henvisninger i procent af henvisninger med et udfald. Vises som – når ingen har et udfald.",
        "Completed referrals as a percentage of referrals with an outcome. Shown as – when none has one.",
    )),
    ("median_days", (
        "Medianen af dagene fra henvisningen blev oprettet, til den blev markeret gennemført, for de "
        "gennemførte henvisninger fra perioden; i dage med én decimal. Beregnet i databasen.",
        "The median of the days from creating a referral to marking it completed, over the period's "
        "completed referrals; in days with one decimal. Computed in the database.",
    )),
    ("overdue", (
        "Henvisninger fra perioden, der stadig er åbne, og hvis opfølgningsdato ligger før den dag, "
        "rapporten blev dannet.",
        "Referrals from the period that are still open and whose follow-up date is before the day the "
        "report was generated.",
    )),
    ("referrals_by_organization", (
        "Henvisningerne fra perioden efter den organisation, der modtog dem.",
        "The period's referrals by the organization they were sent to.",
    )),
    ("top_services", (
        "De ti tilbud med flest henvisninger i perioden (ved lige mange: det ældste tilbud først), og hvor mange af dem der er gennemført.",
        "The ten services with the most referrals in the period (ties: the oldest service first), and how many of those were completed.",
    )),
)

ENUM_TEXTS: dict[str, tuple[str, str]] = {
    Channel.WALK_IN: ("Personligt fremmøde", "Walk-in"),
    Channel.PHONE: ("Telefon", "Phone"),
    Channel.EMAIL: ("E-mail", "E-mail"),
    Channel.OUTREACH: ("Opsøgende", "Outreach"),
    FocusArea.EDUCATION: ("Uddannelse og livschancer", "Education and life chances"),
    FocusArea.EMPLOYMENT: ("Beskæftigelse", "Employment"),
    FocusArea.CRIME_PREVENTION: ("Kriminalitetsforebyggelse", "Crime prevention"),
    FocusArea.COHESION: ("Sammenhængskraft og medborgerskab", "Cohesion and citizenship"),
    ReferralStatus.PROPOSED: ("Foreslået", "Proposed"),
    ReferralStatus.SENT: ("Sendt", "Sent"),
    ReferralStatus.ACCEPTED: ("Accepteret", "Accepted"),
    ReferralStatus.DECLINED: ("Afvist", "Declined"),
    ReferralStatus.COMPLETED: ("Gennemført", "Completed"),
    ReferralStatus.NOT_COMPLETED: ("Ikke gennemført", "Not completed"),
    ReferralStatus.CANCELLED: ("Annulleret", "Cancelled"),
    ReferralStatus.REFERRED_ELSEWHERE: ("Henvist videre", "Referred elsewhere"),
    ReferralMode.LOGGED: ("Beboeren tager selv kontakt", "The resident makes contact"),
    ReferralMode.HANDED_OVER: ("Overdraget af os", "Handed over by us"),
    Urgency.LOW: ("Lav", "Low"),
    Urgency.NORMAL: ("Normal", "Normal"),
    Urgency.HIGH: ("Høj", "High"),
    Urgency.ACUTE: ("Akut", "Acute"),
    InquiryStatus.OPEN: ("Åben", "Open"),
    InquiryStatus.REFERRED: ("Henvist", "Referred"),
    InquiryStatus.ANSWERED: ("Besvaret", "Answered"),
    InquiryStatus.CLOSED: ("Lukket", "Closed"),
    CloseReason.RESIDENT_DECLINED: ("Beboeren sagde nej", "Resident declined"),
    CloseReason.NO_CAPACITY: ("Ingen plads", "No capacity"),
    CloseReason.NO_LONGER_NEEDED: ("Ikke længere nødvendig", "No longer needed"),
    CloseReason.RESIDENT_UNREACHABLE: ("Kunne ikke få fat i beboeren", "Could not reach resident"),
    CloseReason.SERVICE_UNREACHABLE: ("Kunne ikke få fat i tilbuddet", "Could not reach service"),
    CloseReason.OTHER: ("Andet", "Other"),
}

# Separate: "phone" and "email" are also channels, and StrEnum members equal their values.
FIELD_TEXTS: dict[ResidentField, tuple[str, str]] = {
    ResidentField.NAME: ("navn", "name"),
    ResidentField.PHONE: ("telefon", "phone"),
    ResidentField.EMAIL: ("e-mail", "e-mail"),
    ResidentField.ADDRESS: ("adresse", "address"),
    ResidentField.BIRTH_YEAR: ("fødselsår", "birth year"),
    ResidentField.LANGUAGE: ("sprog", "language"),
}

# By the enum's value, for keys that arrive as plain strings (statistics rows).
_BY_VALUE: dict[str, tuple[str, str]] = {str(key): value for key, value in ENUM_TEXTS.items()}

WEEKDAYS = (
    ("mandag", "Monday"), ("tirsdag", "Tuesday"), ("onsdag", "Wednesday"), ("torsdag", "Thursday"),
    ("fredag", "Friday"), ("lørdag", "Saturday"), ("søndag", "Sunday"),
)
MONTHS = (
    ("januar", "January"), ("februar", "February"), ("marts", "March"), ("april", "April"),
    ("maj", "May"), ("juni", "June"), ("juli", "July"), ("august", "August"),
    ("september", "September"), ("oktober", "October"), ("november", "November"), ("december", "December"),
)
MONTHS_SHORT = (
    ("jan", "Jan"), ("feb", "Feb"), ("mar", "Mar"), ("apr", "Apr"), ("maj", "May"), ("jun", "Jun"),
    ("jul", "Jul"), ("aug", "Aug"), ("sep", "Sep"), ("okt", "Oct"), ("nov", "Nov"), ("dec", "Dec"),
)
LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "da": ("dansk", "Danish"), "en": ("engelsk", "English"), "ar": ("arabisk", "Arabic"),
    "tr": ("tyrkisk", "Turkish"), "so": ("somali", "Somali"), "ur": ("urdu", "Urdu"),
    "fa": ("persisk", "Persian"), "pl": ("polsk", "Polish"), "de": ("tysk", "German"),
    "uk": ("ukrainsk", "Ukrainian"), "ta": ("tamil", "Tamil"), "ti": ("tigrinya", "Tigrinya"),
}


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def text(key: str, language: str, **params: object) -> str:
    """The text for ``key`` in ``language``, with ``{placeholders}`` filled in."""
    value = _pick(TEXTS[key], language)
    return value.format(**params) if params else value


def enum_text(value: object, language: str) -> str:
    """The printed name of an enum member or its stored value ("walk_in")."""
    pair = _BY_VALUE.get(str(value)) or TEXTS.get(str(value))
    return _pick(pair, language) if pair else str(value)


def field_name(value: ResidentField, language: str) -> str:
    return _pick(FIELD_TEXTS[value], language)


def language_name(code: str | None, language: str) -> str:
    if not code:
        return ""
    pair = LANGUAGE_NAMES.get(code)
    return _pick(pair, language) if pair else code


def definition(key: str, language: str) -> str:
    return _pick(dict(DEFINITIONS)[key], language)


def weekday(day: date, language: str) -> str:
    return _pick(WEEKDAYS[day.weekday()], language)


def month_name(month: int, language: str) -> str:
    return _pick(MONTHS[month - 1], language)


def month_short(month: int, language: str) -> str:
    return _pick(MONTHS_SHORT[month - 1], language)


# --- numbers, dates, periods --------------------------------------------------------------


def number(value: int, language: str) -> str:
    """1.234 in Danish, 1,234 in English."""
    plain = f"{value:,}"
    return plain.replace(",", ".") if language != "en" else plain


def decimal(value: float, language: str, places: int = 1) -> str:
    plain = f"{value:,.{places}f}"
    if language == "en":
        return plain
    return plain.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent(share: float, language: str) -> str:
    """62,5 % in Danish, 62.5% in English, from a share of 1."""
    figure = decimal(share * 100, language)
    return f"{figure}%" if language == "en" else f"{figure} %"


def short_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def clock(value: time) -> str:
    """Danish style, 07.30 (also on the English half of a slip printed in Denmark)."""
    return value.strftime("%H.%M")


def timestamp(value: datetime) -> str:
    """Local date and time: 27.11.2026 14.05."""
    local = value.astimezone()
    return f"{short_date(local.date())} {clock(local.time())}"


def period_name(period: Period, language: str) -> str:
    """"marts 2026 (01.03.2026–31.03.2026)", "3. kvartal 2026 (…)", "2026 (…)" or the two dates."""
    span = f"{short_date(period.start)}–{short_date(period.end)}"
    if period.kind is PeriodKind.MONTH:
        name = f"{month_name(period.start.month, language)} {period.start.year}"
    elif period.kind is PeriodKind.QUARTER:
        name = text("quarter_name", language, quarter=(period.start.month + 2) // 3, year=period.start.year)
    elif period.kind is PeriodKind.YEAR:
        name = str(period.start.year)
    else:
        return span
    return f"{name} ({span})"
