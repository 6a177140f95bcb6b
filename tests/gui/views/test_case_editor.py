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


def test_the_person_panel_opens_the_person_on_the_people_page(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
        person_id = cases.case_detail(session, "DE-2023-0001").person.person.id
    editor = window.open_case("DE-2023-0001")
    qtbot.mouseClick(editor.person_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.people
    assert window.people.editor.person_id == person_id
    assert window.people.editor.name.text() == "Матвей Олегович Ручейников"
    assert "Ручейников" in window.people.list.currentItem().text()


def test_a_critical_case_shows_the_rules_alarm_beside_the_priority_the_caseworker_chose(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
        assert cases.find_case(session, "KZ-2026-0001").alert == "critical"
    editor = window.open_case("KZ-2026-0001")
    editor.priority.setCurrentIndex(editor.priority.findData("normal"))
    assert editor.alarm.isVisibleTo(editor) and editor.alarm.text() == "Rules: Critical"
    with store.session() as session:
        assert cases.find_case(session, "KZ-2026-0001").priority == "normal"  # the caseworker's choice stays
    assert editor.priority.currentData() == "normal"


def test_on_a_1280_by_720_screen_the_timeline_has_most_of_the_height(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
    window.resize(1280, 720)
    editor = window.open_case("DE-2023-0001")
    qtbot.waitUntil(lambda: editor.timeline.table.height() > 0)
    overview = editor.splitter.widget(0)
    assert editor.splitter.widget(1).height() > 1.5 * overview.height()
    table = editor.timeline.table
    rows_shown = table.viewport().height() // table.verticalHeader().defaultSectionSize()  # room, not content
    assert rows_shown >= 6


def test_an_edit_changed_since_from_elsewhere_is_not_undone_over_that_change(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
    editor = window.open_case("EE-2022-0001")
    editor.priority.setCurrentIndex(editor.priority.findData("urgent"))
    with store.transaction() as session:  # as a sync brings a teammate's change of the same field
        cases.update_case(session, "Boris", "EE-2022-0001", priority="low")
    editor.lawyer.setFocus()
    type_text(editor.lawyer, "Адвокат Петрова")
    qtbot.keyClick(editor.lawyer, Qt.Key.Key_Tab)  # saved, and the case is read again
    qtbot.waitUntil(lambda: editor.priority.currentData() == "low")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)  # the lawyer's name only
    with store.session() as session:
        case = cases.find_case(session, "EE-2022-0001")
    assert (case.lawyer, case.priority) == ("", "low")
    assert not editor.undo_button.isEnabled()  # the priority was Boris's last: not this window's to undo
