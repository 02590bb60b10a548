"""The steering group's statistics: key figures, breakdowns, two charts and,
on the last page, what every figure means.

Every page carries the period, when the report was generated and "page X
of Y". A period without data still gives a short, valid report that says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from referral_app.domain.reporting import Count, Statistics
from referral_app.reports import texts
from referral_app.reports.charts import category_chart, fit, month_chart
from referral_app.reports.layout import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    PAGE_SIZE,
    RULE,
    ZEBRA,
    escape,
    numbered_canvas,
    progress_callback,
    register_fonts,
    style,
)

TOP = 24 * mm  # room for the running header
WIDTH = PAGE_SIZE[0] - 2 * MARGIN - 12  # the frame's own padding is 6 pt on each side
TABLE_SIZE = 9.5

# Sections in print order; their headings are the section titles in texts.
BREAKDOWNS = (
    "by_category", "by_subcategory", "by_focus_area", "by_channel", "by_housing_organization", "by_age_band",
)
REFERRAL_BREAKDOWNS = ("referrals_by_status", "referrals_by_organization")
KEY_FIGURES = (
    "inquiries_total", "inquiries_logged", "tallies", "anonymous_inquiries", "named", "unique_residents",
    "repeat_residents", "single_visit_residents",
)
REFERRAL_FIGURES = ("referrals_total", "completed", "with_outcome", "still_open", "completion_rate",
                    "median_days", "overdue")


def count_label(section: str, row: Count, language: str) -> str:
    """How a breakdown row is named on the report (and found again by the tests)."""
    return row.name(language) or texts.enum_text(row.key, language)


def key_figure_values(stats: Statistics, language: str) -> dict[str, str]:
    """Every key figure as printed, by its key in ``texts``."""
    rate = stats.completion_rate
    median = stats.median_days_to_completion
    na = texts.text("not_available", language)
    return {
        "inquiries_total": texts.number(stats.inquiries_total, language),
        "inquiries_logged": texts.number(stats.inquiries_logged, language),
        "tallies": texts.number(stats.tallies, language),
        "anonymous_inquiries": texts.number(stats.anonymous, language),
        "named": texts.number(stats.named, language),
        "unique_residents": texts.number(stats.unique_residents, language),
        "repeat_residents": texts.number(stats.repeat_residents, language),
        "single_visit_residents": texts.number(stats.single_visit_residents, language),
        "referrals_total": texts.number(stats.referrals_total, language),
        "completed": texts.number(stats.completed, language),
        "with_outcome": texts.number(stats.with_outcome, language),
        "still_open": texts.number(stats.still_open, language),
        "completion_rate": na if rate is None else texts.percent(rate, language),
        "median_days": na if median is None else texts.decimal(median, language),
        "overdue": texts.number(stats.overdue, language),
    }


def share(count: int, total: int, language: str) -> str:
    return texts.percent(count / total, language) if total else texts.text("not_available", language)


class _Report:
    def __init__(self, stats: Statistics, language: str) -> None:
        self.s = stats
        self.lang = language
        self.h1 = style("h1", 20, bold=True, color=ACCENT, space_after=2 * mm)
        self.h2 = style("h2", 13, bold=True, color=ACCENT, space_before=5 * mm, space_after=2 * mm)
        self.body = style("body", 10, leading=13.5)
        self.muted = style("muted", 9.5, color=MUTED, leading=12.5)

    def t(self, key: str, **params: object) -> str:
        return texts.text(key, self.lang, **params)

    def heading(self, key: str) -> Paragraph:
        return Paragraph(escape(self.t(key)), self.h2)

    def table(self, rows: list[list[str]], widths: list[float], *, numeric_from: int = 1,
              total_row: bool = False) -> Table:
        """A plain table, header row first; every cell is one line of text so the
        report reads back row by row."""
        table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, TABLE_SIZE),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, TABLE_SIZE),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if total_row:
            commands += [("FONT", (0, -1), (-1, -1), FONT_BOLD, TABLE_SIZE), ("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE)]
        table.setStyle(TableStyle(commands))
        return table

    # -- sections -------------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [
            Paragraph(escape(self.t("stats_title")), self.h1),
            Paragraph(escape(self.t("stats_subtitle")), self.muted),
            Spacer(1, 2 * mm),
            Paragraph(f"<b>{escape(self.t('period', period=texts.period_name(s.period, self.lang)))}</b>", self.body),
            Paragraph(escape(self.t("generated", when=texts.timestamp(s.generated_at))), self.body),
        ]
        if s.is_empty:
            story += [Spacer(1, 4 * mm), self.notice(self.t("empty_period"))]
        story += self.key_figures()
        if s.is_empty:
            story += [PageBreak(), *self.definitions()]
            return story
        story += self.months()
        story += self.categories()
        for section in BREAKDOWNS[2:]:
            story += self.breakdown(section, getattr(s, section), s.inquiries_total)
        story += [CondPageBreak(60 * mm)]
        for section in REFERRAL_BREAKDOWNS:
            story += self.breakdown(section, getattr(s, section), s.referrals_total)
        story += self.top_services()
        story += [PageBreak(), *self.definitions()]
        return story

    def notice(self, message: str) -> Table:
        box = Table([[Paragraph(escape(message), style("notice", 11, bold=True, color=ACCENT))]],
                    colWidths=[WIDTH], hAlign="LEFT")
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]))
        return box

    def key_figures(self) -> list[Flowable]:
        values = key_figure_values(self.s, self.lang)
        left = [[self.t("inquiries"), self.t("count")]] + [[self.t(k), values[k]] for k in KEY_FIGURES]
        right_labels = dict.fromkeys(REFERRAL_FIGURES, "")
        right_labels["overdue"] = f"{self.t('overdue')} ({texts.short_date(self.s.overdue_as_of)})"
        right = [[self.t("referrals"), self.t("count")]] + [
            [right_labels[k] or self.t(k), values[k]] for k in REFERRAL_FIGURES
        ]
        half = (WIDTH - 8 * mm) / 2
        both = Table([[self.table(left, [half - 24 * mm, 24 * mm]), self.table(right, [half - 24 * mm, 24 * mm])]],
                     colWidths=[half + 4 * mm, half + 4 * mm], hAlign="LEFT")
        both.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm)]))
        return [self.heading("key_figures"), both]

    def months(self) -> list[Flowable]:
        s = self.s
        rows = [[self.t("month"), self.t("inquiries"), self.t("referrals")]]
        for m in s.by_month:
            rows.append([month_label(m.month, self.lang), texts.number(m.inquiries, self.lang),
                         texts.number(m.referrals, self.lang)])
        rows.append([self.t("total"), texts.number(sum(m.inquiries for m in s.by_month), self.lang),
                     texts.number(sum(m.referrals for m in s.by_month), self.lang)])
        return [
            self.heading("by_month"),
            month_chart(s.by_month, self.lang, WIDTH, 62 * mm),
            Spacer(1, 3 * mm),
            self.table(rows, [60 * mm, 32 * mm, 32 * mm], total_row=True),
        ]

    def categories(self) -> list[Flowable]:
        s = self.s
        chart_rows = [(count_label("by_category", c, self.lang), c.count) for c in s.by_category]
        chart_rows.sort(key=lambda item: -item[1])
        return [
            CondPageBreak(90 * mm),
            self.heading("by_category"),
            category_chart(chart_rows, self.lang, WIDTH),
            Spacer(1, 3 * mm),
            *self.breakdown("by_category", s.by_category, s.inquiries_total, heading=False),
            *self.breakdown("by_subcategory", s.by_subcategory, s.inquiries_total),
        ]

    def breakdown(self, section: str, rows: tuple[Count, ...], total: int, *, heading: bool = True) -> list[Flowable]:
        body = [[self.t(f"column_{section}"), self.t("count"), self.t("share")]]
        for row in rows:
            body.append([fit(count_label(section, row, self.lang), 100 * mm, TABLE_SIZE),
                         texts.number(row.count, self.lang), share(row.count, total, self.lang)])
        body.append([self.t("total"), texts.number(sum(r.count for r in rows), self.lang),
                     share(sum(r.count for r in rows), total, self.lang)])
        table = self.table(body, [105 * mm, 25 * mm, 25 * mm], total_row=True)
        if not heading:
            return [table]
        return [KeepTogether([self.heading(section), table])] if len(rows) < 20 else [self.heading(section), table]

    def top_services(self) -> list[Flowable]:
        rows = [[self.t("service"), self.t("organization"), self.t("referrals"), self.t("completed_short")]]
        for service in self.s.top_services:
            rows.append([fit(service.service_name, 66 * mm, TABLE_SIZE), fit(service.organization_name, 46 * mm, TABLE_SIZE),
                         texts.number(service.referrals, self.lang), texts.number(service.completed, self.lang)])
        return [KeepTogether([self.heading("top_services"),
                              self.table(rows, [69 * mm, 48 * mm, 26 * mm, 25 * mm], numeric_from=2)])]

    def definitions(self) -> list[Flowable]:
        story: list[Flowable] = [Paragraph(escape(self.t("definitions")), self.h1)]
        term = style("term", 9.5, bold=True, leading=12, space_before=2.2 * mm)
        for key, _pair in texts.DEFINITIONS:
            story.append(Paragraph(escape(self.t(key)), term))
            story.append(Paragraph(escape(texts.definition(key, self.lang)), self.muted))
        return story


def month_label(first: date, language: str) -> str:
    return f"{texts.month_name(first.month, language)} {first.year}"


def build_statistics(stats: Statistics, out: BinaryIO, language: str = "da",
                     progress: Callable[[int, int], None] | None = None) -> None:
    """Write the statistics report for ``stats`` as an A4 PDF to ``out``.

    ``progress(done, total)`` is called as pages are laid out; it may raise to stop.
    """
    register_fonts()
    title = texts.text("stats_title", language)
    period = texts.period_name(stats.period, language)
    generated = texts.text("generated", language, when=texts.timestamp(stats.generated_at))

    def furniture(canvas: Any, page: int, pages: int) -> None:
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, height - 12 * mm, f"{title} · {period}")
        canvas.drawRightString(width - MARGIN, height - 12 * mm, generated)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 14 * mm, width - MARGIN, height - 14 * mm)
        canvas.drawCentredString(width / 2, 10 * mm, texts.text("page", language, page=page, pages=pages))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=18 * mm,
        title=f"{title} – {period}", author="Fælles Indgang", lang=language, initialFontName=FONT,
    )
    doc.setProgressCallBack(progress_callback(progress, 1 if stats.is_empty else 6))
    doc.build(_Report(stats, language).story(), canvasmaker=numbered_canvas(furniture))
    if progress is not None:
        progress(1, 1)
