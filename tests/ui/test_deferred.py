"""after_first_paint: work the screen does not show yet runs once, just after the first paint."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from referral_app.ui.widgets.deferred import after_first_paint


def test_runs_once_after_the_first_paint_not_before(qtbot):
    label = QLabel("Henvisninger")
    qtbot.addWidget(label)
    ran: list[bool] = []
    after_first_paint(label, lambda: ran.append(label.isVisible()), fallback_ms=60_000)
    qtbot.wait(20)
    assert ran == []  # not shown, not painted: nothing yet
    label.show()
    qtbot.waitExposed(label)
    label.repaint()
    qtbot.waitUntil(lambda: ran == [True])
    label.repaint()
    label.update()
    qtbot.wait(20)
    assert ran == [True]  # once


def test_a_widget_never_shown_gets_it_after_the_fallback(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    ran: list[int] = []
    after_first_paint(label, lambda: ran.append(1), fallback_ms=30)
    qtbot.waitUntil(lambda: ran == [1])
    qtbot.wait(50)
    assert ran == [1]
