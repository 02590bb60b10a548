"""What the three reports share: the font, the styles and the page frame with
"page X of Y" (writing a finished file into place is in ``services.outputs``).

The font is DejaVu Sans, embedded in every PDF: the base-14 PDF fonts cover
æ, ø and å only through WinAnsi encoding and print nothing for other
scripts, and a resident's slip must print the same on every machine.
Arabic script (the slip in Arabic, Urdu and Farsi) is set in Noto Sans
Arabic, shipped in resources/fonts/: DejaVu Sans lacks common Urdu letters
(ے U+06D2, ہ U+06C1). Noto Sans Arabic has no Latin letters or digits, so a
line mixes the two fonts run by run (``font_for``).
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
from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
ARABIC_FONT = "NotoSansArabic"
ARABIC_FONT_BOLD = "NotoSansArabic-Bold"
# Inside the installed package or in the checkout (referral_app/resources.py).
_SHIPPED_FONTS = resources.fonts_dir()
PAGE_SIZE = A4
MARGIN = 18 * mm
INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f4e79")
ACCENT_LIGHT = colors.HexColor("#8fb3d9")
RULE = colors.HexColor("#c8c8c8")
ZEBRA = colors.HexColor("#f1f4f8")

MSG_NO_ARABIC_FONT = QT_TRANSLATE_NOOP(
    "errors", "The font Noto Sans Arabic was not found in {folder}. Reinstall Fælles Indgang."
)
MSG_NO_GLYPH = QT_TRANSLATE_NOOP(
    "errors", "The slip cannot print the character {char} ({code}) in “{text}”: no font on the slip has it. "
              "Correct the text, or print the slip in another language."
)
# Invisible: the bidi marks, embeddings and isolates, and line breaks.
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
NOT_DRAWN = BIDI_CONTROLS | frozenset("\n\r\t")
# Arabic letters, their presentation forms and the joiners between them: set in
# Noto Sans Arabic; every other character in DejaVu Sans.
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
                  (0x200C, 0x200D))


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold), shipped with the app, with ReportLab, once.

    Only the shipped files are used, never the system's, so every PDF is the
    same on every machine; a missing one is a broken installation
    (MissingResourceError names the file)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    regular = resources.require(_SHIPPED_FONTS / "DejaVuSans.ttf")
    bold = resources.require(_SHIPPED_FONTS / "DejaVuSans-Bold.ttf")
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def register_arabic_fonts() -> None:
    """Register Noto Sans Arabic (regular and bold), once; only the slip needs it."""
    register_fonts()
    if ARABIC_FONT in pdfmetrics.getRegisteredFontNames():
        return
    regular, bold = _SHIPPED_FONTS / "NotoSansArabic-Regular.ttf", _SHIPPED_FONTS / "NotoSansArabic-Bold.ttf"
    if not (regular.is_file() and bold.is_file()):
        raise ValidationError(MSG_NO_ARABIC_FONT, folder=str(_SHIPPED_FONTS))
    pdfmetrics.registerFont(TTFont(ARABIC_FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(ARABIC_FONT_BOLD, str(bold)))


def is_arabic_script(char: str) -> bool:
    code = ord(char)
    return any(first <= code <= last for first, last in _ARABIC_BLOCKS)


def font_for(char: str, bold: bool = False) -> str:
    """The embedded font that draws ``char``: Noto Sans Arabic for Arabic script, else DejaVu Sans."""
    if is_arabic_script(char):
        return ARABIC_FONT_BOLD if bold else ARABIC_FONT
    return FONT_BOLD if bold else FONT


def missing_glyph(text: str, bold: bool = False, font: str | None = None) -> str | None:
    """The first character of ``text`` that its font cannot draw, if any: ``font`` for
    every character, or by default the one ``font_for`` picks for each.

    ``text`` is what is drawn: for Arabic script, the shaped presentation forms.
    Line breaks and the invisible bidi controls are not drawn and always pass.
    """
    for char in text:
        if char in NOT_DRAWN:
            continue
        face = pdfmetrics.getFont(font or font_for(char, bold)).face
        if ord(char) not in face.charToGlyph:
            return char
    return None


def check_glyphs(text: str, bold: bool = False, font: str | None = None) -> None:
    """Raise a clear error before the PDF is written when a character would print as an empty box."""
    char = missing_glyph(text, bold, font)
    if char is not None:
        raise ValidationError(MSG_NO_GLYPH, field="text", char=char, code=f"U+{ord(char):04X}", text=text[:60])


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
