"""The front desk driven from the keyboard, the way it is used while a resident waits.

Every key goes to the widget that has the keyboard focus at that moment (never
to a widget the test picks), so the tests also prove that the focus lands where
the next keystroke belongs. ``Keyboard`` counts the key presses: each key (with
its modifiers) is one press, each typed character of a search or a type-ahead
is one press; only the free-text description is counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import referral_app.ui.main_window  # noqa: F401 - imported up front: application shortcuts need it
from referral_app.domain.enums import Channel, Role
from referral_app.domain.residents import ResidentDraft
from referral_app.services import intake as intake_service
from referral_app.services import residents as resident_service
from referral_app.services import tallies as tally_service
from referral_app.ui.main_window import PAGE_DIRECTORY, PAGE_FRONT_DESK
from tests.services.staff import make_staff

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NAMED_INQUIRY_BUDGET = 15
TALLY_BUDGET = 2


@dataclass
class Keyboard:
    """Presses keys on whatever has the focus, and counts them."""

    qtbot: object
    presses: int = 0
    free_text: int = 0

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.presses += 1
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        """Characters that count: a search, a type-ahead."""
        self.presses += len(text)
        self.qtbot.keyClicks(self.focus(), text)

    def type_free_text(self, text: str) -> None:
        """What the resident said; counted apart."""
        self.free_text += len(text)
        self.qtbot.keyClicks(self.focus(), text)


@pytest.fixture
def staff(sqlite_db):
    with sqlite_db.begin() as session:
        return make_staff(session, Role.FRONT_DESK, "frida", "Frida Skranke")


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


def add_residents(db, actor) -> dict[str, int]:
    people = (
        ResidentDraft("Mette Jensen", phone="20 12 34 56", street="Høje Gladsaxe", house_number="12",
                      unit="3. tv", postal_code="2860", city="Søborg", birth_year=1980, preferred_language="ar"),
        ResidentDraft("Søren Hansen", phone="31 45 67 89", street="Høje Gladsaxe", house_number="40"),
        ResidentDraft("Anne-Marie Sørensen", phone="42 11 22 33", street="Høje Gladsaxe", house_number="7"),
        ResidentDraft("Yusuf Ali", phone="50 60 70 80", street="Høje Gladsaxe", house_number="55"),
    )
    with db.begin() as session:
        return {person.full_name: resident_service.create(session, actor, person).id for person in people}


def today(db, actor, desk=None):
    with db.begin() as session:
        return intake_service.todays_inquiries(session, actor, desk=desk)


def tally_counts(db, actor, desk):
    with db.begin() as session:
        return tally_service.counts_for_day(session, actor, desk=desk)


# -- the screen -----------------------------------------------------------------------------


def test_front_desk_staff_start_on_the_front_desk_with_the_keyboard_in_the_category(window, page):
    assert window.current_page() == PAGE_FRONT_DESK
    assert QApplication.focusWidget() is page.form.category
    assert page.isEnabled() and not page.signed_out.isVisible()


def test_a_coordinator_keeps_the_page_they_had(make_window, sqlite_db, qtbot):
    with sqlite_db.begin() as session:
        coordinator = make_staff(session, Role.COORDINATOR, "carl")
    window = make_window("da")
    window.show()
    window.set_actor(coordinator)
    assert window.current_page() == PAGE_DIRECTORY


def test_a_manager_sees_why_the_front_desk_is_closed(make_window, sqlite_db, qtbot):
    with sqlite_db.begin() as session:
        manager = make_staff(session, Role.MANAGER, "mette")
    window = make_window("en")
    window.show()
    window.set_actor(manager)
    page = window.front_desk_page
    assert not page.form.isEnabled() and not page.tallies.isEnabled()
    assert "cannot log inquiries" in page.signed_out.text()


# -- tallies ----------------------------------------------------------------------------------


def test_an_anonymous_tally_takes_one_key_and_undo_restores_the_count(window, page, sqlite_db, staff, qtbot):
    keys = Keyboard(qtbot)
    code = page.tallies.codes[0]
    assert page.tallies.buttons[0].text().startswith("F1  MitID")

    keys.press(Qt.Key.Key_F1)

    assert keys.presses <= TALLY_BUDGET
    print(f"\nanonymous tally: {keys.presses} key press(es)")
    assert tally_counts(sqlite_db, staff, page.desk()) == {code: 1}
    assert "I dag: 1" in page.tallies.buttons[0].text()
    assert page.notice.isVisible() and "Talt: MitID" in page.notice.text.text()
    assert page.notice.undo_button.text() == "Fortryd (Ctrl+Z)"

    keys.press(Qt.Key.Key_Z, CTRL)  # the keyboard is still in the category field

    assert tally_counts(sqlite_db, staff, page.desk()) == {}
    assert "I dag: 0" in page.tallies.buttons[0].text()
    assert page.notice.text.text().startswith("Fortrudt: MitID")


def test_tally_in_the_phone_channel_takes_two_keys(window, page, qtbot):
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_2, ALT)
    keys.press(Qt.Key.Key_F5)
    assert keys.presses == 2
    assert page.channel_bar.channel is Channel.PHONE
    assert page.notice.receipt.channel is Channel.PHONE
    assert page.notice.receipt.category_code == "bolig.vedligehold"
    assert page.channel_bar.buttons[Channel.PHONE].isChecked()


def test_the_undo_notice_goes_after_its_time_and_then_ctrl_z_undoes_nothing(
        window, page, sqlite_db, staff, qtbot):
    page.notice.duration_ms = 50  # UNDO_SECONDS in the app; a short time here instead of a sleep
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F2)
    assert page.notice.isVisible()
    qtbot.waitUntil(lambda: not page.notice.isVisible(), timeout=2000)
    keys.press(Qt.Key.Key_Z, CTRL)
    assert tally_counts(sqlite_db, staff, page.desk()) == {"digital.digitalpost": 1}


def test_ctrl_z_still_undoes_typing_when_no_count_can_be_undone(window, page, qtbot):
    keys = Keyboard(qtbot)
    keys.type("mitid")
    keys.press(Qt.Key.Key_Z, CTRL)
    assert page.form.category.text() == ""


def test_tally_keys_come_from_the_local_preferences(make_window, qtbot, staff, _private_data_dir):
    from referral_app.ui.front_desk.drafts import DeskSettings

    DeskSettings(_private_data_dir).set_tally_code("F1", "sprog.tolkning")
    DeskSettings(_private_data_dir).set_tally_code("F2", "findes.ikke")
    window = make_window("da")
    window.set_actor(staff)
    page = window.front_desk_page
    assert page.tallies.buttons[0].text().startswith("F1  Tolkning")
    assert not page.tallies.buttons[1].isEnabled() and "ingen kategori" in page.tallies.buttons[1].text()


# -- a named inquiry ----------------------------------------------------------------------------


def test_named_inquiry_found_with_a_typo_takes_at_most_15_keys(window, page, sqlite_db, staff, qtbot):
    ids = add_residents(sqlite_db, staff)
    form = page.form
    picker = form.resident
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_F, CTRL)  # Find: on the front desk, the resident search
    assert keys.focus() is picker.search
    keys.type("mete")  # "Mette" with a letter missing
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)
    assert picker.model.match_at(0).resident.id == ids["Mette Jensen"]
    keys.press(Qt.Key.Key_Return)
    assert picker.resident is not None and picker.resident.id == ids["Mette Jensen"]
    assert "AAB" in picker.card_details.text() and "Afdeling 52" in picker.card_details.text()
    assert keys.focus() is form.category  # no category yet: that is the next keystroke

    keys.type("skim")
    assert form.category.suggestions_visible()
    assert form.category.model.match_at(0).category.name_da == "Vedligehold og skimmel"
    keys.press(Qt.Key.Key_Return)
    assert form.category.chosen.code == "bolig.vedligehold"
    assert keys.focus() is form.description

    keys.type_free_text("Sort skimmel i badeværelset, har skrevet til viceværten.")
    keys.press(Qt.Key.Key_Return, CTRL)

    print(f"\nnamed inquiry: {keys.presses} key presses besides {keys.free_text} characters of description")
    assert keys.presses <= NAMED_INQUIRY_BUDGET
    [saved] = today(sqlite_db, staff)
    assert saved.resident_id == ids["Mette Jensen"]
    assert saved.category_code == "bolig.vedligehold"
    assert saved.description.startswith("Sort skimmel")
    assert saved.language == "ar"  # taken from the resident's record
    assert saved.channel is Channel.WALK_IN and saved.desk == page.desk()
    # Ready for the next one.
    assert form.category.text() == "" and form.description.toPlainText() == ""
    assert picker.resident is None
    assert keys.focus() is form.category
    assert "Gemt som henvendelse" in form.status.text()


def test_mnemonics_reach_the_resident_search_and_the_description(window, page, qtbot):
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_E, ALT)  # "B&eboer (valgfri):"
    assert keys.focus() is page.form.resident.search
    keys.press(Qt.Key.Key_B, ALT)  # "&Beskrivelse:"
    assert keys.focus() is page.form.description
    keys.press(Qt.Key.Key_K, ALT)  # "&Kategori:"
    assert keys.focus() is page.form.category


def test_type_ahead_finds_keywords_and_esc_closes_the_list_before_it_clears(window, page, qtbot):
    keys = Keyboard(qtbot)
    keys.type("nøgle")  # a keyword of "Vedligehold og skimmel"
    first = page.form.category.model.match_at(0)
    assert first.category.code == "bolig.vedligehold" and first.keyword == "nøgle"
    keys.press(Qt.Key.Key_Escape)
    assert not page.form.category.suggestions_visible()
    assert page.form.category.text() == "nøgle"
    keys.press(Qt.Key.Key_Escape)
    assert page.form.category.text() == ""


def test_down_chooses_another_suggestion(window, page, qtbot):
    keys = Keyboard(qtbot)
    keys.type("digi")
    model = page.form.category.model
    names = [model.match_at(row).category.code for row in range(model.rowCount())]
    assert names[0] == "digital.digitalpost"  # a sub-category says more than its main category
    assert "digital" in names
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    assert page.form.category.chosen.code == names[1]


def test_tab_leaves_the_description_and_esc_never_clears_the_form(window, page, qtbot):
    keys = Keyboard(qtbot)
    keys.type("mitid")
    keys.press(Qt.Key.Key_Tab)  # Tab takes the highlighted suggestion and moves on
    assert page.form.category.chosen.code == "digital.mitid"
    assert keys.focus() is page.form.description
    keys.type_free_text("Glemt kode")
    keys.press(Qt.Key.Key_Tab)
    assert "\t" not in page.form.description.toPlainText()
    assert keys.focus() is page.form.language
    keys.press(Qt.Key.Key_Escape)
    assert page.form.category.chosen.code == "digital.mitid"
    assert page.form.description.toPlainText() == "Glemt kode"


def test_today_list_updates_after_each_save_newest_first(window, page, sqlite_db, staff, qtbot):
    keys = Keyboard(qtbot)
    assert page.today_model.rowCount() == 0
    for word in ("mitid", "lektie"):
        keys.type(word)
        keys.press(Qt.Key.Key_Return)
        keys.press(Qt.Key.Key_Return, CTRL)
    model = page.today_model
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "Lektiehjælp"
    assert model.index(1, 1).data() == "MitID"
    assert model.index(0, 2).data() == "Anonym"
    assert model.index(0, 5).data() == "Åben"
    assert page.today_count.text().startswith("Henvendelser i dag: 2")


def test_saving_without_a_category_says_so_beside_the_field(window, page, sqlite_db, staff, qtbot):
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_B, ALT)
    keys.type_free_text("Noget om noget")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert page.form.category_error.isVisible()
    assert page.form.category_error.text() == "Vælg en kategori."
    assert keys.focus() is page.form.category
    assert page.form.description.toPlainText() == "Noget om noget"
    assert today(sqlite_db, staff) == ()


# -- privacy ---------------------------------------------------------------------------------------


def test_a_cpr_number_is_refused_and_the_rest_of_the_form_survives(window, page, sqlite_db, staff, qtbot):
    ids = add_residents(sqlite_db, staff)
    form = page.form
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F, CTRL)
    keys.type("yusuf")
    qtbot.waitUntil(lambda: form.resident.model.rowCount() > 0)
    keys.press(Qt.Key.Key_Return)
    keys.type("mitid")
    keys.press(Qt.Key.Key_Return)
    text = "Hans CPR er 010190-1234, han kan ikke logge på."
    keys.type_free_text(text)
    keys.press(Qt.Key.Key_3, ALT)  # e-mail
    keys.press(Qt.Key.Key_Return, CTRL)

    assert form.description_error.isVisible()
    assert "CPR-nummer" in form.description_error.text()
    assert keys.focus() is form.description
    assert form.description.textCursor().selectedText() == "010190-1234"
    assert form.description.toPlainText() == text
    assert form.category.chosen.code == "digital.mitid"
    assert form.resident.resident.id == ids["Yusuf Ali"]
    assert page.channel_bar.channel is Channel.EMAIL
    assert today(sqlite_db, staff) == ()
    # Removing the number and saving again works.
    form.description.setPlainText("Han kan ikke logge på.")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert not form.description_error.isVisible()
    assert len(today(sqlite_db, staff)) == 1


def test_a_cpr_number_in_the_resident_search_is_refused_before_it_is_logged(window, page, qtbot):
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F, CTRL)
    keys.type("0101901234")
    keys.press(Qt.Key.Key_Return)
    picker = page.form.resident
    assert picker.search_error.isVisible() and "CPR-nummer" in picker.search_error.text()
    assert picker.search.text() == "0101901234"


def test_masking_shows_initials_in_the_today_list_and_on_the_resident(window, page, sqlite_db, staff, qtbot):
    ids = add_residents(sqlite_db, staff)
    page.form.resident.open_resident(ids["Anne-Marie Sørensen"])
    keys = Keyboard(qtbot)
    keys.type("mitid")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return, CTRL)
    page.form.resident.open_resident(ids["Anne-Marie Sørensen"])
    resident_cell = page.today_model.index(0, 2)
    assert resident_cell.data() == "Anne-Marie Sørensen"
    assert page.form.resident.card_name.text() == "Anne-Marie Sørensen"

    keys.press(Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)  # hide names

    assert window.names_masked
    assert resident_cell.data() == "A.-M. S."
    assert page.form.resident.card_name.text() == "A.-M. S."
    keys.press(Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert resident_cell.data() == "Anne-Marie Sørensen"


# -- residents ---------------------------------------------------------------------------------------


def drive_dialog(qtbot, steps, seen: dict) -> None:
    """Run ``steps(dialog)`` once the modal dialog is up (exec() blocks the test).
    A failing step closes the dialog, so the test reports it instead of hanging."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or focus is None or focus.window() is not dialog:  # not up and active yet
            QTimer.singleShot(20, run)
            return
        try:
            steps(dialog)
        except BaseException as exc:  # noqa: B036 - handed to the test below
            seen["failed"] = exc
        finally:
            seen["done"] = True
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def test_creating_a_resident_whose_phone_exists_offers_the_existing_one(window, page, sqlite_db, staff, qtbot):
    ids = add_residents(sqlite_db, staff)
    seen = {}

    def steps(dialog) -> None:
        keys = Keyboard(qtbot)
        assert keys.focus() is dialog.name
        keys.type("M. Jensen")
        keys.press(Qt.Key.Key_Tab)
        assert keys.focus() is dialog.phone
        keys.type("20123456")
        keys.press(Qt.Key.Key_Return)  # create: the duplicate check comes first
        seen["warning"] = dialog.duplicates.isVisible()
        seen["text"] = dialog.duplicate_list.item(0).text()
        seen["focus"] = keys.focus() is dialog.duplicate_list
        keys.press(Qt.Key.Key_Return)  # use the existing one

    drive_dialog(qtbot, steps, seen)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_N, ALT)  # "&Ny beboer…" (a mnemonic clicks a moment later)
    qtbot.waitUntil(lambda: "done" in seen)
    assert "failed" not in seen, seen.get("failed")
    assert seen["warning"] and seen["focus"]
    assert "Mette Jensen" in seen["text"] and "Samme telefonnummer" in seen["text"]
    assert page.form.resident.resident.id == ids["Mette Jensen"]
    with sqlite_db.begin() as session:
        assert len(resident_service.search(session, staff, "20 12 34 56")) == 1  # nobody new


def test_creating_a_new_resident_shows_the_housing_organization(window, page, sqlite_db, staff, qtbot):
    seen = {}

    def steps(dialog) -> None:
        keys = Keyboard(qtbot)
        keys.type("Fatima Hassan")
        keys.press(Qt.Key.Key_A, ALT)  # "&Adresse:"
        keys.type("Høje Gladsaxe 12, 2. th")
        dialog.resolve_address()  # what the pause after typing does
        seen["housing"] = dialog.housing.text()
        keys.press(Qt.Key.Key_F, ALT)  # "&Fødselsår:"
        keys.type("2099")
        keys.press(Qt.Key.Key_Return)
        seen["error"] = dialog.errors.text("birth_year")
        keys.press(Qt.Key.Key_A, CTRL)  # the focus is on the refused year
        keys.type("1975")
        keys.press(Qt.Key.Key_Return)

    drive_dialog(qtbot, steps, seen)
    page.form.resident.search.setFocus()
    qtbot.keyClicks(page.form.resident.search, "Fatima")  # typed text goes to the new name
    qtbot.keyClick(page.form.resident.search, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: "done" in seen)
    assert "failed" not in seen, seen.get("failed")
    assert seen["housing"] == "AAB afdeling 52 Høje Gladsaxe · Afdeling 52"
    assert seen["error"] == "Fødselsåret 2099 ligger i fremtiden."
    resident = page.form.resident.resident
    assert resident is not None and resident.full_name == "Fatima Hassan" and resident.birth_year == 1975
    assert resident.department == "Afdeling 52"
    assert window.focusWidget() is page.form.category  # where the keyboard is once the window is active again


# -- drafts -------------------------------------------------------------------------------------------


def fill_form(page, qtbot) -> None:
    keys = Keyboard(qtbot)
    keys.type("husleje")
    keys.press(Qt.Key.Key_Return)
    keys.type_free_text("Restance, har fået brev.")
    keys.press(Qt.Key.Key_2, ALT)


def test_closing_keeps_the_unsaved_form_as_a_draft_for_the_same_person(
        window, page, make_window, sqlite_db, staff, qtbot, _private_data_dir):
    ids = add_residents(sqlite_db, staff)
    page.form.resident.open_resident(ids["Søren Hansen"])
    fill_form(page, qtbot)
    window.lock()
    window.close()  # closing from the lock screen
    [draft_file] = list(_private_data_dir.glob("front-desk-draft-*.json"))
    stored = draft_file.read_text(encoding="utf-8")
    assert "Restance" in stored and "Søren" not in stored  # the resident as a number only
    assert draft_file.stat().st_mode & 0o077 == 0

    again = make_window("da")
    again.show()
    again.set_actor(staff)
    form = again.front_desk_page.form
    assert form.category.chosen.code == "bolig.husleje"
    assert form.description.toPlainText() == "Restance, har fået brev."
    assert form.resident.resident.id == ids["Søren Hansen"]
    assert again.front_desk_page.channel_bar.channel is Channel.PHONE
    assert not draft_file.exists()  # restored once, then gone


def test_a_draft_is_not_shown_to_someone_else(window, page, make_window, sqlite_db, staff, qtbot,
                                              _private_data_dir):
    fill_form(page, qtbot)
    window.close()
    with sqlite_db.begin() as session:
        other = make_staff(session, Role.FRONT_DESK, "bo")
    again = make_window("da")
    again.set_actor(other)
    assert again.front_desk_page.form.description.toPlainText() == ""
    assert list(_private_data_dir.glob("front-desk-draft-*.json"))  # kept for its owner


def test_another_person_at_the_lock_screen_does_not_see_the_form(window, page, sqlite_db, qtbot,
                                                                 _private_data_dir):
    fill_form(page, qtbot)
    with sqlite_db.begin() as session:
        other = make_staff(session, Role.FRONT_DESK, "bo")
    window.lock()
    window.lock_screen.unlocked.emit(other)  # what a successful log-in as someone else does
    assert page.form.description.toPlainText() == ""
    assert list(_private_data_dir.glob("front-desk-draft-*.json"))


def test_an_empty_form_leaves_no_draft(window, _private_data_dir):
    window.close()
    assert not list(_private_data_dir.glob("front-desk-draft-*.json"))
