"""Migration 0005_i12a gives existing directory rows the HSDS ids the app
derives for new ones, so every install has the same ids for the shipped data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import text

from referral_app.db import migrate
from referral_app.db.engine import Database
from referral_app.domain.hsds import NAMESPACE, stable_uuid

MIGRATION = Path(__file__).resolve().parents[2] / "alembic" / "versions" / "0005_i12a_hsds_ids.py"


def test_the_migration_uses_the_apps_namespace() -> None:
    spec = importlib.util.spec_from_file_location("migration_0005", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.NAMESPACE == NAMESPACE


def test_existing_rows_get_the_ids_new_rows_would_get(empty_db_url: str) -> None:
    from alembic import command

    db = Database(empty_db_url)
    config = migrate.alembic_config(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004_seed_content_hash")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO organization (id, key, name, kind, created_at, updated_at) "
                          "VALUES (7, 'fsb', 'fsb Gladsaxe', 'housing', '2024-01-01', '2024-01-01')"))
        conn.execute(text("INSERT INTO location (id, organization_id, key, name, address, postal_code, city) "
                          "VALUES (3, 7, 'kontor', 'Kontor', 'Høje Gladsaxe 1', '2860', 'Søborg')"))
        conn.execute(text("INSERT INTO service (id, organization_id, key, name, description, status, residents_only, "
                          "languages, follow_up_days, waiting_list, created_at, updated_at) VALUES (5, 7, "
                          "'udlejning', 'Udlejning', '', 'active', false, 'da', 10, false, '2024-01-01', '2024-01-01')"))
        conn.execute(text("INSERT INTO category (id, code, name_da, name_en, keywords, active, sort_order) "
                          "VALUES (9, 'bolig', 'Bolig', 'Housing', '', true, 0)"))
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        ids = {table: conn.execute(text(f"SELECT hsds_id FROM {table}")).scalar_one()
               for table in ("organization", "location", "service", "category")}
    db.dispose()
    assert ids == {
        "organization": stable_uuid("organization", "fsb"),
        "location": stable_uuid("location", "fsb/kontor"),
        "service": stable_uuid("service", "fsb/udlejning"),
        "category": stable_uuid("category", "bolig"),
    }
