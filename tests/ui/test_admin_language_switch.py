"""A language switch makes the administration tabs anew in the new language;
what an administrator had typed and chosen there (the audit log's filter and
its entries, the resident found for erasure) is still there afterwards."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from referral_app.domain.audit import ACTION_LABELS, AuditAction
from referral_app.domain.enums import Role
from referral_app.domain.residents import ResidentDraft
from referral_app.services import audit, residents
from referral_app.ui.main_window import PAGE_ADMIN
from tests.services.staff import make_staff


def test_typed_filters_survive_a_language_switch(qtbot, sqlite_db, make_window) -> None:
    with sqlite_db.begin() as s:
        admin = make_staff(s, Role.ADMIN, "anne")
        front = make_staff(s, Role.FRONT_DESK, "frida")
        rid = residents.create(s, front, ResidentDraft(full_name="Bente Holm", phone="22334455")).id
        audit.record(s, front, AuditAction.VIEW, entity="resident", entity_id=rid, resident_id=rid,
                     purpose="Henvisning")
        audit.record(s, front, AuditAction.SEARCH, entity="resident", detail="terms='jensen'")
    window = make_window("da")
    window.set_actor(admin)
    window.show_page(PAGE_ADMIN)
    admin_page = window.admin_page
    log = admin_page.audit_page
    admin_page.tabs.setCurrentWidget(log)
    log.start.setDate(QDate.currentDate().addDays(-7))
    qtbot.keyClicks(log.user, "frida")
    log.action.setCurrentIndex(log.action.findData(AuditAction.VIEW.value))
    assert log.action.currentText() != ACTION_LABELS[AuditAction.VIEW]  # shown in Danish
    qtbot.keyClicks(log.resident.search, "bente holm")
    qtbot.keyClick(log.resident.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not log.resident.searching)
    qtbot.keyClick(log.apply_button, Qt.Key.Key_Space)
    assert log.model.rowCount() == 1
    erasure = admin_page.erasure_page
    qtbot.keyClicks(erasure.number, "bente")
    qtbot.keyClick(erasure.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not erasure.finder.searching)
    assert erasure.finder.resident_id() == rid

    window.language_actions["en"].trigger()

    log, erasure = window.admin_page.audit_page, window.admin_page.erasure_page
    assert window.admin_page.tabs.currentWidget() is log
    assert log.start.date() == QDate.currentDate().addDays(-7)
    assert log.user.text() == "frida" and log.action.currentData() == AuditAction.VIEW.value
    assert log.action.currentText() == ACTION_LABELS[AuditAction.VIEW]  # in the new language
    assert log.resident.search.text() == "bente holm" and log.resident.resident_id() == rid
    assert log.resident.results.currentText() == f"Bente Holm (no. {rid})"
    assert log.model.rowCount() == 1  # the entries it showed, shown again
    assert erasure.number.text() == "bente" and erasure.finder.resident_id() == rid
    assert "Bente Holm" in erasure.summary.text()
