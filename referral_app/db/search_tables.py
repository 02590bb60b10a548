"""The search index's objects that live outside the ORM models.

Migration 0006 makes them: on SQLite FTS5 tables (trigrams of names, phones,
e-mails and inquiry descriptions; whole name words) and a vocabulary of
name words, kept in step with ``resident`` and ``inquiry`` by triggers
(a later batch migration that rebuilds either table must make the triggers
again); on PostgreSQL pg_trgm GIN
indexes (or, without the extension, a prefix b-tree). Their names all begin
with ``search_``, so comparing the models with the database can leave them
out (``include_name``). ``services/search_index.py`` queries them.
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


def include_name(name: str | None, type_: str, _parents: Any = None) -> bool:
    """False for the search index's own tables and indexes (for Alembic's compare)."""
    return not (type_ in ("table", "index") and name is not None and name.startswith(PREFIX))
