"""The main window, on every case tab and on the People page, fits a 1280×720 laptop in both
languages: nothing forces it wider or taller than 1280×680, nothing is cut off at that size."""

import pytest
from PySide6.QtWidgets import QApplication

from casetracker.services.demo import fill_demo_store
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.i18n import install_language
from casetracker.ui.main_window import MainWindow
from tests.gui.screen_fit_helpers import LAPTOP_SCREEN, SMALL_SCREEN, problems_at


@pytest.fixture(params=["en", "ru"])
def language(request):
    install_language(QApplication.instance(), request.param)
    yield request.param
    install_language(QApplication.instance(), "en")


@pytest.fixture
def demo_window(qtbot, store, settings, language) -> MainWindow:
    with store.transaction() as session:
        fill_demo_store(session)
    window = MainWindow(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(window)
    window.show()
    return window


def case_tabs(window: MainWindow):
    """A case on each of its tabs, then a decision with its procedure field shown."""
    editor = window.open_case("DE-2023-0001")  # a long summary, several events and deadlines
    for tab in (editor.timeline, editor.rules, editor.notes, editor.files, editor.history):
        editor.tabs.setCurrentWidget(tab)
        yield f"case {editor.tabs.tabText(editor.tabs.currentIndex())}"
    editor.tabs.setCurrentWidget(editor.timeline)
    editor.timeline.kind.setCurrentIndex(editor.timeline.kind.findData("decision_negative"))
    yield "case timeline, a decision being added"


def people_page(window: MainWindow):
    window.navigation.setCurrentRow(2)
    yield "People, nobody chosen"
    listed = window.people.list
    longest = max(range(listed.count()), key=lambda row: len(listed.item(row).text()))
    listed.setCurrentRow(longest)
    yield "People, the longest name chosen"


def every_screen(window: MainWindow):
    yield from people_page(window)  # first: once built, the page's needs count on every page
    yield from case_tabs(window)


def test_the_case_and_person_windows_fit_a_1280_by_720_screen(demo_window, language):
    problems = {}
    for screen in every_screen(demo_window):
        found = problems_at(demo_window, SMALL_SCREEN)
        if found:
            problems[screen] = found
    assert problems == {}, "\n".join(
        f"{screen}:\n  " + "\n  ".join(lines) for screen, lines in problems.items()
    )


def test_the_case_and_person_windows_fit_a_1366_by_768_screen(demo_window, language):
    problems = {}
    for screen in every_screen(demo_window):
        found = problems_at(demo_window, LAPTOP_SCREEN)
        if found:
            problems[screen] = found
    assert problems == {}, "\n".join(
        f"{screen}:\n  " + "\n  ".join(lines) for screen, lines in problems.items()
    )


def test_a_team_members_case_window_with_its_conflicts_fits_a_1280_by_720_screen(demo_window, language):
    """Team mode adds the Share… button, a mark of the conflicts and their tab: the window still fits."""
    from tests.gui.team_window_helpers import pretend_team, show_fake_conflicts

    pretend_team(demo_window, "supervisor")
    editor = demo_window.open_case("DE-2023-0001")
    show_fake_conflicts(editor)
    editor.tabs.setCurrentWidget(editor.conflicts)
    assert editor.share_button.isVisible() and editor.conflicts_button.isVisible()
    assert problems_at(demo_window, SMALL_SCREEN) == []
    demo_window.navigation.setCurrentRow(1)
    demo_window.case_tabs.setCurrentIndex(0)  # the list with its Caseworker column
    assert problems_at(demo_window, SMALL_SCREEN) == []
