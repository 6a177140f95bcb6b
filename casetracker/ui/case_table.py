"""The case list's table model: holds the ids of every matching case, fetches rows as they are shown.

The ordered ids come from one query run on the database worker; rows are read in
pages of 100, also on the worker, when the view first asks for them, and kept in a small
cache, so the list stays quick with 100k cases. A row whose page is on its way is blank
for that moment; the view repaints it when the page arrives.
"""

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from casetracker.services import queries
from casetracker.services.queries import CaseFilter, CaseListRow
from casetracker.ui import colours
from casetracker.ui.icons import icon
from casetracker.ui.labels import label, person_marks

PAGE = 100
CACHED_PAGES = 20
COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("CaseTableModel", "Number")),
    ("name", QT_TRANSLATE_NOOP("CaseTableModel", "Person")),
    ("kind", QT_TRANSLATE_NOOP("CaseTableModel", "Kind")),
    ("country", QT_TRANSLATE_NOOP("CaseTableModel", "Country")),
    ("status", QT_TRANSLATE_NOOP("CaseTableModel", "Status")),
    ("priority", QT_TRANSLATE_NOOP("CaseTableModel", "Priority")),
    ("next_due", QT_TRANSLATE_NOOP("CaseTableModel", "Next deadline")),
    ("alert", QT_TRANSLATE_NOOP("CaseTableModel", "Alert")),
    ("caseworker", QT_TRANSLATE_NOOP("CaseTableModel", "Caseworker")),  # shown to a team's supervisor
)
CASEWORKER_COLUMN = len(COLUMNS) - 1


class CaseTableModel(QAbstractTableModel):
    loaded = Signal(int)  # the number of matching cases, once the ids have arrived

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[CaseListRow]] = OrderedDict()
        self._asked: set[int] = set()  # pages on their way from the worker
        self._filter = CaseFilter()
        self._sort, self._descending = "number", False
        self._generation = 0  # answers to an older request are dropped
        self.today = date.today()
        self.conflicted: set = set()  # ids of cases with a value to choose (team mode)

    # --- loading -------------------------------------------------------------------------------

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.reload()

    def set_conflicted(self, case_ids: set) -> None:
        """Mark these cases as holding values two laptops wrote at once."""
        if case_ids != self.conflicted:
            self.conflicted = set(case_ids)
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    def reload(self) -> None:
        self._generation += 1
        generation, case_filter = self._generation, self._filter
        sort, descending = self._sort, self._descending
        read = self._context.op(
            self, lambda session: queries.case_ids(session, case_filter, sort, descending), supersede=self
        )
        read.success(lambda ids: self._show(generation, ids)).run()

    def _show(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._asked.clear()
        self.endResetModel()
        self.loaded.emit(len(ids))

    def row_at(self, row: int) -> CaseListRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE
        if page not in self._pages:
            self._fetch(page)
            if page not in self._pages:  # on its way: blank until it arrives
                return None
        self._pages.move_to_end(page)
        rows = self._pages[page]
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def _fetch(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        generation, ids = self._generation, self._ids[page * PAGE : (page + 1) * PAGE]
        read = self._context.op(self, lambda session: queries.case_rows(session, ids))
        read.success(lambda rows: self._page_arrived(generation, page, rows)).run()

    def _page_arrived(self, generation: int, page: int, rows: list[CaseListRow]) -> None:
        if generation != self._generation:
            return  # the list was reloaded meanwhile
        self._asked.discard(page)
        self._pages[page] = rows
        if len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first, last = page * PAGE, min((page + 1) * PAGE, len(self._ids)) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # --- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        field = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, field)
            if field in ("kind", "status", "priority", "alert"):
                return label(value)
            if field == "next_due" and value is not None and value < self.today:  # said, not only tinted
                return self.tr("{0} · overdue").format(value.isoformat())
            return value.isoformat() if isinstance(value, date) else value
        if field == "number" and row.id in self.conflicted:  # the values shown are one of several
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("conflict", "warning")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Two laptops changed this case at once: what is shown is one of their values. "
                    "Open the case to choose in its Conflicts tab."
                )
        if field == "name" and row.markers:  # the person's risk markers: a mark, named in the tooltip
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("risk_markers", "" if self._urgency_kind(row) else "warning")
            if role == Qt.ItemDataRole.ToolTipRole:
                return person_marks(row.markers)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._urgency(row)
        if role == Qt.ItemDataRole.ForegroundRole and (urgency := self._urgency_kind(row)) is not None:
            return QBrush(colours.tint(urgency)[1])  # the tint's own text colour, light or dark palette
        if role == Qt.ItemDataRole.UserRole:
            return row.number
        return None

    def _urgency(self, row: CaseListRow) -> QBrush | None:
        kind = self._urgency_kind(row)
        return QBrush(colours.tint(kind)[0]) if kind else None

    def _urgency_kind(self, row: CaseListRow) -> str | None:
        """Red ("urgent"): overdue deadline or critical risk; amber ("soon"): a deadline within 14 days."""
        if row.alert == "critical" or (row.next_due and row.next_due < self.today):
            return "urgent"
        if row.next_due and (row.next_due - self.today).days <= 14:
            return "soon"
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        wanted = COLUMNS[column][0] if COLUMNS[column][0] in queries.SORTABLE else "number"
        descending = order == Qt.SortOrder.DescendingOrder
        if (wanted, descending) == (self._sort, self._descending) and self._generation:
            return  # already shown or on its way in this order
        self._sort, self._descending = wanted, descending
        self.reload()

    def number_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.number if found else None
