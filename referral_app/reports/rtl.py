"""Right-to-left lines on the slip: Arabic, Urdu and Farsi shaped, ordered and right-aligned.

ReportLab draws characters left to right, one glyph per character from the
font's character map. Arabic script needs two steps before that:

1. **Shaping** (``arabic_reshaper``): each letter becomes its contextual form
   (isolated, initial, medial, final) and lam + alef become one ligature, as
   Unicode presentation-form characters (U+FB50–U+FEFF) that Noto Sans Arabic
   maps to the right glyphs. Urdu's and Farsi's own letters are in its table.
2. **Ordering** (``python-bidi``, the full Unicode Bidirectional Algorithm,
   UAX #9, from the Rust ``unicode-bidi`` crate): the letters run right to
   left while numbers, phone numbers, e-mail addresses and Latin names stay
   left to right inside them. Values filled into a sentence (a phone number,
   a Danish service name, a reference) are wrapped in first-strong isolates
   (U+2068…U+2069) so "39 57 49 00" keeps its groups in order and a Danish
   name cannot pull the Arabic punctuation around it.

Lines are broken in logical (reading) order first and each line is then
ordered on its own, as UAX #9 prescribes; the paragraph is right-aligned.

Why these two and not the alternatives:

- ReportLab 5.1's own RTL layout needs ``rlbidi``, which comes only with
  ``reportlab[bidi]``; that extra pins an older ReportLab. Its HarfBuzz
  shaping (uharfbuzz) uses the font's own GSUB tables, but a glyph without a
  character in the font's map is drawn through a private-use code point, so
  the PDF's text layer (copy and paste, screen readers, our tests) would not
  read back as the words printed.
- Qt's text engine (QTextDocument to QPdfWriter, HarfBuzz inside) shapes best
  of all, but ``reports`` must not import Qt (the layer contract), and the
  CLI and the workers would need a QGuiApplication to print a slip.
- Presentation forms are plain Unicode: the PDF's text reads back (after NFKC
  normalisation) as the catalogue's words, every glyph can be checked against
  the font before anything is written (``layout.check_glyphs``), and both
  libraries are small, pure-Python or prebuilt wheels. What is lost is mark
  positioning: vowel marks (harakat) are dropped by the shaper, which everyday
  text on the slip does not use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from referral_app.reports.layout import BIDI_CONTROLS, check_glyphs, escape, font_for

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate and its end
_LEVELS = re.compile(r"levels: \[(.*?)\]", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_RESHAPER = arabic_reshaper.ArabicReshaper({"delete_harakat": True, "support_ligatures": True})


def isolate(value: str) -> str:
    """A value put into a right-to-left sentence keeps its own direction (a phone number, a Latin name)."""
    return f"{FSI}{value}{PDI}" if value else value


def shape(text: str) -> str:
    """Contextual forms and lam-alef ligatures, still in logical order."""
    return str(_RESHAPER.reshape(text))


def embedding_levels(text: str) -> list[int]:
    """The resolved bidi level of each character of a right-to-left paragraph (odd: right to left).

    python-bidi 0.6 resolves the levels in Rust but returns them only in its
    debug output, one per UTF-8 byte; they are read from there.
    """
    report = str(get_display(text, base_dir="R", debug=True))
    listed = _LEVELS.search(report)
    by_byte = [int(level) for level in _LEVEL.findall(listed.group(1))] if listed else []
    if len(by_byte) != len(text.encode("utf-8")):
        raise RuntimeError("python-bidi did not report one level per byte; check its pinned version")
    levels, offset = [], 0
    for char in text:
        levels.append(by_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One line in the order it is drawn, left to right: shaped, ordered by the bidi levels
    (UAX #9 rule L2), brackets mirrored where they run right to left (L4), controls removed.

    python-bidi's ``get_display`` orders but does not mirror, so "(دنماركي)" would print
    as ")دنماركي("; the reordering is done here from its levels instead.
    """
    shaped = shape(line)
    if not shaped:
        return shaped
    levels = embedding_levels(shaped)
    # L1: trailing white space goes back to the paragraph's level.
    end = len(shaped)
    while end > 0 and (shaped[end - 1].isspace() or shaped[end - 1] in BIDI_CONTROLS):
        end -= 1
    levels[end:] = [1] * (len(shaped) - end)
    chars = [MIRRORED.get(char, char) if level % 2 else char for char, level in zip(shaped, levels, strict=True)]
    order = list(range(len(chars)))
    lowest_odd = min((level for level in levels if level % 2), default=1)
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return "".join(chars[i] for i in order if chars[i] not in BIDI_CONTROLS)


def _runs(text: str, bold: bool) -> list[tuple[str, str]]:
    """``text`` as (font, piece) runs; spaces stay with the run they are in."""
    runs: list[tuple[str, str]] = []
    for char in text:
        font = runs[-1][0] if char == " " and runs else font_for(char, bold)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


@lru_cache(maxsize=4096)
def _word_width(word: str, size: float, bold: bool) -> float:
    drawn = "".join(char for char in shape(word) if char not in BIDI_CONTROLS)
    return float(sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in _runs(drawn, bold)))


def line_width(line: str, size: float, bold: bool = False) -> float:
    """The drawn width of a line. Order does not change it and joining stops at spaces, so it
    is the sum of its words' shaped widths, each space counted at the wider of the two fonts'."""
    words = line.split(" ")
    space = max(pdfmetrics.stringWidth(" ", font_for(char, bold), size) for char in ("a", "\u0627"))
    return sum(_word_width(word, size, bold) for word in words) + space * (len(words) - 1)


def _balanced(words: list[str]) -> str:
    """A line cut from a longer text, with an isolate still open at its end closed."""
    line = " ".join(words)
    return line + PDI * max(0, line.count(FSI) - line.count(PDI))


def break_lines(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` (logical order) broken at spaces into lines no wider than ``width``.

    An isolate cut by a line break is closed at the line's end and opened again
    on the next line, so each line is ordered as a whole of its own.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current: list[str] = []
        for word in paragraph.split(" "):
            if current and line_width(_balanced([*current, word]), size, bold) > width:
                lines.append(_balanced(current))
                cut = " ".join(current)
                current = [FSI * max(0, cut.count(FSI) - cut.count(PDI)) + word]
            else:
                current.append(word)
        lines.append(_balanced(current))
    return lines


def markup(line: str, bold: bool = False) -> str:
    """A visual line as Paragraph markup, each run in the font that has its glyphs."""
    drawn = visual(line)
    check_glyphs(drawn, bold)
    base = font_for("a", bold)
    return "".join(escape(piece) if font == base else f"<font name='{font}'>{escape(piece)}</font>"
                   for font, piece in _runs(drawn, bold))


class RightToLeftParagraph(Flowable):
    """A paragraph in Arabic, Urdu or Farsi: broken into lines for the width it gets,
    each line shaped and ordered, right-aligned. Behaves like a Paragraph otherwise."""

    def __init__(self, text: str, style: ParagraphStyle, *, bold: bool | None = None) -> None:
        super().__init__()
        self.text = text
        self.bold = style.fontName == font_for("a", True) if bold is None else bold
        self.style = ParagraphStyle(f"{style.name}Rtl", parent=style, alignment=TA_RIGHT)
        self._paragraph: Paragraph | None = None
        self._by_width: dict[float, Paragraph] = {}  # tables try a cell at several widths

    def _layout(self, width: float) -> Paragraph:
        paragraph = self._by_width.get(width)
        if paragraph is None:
            # A hair narrower than the frame, so the Paragraph never breaks a line again.
            lines = break_lines(self.text, width - self.style.leftIndent - self.style.rightIndent - 0.5,
                                self.style.fontSize, self.bold)
            paragraph = Paragraph("<br/>".join(markup(line, self.bold) for line in lines), self.style)
            self._by_width[width] = paragraph
        self._paragraph = paragraph
        return paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        width, height = self._layout(availWidth).wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def draw(self) -> None:
        assert self._paragraph is not None
        self._paragraph.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        return self._layout(availWidth).split(availWidth, availHeight)

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)
