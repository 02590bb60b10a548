"""A page that is not built yet says so, and says in one sentence what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def set_texts(self, title: str, sentence: str, status: str) -> None:
        self.title.setText(title)
        self.notice.setText(f"{sentence}\n\n{status}")
        self.setAccessibleName(title)
        self.notice.setAccessibleName(sentence)

    def focus_first(self) -> None:
        """Nothing to type into yet; focus stays where it was."""
