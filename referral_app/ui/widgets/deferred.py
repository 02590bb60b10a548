"""Work that is not on screen yet, run once the screen has been painted.

``after_first_paint(widget, work)`` runs ``work`` on the turn of the event
loop after ``widget`` is first painted (so the user sees the page before the
app reads what only a drop-down or a dialog needs), or after ``fallback_ms``
if the widget is not painted by then (a page built but never shown).
``work`` runs once, whichever comes first; callers that need the result
earlier call their own loader, which should do nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 500


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._work is not None:
            QTimer.singleShot(0, self, self._run)  # after this paint, not inside it
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        self.deleteLater()
        if work is not None:
            work()


def after_first_paint(widget: QWidget, work: Callable[[], None], *, fallback_ms: int = FALLBACK_MS) -> None:
    """Run ``work`` once, just after ``widget`` is first painted (or after ``fallback_ms``)."""
    _FirstPaint(widget, work, fallback_ms)
