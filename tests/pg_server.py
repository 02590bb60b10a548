"""A throwaway PostgreSQL server for the test suite.

Uses ``REFERRAL_APP_TEST_PG_URL`` (an admin URL to an existing server) when
set; otherwise runs initdb and pg_ctl from the Debian packages in a
temporary folder, through ``runuser -u postgres`` when running as root
(PostgreSQL refuses to run as root). Set ``REFERRAL_APP_SKIP_PG=1`` to skip
the PostgreSQL tests on a machine without PostgreSQL; CI never sets it.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest


def _bin_dir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    admin_url: str  # psycopg URL of the maintenance database
    data_dir: Path | None = None
    run_as: list[str] = field(default_factory=list)
    bin_dir: Path | None = None

    def url(self, database: str) -> str:
        base = self.admin_url.rsplit("/", 1)[0]
        return f"{base}/{database}".replace("postgresql://", "postgresql+psycopg://", 1)

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=30) as conn:
            conn.execute(sql)

    def create_database(self, name: str, template: str | None = None) -> None:
        suffix = f" TEMPLATE {template}" if template else ""
        self._admin(f'CREATE DATABASE "{name}"{suffix}')

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server ("fast" for a data folder kept for later)."""
        if self.data_dir is None or self.bin_dir is None:
            return
        subprocess.run(
            [*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", mode, "-t", "60",
             "stop"],
            capture_output=True,
            check=False,
            timeout=120,  # at the end of a worker's session no test timeout applies: never wait forever here
        )


def start_postgres(folder: Path, *, reuse: bool = False) -> PostgresServer:
    """A server with its data in ``folder``; with ``reuse``, a data folder already
    there (from an earlier run, e.g. benchmarks/scale.py --postgres-dir) is started
    again instead of made anew."""
    existing = os.environ.get("REFERRAL_APP_TEST_PG_URL")
    if existing:
        return PostgresServer(admin_url=existing.replace("postgresql+psycopg://", "postgresql://", 1))
    if os.environ.get("REFERRAL_APP_SKIP_PG") == "1":
        pytest.skip("PostgreSQL tests skipped (REFERRAL_APP_SKIP_PG=1)")
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.fail("PostgreSQL server binaries not found: install the 'postgresql' package (make test does)")
    run_as: list[str] = []
    if os.geteuid() == 0:
        run_as = ["runuser", "-u", "postgres", "--"]
        folder.chmod(0o755)
        for parent in folder.parents:  # postgres must reach the folder
            if str(parent) in ("/", "/tmp"):
                break
            parent.chmod(parent.stat().st_mode | 0o011)
        shutil.chown(folder, "postgres", "postgres")
    data_dir = folder / "data"
    socket_dir = folder
    port = _free_port()
    if not (reuse and (data_dir / "PG_VERSION").exists()):
        subprocess.run(
            [*run_as, str(bin_dir / "initdb"), "-D", str(data_dir), "-U", "postgres", "--auth=trust", "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync"],
            check=True,
            capture_output=True,
        )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {socket_dir} -c fsync=off -c full_page_writes=off"
    result = subprocess.run(
        [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-o", options, "-l", str(folder / "server.log"),
         "-w", "-t", "60", "start"],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
        pytest.fail(f"PostgreSQL did not start: {result.stderr}\n{log}")
    return PostgresServer(
        admin_url=f"postgresql://postgres@127.0.0.1:{port}/postgres",
        data_dir=data_dir,
        run_as=run_as,
        bin_dir=bin_dir,
    )
