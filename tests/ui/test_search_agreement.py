"""The four search boxes agree: the same words typed into the directory search,
the front desk's service type-ahead, the queue's service picker and the
category type-ahead find the same things (they share ``domain.matching``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from referral_app.domain.directory import active_services
from referral_app.domain.enums import Role
from referral_app.domain.matching import Tier
from referral_app.services import directory as directory_service
from referral_app.ui.directory.model import SERVICE_ROLE
from referral_app.ui.queue.service_picker import SERVICE_ID_ROLE, ServicePickerDialog
from referral_app.ui.routing.service_search import MAX_MATCHES
from tests.services.staff import make_staff

# Spelling variants that must give the same result on every screen.
SAME_MEANING = [
    ("fædre", "faedre", "FÆDRE"),
    ("borgerservice", "borger service", "Borger-Service"),
    ("lånekassen", "laanekassen"),
    ("eboks", "e-boks"),
    ("lektiecafe", "LEKTIECAFÉ", "lektie cafe"),  # (QTest cannot type a small é)
]
# Words that find a handful of services on every screen, some through the
# organization's name ("3b") or a category keyword ("skimmel").
QUERIES = ["ejendomskontor 3b", "lektie", "fædregruppe", "borgerservice", "digital", "gæld", "sprog", "mitid"]


@pytest.fixture
def window(make_window, qtbot, sqlite_db):
    with sqlite_db.begin() as session:
        actor = make_staff(session, Role.COORDINATOR, "carl", "Carl Koordinator")
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(actor)
    return window


@pytest.fixture
def services(sqlite_db):
    with sqlite_db.begin() as session:
        return active_services(directory_service.list_directory(session))


def directory_finds(window, qtbot, text: str) -> set[int]:
    page = window.directory_page
    if not page.active_only.isChecked():
        qtbot.keyClick(page.active_only, Qt.Key.Key_Space)
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, text)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # searches at once instead of after the pause
    model = page.model
    return {model.index(row, 0, model.index(org, 0)).data(SERVICE_ROLE).id
            for org in range(model.rowCount()) for row in range(model.rowCount(model.index(org, 0)))}


def type_ahead_finds(window, qtbot, text: str) -> set[int]:
    route = window.front_desk_page.form.route
    route.ensure_services()
    route.other.reset()
    qtbot.keyClicks(route.other, text)
    model = route.other.model
    return {model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())}


def picker_finds(picker: ServicePickerDialog, qtbot, text: str) -> set[int]:
    picker.search.clear()
    qtbot.keyClicks(picker.search, text)
    return {picker.list.item(row).data(SERVICE_ID_ROLE) for row in range(picker.list.count())}


def categories_offered(window, qtbot, text: str) -> list:
    picker = window.front_desk_page.form.category
    picker.clear()
    qtbot.keyClicks(picker, text)
    return [picker.model.match_at(row) for row in range(picker.model.rowCount())]


@pytest.fixture
def picker(qtbot, services):
    dialog = ServicePickerDialog("Henvis videre", "Vælg et tilbud", services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_three_service_searches_find_the_same_services(window, picker, qtbot, services):
    for text in QUERIES:
        in_directory = directory_finds(window, qtbot, text)
        in_picker = picker_finds(picker, qtbot, text)
        in_type_ahead = type_ahead_finds(window, qtbot, text)
        assert in_directory, text
        assert in_directory == in_picker, text
        if len(in_directory) <= MAX_MATCHES:
            assert in_type_ahead == in_directory, text
        else:  # the type-ahead shows the best few
            assert len(in_type_ahead) == MAX_MATCHES and in_type_ahead <= in_directory, text


def test_the_organization_name_counts_on_every_screen(window, picker, qtbot, services):
    [office] = [s for s in services if s.name.startswith("Ejendomskontor") and "3B" in s.organization_name]
    assert office.id in directory_finds(window, qtbot, "ejendomskontor 3b")
    picker_finds(picker, qtbot, "ejendomskontor 3b")
    assert picker.list.item(0).data(SERVICE_ID_ROLE) == office.id  # the best match comes first
    type_ahead_finds(window, qtbot, "ejendomskontor 3b")
    assert window.front_desk_page.form.route.other.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == office.id
    others = {s.id for s in services if s.name.startswith("Ejendomskontor") and s.id != office.id}
    assert others and not others & directory_finds(window, qtbot, "ejendomskontor 3b")


def test_spelling_variants_agree_on_every_screen(window, picker, qtbot):
    for variants in SAME_MEANING:
        results = [
            (directory_finds(window, qtbot, text), picker_finds(picker, qtbot, text),
             type_ahead_finds(window, qtbot, text),
             [m.category.code for m in categories_offered(window, qtbot, text)])
            for text in variants
        ]
        assert results[0][0] or results[0][3], variants  # each set of variants finds something
        assert all(result == results[0] for result in results), variants


@pytest.mark.parametrize("text", ["skimmel", "gæld", "lektie", "mitid", "husleje"])
def test_a_category_the_type_ahead_offers_brings_its_services_in_every_search(window, picker, qtbot,
                                                                               services, text):
    offered = [m.category.code for m in categories_offered(window, qtbot, text) if m.tier >= Tier.FIELD]
    assert offered, text
    in_directory = directory_finds(window, qtbot, text)
    in_picker = picker_finds(picker, qtbot, text)
    for code in offered:
        listed = {s.id for s in services if any(c.code == code for c in s.categories)}
        assert listed <= in_directory and listed <= in_picker, (text, code)
