"""The search index's objects that live outside the ORM models.

Migration 0006 makes them: on SQLite FTS5 tables (trigrams of names, phones,
e-mails and inquiry descriptions; whole name words) and a vocabulary of
name words, kept in step with ``resident`` and ``inquiry`` by triggers
(a later batch migration that rebuilds either table must make the triggers
again); on PostgreSQL pg_trgm GIN
indexes (or, without the extension, a prefix b-tree). Their names all begin
with ``search_``, so comparing the models with the database can leave them
out (``include_name``). ``services/search_index.py`` queries them.
A bulk load (``db/bulk.py``'s ``loading``) sets the SQLite triggers aside and
fills the index afterwards with ``sqlite_rebuild_statements``.
"""

from __future__ import annotations

from typing import Any

PREFIX = "search_"
RESIDENT_FTS = "search_resident_fts"  # SQLite: rowid = resident.id; columns name, phone, email
RESIDENT_WORDS_FTS = "search_resident_words"  # SQLite: rowid = resident.id; the name by whole words
RESIDENT_VOCABULARY = "search_resident_word"  # SQLite: word, residents (how many active residents use it)
INQUIRY_FTS = "search_inquiry_fts"  # SQLite: rowid = inquiry.id; column description

# What the resident index holds for a name: the folded ``search_name`` with a
# space in front and the joiners a name may have written as spaces, so a
# typed word W begins a word of the name exactly when " W" occurs in it.
# ``search_name`` itself is folded in Python by the resident service
# (domain.text.fold, the one rule); SQL only swaps separators.
SQLITE_NAME_EXPRESSION = (
    "' ' || replace(replace(replace(replace({col}, '-', ' '), '''', ' '), '’', ' '), '.', ' ')"
)
POSTGRES_NAME_EXPRESSION = "(' ' || translate({col}, '-''’.', '    '))"


# The same definitions as the triggers of migration 0006 (which keeps its own copy):
# a resident is in the index while active; the name as above, the phone's
# digits without the "+", the e-mail as stored.
_SQLITE_NAME = SQLITE_NAME_EXPRESSION.format(col="r.search_name")
_SQLITE_ACTIVE = "r.search_name IS NOT NULL AND r.anonymized_at IS NULL AND r.merged_into_id IS NULL"
# The distinct words of a name, as the triggers split it for the vocabulary.
_SQLITE_NAME_JSON = "'[\"' || replace(replace(replace(" + _SQLITE_NAME + ", '\\', ''), '\"', ''), ' ', '\",\"') || '\"]'"
_SQLITE_WORDS = f"json_each(CASE WHEN json_valid({_SQLITE_NAME_JSON}) THEN {_SQLITE_NAME_JSON} ELSE '[]' END)"

SQLITE_RESIDENT_REBUILD = (
    f"INSERT INTO {RESIDENT_FTS} ({RESIDENT_FTS}) VALUES ('delete-all')",
    f"INSERT INTO {RESIDENT_FTS} (rowid, name, phone, email) "
    f"SELECT r.id, {_SQLITE_NAME}, replace(r.phone, '+', ''), r.email FROM resident AS r WHERE {_SQLITE_ACTIVE}",
    f"INSERT INTO {RESIDENT_WORDS_FTS} ({RESIDENT_WORDS_FTS}) VALUES ('delete-all')",
    f"INSERT INTO {RESIDENT_WORDS_FTS} (rowid, name) SELECT r.id, {_SQLITE_NAME} FROM resident AS r "
    f"WHERE {_SQLITE_ACTIVE}",
    f"DELETE FROM {RESIDENT_VOCABULARY}",
    f"INSERT INTO {RESIDENT_VOCABULARY} (word, residents) SELECT w.value, count(DISTINCT r.id) "
    f"FROM resident AS r, {_SQLITE_WORDS} AS w WHERE w.value <> '' AND {_SQLITE_ACTIVE} GROUP BY w.value",
)
SQLITE_INQUIRY_REBUILD = (f"INSERT INTO {INQUIRY_FTS} ({INQUIRY_FTS}) VALUES ('rebuild')",)


def sqlite_rebuild_statements(table: str) -> tuple[str, ...]:
    """SQLite: fill the search index of ``table`` (``resident`` or ``inquiry``) from its
    rows, as its triggers would have kept it; for a bulk load with the triggers set aside."""
    return {"resident": SQLITE_RESIDENT_REBUILD, "inquiry": SQLITE_INQUIRY_REBUILD}.get(table, ())


def include_name(name: str | None, type_: str, _parents: Any = None) -> bool:
    """False for the search index's own tables and indexes (for Alembic's compare)."""
    return not (type_ in ("table", "index") and name is not None and name.startswith(PREFIX))
