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

from referral_app.domain.errors import DomainError

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


class LatestOnly(QObject):
    """Searches on a thread of their own where only the newest answer counts
    (the resident picker, the administrators' resident finder, the queue's
    free text): asking again, or ``forget``, voids every earlier search; one
    not started yet never runs. The work opens its own session; a DomainError
    it raises is its answer (the caller shows it), anything else goes to
    ``on_failed``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._generation = 0
        self._tasks: dict[int, Task] = {}  # kept until their end signal

    @property
    def busy(self) -> bool:
        """The newest search has not answered yet."""
        return self._generation in self._tasks

    def forget(self) -> None:
        """Void the answers of the searches asked so far."""
        self._generation += 1
        for generation, task in list(self._tasks.items()):
            task.cancel()
            if self.pool.tryTake(task):
                self._tasks.pop(generation, None)

    def run(self, work: Callable[[], Any], on_answer: Callable[[Any], None],
            on_failed: Callable[[BaseException], None]) -> None:
        """Void the earlier searches and start ``work()``; ``on_answer`` gets what
        it returned (or the DomainError it raised) unless a newer search was asked for."""
        self.forget()
        generation = self._generation

        def search(_progress: Progress) -> Any:
            try:
                return work()
            except DomainError as exc:
                return exc

        def finished(answer: Any) -> None:
            self._tasks.pop(generation, None)
            self._drop_finished()
            if generation == self._generation:  # an older search's answer: the newest decides
                on_answer(answer)

        def failed(exc: BaseException) -> None:
            self._drop_finished()
            on_failed(exc)

        self._tasks[generation] = run_task(search, on_finished=finished, on_failed=failed,
                                           on_cancelled=self._drop_finished, pool=self.pool)

    def _drop_finished(self) -> None:
        self._tasks = {g: t for g, t in self._tasks.items() if not t.done.is_set()}

    def wait(self, timeout_ms: int) -> bool:
        """Block until the search thread is idle (tests, benchmarks and shutdown);
        the answer then arrives through the event loop."""
        return self.pool.waitForDone(timeout_ms)
