"""Examples counted for the property tests whose ``@given`` is an inner
function (they need function-scoped fixtures such as ``tmp_path``):
hypothesis's statistics leave those out, so the long fuzz run
(benchmarks/fuzz_long_run.py) reads their counts from the file named by
``FUZZ_EXAMPLE_COUNTS`` instead."""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
from typing import Any

from hypothesis.errors import UnsatisfiedAssumption

COUNTS_FILE = "FUZZ_EXAMPLE_COUNTS"


class Examples:
    """Wraps the inner test function: how many examples passed, were invalid
    (an ``assume`` refused them) or failed."""

    def __init__(self) -> None:
        self.passing = self.invalid = self.failing = 0

    def __call__(self, test: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(test)
        def counted(*args: Any, **kwargs: Any) -> Any:
            try:
                result = test(*args, **kwargs)
            except UnsatisfiedAssumption:
                self.invalid += 1
                raise
            except BaseException:
                self.failing += 1
                raise
            self.passing += 1
            return result

        return counted

    def save(self, nodeid: str, seconds: float) -> None:
        path = os.environ.get(COUNTS_FILE)
        if path:
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(json.dumps({"id": nodeid, "passing": self.passing, "failing": self.failing,
                                         "invalid": self.invalid, "seconds": round(seconds, 1)}) + "\n")
