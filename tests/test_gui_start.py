"""The desktop app starts on a demo store and shows its cases."""

from casetracker.services.demo import fill_demo_store
from casetracker.ui.main_window import MainWindow


def test_the_main_window_lists_the_cases_and_says_which_store_is_open(qtbot, store):
    with store.transaction() as session:
        numbers = fill_demo_store(session)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    shown = [window.case_list.item(row).text() for row in range(window.case_list.count())]
    assert len(shown) == len(numbers)
    assert any(text.startswith("KG-2023-0001") for text in shown)
    assert str(store.paths.root) in window.statusBar().currentMessage()
    assert "Лев" not in window.windowTitle()
