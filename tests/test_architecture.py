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
