"""Find layout faults in a shown widget tree: what a person would see as
overlapping or cut off.

``layout_problems(root)`` walks every visible widget under ``root`` and reports

* two visible sibling widgets whose rectangles overlap (more than a pixel: some
  styles let frames touch);
* a visible widget that sticks out of its parent (so part of it is never
  drawn), unless the parent is a scroll area's viewport, where content scrolls;
* a label whose text does not fit its contents rectangle: measured with the
  label's own font (``QFontMetrics`` for plain text, ``QTextDocument`` for rich
  text), word-wrapped at the label's width when the label wraps;
* a push button, check box or radio button whose text (and icon) does not fit
  the rectangle the style draws its contents in;
* a group box whose title is wider than the box, a tab whose text the tab bar
  had to elide, a combo box whose current text does not fit its field;
* a table or tree column narrower than its header text, or (for a column sized
  to its content, not the one that stretches) narrower than its cells;
* a field or button squashed below the height its text needs (what a dialog
  that does not grow does to its fields when a message appears).

Each problem is one line naming the widget by its path of object names (or
class names), so a failure says where to look.

Intended elision is listed in ``ELIDED_ON_PURPOSE`` by object name, with the
reason; keep it tiny. A stretching table column may elide in a narrow window:
it takes what is left by design.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

#: Object names of widgets that elide their text on purpose, with why.
ELIDED_ON_PURPOSE: dict[str, str] = {
    "databaseLabel": "the status bar's database address is elided in the middle; its tooltip has it whole",
}

TOLERANCE = 1  # pixels: rounding and touching frames


def describe(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName() or type(current).__name__
        parts.append(name)
        current = current.parentWidget()
    return "/".join(reversed(parts[:6]))


def visible_children(widget: QWidget) -> list[QWidget]:
    return [child for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if child.isVisible() and not child.isWindow() and child.width() > 0 and child.height() > 0]


def walk(root: QWidget) -> Iterator[QWidget]:
    yield root
    for child in visible_children(root):
        yield from walk(child)


def _is_scrolled_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _overlaps(parent: QWidget) -> Iterator[str]:
    if isinstance(parent, QTabWidget):
        return  # the tab bar sits on the pane's frame by design
    children = visible_children(parent)
    for index, first in enumerate(children):
        for second in children[index + 1:]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > TOLERANCE and common.height() > TOLERANCE:
                yield (f"overlap: {describe(first)} {_rect(first.geometry())} and {describe(second)} "
                       f"{_rect(second.geometry())}")


def _outside(parent: QWidget) -> Iterator[str]:
    if _is_scrolled_viewport(parent):
        return
    bounds = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    for child in visible_children(parent):
        if not bounds.contains(child.geometry()):
            yield f"cut off by its parent: {describe(child)} {_rect(child.geometry())} in {_rect(parent.rect())}"


def _rect(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"


def shown_text(text: str, mnemonic: bool = True) -> str:
    """The text as drawn: a single ``&`` marks a mnemonic, ``&&`` is an ampersand."""
    if not mnemonic:
        return text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def widest(metrics: QFontMetrics, text: str) -> int:
    """The widest line of ``text`` (buttons draw each line of a multi-line text centred)."""
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def _is_rich(label: QLabel) -> bool:
    text_format = label.textFormat()
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.objectName() in ELIDED_ON_PURPOSE:
        return None
    area = label.contentsRect()
    margin = label.margin()
    area = area.adjusted(margin, margin, -margin, -margin)
    if label.indent() > 0:
        area = area.adjusted(label.indent(), 0, 0, 0)
    if _is_rich(label):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(area.width())
        width, height = document.idealWidth(), document.size().height()
    else:
        metrics = QFontMetrics(label.font())
        flags = int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
        bounds = QRect(0, 0, area.width() if label.wordWrap() else 100_000, 100_000)
        needed = metrics.boundingRect(bounds, flags | int(Qt.AlignmentFlag.AlignLeft),
                                      shown_text(text, label.buddy() is not None))
        width, height = needed.width(), needed.height()
    if width > area.width() + TOLERANCE or height > area.height() + TOLERANCE:
        short = " ".join(shown_text(text).split())[:60]
        return (f"text does not fit: {describe(label)} needs {width:.0f}x{height:.0f}, has "
                f"{area.width()}x{area.height()}: {short!r}")
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = shown_text(button.text())
    if not text or button.objectName() in ELIDED_ON_PURPOSE:
        return None
    if isinstance(button, QPushButton):
        element = QStyle.SubElement.SE_PushButtonContents
    elif isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    else:  # tool buttons: the text and a small margin
        needed = widest(button.fontMetrics(), text) + 6
        if needed > button.width() + TOLERANCE:
            return f"text does not fit: {describe(button)} needs {needed}, has {button.width()}: {text!r}"
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    contents = button.style().subElementRect(element, option, button)
    needed = widest(button.fontMetrics(), text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if needed > contents.width() + TOLERANCE:
        return f"text does not fit: {describe(button)} needs {needed}, has {contents.width()}: {text!r}"
    return None


def group_box_problem(box: QGroupBox) -> str | None:
    title = shown_text(box.title())
    if not title:
        return None
    needed = box.fontMetrics().horizontalAdvance(title) + 12  # the style's indent on both sides
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
    if needed > box.width() + TOLERANCE:
        return f"title does not fit: {describe(box)} needs {needed}, has {box.width()}: {title!r}"
    return None


def combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable() or combo.objectName() in ELIDED_ON_PURPOSE:
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = False
    option.currentText = text
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + TOLERANCE:
        return f"text does not fit: {describe(combo)} needs {needed}, has {field.width()}: {text!r}"
    return None


def tab_problems(bar: QTabBar) -> Iterator[str]:
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = shown_text(bar.tabText(index))
        needed = bar.fontMetrics().horizontalAdvance(text) + 8
        if needed > bar.tabRect(index).width() + TOLERANCE:
            yield (f"tab text does not fit: {describe(bar)} tab {index} needs {needed}, has "
                   f"{bar.tabRect(index).width()}: {text!r}")


def _stretches(header: QHeaderView, section: int) -> bool:
    if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
        return True
    last = max((s for s in range(header.count()) if not header.isSectionHidden(s)), default=-1)
    return header.stretchLastSection() and section == last


def view_problems(view: QAbstractItemView) -> Iterator[str]:
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return
    model = view.model()
    if model is None or header.isHidden():
        return
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) * 2
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        width = header.sectionSize(section)
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0) + margin
        if title and needed > width + TOLERANCE:
            yield f"column header does not fit: {describe(view)} column {section} needs {needed}, has {width}: {title!r}"
        if _stretches(header, section) or model.rowCount() == 0:
            continue
        cells = view.sizeHintForColumn(section)
        if cells > width + TOLERANCE:
            yield f"column cut: {describe(view)} column {section} ({title!r}) needs {cells}, has {width}"


SQUASHABLE = (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)


def widget_problems(widget: QWidget) -> Iterator[str]:
    yield from _overlaps(widget)
    yield from _outside(widget)
    inner = isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))  # sized by its box
    if isinstance(widget, SQUASHABLE) and not inner and widget.height() < widget.minimumSizeHint().height() - TOLERANCE:
        yield (f"squashed: {describe(widget)} is {widget.height()} high, needs "
               f"{widget.minimumSizeHint().height()}")
    found: str | None = None
    if isinstance(widget, QLabel):
        found = label_problem(widget)
    elif isinstance(widget, QAbstractButton):
        found = button_problem(widget)
    elif isinstance(widget, QGroupBox):
        found = group_box_problem(widget)
    elif isinstance(widget, QComboBox):
        found = combo_problem(widget)
    elif isinstance(widget, QTabBar):
        yield from tab_problems(widget)
    elif isinstance(widget, QAbstractItemView):
        yield from view_problems(widget)
    if found:
        yield found


def layout_problems(roots: QWidget | Iterable[QWidget]) -> list[str]:
    """Every fault under the shown ``roots``, each once."""
    seen: dict[str, None] = {}
    for root in [roots] if isinstance(roots, QWidget) else roots:
        for widget in walk(root):
            for problem in widget_problems(widget):
                seen.setdefault(problem)
    return list(seen)
