"""Modules imported on first use, so that ``referral-app --version`` and
``--help`` start without loading SQLAlchemy, Alembic, ReportLab or argon2.

``accounts_service = lazy_module("referral_app.services.accounts")`` binds a
module object whose code runs the first time one of its names is read, i.e.
when a command that needs it runs (``importlib.util.LazyLoader``).
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """``name`` as a module that is executed on first attribute access (at once if already imported)."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    parent, _, _child = name.rpartition(".")
    if parent:
        importlib.import_module(parent)  # packages are cheap; only the module itself waits
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
