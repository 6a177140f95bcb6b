"""The pages of the spreadsheet import wizard: the file, its columns, the preview, the result.

Pages only show and ask; `import_wizard.ImportWizard` moves between them and does the work.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.exchange.destinations import Source
from casetracker.exchange.importer import Duplicates
from casetracker.exchange.mapping import FIELDS
from casetracker.ui import colours
from casetracker.ui.labels import choices as vocabulary_choices
from casetracker.ui.labels import country_choices, current_language, label
from casetracker.ui.tables import read_only_table
from casetracker.ui.views.import_steps import Preview, SheetLayout, preview_rows
from casetracker.vocabulary import CaseKind, CaseStatus, EventKind, Priority

SAMPLE_CHARS = 32
PROBLEMS_LISTED = 500  # the saved report has every problem; the counts above say how many in all
_COUNT_STYLE = "font-size: 16pt; font-weight: bold;"

_FIELD_CONTEXT = "ImportFields"
FIELD_LABELS = {
    "person.name": QT_TRANSLATE_NOOP("ImportFields", "Person: full name"),
    "person.latin_name": QT_TRANSLATE_NOOP("ImportFields", "Person: Latin spellings"),
    "person.birth_date": QT_TRANSLATE_NOOP("ImportFields", "Person: date of birth"),
    "person.birth_place": QT_TRANSLATE_NOOP("ImportFields", "Person: place of birth"),
    "person.citizenship": QT_TRANSLATE_NOOP("ImportFields", "Person: citizenship"),
    "person.languages": QT_TRANSLATE_NOOP("ImportFields", "Person: languages"),
    "person.contact": QT_TRANSLATE_NOOP("ImportFields", "Person: secure contact"),
    "person.location": QT_TRANSLATE_NOOP("ImportFields", "Person: current location"),
    "person.military_status": QT_TRANSLATE_NOOP("ImportFields", "Person: military status"),
    "case.reference": QT_TRANSLATE_NOOP("ImportFields", "Case: number in the spreadsheet"),
    "case.country": QT_TRANSLATE_NOOP("ImportFields", "Case: country"),
    "case.kind": QT_TRANSLATE_NOOP("ImportFields", "Case: type"),
    "case.opened_on": QT_TRANSLATE_NOOP("ImportFields", "Case: opened on"),
    "case.status": QT_TRANSLATE_NOOP("ImportFields", "Case: status"),
    "case.priority": QT_TRANSLATE_NOOP("ImportFields", "Case: priority"),
    "case.caseworker": QT_TRANSLATE_NOOP("ImportFields", "Case: caseworker"),
    "case.lawyer": QT_TRANSLATE_NOOP("ImportFields", "Case: lawyer"),
    "case.summary": QT_TRANSLATE_NOOP("ImportFields", "Case: summary"),
    "event.date": QT_TRANSLATE_NOOP("ImportFields", "Event: date"),
    "event.kind": QT_TRANSLATE_NOOP("ImportFields", "Event: what happened"),
    "event.place": QT_TRANSLATE_NOOP("ImportFields", "Event: place"),
    "event.description": QT_TRANSLATE_NOOP("ImportFields", "Event: description"),
    "event.source": QT_TRANSLATE_NOOP("ImportFields", "Event: source"),
    "event.country": QT_TRANSLATE_NOOP("ImportFields", "Event: country where it happened"),
    "event.procedure": QT_TRANSLATE_NOOP("ImportFields", "Event: procedure of the decision"),
}

FIXED_FIELDS = ("case.kind", "event.kind", "case.country", "case.status", "case.priority")
"""The fields the wizard offers one value for every row for, when no column holds them."""


def field_label(name: str) -> str:
    return QCoreApplication.translate(_FIELD_CONTEXT, FIELD_LABELS.get(name, name))


def paragraph(text: str = "", role: str = "") -> QLabel:
    shown = QLabel(text)
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:  # "alarm", "warning": see colours
        shown.setStyleSheet(colours.style(role))
    return shown


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # a long reason stays readable in full
            table.setItem(row, column, item)
    for column in range(table.columnCount() - 1):  # the last one takes the rest of the width
        table.resizeColumnToContents(column)


class FilePage(QWidget):
    browse_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        intro = paragraph(
            self.tr(
                "Choose a spreadsheet (CSV or Excel .xlsx) with one row per event, case or person. "
                "The file is only read; it is never changed. Nothing is stored until you click Import "
                "on the last page."
            )
        )
        self.path = QLineEdit(placeholderText=self.tr("the spreadsheet file"))
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.clicked.connect(self.browse_requested)
        caption = QLabel(self.tr("&File:"))
        caption.setBuddy(self.path)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.error = paragraph(role="alarm")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch()


class MappingPage(QWidget):
    """Each column of the sheet with a few of its values and what it is imported as."""

    choices_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.source = paragraph()
        self.unknown_headings = paragraph(
            self.tr(
                "No row of this file has headings the app knows, so the first row is taken as the "
                "headings. Choose below what each column holds."
            ),
            "warning",
        )
        self.combos: dict[int, QComboBox] = {}
        self._headings: dict[int, str] = {}
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setHorizontalSpacing(18)
        self._grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        self.fixed: dict[str, QComboBox] = {}
        self.fixed_box = self._fixed_box()
        self.missing = paragraph(role="alarm")
        self.status = paragraph()
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.unknown_headings)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.fixed_box)
        layout.addWidget(self.missing)
        layout.addWidget(self.status)

    def _fixed_box(self) -> QGroupBox:
        """A value for every row, for what the sheet has no column for (such as its case type)."""
        box = QGroupBox(self.tr("Not in the spreadsheet: the same value for every row"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        values = {
            "case.kind": vocabulary_choices(CaseKind),
            "event.kind": vocabulary_choices(EventKind),
            "case.country": country_choices(current_language()),
            "case.status": vocabulary_choices(CaseStatus),
            "case.priority": vocabulary_choices(Priority),
        }
        for position, name in enumerate(FIXED_FIELDS):
            combo = QComboBox()
            combo.addItem("", None)  # worded by _sync_fixed: from a column, inferred, or none
            for text, value in values[name]:
                combo.addItem(text, value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(self.choices_changed)
            caption = QLabel(field_label(name))
            caption.setBuddy(combo)
            row, column = divmod(position, 2)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
            self.fixed[name] = combo
        return box

    def _sync_fixed(self) -> None:
        """A field read from a column takes no value for every row; say where each one comes from."""
        chosen = {combo.currentData(): index for index, combo in self.combos.items()}
        headings = self._headings
        for name, combo in self.fixed.items():
            column = chosen.get(name)
            if column is not None:
                first = self.tr("from the column “{0}”").format(headings.get(column, ""))
            elif name == "event.kind":
                first = self.tr("inferred from the case type")
            else:
                first = self.tr("— not given —")
            combo.blockSignals(True)
            combo.setItemText(0, first)
            if column is not None:
                combo.setCurrentIndex(0)
            combo.setEnabled(column is None)
            combo.blockSignals(False)

    def fixed_values(self) -> dict[str, str]:
        """The values chosen for every row, by field."""
        return {name: combo.currentData() for name, combo in self.fixed.items() if combo.currentData()}

    def show_layout(self, layout: SheetLayout) -> None:
        self.unknown_headings.setVisible(not layout.headings_known)
        self._headings = {column.index: column.heading for column in layout.columns}
        self.source.setText(self._describe_source(layout))
        self.combos.clear()
        while self._grid.count():
            self._grid.takeAt(0).widget().deleteLater()
        for position, text in enumerate((self.tr("Column"), self.tr("Examples"), self.tr("Import as"))):
            caption = QLabel(f"<b>{text}</b>")
            self._grid.addWidget(caption, 0, position)
        for row, column in enumerate(layout.columns, start=1):
            heading = QLabel(column.heading or self.tr("(no heading)"))
            heading.setWordWrap(True)
            samples = QLabel("  ·  ".join(_shortened(value) for value in column.samples))
            samples.setToolTip("\n".join(column.samples))
            samples.setStyleSheet(colours.style("muted", self.palette()))
            samples.setWordWrap(True)  # on a narrow screen the examples wrap; the choices stay in view
            combo = self._combo(column.field)
            heading.setBuddy(combo)
            self.combos[column.index] = combo
            self._grid.addWidget(heading, row, 0)
            self._grid.addWidget(samples, row, 1)
            self._grid.addWidget(combo, row, 2)
        self._grid.setRowStretch(len(layout.columns) + 1, 1)
        for name, combo in self.fixed.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(layout.fixed.get(name)), 0))
            combo.blockSignals(False)
        self._sync_fixed()

    def _describe_source(self, layout: SheetLayout) -> str:
        table = layout.table
        if table.format == "xlsx":
            kind = self.tr("Excel workbook, sheet “{0}”").format(table.name)
        else:
            encoding = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1251": "Windows-1251"}
            separators = {";": self.tr("semicolons"), ",": self.tr("commas"), "\t": self.tr("tabs")}
            kind = self.tr("CSV text in {0}, separated by {1}").format(
                encoding.get(table.encoding, table.encoding),
                separators.get(table.delimiter, f"“{table.delimiter}”"),
            )
        return self.tr("{0}: {1}; headings in row {2}.").format(layout.file.name, kind, layout.header_row)

    def _combo(self, chosen: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— ignore this column —"), None)
        for name in FIELDS:
            combo.addItem(field_label(name), name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _index, changed=combo: self._chosen(changed))
        return combo

    def _chosen(self, changed: QComboBox) -> None:
        """A field is read from one column only: choosing it here takes it from any other column."""
        name = changed.currentData()
        for combo in self.combos.values():
            if combo is not changed and name is not None and combo.currentData() == name:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self._sync_fixed()
        self.choices_changed.emit()

    def choices(self) -> dict[int, str | None]:
        return {index: combo.currentData() for index, combo in self.combos.items()}

    def choose(self, heading_row: int, name: str | None) -> None:
        """Pick a field for the column shown in `heading_row` (counted from 0), as a click would."""
        combo = list(self.combos.values())[heading_row]
        combo.setCurrentIndex(combo.findData(name) if name else 0)

    def show_missing(self, missing: list[str]) -> None:
        fields = ", ".join(field_label(name) for name in missing)
        self.missing.setText(
            self.tr("Choose a column, or a value for every row, for: {0}. A case needs its country and "
                    "type, an event its date and what happened.").format(fields)
            if missing
            else ""
        )  # fmt: skip
        self.missing.setVisible(bool(missing))


def _shortened(text: str) -> str:
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"


class PreviewPage(QWidget):
    """What the import will create, every row that cannot be imported, and possible duplicates."""

    save_report_requested = Signal()
    decision_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts: dict[str, QLabel] = {}
        totals = QGridLayout()
        captions = (
            ("persons", self.tr("Persons")),
            ("cases", self.tr("Cases")),
            ("events", self.tr("Events")),
            ("problems", self.tr("Rows with problems")),
            ("duplicates", self.tr("Possible duplicates")),
        )
        for position, (key, caption) in enumerate(captions):
            number = QLabel("0")
            number.setStyleSheet(_COUNT_STYLE)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(caption)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text.setWordWrap(True)
            totals.addWidget(number, 0, position)
            totals.addWidget(text, 1, position)
            self.counts[key] = number
        self.rows = read_only_table(
            [self.tr("Row"), self.tr("Person"), self.tr("Born"), self.tr("Country"), self.tr("Case type"),
             self.tr("Event date"), self.tr("Event"), self.tr("Place")]
        )  # fmt: skip
        self.problems = read_only_table(
            [self.tr("Row"), self.tr("Column"), self.tr("Why it cannot be imported")], wrapped=True
        )
        self.save_report = QPushButton(self.tr("&Save this list as CSV…"))
        self.save_report.clicked.connect(self.save_report_requested)
        self.saved = paragraph()
        self.more_problems = paragraph()
        self.skip_bad_rows = QCheckBox()
        self.skip_bad_rows.toggled.connect(self.decision_changed)
        self.duplicates = read_only_table(
            [self.tr("Rows"), self.tr("In the spreadsheet"), self.tr("Already in the store")]
        )
        self.duplicate_choice = QButtonGroup(self)
        self.columns = read_only_table([self.tr("Column"), self.tr("Where its values go")], wrapped=True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rows, "")
        self.tabs.addTab(self._problems_tab(), "")
        self.tabs.addTab(self._duplicates_tab(), "")
        self.tabs.addTab(self.columns, "")
        self.notes = paragraph(role="warning")
        self.verdict = paragraph()
        layout = QVBoxLayout(self)
        layout.addLayout(totals)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.verdict)

    def _problems_tab(self) -> QWidget:
        tab = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_bad_rows, 1)
        buttons.addWidget(self.save_report)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.more_problems)
        layout.addLayout(buttons)
        layout.addWidget(self.saved)
        return tab

    def _duplicates_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            paragraph(
                self.tr(
                    "These people may be someone already in the store: the same name in some spelling, "
                    "and no birth date that tells them apart. Check each before you import."
                )
            )
        )
        layout.addWidget(self.duplicates, 1)
        choices = (
            (Duplicates.STOP, self.tr("Do not import yet: I will check these people first")),
            (Duplicates.LINK, self.tr("Add the imported cases to the person already in the store")),
            (Duplicates.CREATE, self.tr("Create a new person all the same")),
        )
        for position, (value, text) in enumerate(choices):
            button = QRadioButton(text)
            button.setChecked(value is Duplicates.STOP)
            self.duplicate_choice.addButton(button, position)
            layout.addWidget(button)
        self.duplicate_choice.idToggled.connect(lambda _id, checked: checked and self.decision_changed.emit())
        return tab

    def duplicates_decision(self) -> Duplicates:
        return list(Duplicates)[self.duplicate_choice.checkedId()]

    def show_preview(self, shown: Preview) -> None:
        plan = shown.plan
        numbers = {
            "persons": len(plan.persons),
            "cases": len(plan.cases),
            "events": plan.events,
            "problems": len(plan.bad_rows),
            "duplicates": len(plan.duplicates),
        }
        for key, number in numbers.items():
            self.counts[key].setText(str(number))
            alarming = key in ("problems", "duplicates") and number
            self.counts[key].setStyleSheet(
                _COUNT_STYLE + (" " + colours.style("alarm", self.palette()) if alarming else "")
            )
        fill_table(self.rows, [_preview_cells(row) for row in preview_rows(plan)])
        listed = plan.problems[:PROBLEMS_LISTED]
        language = current_language()  # the reasons in the caseworker's language (English where not worded)
        fill_table(self.problems, [[str(p.row), p.column, p.text(language)] for p in listed])
        more = len(plan.problems) - len(listed)
        self.more_problems.setText(
            self.tr("… and %n more: save the list to see every one.", "", more) if more else ""
        )
        self.more_problems.setVisible(bool(more))
        duplicates = plan.duplicates[:PROBLEMS_LISTED]
        fill_table(self.duplicates, [_duplicate_cells(person, shown.existing_names) for person in duplicates])
        self.skip_bad_rows.setText(
            self.tr("Skip the %n row(s) with problems and import the rest", "", len(plan.bad_rows))
        )
        self.skip_bad_rows.setEnabled(bool(plan.problems))
        self.save_report.setEnabled(bool(plan.problems))
        self.tabs.setTabText(0, self.tr("Rows to import ({0})").format(plan.rows_read - len(plan.bad_rows)))
        self.tabs.setTabText(1, self.tr("Cannot be imported ({0})").format(len(plan.bad_rows)))
        self.tabs.setTabText(2, self.tr("Possible duplicates ({0})").format(len(plan.duplicates)))
        left_out = self._show_destinations(plan.destinations, language)
        self.tabs.setCurrentIndex(1 if plan.problems else 2 if plan.duplicates else 3 if left_out else 0)

    def _show_destinations(self, destinations, language: str) -> int:
        """Where each column goes, the columns left out first; says above the tabs what is left out or
        inferred. Returns how many columns are left out."""
        ordered = sorted(destinations, key=lambda destination: destination.imported)
        sources = {Source.FIXED: self.tr("(same for every row)"), Source.INFERRED: self.tr("(inferred)")}
        fill_table(
            self.columns, [[d.heading or sources.get(d.source, ""), d.text(language)] for d in ordered]
        )
        for row, destination in enumerate(ordered):
            if not destination.imported:
                for column in range(2):
                    self.columns.item(row, column).setForeground(colours.qcolour("warning", self.palette()))
        left_out = [d.heading for d in destinations if not d.imported]
        inferred = [d for d in destinations if d.source is Source.INFERRED]
        notes = []
        if left_out:
            notes.append(
                self.tr("%n column(s) will not be imported: {0}. See “Columns” for why.", "", len(left_out))
                .format(", ".join(self.tr("“{0}”").format(heading) for heading in left_out))
            )  # fmt: skip
        if inferred:
            notes.append(
                self.tr("What happened is {0}. To set it yourself, go back and choose it for every row.")
                .format(inferred[0].text(language).split(": ", 1)[-1])
            )  # fmt: skip
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.tabs.setTabText(3, self.tr("Columns ({0})").format(len(destinations)))
        return len(left_out)


def _preview_cells(row) -> list[str]:
    return [
        str(row.row),
        row.person,
        row.birth_date,
        row.country,
        label(row.case_kind) if row.case_kind else "",
        row.event_date,
        label(row.event_kind) if row.event_kind else "",
        row.event_place,
    ]


def _duplicate_cells(person, existing_names: dict) -> list[str]:
    born = (
        person.draft.birth_date.isoformat()
        if person.draft.birth_date
        else QCoreApplication.translate("PreviewPage", "date of birth unknown")
    )
    rows = ", ".join(str(number) for number in person.rows[:5]) + ("…" if len(person.rows) > 5 else "")
    known = "; ".join(existing_names.get(person_id, "?") for person_id in person.duplicate_of)
    return [rows, f"{person.draft.name} ({born})", known]


class DonePage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary = paragraph()
        self.summary.setStyleSheet("font-size: 12pt;")
        self.numbers = paragraph()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.numbers)
        layout.addStretch()
