"""The global search: one box across persons, cases, events and notes, results as you type.

A person found is listed with their cases beneath (number, kind, country), each of which opens
on a double-click or Enter, as the person does.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker import catalogue
from casetracker.services import search
from casetracker.ui import failures, labels
from casetracker.ui.context import AppContext

SEARCH_DELAY_MS = 150  # wait for a pause in typing before searching
RESULT_LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole
CASE_ROLE = Qt.ItemDataRole.UserRole + 1  # the number of a case listed under its person


class SearchDialog(QDialog):
    """Type any spelling of a name, a case number, a place or words of a note; Enter opens."""

    open_case = Signal(str)  # a case number
    open_person = Signal(str)  # a person id (hex)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Search"))
        self.resize(640, 480)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Name in any spelling, case number, place, words of a note…"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)  # a person's cases are always shown, never folded
        self.results.setItemsExpandable(False)
        self.results.setExpandsOnDoubleClick(False)
        self.results.setIndentation(28)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setToolTip(self.tr("Double-click a result, or press Enter, to open it"))
        self.status = QLabel()
        self.status.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Down key in the box goes on to the results, as in any search field."""
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.topLevelItemCount()
        ):
            self.results.setFocus()
            return True
        return super().eventFilter(watched, event)

    def run_search(self, *, then_open: bool = False) -> None:
        """Ask the worker; the hits are listed when they arrive (and the first opened, if asked)."""
        text = self.query.text().strip()
        self.results.clear()
        if not text:
            self.status.clear()
            return

        def refused(error: Exception) -> None:  # the store is locked or busy: say so, keep the dialog
            self.status.setText(failures.describe(error))

        find = self._context.op(
            self, lambda session: search.search(session, text, RESULT_LIMIT), supersede=self
        )
        find.success(lambda hits: self._list(hits, then_open)).failure(refused).run()

    def _list(self, hits: list[search.SearchHit], then_open: bool) -> None:
        kinds = {
            "person": self.tr("Person"),
            "case": self.tr("Case"),
            "event": self.tr("Event"),
            "note": self.tr("Note"),
        }
        shaded = self.results.palette().alternateBase()
        for hit in hits:
            snippet = " ".join(hit.snippet.split())
            item = QTreeWidgetItem([f"{kinds[hit.kind]}: {hit.title}\n{snippet}"])
            item.setData(0, HIT_ROLE, hit)
            item.setBackground(0, shaded)  # each hit shaded, its cases plain beneath: one group each
            item.addChildren([self._case_item(case) for case in hit.cases])
            self.results.addTopLevelItem(item)
            item.setExpanded(True)
        self.status.setText(self.tr("%n result(s)", "", len(hits)))
        if hits:
            self.results.setCurrentItem(self.results.topLevelItem(0))
            if then_open:
                self._open(self.results.currentItem())

    def _case_item(self, case: search.PersonCase) -> QTreeWidgetItem:
        """A case under its person: number, kind and country, in the caseworker's words."""
        kind = labels.label(case.kind, "case_kind")
        country = catalogue.country_name(case.country, labels.current_language())
        item = QTreeWidgetItem([f"{case.number}   ·   {kind}   ·   {country}"])
        item.setData(0, CASE_ROLE, case.number)
        item.setToolTip(0, self.tr("Double-click, or press Enter, to open this case"))
        return item

    def _open_first(self) -> None:
        self._timer.stop()
        self.run_search(then_open=True)

    def _open(self, item: QTreeWidgetItem) -> None:
        number = item.data(0, CASE_ROLE)
        hit: search.SearchHit | None = item.data(0, HIT_ROLE)
        if number:
            self.open_case.emit(number)
        elif hit is None:
            return
        elif hit.kind == "person" or (hit.case_number is None and hit.person_id is not None):
            self.open_person.emit((hit.person_id or hit.id).hex)
        elif hit.case_number:
            self.open_case.emit(hit.case_number)
        self.accept()
