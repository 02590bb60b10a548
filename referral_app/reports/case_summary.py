"""The case summary: one inquiry, the resident as far as consent allows, and
every referral with its history and outcome, for the file or the recipient."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from referral_app.domain.reporting import CaseReferral, CaseSummaryData, ResidentField
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
    numbered_canvas,
    progress_callback,
    register_fonts,
    style,
)

WIDTH = PAGE_SIZE[0] - 2 * MARGIN - 12
LABEL_WIDTH = 42 * mm


class _Summary:
    def __init__(self, data: CaseSummaryData) -> None:
        self.d = data
        self.lang = data.report_language
        self.h1 = style("h1", 18, bold=True, color=ACCENT, space_after=1.5 * mm)
        self.h2 = style("h2", 13, bold=True, color=ACCENT, space_before=5 * mm, space_after=2 * mm)
        self.h3 = style("h3", 11, bold=True, space_before=4 * mm, space_after=1.5 * mm)
        self.body = style("body", 10, leading=13.5)
        self.label = style("label", 10, bold=True, leading=13.5)
        self.muted = style("muted", 9, color=MUTED, leading=12)

    def t(self, key: str, **params: object) -> str:
        return texts.text(key, self.lang, **params)

    def fields(self, rows: list[tuple[str, str | None]]) -> Table:
        """Label/value pairs; values that are missing are left out."""
        body = [[Paragraph(escape(self.t(key)), self.label), Paragraph(escape(value).replace("\n", "<br/>"), self.body)]
                for key, value in rows if value not in (None, "")]
        table = Table(body or [["", ""]], colWidths=[LABEL_WIDTH, WIDTH - LABEL_WIDTH], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return table

    def story(self) -> list[Flowable]:
        d = self.d
        recipient = self.t("for_recipient", recipient=d.recipient) if d.recipient else self.t("for_file")
        story: list[Flowable] = [
            Paragraph(escape(f"{self.t('case_title')} – {self.t('inquiry_no', id=d.inquiry_id)}"), self.h1),
            Paragraph(f"<b>{escape(recipient)}</b>", self.body),
            Paragraph(escape(self.t("confidential")), self.muted),
            Paragraph(escape(self.t("inquiry")), self.h2),
            self.fields([
                ("received", texts.timestamp(d.received_at)),
                ("channel", texts.enum_text(d.channel, self.lang)),
                ("category", d.category_name_en if self.lang == "en" else d.category_name_da),
                ("urgency", texts.enum_text(d.urgency, self.lang)),
                ("status", texts.enum_text(d.status, self.lang)),
                ("language", texts.language_name(d.language, self.lang).capitalize()),
                ("interpreter", self.t("yes") if d.interpreter_needed else self.t("no")),
                ("description", d.description),
            ]),
            Paragraph(escape(self.t("resident")), self.h2),
            *self.resident(),
            Paragraph(escape(self.t("referrals")), self.h2),
        ]
        if not d.referrals:
            story.append(Paragraph(escape(self.t("no_referrals")), self.body))
        for referral in d.referrals:
            story.extend(self.referral(referral))
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph(escape(self.t("printed_by", name=d.generated_by)), self.muted))
        return story

    def resident(self) -> list[Flowable]:
        r = self.d.resident
        if r.resident_id is None:
            return [Paragraph(escape(self.t("anonymous_inquiry")), self.body)]
        result: list[Flowable] = []
        if not r.consent_found:
            result.append(Paragraph(escape(self.t("no_consent")), self.body))
        else:
            allowed = [texts.field_name(f, self.lang) for f in ResidentField if f in r.allowed]
            shown = ", ".join(allowed) if allowed else self.t("consent_nothing")
            given = texts.short_date(r.consent_given_at.astimezone().date()) if r.consent_given_at else "?"
            result.append(Paragraph(escape(self.t("consent_given", date=given, fields=shown)), self.muted))
        result.append(Spacer(1, 1.5 * mm))
        interpreter = None
        if r.interpreter_needed is not None:
            interpreter = self.t("yes") if r.interpreter_needed else self.t("no")
        result.append(self.fields([
            ("resident_no", str(r.resident_id) if r.consent_found else None),
            ("name", r.name),
            ("phone", r.phone),
            ("email", r.email),
            ("address", r.address),
            ("birth_year", str(r.birth_year) if r.birth_year else None),
            ("language", texts.language_name(r.language, self.lang).capitalize() if r.language else None),
            ("interpreter", interpreter),
            ("age_band", r.age_band),
            ("housing_organization", r.housing_organization),
        ]))
        return result

    def referral(self, referral: CaseReferral) -> list[Flowable]:
        reason = texts.enum_text(referral.reason, self.lang) if referral.reason else None
        if reason and referral.reason_note:
            reason = f"{reason}: {referral.reason_note}"
        head = [
            Paragraph(escape(self.t("referral_no", id=referral.id, service=referral.service_name)), self.h3),
            self.fields([
                ("organization", referral.organization_name),
                ("mode", texts.enum_text(referral.mode, self.lang)),
                ("status", texts.enum_text(referral.status, self.lang)),
                ("created", texts.timestamp(referral.created_at)),
                ("due", texts.short_date(referral.due_date) if referral.due_date and not referral.closed_at else None),
                ("closed_at", texts.timestamp(referral.closed_at) if referral.closed_at else None),
                ("reason", reason),
                ("outcome", referral.outcome),
            ]),
        ]
        rows = [[self.t("history"), "", ""]]
        for entry in referral.timeline:
            step = texts.enum_text(entry.to_status, self.lang)
            if entry.from_status is not None:
                step = f"{texts.enum_text(entry.from_status, self.lang)} → {step}"
            who = self.t("by", name=entry.by) if entry.by else ""
            note = f"<br/><font color='#555555'>{escape(entry.note)}</font>" if entry.note else ""
            rows.append([texts.timestamp(entry.at), Paragraph(escape(step) + note, self.body),
                         Paragraph(escape(who), self.muted)])
        timeline = Table(rows, colWidths=[32 * mm, WIDTH - 32 * mm - 36 * mm, 36 * mm], hAlign="LEFT", repeatRows=1)
        timeline.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9.5),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ]))
        return [KeepTogether(head), Spacer(1, 1.5 * mm), timeline]


def build_case_summary(data: CaseSummaryData, out: BinaryIO,
                       progress: Callable[[int, int], None] | None = None) -> None:
    """Write the case summary for ``data`` as an A4 PDF to ``out``."""
    register_fonts()
    lang = data.report_language
    title = f"{texts.text('case_title', lang)} – {texts.text('inquiry_no', lang, id=data.inquiry_id)}"
    generated = texts.text("generated", lang, when=texts.timestamp(data.generated_at))
    confidential = texts.text("confidential", lang)

    def furniture(canvas: Any, page: int, pages: int) -> None:
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, height - 12 * mm, title)
        canvas.drawRightString(width - MARGIN, height - 12 * mm, generated)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 14 * mm, width - MARGIN, height - 14 * mm)
        canvas.drawString(MARGIN, 10 * mm, confidential)
        canvas.drawRightString(width - MARGIN, 10 * mm, texts.text("page", lang, page=page, pages=pages))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=22 * mm, bottomMargin=18 * mm,
        title=title, author="Fælles Indgang", lang=lang, initialFontName=FONT,
    )
    doc.setProgressCallBack(progress_callback(progress, 1 + len(data.referrals) // 3))
    doc.build(_Summary(data).story(), canvasmaker=numbered_canvas(furniture))
    if progress is not None:
        progress(1, 1)
