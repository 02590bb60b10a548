"""Entry point: ``referral-app`` and ``python -m referral_app``.

Parses the arguments, sets up translations, then runs a CLI command or,
with no command, the window. Heavy imports (Qt widgets, Alembic, ReportLab)
happen only on the path that needs them: ``--version`` imports nothing but
this package, ``--help`` no database or PDF library (the command groups load
their services when they run, see ``referral_app.lazy``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _asks_for_version(argv: Sequence[str]) -> bool:
    """``--version`` among the global options, before any command."""
    for arg in argv:
        if arg == "--version":
            return True
        if not arg.startswith("-"):
            return False
    return False


def _window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only choose the window's database and language
    (the usual start), without building the whole command-line parser; None
    for anything else, which the parser then handles (and explains)."""
    values: dict[str, str | None] = {"database_url": None, "lang": None}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, has_value, value = arg.partition("=")
        if name not in ("--database-url", "--lang"):
            return None
        if not has_value:
            if not rest:
                return None
            value = rest.pop(0)
        values[name[2:].replace("-", "_")] = value
    if values["lang"] not in (None, "da", "en"):
        return None
    return argparse.Namespace(command=None, **values)


def _window(args: argparse.Namespace) -> int:
    from referral_app import __version__, config
    from referral_app.app import log, log_to_file, run_gui

    log_to_file(config.app_paths())
    log.info("Fælles Indgang %s starting", __version__)
    return run_gui(args, config.resolve_language(args.lang))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _asks_for_version(argv):
        from referral_app import __version__

        print(f"Fælles Indgang {__version__}")
        return 0
    if argv == ["--self-test"]:
        from referral_app import self_test

        return self_test.run()
    window_args = _window_arguments(argv)
    if window_args is not None:
        return _window(window_args)

    from PySide6.QtCore import QCoreApplication

    from referral_app import cli, translation
    from referral_app.config import resolve_language
    from referral_app.translation import tr as translate

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
    if getattr(args, "self_test", False):
        from referral_app import self_test

        return self_test.run()
    if args.command is None:
        return _window(args)
    core = QCoreApplication.instance() or QCoreApplication(["referral-app"])
    if not translation.install(core, language):
        return cli.broken_installation(translation.qm_path(language))
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
