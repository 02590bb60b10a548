"""The slip in each language: time to build the PDF, as a ratio to the Danish slip.

    .venv/bin/python benchmarks/slip_languages.py [--repeat N]

The same made-up slip (a service with a web page, a week of opening hours,
something to bring, an application process) is built in memory in every
slip language, N times each (default 5) after one warm-up build, and the
median time is printed next to its ratio to the Danish slip measured in the
same run. A bilingual slip costs more than the Danish one because it has
twice the lines and is laid out at several type sizes until it fits one
page; Arabic, Urdu and Farsi add shaping and bidi ordering on top.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from referral_app.domain.directory import Schedule  # noqa: E402
from referral_app.domain.enums import ReferralMode  # noqa: E402
from referral_app.domain.reporting import ContactPoint, SlipData, coming_week  # noqa: E402
from referral_app.domain.slip_languages import SLIP_LANGUAGES  # noqa: E402
from referral_app.reports.slip import build_slip  # noqa: E402


def slip(language: str) -> SlipData:
    today = date(2026, 11, 27)
    schedules = (Schedule(1, clock(9), clock(15)), Schedule(3, clock(13), clock(18), note="Drop-in"),
                 Schedule(4, clock(10), clock(17, 30)))
    return SlipData(
        reference="FI-000042", referral_id=42, printed_on=today, language=language,
        service_name="Borgerservice: Digital Post", organization_name="Gladsaxe Kommune",
        address="Rådhus Allé 7, 2860 Søborg", phone="39 57 50 50", email="borgerservice@gladsaxe.dk",
        url="https://www.gladsaxe.dk", what_to_bring="Pas eller kørekort og sundhedskort.",
        application_process="Bestil tid på gladsaxe.dk eller ring til Borgerservice.", mode=ReferralMode.LOGGED,
        due_date=None, opening_days=coming_week(schedules, today), staff_first_name="Åse",
        vores_hg=ContactPoint("Vores HG", "39 57 49 00", "kontakt@voreshg.dk", "https://www.voreshg.dk",
                              "Høje Gladsaxe Torv 2D, 2860 Søborg"),
    )


def median_seconds(language: str, repeat: int) -> float:
    data = slip(language)
    build_slip(data, io.BytesIO())  # warm-up: fonts registered, catalogues read
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        build_slip(data, io.BytesIO())
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]  # the median (benchmarks/statistics.py hides the module)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    baseline = median_seconds("da", args.repeat)
    print(f"{'language':<10}{'seconds':>10}{'× Danish':>10}")
    print(f"{'da':<10}{baseline:>10.3f}{1.0:>10.1f}")
    for language in SLIP_LANGUAGES[1:]:
        seconds = median_seconds(language, args.repeat)
        print(f"{language:<10}{seconds:>10.3f}{seconds / baseline:>10.1f}")


if __name__ == "__main__":
    main()
