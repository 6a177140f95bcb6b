"""A PDF preview with Save As and Print. The document stays in memory until it is saved."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from casetracker.errors import CaseTrackerError
from casetracker.ui import colours, failures, file_dialogs
from casetracker.ui.dialog_size import fit_to_screen


class PdfPreview(QDialog):
    def __init__(self, pdf: bytes, suggested_name: str, journal=None, parent=None) -> None:
        super().__init__(parent)
        self._journal = journal  # the store's record of plaintext being written (see store.leftovers)
        self.setWindowTitle(self.tr("Report preview"))
        self.pdf = pdf
        self._suggested = suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        warning = QLabel(
            self.tr("A saved or printed PDF is not encrypted: keep it as carefully as the people in it need.")
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(colours.style("warning", self.palette()))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_as)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()  # under the warning, which has the width to itself on a narrow screen
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(warning)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 1000)  # a page at a readable size, or all the screen has room for

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Save the report"), self._suggested, "PDF (*.pdf)")
        if not path:
            return
        from casetracker.reports.output import with_output

        try:
            with_output(path, lambda handle: handle.write(self.pdf), self._journal)
        except (CaseTrackerError, OSError) as error:
            failures.show(self, error)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = printer.pageRect(QPrinter.Unit.DevicePixel).size().toSize()
                image = self.document.render(page, target)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
