"""Sign-in under load: parallel guesses are all counted, on both databases,
and an unknown username is answered and throttled like a known one."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.accounts import MSG_BAD_LOGIN, MSG_LOCKED, AuthenticationError
from referral_app.domain.audit import AuditAction
from referral_app.domain.enums import Role
from referral_app.services import accounts
from referral_app.services.settings import update_settings
from tests.services.staff import PASSWORD, make_staff

GUESSES = 12
WAIT_S = 120  # the longest a guess may take on a loaded machine: a stuck one fails the test, never hangs it


def _guess_in_parallel(database, username: str, password: str, count: int) -> list[BaseException | str]:
    """``count`` sign-ins started at the same moment, each in its own thread and transaction."""
    barrier = threading.Barrier(count)
    outcomes: list[BaseException | str] = []
    lock = threading.Lock()

    def attempt() -> None:
        try:
            barrier.wait(WAIT_S)
            with database.begin() as s:
                result: BaseException | str = accounts.authenticate(s, username, password).username
        except BaseException as exc:  # noqa: BLE001 - every outcome is examined below
            result = exc
        with lock:
            outcomes.append(result)

    # Daemon threads joined with a timeout: a guess stuck on a lock cannot keep
    # the test (or the test process, at exit) waiting forever.
    threads = [threading.Thread(target=attempt, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT_S)
    assert not any(thread.is_alive() for thread in threads), "a sign-in did not finish"
    return outcomes


def _failed_details(database, username: str) -> Counter[str]:
    with database.begin() as s:
        return Counter(s.scalars(select(m.AuditEvent.detail).where(
            m.AuditEvent.action == AuditAction.LOGIN_FAILED.value, m.AuditEvent.username == username)))


def test_twelve_parallel_wrong_passwords_raise_the_counter_by_twelve(database) -> None:
    with database.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
        update_settings(s, max_failed_logins=50)
    outcomes = _guess_in_parallel(database, "frida", "forkert-kodeord", GUESSES)
    assert all(isinstance(o, AuthenticationError) and o.message == MSG_BAD_LOGIN for o in outcomes), outcomes
    with database.begin() as s:
        assert s.scalar(select(m.StaffUser.failed_logins).where(m.StaffUser.username == "frida")) == GUESSES
    details = _failed_details(database, "frida")
    assert details == {f"wrong password ({n})": 1 for n in range(1, GUESSES + 1)}


def test_parallel_guesses_lock_the_account_after_exactly_the_allowed_number(database) -> None:
    with database.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")  # the default allows 5 failures
    outcomes = _guess_in_parallel(database, "frida", "forkert-kodeord", GUESSES)
    messages = Counter(o.message for o in outcomes if isinstance(o, AuthenticationError))
    assert messages == {MSG_BAD_LOGIN: 4, MSG_LOCKED: GUESSES - 4}, outcomes
    details = _failed_details(database, "frida")
    assert details == {**{f"wrong password ({n})": 1 for n in range(1, 6)}, "locked": GUESSES - 5}
    with database.begin() as s:
        locks = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == AuditAction.ACCOUNT_LOCKED.value)).all()
        row = s.scalars(select(m.StaffUser).where(m.StaffUser.username == "frida")).one()
    assert len(locks) == 1 and row.locked_until is not None
    # The right password does not open a locked account either.
    with pytest.raises(AuthenticationError) as info, database.begin() as s:
        accounts.authenticate(s, "frida", PASSWORD)
    assert info.value.message == MSG_LOCKED


def test_unknown_username_gets_the_same_answers_and_the_same_password_check(database, monkeypatch) -> None:
    with database.begin() as s:
        make_staff(s, Role.FRONT_DESK, "frida")
    checks: list[str] = []
    real_verify = accounts._verify

    def counting_verify(password_hash: str, password: str) -> bool:
        checks.append(password_hash)
        return real_verify(password_hash, password)

    monkeypatch.setattr(accounts, "_verify", counting_verify)

    def answers(username: str) -> list[str]:
        result = []
        for _ in range(6):
            with pytest.raises(AuthenticationError) as info, database.begin() as s:
                accounts.authenticate(s, username, "forkert-kodeord")
            result.append(info.value.message)
        return result

    known, unknown = answers("frida"), answers("fridaa")
    assert known == unknown == [MSG_BAD_LOGIN] * 4 + [MSG_LOCKED] * 2
    # Every attempt ran one argon2 check, the unknown name against a stand-in hash.
    assert len(checks) == 12 and all(h.startswith("$argon2id$") for h in checks)
    assert len(set(checks[6:])) == 1 and checks[6] != checks[0]
