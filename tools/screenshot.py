"""Take the README screenshot of the real main window.

Run under a virtual display so the real platform plugin draws it::

    REFERRAL_APP_DATABASE_URL=sqlite:////tmp/shot.db \\
        xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot.py

It opens the app as ``referral-app`` does (migrating and loading the shipped
directory into the database if needed), shows the directory page at
1280x720, searches, selects a service and saves ``docs/screenshot-main.png``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402

from referral_app import cli  # noqa: E402
from referral_app.app import ensure_application, start  # noqa: E402
from referral_app.ui.main_window import PAGE_DIRECTORY  # noqa: E402


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="da", choices=("da", "en"))
    parser.add_argument("--size", default="1280x720", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--search", default="", help="text typed in the search field")
    parser.add_argument("--service", default="Lektiecaf", help="select the first service whose name has this")
    parser.add_argument("--font-scale", type=float, default=1.0, help="e.g. 1.5 to check 150%% text size")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "screenshot-main.png")
    options = parser.parse_args()
    width, height = (int(v) for v in options.size.lower().split("x"))

    app = ensure_application([sys.argv[0]])
    if options.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * options.font_scale)
        app.setFont(font)
    window = start(app, cli.parse(["--lang", options.lang]), options.lang)
    if window is None:
        return 2
    window.resize(width, height)
    window.show()
    window.show_page(PAGE_DIRECTORY)
    page = window.directory_page
    page.search_edit.setText(options.search)
    page.refresh()
    page.enter_tree()
    for org_row in range(page.model.rowCount()):
        parent = page.model.index(org_row, 0)
        for row in range(page.model.rowCount(parent)):
            service = page.model.service_at(page.model.index(row, 0, parent))
            if service is not None and options.service.lower() in service.name.lower():
                page.select_service(service.id)
                break
        else:
            continue
        break
    settle()
    QCoreApplication.processEvents()
    options.output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(options.output)):
        print(f"could not write {options.output}", file=sys.stderr)
        return 1
    print(f"{options.output} ({window.width()}x{window.height()})")
    window.close()
    window.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
