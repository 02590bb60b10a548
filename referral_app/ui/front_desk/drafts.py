"""What the front desk keeps on this computer: which key counts which
category, the desk's name, and an unsaved inquiry form as a draft.

The keys and the desk name are local preferences (``front-desk.ini``), changed
in the window under Indstillinger. A draft may hold
personal data, so it keeps only what the form needs to be filled in again
(the resident as a number, not a name), is readable by the user alone, is
deleted as soon as it is restored, and is thrown away unread after a day.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILE = "front-desk.ini"
DRAFT_PREFIX = "front-desk-draft-"
DRAFT_MAX_AGE = timedelta(hours=24)
TALLY_KEYS = tuple(f"F{number}" for number in range(1, 13))
#: The questions that are asked most at the desk and usually need no name:
#: digital self-service, letters, the flat, money, jobs, children, activities.
DEFAULT_TALLY_CODES = (
    "digital.mitid",
    "digital.digitalpost",
    "digital.eboks",
    "myndigheder.breve",
    "bolig.vedligehold",
    "bolig.husleje",
    "oekonomi.ydelser",
    "job.job",
    "boern.lektiehjaelp",
    "faellesskab.aktiviteter",
    "faellesskab.overskudsmad",
    "sprog.sprogcafe",
)
DEFAULT_DESK = "Skranke"


class DeskSettings:
    """This desk's tally keys and name, with defaults."""

    def __init__(self, folder: Path) -> None:
        self._settings = QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)

    def tally_codes(self) -> tuple[str, ...]:
        """The category code for F1..F12, in order ("" where a key counts nothing)."""
        codes = []
        for key, default in zip(TALLY_KEYS, DEFAULT_TALLY_CODES, strict=True):
            value = self._settings.value(f"tallies/{key}", default)
            codes.append(value.strip() if isinstance(value, str) else default)
        return tuple(codes)

    def set_tally_code(self, key: str, code: str) -> None:
        if key not in TALLY_KEYS:
            raise ValueError(key)
        self._settings.setValue(f"tallies/{key}", code)
        self._settings.sync()

    def set_tally_codes(self, codes: tuple[str, ...]) -> None:
        if len(codes) != len(TALLY_KEYS):
            raise ValueError(codes)
        for key, code in zip(TALLY_KEYS, codes, strict=True):
            self._settings.setValue(f"tallies/{key}", code)
        self._settings.sync()

    def desk(self) -> str:
        """The name inquiries and tallies are logged under; "Skranke" until the desk is named
        (a computer's network name, like "skranke-vm", means nothing to the people at the desk)."""
        value = self._settings.value("desk/name")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:64]
        return DEFAULT_DESK

    def is_named(self) -> bool:
        value = self._settings.value("desk/name")
        return isinstance(value, str) and bool(value.strip())

    def set_desk(self, name: str) -> None:
        self._settings.setValue("desk/name", name)
        self._settings.sync()


@dataclass(frozen=True, slots=True)
class FormDraft:
    """The inquiry form as it was when the app closed."""

    user_id: int
    channel: str = "walk_in"
    category_code: str = ""
    description: str = ""
    language: str | None = None
    interpreter_needed: bool = False
    urgency: str = "normal"
    resident_id: int | None = None
    saved_at: str = ""  # ISO 8601, UTC


class DraftStore:
    """One draft per staff member in the local config folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, user_id: int) -> Path:
        return self.folder / f"{DRAFT_PREFIX}{int(user_id)}.json"

    def save(self, draft: FormDraft, now: datetime | None = None) -> Path:
        stamped = FormDraft(**{**asdict(draft), "saved_at": (now or datetime.now(UTC)).isoformat()})
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path_for(draft.user_id)
        temporary = target.with_suffix(".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(asdict(stamped), handle, ensure_ascii=False)
        os.replace(temporary, target)
        return target

    def take(self, user_id: int, now: datetime | None = None) -> FormDraft | None:
        """The user's draft, deleted from disk as it is read; None if there is
        none, it is unreadable or older than a day. Stale drafts of other users go too."""
        now = now or datetime.now(UTC)
        self._drop_stale(now)
        path = self.path_for(user_id)
        if not path.exists():
            return None
        try:
            draft = FormDraft(**json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            draft = None
        path.unlink(missing_ok=True)
        if draft is None or draft.user_id != user_id or _age(draft, now) > DRAFT_MAX_AGE:
            return None
        return draft

    def _drop_stale(self, now: datetime) -> None:
        if not self.folder.exists():
            return
        for path in self.folder.glob(f"{DRAFT_PREFIX}*.json"):
            try:
                saved = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            except OSError:
                continue
            if now - saved > DRAFT_MAX_AGE:
                path.unlink(missing_ok=True)


def _age(draft: FormDraft, now: datetime) -> timedelta:
    try:
        saved = datetime.fromisoformat(draft.saved_at)
    except ValueError:
        return DRAFT_MAX_AGE * 2
    if saved.tzinfo is None:
        saved = saved.replace(tzinfo=UTC)
    return now - saved
