"""The case list filters as the caseworker types and opens a case with Enter."""

from PySide6.QtCore import Qt

from casetracker.services.demo import fill_demo_store


def test_the_case_list_filters_as_you_type_and_opens_a_case_with_enter(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
    window.case_list.model.reload()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.case_list.search, "sugrob")  # a Latin spelling of a Cyrillic name
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    assert window.case_list.count.text() == "1 case"
    window.case_list.table.setFocus()
    window.case_list.table.selectRow(0)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    assert window.current_case().number == "KG-2023-0001"
