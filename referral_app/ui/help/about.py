"""Help → About: the version, the database in use (without its password),
the data folder, and the licences of what ships with the app."""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from referral_app import resources


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    distribution: str | None  # the package whose installed version is shown
    licence: str
    url: str


#: What the app ships with (the wheel's dependencies and the frozen app's contents).
COMPONENTS: tuple[Component, ...] = (
    Component("Python", "python", "PSF License", "https://docs.python.org/3/license.html"),
    Component("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("argon2-cffi", "argon2-cffi", "MIT", "https://argon2-cffi.readthedocs.io"),
    Component("RapidFuzz", "rapidfuzz", "MIT", "https://github.com/rapidfuzz/RapidFuzz"),
    Component("snowballstemmer", "snowballstemmer", "BSD-3-Clause", "https://snowballstem.org"),
    Component("holidays", "holidays", "MIT", "https://github.com/vacanza/holidays"),
    Component("qrcode", "qrcode", "BSD-3-Clause", "https://github.com/lincolnloop/python-qrcode"),
    Component("psycopg (referral-app[postgres])", "psycopg", "LGPL-3.0", "https://www.psycopg.org"),
    Component("DejaVu Sans", None, "Bitstream Vera / DejaVu licence (free)", "https://dejavu-fonts.github.io"),
    Component("Noto Sans Arabic", None, "SIL Open Font License 1.1", "https://openfontlicense.org"),
)
#: Shipped beside the fonts (resources/fonts), shown in full.
FONT_LICENCES = (("DejaVu Sans", "LICENSE-DejaVu.txt"), ("Noto Sans Arabic", "LICENSE-NotoSansArabic.txt"))


@dataclass(frozen=True, slots=True)
class AboutInfo:
    version: str
    database: str  # shown as is: the caller hides the password
    data_folder: Path


def installed_version(distribution: str | None) -> str:
    if distribution is None:
        return ""
    if distribution == "python":
        return platform.python_version()
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Fælles Indgang"))
        self.icon = icon = QLabel(self)
        icon.setPixmap(QIcon(str(resources.icons_dir() / "faelles-indgang-64.png")).pixmap(64, 64))
        self.heading = QLabel(f"<h2>Fælles Indgang {html.escape(info.version)}</h2>", self)
        self.heading.setObjectName("aboutHeading")
        purpose = QLabel(self.tr("Referrals for the single entry point at BIBLIOTEK+ Høje Gladsaxe."), self)
        purpose.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(purpose)
        top.addLayout(titles, 1)

        self.database = QLabel(info.database, self)
        self.database.setObjectName("aboutDatabase")
        self.data_folder = QLabel(str(info.data_folder), self)
        self.data_folder.setObjectName("aboutDataFolder")
        form = QFormLayout()
        for text, field in ((self.tr("Database:"), self.database), (self.tr("Data folder:"), self.data_folder)):
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            field.setWordWrap(True)
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)

        self.licences = QTextBrowser(self)
        self.licences.setObjectName("aboutLicences")
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self._licences_html())
        self.licences.setMinimumSize(520, 220)
        licences_label = QLabel(self.tr("&Licences of the bundled libraries and fonts:"), self)
        licences_label.setBuddy(self.licences)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(licences_label)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def _licences_html(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(installed_version(c.distribution))}</td>"
            f"<td><a href=\"{html.escape(c.url)}\">{html.escape(c.licence)}</a></td></tr>"
            for c in COMPONENTS
        )
        texts = ""
        for name, file_name in FONT_LICENCES:
            path = resources.fonts_dir() / file_name
            if path.is_file():
                texts += f"<h4>{html.escape(name)}</h4><pre>{html.escape(path.read_text(encoding='utf-8'))}</pre>"
        component, version, licence = self.tr("Component"), self.tr("Version"), self.tr("Licence")
        return (
            f"<table cellspacing='0' cellpadding='3'><tr><th align='left'>{component}</th>"
            f"<th align='left'>{version}</th><th align='left'>{licence}</th></tr>"
            f"{rows}</table>{texts}"
        )

    @classmethod
    def show_about(cls, info: AboutInfo, parent: QWidget | None = None) -> tuple[None, bool]:
        dialog = cls(info, parent)
        dialog.exec()
        return None, True
