"""Use cases. Each takes a SQLAlchemy ``Session`` (the caller owns the
transaction), enforces permissions, writes the audit trail and returns
domain objects. No Qt."""
