"""``referral.category_id`` is the category of the referral's inquiry, whoever
writes: a referral made through the ORM without it, one written with the
wrong one, a correction of the inquiry's category, a referral moved to
another inquiry. The queue's category filter relies on it."""

from __future__ import annotations

from sqlalchemy import select, update

from referral_app.db import models as m
from tests.services.queue_data import add_referrals


def _copies(session) -> list[tuple[int | None, int | None]]:
    return [tuple(row) for row in session.execute(  # type: ignore[misc]
        select(m.Referral.category_id, m.Inquiry.category_id).join(m.Inquiry, m.Inquiry.id == m.Referral.inquiry_id)
        .order_by(m.Referral.id))]


def test_the_copy_follows_the_inquiry_whoever_writes(database) -> None:
    with database.begin() as s:
        ids = add_referrals(s, 10)  # through the ORM, without a category of their own
    with database.begin() as s:
        copies = _copies(s)
        assert len(copies) == 10 and all(mine == theirs and mine is not None for mine, theirs in copies)
        other = s.scalar(select(m.Category.id).where(m.Category.code == "digital.mitid"))
        inquiry = s.scalar(select(m.Referral.inquiry_id).where(m.Referral.id == ids[0]))
        s.execute(update(m.Inquiry).where(m.Inquiry.id == inquiry).values(category_id=other))  # a correction
    with database.begin() as s:
        corrected = s.scalars(select(m.Referral.category_id).where(m.Referral.inquiry_id == inquiry)).all()
        assert corrected and set(corrected) == {other}
        assert all(mine == theirs for mine, theirs in _copies(s))
        s.execute(update(m.Referral).where(m.Referral.id == ids[1]).values(category_id=None))  # written wrong
        s.execute(update(m.Inquiry).where(m.Inquiry.id == inquiry).values(category_id=None))  # no category
    with database.begin() as s:
        assert all(mine == theirs for mine, theirs in _copies(s))
        assert s.scalar(select(m.Referral.category_id).where(m.Referral.id == ids[1])) is not None
        moved = s.scalar(select(m.Referral.inquiry_id).where(m.Referral.id == ids[2]))
        s.execute(update(m.Referral).where(m.Referral.id == ids[3]).values(inquiry_id=moved))  # another inquiry
    with database.begin() as s:
        assert all(mine == theirs for mine, theirs in _copies(s))
