"""The resident's slip: one A4 page in large type that goes home with them.

Where to go, when it is open in the coming week, how to get in touch, what
to bring and what happens next, in plain words; in Danish, or in Danish
with English alongside. It carries no personal data: only a reference the
resident can quote and the first name of the staff member who helped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

import qrcode
from reportlab.graphics.shapes import Drawing, Rect
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
    escape,
    register_fonts,
    style,
)

BODY = 13
QR_SIZE = 34 * mm
FRAME_PADDING = 6  # ReportLab's default padding inside a page frame, on each side
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN - 2 * FRAME_PADDING
TOP_MARGIN = 14 * mm
MIN_SCALE = 0.6


def qr_drawing(url: str, size: float = QR_SIZE) -> Drawing:
    """The URL as a QR code in vector form: sharp on any printer, no image library needed."""
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()
    modules = len(matrix)
    cell = size / modules
    drawing = Drawing(size, size)
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                drawing.add(Rect(column * cell, size - (row + 1) * cell, cell, cell,
                                 fillColor=colors.black, strokeColor=None, strokeWidth=0))
    return drawing


def unbroken(value: str) -> str:
    """A phone number that never breaks over two lines ("39 69 31 00")."""
    return value.replace(" ", "\u00a0")


class _Slip:
    """The page's flowables with every type size multiplied by ``scale``."""

    def __init__(self, data: SlipData, scale: float = 1.0) -> None:
        self.data = data
        self.k = scale
        self.body = self.st("body", BODY)
        self.body_en = self.st("bodyEn", BODY - 1.5, color=MUTED)
        self.heading = self.st("heading", 15, bold=True, color=ACCENT, space_before=3.5 * mm, space_after=1.5 * mm)

    def st(self, name: str, size: float, **kwargs: Any) -> ParagraphStyle:
        leading = kwargs.pop("leading", size * 1.3)
        return style(name, size * self.k, leading=leading * self.k, **kwargs)

    def pt(self, size: float) -> str:
        return f"{size * self.k:.1f}"

    # one text in Danish, or Danish with English alongside
    def both(self, key: str, **params: object) -> str:
        danish = texts.text(key, "da", **params)
        if not self.data.bilingual:
            return danish
        english = texts.text(key, "en", **params)
        return danish if english == danish else f"{danish} / {english}"

    def heading_for(self, key: str) -> Paragraph:
        danish = escape(texts.text(key, "da"))
        if not self.data.bilingual:
            return Paragraph(danish, self.heading)
        english = escape(texts.text(key, "en"))
        return Paragraph(f"{danish} <font name='{FONT}' size='{self.pt(12)}'>/ {english}</font>", self.heading)

    def sentence(self, key: str, **params: object) -> list[Flowable]:
        """A sentence in Danish, with its English translation below it in grey."""
        result: list[Flowable] = [Paragraph(escape(texts.text(key, "da", **params)), self.body)]
        if self.data.bilingual:
            result.append(Spacer(1, 1 * mm))
            result.append(Paragraph(escape(texts.text(key, "en", **params)), self.body_en))
        return result

    def flowables(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [self.top(), Spacer(1, 5 * mm)]
        story.append(Paragraph(escape(texts.text("slip_title", "da")), self.st("title", 24, bold=True, color=ACCENT)))
        if d.bilingual:
            story.append(Paragraph(escape(texts.text("slip_title", "en")), self.st("titleEn", 15, color=MUTED)))
        story.append(Spacer(1, 4 * mm))
        story.append(self.where())
        story.append(self.heading_for("hours"))
        story.append(self.hours_table())
        story.append(self.heading_for("bring"))
        story.extend(self.bring())
        story.append(self.heading_for("next_step"))
        story.extend(self.next_step())
        if d.application_process:
            story.append(Spacer(1, 2 * mm))
            story.append(Paragraph(f"<b>{escape(self.both('how_to'))}:</b> {escape(d.application_process)}",
                                   self.st("howto", BODY - 1, leading=(BODY - 1) * 1.3)))
        story.append(Spacer(1, 5 * mm))
        story.append(self.closing())
        return story

    def top(self) -> Table:
        d = self.data
        right = (f"{escape(self.both('date'))}: {texts.short_date(d.printed_on)}<br/>"
                 f"{escape(self.both('reference'))}: <b>{escape(d.reference)}</b>")
        table = Table(
            [[Paragraph(escape(texts.text("app", "da")), self.st("app", 11, color=MUTED)),
              Paragraph(right, self.st("ref", 12, alignment=TA_RIGHT, leading=16))]],
            colWidths=[CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45], hAlign="LEFT",
        )
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table

    def where(self) -> Table:
        d = self.data
        rows: list[list[object]] = [
            [Paragraph(escape(d.service_name), self.st("service", 22, bold=True, leading=26))],
            [Paragraph(escape(d.organization_name), self.st("org", 15, leading=19, color=MUTED))],
            [Spacer(1, 2 * mm)],
        ]
        for key, value in (("address", d.address), ("phone", d.phone), ("email", d.email), ("website", d.url)):
            if value:
                rows.append([Paragraph(f"<b>{escape(self.both(key))}:</b> {escape(value)}", self.body)])
        details_width = CONTENT_WIDTH - (QR_SIZE + 8 * mm if d.url else 0)
        details = Table(rows, colWidths=[details_width], hAlign="LEFT")
        details.setStyle(TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        if not d.url:
            return details
        qr = Table(
            [[qr_drawing(d.url)], [Paragraph(escape(self.both("scan")), self.st("scan", 9, color=MUTED, alignment=TA_CENTER))]],
            colWidths=[QR_SIZE + 4 * mm],
        )
        qr.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        outer = Table([[details, qr]], colWidths=[details_width, QR_SIZE + 8 * mm], hAlign="LEFT")
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return outer

    def day_name(self, day: OpeningDay) -> str:
        danish = texts.weekday(day.day, "da").capitalize()
        name = f"{danish} / {texts.weekday(day.day, 'en')}" if self.data.bilingual else danish
        return f"{name} {day.day.strftime('%d.%m.')}"

    def hours_table(self) -> Flowable:
        d = self.data
        if all(day.closed and not day.closed_by_choice for day in d.opening_days):
            return Paragraph(escape(self.both("no_hours")), self.body)
        rows = []
        for day in d.opening_days:
            if day.closed:
                why = f" ({day.closed_note})" if day.closed_note else ""
                hours = f"<font color='#555555'>{escape(self.both('closed') + why)}</font>"
            else:
                hours = "<br/>".join(
                    f"<b>{texts.clock(opens)}–{texts.clock(closes)}</b>"
                    + (f" <font size='{self.pt(BODY - 2)}' color='#555555'>{escape(note)}</font>" if note else "")
                    for opens, closes, note in day.hours
                )
            rows.append([Paragraph(escape(self.day_name(day)), self.body), Paragraph(hours, self.body)])
        first = 72 * mm if d.bilingual else 44 * mm
        table = Table(rows, colWidths=[first, CONTENT_WIDTH - first], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [ZEBRA, colors.white]),
            ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0.7 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
        ]))
        return table

    def bring(self) -> list[Flowable]:
        d = self.data
        if d.what_to_bring:
            return [Paragraph(escape(d.what_to_bring), self.body)]
        return self.sentence("bring_default")

    def next_step(self) -> list[Flowable]:
        d = self.data
        params = {"service": d.service_name, "reference": d.reference}
        if d.mode is ReferralMode.HANDED_OVER:
            if d.due_date is not None:
                return self.sentence("next_handed_over_due", due=texts.short_date(d.due_date), **params)
            return self.sentence("next_handed_over", **params)
        if d.phone:
            return self.sentence("next_logged_phone", phone=unbroken(d.phone), **params)
        return self.sentence("next_logged", **params)

    def closing(self) -> Table:
        """Who helped, and whom to ask afterwards, in a box at the end."""
        d = self.data
        lines = [escape(texts.text("helped_by", "da", name=d.staff_first_name))]
        if d.bilingual:
            lines.append(f"<font color='#555555' size='{self.pt(11)}'>"
                         f"{escape(texts.text('helped_by', 'en', name=d.staff_first_name))}</font>")
        contact = d.vores_hg
        if contact is not None:
            reach = [f"{escape(self.both(key))}: {escape(unbroken(value))}"
                     for key, value in (("phone", contact.phone), ("email", contact.email)) if value]
            lines.append(f"<b>{escape(self.both('questions'))}</b>" + (": " + " · ".join(reach) if reach else ""))
            where = [escape(value) for value in (contact.address, contact.website) if value]
            if where:
                lines.append(" · ".join(where))
        box = Table([[Paragraph("<br/>".join(lines), self.st("closing", 12, leading=16))]], colWidths=[CONTENT_WIDTH - 2],
                    hAlign="LEFT")
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ]))
        return box


def _fitting_story(data: SlipData, width: float, height: float) -> list[Flowable]:
    """The largest type (down to 60 %) at which everything fits on one page.

    Shrinking the type, not the drawing, keeps the tables as wide as the page.
    A directory text too long even then is cut at the page's end by KeepInFrame.
    """
    scale = 1.0
    while True:
        story = _Slip(data, scale).flowables()
        needed = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
        if needed <= height or scale <= MIN_SCALE:
            return [KeepInFrame(width, height, story, mode="truncate", hAlign="LEFT")]
        scale = round(scale - 0.04, 2)


def build_slip(data: SlipData, out: BinaryIO, progress: Callable[[int, int], None] | None = None) -> None:
    """Write the slip for ``data`` as a one-page A4 PDF to ``out``."""
    register_fonts()
    doc = SimpleDocTemplate(
        out, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=TOP_MARGIN,
        title=f"{texts.text('slip_title', 'da')} – {data.service_name}", author="Fælles Indgang",
        subject=data.reference, lang="da", initialFontName=FONT,
    )
    story = _fitting_story(data, doc.width - 2 * FRAME_PADDING, doc.height - 2 * FRAME_PADDING)
    if progress is not None:
        progress(0, 1)
    doc.build(story)
    if progress is not None:
        progress(1, 1)


__all__ = ["FONT_BOLD", "build_slip", "qr_drawing"]
