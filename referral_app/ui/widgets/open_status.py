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


def open_status_text(service: Service, moment: datetime, calendar: CalendarSettings | None = None) -> str:
    """The service's state at ``moment`` in the app's language."""
    if service.status is ServiceStatus.TEMPORARILY_CLOSED and service.paused_until:
        return QCoreApplication.translate("OpenStatus", "Paused until {date}").format(date=format_date(service.paused_until))
    if service.shown_status is not ServiceStatus.ACTIVE:
        return label(service.shown_status)
    status = status_at(service_hours(service), moment, calendar)
    if status.state is OpenState.OPEN_NOW and status.until is not None:
        return QCoreApplication.translate("OpenStatus", "Open now, until {time}").format(time=f"{status.until:%H:%M}")
    if status.state is OpenState.OPENS_LATER and status.opens_at is not None:
        return QCoreApplication.translate("OpenStatus", "Opens at {time}").format(time=f"{status.opens_at:%H:%M}")
    return closed_day_text(status.today, today=True)


def closed_day_text(day: DayHours, *, today: bool = False) -> str:
    """Why a day is closed, in words (e.g. "Closed today (holiday)")."""
    if not day.closed:
        return ""
    if day.reason is ClosedReason.HOLIDAY:
        text = QCoreApplication.translate("OpenStatus", "Closed today (holiday)") if today else QCoreApplication.translate("OpenStatus", "Closed (holiday)")
        return f"{text}: {day.holiday}" if day.holiday and not today else text
    if day.reason is ClosedReason.EXCEPTION:
        text = QCoreApplication.translate("OpenStatus", "Closed today") if today else QCoreApplication.translate("OpenStatus", "Closed")
        return f"{text} ({day.note})" if day.note else text
    if day.reason is ClosedReason.PAUSED:
        return QCoreApplication.translate("OpenStatus", "Closed today (paused)") if today else QCoreApplication.translate("OpenStatus", "Closed (paused)")
    return QCoreApplication.translate("OpenStatus", "Closed today") if today else QCoreApplication.translate("OpenStatus", "Closed")
