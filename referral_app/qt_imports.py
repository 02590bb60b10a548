"""Qt for Python's import hook, made cheap.

Once PySide6 is imported, it looks at every module imported after it to learn
whether the module uses PySide6 (the switch behind ``from __feature__ import
snake_case``): ``shibokensupport.feature._mod_uses_pyside`` reads the module's
source with ``inspect.getsource``, which splits the file into lines and keeps
them in ``linecache``. For the ~330 modules SQLAlchemy and the app bring in,
that held about 20 MiB of source text for nothing and cost tens of milliseconds
at every start (measured with benchmarks/scale_queue.py).

``install`` gives the hook the same answer (does the source say "PySide6"?)
from the file's bytes, keeping nothing; modules without a readable ``.py``
file go to PySide6's own check as before. Nothing changes when this PySide6
has no such hook.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_referral_app_fast"


def install() -> bool:
    """Replace PySide6's per-import source check by a cheap one (once); True if it is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # what the check read of the modules imported before PySide6
    return True
