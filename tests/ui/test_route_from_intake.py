"""Referrals from the intake form, driven from the keyboard the way the front desk works.

Keys go to whatever has the focus and are counted as in ``test_front_desk``:
each key (with its modifiers) is one press, each character of a search or a
type-ahead is one press, the description is counted apart. The suggestions
come a short pause after typing; the tests wait for them as a person would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

import referral_app.ui.main_window  # noqa: F401 - imported up front: application shortcuts need it
from referral_app.domain.enums import ConsentPurpose, ReferralMode, ReferralStatus, Role
from referral_app.domain.inquiries import local_today
from referral_app.domain.referrals import QueueFilter, add_working_days
from referral_app.domain.residents import ResidentDraft
from referral_app.services import consent as consent_service
from referral_app.services import directory as directory_service
from referral_app.services import referrals as referral_service
from referral_app.services import residents as resident_service
from referral_app.ui.routing.panel import ACCEPT_KEYS, SLIP_ACTION
from tests.services.staff import make_staff
from tests.ui.test_front_desk import Keyboard, drive_dialog, today

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ACCEPT = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)  # with Ctrl+Shift
ROUTED_INQUIRY_BUDGET = 10
MOULD = "Der er skimmel i badeværelset"


@pytest.fixture
def staff(sqlite_db):
    with sqlite_db.begin() as session:
        return make_staff(session, Role.FRONT_DESK, "frida", "Frida Skranke")


@pytest.fixture
def coordinator(sqlite_db):
    with sqlite_db.begin() as session:
        return make_staff(session, Role.COORDINATOR, "carl", "Carl Koordinator")


@pytest.fixture
def window(make_window, qtbot, staff):
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(staff)
    return window


@pytest.fixture
def page(window):
    return window.front_desk_page


@pytest.fixture
def ahmed(sqlite_db, staff):
    """A resident at Høje Gladsaxe 34, an address the address table gives to one housing organization."""
    draft = ResidentDraft("Ahmed Hassan", phone="50 11 22 33", street="Høje Gladsaxe", house_number="34",
                          unit="11. th", postal_code="2860", city="Søborg", birth_year=1972)
    with sqlite_db.begin() as session:
        return resident_service.create(session, staff, draft)


def referrals(db, coordinator):
    with db.begin() as session:
        return referral_service.list_queue(session, coordinator, QueueFilter(open_only=False), log_search=False)


def follow_up_days(db, service_id: int) -> int:
    with db.begin() as session:
        return directory_service.get_service(session, service_id).follow_up_days


def pick_resident(keys: Keyboard, page, qtbot, search: str) -> None:
    keys.press(Qt.Key.Key_F, CTRL)  # Find: on the front desk, the resident search
    keys.type(search)
    qtbot.waitUntil(lambda: page.form.resident.model.rowCount() > 0)
    keys.press(Qt.Key.Key_Return)


def describe(keys: Keyboard, page, qtbot, text: str) -> list:
    """Go to the description, type what the resident said and wait for the suggestions."""
    keys.press(Qt.Key.Key_B, ALT)  # "&Beskrivelse:"
    assert keys.focus() is page.form.description
    keys.type_free_text(text)
    route = page.form.route
    qtbot.waitUntil(lambda: not route.pending() and bool(route.suggestions()), timeout=3000)
    return route.suggestions()


def position_of(suggestions, predicate) -> int:
    matches = [n for n, s in enumerate(suggestions) if predicate(s)]
    assert matches, [(s.service_name, s.organization_name) for s in suggestions]
    return matches[0]


# -- the whole way -----------------------------------------------------------------------------


def test_route_an_inquiry_by_keyboard_from_the_intake_form(
        window, page, sqlite_db, staff, coordinator, ahmed, qtbot):
    form, route = page.form, page.form.route
    keys = Keyboard(qtbot)
    assert ahmed.housing_organization_name  # the address table knows who owns Høje Gladsaxe 34

    pick_resident(keys, page, qtbot, "ahmed")
    assert form.resident.resident.id == ahmed.id
    suggestions = describe(keys, page, qtbot, MOULD)

    # The property office of the resident's own housing organization, with reasons in Danish.
    number = position_of(suggestions, lambda s: s.service_name.startswith("Ejendomskontor")
                         and s.organization_name == ahmed.housing_organization_name)
    card = route.cards.cards[number]
    assert card.isVisible() and card.key.text() == ACCEPT_KEYS[number].toString(QKeySequence.SequenceFormat.NativeText)
    assert "Høje Gladsaxe 34" in card.reasons.text() and "skimmel" in card.reasons.text()
    assert "Kategori Vedligehold og skimmel" in card.reasons.text()

    keys.press(ACCEPT[number], CTRL | SHIFT)
    [choice] = route.choices()
    expected = suggestions[number]
    assert choice.service_id == expected.service_id and choice.mode is ReferralMode.LOGGED
    assert card.state.text() == "✓ Valgt"
    assert form.category.chosen.code == "bolig.vedligehold"  # the suggestion brought its category
    assert keys.focus() is form.description  # the key did not move the keyboard

    with qtbot.waitSignal(window.hub.referral_changed) as changed:
        keys.press(Qt.Key.Key_Return, CTRL)

    print(f"\nrouted inquiry: {keys.presses} key presses besides {keys.free_text} characters of description")
    assert keys.presses <= ROUTED_INQUIRY_BUDGET
    [inquiry] = today(sqlite_db, staff)
    assert inquiry.resident_id == ahmed.id and inquiry.category_code == "bolig.vedligehold"
    [referral] = referrals(sqlite_db, coordinator)
    assert changed.args == [referral.id]
    assert referral.inquiry_id == inquiry.id and referral.service_id == expected.service_id
    assert referral.status is ReferralStatus.PROPOSED and referral.mode is ReferralMode.LOGGED
    assert referral.due_date == add_working_days(local_today(), follow_up_days(sqlite_db, expected.service_id))
    assert "Henvist til Ejendomskontor" in form.status.text()
    # Ready for the next one.
    assert route.choices() == () and not any(c.isVisible() for c in route.cards.cards)
    assert keys.focus() is form.category


def test_the_same_key_again_drops_the_suggestion(window, page, ahmed, qtbot):
    keys = Keyboard(qtbot)
    pick_resident(keys, page, qtbot, "ahmed")
    describe(keys, page, qtbot, MOULD)
    keys.press(Qt.Key.Key_1, CTRL | SHIFT)
    assert len(page.form.route.choices()) == 1
    keys.press(Qt.Key.Key_1, CTRL | SHIFT)
    assert page.form.route.choices() == ()
    assert page.form.route.cards.cards[0].state.text() == ""


# -- consent -----------------------------------------------------------------------------------


def test_a_hand_over_without_consent_records_it_in_the_dialog_and_then_saves(
        window, page, sqlite_db, staff, coordinator, ahmed, qtbot):
    route = page.form.route
    keys = Keyboard(qtbot)
    pick_resident(keys, page, qtbot, "ahmed")
    suggestions = describe(keys, page, qtbot, MOULD)
    keys.press(Qt.Key.Key_1, CTRL | SHIFT)
    keys.press(Qt.Key.Key_M, ALT)  # "Overdraget (vi kontakter dem, &med samtykke)"
    qtbot.waitUntil(lambda: route.choices()[0].mode is ReferralMode.HANDED_OVER)  # a mnemonic clicks a moment later
    organization = suggestions[0].organization_name
    seen: dict = {}

    def steps(dialog) -> None:
        dialog_keys = Keyboard(qtbot)
        seen["statement"] = dialog.statement.text()
        seen["problem"] = dialog.problem.text()
        seen["message"] = route.error.text()
        seen["saved_meanwhile"] = today(sqlite_db, staff)
        dialog_keys.press(Qt.Key.Key_J, ALT)  # "&Ja, registrér samtykket"
        qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks a moment later
        seen["presses"] = dialog_keys.presses

    drive_dialog(qtbot, steps, seen)
    keys.press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "done" in seen)
    assert "failed" not in seen, seen.get("failed")
    print(f"\nhanded over with consent: {keys.presses} + {seen['presses']} key presses")
    assert seen["presses"] == 1
    assert seen["statement"] == f"Beboeren giver samtykke til, at oplysningerne gives videre til {organization}."
    assert "kræver beboerens samtykke" in seen["problem"]
    assert organization in seen["message"] and "samtykke" in seen["message"]
    assert seen["saved_meanwhile"] == ()  # blocked: neither the inquiry nor the referral
    qtbot.waitUntil(lambda: len(referrals(sqlite_db, coordinator)) == 1)
    [referral] = referrals(sqlite_db, coordinator)
    assert referral.mode is ReferralMode.HANDED_OVER and referral.service_id == suggestions[0].service_id
    assert referral.status is ReferralStatus.PROPOSED
    with sqlite_db.begin() as session:
        [consent] = consent_service.list_for_resident(session, staff, ahmed.id)
    assert consent.purpose is ConsentPurpose.HAND_OVER and consent.organization_id == referral.organization_id
    assert not route.error.isVisible()


def test_cancelling_the_consent_saves_nothing_and_says_how_to_go_on(
        window, page, sqlite_db, staff, coordinator, ahmed, qtbot):
    route = page.form.route
    keys = Keyboard(qtbot)
    pick_resident(keys, page, qtbot, "ahmed")
    describe(keys, page, qtbot, MOULD)
    keys.press(Qt.Key.Key_1, CTRL | SHIFT)
    keys.press(Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: route.choices()[0].mode is ReferralMode.HANDED_OVER)
    seen: dict = {}
    drive_dialog(qtbot, lambda dialog: Keyboard(qtbot).press(Qt.Key.Key_Escape), seen)
    keys.press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "done" in seen)
    assert today(sqlite_db, staff) == () and referrals(sqlite_db, coordinator) == ()
    assert route.error.isVisible() and "vælg Noteret" in route.error.text()
    assert page.form.description.toPlainText() == MOULD and route.choices()  # nothing typed is lost


def test_an_anonymous_inquiry_cannot_be_handed_over(window, page, sqlite_db, staff, coordinator, qtbot):
    route = page.form.route
    keys = Keyboard(qtbot)
    describe(keys, page, qtbot, MOULD)  # no resident
    keys.press(Qt.Key.Key_1, CTRL | SHIFT)
    keys.press(Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: route.error.isVisible())
    assert "En anonym henvendelse kan ikke overdrages" in route.error.text()
    assert route.choices()[0].mode is ReferralMode.LOGGED
    assert route.chosen.buttons[ReferralMode.LOGGED].isChecked()


def test_a_hand_over_refused_by_the_service_saves_neither(window, page, sqlite_db, staff, coordinator, ahmed,
                                                          qtbot):
    """A hand-over chosen with a resident, who is then removed: the service refuses, nothing is saved."""
    route = page.form.route
    keys = Keyboard(qtbot)
    pick_resident(keys, page, qtbot, "ahmed")
    describe(keys, page, qtbot, MOULD)
    keys.press(Qt.Key.Key_1, CTRL | SHIFT)
    keys.press(Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: route.choices()[0].mode is ReferralMode.HANDED_OVER)
    page.form.resident.remove()
    keys.press(Qt.Key.Key_Return, CTRL)
    assert "En anonym henvendelse kan ikke overdrages" in route.error.text()
    assert today(sqlite_db, staff) == () and referrals(sqlite_db, coordinator) == ()


# -- another service ----------------------------------------------------------------------------


def test_any_active_service_by_type_ahead(window, page, sqlite_db, staff, coordinator, qtbot):
    form, route = page.form, page.form.route
    keys = Keyboard(qtbot)
    keys.type("lektie")
    keys.press(Qt.Key.Key_Return)  # the category
    keys.type_free_text("Vil gerne have hjælp til dansk")
    keys.press(Qt.Key.Key_A, ALT)  # "&Andet tilbud:"
    assert keys.focus() is route.other
    keys.type("sprogcaf")
    assert route.other.matches_visible()
    first = route.other.model.match_at(0).service
    assert "Sprogcaf" in first.name and first.is_active
    keys.press(Qt.Key.Key_Return)
    [choice] = route.choices()
    assert choice.service_id == first.id and not route.other.text()
    assert route.chosen.list.item(0).text().startswith(first.name)
    keys.press(Qt.Key.Key_Return, CTRL)
    [referral] = referrals(sqlite_db, coordinator)
    assert referral.service_id == first.id and referral.mode is ReferralMode.LOGGED
    assert form.category.text() == ""


def test_services_are_read_when_first_needed_and_only_active_ones(window, page, qtbot):
    route = page.form.route
    assert route.other.services == ()  # not at start-up
    Keyboard(qtbot).press(Qt.Key.Key_A, ALT)
    assert route.other.services and all(s.is_active for s in route.other.services)
    window.hub.directory_changed.emit()  # an edit elsewhere: read again on next use
    assert route._services_stale


def test_delete_removes_a_chosen_referral(window, page, qtbot):
    route = page.form.route
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_A, ALT)
    keys.type("lektiec")
    keys.press(Qt.Key.Key_Return)
    assert len(route.choices()) == 1
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is route.chosen.list
    keys.press(Qt.Key.Key_Delete)
    assert route.choices() == ()
    assert QApplication.focusWidget() is not None


def test_saving_without_a_referral_still_works(window, page, sqlite_db, staff, coordinator, qtbot):
    keys = Keyboard(qtbot)
    describe(keys, page, qtbot, MOULD)
    keys.press(Qt.Key.Key_K, ALT)
    keys.type("skim")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return, CTRL)
    assert len(today(sqlite_db, staff)) == 1 and referrals(sqlite_db, coordinator) == ()


# -- the slip ------------------------------------------------------------------------------------


def route_and_save(page, qtbot, text: str = MOULD) -> None:
    keys = Keyboard(qtbot)
    describe(keys, page, qtbot, text)
    keys.press(Qt.Key.Key_1, CTRL | SHIFT)
    keys.press(Qt.Key.Key_Return, CTRL)


def test_after_saving_the_slip_is_offered_when_the_app_can_print_it(window, page, qtbot):
    action = QAction(window)
    action.setObjectName(SLIP_ACTION)
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window.addAction(action)
    for other in window.findChildren(QAction, SLIP_ACTION):  # the app's own, where the reports page has one
        other.setEnabled(other is action)
    route_and_save(page, qtbot)
    # Shown as Qt writes the keys in the user's language (Danish: "Ctrl+Skift+P").
    keys = QKeySequence("Ctrl+Shift+P").toString(QKeySequence.SequenceFormat.NativeText)
    assert f"{keys} udskriver sedlen til beboeren." in page.form.status.text()


def test_no_slip_is_offered_when_the_app_cannot_print_it(window, page, qtbot):
    for action in window.findChildren(QAction, SLIP_ACTION):
        action.setEnabled(False)
    route_and_save(page, qtbot)
    assert "Henvist til" in page.form.status.text() and "sedlen" not in page.form.status.text()


# -- the type-ahead's matching ---------------------------------------------------------------------


def test_services_match_by_name_organization_and_category_words_folded(sqlite_db):
    from referral_app.domain.directory import active_services
    from referral_app.ui.routing.service_search import match_services

    with sqlite_db.begin() as session:
        services = active_services(directory_service.list_directory(session))
    names = lambda query: [m.service.name for m in match_services(services, query)]  # noqa: E731
    assert names("laanekas")[0].startswith("Lånekassen")  # æ/ø/å typed as ae/oe/aa
    assert names("lektie")[0].startswith("Lektie")  # a name beginning with it comes first
    assert all("3B" in m.service.organization_name for m in match_services(services, "3b")[:2])
    assert any(n.startswith("Ejendomskontor") for n in names("skimmel"))  # a category keyword
    assert names("") == [] and names("zzzz") == []


