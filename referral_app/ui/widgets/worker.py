"""Slow work off the GUI thread, with progress, cancelling, and the result
posted back as a signal (the shape of Picard's ``util/thread.run_task``).

The work is a plain function that gets a ``progress(done, total)`` callable.
It runs on a thread pool, so it must not touch widgets; it opens its own
database session (``db.begin()``) because sessions are not shared between
threads. Its signals belong to an object made on the GUI thread, so Qt
queues every callback onto the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class TaskCancelled(Exception):  # noqa: N818 - not an error: the user asked to stop
    """Raised inside the work by ``progress`` once the task is cancelled."""


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Task(QRunnable):
    """One piece of work. Keep a reference until one of its end signals arrives."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it: the page drops its reference when done
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()
        self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except TaskCancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread, which decides
            log.debug("background task failed", exc_info=True)
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()


def run_task(work: Callable[[Progress], Any], *, on_finished: Callable[[Any], None],
             on_failed: Callable[[BaseException], None], on_progress: Callable[[int, int], None] | None = None,
             on_cancelled: Callable[[], None] | None = None, pool: QThreadPool | None = None) -> Task:
    """Start ``work(progress)`` on ``pool`` (the global pool by default) and call
    the handlers on the GUI thread."""
    task = Task(work)
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    if on_cancelled is not None:
        task.signals.cancelled.connect(on_cancelled)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
