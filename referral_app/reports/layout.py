"""What the three reports share: the font, the styles and the page frame with
"page X of Y" (writing a finished file into place is in ``reports.output``).

The font is DejaVu Sans, embedded in every PDF: the base-14 PDF fonts cover
æ, ø and å only through WinAnsi encoding and print nothing for other
scripts, and a resident's slip must print the same on every machine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas

from referral_app import resources

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_SIZE = A4
MARGIN = 18 * mm
INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f4e79")
ACCENT_LIGHT = colors.HexColor("#8fb3d9")
RULE = colors.HexColor("#c8c8c8")
ZEBRA = colors.HexColor("#f1f4f8")



def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold), shipped with the app, with ReportLab, once.

    Only the shipped files are used, never the system's, so every PDF is the
    same on every machine; a missing one is a broken installation
    (MissingResourceError names the file)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources.fonts_dir()
    regular = resources.require(folder / "DejaVuSans.ttf")
    bold = resources.require(folder / "DejaVuSans-Bold.ttf")
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def style(name: str, size: float = 10, *, bold: bool = False, leading: float | None = None,
          color: Any = INK, space_before: float = 0, space_after: float = 0, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=FONT_BOLD if bold else FONT, fontSize=size, leading=leading or size * 1.25,
        textColor=color, spaceBefore=space_before, spaceAfter=space_after, alignment=extra.pop("alignment", TA_LEFT),
        **extra,
    )


def escape(value: object) -> str:
    """Text for a Paragraph, which reads a little XML: &, < and > must be escaped."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def numbered_canvas(header: Callable[[pdfcanvas.Canvas, int, int], None]) -> type[pdfcanvas.Canvas]:
    """A canvas class that knows the page count when it draws each page's
    header and footer (``header(canvas, page, pages)``), so "page 2 of 5" works."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                header(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def progress_callback(progress: Callable[[int, int], None] | None, steps: int) -> Callable[[str, Any], None]:
    """Turn ReportLab's build callbacks into ``progress(done, total)`` calls.

    ``steps`` is a rough page estimate; ``progress`` may raise to stop the build.
    """
    state = {"pages": 0}

    def callback(kind: str, value: Any) -> None:
        if kind == "PAGE" and progress is not None:
            state["pages"] += 1
            progress(min(state["pages"], steps), max(steps, state["pages"]))

    return callback
