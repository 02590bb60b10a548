"""Search that uses the database: FTS5 trigram indexes on SQLite kept in step
by triggers, pg_trgm GIN indexes on PostgreSQL, an index on house numbers

Revision ID: 0006_i15a_search
Revises: 0006_i14b_corrections
Create Date: 2026-12-06 14:10:00

SQLite: ``search_resident_fts`` is a contentless FTS5 table (it keeps no copy
of a name, only trigrams) holding the active residents' folded name, phone
digits and e-mail; ``search_resident_words`` indexes the same names by whole
words and ``search_resident_word`` counts the residents using each word (what
typos are compared with); ``search_inquiry_fts`` indexes inquiry descriptions with
``inquiry`` as its external content. Triggers keep both in step with every
write, whoever makes it. A later batch migration that rebuilds ``resident``
or ``inquiry`` drops these triggers with the old table and must make them
again.

PostgreSQL: pg_trgm's GIN indexes on the same expressions when the extension
can be created; otherwise a b-tree for name prefixes, and the searches scan.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_i15a_search"
down_revision: str | None = "0006_i14b_corrections"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Copies of referral_app/db/search_tables.py as they were at this revision.
_NAME = "' ' || replace(replace(replace(replace({r}.search_name, '-', ' '), '''', ' '), '’', ' '), '.', ' ')"
_ACTIVE = "{r}.search_name IS NOT NULL AND {r}.anonymized_at IS NULL AND {r}.merged_into_id IS NULL"
_VALUES = "{r}.id, " + _NAME + ", replace({r}.phone, '+', ''), {r}.email"
_PG_NAME = "(' ' || translate(search_name, '-''’.', '    '))"
_PG_ACTIVE = "anonymized_at IS NULL AND merged_into_id IS NULL"


def _fill(template: str, r: str) -> str:
    return template.format(r=r)

# The distinct words of the active residents' names, with how many use each:
# what a typo is compared with (a few thousand words, not 100,000 names). A
# word no longer used is deleted, so an erased name leaves nothing behind.
_WORDS = ("json_each(CASE WHEN json_valid({j}) THEN {j} ELSE '[]' END)")
_JSON = "'[\"' || replace(replace(replace(" + _NAME + ", '\\', ''), '\"', ''), ' ', '\",\"') || '\"]'"


def _words(r: str) -> str:
    return _WORDS.format(j=_JSON.format(r=r))


def _add_words(r: str) -> str:
    return (f"INSERT INTO search_resident_word (word, residents) SELECT DISTINCT value, 1 FROM {_words(r)} "
            f"WHERE value <> '' AND {_fill(_ACTIVE, r)} "
            "ON CONFLICT (word) DO UPDATE SET residents = residents + 1;")


def _drop_words(r: str) -> str:
    return (f"UPDATE search_resident_word SET residents = residents - 1 "
            f"WHERE word IN (SELECT value FROM {_words(r)}) AND {_fill(_ACTIVE, r)}; "
            f"DELETE FROM search_resident_word WHERE residents <= 0 AND word IN (SELECT value FROM {_words(r)});")


SQLITE_STATEMENTS = [
    "CREATE VIRTUAL TABLE search_resident_fts USING fts5(name, phone, email, tokenize = 'trigram', content = '')",
    "CREATE VIRTUAL TABLE search_resident_words USING fts5(name, tokenize = 'unicode61', content = '')",
    "CREATE TABLE search_resident_word (word VARCHAR(200) NOT NULL PRIMARY KEY, residents INTEGER NOT NULL) "
    "WITHOUT ROWID",
    f"""CREATE TRIGGER search_resident_fts_ai AFTER INSERT ON resident WHEN {_fill(_ACTIVE, 'new')}
    BEGIN
        INSERT INTO search_resident_fts (rowid, name, phone, email) VALUES ({_fill(_VALUES, 'new')});
        INSERT INTO search_resident_words (rowid, name) VALUES (new.id, {_fill(_NAME, 'new')});
        {_add_words('new')}
    END""",
    f"""CREATE TRIGGER search_resident_fts_ad AFTER DELETE ON resident WHEN {_fill(_ACTIVE, 'old')}
    BEGIN
        INSERT INTO search_resident_fts (search_resident_fts, rowid, name, phone, email)
        VALUES ('delete', {_fill(_VALUES, 'old')});
        INSERT INTO search_resident_words (search_resident_words, rowid, name)
        VALUES ('delete', old.id, {_fill(_NAME, 'old')});
        {_drop_words('old')}
    END""",
    f"""CREATE TRIGGER search_resident_fts_au
    AFTER UPDATE OF search_name, phone, email, anonymized_at, merged_into_id ON resident
    BEGIN
        INSERT INTO search_resident_fts (search_resident_fts, rowid, name, phone, email)
        SELECT 'delete', {_fill(_VALUES, 'old')} WHERE {_fill(_ACTIVE, 'old')};
        INSERT INTO search_resident_fts (rowid, name, phone, email)
        SELECT {_fill(_VALUES, 'new')} WHERE {_fill(_ACTIVE, 'new')};
        INSERT INTO search_resident_words (search_resident_words, rowid, name)
        SELECT 'delete', old.id, {_fill(_NAME, 'old')} WHERE {_fill(_ACTIVE, 'old')};
        INSERT INTO search_resident_words (rowid, name)
        SELECT new.id, {_fill(_NAME, 'new')} WHERE {_fill(_ACTIVE, 'new')};
        {_drop_words('old')}
        {_add_words('new')}
    END""",
    "CREATE VIRTUAL TABLE search_inquiry_fts USING fts5(description, tokenize = 'trigram', "
    "content = 'inquiry', content_rowid = 'id')",
    """CREATE TRIGGER search_inquiry_fts_ai AFTER INSERT ON inquiry
    BEGIN
        INSERT INTO search_inquiry_fts (rowid, description) VALUES (new.id, new.description);
    END""",
    """CREATE TRIGGER search_inquiry_fts_ad AFTER DELETE ON inquiry
    BEGIN
        INSERT INTO search_inquiry_fts (search_inquiry_fts, rowid, description)
        VALUES ('delete', old.id, old.description);
    END""",
    """CREATE TRIGGER search_inquiry_fts_au AFTER UPDATE OF description ON inquiry
    BEGIN
        INSERT INTO search_inquiry_fts (search_inquiry_fts, rowid, description)
        VALUES ('delete', old.id, old.description);
        INSERT INTO search_inquiry_fts (rowid, description) VALUES (new.id, new.description);
    END""",
    # What is there already.
    f"INSERT INTO search_resident_fts (rowid, name, phone, email) SELECT {_fill(_VALUES, 'r')} "
    f"FROM resident AS r WHERE {_fill(_ACTIVE, 'r')}",
    "INSERT INTO search_inquiry_fts (search_inquiry_fts) VALUES ('rebuild')",
    f"INSERT INTO search_resident_words (rowid, name) SELECT r.id, {_fill(_NAME, 'r')} "
    f"FROM resident AS r WHERE {_fill(_ACTIVE, 'r')}",
    f"INSERT INTO search_resident_word (word, residents) SELECT w.value, count(DISTINCT r.id) "
    f"FROM resident AS r, {_words('r')} AS w WHERE w.value <> '' AND {_fill(_ACTIVE, 'r')} "
    "GROUP BY w.value",
]

POSTGRES_TRGM_STATEMENTS = [
    f"CREATE INDEX search_resident_name_trgm ON resident USING gin ({_PG_NAME} gin_trgm_ops) WHERE {_PG_ACTIVE}",
    f"CREATE INDEX search_resident_phone_trgm ON resident USING gin (phone gin_trgm_ops) WHERE {_PG_ACTIVE}",
    f"CREATE INDEX search_resident_email_trgm ON resident USING gin (email gin_trgm_ops) WHERE {_PG_ACTIVE}",
    "CREATE INDEX search_inquiry_description_trgm ON inquiry USING gin (description gin_trgm_ops)",
]
POSTGRES_PLAIN_STATEMENTS = [
    "CREATE INDEX search_resident_name_prefix ON resident (search_name text_pattern_ops)",
]
ALL_POSTGRES_INDEXES = ("search_resident_name_trgm", "search_resident_phone_trgm", "search_resident_email_trgm",
                        "search_inquiry_description_trgm", "search_resident_name_prefix")


def _pg_trgm(bind: sa.engine.Connection) -> bool:
    """Whether pg_trgm is (or could now be made) available in this database."""
    if bind.scalar(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")):
        return True
    if not bind.scalar(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")):
        return False
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        return False  # not allowed to create it: the plain index below
    return True


def upgrade() -> None:
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resident_house_number"), ["house_number"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in POSTGRES_TRGM_STATEMENTS if _pg_trgm(bind) else POSTGRES_PLAIN_STATEMENTS:
            op.execute(statement)
    else:
        for statement in SQLITE_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name in ALL_POSTGRES_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    else:
        for trigger in ("search_resident_fts_ai", "search_resident_fts_ad", "search_resident_fts_au",
                        "search_inquiry_fts_ai", "search_inquiry_fts_ad", "search_inquiry_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_resident_fts")
        op.execute("DROP TABLE IF EXISTS search_inquiry_fts")
        op.execute("DROP TABLE IF EXISTS search_resident_word")
        op.execute("DROP TABLE IF EXISTS search_resident_words")
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_house_number"))
