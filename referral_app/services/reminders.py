"""Reminders of follow-ups that fall due: how many open referrals are overdue
and due today. Coordinators (who follow up the queue) count all of them;
staff who make referrals count the ones they made; other roles get nothing.

Two counts in one statement, each a range of the (status, due_date) index, cheap enough to run
every few minutes at every desk. Only numbers leave this module, so it is not
written to the audit trail.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect

from referral_app.db import models as m
from referral_app.domain.accounts import Actor, Permission
from referral_app.domain.inquiries import local_today
from referral_app.domain.referrals import OPEN_STATUSES, FollowUpCounts


def follow_up_counts(session: Session, actor: Actor, *, today: date | None = None) -> FollowUpCounts | None:
    """Overdue and due-today referrals for ``actor``; None for roles that follow nothing up."""
    if actor.can(Permission.REVIEW_QUEUE):
        mine_only = False
    elif actor.can(Permission.ROUTE):
        mine_only = True
    else:
        return None
    today = today or local_today()
    open_statuses = [s.value for s in OPEN_STATUSES]

    def counted(*conditions: ColumnElement[bool]) -> ScalarSelect[int]:
        """One count that the (status, due_date) index answers alone."""
        stmt = select(func.count()).select_from(m.Referral).where(m.Referral.status.in_(open_statuses), *conditions)
        if mine_only:
            stmt = stmt.where(m.Referral.created_by_id == actor.user_id)
        return stmt.scalar_subquery()

    overdue, due_today = session.execute(
        select(counted(m.Referral.due_date < today), counted(m.Referral.due_date == today))).one()
    return FollowUpCounts(overdue=int(overdue), due_today=int(due_today), mine_only=mine_only)
