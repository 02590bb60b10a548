""""Open now", "opens at …" or "closed today (holiday)" in words, for the
directory list, its detail pane and the suggestion cards; the rule itself is
``domain.opening_hours``."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from referral_app.domain.directory import Service
from referral_app.domain.enums import ServiceStatus
from referral_app.domain.opening_hours import (
    CalendarSettings,
    ClosedReason,
    DayHours,
    OpenState,
    service_hours,
    status_at,
)
from referral_app.translation import format_date, label


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenStatus", text)


def open_status_text(service: Service, moment: datetime, calendar: CalendarSettings | None = None) -> str:
    """The service's state at ``moment`` in the app's language."""
    if service.status is ServiceStatus.TEMPORARILY_CLOSED and service.paused_until:
        return _tr("Paused until {date}").format(date=format_date(service.paused_until))
    if service.shown_status is not ServiceStatus.ACTIVE:
        return label(service.shown_status)
    status = status_at(service_hours(service), moment, calendar)
    if status.state is OpenState.OPEN_NOW and status.until is not None:
        return _tr("Open now, until {time}").format(time=f"{status.until:%H:%M}")
    if status.state is OpenState.OPENS_LATER and status.opens_at is not None:
        return _tr("Opens at {time}").format(time=f"{status.opens_at:%H:%M}")
    return closed_day_text(status.today, today=True)


def closed_day_text(day: DayHours, *, today: bool = False) -> str:
    """Why a day is closed, in words (e.g. "Closed today (holiday)")."""
    if not day.closed:
        return ""
    if day.reason is ClosedReason.HOLIDAY:
        text = _tr("Closed today (holiday)") if today else _tr("Closed (holiday)")
        return f"{text}: {day.holiday}" if day.holiday and not today else text
    if day.reason is ClosedReason.EXCEPTION:
        text = _tr("Closed today") if today else _tr("Closed")
        return f"{text} ({day.note})" if day.note else text
    if day.reason is ClosedReason.PAUSED:
        return _tr("Closed today (paused)") if today else _tr("Closed (paused)")
    return _tr("Closed today") if today else _tr("Closed")
