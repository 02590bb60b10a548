"""The slip's language in the window, from the keyboard: on the Reports page
(the resident's recorded language by default, any other on request) and on
Ctrl+Shift+P, where a small dialog offers the recorded language; the preview
shows the slip in the language chosen."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from sqlalchemy import select

from referral_app import translation
from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.reports.slip_catalogue import load_catalogue
from referral_app.services import intake, referrals, residents
from referral_app.ui.reports.page import ReportsPage
from referral_app.ui.reports.slip_language import SlipLanguageDialog
from referral_app.ui.signals import SignalHub
from tests.reports.pdf_text import has_rtl, logical_order, visual_lines
from tests.services.staff import make_staff
from tests.ui.test_reports_page import FakePrinter


@pytest.fixture
def desk(sqlite_db):
    """A front-desk user and two referrals to the surplus food: one for a resident who
    reads Arabic, one from an anonymous inquiry."""
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida", "Frida Ærø")
        food = s.scalar(select(m.Service.id).join(m.Organization).where(
            m.Organization.key == "vores-hg", m.Service.key == "overskudsmad"))
        resident = residents.create(s, front, ResidentDraft(full_name="Amal Testesen", preferred_language="ar"))
        named = intake.log_inquiry(s, front, InquiryDraft(category_code="faellesskab.overskudsmad",
                                                          resident_id=resident.id))
        anonymous = intake.log_inquiry(s, front, InquiryDraft(category_code="faellesskab.overskudsmad"))
        arabic = referrals.create(s, front, named.id, food).id
        danish = referrals.create(s, front, anonymous.id, food).id
    return front, arabic, danish


@pytest.fixture
def page(qtbot, qapp, sqlite_db, fake_dialogs, desk):
    assert translation.install(qapp, "en")
    hub = SignalHub()
    printer = FakePrinter()
    made = ReportsPage(sqlite_db, hub, fake_dialogs, lambda: desk[0], "en", printer=printer)
    made.hub, made.fake_printer = hub, printer  # type: ignore[attr-defined]
    made.addAction(made.slip_action)  # as the main window does through its File menu
    qtbot.addWidget(made)
    made.apply_role()
    made.resize(1100, 760)
    made.show()
    qtbot.waitExposed(made)
    return made


def _preview_text(page: ReportsPage) -> str:
    assert page.document.pageCount() == 1
    return " ".join(page.document.getAllText(0).text().split())


def _rtl_text(report, tmp_path: Path) -> str:
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(report.pdf)
    return " ".join(unicodedata.normalize("NFKC", logical_order(line)) for line in visual_lines(pdf) if has_rtl(line))


def _type_referral(qtbot, page: ReportsPage, referral_id: int) -> None:
    box = page.slip_form.referral
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(referral_id))
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert page.slip_form.language.hasFocus()


def test_the_reports_page_prints_the_slip_in_the_residents_language_by_default(page, desk, qtbot,
                                                                                tmp_path) -> None:
    _front, arabic, _danish = desk
    _type_referral(qtbot, page, arabic)
    combo = page.slip_form.language
    assert combo.currentData() is None and combo.currentText() == "The resident's language (as recorded)"
    with qtbot.waitSignal(page.report_ready, timeout=60_000) as ready:
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert load_catalogue("ar").texts["slip_title"] in _rtl_text(ready.args[0], tmp_path)
    assert "Her kan du få hjælp" in _preview_text(page)


def test_another_language_is_chosen_by_typing_its_name(page, desk, qtbot) -> None:
    _front, arabic, _danish = desk
    _type_referral(qtbot, page, arabic)
    combo = page.slip_form.language
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "da", "ar", "so", "tr", "ur", "fa", "uk",
                                                                 "pl", "en"]
    qtbot.keyClicks(combo, "Polish")
    assert combo.currentData() == "pl"
    with qtbot.waitSignal(page.report_ready, timeout=60_000):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    shown = _preview_text(page)
    assert load_catalogue("pl").texts["slip_title"] in shown and "Her kan du få hjælp" in shown


def _when_dialog_opens(qtbot, act: Callable[[SlipLanguageDialog], None]) -> list[str]:
    """Run ``act`` on the language dialog once it is open (it is modal); returns what it saw."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SlipLanguageDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.language.currentData())
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def test_ctrl_shift_p_offers_the_recorded_language_and_prints_the_one_chosen(page, desk, qtbot,
                                                                             tmp_path) -> None:
    _front, arabic, danish = desk
    page.hub.referral_changed.emit(arabic)

    def pick_urdu(dialog: SlipLanguageDialog) -> None:
        combo = dialog.findChild(QComboBox, "slipLanguageChoice")
        assert dialog.focusWidget() is combo, (dialog.focusWidget(), combo)  # typing reaches the languages
        qtbot.keyClicks(combo, "Urdu")
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    seen = _when_dialog_opens(qtbot, pick_urdu)
    with qtbot.waitSignal(page.printed, timeout=60_000):
        qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["ar"]  # the resident's recorded language, chosen already
    assert page.fake_printer.calls == [(1, f"slip-FI-{arabic:06d}")]
    assert page.slip_form.language.currentData() == "ur"
    assert load_catalogue("ur").texts["slip_title"] in _rtl_text(page.report, tmp_path)
    assert "Her kan du få hjælp" in _preview_text(page)

    # An anonymous inquiry has no recorded language: Danish is offered; Esc prints nothing.
    page.hub.referral_changed.emit(danish)
    assert page.slip_form.language.currentData() is None  # a new referral: the resident's language again
    seen = _when_dialog_opens(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    with qtbot.assertNotEmitted(page.printed):
        page.slip_action.trigger()
    assert seen == ["da"] and len(page.fake_printer.calls) == 1 and not page.is_busy()
