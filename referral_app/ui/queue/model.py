"""The coordinator's referral queue as a table that holds only the pages it shows.

The queue can grow without bound, so the model knows the total row count and
fetches fixed-size pages on demand into a small cache (as the audit log
does). A thin adapter: the page loader is a callback, the rows are the
``Referral`` objects the referral service returns.

Follow-up is never told by colour alone: an overdue row says "Overdue" with a
red icon and red text, a row due soon says "Due soon" with an amber icon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

from referral_app.domain.inquiries import local_today
from referral_app.domain.privacy import mask_name
from referral_app.domain.referrals import FOLLOW_UP_LABELS, FollowUp, Referral
from referral_app.translation import format_date, label, lookup
from referral_app.ui.widgets.paged_model import PagedTableModel

(COL_NUMBER, COL_CREATED, COL_RESIDENT, COL_CATEGORY, COL_SERVICE, COL_ORGANIZATION, COL_STATUS,
 COL_FOLLOW_UP, COL_DUE) = range(9)
COLUMN_COUNT = 9
PAGE_SIZE = 100
MAX_CACHED_PAGES = 8

#: The service's sort key behind a column; columns without one cannot be sorted.
SORT_KEYS = {COL_CREATED: "created", COL_SERVICE: "service", COL_STATUS: "status", COL_FOLLOW_UP: "due",
             COL_DUE: "due"}
#: The ``Referral`` behind a row.
REFERRAL_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's ``FollowUp`` state.
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_COLOUR = QColor("#b3261e")
DUE_SOON_COLOUR = QColor("#8a5300")  # dark amber text: readable on a light background
DUE_SOON_ICON_COLOUR = QColor("#f2a900")

# (offset, limit, last referral of the page before or None) -> rows; or a Pager that
# also reads before a row and from the end.
LoadPage = Callable[[int, int, Referral | None], tuple[Referral, ...]]
Index = QModelIndex | QPersistentModelIndex


def follow_up_icon(state: FollowUp, size: int = 14) -> QIcon:
    """A red disc with "!" for overdue, an amber triangle for due soon, nothing otherwise."""
    if state not in (FollowUp.OVERDUE, FollowUp.DUE_SOON):
        return QIcon()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    if state is FollowUp.OVERDUE:
        painter.setBrush(OVERDUE_COLOUR)
        painter.drawEllipse(0, 0, size, size)
        painter.setPen(QColor("white"))
    else:
        painter.setBrush(DUE_SOON_ICON_COLOUR)
        painter.drawPolygon(QPolygonF([QPointF(size / 2, 0), QPointF(size, size), QPointF(0, size)]))
        painter.setPen(QColor("black"))
    font = QFont()
    font.setPixelSize(int(size * 0.8))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect().adjusted(0, 1, 0, 0), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


def follow_up_colour(state: FollowUp) -> QColor | None:
    return {FollowUp.OVERDUE: OVERDUE_COLOUR, FollowUp.DUE_SOON: DUE_SOON_COLOUR}.get(state)


def resident_text(referral: Referral, masked: bool, anonymous: str) -> str:
    """The name, initials when names are hidden, or a number when the name is gone."""
    if referral.resident_id is None:
        return anonymous
    if not referral.resident_name:
        return f"#{referral.resident_id}"
    return mask_name(referral.resident_name) if masked else referral.resident_name


class QueueModel(PagedTableModel[Referral]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(PAGE_SIZE, MAX_CACHED_PAGES, parent)
        self._masked = False
        self._language = "da"
        self._categories: dict[str, tuple[str, str]] = {}  # code -> (Danish, English)
        self._icons: dict[FollowUp, QIcon] = {}
        self.today: Callable[[], date] = local_today

    # -- feeding ---------------------------------------------------------------
    def clear(self) -> None:
        self.beginResetModel()
        self._cache.reset(0, None)
        self.endResetModel()

    def set_masked(self, masked: bool) -> None:
        if masked != self._masked:
            self._masked = masked
            self._changed(COL_RESIDENT, COL_RESIDENT)

    def set_language(self, language: str, categories: Iterable[tuple[str, str, str]] = ()) -> None:
        """Labels follow the language; ``categories`` are (code, Danish name, English name)."""
        self._language = language
        self._categories.update({code: (da, en) for code, da, en in categories})
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self._changed(0, COLUMN_COUNT - 1)

    def _changed(self, first: int, last: int) -> None:
        if self._cache.total:
            self.dataChanged.emit(self.index(0, first), self.index(self._cache.total - 1, last))

    # -- rows ------------------------------------------------------------------
    def referral(self, row: int) -> Referral | None:
        return self._cache.row(row)

    def row_of(self, referral_id: int, near: int | None = None) -> int | None:
        """The row showing ``referral_id``, looked for in the cached pages and the page around ``near``."""
        if near is not None:
            self.referral(near)  # loads that page if it is not cached
        return next((row for row, referral in self._cache.cached() if referral.id == referral_id), None)

    # -- Qt --------------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        referral = self.referral(index.row())
        if referral is None:
            return None
        column = index.column()
        if role == REFERRAL_ROLE:
            return referral
        state = referral.follow_up(self.today())
        if role == FOLLOW_UP_ROLE:
            return state
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(referral, column, state)
            if role == Qt.ItemDataRole.ToolTipRole and column == COL_FOLLOW_UP and referral.due_date:
                return f"{text}: {format_date(referral.due_date)}"
            return text
        if role == Qt.ItemDataRole.DecorationRole and column == COL_FOLLOW_UP:
            if state not in self._icons:
                self._icons[state] = follow_up_icon(state)
            return self._icons[state]
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_FOLLOW_UP, COL_DUE):
            colour = follow_up_colour(state)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and column == COL_FOLLOW_UP and state is FollowUp.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, referral: Referral, column: int, state: FollowUp) -> str:
        if column == COL_NUMBER:
            return str(referral.id)
        if column == COL_CREATED:
            return format_date(referral.created_at.astimezone())
        if column == COL_RESIDENT:
            return resident_text(referral, self._masked, self.tr("Anonymous"))
        if column == COL_CATEGORY:
            return self.category_name(referral.category_code, referral.category_name_da)
        if column == COL_SERVICE:
            return referral.service_name
        if column == COL_ORGANIZATION:
            return referral.organization_name
        if column == COL_STATUS:
            return label(referral.status)
        if column == COL_FOLLOW_UP:
            return lookup("enums", FOLLOW_UP_LABELS[state]) if state is not FollowUp.NONE else ""
        if column == COL_DUE:
            return format_date(referral.due_date) if referral.due_date else ""
        return ""

    def category_name(self, code: str | None, name_da: str | None) -> str:
        names = self._categories.get(code or "")
        if names is None:
            return name_da or ""
        return names[1] if self._language == "en" else names[0]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("No."), self.tr("Created"), self.tr("Resident"), self.tr("Category"),
                   self.tr("Service"), self.tr("Organization"), self.tr("Status"), self.tr("Follow-up"),
                   self.tr("Due"))
        return headers[section] if 0 <= section < COLUMN_COUNT else None
