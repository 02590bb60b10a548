"""Make the README's example slips: the same referral in every slip language.

    .venv/bin/python tools/slip_examples.py [OUT_FOLDER]

In a fresh temporary SQLite database with the shipped directory, a made-up
front-desk member refers a made-up resident to Borgerservice: MitID (a
service with shipped translations) and prints the slip in each language.
The PDFs and their first pages as PNG (``pdftoppm``, 90 dpi) go to
OUT_FOLDER (default: a temporary folder, printed at the end); copy
``slip-ar.png`` and ``slip-so.png`` to ``docs/report-slip-ar.png`` and
``docs/report-slip-so.png``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from referral_app.config import DIRECTORY_DIR  # noqa: E402
from referral_app.db import models as m  # noqa: E402
from referral_app.domain.accounts import Actor  # noqa: E402
from referral_app.domain.enums import Role  # noqa: E402
from referral_app.domain.inquiries import InquiryDraft  # noqa: E402
from referral_app.domain.residents import ResidentDraft  # noqa: E402
from referral_app.domain.slip_languages import SLIP_LANGUAGES  # noqa: E402
from referral_app.reports.slip import build_slip  # noqa: E402
from referral_app.services import intake, referrals, reporting, residents  # noqa: E402
from referral_app.services.database import open_database, prepare  # noqa: E402
from referral_app.services.outputs import stage  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="slips-"))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/examples.sqlite3")
        prepare(db, DIRECTORY_DIR)
        with db.begin() as s:
            row = m.StaffUser(username="sara", full_name="Sara Eksempel", role=Role.FRONT_DESK.value,
                              password_hash="!", active=True, failed_logins=0)  # cannot sign in: no password
            s.add(row)
            s.flush()
            front = Actor(row.id, row.username, row.full_name, Role.FRONT_DESK)
            service = s.scalar(select(m.Service.id).join(m.Organization).where(
                m.Organization.key == "gladsaxe-kommune", m.Service.key == "borgerservice-mitid"))
            resident = residents.create(s, front, ResidentDraft(full_name="Eksempel Beboer", preferred_language="ar"))
            inquiry = intake.log_inquiry(s, front, InquiryDraft(category_code="digital.mitid", resident_id=resident.id))
            referral = referrals.create(s, front, inquiry.id, service).id
        for language in SLIP_LANGUAGES:
            with db.begin() as s:
                data = reporting.slip_data(s, front, referral, language=language, today=date(2026, 12, 7))
            pdf = out / f"slip-{language}.pdf"
            stage(pdf, lambda stream, data=data: build_slip(data, stream), overwrite=True).publish()
            subprocess.run(["pdftoppm", "-png", "-r", "90", "-singlefile", str(pdf), str(out / f"slip-{language}")],
                           check=True)
        db.dispose()
    print(out)


if __name__ == "__main__":
    main()
