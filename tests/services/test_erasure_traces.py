"""Erasure finishes the job: the resident's name (also inflected), phone (in
any separator style) and e-mail are gone from descriptions and notes, earlier
searches for them keep their entries but lose their words, the audit chain
still checks out, and the raw database file, its WAL and a backup made
afterwards hold none of the erased strings."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from referral_app.db import models as m
from referral_app.domain.audit import AuditAction
from referral_app.domain.audit_chain import REDACTED_DETAIL
from referral_app.domain.enums import Role
from referral_app.domain.inquiries import InquiryDraft
from referral_app.domain.residents import ResidentDraft
from referral_app.domain.retention import REMOVED, scrub
from referral_app.services import audit_chain, backup, intake, referrals, residents, retention
from tests.services.staff import make_staff

# A name found nowhere in the shipped directory (in any of its languages).
NAME, PHONE, EMAIL = "Ejvind Zachariasen", "+4528181287", "ejvind.z@example.dk"
# Every way the erased data was written, as bytes would show it in the file.
ERASED = ("Ejvind", "ejvind", "EJVIND", "Zachariasen", "zachariasen", "28181287", "28.18.12.87", "28 18 12 87",
          "2818 1287", EMAIL, "ejvind.z")


@pytest.mark.parametrize(("text", "expected"), [
    ("Allans søn har brug for lektiehjælp", f"{REMOVED} søn har brug for lektiehjælp"),
    ("Allan-s mor ringede", f"{REMOVED} mor ringede"),
    ("Kristiansen-familien", f"{REMOVED}-familien"),
    ("Ring på 28.18.12.87 eller 28 18 12 87", f"Ring på {REMOVED} eller {REMOVED}"),
    ("+45 28181287 / 0045-28-18-12-87", f"{REMOVED} / {REMOVED}"),
    ("Allanson og konto 1282818128781 bliver", "Allanson og konto 1282818128781 bliver"),
])
def test_scrub_finds_inflected_names_and_phones_in_any_style(text: str, expected: str) -> None:
    assert scrub(text, ["Allan Kristiansen", "Allan", "Kristiansen"], "28181287", "allan.k@example.dk") == expected


def _story(database) -> tuple[object, int]:
    """A resident with an inquiry, a referral and three searches that found them."""
    with database.begin() as s:
        front = make_staff(s, Role.FRONT_DESK, "frida")
        coordinator = make_staff(s, Role.COORDINATOR, "carl")
        admin = make_staff(s, Role.ADMIN, "anne")
        service = s.scalar(select(m.Service.id).where(m.Service.status == "active").order_by(m.Service.id))
    with database.begin() as s:
        resident = residents.create(s, front, ResidentDraft(full_name=NAME, phone=PHONE, email=EMAIL))
        inquiry = intake.log_inquiry(s, front, InquiryDraft(
            category_code="bolig", resident_id=resident.id,
            description="Ejvinds søn har brug for lektiehjælp; ring 28.18.12.87 efter kl. 15"))
        referral = referrals.create(s, front, inquiry.id, service, note="Zachariasen-familien, tlf. 28 18 12 87")
        referrals.move(s, coordinator, referral.id, "sent", note=f"Mail sendt til {EMAIL}")
    for terms in (NAME, "28 18 12 87", EMAIL, "Zachariasen"):
        with database.begin() as s:
            residents.search(s, front, terms)
    return admin, resident.id


def test_erasure_redacts_earlier_searches_and_keeps_the_chain(database) -> None:
    admin, resident_id = _story(database)
    with database.begin() as s:
        other = make_staff(s, Role.FRONT_DESK, "fie")
    with database.begin() as s:  # someone else's search stays as it was
        residents.search(s, other, "Mette Jensen")
    with database.begin() as s:
        retention.erase(s, admin, resident_id)
    with database.begin() as s:
        searches = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == AuditAction.SEARCH.value)
                             .order_by(m.AuditEvent.id)).all()
        assert [e.detail for e in searches[:4]] == [REDACTED_DETAIL] * 4  # the entries stay, the words go
        assert searches[4].detail.startswith("terms='Mette Jensen'")
        texts = [s.scalar(select(m.Inquiry.description))]
        texts += [r.reason_note for r in s.scalars(select(m.Referral)) if r.reason_note]
        texts += [e.note for e in s.scalars(select(m.ReferralEvent)) if e.note]
        report = audit_chain.check(s)
    for text in texts:
        assert not any(word.lower() in text.lower() for word in ERASED), text
    assert report.intact, report


def test_nothing_erased_is_left_in_the_file_its_wal_or_a_later_backup(sqlite_db, tmp_path: Path) -> None:
    assert not any(word.encode() in sqlite_db.path.read_bytes() for word in ERASED)  # the test can fail
    admin, resident_id = _story(sqlite_db)
    sqlite_db.checkpoint()
    assert NAME.encode() in sqlite_db.path.read_bytes()  # before: it is there
    with sqlite_db.begin() as s:
        retention.erase(s, admin, resident_id)
    backups = sqlite_db.path.parent / "backups"
    backups.mkdir()
    backup.backup(sqlite_db, backups / "after-erasure.sqlite3")
    sqlite_db.checkpoint()
    files = [sqlite_db.path, Path(f"{sqlite_db.path}-wal"), *backups.iterdir()]
    for path in files:
        if not path.exists():
            continue
        data = path.read_bytes()
        for word in ERASED:
            for encoded in {word.encode("utf-8"), word.encode("utf-16-le")}:
                assert encoded not in data, f"{word!r} is still in {path.name}"


def test_erasure_leaves_nothing_in_the_search_index(sqlite_db) -> None:
    """The FTS5 index and the name-word vocabulary hold no trace of the erased
    resident: the index finds nothing for the name, phone or e-mail, the
    vocabulary has none of the name's words, and the index's stored segments
    (merged after the erasure) contain none of the erased strings."""
    from sqlalchemy import text

    admin, resident_id = _story(sqlite_db)

    def index_hits(session) -> dict[str, list[int]]:
        queries = {"name": 'name : " zachariasen"', "first name": 'name : " ejvind"',
                   "phone": 'phone : "28181287"', "email": 'email : "ejvind.z"'}
        return {what: list(session.scalars(text("SELECT rowid FROM search_resident_fts WHERE search_resident_fts "
                                                "MATCH :q"), {"q": query})) for what, query in queries.items()}

    with sqlite_db.begin() as s:
        assert index_hits(s) == {what: [resident_id] for what in ("name", "first name", "phone", "email")}
        assert {"ejvind", "zachariasen"} <= set(s.scalars(text("SELECT word FROM search_resident_word")))
        assert s.scalar(text("SELECT count(*) FROM search_inquiry_fts WHERE search_inquiry_fts MATCH '\"Ejvinds\"'"))
    with sqlite_db.begin() as s:
        retention.erase(s, admin, resident_id)
    with sqlite_db.begin() as s:
        assert index_hits(s) == {"name": [], "first name": [], "phone": [], "email": []}
        assert not {"ejvind", "zachariasen"} & set(s.scalars(text("SELECT word FROM search_resident_word")))
        assert not s.scalar(text("SELECT count(*) FROM search_inquiry_fts WHERE search_inquiry_fts "
                                 "MATCH '\"Ejvind\" OR \"28181287\" OR \"Zachariasen\"'"))
        # The index is merged after the erasure: its stored terms (trigrams) are those of the
        # residents still there, and there are none here.
        s.execute(text("CREATE VIRTUAL TABLE temp.resident_terms USING fts5vocab(main, search_resident_fts, row)"))
        assert s.scalar(text("SELECT count(*) FROM temp.resident_terms")) == 0
        stored = b"".join(bytes(block) for block in s.scalars(text("SELECT block FROM search_resident_fts_data")))
        words = b"".join(bytes(block) for block in s.scalars(text("SELECT block FROM search_resident_words_data")))
    for piece in ("zac", "jvi", "281", "818"):
        assert piece.encode() not in stored, piece
    for word in ERASED:
        assert word.encode() not in words, word
