"""Fixtures of the property tests."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.fuzz.counting import Examples


@pytest.fixture
def examples(request: pytest.FixtureRequest) -> Iterator[Examples]:
    """Counts an inner ``@given`` function's examples for the long fuzz run (tests/fuzz/counting.py)."""
    counter, started = Examples(), time.monotonic()
    yield counter
    counter.save(request.node.nodeid, time.monotonic() - started)
