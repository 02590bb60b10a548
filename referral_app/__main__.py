"""Entry point: ``referral-app`` and ``python -m referral_app``.

Parses the arguments, sets up translations, then runs a CLI command or,
with no command, the window. Heavy imports (Qt widgets, Alembic, ReportLab)
happen only on the path that needs them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication

    from referral_app import cli, translation
    from referral_app.config import resolve_language
    from referral_app.translation import tr as translate

    argv = list(sys.argv[1:] if argv is None else argv)
    # Translate the parser's own texts: peek at --lang before parsing.
    lang_hint = next((argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--lang"), None)
    lang_hint = lang_hint or next((a.split("=", 1)[1] for a in argv if a.startswith("--lang=")), None)
    if any(a in ("-h", "--help") for a in argv):  # help is printed in the chosen language
        core = QCoreApplication.instance() or QCoreApplication(["referral-app"])
        translation.install(core, resolve_language(lang_hint))
    bad = cli.undecodable_argument(argv)
    if bad is not None:
        core = QCoreApplication.instance() or QCoreApplication(["referral-app"])
        translation.install(core, resolve_language(lang_hint))
        message = translate("cli", "{argument} is not valid UTF-8 text")
        return cli.usage_error(message.format(argument=bad))
    try:
        args = cli.parse(argv)
    except cli.UsageError as exc:
        core = QCoreApplication.instance() or QCoreApplication(["referral-app"])
        translation.install(core, resolve_language(lang_hint))
        return cli.usage_error(str(exc))
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    language = resolve_language(args.lang)
    if args.command is None:
        from referral_app.app import run_gui

        return run_gui(args, language)
    core = QCoreApplication.instance() or QCoreApplication(["referral-app"])
    translation.install(core, language)
    try:
        status = cli.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``referral-app audit list | head``): stop
        # quietly. Output still buffered would fail again at exit, so standard
        # output is pointed at nothing first.
        _silence_stdout()
        return cli.EXIT_OK
    return status


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it)
        pass


if __name__ == "__main__":
    sys.exit(main())
