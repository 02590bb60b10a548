"""The command line in this process: ``referral_app.__main__.main`` with its
own arguments, standard input and output, for the many fast CLI tests (the
fuzz tests run thousands). A few tests still start a real process where the
process itself matters (exit codes, pipes, the console script)."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass

_app: object = None  # the QApplication made here, kept alive for the whole test run


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def run_main(*argv: str, stdin: bytes | str = b"", env: dict[str, str] | None = None) -> Result:
    """Run the CLI as ``python -m referral_app`` would, in this process."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from referral_app import translation
    from referral_app.__main__ import main

    global _app
    if QCoreApplication.instance() is None:
        # main() would make a bare QCoreApplication, and a later window test in
        # this process would then abort creating its QApplication.
        _app = QApplication(["referral-app-tests"])

    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    saved = (sys.stdin, sys.stdout, sys.stderr)
    saved_env = {key: os.environ.get(key) for key in (env or {})}
    out, err = io.StringIO(), io.StringIO()
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    sys.stdout, sys.stderr = out, err
    os.environ.update(env or {})
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own exits (there should be none)
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        app = QCoreApplication.instance()
        if app is not None:
            translation.install(app, "en")  # as every other test expects
    return Result(code, out.getvalue(), err.getvalue())
