"""A message that is no longer news fades out and is emptied."""

from __future__ import annotations

from PySide6.QtCore import QPropertyAnimation
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel

FADE_MS = 600


class StatusFade:
    """Fades a label out and then empties it (a message that is no longer news)."""

    def __init__(self, label: QLabel, ms: int = FADE_MS) -> None:
        self.label = label
        self.effect = QGraphicsOpacityEffect(label)
        self.effect.setOpacity(1.0)
        label.setGraphicsEffect(self.effect)
        self.animation = QPropertyAnimation(self.effect, b"opacity", label)
        self.animation.setDuration(ms)
        self.animation.setStartValue(1.0)
        self.animation.setEndValue(0.0)
        self.animation.finished.connect(self._faded)

    def start(self) -> None:
        self.animation.stop()
        self.animation.start()

    def stop(self) -> None:
        self.animation.stop()
        self.effect.setOpacity(1.0)

    def _faded(self) -> None:
        self.label.clear()
        self.effect.setOpacity(1.0)
