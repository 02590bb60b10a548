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
    if not text.lstrip("-").isdigit() or len(text) > 20:
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


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


NAME_ORIGINS: tuple[NameOrigin, ...] = (
    NameOrigin(
        "danish",
        0.50,
        _names(
            "Anne Mette Hanne Susanne Lene Kirsten Marianne Camilla Louise Charlotte Maria Pia "
            "Tina Helle Karen Birgit Inge Lone Bente Jette Gitte Dorthe Rikke Sofie Ida Emma Freja "
            "Laura Julie Cecilie Line Signe Maja Nanna Anne-Marie Ulla Grethe Else Ruth Lis Inger "
            "Vibeke Tove Malene Britt Sanne Trine Mia"
        ),
        _names(
            "Peter Jens Lars Henrik Søren Thomas Michael Jørgen Hans Niels Anders Martin Jan Per "
            "Morten Ole Bent Erik Kim Rasmus Jesper Frederik Mads Mikkel Jonas Emil Lukas Oliver "
            "William Kasper Christian Poul Finn Preben Flemming Torben Carsten Bjarne Kurt Leif "
            "Steen Villads Jacob Brian Allan Kenneth"
        ),
        _names(
            "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
            "Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen "
            "Møller Mortensen Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund "
            "Holm Schmidt Eriksen Kristiansen Nissen Clausen Simonsen Svendsen Andreasen Jeppesen "
            "Vestergaard Mogensen Bach Dam Friis Østergaard Kjær Lauridsen Bertelsen Skov Dahl "
            "Brandt Iversen Juhl Winther Krogh"
        ),
        (("da", 0.97), ("en", 0.03)),
    ),
    NameOrigin(
        "arabic",
        0.14,
        _names(
            "Fatima Aisha Mariam Noor Zainab Layla Huda Amal Rania Samira Yasmin Hanan Salma "
            "Dalia Lina Rana Sara Nadia Hiba Reem Iman Asma Jana Malak"
        ),
        _names(
            "Mohammed Ahmad Ali Hassan Hussein Omar Khalid Mahmoud Youssef Ibrahim Mustafa Karim "
            "Samir Bilal Tariq Nabil Walid Jamal Adnan Rami Ziad Hamza Adam Yasin"
        ),
        _names(
            "Al-Hassan Hussein Abdullah Mahmoud Khalil Saleh Haddad Nasser Ibrahim Al-Najjar "
            "Hamdan Yousef Mansour Aziz Rahman Khalaf Al-Masri Darwish Suleiman Abbas Jaber "
            "El-Khatib Hammoud Farhat Issa Chahine Kassem Shaheen Zaher"
        ),
        (("ar", 0.6), ("da", 0.4)),
    ),
    NameOrigin(
        "somali",
        0.07,
        _names(
            "Hodan Faadumo Amina Sahra Ifrah Hibo Deqa Ayaan Nimco Sagal Ubah Hawa Khadra "
            "Fardowsa Sucaad Muna Ladan Ilhan"
        ),
        _names(
            "Abdi Abdirahman Mohamed Ahmed Hassan Abdullahi Yusuf Farah Omar Ismail Mahad Liban "
            "Guled Bashir Abdiqani Mukhtar Said Cabdi"
        ),
        _names(
            "Warsame Farah Hersi Jama Abdi Ali Mohamud Osman Aden Nur Hassan Egal Dirie Omar "
            "Yusuf Ismail Elmi Guled Samatar Abdulle Hirsi"
        ),
        (("so", 0.6), ("da", 0.4)),
    ),
    NameOrigin(
        "turkish",
        0.08,
        _names(
            "Ayse Fatma Emine Zeynep Elif Hatice Merve Esra Selin Derya Sevgi Gül Nur Yasemin "
            "Büsra Özlem Dilek Songül Hülya"
        ),
        _names(
            "Mehmet Ahmet Mustafa Hüseyin Murat Emre Burak Kemal Osman Yusuf Serkan Cem Hakan "
            "Erdal Ömer Tarik Volkan Deniz"
        ),
        _names(
            "Yilmaz Kaya Demir Sahin Celik Yildiz Öztürk Aydin Arslan Dogan Kilic Aslan Çetin "
            "Kara Koç Kurt Özdemir Polat Erdogan Günes Tekin Akbulut Bulut Keskin"
        ),
        (("tr", 0.5), ("da", 0.5)),
    ),
    NameOrigin(
        "pakistani",
        0.05,
        _names("Ayesha Sana Bushra Nazia Rabia Shazia Hina Saima Amna Mehwish Sadia Uzma Kiran"),
        _names(
            "Imran Asif Tariq Faisal Usman Shahid Kashif Zubair Naveed Adeel Waqas Bilal Aamir "
            "Javed Irfan"
        ),
        _names(
            "Khan Ahmed Hussain Malik Butt Chaudhry Iqbal Akhtar Qureshi Shah Raza Mirza Rana "
            "Aslam Bhatti Sheikh"
        ),
        (("ur", 0.45), ("da", 0.55)),
    ),
    NameOrigin(
        "afghan_iranian",
        0.06,
        _names(
            "Zahra Maryam Parisa Fereshteh Nasrin Shirin Leila Roya Mahnaz Soraya Farzana "
            "Nilofar Parwana Setareh Azadeh Mina"
        ),
        _names(
            "Reza Ali Hamid Mehdi Ahmad Javad Farid Nasir Mansour Dariush Omid Navid Sohrab "
            "Rahim Wahid Jawad Arash"
        ),
        _names(
            "Ahmadi Hosseini Mohammadi Rezaei Karimi Rahimi Sultani Noori Amiri Hashemi Jafari "
            "Sadeghi Azizi Popal Haidari Yousufzai Sharifi Nazari Safi Stanekzai"
        ),
        (("fa", 0.6), ("da", 0.4)),
    ),
    NameOrigin(
        "polish",
        0.04,
        _names(
            "Anna Katarzyna Magdalena Agnieszka Joanna Monika Ewa Malgorzata Justyna Karolina "
            "Aleksandra Dorota Natalia Beata"
        ),
        _names(
            "Piotr Tomasz Krzysztof Pawel Marcin Michal Lukasz Jakub Adam Grzegorz Mateusz Kamil "
            "Wojciech Dariusz Rafal"
        ),
        _names(
            "Nowak Kowalski Wisniewski Wójcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski "
            "Wozniak Dabrowski Kozlowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski "
            "Grabowski Pawlak Michalski"
        ),
        (("pl", 0.6), ("en", 0.15), ("da", 0.25)),
        gendered_surnames=True,
    ),
    NameOrigin(
        "ukrainian",
        0.03,
        _names(
            "Olena Iryna Oksana Natalia Tetiana Yulia Svitlana Kateryna Anastasiia Viktoriia "
            "Liudmyla Halyna Mariia Daryna Sofiia"
        ),
        _names(
            "Oleksandr Andrii Serhii Dmytro Volodymyr Mykola Ihor Yurii Vasyl Taras Bohdan "
            "Maksym Artem Oleh Vitalii"
        ),
        _names(
            "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Koval Oliinyk "
            "Lysenko Marchenko Rudenko Savchenko Petrenko Moroz Pavlenko Kuzmenko Tkachuk "
            "Hnatiuk Ponomarenko"
        ),
        (("uk", 0.8), ("en", 0.1), ("da", 0.1)),
    ),
    NameOrigin(
        "international",
        0.03,
        _names("Grace Mary Esther Blessing Sarah Joy Linda Patience Ruth Abeba Selam"),
        _names("John Samuel Daniel Emmanuel Joseph David Kwame Michael Yonas Tesfay"),
        _names(
            "Mensah Okafor Owusu Boateng Adeyemi Asante Tesfaye Haile Gebre Nkosi Smith Brown "
            "Okonkwo Mwangi"
        ),
        (("en", 0.65), ("da", 0.35)),
    ),
)

# Spelling variants that make the same person turn up twice in a register.
NAME_VARIANTS: dict[str, str] = {
    "Mohammed": "Mohamed",
    "Mohamed": "Mohammad",
    "Ahmad": "Ahmed",
    "Youssef": "Yousef",
    "Hussein": "Husein",
    "Søren": "Soeren",
    "Jørgen": "Jorgen",
    "Sørensen": "Sorensen",
    "Jørgensen": "Joergensen",
    "Møller": "Moller",
    "Christensen": "Kristensen",
    "Christiansen": "Kristiansen",
    "Fatima": "Fatma",
    "Aisha": "Aysha",
    "Mariam": "Maryam",
    "Zainab": "Zeinab",
    "Faadumo": "Fadumo",
    "Abdirahman": "Abdurahman",
    "Yilmaz": "Yılmaz",
    "Hosseini": "Hoseini",
    "Natalia": "Nataliia",
    "Oleksandr": "Alexander",
}

# --- Addresses ---------------------------------------------------------------------------------

HG_STREET = "Høje Gladsaxe"
POSTAL_CODE = "2860"
CITY = "Søborg"
# Other streets nearby: BIBLIOTEK+ helps anyone who comes in, not only residents.
NEARBY_STREETS: tuple[str, ...] = (
    "Gladsaxevej",
    "Gladsaxe Møllevej",
    "Søborg Hovedgade",
    "Buddinge Hovedgade",
    "Mørkhøjvej",
    "Vandtårnsvej",
)
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

# Values for the {slots} in the templates.
SLOTS: dict[str, tuple[str, ...]] = {
    "rum": ("badeværelset", "soveværelset", "køkkenet", "stuen", "børneværelset", "entréen"),
    "tid": ("i to uger", "siden i mandags", "i over en måned", "siden sidste weekend",
            "i flere dage", "i et par uger", "siden i går"),
    "barn": ("Min søn", "Min datter", "Vores yngste", "Vores ældste", "Mit barnebarn"),
    "alder": ("9", "10", "11", "12", "13", "14", "15", "16", "17"),
    "ung": ("13", "14", "15", "16", "17"),
    "maaneder": ("to", "tre", "fire", "et par"),
    "antal": ("fire", "fem", "seks", "syv"),
    "myndighed": ("Borgerservice", "Udbetaling Danmark", "Jobcentret", "Skattestyrelsen",
                  "kommunen", "Ydelsescentret"),
    "job": ("rengøringsassistent", "pædagogmedhjælper", "chauffør", "kassemedarbejder",
            "lagermedarbejder", "social- og sundhedshjælper", "kok", "frisør"),
    "land": ("Syrien", "Irak", "Ukraine", "Polen", "Iran", "Somalia", "Tyrkiet", "Pakistan"),
    "sprog": ("arabisk", "somalisk", "tyrkisk", "urdu", "persisk", "dari", "polsk", "ukrainsk"),
    "dag": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag"),
    "ting": ("et nyt køleskab", "et nyt komfur", "en ny vaskemaskine", "en seng til barnet",
             "vintertøj til børnene"),
    "barn_lille": ("min søn", "min datter", "vores yngste", "vores ældste", "mit barnebarn"),
}
# Filled in by the generator: {beloeb} an amount in kroner, {opgang} a house number.

TEMPLATES: dict[str, tuple[str, ...]] = {
    "bolig.vedligehold": (
        "Der er kommet skimmel i {rum}, og det lugter. Har ringet til ejendomskontoret {tid}.",
        "Radiatoren i {rum} er kold, og det er koldt i hele lejligheden.",
        "Vandhanen i køkkenet drypper hele tiden.",
        "Toilettet er stoppet, og viceværten tager ikke telefonen.",
        "Har mistet nøglebrikken og kan ikke komme ind i opgangen.",
        "Elevatoren i opgang {opgang} har været i stykker {tid}.",
        "Fugt på væggen i {rum}. Børnene hoster meget.",
        "Vinduet i {rum} kan ikke lukke ordentligt, det trækker.",
        "Vaskemaskinen i fællesvaskeriet virker ikke.",
        "Vand fra lejligheden ovenover drypper ned i {rum}.",
        "Hvordan bestiller man en håndværker til en utæt vandhane?",
        "Lyset på trappen i opgang {opgang} har ikke virket {tid}.",
        "Sorte pletter i loftet i {rum}. Er det skimmel?",
    ),
    "bolig.husleje": (
        "Har fået en rykker for huslejen og kan ikke betale hele beløbet.",
        "Er bagud med huslejen i {maaneder} måneder og er bange for at blive sat ud.",
        "Varmeregnskabet siger, at vi skal efterbetale {beloeb}.",
        "Vil gerne høre om en afdragsordning på huslejen.",
        "Har fået et påkrav fra boligselskabet og forstår ikke brevet.",
        "Huslejen er steget, og pengene slår ikke til.",
    ),
    "bolig.flytning": (
        "Vi er {antal} personer i en toværelses og vil gerne have en større lejlighed.",
        "Hvordan opsiger jeg min lejlighed?",
        "Vil gerne bytte bolig med en anden i afdelingen. Hvordan gør man?",
        "Hvor lang er ventelisten til en ny bolig her?",
        "Skal flytte ud. Hvornår får jeg mit depositum tilbage?",
        "Min mor har svært ved trapperne og vil gerne skrives op til en ældrebolig.",
        "Spørger til intern oprykning på ventelisten.",
    ),
    "bolig.naboer": (
        "Naboen spiller høj musik om natten.",
        "Larm fra lejligheden ovenover hver aften {tid}.",
        "Naboen ryger på altanen, og røgen kommer ind til os.",
        "Uenighed med naboen om barnevogne på trappen.",
        "Folk smider skrald på trappen i opgang {opgang}.",
        "Naboens hund gør hele dagen, når de er på arbejde.",
    ),
    "bolig": (
        "Spørgsmål om boligen, ved ikke helt hvem der skal have det.",
        "Vil gerne tale med nogen fra boligselskabet.",
        "Hvem er afdelingsbestyrelsen, og hvornår er der beboermøde?",
    ),
    "oekonomi.gaeld": (
        "Har mange kviklån og kan ikke betale af. Har brug for hjælp til et overblik.",
        "Inkasso ringer hele tiden. Skylder omkring {beloeb}.",
        "Er registreret i RKI og vil gerne ud af det.",
        "Har gæld til Skat og får trukket i lønnen. Hvad kan jeg gøre?",
        "Vil gerne have hjælp til at lave et budget. Pengene slipper op før den første.",
        "Har fået et brev fra Gældsstyrelsen om {beloeb} og forstår det ikke.",
    ),
    "oekonomi.ydelser": (
        "Hvordan søger jeg boligstøtte?",
        "Min kontanthjælp er ikke kommet ind på kontoen.",
        "Har fået krav om at betale {beloeb} i boligstøtte tilbage.",
        "Vil gerne vide, om jeg kan få ekstra børnetilskud som enlig.",
        "Skal jeg give Udbetaling Danmark besked, når min søn flytter hjemmefra?",
        "Hjælp til at søge om hjælp til {ting}.",
        "Forstår ikke beregningen af min boligstøtte.",
    ),
    "oekonomi.pension": (
        "Hvornår kan jeg gå på folkepension, og hvordan søger jeg?",
        "Vil gerne søge om ældrecheck.",
        "Min pension er blevet mindre, og jeg forstår ikke hvorfor.",
        "Spørger om tillæg til medicin ved siden af folkepensionen.",
        "Hvordan søger man førtidspension?",
    ),
    "oekonomi": (
        "Generelt spørgsmål om økonomi.",
        "Pengene slår ikke til. Hvor kan jeg få råd?",
    ),
    "job.job": (
        "Søger arbejde og vil gerne have hjælp til at skrive et CV.",
        "Hjælp til at skrive en ansøgning til et job som {job}.",
        "Har fået et brev fra Jobcentret om et møde og ved ikke, hvad jeg skal have med.",
        "Vil gerne vide, hvordan man melder sig ind i en a-kasse.",
        "Leder efter praktikplads som {job}.",
    ),
    "job.lommepengejob": (
        "{barn} på {ung} år vil gerne have et lommepengejob.",
        "Hvordan kommer man på listen til lommepengejob?",
        "Ung på {ung} spørger efter et fritidsjob i området.",
        "Hvornår starter næste hold lommepengejob?",
    ),
    "job.uddannelse": (
        "Vil gerne uddanne mig til {job}. Hvor skal jeg starte?",
        "Hjælp til at søge SU.",
        "Har en uddannelse fra {land} og vil gerne have den godkendt i Danmark.",
        "Spørger efter danskundervisning om aftenen.",
        "{barn} er stoppet på gymnasiet. Hvor kan vi få vejledning?",
    ),
    "job": (
        "Spørgsmål om job og uddannelse.",
        "Vil gerne i gang med noget, job eller skole.",
    ),
    "boern.lektiehjaelp": (
        "{barn} har brug for hjælp til matematik. Hvornår er der lektiecafé?",
        "Spørger om lektiecaféen også hjælper med danske stile.",
        "Kan man få lektiehjælp i weekenden?",
        "Vil gerne melde {barn_lille} til lektiecaféen.",
    ),
    "boern.fritid": (
        "Leder efter en fodboldklub til {barn_lille}.",
        "Hvilke fritidsaktiviteter er der for piger på {alder}?",
        "Har I noget for børn i sommerferien?",
        "Spørger om fritidspas og tilskud til kontingent.",
        "{barn} keder sig efter skole. Er der en klub i nærheden?",
    ),
    "boern.familieliv": (
        "Har svært ved at sætte grænser for {barn_lille}. Vil gerne tale med nogen.",
        "Spørger til familiecaféen, og hvornår den har åbent.",
        "Skal skilles. Hvordan taler vi med børnene om det?",
        "Bekymret for {barn_lille}, der ikke vil i skole.",
        "Vil gerne høre om fædregruppen.",
    ),
    "boern.sundhedspleje": (
        "Ny mor og vil gerne have kontakt til sundhedsplejersken.",
        "Spørger om vaccinationer til vores baby.",
        "Vores baby sover dårligt. Hvem kan vi tale med?",
        "Hvordan finder man en mødregruppe?",
    ),
    "boern": (
        "Spørgsmål om børn og familie.",
        "Vil gerne vide, hvad der er for børnefamilier i huset.",
    ),
    "sundhed.tilbud": (
        "Vil gerne i gang med motion for seniorer.",
        "Spørger efter et rygestopkursus.",
        "Spørger om gåklubben og tiderne.",
        "Har diabetes og vil gerne vide, om kommunen har kurser.",
    ),
    "sundhed.trivsel": (
        "Føler mig ensom, efter min mand døde. Hvor kan jeg møde andre?",
        "Har det svært og sover dårligt. Vil gerne snakke med nogen.",
        "Spørger efter samtaletilbud for unge.",
        "Sidder meget alene og vil gerne i gang med noget.",
    ),
    "sundhed": (
        "Spørgsmål om sundhed.",
        "Hvor kan man få hjælp til at leve sundere?",
    ),
    "digital.mitid": (
        "Kan ikke logge på MitID.",
        "Har fået ny telefon og skal flytte MitID-appen.",
        "MitID er spærret efter forkert kode.",
        "Vil gerne have en MitID-kodeviser.",
        "Hjælp til at oprette MitID til min søn på 15.",
        "Har glemt brugernavnet til MitID.",
    ),
    "digital.digitalpost": (
        "Kan ikke finde brevet fra kommunen i Digital Post.",
        "Vil gerne fritages for Digital Post.",
        "Hjælp til at læse et brev i Digital Post.",
        "Min mor får post digitalt, men kan ikke bruge en computer. Kan jeg få adgang?",
        "Hvordan giver jeg min datter fuldmagt til Digital Post?",
    ),
    "digital.eboks": (
        "Kan ikke åbne lønsedlen i e-Boks.",
        "Hjælp til at finde årsopgørelsen i e-Boks.",
        "e-Boks beder om en opdatering, og nu virker den ikke.",
        "Hvordan tilmelder jeg mig e-Boks fra banken?",
    ),
    "digital": (
        "Hjælp til computeren.",
        "Hjælp til at printe en blanket.",
        "Kan ikke finde ud af appen fra kommunen.",
    ),
    "myndigheder.breve": (
        "Har fået et brev fra {myndighed} og forstår ikke, hvad de vil.",
        "Hjælp til at svare på et brev fra kommunen inden fristen.",
        "Brev om partshøring. Hvad betyder det?",
        "Har fået afslag fra {myndighed}. Kan man klage?",
    ),
    "myndigheder.sygesikring": (
        "Har mistet det gule sundhedskort.",
        "Vil gerne skifte læge.",
        "Hvordan bestiller jeg et nyt sundhedskort?",
        "Spørger om det blå EU-sygesikringskort før en rejse.",
    ),
    "myndigheder.pas": (
        "Skal have fornyet mit pas. Hvordan bestiller jeg tid?",
        "Pas til vores baby. Hvad skal vi have med?",
        "Har mistet kørekortet.",
        "Opholdskortet udløber snart. Hvad gør jeg?",
    ),
    "myndigheder": (
        "Spørgsmål til kommunen.",
        "Ved ikke, hvilken myndighed jeg skal kontakte.",
    ),
    "faellesskab.frivillighed": (
        "Vil gerne være frivillig i lektiecaféen.",
        "Har tid om formiddagen og vil gerne hjælpe til.",
        "Spørger, om man kan være frivillig ved overskudsmaden.",
        "Vil gerne være bydelsmor.",
    ),
    "faellesskab.aktiviteter": (
        "Hvornår er der åbent køkken?",
        "Spørger om strikkeklubben.",
        "Hvad sker der i huset i weekenden?",
        "Vil gerne vide mere om seniorklubben.",
        "Spørger efter syværkstedet om {dag}en.",
        "Hvornår er der fællesspisning?",
    ),
    "faellesskab.overskudsmad": (
        "Hvornår deler I overskudsmad ud?",
        "Kan man få en madpose, hvis pengene ikke slår til?",
        "Spørger om tiderne for madudlevering.",
    ),
    "faellesskab": (
        "Vil gerne møde nogen i området.",
        "Spørger, hvad der sker i huset.",
    ),
    "sprog.tolkning": (
        "Har brug for tolk til et møde på Jobcentret.",
        "Skal til læge og har brug for en tolk på {sprog}.",
        "Hjælp til at oversætte et brev fra kommunen.",
        "Kan I skaffe en tolk til skole-hjem-samtalen?",
    ),
    "sprog.sprogcafe": (
        "Vil gerne øve dansk. Hvornår er der sprogcafé?",
        "Spørger, om der er danskundervisning for begyndere.",
        "Vil gerne tale dansk med andre. Hvor kan jeg det?",
    ),
    "sprog": (
        "Spørgsmål om sprog og tolk.",
    ),
    "tryghed.ssp": (
        "Bekymret for unge, der hænger ud i opgangen om aftenen.",
        "{barn} kommer sent hjem, og vi er bekymrede for vennerne.",
        "Knust glas og hærværk ved cykelkælderen i opgang {opgang}.",
        "Har set handel med stoffer ved legepladsen.",
        "Føler mig utryg, når jeg går hjem om aftenen.",
    ),
    "tryghed": (
        "Føler mig utryg i området.",
    ),
}

# Residents who prefer English write in English.
ENGLISH_TEMPLATES: dict[str, tuple[str, ...]] = {
    "bolig.vedligehold": ("We have mould in the bathroom, my children cough.",
                          "The heating in the flat does not work."),
    "bolig.husleje": ("I cannot pay my rent this month.",),
    "oekonomi.ydelser": ("How do I apply for housing benefit?",),
    "digital.mitid": ("Cannot log in to MitID.", "New phone, need to move the MitID app."),
    "digital.digitalpost": ("Cannot find a letter in Digital Post.",),
    "job.job": ("Looking for a job, need help with my CV.",),
    "myndigheder.breve": ("Got a letter from the municipality and do not understand it.",),
    "sprog.sprogcafe": ("I want to practise Danish. When is the language café?",),
}

# What the front desk adds at the end, by the inquiry's status.
NOTES: dict[str, tuple[str, ...]] = {
    "answered": ("Hjulpet ved skranken.", "Fik svar med det samme.", "Vejledt og fik en folder.",
                 "Hjulpet på stedet."),
    "referred": ("Henvist videre.", "Fik kontaktoplysninger med.", "Skal kontaktes af rette sted."),
    "closed": ("Afsluttet.", "Ikke mere at gøre.", "Borgeren vendte ikke tilbage."),
    "open": ("Venter på svar.", "Vender tilbage.", "Følges op."),
}
CHANNEL_PREFIX: dict[str, tuple[str, ...]] = {
    "phone": ("Ringede: ", "Telefon: "),
    "email": ("Mail: ", "Skrev: "),
    "outreach": ("Mødt ved arrangement: ", "Opsøgende: "),
}
