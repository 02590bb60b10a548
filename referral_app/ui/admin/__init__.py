"""Administration: staff accounts, the audit log, settings and erasure."""
