"""Domain model: plain dataclasses, enums, rules and errors. Imports nothing of ours."""
