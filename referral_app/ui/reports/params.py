"""The parameters of each report on the Reports page: which referral, which
inquiry and for whom, which period and in which language.

Each form hands back plain values (or None after telling the user what to
fix); the page turns them into a background job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.reporting import Period, PeriodKind
from referral_app.domain.slip_languages import SLIP_LANGUAGES

MAX_ID = 2_000_000_000
SLIP_LANGUAGE_CONTEXT = "SlipLanguages"
# What each slip language prints: Danish alone, or the language with Danish alongside.
SLIP_LANGUAGE_NAMES = {
    "da": QT_TRANSLATE_NOOP("SlipLanguages", "Danish only"),
    "ar": QT_TRANSLATE_NOOP("SlipLanguages", "Arabic and Danish"),
    "so": QT_TRANSLATE_NOOP("SlipLanguages", "Somali and Danish"),
    "tr": QT_TRANSLATE_NOOP("SlipLanguages", "Turkish and Danish"),
    "ur": QT_TRANSLATE_NOOP("SlipLanguages", "Urdu and Danish"),
    "fa": QT_TRANSLATE_NOOP("SlipLanguages", "Farsi and Danish"),
    "uk": QT_TRANSLATE_NOOP("SlipLanguages", "Ukrainian and Danish"),
    "pl": QT_TRANSLATE_NOOP("SlipLanguages", "Polish and Danish"),
    "en": QT_TRANSLATE_NOOP("SlipLanguages", "English and Danish"),
}
RESIDENTS_LANGUAGE = QT_TRANSLATE_NOOP("SlipLanguages", "The resident's language (as recorded)")


def fill_slip_languages(combo: QComboBox, *, with_residents_language: bool, chosen: str | None = None) -> None:
    """The slip's languages in ``combo`` (item data: the code; None for "the resident's
    language"), keeping ``chosen`` or else the current choice."""
    keep = chosen if chosen is not None else combo.currentData()
    combo.clear()
    if with_residents_language:
        combo.addItem(QCoreApplication.translate(SLIP_LANGUAGE_CONTEXT, RESIDENTS_LANGUAGE), None)
    for code in SLIP_LANGUAGES:
        combo.addItem(QCoreApplication.translate(SLIP_LANGUAGE_CONTEXT, SLIP_LANGUAGE_NAMES[code]), code)
    index = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(max(index, 0))


def _labelled(form: QFormLayout, text: str, widget: QWidget, name: str) -> QLabel:
    label = QLabel(text, form.parentWidget())
    label.setBuddy(widget)
    widget.setObjectName(name)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(label, widget)
    return label


def _id_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1, MAX_ID)
    box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
    box.setMinimumWidth(120)
    return box


@dataclass(frozen=True)
class SlipParams:
    referral_id: int
    language: str | None  # None: the language recorded for the resident


@dataclass(frozen=True)
class CaseParams:
    inquiry_id: int
    recipient_id: int | None
    language: str


@dataclass(frozen=True)
class StatsParams:
    period: Period
    language: str


class SlipForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.referral = _id_box(self)
        self.language = QComboBox(self)
        self.referral_label = _labelled(form, "", self.referral, "slipReferral")
        self.language_label = _labelled(form, "", self.language, "slipLanguage")

    def retranslate(self) -> None:
        self.referral_label.setText(self.tr("Referral &no.:"))
        self.language_label.setText(self.tr("&Language:"))
        self.referral.setAccessibleName(self.tr("Referral number"))
        self.language.setAccessibleName(self.tr("Language of the slip"))
        fill_slip_languages(self.language, with_residents_language=True)

    def set_language(self, language: str | None) -> None:
        """Choose a slip language by its code; None: the resident's language."""
        self.language.setCurrentIndex(max(self.language.findData(language), 0))

    def focus_first(self) -> None:
        self.referral.setFocus()
        self.referral.selectAll()

    def values(self) -> SlipParams:
        return SlipParams(self.referral.value(), self.language.currentData())


class CaseForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.inquiry = _id_box(self)
        self.recipient = QComboBox(self)
        self.recipient.setMinimumContentsLength(24)
        self.recipient.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language = QComboBox(self)
        self.inquiry_label = _labelled(form, "", self.inquiry, "caseInquiry")
        self.recipient_label = _labelled(form, "", self.recipient, "caseRecipient")
        self.language_label = _labelled(form, "", self.language, "caseLanguage")
        self._organizations: tuple[tuple[int, str], ...] = ()

    def retranslate(self) -> None:
        self.inquiry_label.setText(self.tr("&Inquiry no.:"))
        self.recipient_label.setText(self.tr("Re&cipient:"))
        self.language_label.setText(self.tr("&Language:"))
        self.inquiry.setAccessibleName(self.tr("Inquiry number"))
        self.recipient.setAccessibleName(self.tr("Who the summary is for"))
        self.language.setAccessibleName(self.tr("Language of the report"))
        _fill_languages(self.language, self.tr("Danish"), self.tr("English"))
        self.set_organizations(self._organizations)

    def set_organizations(self, organizations: tuple[tuple[int, str], ...]) -> None:
        chosen = self.recipient.currentData()
        self._organizations = organizations
        self.recipient.clear()
        self.recipient.addItem(self.tr("Our own file"), None)
        for org_id, name in organizations:
            self.recipient.addItem(name, org_id)
        index = self.recipient.findData(chosen)
        self.recipient.setCurrentIndex(index if index >= 0 else 0)

    def focus_first(self) -> None:
        self.inquiry.setFocus()
        self.inquiry.selectAll()

    def values(self) -> CaseParams:
        return CaseParams(self.inquiry.value(), self.recipient.currentData(), self.language.currentData())


def _fill_languages(combo: QComboBox, danish: str, english: str) -> None:
    current = combo.currentData() or "da"
    combo.clear()
    combo.addItem(danish, "da")
    combo.addItem(english, "en")
    combo.setCurrentIndex(max(combo.findData(current), 0))


class StatsForm(QWidget):
    """A month, a quarter, a year or any two dates."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        today = today or date.today()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form
        self.kind = QComboBox(self)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.month = QComboBox(self)
        self.quarter = QComboBox(self)
        self.start = QDateEdit(QDate(today.year, 1, 1), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.language = QComboBox(self)
        self.kind_label = _labelled(form, "", self.kind, "statsKind")
        self.year_label = _labelled(form, "", self.year, "statsYear")
        self.month_label = _labelled(form, "", self.month, "statsMonth")
        self.quarter_label = _labelled(form, "", self.quarter, "statsQuarter")
        self.start_label = _labelled(form, "", self.start, "statsFrom")
        self.end_label = _labelled(form, "", self.end, "statsTo")
        self.language_label = _labelled(form, "", self.language, "statsLanguage")
        self._default_month = today.month
        self._default_quarter = (today.month + 2) // 3
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("P&eriod:"))
        self.year_label.setText(self.tr("&Year:"))
        self.month_label.setText(self.tr("&Month:"))
        self.quarter_label.setText(self.tr("&Quarter:"))
        self.start_label.setText(self.tr("Fr&om:"))
        self.end_label.setText(self.tr("&To:"))
        self.language_label.setText(self.tr("&Language:"))
        for widget, name in ((self.kind, self.tr("Kind of period")), (self.year, self.tr("Year")),
                             (self.month, self.tr("Month")), (self.quarter, self.tr("Quarter")),
                             (self.start, self.tr("First day")), (self.end, self.tr("Last day")),
                             (self.language, self.tr("Language of the report"))):
            widget.setAccessibleName(name)
        kind = self.kind.currentData() or PeriodKind.YEAR.value
        month = self.month.currentIndex() if self.month.count() else self._default_month - 1
        quarter = self.quarter.currentIndex() if self.quarter.count() else self._default_quarter - 1
        self.kind.blockSignals(True)
        self.kind.clear()
        for value, text in ((PeriodKind.MONTH, self.tr("Month")), (PeriodKind.QUARTER, self.tr("Quarter")),
                            (PeriodKind.YEAR, self.tr("Year")), (PeriodKind.CUSTOM, self.tr("Custom dates"))):
            self.kind.addItem(text, value.value)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.blockSignals(False)
        names = (self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"), self.tr("May"),
                 self.tr("June"), self.tr("July"), self.tr("August"), self.tr("September"), self.tr("October"),
                 self.tr("November"), self.tr("December"))
        self.month.clear()
        self.month.addItems(list(names))
        self.month.setCurrentIndex(month)
        self.quarter.clear()
        self.quarter.addItems([self.tr("Q%1").replace("%1", str(q)) for q in range(1, 5)])
        self.quarter.setCurrentIndex(quarter)
        _fill_languages(self.language, self.tr("Danish"), self.tr("English"))
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind.currentData()
        shown = {
            PeriodKind.MONTH.value: (self.year, self.month),
            PeriodKind.QUARTER.value: (self.year, self.quarter),
            PeriodKind.YEAR.value: (self.year,),
            PeriodKind.CUSTOM.value: (self.start, self.end),
        }.get(kind, (self.year,))
        for widget in (self.year, self.month, self.quarter, self.start, self.end):
            self.form.setRowVisible(widget, widget in shown)

    def set_kind(self, kind: PeriodKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def focus_first(self) -> None:
        self.kind.setFocus()

    def values(self) -> StatsParams:
        """The chosen period; raises DomainError when the dates do not make a period."""
        kind = PeriodKind(self.kind.currentData())
        year = self.year.value()
        if kind is PeriodKind.MONTH:
            period = Period.month(year, self.month.currentIndex() + 1)
        elif kind is PeriodKind.QUARTER:
            period = Period.quarter(year, self.quarter.currentIndex() + 1)
        elif kind is PeriodKind.YEAR:
            period = Period.year(year)
        else:
            period = Period.between(self.start.date().toPython(), self.end.date().toPython())
        return StatsParams(period, self.language.currentData())
