"""Switching the language in the running app reaches every page, tab, table
header and tooltip at once: nothing stays in the old language."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.services import directory, intake, referrals
from tests.services.staff import make_staff
from tests.ui.test_translations import catalogue, plain, untranslated


def all_texts(window) -> list[str]:
    """Every text a user could see or hear on any page and tab, shown or not."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        texts += [widget.accessibleName(), widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for orientation in (Qt.Orientation.Horizontal,):
                try:
                    columns = model.columnCount(QModelIndex())
                except TypeError:  # a list model (a completer's) has no public column count and no header
                    columns = 0
                for column in range(columns):
                    value = model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole)
                    texts.append(value if isinstance(value, str) else "")
                    tip = model.headerData(column, orientation, Qt.ItemDataRole.ToolTipRole)
                    texts.append(tip if isinstance(tip, str) else "")
                    for row in range(min(model.rowCount(QModelIndex()), 5)):  # what the rows say, too
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                            cell = model.index(row, column, QModelIndex()).data(role)
                            texts.append(cell if isinstance(cell, str) else "")
        for action in QWidget.actions(widget):
            texts += [action.text(), action.toolTip()]
    texts += [action.text() for action in window.menuBar().actions()]
    return [plain(t) for t in texts if isinstance(t, str) and t and plain(t)]


def visit_every_page(window, qtbot) -> None:
    QApplication.processEvents()  # Qt posts LanguageChange to every window
    for index in range(len(window.pages)):
        window.show_page(index)
    tabs = window.admin_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)


def test_switching_to_english_leaves_no_danish(make_window, qtbot, sqlite_db):
    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    window = make_window("da")
    window.set_actor(admin)
    visit_every_page(window, qtbot)
    window.choose_language("en")
    visit_every_page(window, qtbot)
    danish_to_english = {danish: source for source, danish in catalogue().items()}
    found = untranslated(all_texts(window), danish_to_english, set(danish_to_english.values()))
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def test_switching_to_danish_leaves_no_english(make_window, qtbot, sqlite_db):
    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
    window = make_window("en")
    window.set_actor(admin)
    visit_every_page(window, qtbot)
    window.choose_language("da")
    visit_every_page(window, qtbot)
    english_to_danish = catalogue()
    found = untranslated(all_texts(window), english_to_danish, set(english_to_danish.values()))
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def test_a_coordinators_pages_with_rows_switch_to_english(make_window, qtbot, sqlite_db):
    """Today's list, the queue and their cells (channels, statuses, follow-up words) follow the switch."""
    with sqlite_db.begin() as s:
        coordinator = make_staff(s, Role.COORDINATOR, "carl")
        inquiry = intake.log_inquiry(s, coordinator, InquiryDraft(category_code="bolig.vedligehold",
                                                                  description="Skimmel", desk="Skranke"))
        service = next(sv.id for org in directory.list_directory(s, active_only=True) for sv in org.services)
        referrals.create(s, coordinator, inquiry.id, service)
    window = make_window("da")
    window.set_actor(coordinator)
    visit_every_page(window, qtbot)
    assert window.front_desk_page.today_model.rowCount() == 1 and window.referral_page.model.rowCount() == 1
    window.choose_language("en")
    visit_every_page(window, qtbot)
    danish_to_english = {danish: source for source, danish in catalogue().items()}
    found = untranslated(all_texts(window), danish_to_english, set(danish_to_english.values()))
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def test_numbers_dates_and_the_reports_follow_the_switch(make_window, qtbot, sqlite_db):
    from datetime import date

    from referral_app import translation

    with sqlite_db.begin() as s:
        coordinator = make_staff(s, Role.COORDINATOR, "carl")
    window = make_window("da")
    window.set_actor(coordinator)
    reports = window.reports_page
    assert translation.format_number(2000) == "2.000" and translation.format_date(date(2026, 11, 27)) == "27.11.2026"
    assert reports.case_form.language.currentData() == "da" and reports.stats_form.language.currentData() == "da"
    window.choose_language("en")
    assert translation.format_number(2000) == "2,000"  # not "2.000" in the English UI
    assert translation.format_date(date(2026, 11, 27)) == "27/11/2026"
    assert reports.case_form.language.currentData() == "en" and reports.stats_form.language.currentData() == "en"
    window.choose_language("da")
    assert reports.stats_form.language.currentData() == "da"
