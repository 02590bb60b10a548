"""Compile the .ts files to .qm before the tests, as the set-up does."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease() -> str:
    local = Path(sys.executable).parent / "pyside6-lrelease"
    return str(local) if local.exists() else (shutil.which("pyside6-lrelease") or "pyside6-lrelease")


def compile_translations() -> None:
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
