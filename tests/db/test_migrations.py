"""The migrations build the schema the models describe, both ways, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from referral_app.db import migrate
from referral_app.db.engine import Database
from referral_app.db.models import Base
from referral_app.db.search_tables import include_name


def test_schema_head_constant_matches_alembic(empty_sqlite_url: str) -> None:
    from alembic.script import ScriptDirectory

    db = Database(empty_sqlite_url)
    script = ScriptDirectory.from_config(migrate.alembic_config(db))
    assert script.get_current_head() == migrate.SCHEMA_HEAD


def test_upgrade_from_empty_then_downgrade_to_base(empty_db_url: str) -> None:
    db = Database(empty_db_url)
    assert migrate.current_revision(db) is None
    result = migrate.upgrade(db)
    assert result.changed and result.after == migrate.SCHEMA_HEAD
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert migrate.upgrade(db).changed is False  # a second run is a no-op
    migrate.downgrade(db, "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    db.dispose()


def test_models_and_migrations_agree(empty_db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = Database(empty_db_url)
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True,
                                                                 "include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    db.dispose()
    assert diff == []


@pytest.mark.parametrize("table", ["resident", "inquiry", "staff_user", "audit_event"])
def test_no_cpr_column_anywhere(table: str) -> None:
    columns = {c.name.lower() for c in Base.metadata.tables[table].columns}
    assert not {"cpr", "cpr_number", "cprnr", "personnummer"} & columns


def test_0003_backfills_inquiry_snapshots(empty_db_url: str) -> None:
    from sqlalchemy import text

    db = Database(empty_db_url)
    from alembic import command

    config = migrate.alembic_config(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002_audit_append_only")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO organization (id, key, name, kind, created_at, updated_at) "
                          "VALUES (1, 'fsb', 'fsb', 'housing', '2024-01-01', '2024-01-01')"))
        conn.execute(text("INSERT INTO resident (id, full_name, birth_year, housing_organization_id, "
                          "interpreter_needed, last_activity_at, is_demo, created_at, updated_at) "
                          "VALUES (1, 'A B', 1990, 1, false, '2024-01-01', false, '2024-01-01', '2024-01-01')"))
        conn.execute(text("INSERT INTO inquiry (id, received_at, channel, description, interpreter_needed, urgency, "
                          "status, resident_id, is_demo, created_at, updated_at) VALUES (1, '2024-05-01 10:00:00', "
                          "'walk_in', '', false, 'normal', 'open', 1, false, '2024-05-01', '2024-05-01')"))
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT age_band, housing_organization_id FROM inquiry")).one()
    db.dispose()
    assert tuple(row) == ("30-49", 1)  # 2024 - 1990 = 34


def test_0006_indexes_the_residents_and_inquiries_already_there(empty_db_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    from referral_app.services import search_index
    from referral_app.services.database import open_database

    db = Database(empty_db_url)
    config = migrate.alembic_config(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0005_i12b_directory_upkeep")
    with db.engine.begin() as conn:
        for rid, name, folded, anonymized in ((1, "Åse Ågård-Holm", "aase aagaard-holm", None),
                                              (2, "Åse Hansen", "aase hansen", None),
                                              (3, None, None, "2024-02-01")):
            conn.execute(text("INSERT INTO resident (id, full_name, search_name, phone, interpreter_needed, "
                              "last_activity_at, anonymized_at, is_demo, created_at, updated_at) VALUES (:id, :name, "
                              ":folded, '+4520123456', false, '2024-01-01', :anonymized, false, '2024-01-01', "
                              "'2024-01-01')"), {"id": rid, "name": name, "folded": folded, "anonymized": anonymized})
        conn.execute(text("INSERT INTO inquiry (id, received_at, channel, description, interpreter_needed, urgency, "
                          "status, is_demo, created_at, updated_at) VALUES (1, '2024-05-01 10:00:00', "
                          "'walk_in', 'Skimmel i køkkenet', false, 'normal', 'open', false, '2024-05-01', "
                          "'2024-05-01')"))
    migrate.upgrade(db)
    db.dispose()
    app_db = open_database(empty_db_url)
    with app_db.begin() as s:
        assert set(search_index.name_prefix_candidates(s, ["aase"])) == {1, 2}
        assert set(search_index.name_prefix_candidates(s, ["holm"])) == {1}
        assert set(search_index.phone_candidates(s, "2012", typos=False)) == {1, 2}
        assert search_index.matching_inquiry_ids(s, "KØKKEN") == [1]
        if app_db.url.get_backend_name() == "sqlite":
            words = dict(s.execute(text("SELECT word, residents FROM search_resident_word")).tuples().all())
            assert words == {"aase": 2, "aagaard": 1, "holm": 1, "hansen": 1}
            assert set(search_index.name_typo_candidates(s, ["aagard"], "aagard")) == {1}
    app_db.dispose()
