"""The detail pane of the directory: everything the front desk tells a resident
about one service (or one organization), as read-only rich text."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTextBrowser, QWidget

from referral_app.domain.directory import Contact, Organization, Schedule, Service
from referral_app.domain.enums import ServiceStatus
from referral_app.domain.opening_hours import CalendarSettings, coming_days, service_hours
from referral_app.translation import format_date, label, weekday_name
from referral_app.ui.widgets.open_status import closed_day_text, open_status_text

CLOSURE_DAYS = 14


def _hhmm(value: object) -> str:
    return f"{value:%H:%M}"


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{escape(url, quote=True)}">{escape(text or url)}</a>'


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _web_link(url: str) -> str:
    return _link(url if "://" in url else f"https://{url}", url)


class ServiceDetailView(QTextBrowser):
    """Shows one service or organization; ``clear_selection()`` shows a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setObjectName("serviceDetail")
        self._shown: Service | Organization | None = None
        self._language = "da"
        self._now: datetime | None = None
        self._calendar: CalendarSettings | None = None
        self.retranslate()

    # -- what to show ----------------------------------------------------------
    def show_service(self, service: Service) -> None:
        self._shown = service
        self.setHtml(self._service_html(service))

    def show_organization(self, org: Organization) -> None:
        self._shown = org
        self.setHtml(self._organization_html(org))

    def clear_selection(self) -> None:
        self._shown = None
        hint = self.tr("Choose a service in the list to see its opening hours, contacts and who it is for.")
        self.setHtml(_p(hint))

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Service details"))
        if isinstance(self._shown, Service):
            self.show_service(self._shown)
        elif isinstance(self._shown, Organization):
            self.show_organization(self._shown)
        else:
            self.clear_selection()

    # -- building the text -------------------------------------------------------
    def _rows(self, rows: list[tuple[str, str]]) -> str:
        """A two-column table of label/value pairs; values are already HTML."""
        cells = "".join(
            f'<tr><td style="padding-right:12px"><b>{escape(name)}</b></td><td>{value}</td></tr>'
            for name, value in rows
            if value
        )
        return f"<table cellspacing='0' cellpadding='2'>{cells}</table>" if cells else ""

    def _status_html(self, status: ServiceStatus) -> str:
        word = escape(label(status))
        if status is ServiceStatus.ACTIVE:
            return word
        return f'<b><span style="color:#a4262c">⚠ {word}</span></b>'

    def _service_html(self, s: Service) -> str:
        parts = [f"<h2>{escape(s.name)}</h2>"]
        parts.append(self._rows([
            (self.tr("Organization"), escape(s.organization_name)),
            (self.tr("Status"), self._status_html(s.shown_status)),
        ]))
        if s.description:
            parts.append(f"<p>{escape(s.description)}</p>")
        parts.append(_h3(self.tr("Opening hours")))
        parts.append(self._today_html(s))
        parts.append(self._hours_html(s.schedules))
        parts.append(self._closures_html(s))
        parts.append(_h3(self.tr("Where and how to get in touch")))
        parts.append(self._rows([
            (self.tr("Address"), escape(s.location.one_line) if s.location else ""),
            (self.tr("Phone"), escape(s.phone or "")),
            (self.tr("E-mail"), _link(f"mailto:{s.email}", s.email) if s.email else ""),
            (self.tr("Web"), _web_link(s.url) if s.url else ""),
        ]) or _p(self.tr("No contact details are recorded.")))
        if s.contacts:
            parts.append(_h3(self.tr("Contacts")))
            parts.append("<ul>" + "".join(self._contact_html(c) for c in s.contacts) + "</ul>")
        parts.append(_h3(self.tr("Who it is for")))
        parts.append(self._rows([
            (self.tr("Eligibility"), escape(s.eligibility or "")),
            (self.tr("Area"), escape(s.area or "")),
            (self.tr("Age"), escape(self._age_text(s.min_age, s.max_age))),
            (self.tr("Residents"), escape(self.tr("Only for residents of Høje Gladsaxe")) if s.residents_only else ""),
        ]) or _p(self.tr("Everyone.")))
        parts.append(_h3(self.tr("Getting help")))
        parts.append(self._rows([
            (self.tr("How to apply"), escape(s.application_process or "")),
            (self.tr("Next step"), escape(s.next_step or "")),
            (self.tr("Hand-over to"), escape(s.handover_contact or "")),
            (self.tr("What to bring"), escape(s.what_to_bring or "")),
            (self.tr("Languages"), escape(", ".join(self._language_name(code) for code in s.languages))),
            (self.tr("Interpretation"), escape(s.interpretation or "")),
            (self.tr("Waiting list"), escape(self._waiting_text(s))),
        ]))
        if s.categories:
            names = ", ".join(c.name(self._language) for c in s.categories)
            parts.append(self._rows([(self.tr("Categories"), escape(names))]))
        return "".join(parts)

    def set_moment(self, now: datetime, calendar: CalendarSettings | None) -> None:
        """The moment "open now" and the coming closures are counted from (the page's clock)."""
        self._now, self._calendar = now, calendar

    def _today_html(self, s: Service) -> str:
        now = self._now or datetime.now()
        return f"<p><b>{escape(open_status_text(s, now, self._calendar))}</b></p>"

    def _closures_html(self, s: Service) -> str:
        """Days in the coming two weeks when the weekly hours do not hold: holidays, closures, special hours."""
        if not s.schedules:
            return ""
        start = (self._now or datetime.now()).date()
        items = []
        for day in coming_days(service_hours(s), start, CLOSURE_DAYS, self._calendar):
            usual = any(slot.applies_on(day.day) for slot in s.schedules)
            if day.closed and usual:
                items.append(f"{format_date(day.day)}: {closed_day_text(day)}")
            elif day.special:
                hours = ", ".join(f"{i.opens_at:%H:%M}–{i.closes_at:%H:%M}" for i in day.intervals)
                items.append(f"{format_date(day.day)}: {hours}" + (f" ({day.note})" if day.note else ""))
        if not items:
            return ""
        heading = escape(self.tr("Coming days that differ:"))
        return (f"<p>{heading}</p><ul>"
                + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")

    def _hours_html(self, schedules: tuple[Schedule, ...]) -> str:
        if not schedules:
            return _p(self.tr("No opening hours are recorded. Call or write to ask."))
        rows = []
        for slot in sorted(schedules, key=lambda x: (x.weekday, x.opens_at)):
            extra = []
            if slot.valid_from:
                extra.append(self.tr("from {date}").format(date=format_date(slot.valid_from)))
            if slot.valid_to:
                extra.append(self.tr("until {date}").format(date=format_date(slot.valid_to)))
            if slot.note:
                extra.append(slot.note)
            rows.append(
                f'<tr><td style="padding-right:12px">{escape(weekday_name(slot.weekday))}</td>'
                f'<td style="padding-right:12px">{_hhmm(slot.opens_at)}–{_hhmm(slot.closes_at)}</td>'
                f"<td>{escape(' · '.join(extra))}</td></tr>"
            )
        return f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>"

    def _contact_html(self, c: Contact) -> str:
        bits = [escape(c.name)]
        if c.title:
            bits.append(escape(c.title))
        if c.phone:
            bits.append(escape(c.phone))
        if c.email:
            bits.append(_link(f"mailto:{c.email}", c.email))
        return f"<li>{' · '.join(bits)}</li>"

    def _age_text(self, low: int | None, high: int | None) -> str:
        if low is not None and high is not None:
            return self.tr("{low} to {high} years").format(low=low, high=high)
        if low is not None:
            return self.tr("{low} years and older").format(low=low)
        if high is not None:
            return self.tr("up to {high} years").format(high=high)
        return ""

    def _waiting_text(self, s: Service) -> str:
        text = self.tr("Yes, there is a waiting list") if s.waiting_list else self.tr("No")
        return f"{text}. {s.capacity_note}" if s.capacity_note else text

    def _language_name(self, code: str) -> str:
        names = {
            "da": self.tr("Danish"), "en": self.tr("English"), "ar": self.tr("Arabic"),
            "fa": self.tr("Persian"), "ku": self.tr("Kurdish"), "pl": self.tr("Polish"),
            "ps": self.tr("Pashto"), "so": self.tr("Somali"), "ti": self.tr("Tigrinya"),
            "tr": self.tr("Turkish"), "uk": self.tr("Ukrainian"), "ur": self.tr("Urdu"),
            "de": self.tr("German"), "ru": self.tr("Russian"), "ro": self.tr("Romanian"),
            "bs": self.tr("Bosnian"), "sq": self.tr("Albanian"), "vi": self.tr("Vietnamese"),
        }
        return names.get(code) or QLocale(code).nativeLanguageName() or code

    def _organization_html(self, org: Organization) -> str:
        parts = [f"<h2>{escape(org.name)}</h2>"]
        parts.append(self._rows([
            (self.tr("Type"), escape(label(org.kind))),
            (self.tr("Phone"), escape(org.phone or "")),
            (self.tr("E-mail"), _link(f"mailto:{org.email}", org.email) if org.email else ""),
            (self.tr("Web"), _web_link(org.website) if org.website else ""),
        ]))
        if org.description:
            parts.append(f"<p>{escape(org.description)}</p>")
        shown = self.tr("Services shown: {count}. Choose one to see its opening hours.").format(count=len(org.services))
        parts.append(_p(shown))
        return "".join(parts)
