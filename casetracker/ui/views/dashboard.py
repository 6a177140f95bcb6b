"""The dashboard: what needs attention today, and why. Every row opens its case at the tab that says more."""

from datetime import date

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import queries
from casetracker.ui import colours
from casetracker.ui.labels import day, label, wording

UPCOMING_DAYS = 31
_LONGEST_REASON = 220  # characters; the whole sentence is in the row's tooltip


class DashboardView(QWidget):
    open_case = Signal(str, str)  # the case number, and the tab to show: queries.RULES_TAB or TIMELINE_TAB

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self.overdue = self._list()
        self.critical = self._list()
        self.upcoming = self._list()
        self.recent = self._list()
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout(self)
        # What has passed or threatens someone now comes first: the top row.
        for position, (name, widget) in enumerate(
            (
                ("overdue", self.overdue),
                ("critical", self.critical),
                ("upcoming", self.upcoming),
                ("recent", self.recent),
            )
        ):
            box = QGroupBox()
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, position // 2, position % 2)
            self.boxes[name] = box
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._title_counts({})
        context.changed.connect(lambda _what: self.refresh())
        self.refresh()

    def _list(self) -> QListWidget:
        widget = QListWidget()
        # Long reasons wrap inside the panel; the panel never widens the window.
        widget.setWordWrap(True)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        widget.setResizeMode(QListView.ResizeMode.Adjust)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        widget.setIconSize(QSize(16, 16))
        widget.setAlternatingRowColors(True)  # two-line rows: the shading tells where one ends
        widget.setMinimumWidth(200)
        widget.itemActivated.connect(self._open)  # Enter, or a double click where the style asks for one
        widget.itemClicked.connect(self._open)
        return widget

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.open_case.emit(*target)

    def refresh(self, today: date | None = None) -> None:
        """Ask the database worker for the dashboard; it is shown when it arrives."""
        on = today or date.today()
        words = wording()
        self._context.op(
            self,
            lambda session: queries.dashboard(session, on, words, upcoming_days=UPCOMING_DAYS),
            supersede=self,
        ).success(self._show).run()

    def _title_counts(self, counts: dict[str, int]) -> None:
        titles = {
            "overdue": self.tr("Overdue deadlines (%n)", "", counts.get("overdue", 0)),
            "critical": self.tr("Critical cases (%n)", "", counts.get("critical", 0)),
            "upcoming": self.tr("Deadlines in the next 31 days (%n)", "", counts.get("upcoming", 0)),
            "recent": self.tr("Recently changed cases (%n)", "", counts.get("recent", 0)),
        }
        limit = QLocale().toString(queries.COUNT_LIMIT)  # counted no further: see queries.COUNT_LIMIT
        beyond = {
            "overdue": self.tr("Overdue deadlines (over {0})"),
            "critical": self.tr("Critical cases (over {0})"),
            "upcoming": self.tr("Deadlines in the next 31 days (over {0})"),
        }
        for name, words in beyond.items():
            if counts.get(name, 0) > queries.COUNT_LIMIT:
                titles[name] = words.format(limit)
        for name, title in titles.items():
            self.boxes[name].setTitle(title)

    def _show(self, board: queries.Dashboard) -> None:
        self._title_counts(board.counts)
        new_case = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        first = self.tr("No cases yet — add the first one ({0}).").format(new_case)
        nothing = board.cases == 0
        self._fill(self.overdue, board.overdue, first if nothing else self.tr("Nothing overdue."))
        self._fill(
            self.critical,
            board.critical,
            first if nothing else self.tr("No case at critical risk: no one held, missing or out of time."),
        )
        self._fill(
            self.upcoming,
            board.upcoming,
            first
            if nothing
            else self.tr(
                "No deadlines in the next 31 days. A decision recorded on a timeline adds its deadline."
            ),
        )
        self._fill(self.recent, board.recent, first)

    def _fill(self, widget: QListWidget, rows: list[queries.DashboardRow], empty: str) -> None:
        widget.clear()
        for row in rows:
            widget.addItem(self._item(row))
        if not rows:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)

    def _item(self, row: queries.DashboardRow) -> QListWidgetItem:
        if row.tab == queries.TIMELINE_TAB:
            reason = self.tr("Edited {0}.").format(self._when(row.day))
        else:
            reason = row.reason or label(row.kind, "deadline_kind")
        when = row.day and row.tab != queries.TIMELINE_TAB and day(row.day)
        head = " · ".join(part for part in (when, row.number, row.name) if part)
        shown = reason if len(reason) <= _LONGEST_REASON else reason[: _LONGEST_REASON - 1].rstrip() + "…"
        item = QListWidgetItem(f"{head}\n{shown}")
        item.setToolTip(reason)
        item.setData(Qt.ItemDataRole.UserRole, (row.number, row.tab))
        if row.critical:  # colour, an icon and bold type: it stands out without colour too
            item.setForeground(colours.qcolour("alarm", self.palette()))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def _when(self, when: date | None) -> str:
        if when is None:
            return ""
        if when == date.today():
            return self.tr("today")
        return day(when)
