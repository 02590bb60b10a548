"""``mypy --strict`` passes on the core (domain, db, services).

The configuration lives in pyproject.toml (``[tool.mypy]``) and is checked by
mypy's own command, exactly as ``make lint`` runs it, so a change that breaks
the types fails the suite and CI. The second test proves the check has teeth:
a copy of the core with one untyped function added must fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ("domain", "db", "services")


def mypy(root: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """Run mypy in ``root`` with the configuration found there."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "pyproject.toml", "--cache-dir", str(cache)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "NO_COLOR": "1", "MYPY_FORCE_COLOR": "0"},
        capture_output=True,
        text=True,
        timeout=600,
    )


def _core_files(root: Path) -> int:
    return sum(1 for part in CORE for _ in (root / "referral_app" / part).rglob("*.py"))


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def test_the_core_type_checks_strictly(mypy_cache: Path) -> None:
    result = mypy(ROOT, mypy_cache)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Every module of the three packages was checked, not only some.
    assert f"no issues found in {_core_files(ROOT)} source files" in output, output


def test_an_untyped_function_in_the_core_fails(tmp_path: Path, mypy_cache: Path) -> None:
    shutil.copytree(
        ROOT / "referral_app", tmp_path / "referral_app", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    probe = tmp_path / "referral_app" / "services" / "_probe.py"
    probe.write_text('"""A deliberate gap."""\n\n\ndef double(x):\n    return x * 2\n', encoding="utf-8")
    result = mypy(tmp_path, mypy_cache)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "_probe.py:4: error: Function is missing a type annotation" in output, output
