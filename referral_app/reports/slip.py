"""The resident's slip: one A4 page in large type that goes home with them.

Where to go, when it is open in the coming week, how to get in touch, what
to bring and what happens next, in plain words; in Danish, or in the
resident's language with the Danish under or beside each line, so the
resident and the staff read the same paper. Arabic, Urdu and Farsi lines
are shaped and set right to left (``reports.rtl``). It carries no personal
data: only a reference the resident can quote and the first name of the
staff member who helped.

The fixed texts come from the catalogues in resources/slip/
(``reports.slip_catalogue``); the service's own texts from the directory,
with its translations where a coordinator wrote them. A line with no
translation is printed in Danish alone, marked ``*``, and a note at the end
says so; with nothing missing there is no note. Every character is checked
against the embedded fonts before the PDF is written (``layout.check_glyphs``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, BinaryIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Path
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from referral_app.domain.enums import ReferralMode
from referral_app.domain.reporting import OpeningDay, SlipData
from referral_app.domain.slip_languages import DANISH, is_right_to_left
from referral_app.reports import texts
from referral_app.reports.layout import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MARGIN,
    MUTED,
    PAGE_SIZE,
    RULE,
    ZEBRA,
    check_glyphs,
    escape,
    register_arabic_fonts,
    register_fonts,
    style,
)
from referral_app.reports.rtl import RightToLeftParagraph, isolate
from referral_app.reports.slip_catalogue import WEEKDAY_KEYS, load_catalogue, usable_texts

BODY = 13
QR_SIZE = 34 * mm
FRAME_PADDING = 6  # ReportLab's default padding inside a page frame, on each side
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN - 2 * FRAME_PADDING
TOP_MARGIN = 14 * mm
MIN_SCALE = 0.5
UNTRANSLATED_MARK = " *"


@lru_cache(maxsize=64)
def qr_drawing(url: str, size: float = QR_SIZE) -> Drawing:
    """The URL as a QR code in vector form: sharp on any printer, no image library needed.

    ReportLab's own QR encoder (``reportlab.graphics.barcode.qr``, error
    correction M, no quiet zone: the page margin is one) gives the modules;
    each row's runs of dark modules become one rectangle of a single filled
    path, so the page gets one path instead of hundreds of shapes. Kept once
    made (never changed after): the same service's slip is printed often."""
    widget = QrCodeWidget(url, barLevel="M", barBorder=0)
    widget.qr.make()
    modules = widget.qr.getModuleCount()
    cell = size / modules
    path = Path(fillColor=colors.black, strokeColor=None, strokeWidth=0)
    for row in range(modules):
        top = size - row * cell
        column = 0
        while column < modules:
            if not widget.qr.isDark(row, column):
                column += 1
                continue
            start = column
            while column < modules and widget.qr.isDark(row, column):
                column += 1
            left, right = start * cell, column * cell
            path.moveTo(left, top)
            path.lineTo(right, top)
            path.lineTo(right, top - cell)
            path.lineTo(left, top - cell)
            path.closePath()
    drawing = Drawing(size, size)
    drawing.add(path)
    return drawing


def unbroken(value: str) -> str:
    """A phone number that never breaks over two lines ("39 69 31 00")."""
    return value.replace(" ", "\u00a0")


def _padless(*extra: tuple[Any, ...]) -> TableStyle:
    return TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0), *extra])


class _Texts:
    """The slip's fixed texts: Danish, and the resident's language where it has them."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.danish = load_catalogue(DANISH)
        self.rtl = is_right_to_left(language)
        other = load_catalogue(language) if language != DANISH else None
        self.other = usable_texts(other, self.danish) if other is not None else None
        self.missing: set[str] = set()

    def da(self, key: str, **params: object) -> str:
        return self.danish.texts[key].format(**params)

    def theirs(self, key: str, **params: object) -> str | None:
        """The text in the resident's language; None on a Danish slip or when it is not
        translated (then remembered, for the note at the end)."""
        if self.other is None:
            return None
        value = self.other.get(key)
        if value is None:
            self.missing.add(key)
            return None
        if self.rtl:  # a filled-in value keeps its own direction inside the right-to-left line
            params = {name: isolate(str(param)) for name, param in params.items()}
        return value.format(**params)


class _Slip:
    """The page's flowables with every type size multiplied by ``scale``."""

    def __init__(self, data: SlipData, scale: float = 1.0) -> None:
        self.data = data
        self.k = scale
        self.t = _Texts(data.language)
        self.rtl = self.t.rtl
        self.translation = data.service_translation if data.bilingual else None
        self.body = self.st("body", BODY)
        self.body_da = self.st("bodyDa", BODY - 1.5, color=MUTED)
        self.small = self.st("small", BODY - 2, color=MUTED)
        self.heading = self.st("heading", 15, bold=True, color=ACCENT, space_before=3.5 * mm, space_after=1.5 * mm)

    def st(self, name: str, size: float, **kwargs: Any) -> ParagraphStyle:
        leading = kwargs.pop("leading", size * 1.3)
        return style(name, size * self.k, leading=leading * self.k, **kwargs)

    def pt(self, size: float) -> str:
        return f"{size * self.k:.1f}"

    # -- paragraphs -------------------------------------------------------------------------
    def para(self, text: str, st: ParagraphStyle, *, bold: bool = False) -> Paragraph:
        """Plain text (not markup) in a left-to-right paragraph, checked against the font first."""
        check_glyphs(text, font=FONT_BOLD if bold else st.fontName)
        return Paragraph(f"<b>{escape(text)}</b>" if bold else escape(text), st)

    def markup(self, parts: list[tuple[str, bool]], st: ParagraphStyle) -> Paragraph:
        """Pieces of plain text, each bold or not, as one left-to-right paragraph."""
        for text, bold in parts:
            check_glyphs(text, font=FONT_BOLD if bold else FONT)
        return Paragraph("".join(f"<b>{escape(t)}</b>" if bold else escape(t) for t, bold in parts), st)

    def theirs_para(self, text: str, st: ParagraphStyle, *, bold: bool = False) -> Flowable:
        """A text in the resident's language: right to left for Arabic, Urdu and Farsi."""
        if self.rtl:
            return RightToLeftParagraph(text, st, bold=bold or None)
        return self.para(text, st, bold=bold)

    def pair(self, key: str, st: ParagraphStyle, st_da: ParagraphStyle, **params: object) -> list[Flowable]:
        """A text in the resident's language with the Danish under it; Danish alone on a Danish
        slip, or marked * where the resident's language lacks it."""
        danish = self.t.da(key, **params)
        if not self.data.bilingual:
            return [self.para(danish, st)]
        theirs = self.t.theirs(key, **params)
        if theirs is None:
            return [self.para(danish + UNTRANSLATED_MARK, st)]
        return [self.theirs_para(theirs, st), Spacer(1, 0.6 * mm * self.k), self.para(danish, st_da)]

    def label(self, key: str) -> list[tuple[str, bool]]:
        """A label for a value on a left-to-right line: "Adres / Adresse" (Danish last)."""
        danish = self.t.da(key)
        if not self.data.bilingual or self.rtl:
            return [(danish, True)]
        theirs = self.t.theirs(key)
        if theirs is None:
            return [(danish + UNTRANSLATED_MARK, True)]
        return [(f"{theirs} / {danish}", True)]

    def labelled(self, key: str, value: str, st: ParagraphStyle | None = None) -> list[Flowable]:
        """"Label: value"; on a right-to-left slip the resident's line follows, value isolated."""
        st = st or self.body
        result: list[Flowable] = []
        if self.rtl:
            theirs = self.t.theirs(key)
            danish = self.t.da(key) + ("" if theirs is not None else UNTRANSLATED_MARK)
            result.append(self.markup([(f"{danish}:", True), (f" {value}", False)], st))
            if theirs is not None:
                result.append(RightToLeftParagraph(f"{theirs}: {isolate(value)}", st))
            return result
        return [self.markup([*self.label(key), (f": {value}", False)], st)]

    def heading_for(self, key: str) -> Flowable:
        danish = self.t.da(key)
        if not self.data.bilingual:
            return self.para(danish, self.heading)
        theirs = self.t.theirs(key)
        if theirs is None:
            return self.para(danish + UNTRANSLATED_MARK, self.heading)
        if self.rtl:  # Danish on the left, the resident's language on the right of the same line
            row = Table([[self.para(danish, self.heading), RightToLeftParagraph(theirs, self.heading)]],
                        colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
            row.setStyle(_padless(("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3.5 * mm * self.k),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm * self.k)))
            return row
        check_glyphs(theirs, font=FONT_BOLD)
        check_glyphs(danish, font=FONT)
        return Paragraph(f"{escape(theirs)} <font name='{FONT}' size='{self.pt(12)}'>/ {escape(danish)}</font>",
                         self.heading)

    # -- the page ----------------------------------------------------------------------------
    def flowables(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [self.top(), Spacer(1, 5 * mm * self.k)]
        story.extend(self.pair("slip_title", self.st("title", 24, bold=True, color=ACCENT),
                               self.st("titleDa", 15, color=MUTED)))
        story.append(Spacer(1, 4 * mm * self.k))
        story.append(self.where())
        story.append(self.heading_for("hours"))
        story.extend(self.hours_table())
        story.append(self.heading_for("bring"))
        story.extend(self.bring())
        story.append(self.heading_for("next_step"))
        story.extend(self.next_step())
        if d.application_process:
            story.append(Spacer(1, 2 * mm * self.k))
            story.extend(self.how_to())
        story.append(Spacer(1, 5 * mm * self.k))
        story.append(self.closing())
        if self.t.missing:
            story.append(Spacer(1, 2 * mm * self.k))
            story.extend(self.untranslated_note())
        return story

    def top(self) -> Table:
        d = self.data
        right: list[Flowable] = []
        ref_style = self.st("ref", 12, alignment=TA_RIGHT, leading=16)
        right.extend(self.labelled("date", texts.short_date(d.printed_on), ref_style))
        right.extend(self.labelled("reference", d.reference, ref_style))
        table = Table(
            [[self.para(texts.text("app", "da"), self.st("app", 11, color=MUTED)), right]],
            colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5], hAlign="LEFT",
        )
        table.setStyle(_padless(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm * self.k),
        ))
        return table

    def service_names(self) -> list[Flowable]:
        """The service's name: translated with the Danish under it, or Danish with "(in Danish)"."""
        d = self.data
        big = self.st("service", 22, bold=True, leading=26)
        if self.translation is not None and self.translation.name:
            return [self.theirs_para(self.translation.name, big), self.para(d.service_name, self.st(
                "serviceDa", 15, leading=19, color=MUTED))]
        return [self.para(d.service_name, big), *self.in_danish()]

    def in_danish(self) -> list[Flowable]:
        """"(på dansk)" in the resident's language, under a directory text that has no translation."""
        if not self.data.bilingual:
            return []
        note = self.t.theirs("in_danish")
        if note is None:
            return []
        return [self.theirs_para(note, self.small)]

    def where(self) -> Table:
        d = self.data
        rows: list[list[object]] = [[flowable] for flowable in self.service_names()]
        rows.append([self.para(d.organization_name, self.st("org", 15, leading=19, color=MUTED))])
        rows.append([Spacer(1, 2 * mm * self.k)])
        for key, value in (("address", d.address), ("phone", d.phone), ("email", d.email), ("website", d.url)):
            if value:
                rows.extend([flowable] for flowable in self.labelled(key, unbroken(value) if key == "phone" else value))
        details_width = CONTENT_WIDTH - (QR_SIZE + 8 * mm if d.url else 0)
        # A gutter before the QR code, so a right-aligned line does not run into its caption.
        details = Table(rows, colWidths=[details_width - (6 * mm if d.url else 0)], hAlign="LEFT")
        details.setStyle(_padless(("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
        if not d.url:
            return details
        scan_style = self.st("scan", 9, color=MUTED, alignment=TA_CENTER)
        scan: list[Flowable] = [self.para(self.t.da("scan"), scan_style)]
        theirs = self.t.theirs("scan")
        if theirs is not None:
            scan.insert(0, RightToLeftParagraph(theirs, scan_style) if self.rtl else self.para(theirs, scan_style))
        qr = Table([[qr_drawing(d.url)], [scan]], colWidths=[QR_SIZE + 4 * mm])
        qr.setStyle(_padless(("ALIGN", (0, 0), (-1, -1), "CENTER")))
        outer = Table([[details, qr]], colWidths=[details_width, QR_SIZE + 8 * mm], hAlign="LEFT")
        outer.setStyle(_padless(("VALIGN", (0, 0), (-1, -1), "TOP")))
        return outer

    def weekday(self, day: OpeningDay) -> tuple[str, str | None]:
        """The day's name in Danish ("Mandag 30.11.") and in the resident's language."""
        key = WEEKDAY_KEYS[day.day.weekday()]
        danish = f"{self.t.da(key).capitalize()} {day.day.strftime('%d.%m.')}"
        theirs = self.t.theirs(key)
        return danish, (theirs[:1].upper() + theirs[1:]) if theirs else None

    def hours_table(self) -> list[Flowable]:
        d = self.data
        if all(day.closed and not day.closed_by_choice for day in d.opening_days):
            return self.sentence("no_hours")
        rows: list[list[object]] = []
        for day in d.opening_days:
            if day.closed:
                closed = self.t.theirs("closed") if (self.data.bilingual and not self.rtl) else None
                # Why a usual day is closed: the holiday's name or the closure's note, as entered.
                danish_closed = self.t.da("closed") + (f" ({day.closed_note})" if day.closed_note else "")
                hours: Flowable = self.markup([(f"{closed} / {danish_closed}" if closed else danish_closed, False)],
                                              self.st("closed", BODY, color=MUTED))
            else:
                parts: list[str] = []
                for opens, closes, note in day.hours:
                    if note:
                        check_glyphs(note, font=FONT)
                    parts.append(f"<b>{texts.clock(opens)}–{texts.clock(closes)}</b>" + (
                        f" <font size='{self.pt(BODY - 2)}' color='#555555'>{escape(note)}</font>" if note else ""))
                hours = Paragraph("<br/>".join(parts), self.body)
            danish, theirs = self.weekday(day)
            if self.rtl:
                name = theirs if theirs is not None else None
                if name is not None and day.closed:
                    closed_theirs = self.t.theirs("closed")
                    name = f"{name}: {closed_theirs}" if closed_theirs else name
                rows.append([self.para(danish, self.body), hours,
                             RightToLeftParagraph(name, self.body) if name else ""])
            else:
                label = f"{theirs} / {danish}" if theirs else danish
                rows.append([self.para(label, self.body), hours])
        if self.rtl:
            widths = [40 * mm, CONTENT_WIDTH - 80 * mm, 40 * mm]
        else:
            first = 72 * mm if d.bilingual else 44 * mm
            widths = [first, CONTENT_WIDTH - first]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [ZEBRA, colors.white]),
            ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0.7 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
        ]))
        return [table]

    def sentence(self, key: str, **params: object) -> list[Flowable]:
        return self.pair(key, self.body, self.body_da, **params)

    def directory_text(self, danish: str, theirs: str | None) -> list[Flowable]:
        """A text from the directory: its translation with the Danish under it, or the Danish
        text with "(in Danish)" in the resident's language."""
        if theirs:
            return [self.theirs_para(theirs, self.body), Spacer(1, 0.6 * mm * self.k), self.para(danish, self.body_da)]
        return [self.para(danish, self.body), *self.in_danish()]

    def bring(self) -> list[Flowable]:
        d = self.data
        if d.what_to_bring:
            return self.directory_text(d.what_to_bring, self.translation.what_to_bring if self.translation else None)
        return self.sentence("bring_default")

    def next_step(self) -> list[Flowable]:
        d = self.data
        if self._own_next_step():
            # The service's own next step; a hand-over keeps the sentence on who calls whom.
            return self.directory_text(d.next_step, self.translation.next_step if self.translation else None)
        translated_name = self.translation.name if self.translation and self.translation.name else None
        key, params = self._next_step_key()
        danish = self.t.da(key, service=d.service_name, **params)
        if not d.bilingual:
            return [self.para(danish, self.body)]
        theirs = self.t.theirs(key, service=translated_name or d.service_name, **params)
        if theirs is None:
            return [self.para(danish + UNTRANSLATED_MARK, self.body)]
        return [self.theirs_para(theirs, self.body), Spacer(1, 0.6 * mm * self.k), self.para(danish, self.body_da)]

    def _next_step_key(self) -> tuple[str, dict[str, object]]:
        d = self.data
        params: dict[str, object] = {"reference": d.reference}
        if d.mode is ReferralMode.HANDED_OVER:
            if d.due_date is not None:
                return "next_handed_over_due", {**params, "due": texts.short_date(d.due_date)}
            return "next_handed_over", params
        if d.phone:
            return "next_logged_phone", {**params, "phone": unbroken(d.phone)}
        return "next_logged", params

    def _own_next_step(self) -> bool:
        """Whether the slip prints the service's next step (which its translation then translates)."""
        return bool(self.data.next_step) and self.data.mode is ReferralMode.LOGGED

    def how_to(self) -> list[Flowable]:
        d = self.data
        assert d.application_process
        st = self.st("howto", BODY - 1, leading=(BODY - 1) * 1.3)
        st_da = self.st("howtoDa", BODY - 2, leading=(BODY - 2) * 1.3, color=MUTED)
        danish_label = self.t.da("how_to")
        translated = self.translation.next_step if self.translation and not self._own_next_step() else None
        if not d.bilingual:
            return [self.markup([(f"{danish_label}:", True), (f" {d.application_process}", False)], st)]
        theirs_label = self.t.theirs("how_to")
        result: list[Flowable] = []
        if translated and theirs_label:
            if self.rtl:
                result.append(RightToLeftParagraph(f"{theirs_label}: {translated}", st))
            else:
                result.append(self.markup([(f"{theirs_label}:", True), (f" {translated}", False)], st))
            result.append(self.markup([(f"{danish_label}:", True), (f" {d.application_process}", False)], st_da))
            return result
        label = danish_label + ("" if theirs_label else UNTRANSLATED_MARK)
        if theirs_label and not self.rtl:
            label = f"{theirs_label} / {danish_label}"
        result.append(self.markup([(f"{label}:", True), (f" {d.application_process}", False)], st))
        if self.rtl and theirs_label:
            note = self.t.theirs("in_danish")
            result.insert(0, RightToLeftParagraph(f"{theirs_label}: {note}" if note else theirs_label, st))
        elif not translated:
            result.extend(self.in_danish())
        return result

    def closing(self) -> Table:
        """Who helped, and whom to ask afterwards, in a box at the end."""
        d = self.data
        st = self.st("closing", 12, leading=16)
        st_da = self.st("closingDa", 11, leading=15, color=MUTED)
        cell: list[Flowable] = list(self.pair("helped_by", st, st_da, name=d.staff_first_name))
        contact = d.vores_hg
        if contact is not None:
            reach = [(key, unbroken(value)) for key, value in (("phone", contact.phone), ("email", contact.email))
                     if value]
            where = " · ".join(value for value in (contact.address, contact.website) if value)
            questions_da = self.t.da("questions")
            theirs = self.t.theirs("questions")
            if self.rtl and theirs is not None:
                line = " · ".join(f"{self.t.theirs(key) or self.t.da(key)}: {isolate(value)}" for key, value in reach)
                cell.append(RightToLeftParagraph(f"{theirs}: {line}" if line else theirs, st))
            if theirs is not None and not self.rtl:
                questions_da = f"{theirs} / {questions_da}"
            elif theirs is None and d.bilingual:
                questions_da += UNTRANSLATED_MARK
            parts: list[tuple[str, bool]] = [(questions_da, True)]
            if reach:
                parts.append((": " + " · ".join(
                    f"{''.join(text for text, _ in self.label(key))}: {value}" for key, value in reach), False))
            cell.append(self.markup(parts, st))
            if where:
                cell.append(self.para(where, st))
        box = Table([[cell]], colWidths=[CONTENT_WIDTH - 2], hAlign="LEFT")
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ]))
        return box

    def untranslated_note(self) -> list[Flowable]:
        """Said only when a line lacks its translation: those lines are in Danish alone."""
        st = self.st("note", 9, color=MUTED)
        danish = self.t.da("untranslated")
        theirs = self.t.theirs("untranslated")
        return [self.theirs_para(theirs, st), self.para(danish, st)] if theirs else [self.para(danish, st)]


class _Once(Flowable):
    """A flowable laid out once for its width: the fitting, the frame that keeps
    the page to one sheet and the drawing all reuse that one layout."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner
        self.hAlign = getattr(inner, "hAlign", "LEFT")
        self._laid_out_for: float | None = None
        self._size = (0.0, 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # Nothing on the slip depends on the height offered; a width within a hair
        # (KeepInFrame offers its own width less 1e-6) lays out the same.
        if self._laid_out_for is None or abs(available_width - self._laid_out_for) > 0.01:
            self._size = self.inner.wrapOn(getattr(self, "canv", None), available_width, available_height)
            self._laid_out_for = available_width
        self.width, self.height = self._size
        return self._size

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 (ReportLab's names)
        self.inner.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.inner.getSpaceAfter())


SCALES = [round(1.0 - 0.04 * step, 2) for step in range(int((1.0 - MIN_SCALE) / 0.04) + 1)]  # 1.0, 0.96, ... 0.52


def _fitting_story(data: SlipData, width: float, height: float) -> list[Flowable]:
    """The largest type (in steps of 4 %, down to 50 %) at which everything fits on one page.

    Shrinking the type, not the drawing, keeps the tables as wide as the page.
    Full size is tried first (most slips fit), and its layout is the one
    drawn: each flowable is laid out once (``_Once``). A longer slip starts
    from the size its height suggests (text needs about the square of the
    type size) and steps from there, two or three layouts instead of a search
    over all thirteen. A directory text too long even at the smallest type is
    cut at the page's end by KeepInFrame.
    """

    def layout(index: int) -> tuple[list[Flowable], float]:
        story: list[Flowable] = [_Once(f) for f in _Slip(data, SCALES[index]).flowables()]
        needed = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
        return story, needed

    def framed(story: list[Flowable]) -> list[Flowable]:
        return [KeepInFrame(width, height, story, mode="truncate", hAlign="LEFT")]

    story, needed = layout(0)
    if needed <= height:
        return framed(story)
    guess = (height / needed) ** 0.5
    index = min((i for i, scale in enumerate(SCALES) if scale <= guess), default=len(SCALES) - 1)
    story, needed = layout(index)
    if needed <= height:  # fits: the next larger steps may too
        while index > 1:
            larger, larger_needed = layout(index - 1)
            if larger_needed > height:
                break
            story, index = larger, index - 1
        return framed(story)
    while index < len(SCALES) - 1:  # too long still: smaller steps until it fits
        index += 1
        story, needed = layout(index)
        if needed <= height:
            break
    return framed(story)


def build_slip(data: SlipData, out: BinaryIO, progress: Callable[[int, int], None] | None = None) -> None:
    """Write the slip for ``data`` as a one-page A4 PDF to ``out``.

    Raises ValidationError, before anything is written, when a text has a
    character none of the embedded fonts can draw.
    """
    register_fonts()
    if is_right_to_left(data.language) or data.service_translation is not None:
        register_arabic_fonts()
    doc = SimpleDocTemplate(
        out, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=TOP_MARGIN,
        title=f"{load_catalogue(DANISH).texts['slip_title']} – {data.service_name}", author="Fælles Indgang",
        subject=data.reference, lang="da", initialFontName=FONT,
    )
    story = _fitting_story(data, doc.width - 2 * FRAME_PADDING, doc.height - 2 * FRAME_PADDING)
    if progress is not None:
        progress(0, 1)
    doc.build(story)
    if progress is not None:
        progress(1, 1)


__all__ = ["FONT_BOLD", "build_slip", "qr_drawing"]
