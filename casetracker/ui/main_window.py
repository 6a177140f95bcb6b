"""The main window: navigation between Dashboard, Cases, People, Countries and Reports."""

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import cases, trash
from casetracker.services.evaluation import shipped_profiles
from casetracker.ui import failures, messages
from casetracker.ui.context import AppContext
from casetracker.ui.operations import Change
from casetracker.ui.settings import GEOMETRY
from casetracker.ui.views.case_editor import AutosaveText, CaseEditor
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
        self.trash_dialog = None
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
        self._action(menu, self.tr("&New case…"), self.new_case, QKeySequence.StandardKey.New)
        self._action(menu, self.tr("New &event"), self.new_event, QKeySequence("Ctrl+E"))
        self._action(menu, self.tr("&Search cases"), self.focus_search, QKeySequence.StandardKey.Find)
        self._action(menu, self.tr("Search &everything…"), self.global_search, QKeySequence("Ctrl+Shift+F"))
        menu.addSeparator()
        self.move_case_to_trash_action = self._action(
            menu, self.tr("&Move case to trash…"), self.move_case_to_trash
        )
        self.trash_action = self._action(menu, self.tr("T&rash…"), self.show_trash)
        menu.addSeparator()
        self._action(menu, self.tr("&Lock"), self.lock_requested.emit, QKeySequence("Ctrl+L"))
        self._action(menu, self.tr("Se&ttings…"), self.settings_requested.emit, QKeySequence("Ctrl+,"))
        from casetracker.ui.data_menu import install_data_menu  # the Data menu and its dialogs

        install_data_menu(self)

    def _action(self, menu, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

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
        editor.open_person.connect(self.open_person)
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

    def move_case_to_trash(self) -> None:
        editor = self.current_case()
        if editor is None:
            messages.error(self, self.tr("Open a case first."))
            return
        number = editor.number
        question = self.tr("Move case {0} to the trash? It can be restored from Case → Trash.")
        if not messages.confirm(self, question.format(number)):
            return
        for text in editor.findChildren(AutosaveText):
            text.save_now()  # what was typed last goes to the trash with the case, and comes back with it
        # The editor goes first and at once: it reloads on every change, and its case is about to go.
        self.case_tabs.removeTab(self.case_tabs.indexOf(editor))
        shiboken6.delete(editor)

        def refused(error: Exception) -> None:
            messages.error(self, failures.describe(error))
            self.open_case(number)

        move = self.context.op(
            self,
            lambda s, actor: trash.move_to_trash(s, actor, "case", cases.find_case(s, number).id),
            writes=Change.CASES | Change.DEADLINES,
        )
        move.failure(refused).run()

    def show_trash(self) -> None:
        from casetracker.ui.views.trash import TrashDialog

        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self.context, self)
        if self.trash_dialog.isVisible():  # open behind the window: brought to the front
            self.trash_dialog.raise_()
            self.trash_dialog.activateWindow()
        else:
            self.trash_dialog.show()

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

    def hide_with_its_dialogs(self) -> None:
        """Hide the window and every window opened from it (search, trash, a report preview): each
        may show names, and none of them hides with its parent by itself."""
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and _opened_from(widget, self):
                widget.hide()
        self.hide()

    def save_geometry(self) -> None:
        self.context.settings.set(GEOMETRY, self.saveGeometry())

    def closeEvent(self, event) -> None:
        self.save_geometry()
        super().closeEvent(event)


def _opened_from(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window
