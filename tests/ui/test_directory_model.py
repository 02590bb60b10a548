"""The directory tree model follows Qt's model rules (pytest-qt's modeltester)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from referral_app.domain.enums import ServiceStatus
from referral_app.services import directory as directory_service
from referral_app.ui.directory.model import (
    COL_CATEGORIES,
    COL_NAME,
    COL_STATUS,
    SERVICE_ROLE,
    DirectoryModel,
)


def load(sqlite_db, query: str = ""):
    with sqlite_db.begin() as session:
        return directory_service.list_directory(session, query)


def test_model_passes_the_model_tester(qtmodeltester, sqlite_db):
    model = DirectoryModel()
    model.set_organizations(load(sqlite_db))
    qtmodeltester.check(model)


def test_model_passes_the_model_tester_while_rows_change(qtmodeltester, sqlite_db):
    model = DirectoryModel()
    qtmodeltester.check(model)  # empty
    model.set_organizations(load(sqlite_db))
    model.set_organizations(load(sqlite_db, "lektie"))
    model.set_organizations(())
    model.set_organizations(load(sqlite_db))
    model.set_language("en")
    qtmodeltester.check(model)


def test_two_levels_with_services_under_their_organization(sqlite_db):
    organizations = load(sqlite_db)
    model = DirectoryModel()
    model.set_organizations(organizations)
    assert model.rowCount() == len(organizations)
    assert model.columnCount() == 3
    for org_row, org in enumerate(organizations):
        parent = model.index(org_row, COL_NAME)
        assert parent.data() == org.name
        assert model.rowCount(parent) == len(org.services)
        for row, service in enumerate(org.services):
            index = model.index(row, COL_NAME, parent)
            assert index.data(SERVICE_ROLE) == service
            assert model.parent(index) == parent
            assert model.rowCount(index) == 0
            assert model.service_at(index) == service
            assert model.organization_at(index) == org
    assert not model.parent(model.index(0, 0)).isValid()
    assert model.service_at(QModelIndex()) is None


def test_status_is_a_word_and_categories_follow_the_language(sqlite_db):
    organizations = load(sqlite_db)
    model = DirectoryModel()
    model.set_organizations(organizations)
    org = next(o for o in organizations if o.services)
    parent = model.index(organizations.index(org), 0)
    service = org.services[0]
    assert model.index(0, COL_STATUS, parent).data() == {
        ServiceStatus.ACTIVE: "Active",
        ServiceStatus.INACTIVE: "Inactive",
        ServiceStatus.DEFUNCT: "Closed down",
        ServiceStatus.TEMPORARILY_CLOSED: "Temporarily closed",
    }[service.status]
    model.set_language("en")
    assert model.index(0, COL_CATEGORIES, parent).data() == ", ".join(c.name_en for c in service.categories)
    model.set_language("da")
    assert model.index(0, COL_CATEGORIES, parent).data() == ", ".join(c.name_da for c in service.categories)


def test_headers_one_reset_per_new_result(qtbot, sqlite_db):
    model = DirectoryModel()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Name", "Status", "Categories"]
    with qtbot.waitSignal(model.modelReset):
        model.set_organizations(load(sqlite_db))
    assert model.index_of_service(model.organizations[0].services[0].id).isValid()
    assert not model.index_of_service(-1).isValid()
