"""The main window: navigation between Dashboard, Cases, People, Countries and Reports."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.errors import CaseTrackerError
from casetracker.services.evaluation import shipped_profiles
from casetracker.ui import messages
from casetracker.ui.context import AppContext
from casetracker.ui.settings import GEOMETRY
from casetracker.ui.views.case_editor import CaseEditor
from casetracker.ui.views.case_list import CaseListView
from casetracker.ui.views.countries import CountriesView
from casetracker.ui.views.dashboard import DashboardView
from casetracker.ui.views.new_case import NewCaseDialog
from casetracker.ui.views.people import PeopleView
from casetracker.ui.views.reports import ReportsView

DASHBOARD, CASES, PEOPLE, COUNTRIES, REPORTS = range(5)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Exile Case Tracker"))  # never a name or a case number
        self.navigation = QListWidget()
        self.navigation.addItems(
            [
                self.tr("Dashboard"),
                self.tr("Cases"),
                self.tr("People"),
                self.tr("Countries"),
                self.tr("Reports"),
            ]
        )
        self.navigation.setMaximumWidth(200)
        self.navigation.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 6px; }")
        # As wide as its longest entry: a wide page beside it must not squeeze the words off.
        widest = max(self.navigation.sizeHintForColumn(0), 100)
        self.navigation.setMinimumWidth(min(200, widest + 2 * self.navigation.frameWidth() + 8))
        self.dashboard = DashboardView(context)
        self.case_list = CaseListView(context)
        self.case_tabs = QTabWidget()
        self.case_tabs.setTabsClosable(True)
        self.case_tabs.addTab(self.case_list, self.tr("All cases"))
        self.case_tabs.tabBar().setTabButton(0, self.case_tabs.tabBar().ButtonPosition.RightSide, None)
        self.case_tabs.tabCloseRequested.connect(self._close_case_tab)
        # People, Countries and Reports are built the first time they are shown: a quicker start.
        self._lazy_pages: dict[int, QWidget] = {}
        self.pages = QStackedWidget()
        for page in (self.dashboard, self.case_tabs, QWidget(), QWidget(), QWidget()):
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self._show_page)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([170, 1030])
        body = QWidget()
        layout = QVBoxLayout(body)
        self.profile_warning = self._profile_warning()
        layout.addWidget(self.profile_warning)
        layout.addWidget(splitter)
        self.setCentralWidget(body)
        for view in (self.dashboard, self.case_list):
            view.open_case.connect(self.open_case)
        self.case_list.new_case_requested.connect(self.new_case)
        self._add_actions()
        demo = self.tr(" (demo)") if context.store.is_demo else ""
        self.statusBar().showMessage(
            self.tr("Store: {0}{1} — unlocked").format(context.store.paths.root, demo)
        )
        self.navigation.setCurrentRow(DASHBOARD)
        geometry = context.settings.get(GEOMETRY)
        if geometry.isEmpty():
            self.resize(1200, 780)
        else:
            self.restoreGeometry(geometry)

    def _profile_warning(self) -> QLabel:
        _, problems = shipped_profiles()
        broken = sorted({Path(problem.file).name for problem in problems})
        warning = QLabel(
            self.tr("These rule profiles could not be loaded and are not used: {0}").format(", ".join(broken))
        )
        warning.setStyleSheet("color: #b00020;")
        warning.setWordWrap(True)
        warning.setVisible(bool(broken))
        return warning

    def _add_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Case"))
        for text, shortcut, slot in (
            (self.tr("&New case…"), QKeySequence.StandardKey.New, self.new_case),
            (self.tr("New &event"), QKeySequence("Ctrl+E"), self.new_event),
            (self.tr("&Search cases"), QKeySequence.StandardKey.Find, self.focus_search),
            (self.tr("Search &everything…"), QKeySequence("Ctrl+Shift+F"), self.global_search),
            (self.tr("&Lock"), QKeySequence("Ctrl+L"), self.lock_requested.emit),
            (self.tr("Se&ttings…"), QKeySequence("Ctrl+,"), self.settings_requested.emit),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.addAction(action)
        from casetracker.ui.data_menu import install_data_menu  # the Data menu and its dialogs

        install_data_menu(self)

    # --- navigation ------------------------------------------------------------------------------

    def _page(self, index: int) -> QWidget:
        if index not in self._lazy_pages:
            if index == PEOPLE:
                page = PeopleView(self.context)
                page.open_case.connect(self.open_case)
            elif index == COUNTRIES:
                page = CountriesView(self.context)
            else:
                page = ReportsView(self.context)
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._lazy_pages[index] = page
        return self._lazy_pages[index]

    def _show_page(self, index: int) -> None:
        if index in (PEOPLE, COUNTRIES, REPORTS):
            self._page(index)
        self.pages.setCurrentIndex(index)

    @property
    def people(self) -> PeopleView:
        return self._page(PEOPLE)

    @property
    def countries(self) -> CountriesView:
        return self._page(COUNTRIES)

    @property
    def reports(self) -> ReportsView:
        return self._page(REPORTS)

    def open_case(self, number: str) -> CaseEditor:
        self.navigation.setCurrentRow(CASES)
        for index in range(1, self.case_tabs.count()):
            editor = self.case_tabs.widget(index)
            if editor.number == number:
                self.case_tabs.setCurrentIndex(index)
                return editor
        editor = CaseEditor(self.context, number)
        self.case_tabs.setCurrentIndex(self.case_tabs.addTab(editor, number))
        return editor

    def current_case(self) -> CaseEditor | None:
        widget = self.case_tabs.currentWidget()
        return widget if isinstance(widget, CaseEditor) else None

    def _close_case_tab(self, index: int) -> None:
        if index > 0:
            widget = self.case_tabs.widget(index)
            self.case_tabs.removeTab(index)
            widget.deleteLater()

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.context, self)
        if dialog.exec() and dialog.number:
            self.open_case(dialog.number)

    def new_event(self) -> None:
        editor = self.current_case()
        if editor is None:
            messages.error(self, self.tr("Open a case first: a new event goes on its timeline."))
            return
        editor.tabs.setCurrentWidget(editor.timeline)
        editor.timeline.clear_form()
        editor.timeline.kind.setFocus()

    def focus_search(self) -> None:
        self.navigation.setCurrentRow(CASES)
        self.case_tabs.setCurrentIndex(0)
        self.case_list.focus_search()

    def global_search(self) -> None:
        from casetracker.ui.views.search import SearchDialog

        dialog = SearchDialog(self.context, self)
        dialog.open_case.connect(self.open_case)
        dialog.open_person.connect(self.open_person)
        self.search_dialog = dialog
        dialog.show()

    def open_person(self, person_hex: str) -> None:
        import uuid

        self.navigation.setCurrentRow(PEOPLE)
        self.people.select_person(uuid.UUID(person_hex))

    def report_error(self, error: Exception) -> None:
        text = (
            str(error)
            if isinstance(error, CaseTrackerError)
            else self.tr("Something went wrong; nothing was lost.")
        )
        messages.error(self, text)

    def save_geometry(self) -> None:
        self.context.settings.set(GEOMETRY, self.saveGeometry())

    def closeEvent(self, event) -> None:
        self.save_geometry()
        super().closeEvent(event)
