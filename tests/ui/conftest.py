"""Fixtures for the windows: a main window on a fresh copy of the migrated
SQLite database with the shipped directory, in a chosen language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.ui.fakes import FakeDialogService


@pytest.fixture(autouse=True)
def _english_after_each_test(qapp: object) -> Iterator[None]:
    """Each test chooses its language; none leaks a translator into the next."""
    yield
    from referral_app import translation

    translation.install(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _dialogs_discard_without_a_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog closed with typed input would ask in a real, modal box; tests answer
    "discard" unless they test the question (tests/ui/test_guarded_dialogs.py)."""
    from referral_app.ui.widgets.keys import GuardedDialog

    monkeypatch.setattr(GuardedDialog, "confirm_discard", lambda self: True)


@pytest.fixture
def fake_dialogs() -> FakeDialogService:
    return FakeDialogService()


@pytest.fixture
def make_window(qtbot, qapp, sqlite_db, fake_dialogs, _private_data_dir: Path) -> Callable[..., object]:
    """Build the main window as the composition root does, without an event loop."""
    from referral_app import translation
    from referral_app.app import build_main_window
    from referral_app.ui.preferences import Preferences, WindowState
    from referral_app.ui.signals import SignalHub

    def make(language: str = "da") -> object:
        assert translation.install(qapp, language)
        hub = SignalHub()
        window = build_main_window(
            sqlite_db,
            hub,
            fake_dialogs,
            Preferences.in_folder(_private_data_dir),
            WindowState.in_folder(_private_data_dir),
            language,
        )
        qtbot.addWidget(window)
        return window

    return make
