"""The case editor saves each field as it is edited, and the last edit can be undone."""

from PySide6.QtCore import Qt

from casetracker.services import cases
from casetracker.services.demo import fill_demo_store
from tests.gui.typing import type_text


def test_fields_save_as_they_are_edited_and_the_last_edit_can_be_undone(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
    editor = window.open_case("EE-2022-0001")
    editor.lawyer.setFocus()
    type_text(editor.lawyer, "Адвокат Петрова")
    qtbot.keyClick(editor.lawyer, Qt.Key.Key_Tab)  # leaving the field saves it
    editor.priority.setCurrentIndex(editor.priority.findData("urgent"))
    with store.session() as session:
        case = cases.find_case(session, "EE-2022-0001")
    assert (case.lawyer, case.priority) == ("Адвокат Петрова", "urgent")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    with store.session() as session:
        case = cases.find_case(session, "EE-2022-0001")
    assert (case.lawyer, case.priority) == ("Адвокат Петрова", "high")
    assert editor.priority.currentData() == "high"
