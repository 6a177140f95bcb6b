"""The main window: navigation between Dashboard, Cases, People, Countries and Reports."""

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import cases, trash
from casetracker.services.evaluation import shipped_profiles
from casetracker.ui import failures, messages
from casetracker.ui.colours import alarm_colour
from casetracker.ui.context import AppContext
from casetracker.ui.dialog_size import fit_to_screen
from casetracker.ui.icons import icon
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
PAGE_ICONS = ("dashboard", "cases", "people", "countries", "reports")
HINT_MS = 8000  # how long a hint stays in the status bar


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
        for row, name in enumerate(PAGE_ICONS):
            self.navigation.item(row).setIcon(icon(name))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setMaximumWidth(220)
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
        self.case_list.open_case.connect(self.open_case)
        self.dashboard.open_case.connect(self.open_case_at)
        self.case_list.new_case_requested.connect(self.new_case)
        self._add_actions()
        demo = self.tr(" (demo)") if context.store.is_demo else ""
        # Permanent: hints and reports shown in the status bar never push it out.
        self.store_line = QLabel(self.tr("Store: {0}{1} — unlocked").format(context.store.paths.root, demo))
        self.store_line.setToolTip(self.store_line.text())
        self.store_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.store_line.setMinimumWidth(1)  # a long path never makes the window wider
        self.statusBar().addPermanentWidget(self.store_line, 1)
        self.navigation.setCurrentRow(DASHBOARD)
        geometry = context.settings.get(GEOMETRY)
        if geometry.isEmpty():  # the first start: as large as suits the work, never past the screen
            fit_to_screen(self, 1200, 780)
        else:
            self.restoreGeometry(geometry)

    def _profile_warning(self) -> QLabel:
        _, problems = shipped_profiles()
        broken = sorted({Path(problem.file).name for problem in problems})
        warning = QLabel(
            self.tr("These rule profiles could not be loaded and are not used: {0}").format(", ".join(broken))
        )
        warning.setStyleSheet(f"color: {alarm_colour(self.palette())};")
        warning.setWordWrap(True)
        warning.setVisible(bool(broken))
        return warning

    def _add_actions(self) -> None:
        # Access keys are Latin letters in every language (the Russian texts end in "(&N)"), so
        # that Alt+letter works whichever keyboard layout is on.
        menu = self.menuBar().addMenu(self.tr("&Case"))
        self.new_case_action = self._action(
            menu,
            self.tr("&New case…"),
            self.new_case,
            QKeySequence.StandardKey.New,
            "new_case",
            self.tr("New case"),
        )
        self.new_person_action = self._action(
            menu, self.tr("New &person…"), self.new_person, QKeySequence("Ctrl+Shift+N"), "new_person",
            self.tr("New person"),
        )  # fmt: skip
        self.new_event_action = self._action(
            menu, self.tr("New &event"), self.new_event, QKeySequence("Ctrl+E"), "new_event"
        )
        self.summary_action = self._action(
            menu, self.tr("PDF s&ummary…"), self.make_summary, QKeySequence("Ctrl+P"), "pdf", self.tr("PDF")
        )
        menu.addSeparator()
        self.search_action = self._action(
            menu, self.tr("&Search cases"), self.focus_search, QKeySequence.StandardKey.Find, "search"
        )
        self.search_everything_action = self._action(
            menu, self.tr("Search e&verything…"), self.global_search, QKeySequence("Ctrl+Shift+F"),
            "search_everything", self.tr("Search"),
        )  # fmt: skip
        menu.addSeparator()
        self.move_case_to_trash_action = self._action(
            menu, self.tr("&Move case to trash…"), self.move_case_to_trash, None, "move_to_trash"
        )
        self.trash_action = self._action(menu, self.tr("T&rash…"), self.show_trash, None, "trash")
        self.share_action = self._action(menu, self.tr("S&hare case…"), self.share_case, None, "share")
        self.share_action.setVisible(False)  # shown once the store is known to be in a team
        menu.addSeparator()
        self.lock_action = self._action(
            menu, self.tr("&Lock"), self.lock_requested.emit, QKeySequence("Ctrl+L"), "lock", self.tr("Lock")
        )
        self.settings_action = self._action(
            menu, self.tr("Se&ttings…"), self.settings_requested.emit, QKeySequence("Ctrl+,"), "settings"
        )
        menu.addSeparator()
        self.quit_action = self._action(menu, self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), "quit")
        from casetracker.ui.data_menu import install_data_menu  # the Data menu and its dialogs

        data_menu = install_data_menu(self)
        from casetracker.ui.team import install_team_menu  # the Team menu, sync and its status line

        install_team_menu(self).state_changed.connect(self._team_state)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(
            help_menu, self.tr("&About Exile Case Tracker"), self.show_about, None, "about"
        )
        self.toolbar = self._toolbar(data_menu.actions["backup"])

    def _action(
        self, menu, text: str, slot, shortcut: QKeySequence | None = None, name: str = "", short: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if name:
            action.setIcon(icon(name))
        if short:
            action.setIconText(short)  # on the toolbar: short, without the access key
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _toolbar(self, backup: QAction) -> QToolBar:
        """The day's actions, each with its icon and a short word under or beside it."""
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        backup.setIconText(self.tr("Back up"))
        for action in (
            self.new_case_action, self.new_person_action, self.search_everything_action, self.summary_action,
            None, backup, self.lock_action,
        ):  # fmt: skip
            if action is None:
                toolbar.addSeparator()
                continue
            toolbar.addAction(action)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.iconText()} ({shortcut})" if shortcut else action.iconText())
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def hint(self, text: str) -> None:
        """Say in the status bar why an action did nothing; the store line stays."""
        self.statusBar().showMessage(text, HINT_MS)

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
        from casetracker.ui.views.case_team import attach_team

        attach_team(editor, self.team)
        self.case_tabs.setCurrentIndex(self.case_tabs.addTab(editor, number))
        return editor

    def open_case_at(self, number: str, tab: str) -> CaseEditor:
        """Open the case at its rules and deadlines ("rules") or at its timeline ("timeline")."""
        editor = self.open_case(number)
        editor.tabs.setCurrentWidget(editor.rules if tab == "rules" else editor.timeline)
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

    def new_person(self) -> None:
        self.navigation.setCurrentRow(PEOPLE)
        self.people.new_person()

    def new_event(self) -> None:
        editor = self.current_case()
        if editor is None:
            self.hint(self.tr("Open a case first: a new event goes on its timeline."))
            return
        editor.tabs.setCurrentWidget(editor.timeline)
        editor.timeline.clear_form()
        editor.timeline.kind.setFocus()

    def make_summary(self) -> None:
        editor = self.current_case()
        if editor is None:
            self.hint(self.tr("Open a case first: the PDF summary is of the case shown."))
            return
        editor.summary_button.click()

    def _team_state(self, state) -> None:
        self.share_action.setVisible(state.in_team and not state.read_only)

    def share_case(self) -> None:
        editor = self.current_case()
        if editor is None:
            self.hint(self.tr("Open a case first: it is the case shown that is shared."))
            return
        editor.share_button.click()

    def show_about(self) -> None:
        from casetracker.ui.about import AboutDialog

        self.about_dialog = AboutDialog(self.context.store.paths, self)
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog.open()

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
        dialog.activateWindow()  # typing goes to its box at once, not to the list behind it

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
        for text in self.findChildren(AutosaveText):
            text.save_now()  # Quit keeps what was typed last, as leaving the field would
        self.save_geometry()
        super().closeEvent(event)


def _opened_from(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window
