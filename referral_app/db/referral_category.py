"""``referral.category_id``: the category of the referral's inquiry, copied
onto the referral so the queue can filter by category on ``referral``'s own
index (category, service) instead of joining every inquiry of the category.

Triggers keep the copy true whoever writes (the app, the demo generator, an
import, a correction of the inquiry's category): on SQLite an AFTER trigger
puts the inquiry's category on a new or re-linked referral whose copy
differs, and a correction of an inquiry's category is copied to its
referrals; on PostgreSQL a BEFORE trigger sets it on the row being written.
A writer that already knows the category (the bulk demo load) sets it
itself, and the SQLite trigger then has nothing to do.
"""

from __future__ import annotations

_OF_INQUIRY = "(SELECT category_id FROM inquiry WHERE inquiry.id = NEW.inquiry_id)"


def create_statements(dialect_name: str) -> list[str]:
    if dialect_name == "postgresql":
        return [
            f"""CREATE FUNCTION referral_category_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.category_id := {_OF_INQUIRY};
    RETURN NEW;
END;
$$""",
            "CREATE TRIGGER referral_category_copy BEFORE INSERT OR UPDATE OF inquiry_id, category_id ON referral "
            "FOR EACH ROW EXECUTE FUNCTION referral_category_copy()",
            """CREATE FUNCTION referral_category_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE referral SET category_id = NEW.category_id
    WHERE inquiry_id = NEW.id AND category_id IS DISTINCT FROM NEW.category_id;
    RETURN NULL;
END;
$$""",
            "CREATE TRIGGER referral_category_follow AFTER UPDATE OF category_id ON inquiry "
            "FOR EACH ROW WHEN (OLD.category_id IS DISTINCT FROM NEW.category_id) "
            "EXECUTE FUNCTION referral_category_follow()",
        ]
    return [
        f"CREATE TRIGGER referral_category_insert AFTER INSERT ON referral "
        f"WHEN NEW.category_id IS NOT {_OF_INQUIRY} BEGIN "
        f"UPDATE referral SET category_id = {_OF_INQUIRY} WHERE id = NEW.id; END",
        f"CREATE TRIGGER referral_category_update AFTER UPDATE OF inquiry_id, category_id ON referral "
        f"WHEN NEW.category_id IS NOT {_OF_INQUIRY} BEGIN "
        f"UPDATE referral SET category_id = {_OF_INQUIRY} WHERE id = NEW.id; END",
        "CREATE TRIGGER referral_category_follow AFTER UPDATE OF category_id ON inquiry "
        "WHEN OLD.category_id IS NOT NEW.category_id BEGIN "
        "UPDATE referral SET category_id = NEW.category_id WHERE inquiry_id = NEW.id; END",
    ]


def drop_statements(dialect_name: str) -> list[str]:
    if dialect_name == "postgresql":
        return ["DROP TRIGGER IF EXISTS referral_category_copy ON referral",
                "DROP TRIGGER IF EXISTS referral_category_follow ON inquiry",
                "DROP FUNCTION IF EXISTS referral_category_copy()",
                "DROP FUNCTION IF EXISTS referral_category_follow()"]
    return [f"DROP TRIGGER IF EXISTS referral_category_{name}" for name in ("insert", "update", "follow")]


BACKFILL = f"UPDATE referral SET category_id = {_OF_INQUIRY.replace('NEW.', 'referral.')}"
