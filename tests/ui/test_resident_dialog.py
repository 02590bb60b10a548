"""The resident's page: consent recorded, withdrawn and printed; the access report exported."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.residents import ResidentDraft
from referral_app.services import residents
from referral_app.ui.resident import dialog as rd
from tests.services.staff import make_staff
from tests.ui.fakes import FakeDialogService


def _open(qtbot, sqlite_db, dialogs):
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        created = residents.create(s, front, ResidentDraft(full_name="Bente Holm", phone="22334455"))
        resident = residents.get(s, front, created.id, "Henvendelse i skranken")
    dialog = rd.ResidentDialog(sqlite_db, dialogs, lambda: front, resident)
    qtbot.addWidget(dialog)
    return dialog


def test_record_and_withdraw_hand_over_consent(qtbot, sqlite_db, monkeypatch, qtmodeltester) -> None:
    dialog = _open(qtbot, sqlite_db, FakeDialogService())

    def choose(consent_dialog: rd.RecordConsentDialog) -> int:
        consent_dialog.purpose.setCurrentIndex(1)  # hand-over
        consent_dialog.organization.setFocus()
        consent_dialog.organization.lineEdit().selectAll()
        qtbot.keyClicks(consent_dialog.organization.lineEdit(), "Gladsaxe Kommune")
        qtbot.keyClick(consent_dialog.organization.lineEdit(), Qt.Key.Key_Return)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(rd.RecordConsentDialog, "exec", choose)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 1)) == "Gladsaxe Kommune"
    qtmodeltester.check(dialog.model)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert dialog.model.data(dialog.model.index(0, 3)).startswith("Withdrawn")
    with sqlite_db.begin() as s:
        row = s.scalars(select(m.Consent)).one()
    assert row.withdrawn_at is not None and row.purpose == "hand_over"


def test_access_report_and_consent_form_are_saved(qtbot, sqlite_db, tmp_path: Path) -> None:
    dialogs = FakeDialogService(file_to_save=tmp_path / "indsigt.json")
    dialog = _open(qtbot, sqlite_db, dialogs)
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    data = json.loads((tmp_path / "indsigt.json").read_text(encoding="utf-8"))
    assert data["resident"]["name"] == "Bente Holm"
    assert [x["purpose"] for x in data["lookups"] if x["action"] == "view"] == ["Henvendelse i skranken"]
    dialogs.file_to_save = tmp_path / "samtykke.pdf"
    qtbot.mouseClick(dialog.save_form_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "samtykke.pdf").read_bytes().startswith(b"%PDF")
    assert dialogs.kinds().count("information") == 2


def test_withdraw_without_a_choice_says_so(qtbot, sqlite_db) -> None:
    dialogs = FakeDialogService()
    dialog = _open(qtbot, sqlite_db, dialogs)
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["information"]


def test_front_desk_opens_the_residents_page(qtbot, sqlite_db, monkeypatch) -> None:
    from referral_app.ui.front_desk.page import FrontDeskPage
    from referral_app.ui.signals import SignalHub

    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        created = residents.create(s, front, ResidentDraft(full_name="Bente Holm", phone="22334455"))
    opened: list[object] = []
    monkeypatch.setattr(rd.ResidentDialog, "exec", lambda self: opened.append(self.resident) or 0)
    page = FrontDeskPage(sqlite_db, SignalHub(), FakeDialogService(), "en")
    qtbot.addWidget(page)
    page.set_actor(front)
    page.show()
    assert page.form.resident.open_resident(created.id) is not None
    assert page.form.resident.page_button.isVisibleTo(page)
    qtbot.mouseClick(page.form.resident.page_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in opened] == [created.id]


def test_print_consent_form_prints_through_the_print_dialog(qtbot, sqlite_db) -> None:
    """"Udskriv samtykkeerklæring…" prints (the print hook gets the form), saves nothing,
    and the audit trail has the print."""
    printed: list[tuple[int, str]] = []

    def printer(document, title, parent, before_print) -> bool:
        before_print()
        printed.append((document.pageCount(), title))
        return True

    dialogs = FakeDialogService()
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        created = residents.create(s, front, ResidentDraft(full_name="Bente Holm", phone="22334455"))
        resident = residents.get(s, front, created.id, "Henvendelse i skranken")
    dialog = rd.ResidentDialog(sqlite_db, dialogs, lambda: front, resident, printer=printer)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.form_button, Qt.MouseButton.LeftButton)
    assert printed and printed[0][0] >= 1 and str(resident.id) in printed[0][1]
    assert "save_file" not in dialogs.kinds() and dialogs.kinds() == []
    with sqlite_db.begin() as s:
        entries = s.scalars(select(m.AuditEvent).where(m.AuditEvent.entity == "consent_form")).all()
    assert [e.action for e in entries] == ["print"]


def test_a_printer_failure_is_said_and_nothing_is_lost(qtbot, sqlite_db) -> None:
    from referral_app.ui.reports.printing import PrintError

    def printer(document, title, parent, before_print) -> bool:
        raise PrintError("No printer is set up on this computer.")

    dialogs = FakeDialogService()
    with sqlite_db.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        created = residents.create(s, front, ResidentDraft(full_name="Bente Holm", phone="22334455"))
        resident = residents.get(s, front, created.id, "Henvendelse i skranken")
    dialog = rd.ResidentDialog(sqlite_db, dialogs, lambda: front, resident, printer=printer)
    qtbot.addWidget(dialog)
    assert dialog.print_form() is False
    assert dialogs.shown[-1].kind == "warning" and "No printer" in dialogs.shown[-1].informative
