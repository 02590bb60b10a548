"""run_action: one transaction per user action, a refusal shown in the user's language."""

from __future__ import annotations

from sqlalchemy import func, select

from referral_app import translation
from referral_app.db import models as m
from referral_app.domain.errors import ConflictError, DomainError
from referral_app.services import directory as directory_service
from referral_app.ui.widgets.actions import run_action


def service_count(db) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count(m.Service.id)))


def test_a_refusal_is_shown_in_danish_through_the_dialog_service(qapp, sqlite_db, fake_dialogs):
    assert translation.install(qapp, "da")
    outcome = run_action(sqlite_db, fake_dialogs, "Tilbud", lambda s: directory_service.get_service(s, 999_999))
    assert not outcome and outcome.value is None
    assert outcome.error is not None and outcome.error.params["id"] == 999_999
    [shown] = fake_dialogs.shown
    assert (shown.kind, shown.title, shown.text) == ("warning", "Tilbud", "Der er intet tilbud med nummer 999999.")


def test_a_value_comes_back_and_nothing_is_shown(sqlite_db, fake_dialogs):
    with sqlite_db.begin() as session:
        first = session.scalar(select(func.min(m.Service.id)))
    outcome = run_action(sqlite_db, fake_dialogs, "Tilbud", lambda s: directory_service.get_service(s, first))
    assert outcome and outcome.ok and outcome.value.id == first
    assert fake_dialogs.shown == []
    assert run_action(sqlite_db, fake_dialogs, "Tilbud", lambda s: None).ok  # a service may return nothing


def test_a_refusal_rolls_back_what_the_action_wrote(sqlite_db, fake_dialogs):
    before = service_count(sqlite_db)

    def half_done(session) -> None:
        session.execute(m.Service.__table__.delete())
        raise DomainError("Something was refused.")

    assert not run_action(sqlite_db, fake_dialogs, "Tilbud", half_done)
    assert service_count(sqlite_db) == before and fake_dialogs.kinds() == ["warning"]


def test_on_error_may_handle_an_error_itself(sqlite_db, fake_dialogs):
    seen: list[DomainError] = []

    def conflict(_session) -> None:
        raise ConflictError("Someone else changed it.")

    def handle(error: DomainError) -> bool:
        seen.append(error)
        return isinstance(error, ConflictError)

    outcome = run_action(sqlite_db, fake_dialogs, "Henvisning", conflict, on_error=handle)
    assert isinstance(outcome.error, ConflictError) and seen == [outcome.error]
    assert fake_dialogs.shown == []  # handled: no box
    outcome = run_action(sqlite_db, fake_dialogs, "Henvisning", lambda _s: directory_service.get_service(_s, -1),
                         on_error=handle)
    assert not outcome and fake_dialogs.kinds() == ["warning"]  # not handled: the usual box
