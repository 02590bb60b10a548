"""The day's inquiries at a desk on paper: time, number, channel, category,
resident, what it was about, status and who logged it. Landscape A4, the
header row repeated on every page, "page 2 of 3" at the foot."""

from __future__ import annotations

from datetime import datetime
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from referral_app.domain.reporting import TodaysList
from referral_app.reports.layout import (
    FONT,
    FONT_BOLD,
    MARGIN,
    MUTED,
    PAGE_SIZE,
    RULE,
    ZEBRA,
    escape,
    numbered_canvas,
    register_fonts,
    style,
)

TEXTS: dict[str, dict[str, str]] = {
    "title": {"da": "Henvendelser {day}", "en": "Inquiries on {day}"},
    "desk": {"da": "Skranke: {desk}", "en": "Desk: {desk}"},
    "all_desks": {"da": "Alle skranker", "en": "All desks"},
    "count": {"da": "{count} henvendelser", "en": "{count} inquiries"},
    "hidden": {"da": "Navne vises som initialer.", "en": "Names are shown as initials."},
    "time": {"da": "Kl.", "en": "Time"}, "number": {"da": "Nr.", "en": "No."},
    "channel": {"da": "Kanal", "en": "Channel"}, "category": {"da": "Emne", "en": "Subject"},
    "resident": {"da": "Beboer", "en": "Resident"}, "description": {"da": "Beskrivelse", "en": "Description"},
    "status": {"da": "Status", "en": "Status"}, "staff": {"da": "Medarbejder", "en": "Staff"},
    "anonymous": {"da": "anonym", "en": "anonymous"},
    "none": {"da": "Ingen henvendelser denne dag.", "en": "No inquiries on this day."},
    "printed": {"da": "Udskrevet {when}", "en": "Printed {when}"},
    "page": {"da": "Side {page} af {pages}", "en": "Page {page} of {pages}"},
    "footer": {"da": "Fælles Indgang · Fortroligt", "en": "Fælles Indgang · Confidential"},
}
CHANNELS = {"walk_in": {"da": "Personligt", "en": "Walk-in"}, "phone": {"da": "Telefon", "en": "Phone"},
            "email": {"da": "E-mail", "en": "E-mail"}, "outreach": {"da": "Opsøgende", "en": "Outreach"}}
STATUSES = {"open": {"da": "Åben", "en": "Open"}, "referred": {"da": "Henvist", "en": "Referred"},
            "answered": {"da": "Besvaret", "en": "Answered"}, "closed": {"da": "Lukket", "en": "Closed"}}
MAX_DESCRIPTION = 300


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXTS[key][lang].format(**params)


def _day(value: Any) -> str:
    return value.strftime("%d.%m.%Y")


def _when(value: datetime) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


#: Columns sized to their longest text (time, number, channel, status, staff), each at most this share
#: of the line; the rest shares what is left in these proportions (category, resident, description).
FITTED = {0: 0.08, 1: 0.08, 2: 0.12, 6: 0.10, 7: 0.14}
SHARED = {3: 0.17, 4: 0.15, 5: 0.29}
PADDING = 6.5  # a cell's left and right padding together, in points, plus a little air


def _widths(header: list[str], rows: list[list[str]], width: float) -> list[float]:
    """Column widths in points: the short columns as wide as their widest
    text (the header in bold) so a number or a username never breaks in
    the middle; the long ones share the rest."""
    widths = [0.0] * len(header)
    for column, cap in FITTED.items():
        widest = max([stringWidth(header[column], FONT_BOLD, 9)]
                     + [stringWidth(row[column], FONT, 9) for row in rows])
        widths[column] = min(widest + 2 * PADDING, cap * width)
    rest = width - sum(widths)
    for column, share in SHARED.items():
        widths[column] = rest * share / sum(SHARED.values())
    return widths


def build_todays_list(data: TodaysList, out: BinaryIO, lang: str = "da") -> None:
    register_fonts()
    lang = "en" if lang == "en" else "da"
    page_size = landscape(PAGE_SIZE)
    width = page_size[0] - 2 * MARGIN
    h1, body, cell, head = (style("h1", 15, bold=True, space_after=2), style("body", 10, color=MUTED),
                            style("cell", 9), style("head", 9, bold=True))
    desk = _t("desk", lang, desk=data.desk) if data.desk else _t("all_desks", lang)
    facts = f"{desk} · {_t('count', lang, count=len(data.rows))}"
    if data.names_hidden:
        facts += " · " + _t("hidden", lang)
    story: list[Any] = [Paragraph(escape(_t("title", lang, day=_day(data.day))), h1),
                        Paragraph(escape(facts), body), Spacer(1, 3 * mm)]
    if data.rows:
        header = [_t(k, lang) for k in ("time", "number", "channel", "category", "resident", "description",
                                        "status", "staff")]
        rows = [[Paragraph(escape(h), head) for h in header]]
        texts: list[list[str]] = []
        for r in sorted(data.rows, key=lambda row: (row.received_at, row.id)):
            description = r.description if len(r.description) <= MAX_DESCRIPTION else \
                r.description[:MAX_DESCRIPTION - 1] + "…"
            values = [r.received_at.astimezone().strftime("%H:%M"), str(r.id),
                      CHANNELS.get(r.channel.value, {}).get(lang, r.channel.value), r.category,
                      r.resident or _t("anonymous", lang), description,
                      STATUSES.get(r.status, {}).get(lang, r.status), r.logged_by]
            rows.append([Paragraph(escape(v), cell) for v in values])
            texts.append(values)
        table = Table(rows, colWidths=_widths(header, texts, width), repeatRows=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ]))
        story.append(table)
    else:
        story.append(Paragraph(escape(_t("none", lang)), style("empty", 10)))
    printed = _t("printed", lang, when=_when(data.printed_at))

    def furniture(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 10 * mm, f"{_t('footer', lang)} · {printed}")
        canvas.drawRightString(page_size[0] - MARGIN, 10 * mm, _t("page", lang, page=page, pages=pages))
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=page_size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=18 * mm, title=_t("title", lang, day=_day(data.day)),
                            author="Fælles Indgang", lang=lang, initialFontName=FONT)
    doc.build(story, canvasmaker=numbered_canvas(furniture))
