"""A screen a role cannot use says why at the top of the page, framed, not floating in
the middle of an empty page."""

from __future__ import annotations

import pytest

from referral_app.domain.enums import Role
from referral_app.ui.main_window import PAGE_ADMIN, PAGE_REFERRALS
from tests.services.staff import make_staff


@pytest.fixture
def front_desk_window(make_window, qtbot, sqlite_db):
    with sqlite_db.begin() as session:
        frida = make_staff(session, Role.FRONT_DESK, "frida")
    window = make_window("da")
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.set_actor(frida)
    return window


@pytest.mark.parametrize(("index", "notice_of"), [
    (PAGE_ADMIN, lambda w: w.admin_page.nothing),
    (PAGE_REFERRALS, lambda w: w.referral_page.notice),
])
def test_the_notice_sits_at_the_top_of_the_page(front_desk_window, qtbot, index, notice_of):
    window = front_desk_window
    window.show_page(index)
    page = window.pages[index]
    notice = notice_of(window)
    qtbot.waitUntil(notice.isVisible)
    top = notice.mapTo(page, notice.rect().topLeft()).y()
    assert top < 80, f"the notice starts {top} px down a {page.height()} px page"
    assert notice.height() < page.height() / 3  # its own size, not the page's
    assert notice.text() and "border" in notice.styleSheet()  # framed, so it reads as a notice
