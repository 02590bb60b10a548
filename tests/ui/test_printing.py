"""The print dialog starts on the system's default printer; with no printer set up the
user is told so (in Danish) instead of being offered a file in the home folder."""

from __future__ import annotations

import pytest
from PySide6.QtPdf import QPdfDocument

from referral_app import translation
from referral_app.ui.reports import printing


class FakePrinters:
    """Stands in for QPrinterInfo: which printers the system has, and its default."""

    def __init__(self, names: list[str], default: str = "") -> None:
        self.names, self.default = names, default

    def availablePrinterNames(self) -> list[str]:  # noqa: N802 - Qt's name
        return self.names

    def defaultPrinterName(self) -> str:  # noqa: N802 - Qt's name
        return self.default


def test_the_systems_default_printer_is_chosen(monkeypatch):
    monkeypatch.setattr(printing, "QPrinterInfo", FakePrinters(["Kontor", "Skranke"], default="Skranke"))
    assert printing.printer_name() == "Skranke"
    monkeypatch.setattr(printing, "QPrinterInfo", FakePrinters(["Kontor", "Skranke"]))
    assert printing.printer_name() == "Kontor"  # no default: the first one set up


def test_with_no_printer_set_up_the_user_is_told_in_danish_and_no_file_is_written(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(printing, "QPrinterInfo", FakePrinters([]))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert translation.install(qapp, "da")
    try:
        with pytest.raises(printing.PrintError, match="Der er ikke sat en printer op"):
            printing.print_with_dialog(QPdfDocument(), "Samtykkeerklæring", None)
    finally:
        translation.install(qapp, "en")
    assert list(tmp_path.iterdir()) == []


def test_the_printer_prints_on_paper_not_into_a_file(monkeypatch):
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    names = QPrinterInfo.availablePrinterNames()
    if not names:
        pytest.skip("no printer is set up on this machine")
    printer = printing.make_printer()
    assert printer.outputFileName() == "" and printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
