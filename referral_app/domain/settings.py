"""Settings shared by every desk, stored in the database. Declared once, typed, with defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields

from referral_app.domain.errors import ValidationError
from referral_app.domain.i18n import QT_TRANSLATE_NOOP
from referral_app.domain.opening_hours import CalendarSettings


@dataclass(frozen=True, slots=True)
class AppSettings:
    # Identifying data is anonymized this many months after a resident's last activity.
    resident_retention_months: int = 24
    # Audit entries are deleted after this many months (Datatilsynet: commonly 6).
    audit_retention_months: int = 6
    # The screen locks after this many idle minutes.
    idle_lock_minutes: int = 5
    # Default working days until a referral's follow-up, when the service sets none.
    follow_up_days: int = 10
    # Failed logins before an account is locked, and for how long.
    max_failed_logins: int = 5
    lockout_minutes: int = 15
    # Automatic SQLite backups kept, and where (empty: "backups" beside the database file).
    backups_to_keep: int = 10
    backup_folder: str = ""
    # Directory-wide closing days that are not public holidays (1: services close, 0: they keep their hours).
    closed_christmas_eve: int = 1
    closed_new_years_eve: int = 1
    closed_constitution_day: int = 1

    @classmethod
    def from_mapping(cls, values: dict[str, str]) -> AppSettings:
        """Build settings from stored text values; unknown keys are ignored, bad values fall back."""
        kwargs: dict[str, int | str] = {}
        for f in fields(cls):
            raw = values.get(f.name)
            if raw is None:
                continue
            if f.type in ("str", str):
                kwargs[f.name] = raw.strip()
                continue
            try:
                kwargs[f.name] = int(raw)
            except ValueError:
                continue
        settings = cls(**kwargs)  # type: ignore[arg-type]
        try:
            settings.validate()
        except ValidationError:
            return cls()
        return settings

    def calendar(self) -> CalendarSettings:
        """The directory-wide closing days, for ``opening_hours.hours_on``."""
        return CalendarSettings(closed_christmas_eve=bool(self.closed_christmas_eve),
                                closed_new_years_eve=bool(self.closed_new_years_eve),
                                closed_constitution_day=bool(self.closed_constitution_day))

    def to_mapping(self) -> dict[str, str]:
        return {f.name: str(getattr(self, f.name)) for f in fields(self)}

    def validate(self) -> None:
        minimums = {
            "resident_retention_months": 1,
            "audit_retention_months": 1,
            "idle_lock_minutes": 1,
            "follow_up_days": 1,
            "max_failed_logins": 1,
            "lockout_minutes": 1,
            "backups_to_keep": 1,
        }
        for name, minimum in minimums.items():
            value = getattr(self, name)
            if value < minimum:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The setting {name} must be at least {minimum}."),
                    field=name,
                    name=name,
                    minimum=minimum,
                )
