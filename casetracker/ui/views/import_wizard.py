"""The spreadsheet import wizard: choose a file, check its columns, preview, import.

Reading and planning run on the database executor, the import itself behind a progress dialog
with Cancel; every step reads the file only, and the import is one transaction: all or nothing.
"""

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)
from shiboken6 import isValid

from casetracker.errors import CaseTrackerError
from casetracker.exchange import ImportResult
from casetracker.exchange.importer import Duplicates
from casetracker.ui import failures, file_dialogs, messages
from casetracker.ui.dialog_size import fit_to_screen
from casetracker.ui.labels import current_language
from casetracker.ui.operations import Change
from casetracker.ui.views.import_pages import DonePage, FilePage, MappingPage, PreviewPage
from casetracker.ui.views.import_steps import (
    Preview,
    SheetLayout,
    import_previewed,
    missing_fields,
    preview,
    problem_report,
    read_layout,
)

log = logging.getLogger(__name__)

FILE, COLUMNS, PREVIEW, DONE = range(4)


class ImportWizard(QDialog):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.layout_read: SheetLayout | None = None
        self.preview: Preview | None = None
        self.result: ImportResult | None = None
        self._generation = 0  # only the newest plan is shown when choices change quickly
        self._importing = False
        self.setWindowTitle(self.tr("Import a spreadsheet"))  # never the file's name: it may be a person's
        self.setMinimumSize(780, 540)
        fit_to_screen(self, 980, 680)  # smaller on a smaller screen
        self.step = QLabel()
        self.step.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.file_page, self.mapping_page = FilePage(), MappingPage()
        self.preview_page, self.done_page = PreviewPage(), DonePage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.pages.addWidget(page)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.close_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._connect()
        self._show(FILE)

    def _connect(self) -> None:
        self.back_button.clicked.connect(lambda: self._show(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self._next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.file_page.browse_requested.connect(self.browse)
        self.mapping_page.choices_changed.connect(self.replan)
        self.preview_page.decision_changed.connect(self._update_buttons)
        self.preview_page.save_report_requested.connect(self.save_problem_report)

    # --- moving between pages --------------------------------------------------------------------

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        titles = {
            FILE: self.tr("Step 1 of 3: choose the spreadsheet"),
            COLUMNS: self.tr("Step 2 of 3: say what each column holds"),
            PREVIEW: self.tr("Step 3 of 3: check, then import"),
            DONE: self.tr("Imported"),
        }
        self.step.setText(titles[page])
        self.close_button.setText(self.tr("&Close") if page == DONE else self.tr("Cancel"))
        self._update_buttons()

    def _next(self) -> None:
        if self.pages.currentIndex() == FILE:
            self.open_file(self.file_page.path.text().strip())
        elif self.pages.currentIndex() == COLUMNS and self.preview is not None:
            self._show(PREVIEW)

    def _update_buttons(self) -> None:
        page, idle = self.pages.currentIndex(), not self._importing
        can_import, verdict = self._verdict()
        self.preview_page.verdict.setText(verdict)
        self.back_button.setVisible(page in (COLUMNS, PREVIEW))
        self.back_button.setEnabled(idle)
        self.next_button.setVisible(page in (FILE, COLUMNS))
        self.next_button.setEnabled(idle and (page == FILE or (page == COLUMNS and self.preview is not None)))
        self.import_button.setVisible(page == PREVIEW)
        self.import_button.setEnabled(idle and page == PREVIEW and can_import)
        self.close_button.setEnabled(idle)
        default = {FILE: self.next_button, COLUMNS: self.next_button, PREVIEW: self.import_button}
        default.get(page, self.close_button).setDefault(True)

    def _verdict(self) -> tuple[bool, str]:
        """Whether Import can be clicked, and what it would do or why it cannot, in plain words."""
        if self.preview is None:
            return False, ""
        plan = self.preview.plan
        skip = self.preview_page.skip_bad_rows.isChecked()
        if plan.rows_read == 0:
            return False, self.tr("The spreadsheet has headings but no rows to import.")
        if plan.problems and not skip:
            return False, self.tr(
                "%n row(s) cannot be imported, so nothing will be imported. Correct them in the spreadsheet "
                "and open it again, or choose to skip them.", "", len(plan.bad_rows)
            )  # fmt: skip
        if not plan.persons:
            return False, self.tr("No row can be imported.")
        if plan.duplicates and self.preview_page.duplicates_decision() is Duplicates.STOP:
            return False, self.tr(
                "Some people may already be in the store. Choose under “Possible duplicates” whether to add "
                "the cases to them or to create new persons."
            )
        linked = len(plan.duplicates) if self.preview_page.duplicates_decision() is Duplicates.LINK else 0
        return True, self.tr("Import stores {0}, {1} and {2} at once: all of it, or nothing.").format(
            self.tr("%n new person(s)", "", len(plan.persons) - linked),
            self.tr("%n case(s)", "", len(plan.cases)),
            self.tr("%n event(s)", "", plan.events),
        )

    # --- the file and its columns ----------------------------------------------------------------

    def browse(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Choose the spreadsheet to import"),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Read the file's headings; on success show the columns page, else say why on this page."""
        self.file_page.path.setText(str(path))
        self.file_page.error.clear()
        if not str(path):
            self.file_page.error.setText(self.tr("Choose a file first."))
            return
        self.next_button.setEnabled(False)
        read = self.context.op(self, lambda session: read_layout(session, Path(path)))
        read.success(self._while_open(self._layout_read)).failure(self._while_open(self._file_failed))
        read.afterwards(self._update_buttons).run()

    def _file_failed(self, error: Exception) -> None:
        self.file_page.error.setText(failures.describe(error))
        self._show(FILE)

    def _layout_read(self, layout: SheetLayout) -> None:
        if not layout.columns:
            self._file_failed(CaseTrackerError(self.tr("The file is empty: it has no rows to import.")))
            return
        self.layout_read = layout
        self.mapping_page.show_layout(layout)
        self._show(COLUMNS)
        self.replan()

    def replan(self) -> None:
        """Check every row again with the columns as they are chosen now (nothing is written)."""
        layout, choices = self.layout_read, self.mapping_page.choices()
        fixed = self.mapping_page.fixed_values()
        self._generation += 1
        self.preview = None
        missing = missing_fields({name for name in choices.values() if name}, fixed)
        self.mapping_page.show_missing(missing)
        self.mapping_page.status.setText("" if missing else self.tr("Checking every row…"))
        self._update_buttons()
        if missing:
            return
        generation = self._generation

        def work(session):  # a plan for choices changed since is not worth reading the file again
            return preview(session, layout, choices, fixed) if generation == self._generation else None

        plan = self.context.op(self, work)
        plan.success(self._while_open(lambda planned: self._planned(generation, planned)))
        plan.failure(self._while_open(lambda error: self._plan_failed(generation, error))).run()

    def _while_open(self, handler):
        """A handler for work that ends on the executor: dropped if the wizard was closed meanwhile."""
        return lambda value: handler(value) if isValid(self) and self.isVisible() else None

    def _planned(self, generation: int, planned: Preview | None) -> None:
        if planned is None or generation != self._generation:
            return
        self.preview = planned
        plan = planned.plan
        self.preview_page.show_preview(planned)
        self.mapping_page.status.setText(
            self.tr("Checked {0}: {1}, {2}, {3}; {4}.").format(
                self.tr("%n row(s)", "", plan.rows_read),
                self.tr("%n person(s)", "", len(plan.persons)),
                self.tr("%n case(s)", "", len(plan.cases)),
                self.tr("%n event(s)", "", plan.events),
                self.tr("%n row(s) with problems", "", len(plan.bad_rows)),
            )
        )
        self._update_buttons()

    def _plan_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.mapping_page.status.clear()
            self.mapping_page.missing.setText(failures.describe(error))
            self.mapping_page.missing.show()

    # --- the preview's report and the import -----------------------------------------------------

    def save_problem_report(self) -> None:
        """Save the rows that cannot be imported as CSV, to correct them in the spreadsheet."""
        if self.preview is None or self.layout_read is None:
            return
        source = self.layout_read.file
        suggested = str(source.with_name(source.stem + "-problems.csv"))
        path = file_dialogs.save_file(
            self,
            self.tr("Save the rows that cannot be imported"),
            suggested,
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        if Path(path).resolve() == source.resolve():
            messages.error(self, self.tr("That is the spreadsheet being imported; choose another file name."))
            return
        headings = (self.tr("Row"), self.tr("Column"), self.tr("Why it cannot be imported"))
        delimiter, language = self.layout_read.table.delimiter, current_language()
        report = problem_report(self.preview.plan.problems, headings, delimiter, language)
        from casetracker.reports.output import with_output

        try:
            with_output(Path(path), lambda handle: handle.write(report), self.context.store.journal)
        except (CaseTrackerError, OSError) as error:
            failures.show(self, error)
            return
        self.preview_page.saved.setText(self.tr("Saved to {0}").format(path))

    def start_import(self) -> None:
        can_import, _ = self._verdict()
        if not can_import or self.preview is None:
            return
        plan = self.preview.plan
        duplicates = self.preview_page.duplicates_decision()
        skip = self.preview_page.skip_bad_rows.isChecked()

        def work(session, actor, progress):
            return import_previewed(
                session, actor, plan, duplicates=duplicates, only_good_rows=skip, progress=progress
            )

        self._importing = True
        self._update_buttons()
        label = self.tr("Importing the spreadsheet…")
        changes = Change.CASES | Change.PEOPLE | Change.DEADLINES
        run = self.context.op(self, work, writes=changes, progress=label).success(self._imported)
        run.failure(self._import_failed).afterwards(self._import_over).run()

    def _import_over(self) -> None:
        self._importing = False
        self._update_buttons()

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        text = self.tr("Imported {0}, {1} and {2} from {3}.").format(
            self.tr("%n person(s)", "", result.persons),
            self.tr("%n case(s)", "", len(result.case_numbers)),
            self.tr("%n event(s)", "", result.events),
            result.plan.file,
        )
        if result.linked:
            text += " " + self.tr(
                "%n person(s) were already in the store; their new cases were added to them.",
                "",
                result.linked,
            )
        if result.skipped_rows:
            text += " " + self.tr("%n row(s) with problems were skipped.", "", len(result.skipped_rows))
        self.done_page.summary.setText(text)
        shown = ", ".join(result.case_numbers[:30]) + (" …" if len(result.case_numbers) > 30 else "")
        self.done_page.numbers.setText(
            self.tr("New cases: {0}").format(shown)
            + "\n\n"
            + self.tr("The column choices are remembered for spreadsheets with these headings.")
        )
        self._show(DONE)

    def _import_failed(self, error: Exception) -> None:
        messages.error(self, failures.describe(error))  # a rejection or a cancellation: nothing was imported

    def reject(self) -> None:
        if not self._importing:  # the progress dialog's Cancel stops an import, not this button
            super().reject()


def run_import_wizard(window, path: str | Path | None = None) -> ImportWizard:
    """Open the import wizard over the main window; with `path`, start from that file."""
    wizard = ImportWizard(window.context, window)
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    if path is not None:
        wizard.open_file(path)
    return wizard
