"""The two charts of the statistics report, drawn with reportlab.graphics."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from referral_app.domain.reporting import MonthCount
from referral_app.reports import texts
from referral_app.reports.layout import ACCENT, ACCENT_LIGHT, FONT, INK, MUTED, RULE


def _nice_top(value: int) -> tuple[int, int]:
    """An axis maximum at or above ``value`` and a step that gives 4-6 gridlines."""
    if value <= 0:
        return 5, 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if value / step <= 6:
            return ((value + step - 1) // step) * step, step
    step = 10 ** (len(str(value)) - 1)
    return ((value + step - 1) // step) * step, step


def fit(text: str, width: float, size: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points in the report font."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def month_chart(months: tuple[MonthCount, ...], language: str, width: float, height: float) -> Drawing:
    """Inquiries and referrals per month as paired bars."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 28
    chart.width, chart.height = width - 44, height - 44
    chart.data = [[m.inquiries for m in months], [m.referrals for m in months]]
    one_year = len({m.month.year for m in months}) == 1
    every = max(1, (len(months) + 11) // 12)
    names = []
    for index, m in enumerate(months):
        name = texts.month_short(m.month.month, language)
        if not one_year:
            name = f"{name} {m.month.strftime('%y')}"
        names.append(name if index % every == 0 else "")
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = RULE
    top, step = _nice_top(max([*chart.data[0], *chart.data[1], 0]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = ACCENT_LIGHT
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6
    drawing.add(chart)
    drawing.add(String(0, height - 10, texts.text("chart_by_month", language), fontName=FONT, fontSize=8.5,
                       fillColor=INK))
    return drawing


def category_chart(rows: list[tuple[str, int]], language: str, width: float) -> Drawing:
    """One horizontal bar per category, longest first, with the count at its end."""
    bar_height = 13
    label_width = 150
    height = 24 + bar_height * max(len(rows), 1)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 6
    chart.width, chart.height = width - label_width - 40, bar_height * max(len(rows), 1)
    ordered = list(reversed(rows))  # the chart draws its first category at the bottom
    chart.data = [[count for _, count in ordered] or [0]]
    chart.categoryAxis.categoryNames = [fit(name, label_width - 10, 8) for name, _ in ordered] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    top, step = _nice_top(max([count for _, count in rows] + [0]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.visible = False
    chart.bars[0].fillColor = ACCENT
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(0, height - 10, texts.text("chart_by_category", language), fontName=FONT, fontSize=8.5,
                       fillColor=INK))
    return drawing
