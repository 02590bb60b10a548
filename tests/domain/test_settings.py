"""Shared settings: typed, with defaults, and bad stored values fall back."""

from __future__ import annotations

import pytest

from referral_app.domain.errors import ValidationError
from referral_app.domain.settings import AppSettings


def test_round_trip_and_text_setting() -> None:
    settings = AppSettings(idle_lock_minutes=3, backup_folder="/srv/backups")
    assert AppSettings.from_mapping(settings.to_mapping()) == settings


def test_garbage_falls_back_to_defaults() -> None:
    assert AppSettings.from_mapping({"idle_lock_minutes": "soon", "unknown": "x"}) == AppSettings()
    assert AppSettings.from_mapping({"resident_retention_months": "0"}) == AppSettings()


@pytest.mark.parametrize("name", ["resident_retention_months", "audit_retention_months", "backups_to_keep"])
def test_zero_or_negative_periods_are_refused(name: str) -> None:
    with pytest.raises(ValidationError) as info:
        AppSettings(**{name: 0}).validate()
    assert info.value.field == name
