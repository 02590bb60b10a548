"""Layouts that fit: every page (and every tab) of the main window and every
dialog of the app, at 1280×720, at 1920×1080 and at 150 % text size, in Danish
and in English, without overlapping widgets or cut text (tests/ui/layout_check.py
says what counts).

150 % text size is modelled as the application font at 1.5 times its size,
with the window built after the change (as a user who chose larger text
starts the app), at 1280×720: that is what Windows' "Make text bigger" and
the desktop font settings of Linux do. ``QT_SCALE_FACTOR=1.5`` would scale
every pixel alike, which leaves the layout in logical pixels unchanged and
so proves nothing about text that no longer fits.

One database is shared by all tests here (the report sample plus a few of
today's inquiries); each test builds its window in its language and size.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QScrollArea, QTabWidget, QWidget

from tests.ui.fakes import FakeDialogService
from tests.ui.layout_check import layout_problems

SIZES = {"1280x720": (1280, 720, 1.0), "1920x1080": (1920, 1080, 1.0), "150pct": (1280, 720, 1.5)}
LANGUAGES = ("da", "en")
CASES = [pytest.param(language, size, id=f"{language}-{size}") for language in LANGUAGES for size in SIZES]


@dataclass
class Shared:
    url: str
    made: Any
    desk: str


@pytest.fixture(scope="module")
def shared(sample_sqlite_template: tuple[Path, Any], tmp_path_factory: pytest.TempPathFactory) -> Shared:
    """The report sample with today's inquiries at this desk, so every list has rows."""
    from referral_app.domain.enums import Channel
    from referral_app.domain.inquiries import InquiryDraft
    from referral_app.domain.residents import ResidentDraft
    from referral_app.services import intake, residents
    from referral_app.services.database import open_database
    from referral_app.ui.front_desk.drafts import DEFAULT_DESK

    template, made = sample_sqlite_template
    target = tmp_path_factory.mktemp("layout") / "layout.sqlite3"
    shutil.copyfile(template, target)
    desk = DEFAULT_DESK  # an unnamed desk's name, the one the windows here log under
    db = open_database(f"sqlite:///{target}")
    with db.begin() as session:
        resident = residents.create(session, made.front, ResidentDraft(
            full_name="Anne-Marie Christoffersen-Bødtcher", street="Høje Gladsaxe", house_number="12",
            unit="3. tv", postal_code="2860", city="Søborg", birth_year=1979))
        for code, text, channel, who in (
                ("digital.mitid", "Kan ikke logge på MitID efter ny telefon.", Channel.WALK_IN, resident.id),
                ("myndigheder.breve", "Spørger til et brev om boligstøtte.", Channel.PHONE, None),
                ("oekonomi.gaeld", "Rykkere fra flere kreditorer og en inkassosag.", Channel.EMAIL, resident.id)):
            intake.log_inquiry(session, made.front, InquiryDraft(channel=channel, category_code=code,
                                                                 description=text, resident_id=who, desk=desk))
    db.dispose()
    return Shared(f"sqlite:///{target}", made, desk)


@pytest.fixture
def scaled(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[float]:
    """The application font for the case's size; restored afterwards."""
    scale = SIZES[request.node.callspec.params["size"]][2]
    original = QFont(qapp.font())
    if scale != 1.0:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * scale)
        qapp.setFont(bigger)
    yield scale
    qapp.setFont(original)


def settle(timeout: float = 3.0) -> None:
    """Let the layouts finish: process events until no visible widget moves or resizes
    between two rounds (cards and wrapped labels settle over several turns of the loop,
    more of them on a loaded machine)."""
    deadline = time.monotonic() + timeout
    previous: tuple[object, ...] | None = None
    steady = 0
    while time.monotonic() < deadline:
        for _ in range(3):
            QCoreApplication.processEvents()
        shown = [top for top in QApplication.topLevelWidgets() if top.isVisible()]
        snapshot = tuple((id(w), w.geometry().getRect(), w.isVisible())
                         for top in shown for w in (top, *top.findChildren(QWidget)))
        steady = steady + 1 if snapshot == previous else 0
        if steady >= 2:
            return
        previous = snapshot
        time.sleep(0.005)


@pytest.fixture(scope="module")
def window_cache(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Windows at the normal text size, one per language, shared by this module's tests
    (building a window is most of a test's time); closed at the end."""
    cache: dict[str, Any] = {}
    yield cache
    for window, db in cache.values():
        window.close()
        window.deleteLater()
        db.dispose()
    QCoreApplication.processEvents()


@pytest.fixture
def open_window(qtbot, qapp, shared: Shared, window_cache: dict[str, Any], tmp_path_factory):
    """``make(language, width, height, shared=True)``: the language's shared window at that
    size; ``shared=False`` builds a new one (at a changed text size, which a shared window
    would not survive)."""
    from referral_app import translation
    from referral_app.app import build_main_window
    from referral_app.services.database import open_database
    from referral_app.ui.preferences import Preferences, WindowState
    from referral_app.ui.signals import SignalHub

    opened = []

    def build(language: str) -> tuple[Any, Any]:
        folder = tmp_path_factory.mktemp("window")
        db = open_database(shared.url)
        window = build_main_window(db, SignalHub(), FakeDialogService(), Preferences.in_folder(folder),
                                   WindowState.in_folder(folder), language)
        return window, db

    def make(language: str, width: int, height: int, shared: bool = True) -> Any:
        assert translation.install(qapp, language)
        if shared:
            if language not in window_cache:
                window_cache[language] = build(language)
            window = window_cache[language][0]
        else:
            window, db = build(language)
            opened.append(db)
            qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        settle()
        return window

    yield make
    for db in opened:
        db.dispose()


def fill_front_desk(window: Any) -> None:
    """An inquiry half typed, as at the counter: a resident, a category, a description, suggestions."""
    from referral_app.domain.enums import Urgency

    window.front_desk_page.tallies.count_key(0)  # the undo notice shows beside the channel
    form = window.front_desk_page.form
    form.resident.search.setText("Christoffersen")
    form.resident.run_search()
    form.resident.pick_current()
    form.category.choose_code("bolig.vedligehold")
    form.description.setPlainText("Sort skimmel i badeværelset. Har skrevet til ejendomskontoret for to uger "
                                  "siden uden svar.")
    form.set_urgency(Urgency.HIGH)
    form.route.refresh()


def page_problems(window: Any, index: int) -> list[str]:
    """The page as shown, then each of its tabs in turn."""
    window.show_page(index)
    settle()
    problems = layout_problems(window)
    page = window.pages[index]
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            settle()
            problems += [f"[tab {tabs.tabText(tab)!r}] {p}" for p in layout_problems(tabs.currentWidget())]
    return problems


@pytest.mark.parametrize(("language", "size"), CASES)
def test_every_page_and_tab_fits(open_window, shared: Shared, scaled: float, language: str, size: str) -> None:
    from referral_app.ui.main_window import (
        PAGE_ADMIN,
        PAGE_DIRECTORY,
        PAGE_FRONT_DESK,
        PAGE_REFERRALS,
        PAGE_REPORTS,
    )

    width, height, _ = SIZES[size]
    window = open_window(language, width, height, shared=scaled == 1.0)
    made = shared.made
    problems: list[str] = []
    for actor, pages in ((made.front, (PAGE_FRONT_DESK,)), (made.coordinator, (PAGE_REFERRALS, PAGE_DIRECTORY)),
                         (made.manager, (PAGE_REPORTS,)), (made.admin, (PAGE_ADMIN,))):
        window.set_actor(actor)
        if PAGE_FRONT_DESK in pages:
            fill_front_desk(window)
        if PAGE_REFERRALS in pages:
            window.referral_page.enter_table()
        for index in pages:
            problems += [f"[page {index}] {p}" for p in page_problems(window, index)]
    window.front_desk_page.form.clear()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_front_desk_at_1280x720_shows_form_suggestions_and_todays_list_without_scrolling(
        open_window, shared: Shared, qtbot, language: str) -> None:
    window = open_window(language, 1280, 720)
    window.set_actor(shared.made.front)
    fill_front_desk(window)
    settle()
    page = window.front_desk_page
    scroll = page.findChild(QScrollArea)
    if scroll is not None:
        # The cards, the resident's card and the scrolled body settle over a few turns of the
        # event loop (a loaded machine takes longer); once settled, nothing scrolls.
        try:
            qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible(), timeout=3000)
        except qtbot.TimeoutError:
            pass
        settle()
        assert not scroll.verticalScrollBar().isVisible(), "the front desk scrolls at 1280x720"
    assert page.form.route.suggestions(), "no suggestions for the typed inquiry"

    def on_screen(widget: QWidget) -> bool:
        top_left = widget.mapTo(window, widget.rect().topLeft())
        bottom_right = widget.mapTo(window, widget.rect().bottomRight())
        return widget.isVisible() and window.rect().contains(top_left) and window.rect().contains(bottom_right)

    for widget in (page.form.category, page.form.description, page.form.save_button, page.form.resident.search,
                   *[card for card in page.form.route.cards.cards if card.suggestion is not None]):
        assert on_screen(widget), widget.objectName()
    table = page.today
    assert table.model().rowCount() >= 3
    first_rows = sum(table.rowHeight(row) for row in range(2)) + table.horizontalHeader().height()
    assert table.isVisible() and table.mapTo(window, table.rect().topLeft()).y() + first_rows \
        < window.statusBar().mapTo(window, window.statusBar().rect().topLeft()).y(), \
        "the first rows of today's list are below the fold"
    assert table.viewport().height() >= table.rowHeight(0) * 2
    window.front_desk_page.form.clear()


# -- dialogs ----------------------------------------------------------------------------------------

def test_every_dialog_of_the_app_is_in_the_layout_check() -> None:
    """A new dialog class gets an entry in tests/ui/layout_dialogs.py (how to open it)."""
    from tests.ui.layout_dialogs import unregistered

    assert not unregistered(), f"add these dialogs to tests/ui/layout_dialogs.py: {unregistered()}"


def dialog_problems(dialog: QDialog, width: int, height: int) -> list[str]:
    problems = layout_problems(dialog)
    if dialog.width() > width or dialog.height() > height:
        problems.append(f"larger than the screen: {dialog.width()}x{dialog.height()}")
    return problems


@pytest.mark.parametrize(("language", "size"), CASES)
def test_every_dialog_fits_and_grows_for_its_message(open_window, shared: Shared, scaled: float, qtbot,
                                                     language: str, size: str) -> None:
    from referral_app.services.database import open_database
    from tests.ui.layout_dialogs import DIALOGS, Context

    width, height, _ = SIZES[size]
    window = open_window(language, width, height, shared=scaled == 1.0)
    window.set_actor(shared.made.coordinator)
    db = open_database(shared.url)
    context = Context(window, db, shared.made, language)
    problems: list[str] = []
    opened: list[QDialog] = []  # not handed to qtbot: the page may delete one itself
    try:
        for name, case in DIALOGS.items():
            dialog = case.open(context)
            opened.append(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            settle()
            short = name.rsplit(".", 1)[-1]
            problems += [f"[{short}] {p}" for p in dialog_problems(dialog, width, height)]
            if case.provoke is not None:
                before = dialog.findChildren(QLabel)
                case.provoke(dialog)
                settle()
                qtbot.wait(10)  # the dialog grows on the next turn of the event loop
                settle()
                shown = [label for label in before if label.isVisible() and label.text()]
                assert shown, f"{short}: nothing to check, no message appeared"
                problems += [f"[{short} with its message] {p}" for p in dialog_problems(dialog, width, height)]
            dialog.close()
    finally:
        for dialog in opened:  # closed only: the window owns them (the page may reuse or delete one)
            if shiboken6.isValid(dialog):
                dialog.close()
        db.dispose()
    assert not problems, "\n".join(problems)


def test_the_check_finds_overlaps_cut_text_and_squashed_fields(qtbot) -> None:
    """The check itself: faults placed by hand are found, a laid-out form has none."""
    from PySide6.QtWidgets import (
        QFormLayout,
        QLineEdit,
        QPushButton,
        QTableWidget,
        QTableWidgetItem,
    )

    broken = QWidget()
    qtbot.addWidget(broken)
    broken.resize(400, 200)
    label = QLabel("Prøv igen efter 08:56, kontoen er låst", broken)
    label.setGeometry(0, 0, 80, 20)
    button = QPushButton("Overdrage til en anden", broken)
    button.setGeometry(60, 5, 60, 30)
    field = QLineEdit(broken)
    field.setGeometry(0, 60, 100, 6)
    outside = QPushButton("OK", broken)
    outside.setGeometry(380, 180, 60, 30)
    table = QTableWidget(1, 2, broken)
    table.setHorizontalHeaderLabels(["Navn", "Rolle"])
    table.setItem(0, 0, QTableWidgetItem("Charlotte Kristoffersen-Bødtcher"))
    table.setItem(0, 1, QTableWidgetItem("Koordinator"))
    table.horizontalHeader().setStretchLastSection(True)
    table.setColumnWidth(0, 60)
    table.setGeometry(130, 60, 240, 100)
    broken.show()
    qtbot.waitExposed(broken)
    problems = "\n".join(layout_problems(broken))
    assert "overlap" in problems and "text does not fit" in problems and "Prøv igen" in problems
    assert "Overdrage til en anden" in problems
    assert "squashed" in problems
    assert "cut off by its parent" in problems
    assert "column cut" in problems and "'Navn'" in problems

    fine = QWidget()
    qtbot.addWidget(fine)
    form = QFormLayout(fine)
    form.addRow("&Brugernavn", QLineEdit())
    form.addRow(QPushButton("Overdrage til en anden"))
    fine.show()
    qtbot.waitExposed(fine)
    assert layout_problems(fine) == []


def test_todays_list_folds_away_and_back_with_a_click(open_window, shared: Shared, qtbot) -> None:
    """Folded, today's list gives its room to the form; unfolded, it is back at its height."""
    from PySide6.QtCore import Qt

    window = open_window("da", 1280, 720)
    window.set_actor(shared.made.front)
    window.show_page(0)
    settle()
    page = window.front_desk_page
    toggle = page.today_toggle
    hide, show = page.tr("Hide the list"), page.tr("Show the list")  # "Skjul listen", "Vis listen"
    assert toggle.text() == hide and page.today.isVisible()
    form_height = page.form.height()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    settle()
    assert not page.today.isVisible() and toggle.text() == show
    assert page.form.height() > form_height
    assert page.today_count.isVisible()  # the count stays in sight
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    settle()
    assert page.today.isVisible() and toggle.text() == hide
    assert page.today.viewport().height() >= page.today.rowHeight(0) * 2
