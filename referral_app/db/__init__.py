"""Persistence: ORM models, engine and sessions, migrations. No Qt."""
