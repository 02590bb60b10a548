"""The dependency direction ``ui -> services -> (db, reports) -> domain`` holds.

The contracts live in pyproject.toml (``[tool.importlinter]``) and are checked
by import-linter's own command, exactly as ``make lint`` runs it. The second
half proves the check has teeth: a copy of the package with one forbidden
import added must break the contract that forbids it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

LAYERS = "Layers: ui -> services -> (db, reports) -> domain"
UI_NO_DB = "The UI never touches the database directly"
NO_QT = "Only the UI (and the translation helper) uses Qt"
PURE_DOMAIN = "The domain imports nothing of ours and no frameworks"


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run lint-imports in ``root`` against the package found there."""
    env = {**os.environ, "PYTHONPATH": str(root), "NO_COLOR": "1"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", "pyproject.toml", "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_contracts_hold() -> None:
    result = lint_imports(ROOT)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for name in (LAYERS, UI_NO_DB, NO_QT, PURE_DOMAIN):
        assert f"{name} KEPT" in output, output


# (file to add, its import, the contract it must break)
VIOLATIONS = [
    ("ui/_probe.py", "import sqlalchemy", UI_NO_DB),
    ("ui/_probe.py", "from referral_app.db import models", UI_NO_DB),
    ("domain/_probe.py", "from PySide6 import QtCore", NO_QT),
    ("services/_probe.py", "from PySide6.QtWidgets import QWidget", NO_QT),
    ("db/_probe.py", "import PySide6", NO_QT),
    # Indirectly counts too: the translation helper is Qt.
    ("services/_probe.py", "from referral_app import translation", NO_QT),
    ("domain/_probe.py", "from referral_app.services import directory", PURE_DOMAIN),
    ("domain/_probe.py", "import sqlalchemy", PURE_DOMAIN),
    ("db/_probe.py", "from referral_app.services import directory", LAYERS),
    ("services/_probe.py", "from referral_app import ui", LAYERS),
]


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package and pyproject.toml, copied where they can be broken."""
    root = tmp_path_factory.mktemp("arch")
    shutil.copytree(
        ROOT / "referral_app", root / "referral_app", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.mark.parametrize(
    ("relative", "statement", "contract"),
    VIOLATIONS,
    ids=[f"{v[0].split('/')[0]}: {v[1]}" for v in VIOLATIONS],
)
def test_a_forbidden_import_breaks_its_contract(
    package_copy: Path, relative: str, statement: str, contract: str
) -> None:
    probe = package_copy / "referral_app" / relative
    probe.write_text(f'"""A deliberate violation."""\n\n{statement}\n', encoding="utf-8")
    try:
        result = lint_imports(package_copy)
    finally:
        probe.unlink()
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert f"{contract} BROKEN" in output, output


# --- The shape of ui/: one package per screen, no cycles -----------------------

UI = ROOT / "referral_app" / "ui"


def _ui_imports() -> dict[str, set[str]]:
    """Every ui module and the ui modules it imports (TYPE_CHECKING blocks too)."""
    import ast

    modules = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
        for p in UI.rglob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            found |= {t for t in targets if t in modules and t != name}
        graph[name] = found
    return graph


def test_no_two_ui_modules_import_each_other() -> None:
    graph = _ui_imports()
    # Depth-first search for any cycle, not only pairs.
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                raise AssertionError("import cycle in ui: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)


def test_ui_is_one_package_per_screen_at_most_one_level_deep() -> None:
    too_deep = [p.relative_to(UI) for p in UI.rglob("*.py") if len(p.relative_to(UI).parts) > 2]
    assert not too_deep, too_deep
    screens = {p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert {"front_desk", "queue", "directory", "reports", "admin", "resident", "widgets"} <= screens
    for package in screens:
        for module in (UI / package).glob("*.py"):
            assert not module.stem.startswith(package + "_"), f"{module} repeats its package's name"
    flat = sorted(p.name for p in UI.glob("*.py"))
    assert flat == ["__init__.py", "main_window.py", "preferences.py", "signals.py"], flat
