"""Printing a previewed PDF: the print dialog, then each page drawn at the
printer's resolution. The Reports page takes the printing function as a
hook, so tests can put a fake printer (or a failing one) in its place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

#: ``hook(document, title, parent, before_print)``: True when printed, False
#: when the user cancelled; raises PrintError (or OSError) when the printer
#: fails. ``before_print()`` runs once the printer has started and before the
#: first page goes out (the audit entry is committed there); if it raises,
#: nothing is printed.
PrintHook = Callable[[QPdfDocument, str, QWidget | None, Callable[[], None]], bool]


class PrintError(Exception):
    """The printer could not be used; the message says what happened."""


def render_to_printer(document: QPdfDocument, printer: QPrinter, first: int = 0, last: int | None = None,
                      before_print: Callable[[], None] = lambda: None) -> None:
    """Draw pages ``first``..``last`` (0-based, inclusive) onto ``printer``, each
    scaled to fit the printable area with its proportions kept. ``before_print``
    runs once the printer has started, before the first page; if it raises,
    the print job is aborted."""
    last = document.pageCount() - 1 if last is None else min(last, document.pageCount() - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "ReportsPage", "The printer could not be started. Check that it is switched on and connected."))
    try:
        before_print()
    except BaseException:
        printer.abort()
        painter.end()
        raise
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(first, last + 1):
            if index > first and not printer.newPage():
                raise PrintError(QCoreApplication.translate("ReportsPage", "The printer stopped accepting pages."))
            page = document.pagePointSize(index)
            size = QSize(int(page.width()), int(page.height())).scaled(
                area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(index, size)
            if image.isNull():
                raise PrintError(QCoreApplication.translate("ReportsPage", "Page {page} could not be drawn.")
                                 .format(page=index + 1))
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()


def printer_name() -> str | None:
    """The system's default printer, else the first one set up; None when there is none."""
    default = QPrinterInfo.defaultPrinterName()
    if default:
        return default
    names = QPrinterInfo.availablePrinterNames()
    return names[0] if names else None


def make_printer() -> QPrinter:
    """A printer that prints on paper: the system's default printer, never a file in the
    home folder. With no printer set up there is nothing to choose: PrintError says so."""
    name = printer_name()
    if name is None:
        raise PrintError(QCoreApplication.translate(
            "ReportsPage", "No printer is set up on this computer. Save the document as PDF instead, "
                           "or ask for a printer to be set up."))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setOutputFileName("")
    printer.setPrinterName(name)
    return printer


def print_with_dialog(document: QPdfDocument, title: str, parent: QWidget | None,
                      before_print: Callable[[], None] = lambda: None) -> bool:
    """Ask which printer and pages (the system's default printer chosen), then print.
    False when the user cancels."""
    printer = make_printer()
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFromTo(1, max(document.pageCount(), 1))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, max(document.pageCount(), 1))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:  # "all pages"
        first, last = 1, document.pageCount()
    render_to_printer(document, printer, first - 1, last - 1, before_print)
    return True
