"""The global search: one box across persons, cases, events and notes, results as you type."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import search
from casetracker.ui import failures
from casetracker.ui.context import AppContext

SEARCH_DELAY_MS = 150  # wait for a pause in typing before searching
RESULT_LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole


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
        self.results = QListWidget()
        self.results.setAlternatingRowColors(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
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
        for hit in hits:
            snippet = " ".join(hit.snippet.split())
            item = QListWidgetItem(f"{kinds[hit.kind]}: {hit.title}\n{snippet}")
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        self.status.setText(self.tr("%n result(s)", "", len(hits)))
        if hits:
            self.results.setCurrentRow(0)
            if then_open:
                self._open(self.results.currentItem())

    def _open_first(self) -> None:
        self._timer.stop()
        self.run_search(then_open=True)

    def _open(self, item: QListWidgetItem) -> None:
        hit: search.SearchHit = item.data(HIT_ROLE)
        if hit.kind == "person" or (hit.case_number is None and hit.person_id is not None):
            self.open_person.emit((hit.person_id or hit.id).hex)
        elif hit.case_number:
            self.open_case.emit(hit.case_number)
        self.accept()
