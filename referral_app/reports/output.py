"""Writing a finished report into place in one step.

Everything is written to a temporary file beside the target and then moved
over it with ``os.replace``: a failure (a full disk, a cancelled build, a
bug) leaves no half-written file at the target and no temporary file
behind. No ReportLab here, so the CLI can check an output path cheaply.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

MSG_NO_FOLDER = QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist.")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {problem}")


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once at import (os.umask can only be read by setting it): a saved report
# gets the permissions any new file of the user gets, not mkstemp's 0600.
_FILE_MODE = 0o666 & ~_read_umask()


def write_pdf(target: Path, render: Callable[[BinaryIO], None]) -> Path:
    """Render a PDF into a temporary file beside ``target``, then move it into place."""
    return write_file(target, render, suffix=".pdf")


def write_file(target: Path, render: Callable[[BinaryIO], None], *, suffix: str) -> Path:
    """Write with ``render(binary_handle)`` into a temporary file beside ``target``,
    then move it into place.

    Raises ValidationError with a message the user can act on when the
    folder is missing or cannot be written.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(MSG_NO_FOLDER, field="output", path=str(folder))
    if target.is_dir():
        raise ValidationError(MSG_CANNOT_WRITE, field="output", path=str(target), problem=os.strerror(errno.EISDIR))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=f"{suffix}.part", dir=folder)
    except OSError as exc:
        raise ValidationError(MSG_CANNOT_WRITE, field="output", path=str(target),
                              problem=exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            render(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, file_mode_for(target))
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise ValidationError(MSG_CANNOT_WRITE, field="output", path=str(target),
                              problem=exc.strerror or str(exc)) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


def file_mode_for(target: Path) -> int:
    """The permissions a file written over ``target`` should get: the old file's,
    else those of any new file (a temporary file starts readable by its owner only)."""
    return target.stat().st_mode & 0o777 if target.exists() else _FILE_MODE


def write_bytes(target: Path, data: bytes) -> Path:
    """Save an already rendered PDF (the preview the user looked at) the same safe way."""
    return write_pdf(target, lambda handle: handle.write(data))


def check_writable(target: Path) -> None:
    """Fail early, before slow work, when the output cannot be written."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(MSG_NO_FOLDER, field="output", path=str(folder))
    if target.is_dir() or not os.access(folder, os.W_OK):
        raise ValidationError(MSG_CANNOT_WRITE, field="output", path=str(target),
                              problem=os.strerror(errno.EISDIR if target.is_dir() else errno.EACCES))
