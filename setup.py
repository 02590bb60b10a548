"""Build hook: put the top-level ``resources/`` and ``alembic/`` folders inside
the package of a wheel, as ``referral_app/_resources`` and
``referral_app/migrations`` (``referral_app/resources.py`` finds them there),
and compile the translations (``.ts`` to ``.qm``) on the way.

The metadata is in pyproject.toml; this file only adds the build step. An
editable install (``pip install -e``) copies nothing: the app then reads the
checkout's folders directly.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: Source folder -> folder inside the package, and the files that ship from it.
MAPPED = {
    "resources": ("_resources", ("directory/*.json", "demo/*.json", "fonts/*.ttf", "fonts/LICENSE-*", "slip/*.toml", "translations/*.qm",
                                 "icons/*.svg", "icons/*.png", "icons/*.ico", "licenses/*")),
    "alembic": ("migrations", ("env.py", "script.py.mako", "versions/*.py")),
}


def _lrelease() -> str | None:
    """pyside6-lrelease beside this Python, else on PATH (the build env may lack PySide6)."""
    local = Path(sys.executable).parent / ("pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease")
    return str(local) if local.exists() else shutil.which("pyside6-lrelease")


def compile_translations(folder: Path) -> None:
    """Build each ``.qm`` that is missing or older than its ``.ts``; fail loudly if that is impossible."""
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tool = _lrelease()
        if tool is None:
            raise SystemExit(f"cannot build {qm}: pyside6-lrelease is not installed here; run `make qm` first")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        compile_translations(ROOT / "resources" / "translations")
        target_package = Path(self.build_lib) / "referral_app"
        for source_name, (target_name, patterns) in MAPPED.items():
            source = ROOT / source_name
            target = target_package / target_name
            if target.exists():
                shutil.rmtree(target)
            for pattern in patterns:
                for path in sorted(source.glob(pattern)):
                    if path.is_file():
                        destination = target / path.relative_to(source)
                        destination.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(path, destination)
            if not any(target.rglob("*")):
                raise SystemExit(f"nothing to ship from {source}")
        qm_files = list((target_package / "_resources" / "translations").glob("*.qm"))
        if not qm_files:
            raise SystemExit("no compiled translation (.qm) would ship; run `make qm`")


setup(cmdclass={"build_py": BuildWithResources})
