"""The app outside the checkout: the wheel in a fresh virtual environment,
the frozen one-folder app, and what can be checked of the Windows installer
on Linux.

The two smoke tests are slow (marked ``packaging``) and run in CI: the wheel
is built and installed from PyPI's pinned dependencies; the frozen app is
built once by ``make bundle`` (``.ci/run`` does it before the tests) and is
required in CI, skipped locally when it has not been built.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from referral_app import __version__

ROOT = Path(__file__).resolve().parent.parent
#: The frozen app: what `make bundle` builds, or (Windows workflow) the installed console executable.
BUNDLE = Path(os.environ.get("REFERRAL_APP_FROZEN_APP") or ROOT / "dist" / "faelles-indgang" / "faelles-indgang")
ISS = ROOT / "packaging" / "windows" / "faelles-indgang.iss"
SPEC = ROOT / "packaging" / "faelles-indgang.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def clean_env(workdir: Path) -> dict[str, str]:
    """The environment of a user who never saw the checkout."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("REFERRAL_APP_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(REFERRAL_APP_DATA_DIR=str(workdir / "data"), QT_QPA_PLATFORM="offscreen", HOME=str(workdir))
    return env


def smoke(command: list[str], workdir: Path) -> None:
    """What a new desk does first: version, a new database, the directory, demo data, a report, the window."""
    env = clean_env(workdir)

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([*command, *args], cwd=workdir, env=env, capture_output=True, text=True,
                                input=stdin, timeout=300)
        assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
        return result

    assert run("--version").stdout.strip() == f"Fælles Indgang {__version__}"
    url = f"sqlite:///{(workdir / 'smoke.sqlite3').as_posix()}"
    run("--database-url", url, "db", "upgrade")
    listing = json.loads(run("--database-url", url, "directory", "list", "--json").stdout)
    assert len(listing) >= 6 and any(org.get("services") for org in listing)
    made = run("--database-url", url, "--lang", "en", "demo", "--residents", "20", "--inquiries", "120",
               "--seed", "7").stdout
    password = re.search(r"same for all: (\S+)", made)
    assert password, made
    pdf = workdir / "statistics.pdf"
    today = date.today()
    run("--database-url", url, "--lang", "en", "report", "stats", "--from", (today - timedelta(days=370)).isoformat(),
        "--to", today.isoformat(), "-o", str(pdf), "--user", "demo.leder", "--password-stdin",
        stdin=password.group(1) + "\n")
    assert embedded_fonts(pdf) >= {"DejaVuSans", "DejaVuSans-Bold"}
    checked = run("--self-test").stdout
    assert "window da: " in checked and "Skranken | Henvisninger | Tilbud" in checked
    assert "window en: " in checked and "Front desk | Referrals | Directory" in checked
    assert "self-test passed" in checked


def embedded_fonts(pdf: Path) -> set[str]:
    from pypdf import PdfReader

    fonts = set()
    for page in PdfReader(str(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor:
                fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return fonts


@pytest.mark.packaging
@pytest.mark.timeout(1200)
def test_the_wheel_works_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
                           capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheel = next(dist.glob("referral_app-*.whl"))
    sdist = next(dist.glob("referral_app-*.tar.gz"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for shipped in ("referral_app/migrations/env.py", "referral_app/migrations/versions/0001_initial.py",
                    "referral_app/_resources/translations/faelles_indgang_da.qm",
                    "referral_app/_resources/fonts/DejaVuSans.ttf", "referral_app/_resources/directory/taxonomy.json",
                    "referral_app/_resources/icons/faelles-indgang-256.png"):
        assert shipped in names
    with tarfile.open(sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"setup.py", "alembic/env.py", "resources/translations/faelles_indgang_da.ts"} <= members

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    installed = subprocess.run([str(bindir / "python"), "-m", "pip", "install", "--disable-pip-version-check",
                                "--quiet", str(wheel)], capture_output=True, text=True, timeout=900,
                               env=clean_env(tmp_path), cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr[-3000:]
    where = subprocess.run([str(bindir / "python"), "-c", "import referral_app.resources as r; "
                            "print(r.resources_dir()); print(r.migrations_dir())"],
                           capture_output=True, text=True, cwd=tmp_path, env=clean_env(tmp_path), check=True)
    assert all(str(venv) in line for line in where.stdout.splitlines()), where.stdout

    smoke([str(bindir / "referral-app")], tmp_path)

    # PostgreSQL is an extra: without it, one line says what to install.
    env = clean_env(tmp_path)
    no_driver = subprocess.run([str(bindir / "referral-app"), "--lang", "en", "--database-url",
                                "postgresql://clerk@dbserver/faelles", "directory", "list"],
                               capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert no_driver.returncode == 2
    assert no_driver.stderr.strip().splitlines() == [
        'referral-app: PostgreSQL support is not installed. Install it with: pip install "referral-app[postgres]"']

    # A broken installation names the missing file.
    qm = Path(where.stdout.splitlines()[0]) / "translations" / "faelles_indgang_da.qm"
    qm.unlink()
    broken = subprocess.run([str(bindir / "referral-app"), "directory", "list"],
                            capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert broken.returncode == 2 and str(qm) in broken.stderr and "Traceback" not in broken.stderr


@pytest.mark.packaging
@pytest.mark.timeout(900)
def test_the_frozen_app_runs(tmp_path: Path) -> None:
    if not BUNDLE.exists():
        if IN_CI:
            pytest.fail(f"{BUNDLE} is missing: CI runs `make bundle` before the tests")
        pytest.skip("no frozen app: run `make bundle` first")
    smoke([str(BUNDLE)], tmp_path)
    internal = BUNDLE.parent / "_internal"
    # libQt6Quick.so.6 on Linux, Qt6Quick.dll on Windows.
    bundled = {p.name.removeprefix("lib").split(".")[0] for p in internal.rglob("*") if p.is_file()}
    for unused in ("Qt6WebEngineCore", "Qt6Quick", "Qt6Qml", "Qt63DCore", "Qt6Multimedia"):
        assert unused not in bundled
    assert {"Qt6Widgets", "Qt6Pdf", "Qt6PrintSupport"} <= bundled


# --- what can be checked of the Windows installer on Linux ----------------------------


def test_the_version_is_declared_once_and_agrees() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__
    workflow = WORKFLOW.read_text(encoding="utf-8")
    # The installer's version comes from pyproject.toml, passed to Inno Setup by the workflow.
    assert "tomllib" in workflow and "/DAppVersion=" in workflow
    iss = ISS.read_text(encoding="utf-8")
    assert re.search(r'^#ifndef AppVersion\s*\n\s*#error', iss, re.MULTILINE)
    assert "OutputBaseFilename=FaellesIndgang-Setup-{#AppVersion}" in iss


def test_the_installer_script_refers_to_files_that_exist() -> None:
    iss = ISS.read_text(encoding="utf-8")
    base = ISS.parent
    sources = re.findall(r'Source:\s*"([^"]+)"', iss) + re.findall(r"^SetupIconFile=(.+)$", iss, re.MULTILINE)
    assert sources
    for source in sources:
        if source.startswith("{#BundleDir}"):
            continue  # the frozen app, built before the installer
        assert (base / source.replace("\\", "/")).resolve().exists(), source
    assert "PrivilegesRequired=lowest" in iss  # per user, no administrator
    assert "{autoprograms}" in iss and "IconFilename" in iss
    assert not re.search(r"^\[UninstallDelete\]", iss, re.MULTILINE)  # the uninstaller deletes only what it installed
    assert "VoresHG" not in re.sub(r"^;.*$", "", iss, flags=re.MULTILINE)  # nor names the data folder outside comments
    assert "--self-test" in WORKFLOW.read_text(encoding="utf-8")


def test_the_spec_ships_what_the_resolver_reads() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    for target in ("referral_app/_resources/directory", "referral_app/_resources/fonts",
                   "referral_app/_resources/translations", "referral_app/_resources/icons",
                   "referral_app/migrations", "referral_app/migrations/versions"):
        assert f'"{target}")' in spec
    for excluded in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick", "PySide6.QtQml",
                     "PySide6.QtMultimedia"):
        assert f'"{excluded}"' in spec


def test_the_spec_ships_qts_own_danish_next_to_the_apps_catalogue() -> None:
    """The frozen app finds qtbase_da.qm where translation.py looks (the app's translations folder)."""
    from referral_app.config import TRANSLATIONS_DIR
    from referral_app.translation import qt_folders

    spec = SPEC.read_text(encoding="utf-8")
    assert '"qtbase_da.qm"' in spec
    assert "QM_FILES + QT_QM_FILES" in spec
    assert str(TRANSLATIONS_DIR) in qt_folders()
