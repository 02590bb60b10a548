"""Reading a report back: pypdf's layout-preserving text, split into table rows.

The statistics report prints every table cell as one line of text, so in
layout mode a table row comes back as one line with its cells separated by
runs of spaces. ``StatisticsPdf`` finds each section by its heading and
returns its rows; ``expected_tables`` says what those rows must be for a
dict of figures (``Statistics.to_dict()`` or the tests' independent count).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from referral_app.reports import texts

CELL_GAP = re.compile(r"\s{2,}")


def page_texts(path: Path) -> list[str]:
    return [page.extract_text(extraction_mode="layout") for page in PdfReader(str(path)).pages]


def plain_text(path: Path) -> str:
    """The text in reading order, non-breaking spaces as spaces."""
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages).replace("\u00a0", " ")


def render_with_poppler(pdf: Path, out_prefix: Path, *, first_page_only: bool = True, dpi: int = 60) -> list[Path]:
    """Render with pdftoppm; fails on any error or warning it prints."""
    tool = shutil.which("pdftoppm")
    assert tool, "pdftoppm (poppler-utils) is not installed"
    args = [tool, "-png", "-r", str(dpi)]
    if first_page_only:
        args += ["-f", "1", "-l", "1"]
    result = subprocess.run([*args, str(pdf), str(out_prefix)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr
    made = sorted(out_prefix.parent.glob(f"{out_prefix.name}*.png"))
    assert made and all(p.stat().st_size > 1000 for p in made)
    return made


@dataclass
class StatisticsPdf:
    pages: list[str]
    language: str

    @classmethod
    def read(cls, path: Path, language: str = "da") -> StatisticsPdf:
        return cls(page_texts(path), language)

    def t(self, key: str, **params: object) -> str:
        return texts.text(key, self.language, **params)

    def rows(self) -> list[list[str]]:
        """Every non-empty line as cells, without the running header and footer."""
        header_prefix = self.t("stats_title") + " · "
        footer = re.compile(self.t("page", page=r"\d+", pages=r"\d+"))
        result = []
        for page in self.pages:
            for line in page.splitlines():
                stripped = line.strip()
                if not stripped or stripped.startswith(header_prefix) or footer.fullmatch(stripped):
                    continue
                result.append(CELL_GAP.split(stripped))
        return result

    def section(self, key: str, header: list[str]) -> list[list[str]]:
        """The rows of the table under the heading ``texts[key]``, up to and with
        its total row; a header repeated after a page break is skipped."""
        rows = self.rows()
        start = rows.index([self.t(key)])
        begin = rows.index(header, start)
        found = []
        for row in rows[begin + 1:]:
            if row == header:
                continue
            found.append(row)
            if row[0] == self.t("total"):
                return found
        raise AssertionError(f"no total row under {key}")

    def key_figures(self) -> dict[str, str]:
        """Label -> value for the two key-figure tables side by side."""
        rows = self.rows()
        start = rows.index([self.t("key_figures")])
        header = [self.t("inquiries"), self.t("count"), self.t("referrals"), self.t("count")]
        assert rows[start + 1] == header, rows[start + 1]
        figures: dict[str, str] = {}
        for row in rows[start + 2:]:
            if len(row) not in (2, 4):
                break
            for label, value in zip(row[::2], row[1::2], strict=True):
                figures[label] = value
        return figures

    def top_services(self) -> list[list[str]]:
        rows = self.rows()
        start = rows.index([self.t("top_services")])
        result = []
        for row in rows[start + 2:]:
            if not re.search(r"\s\d+$", " ".join(row)):
                break
            result.append(row)
        return result


def share(count: int, total: int, language: str) -> str:
    return texts.percent(count / total, language) if total else texts.text("not_available", language)


def expected_key_figures(figures: dict, language: str) -> dict[str, str]:
    """What the key-figure tables must say for ``figures`` (shaped like ``to_dict()``)."""
    inq, ref = figures["inquiries"], figures["referrals"]
    n = lambda value: texts.number(value, language)  # noqa: E731
    t = lambda key: texts.text(key, language)  # noqa: E731
    rate, median = ref["completion_rate"], ref["median_days_to_completion"]
    overdue_day = date.fromisoformat(ref["overdue_as_of"])
    return {
        t("inquiries_total"): n(inq["total"]), t("inquiries_logged"): n(inq["logged"]),
        t("tallies"): n(inq["tallies"]), t("anonymous_inquiries"): n(inq["anonymous"]), t("named"): n(inq["named"]),
        t("unique_residents"): n(inq["unique_residents"]), t("repeat_residents"): n(inq["repeat_residents"]),
        t("single_visit_residents"): n(inq["single_visit_residents"]),
        t("referrals_total"): n(ref["total"]), t("completed"): n(ref["completed"]),
        t("with_outcome"): n(ref["with_outcome"]), t("still_open"): n(ref["still_open"]),
        t("completion_rate"): t("not_available") if rate is None else texts.percent(rate, language),
        t("median_days"): t("not_available") if median is None else texts.decimal(median, language),
        f"{t('overdue')} ({texts.short_date(overdue_day)})": n(ref["overdue"]),
    }


def expected_tables(figures: dict, names: dict[str, dict[str, str]], language: str) -> dict[str, list[list[str]]]:
    """Section key -> the rows its table must have, total row included.

    ``names[section][key]`` names database things (categories, organizations);
    everything else is named by the report's own texts.
    """
    total_inquiries = figures["inquiries"]["total"]
    total_referrals = figures["referrals"]["total"]
    sections = {
        "by_category": (figures["by_category"], total_inquiries),
        "by_subcategory": (figures["by_subcategory"], total_inquiries),
        "by_focus_area": (figures["by_focus_area"], total_inquiries),
        "by_channel": (figures["by_channel"], total_inquiries),
        "by_housing_organization": (figures["by_housing_organization"], total_inquiries),
        "by_age_band": (figures["by_age_band"], total_inquiries),
        "referrals_by_status": (figures["referrals"]["by_status"], total_referrals),
        "referrals_by_organization": (figures["referrals"]["by_organization"], total_referrals),
    }
    result = {}
    for section, (counts, total) in sections.items():
        named = names.get(section, {})
        rows = [[named.get(key) or texts.enum_text(key, language), texts.number(count, language),
                 share(count, total, language)] for key, count in counts.items()]
        sum_all = sum(counts.values())
        rows.append([texts.text("total", language), texts.number(sum_all, language),
                     share(sum_all, total, language)])
        result[section] = rows
    return result


def expected_months(figures: dict, language: str) -> list[list[str]]:
    rows = []
    for month in figures["by_month"]:
        first = date.fromisoformat(month["month"] + "-01")
        rows.append([f"{texts.month_name(first.month, language)} {first.year}",
                     texts.number(month["inquiries"], language), texts.number(month["referrals"], language)])
    rows.append([texts.text("total", language), texts.number(sum(m["inquiries"] for m in figures["by_month"]), language),
                 texts.number(sum(m["referrals"] for m in figures["by_month"]), language)])
    return rows


def section_header(section: str, language: str) -> list[str]:
    return [texts.text(f"column_{section}", language), texts.text("count", language), texts.text("share", language)]


def same_rows(got: list[list[str]], want: list[list[str]], *, any_order: bool = False) -> bool:
    return sorted(got) == sorted(want) if any_order else got == want


# --- right-to-left text read back -------------------------------------------------------------

_RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«"}


def visual_lines(pdf: Path, column_gap: float = 14.0) -> list[str]:
    """Every line of the first page as drawn, left to right, from poppler's word boxes
    (``pdftotext -bbox-layout``): the glyphs' own order, no reordering by the extractor.

    Poppler joins words on the same baseline into one line even across table
    columns; a gap wider than ``column_gap`` points starts a line of its own.
    """
    import xml.etree.ElementTree as ET

    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is not installed"
    result = subprocess.run([tool, "-f", "1", "-l", "1", "-bbox-layout", str(pdf), "-"], capture_output=True,
                            text=True, timeout=120, check=True)
    root = ET.fromstring(result.stdout)
    lines = []
    for line in root.iter("{http://www.w3.org/1999/xhtml}line"):
        words = sorted(line.iter("{http://www.w3.org/1999/xhtml}word"), key=lambda w: float(w.get("xMin", 0)))
        segment: list[str] = []
        right = None
        for word in words:
            if right is not None and float(word.get("xMin", 0)) - right > column_gap and segment:
                lines.append(" ".join(segment).replace("\u00a0", " "))
                segment = []
            segment.append(word.text or "")
            right = float(word.get("xMax", 0))
        if segment:
            lines.append(" ".join(segment).replace("\u00a0", " "))
    return lines


def has_rtl(text: str) -> bool:
    return bool(_RTL_CHAR.search(text))


def logical_order(visual: str) -> str:
    """A right-to-left line drawn left to right, put back in reading order.

    The inverse of the bidi algorithm for the lines the slip draws (paragraph level
    right to left, with left-to-right runs inside): a left-to-right run (from a Latin
    letter or digit to the last one before the next Arabic letter) stays as it is,
    everything else is reversed one character at a time, brackets mirrored back, and
    the runs are taken from right to left.
    """
    units: list[str] = []
    i = 0
    while i < len(visual):
        char = visual[i]
        if char.isalnum() and not has_rtl(char):
            end = i
            j = i
            while j < len(visual) and not has_rtl(visual[j]):
                if visual[j].isalnum():
                    end = j
                j += 1
            run = visual[i:end + 1]
            # A bracket pair holding the run's text resolves with it (UAX #9 rule N0): ")" too.
            while end + 1 < len(visual) and visual[end + 1] in ")]}" and run.count(
                    _MIRROR[visual[end + 1]]) > run.count(visual[end + 1]):
                end += 1
                run = visual[i:end + 1]
            units.append(run)
            i = end + 1
        else:
            units.append(_MIRROR.get(char, char))
            i += 1
    return "".join(reversed(units))
