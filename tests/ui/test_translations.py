"""The Danish catalogue is complete and up to date, the main window shows no
English in Danish mode (and no Danish in English mode), and dates and numbers
follow the language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu, QWidget

from referral_app import translation
from referral_app.ui.main_window import LANGUAGE_NAMES, PAGE_DIRECTORY

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "faelles_indgang_da.ts"
PLACEHOLDER = re.compile(r"\{\w+\}|%n|%\d")


def messages(path: Path = TS_FILE) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translated_texts(element: ET.Element) -> list[str]:
    forms = element.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [element.text or ""]


def plain(text: str) -> str:
    """Drop mnemonic markers, as a reader sees the text."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def catalogue() -> dict[str, str]:
    """English source -> Danish, for entries where the two differ."""
    pairs = {}
    for _context, source, element in messages():
        danish = translated_texts(element)[0]
        if plain(danish) != plain(source):
            pairs[plain(source)] = plain(danish)
    return pairs


# -- the .ts file ------------------------------------------------------------------


def test_every_entry_is_translated():
    problems = []
    for context, source, element in messages():
        if element.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append((context, source, element.get("type")))
        elif any(not text.strip() for text in translated_texts(element)):
            problems.append((context, source, "empty"))
    assert problems == []
    assert len(messages()) > 100


def test_translations_keep_their_placeholders():
    for context, source, element in messages():
        for text in translated_texts(element):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source)


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path):
    """pyside6-lupdate over the package finds nothing new and nothing gone."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    command = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if command is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    sources = sorted(str(p) for p in (ROOT / "referral_app").rglob("*.py"))
    subprocess.run([command, *sources, "-no-obsolete", "-silent", "-ts", str(copy)], check=True, cwd=ROOT)
    fresh = {(c, s) for c, s, _ in messages(copy)}
    shipped = {(c, s) for c, s, _ in messages()}
    assert fresh - shipped == set(), "new texts: run the lupdate command in resources/translations/README.md"
    assert shipped - fresh == set(), "texts no longer in the code: refresh with lupdate -no-obsolete"


# -- the window ---------------------------------------------------------------------


def visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        texts += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [action.text() for action in widget.actions()]
    texts += [action.text() for action in window.menuBar().actions()]
    texts += [window.nav.item(i).text() for i in range(window.nav.count())]
    model = window.directory_page.model
    texts += [model.headerData(c, 1) for c in range(model.columnCount())]  # 1 = Qt.Horizontal
    texts += window.directory_page.detail.toPlainText().splitlines()
    return [plain(t) for t in texts if t and plain(t)]


def as_pattern(template: str) -> re.Pattern[str]:
    """A source text with {placeholders} as a pattern for the texts made from it."""
    parts = re.split(r"\{\w+\}|%\d|%n", template)
    return re.compile(".*".join(re.escape(p) for p in parts), re.DOTALL)


def untranslated(texts: list[str], forbidden: dict[str, str], allowed: set[str]) -> list[str]:
    """Texts that are (or are built from) a forbidden string and not also an allowed one.
    Language names in the language menu are always written in their own language."""
    allowed = allowed | set(LANGUAGE_NAMES.values())
    patterns = [as_pattern(source) for source in forbidden if PLACEHOLDER.search(source)]
    plain_sources = {source for source in forbidden if not PLACEHOLDER.search(source)}
    found = []
    for text in texts:
        if text in allowed:
            continue
        if text in plain_sources or any(p.fullmatch(text) for p in patterns):
            found.append(text)
    return found


def show_a_service(window) -> None:
    list(window.pages)  # every page built (they are built when first shown): all their texts are checked
    window.show_page(PAGE_DIRECTORY)
    window.directory_page.enter_tree()
    assert window.directory_page.model.service_at(window.directory_page.tree.currentIndex()) is not None


def test_danish_window_shows_no_english(make_window):
    window = make_window("da")
    show_a_service(window)
    english_to_danish = catalogue()
    texts = visible_texts(window)
    assert untranslated(texts, english_to_danish, set(english_to_danish.values())) == []
    assert "Tilbud" in texts and "Skranken" in texts and "Sprog: Dansk" in texts
    assert "Åbningstider" in texts


def test_english_window_shows_no_danish(make_window):
    window = make_window("en")
    show_a_service(window)
    danish_to_english = {danish: source for source, danish in catalogue().items()}
    texts = visible_texts(window)
    assert untranslated(texts, danish_to_english, set(danish_to_english.values())) == []
    assert "Directory" in texts and "Front desk" in texts and "Language: English" in texts
    assert "Opening hours" in texts


# -- dates and numbers ----------------------------------------------------------------


def test_danish_dates_and_numbers(qapp):
    assert translation.install(qapp, "da")
    assert translation.format_date(date(2026, 11, 27)) == "27.11.2026"
    assert translation.format_number(1234.5, 1) == "1.234,5"
    assert translation.weekday_name(1) == "Mandag"


def test_english_dates_and_numbers(qapp):
    assert translation.install(qapp, "en")
    assert "27" in translation.format_date(date(2026, 11, 27))
    assert translation.weekday_name(1) == "Monday"


def test_no_translated_text_is_hidden_in_an_f_string():
    """lupdate does not look inside f-strings: a ``tr()`` there never reaches the catalogue
    and stays English in the Danish UI (the category editor's "priority" did)."""
    import ast

    hidden = []
    for path in sorted((ROOT / "referral_app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and (
                    getattr(inner.func, "attr", None) in {"tr", "translate"}
                    or getattr(inner.func, "id", None) in {"tr", "translate"}
                ):
                    hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert hidden == [], "tr() inside an f-string is invisible to lupdate: " + ", ".join(hidden)
