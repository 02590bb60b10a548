"""Table columns that fit: each as wide as its content and its header, and the
column with the long text (a name, a description) takes the room that is left.

A column the user would otherwise have to widen by hand to read "Overdrage
til en …" or "Charlotte …" is the fault this prevents. Paged models (the
queue, the audit log) measure only the rows on screen, so sizing a column
never fetches pages from the database.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHeaderView


def fit_columns(header: QHeaderView, stretch: int | Iterable[int], *, visible_rows_only: bool = False) -> None:
    """Size every section of ``header`` to its content, except ``stretch``, which share what is left."""
    stretching = {stretch} if isinstance(stretch, int) else set(stretch)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretching:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if visible_rows_only:
        header.setResizeContentsPrecision(0)  # 0: the rows in view, never the whole model
