"""Help → About, opened from the keyboard: the version, the database in use
without its password, the data folder and the licences of what ships."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from referral_app import __version__
from referral_app.ui.help.about import AboutDialog, AboutInfo


def _read_and_close(qtbot, seen: dict[str, object]) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, AboutDialog):
        QTimer.singleShot(20, lambda: _read_and_close(qtbot, seen))
        return
    seen["title"] = dialog.windowTitle()
    seen["heading"] = dialog.heading.text()
    seen["database"] = dialog.database.text()
    seen["folder"] = dialog.data_folder.text()
    seen["licences"] = dialog.licences.toPlainText()
    seen["icon"] = not dialog.icon.pixmap().isNull()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_about_from_the_help_menu_in_danish(qtbot, make_window, _private_data_dir) -> None:
    window = make_window("da")
    window.show()
    qtbot.waitExposed(window)
    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _read_and_close(qtbot, seen))
    # The Hjælp menu is opened (as Alt+H does on a desktop; the offscreen
    # platform has no Alt navigation), then O picks "&Om Fælles Indgang".
    assert window.help_menu.title() == "&Hjælp"
    window.menuBar().setActiveAction(window.help_menu.menuAction())
    qtbot.waitUntil(lambda: window.help_menu.isVisible())
    qtbot.keyClick(window.help_menu, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: "licences" in seen)
    assert seen["title"] == "Om Fælles Indgang"
    assert __version__ in str(seen["heading"])
    assert seen["database"] == window.db.display_url
    assert seen["folder"] == str(_private_data_dir)
    licences = str(seen["licences"])
    for name in ("PySide6", "LGPL-3.0", "SQLAlchemy", "ReportLab", "DejaVu Sans", "Bitstream Vera"):
        assert name in licences
    assert seen["icon"]


def test_a_shared_database_is_named_without_its_password(qtbot, tmp_path) -> None:
    from referral_app.services.database import Database

    db = Database("postgresql://clerk:s3cret@dbserver/faelles")  # the engine connects only when used
    try:
        dialog = AboutDialog(AboutInfo(__version__, db.display_url, tmp_path))
        qtbot.addWidget(dialog)
        assert "s3cret" not in dialog.database.text()
        assert "clerk" in dialog.database.text() and "dbserver/faelles" in dialog.database.text()
    finally:
        db.dispose()


def test_the_app_icon_has_every_size_windows_needs(qapp) -> None:
    from referral_app.app import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
