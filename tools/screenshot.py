"""Take the README screenshot of the real main window.

Run under a virtual display so the real platform plugin draws it::

    REFERRAL_APP_DATABASE_URL=sqlite:////tmp/shot.db \\
        xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot.py

It opens the app as ``referral-app`` does (migrating and loading the shipped
directory into the database if needed), shows the directory page at
1280x720, searches, selects a service and saves ``docs/screenshot-main.png``.

``--page queue`` shows the coordinator's referral queue instead and saves
``docs/screenshot-queue.png``. In a database without staff accounts it first
makes synthetic data through the services: a few made-up residents,
inquiries and referrals in several states, some of them overdue.

``--demo`` fills an empty database with the demo generator instead (2,000
residents, 20,000 inquiries with referrals) and signs in its accounts.

``--page front-desk`` signs in a made-up front-desk member and shows the
front desk with an inquiry half typed, saving ``docs/screenshot-front-desk.png``.
In a database without today's inquiries at this desk it first makes synthetic
data through the services: made-up residents, today's inquiries and tallies.

``--page audit`` makes the front desk's synthetic data, corrects one of
today's inquiries as the front-desk member, and shows the administrator the
audit log filtered by a resident found by name, saving
``docs/screenshot-audit.png``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402

from referral_app import cli  # noqa: E402
from referral_app.app import ensure_application, start  # noqa: E402
from referral_app.ui.main_window import PAGE_DIRECTORY, PAGE_REFERRALS  # noqa: E402

SHOT_PASSWORD = "skaermbillede-2026"  # the made-up accounts of the synthetic data


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def queue_data(db: object) -> object:
    """Sign in the made-up coordinator, making the synthetic referrals on first use."""
    from datetime import UTC, datetime, timedelta

    from referral_app.domain.enums import Role
    from referral_app.domain.inquiries import InquiryDraft
    from referral_app.domain.referrals import QueueFilter
    from referral_app.domain.residents import ResidentDraft
    from referral_app.services import accounts, directory, intake, referrals, residents

    with db.begin() as session:  # type: ignore[attr-defined]
        if not accounts.has_users(session):
            accounts.create_first_admin(session, "admin", "Anne Administrator", SHOT_PASSWORD)
    with db.begin() as session:  # type: ignore[attr-defined]
        admin = accounts.authenticate(session, "admin", SHOT_PASSWORD)
    with db.begin() as session:  # type: ignore[attr-defined]
        known = {user.username for user in accounts.list_users(session, admin)}
        for username, name, role in (("karin", "Karin Koordinator", Role.COORDINATOR),
                                     ("frida", "Frida Skranke", Role.FRONT_DESK)):
            if username not in known:
                accounts.create_user(session, admin, username, name, role, SHOT_PASSWORD)
    with db.begin() as session:  # type: ignore[attr-defined]
        coordinator = accounts.authenticate(session, "karin", SHOT_PASSWORD)
    with db.begin() as session:  # type: ignore[attr-defined]
        if referrals.count_queue(session, coordinator, QueueFilter(open_only=False)):
            return coordinator
    with db.begin() as session:  # type: ignore[attr-defined]
        desk = accounts.authenticate(session, "frida", SHOT_PASSWORD)
    with db.begin() as session:  # type: ignore[attr-defined]
        services = {s.name: s.id for org in directory.list_directory(session, active_only=True) for s in org.services}

        def service(fragment: str) -> int:
            return next(sid for name, sid in sorted(services.items()) if fragment.lower() in name.lower())

        now = datetime.now(UTC)
        cases = [  # resident, house, category, text, service, days ago, steps
            ("Mette Jensen", "34", "bolig.vedligehold", "Skimmel i badeværelset", "ejendomskontor", 30, []),
            ("Ali Hassan", "40", "oekonomi.gaeld", "Rykkere fra flere kreditorer", "gæld", 24, ["sent"]),
            ("Fatima Yusuf", "52", "boern.lektiehjaelp", "Søn skal have hjælp til matematik", "lektiecaf", 21,
             ["sent", "accepted"]),
            ("Jens Olsen", "16", "digital.mitid", "Kan ikke logge på MitID", "digital", 12, ["sent"]),
            ("Anne-Marie Sørensen", "8", "bolig.husleje", "Huslejerestance", "beboerrådgiv", 3, []),
            ("Omar Abdi", "22", "job.job", "Søger job efter uddannelse", "jobcenter", 2, ["sent"]),
            ("Birgit Nielsen", "60", "sundhed.trivsel", "Føler sig ensom", "senior", 0, []),
            ("Lars Petersen", "12", "bolig.naboer", "Støj fra naboen om natten", "ejendomskontor", 0, []),
            ("Hanne Larsen", "4", "bolig.flytning", "Vil bytte til en mindre bolig", "udlejning", 40,
             ["sent", "accepted", "completed"]),
        ]
        for name, house, category, text, fragment, days, steps in cases:
            resident = residents.create(session, desk, ResidentDraft(full_name=name, street="Høje Gladsaxe",
                                                                     house_number=house))
            inquiry = intake.log_inquiry(session, desk, InquiryDraft(category_code=category, description=text,
                                                                     resident_id=resident.id))
            referral = referrals.create(session, desk, inquiry.id, service(fragment),
                                        now=now - timedelta(days=days, hours=2))
            for step in steps:
                referrals.move(session, coordinator, referral.id, step)
    return coordinator


def demo_actor(db: object, username: str) -> object | None:
    """With --demo: fill an empty database with the demo generator (2,000 residents,
    20,000 inquiries, seed 1) and sign in the demo account ``username``."""
    from referral_app.domain import demo as d
    from referral_app.services import accounts, demo

    with db.begin() as session:  # type: ignore[attr-defined]
        if not accounts.has_users(session):
            demo.generate(session, residents=2000, inquiries=20000, seed=1)
    with db.begin() as session:  # type: ignore[attr-defined]
        return accounts.authenticate(session, username, d.DEMO_PASSWORD)


def show_queue(window: object, use_demo: bool = False) -> None:
    actor = demo_actor(window.db, "demo.koordinator") if use_demo else queue_data(window.db)  # type: ignore[attr-defined]
    window.set_actor(actor)  # type: ignore[attr-defined]
    window.show_page(PAGE_REFERRALS)  # type: ignore[attr-defined]
    page = window.referral_page  # type: ignore[attr-defined]
    page.enter_table()
    accepted = [page.model.referral(row) for row in range(page.model.rowCount())]
    chosen = next((r for r in accepted if r is not None and r.status.value == "accepted"), None)
    if chosen is not None:  # one with a history worth showing
        page.select_referral(chosen.id)
    page.shown_referral()


def front_desk_data(db: object, desk_name: str) -> object:
    """Sign in the made-up front-desk member, making today's synthetic data on first use."""
    from datetime import UTC, datetime, timedelta

    from referral_app.domain.enums import Channel, Role, Urgency
    from referral_app.domain.inquiries import InquiryDraft, local_day_bounds, local_today
    from referral_app.domain.residents import ResidentDraft
    from referral_app.services import accounts, intake, residents, tallies

    with db.begin() as session:  # type: ignore[attr-defined]
        if not accounts.has_users(session):
            admin = accounts.create_first_admin(session, "admin", "Anne Administrator", SHOT_PASSWORD)
            accounts.create_user(session, admin, "frida", "Frida Skranke", Role.FRONT_DESK, SHOT_PASSWORD)
    with db.begin() as session:  # type: ignore[attr-defined]
        desk = accounts.authenticate(session, "frida", SHOT_PASSWORD)
    with db.begin() as session:  # type: ignore[attr-defined]
        if intake.todays_inquiries(session, desk, desk=desk_name):
            return desk
    people = {  # name: house, unit, birth year, language, interpreter
        "Mette Jensen": ("12", "3. tv", 1979, None, False),
        "Jens Olsen": ("16", "st. th", 1951, None, False),
        "Fatima Yusuf": ("52", "7. mf", 1986, "so", True),
        "Birgit Nielsen": ("60", "2. tv", 1944, None, False),
        "Ahmed Hassan": ("34", "11. th", 1972, "ar", False),
    }
    inquiries = [  # resident, category, channel, urgency, text
        ("Jens Olsen", "digital.mitid", Channel.WALK_IN, Urgency.NORMAL, "Kan ikke logge på MitID efter ny telefon."),
        (None, "myndigheder.breve", Channel.PHONE, Urgency.NORMAL, "Spørger til et brev om boligstøtte."),
        ("Fatima Yusuf", "boern.lektiehjaelp", Channel.WALK_IN, Urgency.NORMAL, "Søn skal have hjælp til matematik."),
        ("Birgit Nielsen", "sundhed.trivsel", Channel.WALK_IN, Urgency.LOW, "Vil gerne høre om seniorklubben."),
        ("Ahmed Hassan", "oekonomi.gaeld", Channel.EMAIL, Urgency.HIGH, "Rykkere fra flere kreditorer."),
        (None, "faellesskab.overskudsmad", Channel.WALK_IN, Urgency.NORMAL, "Hvornår deles der overskudsmad ud?"),
    ]
    counts = {"digital.mitid": 7, "digital.digitalpost": 4, "digital.eboks": 2, "myndigheder.breve": 3,
              "bolig.vedligehold": 1, "oekonomi.ydelser": 2, "boern.lektiehjaelp": 3, "faellesskab.aktiviteter": 5,
              "faellesskab.overskudsmad": 6, "sprog.sprogcafe": 1}
    now = datetime.now(UTC)
    start = max(local_day_bounds(local_today())[0], now - timedelta(hours=4))
    step = (now - start) / (len(inquiries) + sum(counts.values()) + 2)
    moment = start
    with db.begin() as session:  # type: ignore[attr-defined]
        ids = {}
        for name, (house, unit, born, language, interpreter) in people.items():
            draft = ResidentDraft(full_name=name, street="Høje Gladsaxe", house_number=house, unit=unit,
                                  postal_code="2860", city="Søborg", birth_year=born, preferred_language=language,
                                  interpreter_needed=interpreter)
            ids[name] = residents.create(session, desk, draft).id
        for code, count in counts.items():
            for _ in range(count):
                moment += step
                tallies.log_tally(session, desk, code, desk=desk_name, now=moment)
        for name, code, channel, urgency, text in inquiries:
            moment += step
            draft = InquiryDraft(channel=channel, category_code=code, description=text, urgency=urgency,
                                 resident_id=ids[name] if name else None, desk=desk_name)
            intake.log_inquiry(session, desk, draft, now=moment)
    return desk


def show_front_desk(window: object, use_demo: bool = False) -> None:
    """An inquiry half typed for a resident found by name, just after a one-key count."""
    from referral_app.domain.enums import Urgency

    page = window.front_desk_page  # type: ignore[attr-defined]
    if use_demo:
        window.set_actor(demo_actor(window.db, "demo.skranke"))  # type: ignore[attr-defined]
    else:
        window.set_actor(front_desk_data(window.db, page.desk()))  # type: ignore[attr-defined]
    page.tallies.count_key(0)
    picker = page.form.resident
    picker.search.setText("Jensen" if use_demo else "Mette Jensen")
    picker.run_search()
    picker.pick_current()
    page.form.category.choose_code("bolig.vedligehold")
    page.form.description.setPlainText("Sort skimmel i badeværelset. Har skrevet til ejendomskontoret "
                                       "for to uger siden uden svar.")
    page.form.set_urgency(Urgency.HIGH)
    page.form.route.refresh()  # the suggestions now, not after the typing pause (a busy machine misses it)
    page.form.description.setFocus()


def show_audit(window: object) -> None:
    """The administrator's audit log: who did what to whom, in words, for one resident found by name."""
    from referral_app.domain.enums import Channel
    from referral_app.domain.inquiries import InquiryCorrection
    from referral_app.services import accounts, corrections, intake
    from referral_app.ui.main_window import PAGE_ADMIN

    db = window.db  # type: ignore[attr-defined]
    desk = front_desk_data(db, window.front_desk_page.desk())  # type: ignore[attr-defined]
    with db.begin() as session:
        today = intake.todays_inquiries(session, desk, desk=window.front_desk_page.desk())  # type: ignore[attr-defined]
    jens = next((i for i in today if i.resident_name == "Jens Olsen"), None)
    if jens is not None and jens.version == 1:
        with db.begin() as session:
            corrections.correct_inquiry(session, desk, jens.id, InquiryCorrection(
                category_code="digital.digitalpost", description=jens.description, channel=Channel.PHONE,
                language="da", resident_id=jens.resident_id), expected_version=jens.version)
    with db.begin() as session:
        admin = accounts.authenticate(session, "admin", SHOT_PASSWORD)
    window.set_actor(admin)  # type: ignore[attr-defined]
    window.show_page(PAGE_ADMIN)  # type: ignore[attr-defined]
    admin_page = window.admin_page  # type: ignore[attr-defined]
    admin_page.tabs.setCurrentWidget(admin_page.audit_page)
    audit = admin_page.audit_page
    audit.resident.search.setText("Jens Olsen")
    audit.resident.run_search()  # choosing the resident shows the filtered log
    audit.table.setFocus()
    audit.table.selectRow(0)  # the correction, in full under the table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="da", choices=("da", "en"))
    parser.add_argument("--size", default="1280x720", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--search", default="", help="text typed in the search field")
    parser.add_argument("--service", default="Lektiecaf", help="select the first service whose name has this")
    parser.add_argument("--font-scale", type=float, default=1.0, help="e.g. 1.5 to check 150%% text size")
    parser.add_argument("--page", default="directory", choices=("directory", "queue", "front-desk", "audit"))
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty database with the demo generator and use its accounts")
    parser.add_argument("--output", type=Path, default=None,
                        help="default: docs/screenshot-main.png, or docs/screenshot-<page>.png")
    options = parser.parse_args()
    if options.output is None:
        options.output = ROOT / "docs" / {"queue": "screenshot-queue.png", "front-desk": "screenshot-front-desk.png",
                                          "audit": "screenshot-audit.png"}.get(options.page, "screenshot-main.png")
    width, height = (int(v) for v in options.size.lower().split("x"))

    if options.demo and options.page == "front-desk":  # the demo's walk-ins are logged at "Skranke 1"
        from referral_app.config import app_paths
        from referral_app.ui.front_desk.drafts import DeskSettings

        DeskSettings(app_paths().config_dir).set_desk("Skranke 1")
    app = ensure_application([sys.argv[0]])
    if options.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * options.font_scale)
        app.setFont(font)
    window = start(app, cli.parse(["--lang", options.lang]), options.lang)
    if window is None:
        return 2
    window.resize(width, height)
    window.show()
    if options.page == "queue":
        show_queue(window, options.demo)
    elif options.page == "front-desk":
        show_front_desk(window, options.demo)
    elif options.page == "audit":
        show_audit(window)
    else:
        show_directory(window, options)
    settle(800)  # a busy machine lays the grown suggestions out only after a few turns of the loop
    QCoreApplication.processEvents()
    options.output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(options.output)):
        print(f"could not write {options.output}", file=sys.stderr)
        return 1
    print(f"{options.output} ({window.width()}x{window.height()})")
    window.front_desk_page.form.clear()  # the made-up form is not kept as a draft
    window.close()
    window.db.dispose()
    return 0


def show_directory(window: object, options: argparse.Namespace) -> None:
    window.show_page(PAGE_DIRECTORY)  # type: ignore[attr-defined]
    page = window.directory_page  # type: ignore[attr-defined]
    page.search_edit.setText(options.search)
    page.refresh()
    page.enter_tree()
    for org_row in range(page.model.rowCount()):
        parent = page.model.index(org_row, 0)
        for row in range(page.model.rowCount(parent)):
            service = page.model.service_at(page.model.index(row, 0, parent))
            if service is not None and options.service.lower() in service.name.lower():
                page.select_service(service.id)
                break
        else:
            continue
        break


if __name__ == "__main__":
    sys.exit(main())
