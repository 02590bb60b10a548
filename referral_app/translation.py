"""Qt translations for the GUI and the CLI: installs the .qm for the chosen
language, sets the locale for dates and numbers, and translates domain
messages and enum labels (marked with QT_TRANSLATE_NOOP in the domain)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from referral_app.config import TRANSLATIONS_DIR
from referral_app.domain.enums import LABELS, WEEKDAYS
from referral_app.domain.errors import DomainError

CATALOG = "faelles_indgang"
_installed: list[QTranslator] = []


def qm_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{CATALOG}_{language}.qm"


def locale_for(language: str) -> QLocale:
    """Numbers and dates as the language writes them: 2.000 and 27.11.2026 in Danish,
    2,000 and 27/11/2026 in (British) English."""
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install(app: QCoreApplication, language: str) -> bool:
    """Use ``language`` for every later tr(); English is the source language."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return True
    # Qt's own texts first (the file dialog's "already exists, replace it?", the
    # standard buttons), so the app's catalogue wins where both translate.
    qt_texts = QTranslator(app)
    if qt_texts.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_texts)
        _installed.append(qt_texts)
    translator = QTranslator(app)
    if not translator.load(str(qm_path(language))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def lookup(context: str, source: str) -> str:
    """Translate a source text held in a variable (marked elsewhere with
    QT_TRANSLATE_NOOP); named so that lupdate does not take it for a literal."""
    return QCoreApplication.translate(context, source)


def error_text(error: DomainError) -> str:
    params = dict(error.params)
    for name in error.translate_params:
        if isinstance(params.get(name), str):
            params[name] = lookup("enums", params[name])
    return error.format(lookup(error.context, error.message), params)


def label(value: StrEnum) -> str:
    source = LABELS.get(value)
    return lookup("enums", source) if source else str(value)


def weekday_name(iso_weekday: int) -> str:
    return lookup("enums", WEEKDAYS[iso_weekday - 1])


def format_date(value: object) -> str:
    """27.11.2026 in Danish, the locale's short form otherwise."""
    qdate = QDate(value.year, value.month, value.day)  # type: ignore[attr-defined]
    locale = QLocale()
    if locale.language() == QLocale.Language.Danish:
        return qdate.toString("dd.MM.yyyy")
    return locale.toString(qdate, QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)
