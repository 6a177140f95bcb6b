"""The dashboard: what needs attention today. Every item opens its case."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casetracker.services import queries
from casetracker.ui.labels import day, label


class DashboardView(QWidget):
    open_case = Signal(str)

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self.overdue = self._list()
        self.upcoming = self._list()
        self.critical = self._list()
        self.recent = self._list()
        grid = QGridLayout(self)
        for position, (title, widget) in enumerate(
            (
                (self.tr("Overdue deadlines"), self.overdue),
                (self.tr("Deadlines in the next 14 days"), self.upcoming),
                (self.tr("Critical risk"), self.critical),
                (self.tr("Recently changed"), self.recent),
            )
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, position // 2, position % 2)
        context.changed.connect(lambda _what: self.refresh())
        self.refresh()

    def _list(self) -> QListWidget:
        widget = QListWidget()
        widget.itemActivated.connect(self._open)
        widget.itemDoubleClicked.connect(self._open)
        return widget

    def _open(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number:
            self.open_case.emit(number)

    def refresh(self, today: date | None = None) -> None:
        """Ask the database worker for the dashboard; it is shown when it arrives."""
        day = today or date.today()
        self._context.op(self, lambda session: queries.dashboard(session, day), supersede=self).success(
            self._show
        ).run()

    def _show(self, board: queries.Dashboard) -> None:
        red = QColor("#b00020")

        def deadline(d) -> tuple[str, str]:
            return d.number, f"{day(d.due)} · {d.number} · {label(d.kind)}"

        def case(c) -> tuple[str, str]:
            return c.number, f"{c.number} · {label(c.kind)} · {c.name}"

        self._fill(self.overdue, [deadline(d) for d in board.overdue], self.tr("Nothing overdue."), red)
        self._fill(
            self.upcoming,
            [deadline(d) for d in board.upcoming],
            self.tr("No deadlines in the next two weeks."),
        )
        self._fill(
            self.critical, [case(c) for c in board.critical], self.tr("No case at critical risk."), red
        )
        self._fill(self.recent, [case(c) for c in board.recent], self.tr("No cases yet."))

    def _fill(self, widget: QListWidget, items: list[tuple[str, str]], empty: str, colour=None) -> None:
        widget.clear()
        for number, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, number)
            if colour is not None:
                item.setForeground(colour)
            widget.addItem(item)
        if not items:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)
