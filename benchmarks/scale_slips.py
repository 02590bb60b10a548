"""1,000 slips: the app's slip against bare ReportLab with the same content.

A measure module of ``benchmarks/scale.py`` (``measure(url, size_label)``);
it runs alone too:

    .venv/bin/python benchmarks/scale_slips.py sqlite:////tmp/copy-of-1m.sqlite3

* app: ``reporting.render_slip()`` for 1,000 referrals (the newest ones, so
  the services and their web addresses vary): the slip's data read from the
  database and the one-page PDF with its QR code;
* baseline: the same texts (the slip data read beforehand, outside the
  timing) as a plain ReportLab story in the same fonts: paragraphs, the week's
  hours as a table and ReportLab's own QR widget, one ``doc.build`` per slip.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from referral_app.db import models as m  # noqa: E402
from referral_app.domain.accounts import Actor  # noqa: E402
from referral_app.domain.enums import Role  # noqa: E402
from referral_app.domain.reporting import SlipData  # noqa: E402
from referral_app.services import reporting  # noqa: E402
from referral_app.services.database import open_database  # noqa: E402

SLIPS = int(__import__("os").environ.get("SCALE_SLIPS", "1000"))


def bare_slip(data: SlipData, out: io.BytesIO) -> None:
    """The slip's content as the simplest ReportLab story."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from referral_app.reports.layout import FONT, PAGE_SIZE, escape, register_fonts, style

    register_fonts()
    body, big = style("b", 13, leading=17), style("h", 22, leading=26, bold=True)
    story: list = [Paragraph("Fælles Indgang", body), Paragraph(escape(data.reference), body),
                   Paragraph("Her kan du få hjælp", big), Paragraph(escape(data.service_name), big),
                   Paragraph(escape(data.organization_name), body)]
    for value in (data.address, data.phone, data.email, data.url):
        if value:
            story.append(Paragraph(escape(value), body))
    if data.url:
        widget = QrCodeWidget(data.url, barLevel="M", barBorder=0)
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(34 * mm, 34 * mm, transform=[34 * mm / (x1 - x0), 0, 0, 34 * mm / (y1 - y0), 0, 0])
        drawing.add(widget)
        story.append(drawing)
    story.append(Table([[day.day.isoformat(), ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b, _ in day.hours) or "-"]
                        for day in data.opening_days]))
    for text in (data.what_to_bring, data.next_step, data.application_process):
        if text:
            story += [Spacer(1, 3 * mm), Paragraph(escape(text), body)]
    story.append(Paragraph(escape(f"Venlig hilsen {data.staff_first_name}"), body))
    SimpleDocTemplate(out, pagesize=PAGE_SIZE, initialFontName=FONT).build(story)


def measure(url: str, size_label: str) -> list[tuple[str, float, float]]:
    db = open_database(url)
    try:
        with db.reading() as s:
            ids = list(s.scalars(select(m.Referral.id).order_by(m.Referral.id.desc()).limit(SLIPS)))
            staff_id = s.scalar(select(m.StaffUser.id).order_by(m.StaffUser.id).limit(1))
            actor = Actor(int(staff_id or 0), "bench", "Bente", Role.COORDINATOR)
            slips = [reporting.slip_data(s, actor, rid) for rid in ids]
        bare_slip(slips[0], io.BytesIO())  # fonts registered, modules imported: for both sides
        start, cpu = time.perf_counter(), time.process_time()
        for data in slips:
            bare_slip(data, io.BytesIO())
        bare, bare_cpu = time.perf_counter() - start, time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        with db.reading() as s:
            sizes = [len(reporting.render_slip(s, actor, rid).pdf) for rid in ids]
        app, app_cpu = time.perf_counter() - start, time.process_time() - cpu
        # CPU time too: on a loaded machine it is the steadier figure.
        print(f"  [{size_label}] {len(ids)} slips: app {app / len(ids) * 1000:.1f} ms each "
              f"({sum(sizes) / len(sizes) / 1024:.0f} KiB), bare ReportLab {bare / len(ids) * 1000:.1f} ms each; "
              f"CPU app {app_cpu / len(ids) * 1000:.1f} ms, bare {bare_cpu / len(ids) * 1000:.1f} ms, "
              f"ratio {app_cpu / bare_cpu:.2f}", flush=True)
        return [(f"{len(ids):,} slips", app, bare)]
    finally:
        db.dispose()


if __name__ == "__main__":
    for name, app_s, base_s in measure(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "?"):
        print(f"{name}: app {app_s:.2f} s, baseline {base_s:.2f} s, ratio {app_s / base_s:.2f}")
