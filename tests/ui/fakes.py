"""Stand-ins for the dialog service: record what would be shown, answer on cue."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from referral_app.ui.widgets.dialogs import DialogService


@dataclass
class Shown:
    kind: str
    title: str
    text: str
    informative: str = ""
    accept: str = ""


@dataclass
class FakeDialogService(DialogService):
    shown: list[Shown] = field(default_factory=list)
    answer_yes: bool = False
    file_to_open: Path | None = None
    file_to_save: Path | None = None

    def __post_init__(self) -> None:
        super().__init__(None)

    def critical(self, title: str, text: str, informative: str = "", details: str = "") -> None:
        self.shown.append(Shown("critical", title, text, informative))

    def warning(self, title: str, text: str, informative: str = "", details: str = "") -> None:
        self.shown.append(Shown("warning", title, text, informative))

    def information(self, title: str, text: str, informative: str = "") -> None:
        self.shown.append(Shown("information", title, text, informative))

    def question(self, title: str, text: str, informative: str = "", *, accept: str = "",
                 reject: str = "") -> bool:
        self.shown.append(Shown("question", title, text, informative, accept))
        return self.answer_yes

    def open_file(self, title: str, folder: Path | None = None, filters: str = "") -> Path | None:
        self.shown.append(Shown("open_file", title, ""))
        return self.file_to_open

    def choose_save_path(self, title: str, suggested: Path | None, filters: str, suffix: str) -> Path | None:
        """The file dialog: the user picked ``file_to_save`` (and agreed to replace it, if it exists)."""
        self.shown.append(Shown("save_file", title, ""))
        return self.file_to_save

    def kinds(self) -> list[str]:
        return [item.kind for item in self.shown]
