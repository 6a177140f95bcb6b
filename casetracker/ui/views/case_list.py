"""The case list: filters, a search box and a lazily filled table; Enter or a double click opens a case."""

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import queries
from casetracker.services.evaluation import shipped_profiles
from casetracker.services.queries import CaseFilter
from casetracker.ui.case_table import CASEWORKER_COLUMN, COLUMNS, CaseTableModel
from casetracker.ui.labels import choices, current_language, label, profile_country_choices
from casetracker.ui.operations import Change
from casetracker.vocabulary import CaseKind, CaseStatus, Priority


class CaseListView(QWidget):
    open_case = Signal(str)
    new_case_requested = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self.search = QLineEdit(placeholderText=self.tr("Search number, name in any spelling, summary…"))
        self.search.setClearButtonEnabled(True)
        self.kind = self._combo(self.tr("Any kind"), choices(CaseKind))
        profiles, _ = shipped_profiles()
        countries = profile_country_choices((profile.code for profile in profiles), current_language())
        self.country = self._combo(self.tr("Any country"), countries)
        self.status = self._combo(self.tr("Any status"), choices(CaseStatus))
        self.priority = self._combo(self.tr("Any priority"), choices(Priority))
        self.caseworker = self._combo(self.tr("Any caseworker"), [])
        self._load_caseworkers()
        self.count = QLabel()
        new_case = QPushButton(self.tr("New case…"))
        new_case.clicked.connect(self.new_case_requested)
        filters = QHBoxLayout()
        for widget in (self.kind, self.country, self.status, self.priority, self.caseworker):
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(new_case)
        self.model = CaseTableModel(context, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.table.setColumnHidden(CASEWORKER_COLUMN, True)  # a team's supervisor sees it
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        # Typing refilters after a short pause, not on every key.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.model.loaded.connect(lambda total: self.count.setText(self.tr("%n case(s)", "", total)))
        context.changed.connect(self._on_changed)
        # Turning sorting on loads the list once, sorted by number.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

    def _fit_columns(self) -> None:
        """Wide enough for each heading and the longest word the column can hold, in the current
        language (Russian words are longer). Measured from the words, not the rows: with 100k
        cases, sizing to the rows would read thousands of them."""
        samples = {
            "number": ["WW-0000-0000"],
            "kind": [text for text, _ in choices(CaseKind)],
            "country": ["WW"],
            "status": [text for text, _ in choices(CaseStatus)],
            "priority": [text for text, _ in choices(Priority)],
            "next_due": ["0000-00-00"],
            "alert": [label(severity) for severity in ("info", "warning", "critical")],
        }
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        heading_metrics = header.fontMetrics()
        for column, (field, _) in enumerate(COLUMNS):
            if field in samples:
                heading = self.model.headerData(column, Qt.Orientation.Horizontal)
                widest = max(metrics.horizontalAdvance(text) for text in samples[field]) + 16
                header.resizeSection(column, max(widest, heading_metrics.horizontalAdvance(heading) + 28))
        self._number_width = header.sectionSize(0)

    def make_room_for_marks(self) -> None:
        """The number column wide enough for the mark of a case with conflicts beside it (team mode)."""
        room = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        header = self.table.horizontalHeader()
        header.resizeSection(0, max(header.sectionSize(0), self._number_width + room + 8))

    def show_caseworker_column(self, shown: bool) -> None:
        """Who has which case, for a team's supervisor: a column to read and sort by."""
        self.table.setColumnHidden(CASEWORKER_COLUMN, not shown)
        if shown:
            self.table.horizontalHeader().resizeSection(
                CASEWORKER_COLUMN, max(140, self.table.columnWidth(1) // 2)
            )

    def _combo(self, anything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(anything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            kind=self.kind.currentData(),
            country=self.country.currentData(),
            status=self.status.currentData(),
            priority=self.priority.currentData(),
            caseworker=self.caseworker.currentData(),
            text=self.search.text(),
        )

    def apply_filter(self) -> None:
        if hasattr(self, "model"):
            self.model.set_filter(self.current_filter())

    def _load_caseworkers(self) -> None:
        """Off the GUI thread: on a large store, finding every caseworker's name reads every case."""
        self._context.op(self, queries.caseworkers).success(self._show_caseworkers).run()

    def _show_caseworkers(self, names: list[str]) -> None:
        if not shiboken6.isValid(self.caseworker):  # the answer came after the app locked
            return
        chosen = self.caseworker.currentData()
        self.caseworker.blockSignals(True)  # the filter does not change while the choices are refilled
        self.caseworker.clear()
        self.caseworker.addItem(self.tr("Any caseworker"), None)
        for name in names:
            self.caseworker.addItem(name, name)
        self.caseworker.setCurrentIndex(max(0, self.caseworker.findData(chosen)))
        self.caseworker.blockSignals(False)

    def _on_changed(self, what: Change) -> None:
        if what & (Change.CASES | Change.PEOPLE | Change.DEADLINES):
            self.model.reload()
        if Change.CASES in what:
            self._load_caseworkers()

    def _open(self, row: int) -> None:
        number = self.model.number_at(row)
        if number:
            self.open_case.emit(number)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
