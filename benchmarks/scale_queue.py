"""The referral queue and the audit log at a municipality's scale, next to bare baselines.

    .venv/bin/python benchmarks/scale_queue.py DB_URL [DB_URL ...]
    .venv/bin/python benchmarks/scale_queue.py --plans DB_URL   (the query plan of every page read)

Give it a *copy* of a demo database that is already at the app's schema head
(``REFERRAL_APP_DATABASE_URL=sqlite:////tmp/copy.sqlite3 python -m referral_app db upgrade``):
it refuses a database at another revision, and it adds audit entries (spread
over the last 25 days, so the log's default 30-day view shows them) when the
database has fewer than one per inquiry. With several URLs (say the 100k and
1M copies) it also prints how each figure grew from the first to the last.

Each measure is the app's own code (the real queue page and audit page over
the real services, rows read as the table shows them) next to a bare baseline
in the same run (DB-API queries on the same database, or a bare sqlite3 + Qt
table window for the start-up), and their ratio:

- Queue all, also closed: open / jump to end (Ctrl+End in the table);
- Queue free-text 'hansen': first page (size and first rows), read as the
  page's search thread reads it (``refresh`` runs the same reads in the
  caller's thread, so it can be timed); also as CPU time of this process,
  which a busy machine disturbs less;
- Start to first queue rows: a child process from start until the queue's
  first rows are painted (default filter and sort), against a child that runs
  the same query with sqlite3 and fills a bare Qt table with 200 rows; and the
  same as the children's CPU time (user + system, from getrusage in the child),
  which a loaded machine distorts far less than the wall time;
- Audit log open / jump to end.

The peak memory of the child that also opens "all, also closed", jumps to its
end and pages back up is printed after the table, next to the bare window's: each
child's own high-water resident size (VmHWM; getrusage's ru_maxrss would report
this process's size, which Linux carries over into a child started by subprocess).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPEAT = 5
QUEUE_COLUMNS = """r.id, r.created_at, res.full_name, c.name_da, s.name, o.name, r.status, r.due_date"""
QUEUE_JOIN = """FROM referral r JOIN service s ON s.id = r.service_id
    JOIN organization o ON o.id = s.organization_id JOIN inquiry i ON i.id = r.inquiry_id
    LEFT JOIN category c ON c.id = i.category_id LEFT JOIN resident res ON res.id = i.resident_id
    LEFT JOIN staff_user u ON u.id = r.created_by_id"""
OPEN = "('proposed', 'sent', 'accepted', 'in_progress', 'waiting')"

PEAK_MIB = """
def peak_mib():
    # The process's own high-water mark (VmHWM). getrusage's ru_maxrss is no good here: Linux
    # carries the parent's peak over into a child started with vfork + exec, as subprocess does.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

BARE_WINDOW = """
import resource, sqlite3, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
connection = sqlite3.connect(sys.argv[2])
rows = connection.execute(sys.argv[3]).fetchall()
window = QMainWindow()
table = QTableWidget(len(rows), 8)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
""" + PEAK_MIB + """def ready():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    memory = peak_mib()
    with open(sys.argv[1], "w") as probe:
        probe.write(f"{time.time():.6f} {memory:.1f} {memory:.1f} {usage.ru_utime + usage.ru_stime:.6f}")
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

APP_WINDOW = """
import resource, sys, time, tempfile
from pathlib import Path
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from referral_app import translation
from referral_app.app import build_main_window
from referral_app.domain.accounts import Actor
from referral_app.domain.enums import Role
from referral_app.services.database import open_database
from referral_app.ui.main_window import PAGE_REFERRALS
from referral_app.ui.preferences import Preferences, WindowState
from referral_app.ui.signals import SignalHub
from referral_app.ui.widgets.dialogs import DialogService
app = QApplication(sys.argv[:1])
translation.install(app, "da")
db = open_database(sys.argv[2])
folder = Path(tempfile.mkdtemp(prefix="bench-queue-"))
window = build_main_window(db, SignalHub(), DialogService(), Preferences.in_folder(folder),
                           WindowState.in_folder(folder), "da")
window.resize(1280, 800)
window.show()
window.set_actor(Actor(int(sys.argv[3]), "bench", "Bench Koordinator", Role.COORDINATOR))
window.show_page(PAGE_REFERRALS)
page = window.referral_page
""" + PEAK_MIB + """def ready():
    assert page.model.rowCount() > 0
    page.table.viewport().repaint()  # the first rows on screen
    shown = time.time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu, at_start = usage.ru_utime + usage.ru_stime, peak_mib()
    # Then the memory of the heaviest view: all referrals, also closed, to the end and back up.
    page.filters.status.setCurrentIndex(page.filters.status.findData("all"))
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for _ in range(30):
        QTest.keyClick(page.table, Qt.Key.Key_PageUp)
        page.table.viewport().repaint()
    peak = peak_mib()
    with open(sys.argv[1], "w") as probe:
        probe.write(f"{shown:.6f} {peak:.1f} {at_start:.1f} {cpu:.6f}")
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def _best(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    """The fastest of ``repeat`` runs: the figure least disturbed by a busy machine."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def _best_cpu(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    """The least CPU time of this process over ``repeat`` runs (SQLite and Qt run in it):
    steadier than the wall clock when other work shares the machine."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def _child(script: str, *args: str, repeat: int = 3) -> tuple[float, float, float, float]:
    """Seconds from starting a child Python to its probe (best of ``repeat``), the child's CPU
    seconds (user + system) up to the probe (best of ``repeat``: the figure a loaded machine
    distorts least), its peak memory in MiB, and its peak memory when it showed the first rows."""
    best, best_cpu, peak, at_start = float("inf"), float("inf"), 0.0, 0.0
    # Compiled modules are cached, as in an installed app (this shell may say not to write them).
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "scale-queue-pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(repeat):
        with tempfile.NamedTemporaryFile("r", suffix=".probe", delete=False) as probe:
            path = probe.name
        start = time.time()
        subprocess.run([sys.executable, "-c", script, path, *args], check=True, env=env)
        shown, memory, first, cpu = Path(path).read_text().split()
        Path(path).unlink()
        best, best_cpu = min(best, float(shown) - start), min(best_cpu, float(cpu))
        peak, at_start = max(peak, float(memory)), max(at_start, float(first))
    return best, best_cpu, peak, at_start


def _fill_audit(db: object, target: int) -> None:
    """Raw audit entries up to ``target`` (the demo data writes few), over the last 25 days."""
    from sqlalchemy import func, insert, select

    from referral_app.db import models as m

    with db.begin() as s:  # type: ignore[attr-defined]
        have = int(s.scalar(select(func.count(m.AuditEvent.id))) or 0)
    if have >= target:
        return
    now = datetime.now(UTC)
    step = timedelta(days=25) / target
    batch: list[dict[str, object]] = []
    with db.begin() as s:  # type: ignore[attr-defined]
        for i in range(target - have):
            batch.append({"at": now - timedelta(days=25) + step * i, "username": "frida", "action": "view",
                          "entity": "resident", "entity_id": str(i % 5000), "resident_id": i % 5000,
                          "purpose": "Henvendelse i skranken"})
            if len(batch) == 50_000:
                s.execute(insert(m.AuditEvent.__table__), batch)
                batch = []
        if batch:
            s.execute(insert(m.AuditEvent.__table__), batch)


def measure(url: str, size_label: str) -> list[tuple[str, float, float]]:
    """(measure, app seconds, bare baseline seconds) for the database at ``url``."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
    from sqlalchemy import func, select

    from referral_app import translation
    from referral_app.db import models as m
    from referral_app.db.migrate import SCHEMA_HEAD, current_revision
    from referral_app.domain.accounts import Actor
    from referral_app.domain.enums import Role
    from referral_app.services.database import open_database
    from referral_app.ui.admin.audit import AuditPage
    from referral_app.ui.queue.page import ReferralQueuePage
    from referral_app.ui.signals import SignalHub
    from referral_app.ui.widgets.dialogs import DialogService

    app = QApplication.instance() or QApplication([])
    translation.install(app, "da")  # type: ignore[arg-type]
    db = open_database(url)
    revision = current_revision(db)
    if revision != SCHEMA_HEAD:
        raise SystemExit(f"{url} is at {revision}, not {SCHEMA_HEAD}: upgrade a copy first (db upgrade)")
    with db.begin() as s:
        inquiries = int(s.scalar(select(func.count(m.Inquiry.id))) or 0)
        coordinator = s.scalar(select(m.StaffUser.id).where(m.StaffUser.role == "coordinator").limit(1))
        manager = s.scalar(select(m.StaffUser.id).where(m.StaffUser.role.in_(["manager", "admin"])).limit(1))
    _fill_audit(db, inquiries)
    coord = Actor(coordinator, "bench", "Bench Koordinator", Role.COORDINATOR)
    boss = Actor(manager, "bench-leder", "Bench Leder", Role.MANAGER)
    raw = db.engine.raw_connection()

    grid = QTableWidget(0, 8)
    grid.resize(1280, 800)
    grid.show()

    def bare(sql: str) -> Callable[[], object]:
        """The query on the DB-API connection; a page of rows goes into a bare Qt table, painted."""
        def run() -> object:
            cursor = raw.cursor()
            cursor.execute(sql)
            rows = cursor.fetchall()
            if len(rows) > 1:
                grid.setRowCount(len(rows))
                for r, row in enumerate(rows):
                    for c, value in enumerate(row[:8]):
                        grid.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
                grid.viewport().repaint()
            return rows
        return run

    results: list[tuple[str, float, float]] = []
    queue = ReferralQueuePage(db, SignalHub(), DialogService(), lambda: coord, "da")
    queue.resize(1280, 800)
    queue.show()
    model, table = queue.model, queue.table

    queue.filters.status.setCurrentIndex(queue.filters.status.findData("all"))

    def show_all() -> None:
        queue.refresh()  # as choosing the filter does
        table.viewport().repaint()

    def jump_to_end() -> None:
        show_all()
        table.setFocus()
        t0 = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        table.viewport().repaint()
        assert model.referral(model.rowCount() - 1) is not None
        jumps.append(time.perf_counter() - t0)

    open_all = _best(show_all)
    jumps: list[float] = []
    for _ in range(REPEAT):
        jump_to_end()
    count_sql = "SELECT count(*) FROM referral"
    page_sql = f"SELECT {QUEUE_COLUMNS} {QUEUE_JOIN} ORDER BY r.due_date, r.id LIMIT 100"
    end_sql = f"SELECT {QUEUE_COLUMNS} {QUEUE_JOIN} ORDER BY r.due_date DESC, r.id DESC LIMIT 100"
    results.append(("Queue all, also closed: open", open_all, _best(lambda: (bare(count_sql)(), bare(page_sql)()))))
    results.append(("Queue all, also closed: jump to end", min(jumps), _best(bare(end_sql))))

    queue.filters.search.setText("hansen")
    queue.filters.apply_now()  # typed text is searched on the page's search thread: let that answer first
    queue.wait_for_search()
    app.processEvents()

    def search() -> None:
        queue.refresh()  # as the typing pause or Enter does
        table.viewport().repaint()
        assert model.rowCount() > 0

    like = "'%hansen%'"
    text_sql = (f"SELECT {QUEUE_COLUMNS} {QUEUE_JOIN} WHERE lower(s.name) LIKE {like} OR lower(o.name) LIKE {like} "
                f"OR lower(c.name_da) LIKE {like} OR res.search_name LIKE {like} OR lower(i.description) LIKE {like} "
                "ORDER BY r.due_date, r.id LIMIT 100")
    results.append(("Queue free-text 'hansen': first page", _best(search), _best(bare(text_sql), 2)))
    results.append(("Queue free-text 'hansen', CPU time", _best_cpu(search), _best_cpu(bare(text_sql), 2)))

    if url.startswith("sqlite:"):
        path = url.split(":///", 1)[1]
        bare_sql = f"SELECT {QUEUE_COLUMNS} {QUEUE_JOIN} WHERE r.status IN {OPEN} ORDER BY r.due_date, r.id LIMIT 200"
        app_start, app_cpu, peak, at_start = _child(APP_WINDOW, url, str(coordinator))
        bare_start, bare_cpu, bare_peak, _ = _child(BARE_WINDOW, path, bare_sql)
        results.append(("Start to first queue rows", app_start, bare_start))
        results.append(("Start to first queue rows, CPU time", app_cpu, bare_cpu))
        print(f"[{size_label}] peak memory (the child's own high-water RSS) of the app's window: {at_start:.0f} MiB "
              f"at the first queue rows, {peak:.0f} MiB after all referrals, also closed, to the end and 30 pages "
              f"back up; the bare window with 200 rows {bare_peak:.0f} MiB")
    queue.close()

    audit_page = AuditPage(db, DialogService(), lambda: boss)
    audit_page.resize(1280, 800)
    audit_page.show()

    def open_log() -> None:
        audit_page.refresh()
        audit_page.table.viewport().repaint()
        assert audit_page.model.rowCount() > 0

    audit_jumps: list[float] = []

    def log_end() -> None:
        open_log()
        audit_page.table.setFocus()
        t0 = time.perf_counter()
        QTest.keyClick(audit_page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        audit_page.table.viewport().repaint()
        assert audit_page.model.entry(audit_page.model.rowCount() - 1) is not None
        audit_jumps.append(time.perf_counter() - t0)

    # (The entries written above all fall in the page's default 30 days.)
    log_count = "SELECT count(*) FROM audit_event"
    log_first = "SELECT * FROM audit_event ORDER BY at DESC, id DESC LIMIT 200"
    log_last = "SELECT * FROM audit_event ORDER BY at, id LIMIT 200"
    results.append(("Audit log open", _best(open_log), _best(lambda: (bare(log_count)(), bare(log_first)()))))
    for _ in range(REPEAT):
        log_end()
    results.append(("Audit log jump to end", min(audit_jumps), _best(bare(log_last))))
    audit_page.close()
    grid.close()
    raw.close()
    db.dispose()
    return results


def plans(url: str) -> None:
    """The query plan of every page read, for each filter, sort order and direction
    (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL); "sort" marks a plan that
    sorts rather than reading an index in order."""
    from sqlalchemy import event, select

    from referral_app.db import models as m
    from referral_app.domain.accounts import Actor
    from referral_app.domain.enums import Role
    from referral_app.domain.referrals import QueueFilter
    from referral_app.services import referrals
    from referral_app.services.database import open_database

    db = open_database(url)
    captured: list[tuple[str, object]] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, parameters, _ctx, _many: captured.append((statement, parameters)))
    with db.begin() as s:
        actor = Actor(s.scalar(select(m.StaffUser.id).limit(1)), "plans", "Plans", Role.COORDINATOR)
    filters = {"all": QueueFilter(open_only=False), "open": QueueFilter(), "overdue": QueueFilter(overdue_only=True),
               "hansen": QueueFilter(open_only=False, text="hansen")}
    for name, flt in filters.items():
        for sort in referrals.SORT_COLUMNS:
            for descending in (False, True):
                for mode in ("first", "after", "end"):
                    with db.begin() as s:
                        page = {"sort": sort, "descending": descending, "limit": 100, "log_search": False}
                        first = referrals.list_queue(s, actor, flt, **page)  # type: ignore[arg-type]
                        captured.clear()
                        where = ({"after": first[-1]} if mode == "after" and first else
                                 {"from_end": True} if mode == "end" else {})
                        referrals.list_queue(s, actor, flt, **page, **where)  # type: ignore[arg-type]
                        statement, parameters = next(c for c in captured if "ORDER BY" in c[0])
                        connection = s.connection()
                        if url.startswith("sqlite"):
                            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
                            plan = " | ".join(str(r[-1]) for r in rows)
                        else:
                            rows = connection.exec_driver_sql("EXPLAIN " + statement, parameters).all()
                            plan = " | ".join(str(r[0]).strip() for r in rows)
                    sorts = "TEMP B-TREE" in plan or " Sort " in f" {plan.replace('Incremental Sort', '')} "
                    print(f"{name:8} {sort:8} {'desc' if descending else 'asc':4} {mode:6} "
                          f"{'sort' if sorts else '    '} {plan[:220]}")
    db.dispose()


def _table(label: str, rows: list[tuple[str, float, float]]) -> None:
    print(f"\n{label}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"| {'Measure':<40} | {'App':>9} | {'Bare':>9} | {'Ratio':>6} |")
    print(f"|{'-' * 42}|{'-' * 11}|{'-' * 11}|{'-' * 8}|")
    for name, app, bare in rows:
        print(f"| {name:<40} | {app * 1000:>6.1f} ms | {bare * 1000:>6.1f} ms | {app / bare:>5.2f}× |")


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    if argv[0] == "--plans":
        for url in argv[1:]:
            plans(url)
        return
    measured = []
    for url in argv:
        label = Path(url.split(":///", 1)[-1]).stem
        rows = measure(url, label)
        _table(f"{label} ({url})", rows)
        measured.append((label, rows))
    if len(measured) > 1:
        (first, a), (last, b) = measured[0], measured[-1]
        print(f"\nGrowth {first} → {last} (app): "
              + ", ".join(f"{x[0]} {y[1] / x[1]:.2f}×" for x, y in zip(a, b, strict=False)))


if __name__ == "__main__":
    main(sys.argv[1:])
