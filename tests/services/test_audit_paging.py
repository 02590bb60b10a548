"""The audit log read page by page: after an entry, before one (scrolling up),
from the oldest end (a jump to the end), with entries that share a time; and
its size counted only up to a limit, on each backend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from referral_app.db import models as m
from referral_app.domain.audit import AuditFilter
from referral_app.domain.enums import Role
from referral_app.domain.paging import ListSize
from referral_app.services import audit
from tests.services.staff import make_staff

PAGE = 6


def test_pages_both_ways_and_from_the_oldest_end_are_the_whole_log_newest_first(database):
    with database.begin() as s:
        manager = make_staff(s, Role.MANAGER, "mette")
        start = datetime.now(UTC) - timedelta(days=1)
        s.execute(insert(m.AuditEvent.__table__), [  # three entries at each second: ties in the time
            {"at": start + timedelta(seconds=i // 3), "username": "frida", "action": "view", "entity": "resident",
             "entity_id": str(i)} for i in range(40)])
    flt = AuditFilter(start=start - timedelta(hours=1))

    def read(**kwargs):
        with database.begin() as s:
            return audit.list_events(s, manager, flt, log_view=False, **kwargs)

    whole = read(limit=None)
    assert [e.entity_id for e in whole] == [str(i) for i in reversed(range(40))]
    forward, page = [], read(limit=PAGE)
    while page:
        forward.extend(page)
        page = read(limit=PAGE, after=page[-1])
    assert forward == list(whole)
    backward, page = [], read(limit=PAGE, from_end=True)
    assert page == whole[-PAGE:]
    while page:
        backward[:0] = page
        page = read(limit=PAGE, before=page[0])
    assert backward == list(whole)
    assert read(limit=PAGE, offset=PAGE, from_end=True) == whole[-2 * PAGE:-PAGE]
    with database.begin() as s:
        assert audit.log_size(s, manager, flt) == ListSize(40, True)
        assert audit.log_size(s, manager, flt, cap=25) == ListSize(25, False)
        assert audit.open_view(s, manager, flt) == ListSize(40, True)  # and the look is logged
        logged = audit.list_events(s, manager, AuditFilter(username="mette"), log_view=False)
    assert logged[0].detail.endswith("rows=40")
