"""Indstillinger in the window: the desk's name, the F1-F12 keys with a
preview, names hidden by default, desktop reminders and the idle lock, all
applied at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from referral_app.domain.enums import Role
from referral_app.services import settings as settings_service
from referral_app.ui.desk_settings.dialog import SettingsDialog
from referral_app.ui.front_desk.drafts import DEFAULT_DESK, DeskSettings
from tests.services.staff import make_staff
from tests.ui.test_referral_queue import on_dialog


def _save(dialog: SettingsDialog, qtbot) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_desk_is_not_named_after_the_computer(tmp_path):
    settings = DeskSettings(tmp_path)
    assert settings.desk() == DEFAULT_DESK == "Skranke" and not settings.is_named()


def test_front_desk_staff_name_the_desk_and_choose_a_key_and_it_applies_at_once(make_window, qtbot, sqlite_db,
                                                                               _private_data_dir):
    with sqlite_db.begin() as s:
        frida = make_staff(s, Role.FRONT_DESK, "frida")
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(frida)
    page = window.front_desk_page
    assert "skranke Skranke" in page.today_count.text()
    assert page.today_count.text().endswith("(uden navn)")  # not named yet: the tooltip says where to
    assert "giv skranken et navn under Indstillinger" in page.today_count.toolTip()

    def fill(dialog: SettingsDialog) -> None:
        assert dialog.windowTitle() == "Indstillinger"
        assert dialog.desk_name.text() == ""  # never named: the field asks for a name
        assert not dialog.idle_lock.isEnabled()  # shared by every desk: an administrator's
        _save(dialog, qtbot)  # no name: refused, with the reason
        assert dialog.isVisible() and dialog.name_error.text() == "Giv skranken et navn, f.eks. Skranke 1."
        qtbot.keyClicks(dialog.desk_name, "Skranke 2")
        f1 = dialog.key_combos[0]
        f1.setFocus()
        f1.setCurrentIndex(f1.findData("sprog.tolkning"))
        assert dialog.preview[0].text() == "F1  Tolkning"
        f12 = dialog.key_combos[11]
        f12.setFocus()
        qtbot.keyClick(f12, Qt.Key.Key_Home)  # the first choice: no category
        assert dialog.preview[11].text() == "F12  (ingen kategori)"
        qtbot.keyClick(dialog.names_hidden, Qt.Key.Key_Space)
        _save(dialog, qtbot)

    seen = on_dialog(qtbot, fill)
    assert window.open_settings()
    assert seen
    assert page.desk() == "Skranke 2" and page.today_count.text().endswith("skranke Skranke 2")
    assert page.tallies.buttons[0].text().startswith("F1  Tolkning")
    assert not page.tallies.buttons[11].isEnabled()
    assert window.names_masked and window.mask_action.isChecked()
    stored = DeskSettings(_private_data_dir)
    assert stored.desk() == "Skranke 2" and stored.tally_codes()[0] == "sprog.tolkning"
    assert stored.tally_codes()[11] == ""
    assert window.preferences.names_hidden


def test_names_hidden_by_default_apply_when_someone_signs_in(make_window, qtbot, sqlite_db):
    with sqlite_db.begin() as s:
        frida = make_staff(s, Role.FRONT_DESK, "frida")
    window = make_window("da")
    window.preferences.names_hidden = True
    window.set_actor(frida)
    assert window.names_masked


def test_an_administrator_changes_the_idle_lock_from_the_settings(make_window, qtbot, sqlite_db):
    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    window = make_window("en")
    window.set_actor(admin)

    def fill(dialog: SettingsDialog) -> None:
        assert dialog.idle_lock.isEnabled()
        qtbot.keyClicks(dialog.desk_name, "Library desk")
        dialog.idle_lock.setFocus()
        dialog.idle_lock.selectAll()
        qtbot.keyClicks(dialog.idle_lock, "3")
        qtbot.keyClick(dialog.desktop_notifications, Qt.Key.Key_Space)
        _save(dialog, qtbot)

    on_dialog(qtbot, fill)
    assert window.open_settings()
    assert window.idle.timeout_ms == 3 * 60_000
    with sqlite_db.begin() as s:
        assert settings_service.load_settings(s).idle_lock_minutes == 3
    assert window.preferences.desktop_notifications is False


def test_cancel_changes_nothing(make_window, qtbot, sqlite_db, _private_data_dir):
    with sqlite_db.begin() as s:
        frida = make_staff(s, Role.FRONT_DESK, "frida")
    window = make_window("da")
    window.set_actor(frida)

    def cancel(dialog: SettingsDialog) -> None:
        qtbot.keyClicks(dialog.desk_name, "Noget andet")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(qtbot, cancel)
    assert not window.open_settings()
    assert not DeskSettings(_private_data_dir).is_named()


def test_ctrl_comma_opens_the_settings_from_the_settings_menu(make_window, qtbot, sqlite_db):
    with sqlite_db.begin() as s:
        frida = make_staff(s, Role.FRONT_DESK, "frida")
    window = make_window("da")
    window.show()
    window.activateWindow()
    window.set_actor(frida)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.desk_settings_action in window.settings_menu.actions()
    assert window.desk_settings_action.text() == "Denne &skranke…"
    seen = on_dialog(qtbot, lambda dialog: dialog.reject())
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen and isinstance(seen[0], SettingsDialog)


def test_screenshot_of_the_settings(make_window, qtbot, sqlite_db, tmp_path):
    """Looked at by eye (docs/screenshot-settings.png is made the same way)."""
    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    window = make_window("da")
    window.set_actor(admin)

    def look(dialog: SettingsDialog) -> None:
        qtbot.keyClicks(dialog.desk_name, "Skranke 1")
        dialog.adjustSize()
        assert dialog.grab().save(str(tmp_path / "settings.png"))
        dialog.reject()

    on_dialog(qtbot, look)
    window.open_settings()
    assert (tmp_path / "settings.png").stat().st_size > 1000
