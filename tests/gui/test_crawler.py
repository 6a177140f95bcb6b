"""Every action of the app used once as a person would, in English and in Russian.

On the demo store, through the real session (so Settings and Lock are wired as in the app): every
page visited, a person and a case opened, every tab of the case shown, every menu and toolbar
action triggered and every button clicked, except the destructive ones listed below with the
reason. Each dialog that opens is closed again (Escape's reject()). The test fails on any exception
escaping a slot (pytest-qt catches those), on any bug reported through the failure path or left as
a crash notice, and on any action listed as opening a window that opens none.
"""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMenu,
    QPushButton,
    QTabBar,
    QTabWidget,
    QToolButton,
)

from casetracker import paths
from casetracker.services.demo import fill_demo_store
from casetracker.ui import failures, file_dialogs, launcher, messages
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.i18n import install_language

# Skipped, with the reason: each changes or removes what the caseworker has, or ends the session.
DESTRUCTIVE = {
    "MainWindow.move_case_to_trash_action": "moves the open case to the trash",
    "MainWindow.lock_action": "closes the window and asks for the passphrase (tests/gui/test_launcher.py)",
    "MainWindow.quit_action": "ends the app (tests/gui/test_main_window.py)",
    "DataMenu.restore": "writes a restored store into a folder",
    "DataMenu.passphrase": "re-encrypts the store under a new passphrase",
    "CaseEditor.undo_button": "changes the case back to its previous value",
}
# Destructive buttons, recognised by the attribute that holds them (their texts are translated).
DESTRUCTIVE_WORDS = (
    "delete",
    "to_trash",
    "trash_button",
    "удал",
    "корзин",
    "восстанов",
    "remove",
    "restore",
    "undo",
    "merge",
    "purge",
    "empty",
)

# Actions that must open a window (a dialog, the search, the trash).
OPENS_A_WINDOW = {
    "MainWindow.new_case_action",
    "MainWindow.new_person_action",
    "MainWindow.search_everything_action",
    "MainWindow.summary_action",
    "MainWindow.trash_action",
    "MainWindow.about_action",
    "MainWindow.settings_action",
    "DataMenu.json",
    "DataMenu.csv",
    "DataMenu.calendar",
    "PeopleView.new_button",
    "PeopleView.duplicates_button",
    "CaseEditor.summary_button",
}


class Crawl:
    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window
        self.opened: list[str] = []
        self.done: set[str] = set()
        self.skipped: dict[str, str] = {}
        self.back = None  # how to return to the page being crawled when a button leads elsewhere
        self.closer = QTimer(interval=20)
        self.closer.timeout.connect(self._close_modal)
        self.closer.start()

    def _close_modal(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.opened.append(type(dialog).__name__)
            dialog.reject()

    def _close_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            shown = widget.isVisible() and widget.isWindow() and widget is not self.window
            if shown and not isinstance(widget, QMenu) and not widget.inherits("QTipLabel"):
                self.opened.append(type(widget).__name__)
                widget.close()

    def use(self, name: str, act) -> None:
        if name in self.done:
            return
        reason = DESTRUCTIVE.get(name) or next(
            (f"its name says '{word}'" for word in DESTRUCTIVE_WORDS if word in name.lower()), None
        )
        if reason:
            self.skipped[name] = reason
            return
        self.done.add(name)
        self.opened.clear()
        act()
        self.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
        self._close_windows()
        if name in OPENS_A_WINDOW:
            assert self.opened, f"{name} opened no window"
        if self.back is not None:
            self.back()

    def actions(self) -> None:
        for attribute, action in list(vars(self.window).items()):
            if attribute.endswith("_action"):
                self.use(f"MainWindow.{attribute}", action.trigger)
        for key, action in self.window.data_menu.actions.items():
            self.use(f"DataMenu.{key}", action.trigger)

    def page(self, page) -> None:
        """Every button of a page, and of each tab of every set of tabs on it."""
        self.buttons(page)
        for tabs in page.findChildren(QTabWidget):
            if tabs.isVisible() and tabs is not self.window.case_tabs:
                for index in range(tabs.count()):
                    self.use(f"{_name(tabs)}.tab{index}", lambda t=tabs, i=index: t.setCurrentIndex(i))
                    self.buttons(tabs.currentWidget())

    def buttons(self, page) -> None:
        for button in page.findChildren(QAbstractButton):
            if not isinstance(button, QPushButton | QToolButton) or isinstance(button.parent(), QTabBar):
                continue
            if button.isVisible() and button.isEnabled():
                self.use(_name(button), lambda b=button: self.qtbot.mouseClick(b, Qt.MouseButton.LeftButton))


def open_first_case(qtbot, table, row) -> None:
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # as Enter on a selected row, or a double click, opens it


def _name(button: QAbstractButton) -> str:
    """The class and attribute that hold a button, whatever the language; else its class and text."""
    owner = button.parent()
    while owner is not None:
        for attribute, value in vars(owner).items():
            if value is button:
                return f"{type(owner).__name__}.{attribute}"
        owner = owner.parent()
    return f"{type(button.parent()).__name__}:{button.text() or button.toolTip()}"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_action_and_button_works_and_each_window_opens_and_closes(
    qtbot, store, store_dir, settings, monkeypatch, language
):
    bugs: list[str] = []
    monkeypatch.setattr(failures, "show_bug", lambda parent, error, **_: bugs.append(repr(error)))
    for picker in ("open_file", "save_file", "choose_folder"):
        monkeypatch.setattr(file_dialogs, picker, lambda *_: None)  # file pickers cannot be clicked offscreen
    monkeypatch.setattr(file_dialogs, "open_files", lambda *_: [])
    monkeypatch.setattr(launcher.Session, "check_delay_ms", 0)
    with store.transaction() as session:
        fill_demo_store(session)
    app = QApplication.instance()
    install_language(app, language)
    try:
        session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
        window = session.window
        qtbot.addWidget(window)
        crawl = Crawl(qtbot, window)
        # Message boxes are windows too: noted, and every question answered "no".
        monkeypatch.setattr(messages, "error", lambda parent, text: crawl.opened.append("message"))
        monkeypatch.setattr(
            messages, "confirm", lambda parent, text: crawl.opened.append("question") or False
        )
        window.data_menu.choose_path = lambda *_: None
        navigation = window.navigation
        for row in range(navigation.count()):
            place = navigation.visualItemRect(navigation.item(row)).center()
            crawl.use(
                f"page{row}",
                lambda p=place: qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=p),
            )
            assert window.pages.currentIndex() == row
            crawl.page(window.pages.currentWidget())
        navigation.setCurrentRow(2)
        people = window.people.list
        first = people.visualItemRect(people.item(0)).center()
        crawl.use(
            "PeopleView.list",
            lambda: qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=first),
        )
        crawl.page(window.people)
        navigation.setCurrentRow(1)
        table = window.case_list.table
        row = table.visualRect(table.model().index(0, 0)).center()
        crawl.use(
            "CaseListView.table",
            lambda: open_first_case(qtbot, table, row),
        )
        assert window.current_case() is not None
        closing = window.case_tabs.tabBar().tabButton(1, QTabBar.ButtonPosition.RightSide)
        crawl.use("MainWindow.case_tabs.close", lambda: qtbot.mouseClick(closing, Qt.MouseButton.LeftButton))
        assert window.case_tabs.count() == 1
        editor = window.open_case("DE-2023-0001")
        crawl.back = lambda: window.open_case("DE-2023-0001")  # "Open person" leads to the People page
        crawl.page(editor)
        crawl.back = None
        crawl.actions()
        crawl.closer.stop()
        print(f"\n{language}: {len(crawl.done)} actions used; skipped: {sorted(crawl.skipped)}")
        assert bugs == []
        notices = paths.crash_notices_dir()
        assert not notices.exists() or not any(notices.iterdir())
        assert len(crawl.done) >= 40, "\n".join(sorted(crawl.done))
        assert crawl.done >= OPENS_A_WINDOW, OPENS_A_WINDOW - crawl.done
    finally:
        install_language(app, "en")
