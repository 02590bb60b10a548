"""One way to run a use case from a widget.

Every user action that reads or changes data is one transaction: the helper
opens it (``with db.begin() as session``), calls the service with the
session, commits, and, when the service refuses with a ``DomainError``,
rolls back and shows the error in the user's language through the injected
dialog service. Pages call ``run_action`` instead of repeating
``try``/``with``/``except``.

A page that must do more on some errors (reload after a conflict, show the
message beside a field instead of in a box) passes ``on_error``: it gets the
error first and returns True when it has dealt with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from referral_app.domain.errors import DomainError
from referral_app.services.database import Database, Session
from referral_app.translation import error_text
from referral_app.ui.widgets.dialogs import DialogService

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """What a use case gave: its value, or the error it refused with.
    True when it succeeded (also when the service returns None)."""

    value: T | None = None
    error: DomainError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def __bool__(self) -> bool:
        return self.error is None


def run_action(
    db: Database,
    dialogs: DialogService | None,
    title: str,
    fn: Callable[[Session], T],
    *,
    on_error: Callable[[DomainError], bool] | None = None,
) -> Outcome[T]:
    """Run ``fn(session)`` in one transaction.

    A ``DomainError`` rolls the transaction back; ``on_error`` sees it first
    and returns True when it handled it, otherwise a warning titled
    ``title`` shows the error's text in the user's language (no box when
    ``dialogs`` is None: the caller shows the error itself). Other
    exceptions are bugs and pass through.
    """
    try:
        with db.begin() as session:
            return Outcome(fn(session))
    except DomainError as exc:
        log.info("%s: %s", title, exc)
        if (on_error is None or not on_error(exc)) and dialogs is not None:
            dialogs.warning(title, error_text(exc))
        return Outcome(error=exc)
