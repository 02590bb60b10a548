"""The resident's access report as a PDF (GDPR art. 15): everything held and
every lookup's date and purpose. Staff are never named."""

from __future__ import annotations

from datetime import datetime
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from referral_app.domain.access_report import AccessReport
from referral_app.domain.residents import display_phone
from referral_app.reports.layout import (
    FONT,
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
    "title": {"da": "Indsigt: de oplysninger, Fælles Indgang har om dig",
              "en": "Access report: the data Fælles Indgang holds about you"},
    "intro": {"da": "Du har ret til at se, hvilke oplysninger vi har om dig, og hvornår og hvorfor de er slået op "
                    "(databeskyttelsesforordningens artikel 15). Her er alt, hvad vi har registreret.",
              "en": "You have the right to see what data we hold about you, and when and why it was looked up "
                    "(GDPR article 15). This is everything we have recorded."},
    "generated": {"da": "Udskrevet {when}", "en": "Printed {when}"},
    "page": {"da": "Side {page} af {pages}", "en": "Page {page} of {pages}"},
    "profile": {"da": "Dine oplysninger", "en": "Your details"},
    "name": {"da": "Navn", "en": "Name"}, "phone": {"da": "Telefon", "en": "Phone"},
    "email": {"da": "E-mail", "en": "E-mail"}, "address": {"da": "Adresse", "en": "Address"},
    "housing": {"da": "Boligorganisation", "en": "Housing organization"},
    "birth_year": {"da": "Fødselsår", "en": "Birth year"},
    "language": {"da": "Foretrukket sprog", "en": "Preferred language"},
    "interpreter": {"da": "Tolk", "en": "Interpreter"}, "yes": {"da": "Ja", "en": "Yes"},
    "no": {"da": "Nej", "en": "No"},
    "consents": {"da": "Samtykker", "en": "Consents"},
    "purpose": {"da": "Formål", "en": "Purpose"}, "organization": {"da": "Modtager", "en": "Recipient"},
    "given": {"da": "Givet", "en": "Given"}, "withdrawn": {"da": "Trukket tilbage", "en": "Withdrawn"},
    "store_data": {"da": "Opbevaring af oplysninger", "en": "Keeping your data"},
    "hand_over": {"da": "Videregivelse", "en": "Hand-over"},
    "inquiries": {"da": "Dine henvendelser", "en": "Your inquiries"},
    "date": {"da": "Dato", "en": "Date"}, "category": {"da": "Emne", "en": "Subject"},
    "description": {"da": "Beskrivelse", "en": "Description"}, "status": {"da": "Status", "en": "Status"},
    "referrals": {"da": "Henvisninger", "en": "Referrals"},
    "service": {"da": "Tilbud", "en": "Service"}, "history": {"da": "Forløb", "en": "History"},
    "lookups": {"da": "Opslag i dine oplysninger", "en": "Lookups of your data"},
    "action": {"da": "Handling", "en": "Action"},
    "none": {"da": "Ingen.", "en": "None."},
    "footer": {"da": "Fælles Indgang · BIBLIOTEK+ Høje Gladsaxe · Fortroligt", "en":
               "Fælles Indgang · BIBLIOTEK+ Høje Gladsaxe · Confidential"},
}
ACTIONS = {
    "view": {"da": "Opslag", "en": "Looked up"}, "search": {"da": "Søgning", "en": "Search"},
    "print": {"da": "Udskrift", "en": "Printed"}, "export": {"da": "Udlevering", "en": "Exported"},
    "update": {"da": "Ændring", "en": "Changed"}, "create": {"da": "Oprettelse", "en": "Created"},
    "merge": {"da": "Sammenlægning", "en": "Merged"}, "anonymize": {"da": "Anonymisering", "en": "Anonymized"},
}
STATUSES = {
    "proposed": {"da": "Foreslået", "en": "Proposed"}, "sent": {"da": "Sendt", "en": "Sent"},
    "accepted": {"da": "Modtaget", "en": "Accepted"}, "declined": {"da": "Afvist", "en": "Declined"},
    "completed": {"da": "Gennemført", "en": "Completed"}, "not_completed": {"da": "Ikke gennemført",
                                                                            "en": "Not completed"},
    "cancelled": {"da": "Annulleret", "en": "Cancelled"}, "referred_elsewhere": {"da": "Henvist videre",
                                                                                 "en": "Referred elsewhere"},
    "open": {"da": "Åben", "en": "Open"}, "referred": {"da": "Henvist", "en": "Referred"},
    "answered": {"da": "Besvaret", "en": "Answered"}, "closed": {"da": "Lukket", "en": "Closed"},
}


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXTS[key][lang].format(**params)


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def _table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
    cell = style("cell", 8.5)
    head = style("head", 8.5, bold=True)
    data = [[Paragraph(escape(h), head) for h in header]]
    data += [[Paragraph(escape(v if v is not None else "–"), cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]))
    return table


def build_access_report(report: AccessReport, out: BinaryIO, lang: str = "da") -> None:
    register_fonts()
    lang = "en" if lang == "en" else "da"
    h1, h2, body = style("h1", 16, bold=True, space_after=4), style("h2", 12, bold=True, space_before=10,
                                                                       space_after=4), style("body", 10)
    r = report.resident
    width = PAGE_SIZE[0] - 2 * MARGIN
    story: list[Any] = [Paragraph(escape(_t("title", lang)), h1), Paragraph(escape(_t("intro", lang)), body),
                        Spacer(1, 3 * mm), Paragraph(escape(_t("profile", lang)), h2)]
    profile = [
        (_t("name", lang), r.full_name), (_t("phone", lang), display_phone(r.phone) or None), (_t("email", lang), r.email),
        (_t("address", lang), ", ".join(p for p in (r.address_line, " ".join(
            x for x in (r.postal_code, r.city) if x)) if p) or None),
        (_t("housing", lang), " · ".join(p for p in (r.housing_organization_name, r.department) if p) or None),
        (_t("birth_year", lang), r.birth_year), (_t("language", lang), r.preferred_language),
        (_t("interpreter", lang), _t("yes" if r.interpreter_needed else "no", lang)),
    ]
    story.append(_table(["", ""], [list(p) for p in profile], [0.3 * width, 0.7 * width]))

    def section(title: str, header: list[str], rows: list[list[Any]], widths: list[float]) -> None:
        story.append(Paragraph(escape(title), h2))
        story.append(_table(header, rows, [w * width for w in widths]) if rows else
                     Paragraph(escape(_t("none", lang)), body))

    section(_t("consents", lang), [_t("purpose", lang), _t("organization", lang), _t("given", lang),
                                   _t("withdrawn", lang)],
            [[_t(c.purpose.value, lang), c.organization_name, _when(c.given_at),
              _when(c.withdrawn_at) if c.withdrawn_at else None] for c in report.consents], [0.3, 0.3, 0.2, 0.2])
    section(_t("inquiries", lang), [_t("date", lang), _t("category", lang), _t("description", lang),
                                    _t("status", lang)],
            [[_when(i.received_at), i.category_name_da, i.description or None,
              STATUSES.get(i.status, {}).get(lang, i.status)] for i in report.inquiries], [0.17, 0.23, 0.45, 0.15])
    section(_t("referrals", lang), [_t("date", lang), _t("service", lang), _t("status", lang),
                                    _t("history", lang)],
            [[_when(f.created_at), f"{f.service_name} ({f.organization_name})",
              STATUSES[f.status.value][lang],
              "; ".join(f"{e.at.astimezone():%d.%m.%Y}: {STATUSES[e.to_status.value][lang]}"
                        + (f" – {e.note}" if e.note else "") for e in f.events)]
             for f in report.referrals], [0.17, 0.33, 0.15, 0.35])
    section(_t("lookups", lang), [_t("date", lang), _t("action", lang), _t("purpose", lang)],
            [[_when(x.at), ACTIONS.get(x.action, {}).get(lang, x.action), x.purpose] for x in report.lookups],
            [0.25, 0.25, 0.5])
    generated = _t("generated", lang, when=_when(report.generated_at))

    def furniture(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 10 * mm, f"{_t('footer', lang)} · {generated}")
        canvas.drawRightString(PAGE_SIZE[0] - MARGIN, 10 * mm, _t("page", lang, page=page, pages=pages))
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=18 * mm, title=_t("title", lang), author="Fælles Indgang", lang=lang,
                            initialFontName=FONT)
    doc.build(story, canvasmaker=numbered_canvas(furniture))
