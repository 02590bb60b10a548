"""A consent form for the resident to read and sign: Danish with English below."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from referral_app.reports.layout import (
    FONT,
    MARGIN,
    MUTED,
    PAGE_SIZE,
    RULE,
    escape,
    register_fonts,
    style,
)


@dataclass(frozen=True, slots=True)
class ConsentFormData:
    resident_name: str
    resident_number: int
    organizations: tuple[str, ...]  # who may receive the data; empty: storing only
    printed_on: date
    desk_contact: str = "Vores HG · BIBLIOTEK+, Høje Gladsaxe Torv 2D, 2860 Søborg"


PARTS = {
    "da": {
        "title": "Samtykke til behandling af dine oplysninger",
        "store": "Jeg giver samtykke til, at Fælles Indgang i Høje Gladsaxe opbevarer mine kontaktoplysninger og "
                 "mine henvendelser, så personalet kan hjælpe mig og følge op.",
        "hand_over": "Jeg giver samtykke til, at personalet giver mine oplysninger videre til: {orgs}, "
                     "så de kan hjælpe mig med min henvendelse.",
        "rights": "Samtykket er frivilligt. Du kan til enhver tid trække det tilbage i skranken, og du kan altid "
                  "få at vide, hvilke oplysninger vi har om dig. Dit CPR-nummer bliver aldrig registreret. "
                  "Oplysningerne slettes, når du ikke har haft kontakt med os i 24 måneder.",
        "name": "Navn", "number": "Beboernummer", "date": "Dato", "signature": "Underskrift",
    },
    "en": {
        "title": "Consent to the use of your data",
        "store": "I consent to Fælles Indgang in Høje Gladsaxe keeping my contact details and my inquiries, so "
                 "the staff can help me and follow up.",
        "hand_over": "I consent to the staff passing my data on to: {orgs}, so they can help me with my inquiry.",
        "rights": "Consent is voluntary. You can withdraw it at the desk at any time, and you can always ask what "
                  "data we hold about you. Your CPR number is never recorded. The data is deleted when you have "
                  "not been in contact with us for 24 months.",
        "name": "Name", "number": "Resident number", "date": "Date", "signature": "Signature",
    },
}


def build_consent_form(data: ConsentFormData, out: BinaryIO) -> None:
    register_fonts()
    h1, body, small = style("h1", 15, bold=True, space_after=4), style("body", 11, leading=15, space_after=4), \
        style("small", 8, color=MUTED)
    width = PAGE_SIZE[0] - 2 * MARGIN
    story: list[Any] = []
    for lang in ("da", "en"):
        p = PARTS[lang]
        story.append(Paragraph(escape(p["title"]), h1 if lang == "da" else style("h1en", 12, bold=True,
                                                                                   space_before=8, space_after=3)))
        story.append(Paragraph("☐ " + escape(p["store"]), body))
        if data.organizations:
            story.append(Paragraph("☐ " + escape(p["hand_over"].format(orgs=", ".join(data.organizations))), body))
        story.append(Paragraph(escape(p["rights"]), body))
    da = PARTS["da"]
    rows = [
        [f"{da['name']} / Name", data.resident_name],
        [f"{da['number']} / Resident number", str(data.resident_number)],
        [f"{da['date']} / Date", data.printed_on.strftime("%d.%m.%Y")],
        [f"{da['signature']} / Signature", ""],
    ]
    table = Table([[Paragraph(escape(a), style("lbl", 10, bold=True)), Paragraph(escape(b), style("val", 11))]
                   for a, b in rows], colWidths=[0.38 * width, 0.62 * width], rowHeights=[10 * mm] * 3 + [22 * mm])
    table.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story += [Spacer(1, 8 * mm), table, Spacer(1, 8 * mm), Paragraph(escape(data.desk_contact), small)]
    doc = SimpleDocTemplate(out, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=PARTS["da"]["title"], author="Fælles Indgang",
                            initialFontName=FONT)
    doc.build(story)
