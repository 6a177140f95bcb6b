"""Reports in the app: a case summary from the case editor, statistics from the Reports section.

Both are built off the GUI thread with a progress bar, then shown in a preview.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.dates import DateError, parse_date
from casetracker.ui import colours, failures, labels

LANGUAGE_CHOICES = (("English", "en"), ("Русский", "ru"))
PAPER_CHOICES = (("A4", "a4"), ("US Letter", "letter"))
OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


def _combo(items) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _language_combo() -> QComboBox:
    """The report's language, the app's by default."""
    combo = _combo(LANGUAGE_CHOICES)
    combo.setCurrentIndex(max(0, combo.findData(labels.current_language())))
    return combo


class SummaryOptions(QDialog):
    """Who the summary is for decides what is left out of the file."""

    def __init__(self, parent=None, case: str = "") -> None:
        """`case`: the case and person the file is about, said first, since the summary is of the
        case open last, which may not be the one the caseworker has in mind."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case summary"))
        self.case = QLabel(case)
        self.case.setStyleSheet("font-weight: bold;")
        self.case.setWordWrap(True)
        self.redaction = _combo(
            ((self.tr("For the lawyer: everything"), "lawyer"),
             (self.tr("For sharing: no contacts, address, family or notes"), "sharing"))
        )  # fmt: skip
        self.initials = QCheckBox(self.tr("Initials instead of names"))
        self.language = _language_combo()
        self.paper = _combo(PAPER_CHOICES)
        form = QFormLayout(self)
        if case:
            form.addRow(self.tr("Case:"), self.case)
        form.addRow(self.tr("For:"), self.redaction)
        form.addRow("", self.initials)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Paper:"), self.paper)
        self.buttons = QDialogButtonBox(OK_CANCEL)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def options(self) -> dict:
        return {
            "redaction": self.redaction.currentData(),
            "initials": self.initials.isChecked(),
            "language": self.language.currentData(),
            "paper": self.paper.currentData(),
        }


def preview_case_summary(parent: QWidget, context, number: str, options: dict) -> None:
    attachments = context.store.paths.attachments

    from casetracker.reports import case_summary_pdf  # reportlab loads on first use, not at start-up

    def build(session, progress):
        return case_summary_pdf(session, number, attachments_dir=attachments, progress=progress, **options)

    suffix = "-sharing" if options.get("redaction") == "sharing" else ""
    label = QCoreApplication.translate("CaseSummary", "Building the case summary…")
    _build_and_preview(parent, context, label, build, f"{number}{suffix}.pdf")


def _build_and_preview(parent, context, label, build, suggested, refused=None) -> None:
    """Build the PDF on the database worker, then preview it; a refusal goes to `refused` if given."""

    def show(pdf: bytes) -> None:
        from casetracker.ui.views.pdf_preview import PdfPreview  # QtPdf loads with the first preview

        preview = PdfPreview(pdf, suggested, context.store.journal, parent)
        parent.last_preview = preview  # kept for tests and so it is not collected while open
        preview.show()

    report = context.op(parent, build, progress=label).success(show)
    if refused is not None:
        report.failure(refused)
    report.run()


class ReportsView(QWidget):
    """Aggregate statistics for a date range: no personal data at all."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self.last_preview = None
        self.start = QLineEdit(placeholderText=self.tr("from (YYYY-MM-DD), empty for all"))
        self.end = QLineEdit(placeholderText=self.tr("to (YYYY-MM-DD), empty for all"))
        self.language = _language_combo()
        self.paper = _combo(PAPER_CHOICES)
        self.error = QLabel()
        self.error.setStyleSheet(colours.style("alarm", self.palette()))
        self.build_button = QPushButton(self.tr("Build statistics…"))
        self.build_button.clicked.connect(self.build)
        box = QGroupBox(self.tr("Statistics: cases by country, kind, status and month"))
        form = QFormLayout(box)
        form.addRow(self.tr("Cases opened from:"), self.start)
        form.addRow(self.tr("to:"), self.end)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.error)
        form.addRow(self.build_button)
        note = QLabel(
            self.tr("Case summaries for a lawyer are made from the case itself: open a case, then "
                    "'PDF summary…'. The statistics contain no names and no case details.")
        )  # fmt: skip
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addStretch()

    def build(self) -> None:
        dates = []
        for field in (self.start, self.end):
            text = field.text().strip()
            try:
                dates.append(parse_date(text) if text else None)
            except DateError as error:
                self.error.setText(labels.date_problem(error))
                field.setFocus()
                return
        start, end = dates
        self.error.clear()
        language, paper = self.language.currentData(), self.paper.currentData()

        from casetracker.reports import statistics_pdf

        def work(session, progress):
            return statistics_pdf(
                session, start=start, end=end, language=language, paper=paper, progress=progress
            )

        label = self.tr("Building the statistics…")
        refused = lambda error: self.error.setText(failures.describe(error))  # noqa: E731 - under the fields
        _build_and_preview(self, self._context, label, work, "statistics.pdf", refused)
