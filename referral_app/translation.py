"""Qt translations for the GUI and the CLI: installs the .qm for the chosen
language, sets the locale for dates and numbers, and translates domain
messages and enum labels (marked with QT_TRANSLATE_NOOP in the domain)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from referral_app import qt_imports
from referral_app.config import TRANSLATIONS_DIR
from referral_app.domain.enums import LABELS, WEEKDAYS
from referral_app.domain.errors import DomainError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP

# PySide6 is loaded: its check of every module imported from now on is made cheap (qt_imports).
qt_imports.install()

CATALOG = "faelles_indgang"
QT_CATALOG = "qtbase"
_installed: list[QTranslator] = []

#: Qt's own words the app says differently. The app's catalogue is installed after
#: Qt's, so these win in Qt's dialogs too (the file and print dialogs' Cancel says
#: "Annullér" like every other Cancel in the app).
QT_OVERRIDES = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)


def qt_folders() -> list[str]:
    """Where Qt's own .qm files are: Qt's translations folder (PySide6 ships them) and,
    in the frozen bundle, also the app's own translations folder."""
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(TRANSLATIONS_DIR)]


def load_qt_texts(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's translation of its own texts (buttons, file and print dialogs, context menus)."""
    translator = QTranslator(app)
    for folder in qt_folders():
        if translator.load(f"{QT_CATALOG}_{language}", folder):
            return translator
    return None


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
    qt_texts = load_qt_texts(app, language)
    if qt_texts is not None:
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
