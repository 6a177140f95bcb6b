"""The trash in the window, driven as a caseworker would: delete an event, a file or a whole case,
open Case → Trash, select the row, press Restore; checked in the store and on screen."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QTableWidget

from casetracker.dates import PartialDate
from casetracker.errors import NotFound
from casetracker.services import attachments, cases, people
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings
from casetracker.ui.views.trash import CASE, DESCRIPTION, WHAT, TrashDialog

NAME = "Анна Вымышленная"
FILE_NAME = "Petrova residence refusal.pdf"
CONTENT = b"%PDF-1.4 refusal of a residence permit " * 200


@pytest.fixture
def number(store) -> str:
    with store.transaction() as session:
        person = people.add_person(session, "tester", people.PersonDraft(name=NAME)).person
        case = cases.add_case(session, "tester", person.id, "asylum", "KG", opened_on=date(2024, 3, 1))
        cases.add_event(session, "tester", case.number, "entry", PartialDate(date(2024, 3, 1)))
        cases.add_event(session, "tester", case.number, "entry_denied", PartialDate(date(2024, 5, 2)))
        return case.number


@pytest.fixture
def window(qtbot, store, number, tmp_path) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def click_row(qtbot, table: QTableWidget, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_trash(window: MainWindow) -> TrashDialog:
    window.trash_action.trigger()
    dialog = window.trash_dialog
    assert dialog.isVisible()
    return dialog


def shown_rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def events_in_store(store, number: str) -> list[str]:
    with store.session() as session:
        return [event.kind for event in cases.case_detail(session, number).events]


def case_numbers_listed(window: MainWindow) -> list[str]:
    model = window.case_list.model
    return [model.number_at(row) for row in range(model.rowCount())]


def test_an_event_deleted_on_the_timeline_comes_back_from_the_trash(qtbot, window, store, number, said):
    dialog = open_trash(window)
    assert dialog.empty.isVisible() and dialog.empty.text() == "The trash is empty."
    assert not dialog.restore_button.isEnabled()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()

    editor = window.open_case(number)
    timeline = editor.timeline
    assert timeline.table.rowCount() == 2
    click_row(qtbot, timeline.table, 1)  # the entry denial
    delete = next(b for b in timeline.findChildren(QPushButton) if b.text() == "Delete selected event…")
    click(qtbot, delete)
    assert events_in_store(store, number) == ["entry"]
    assert timeline.table.rowCount() == 1

    dialog = open_trash(window)
    assert not dialog.empty.isVisible()
    [row] = shown_rows(dialog.table)
    assert (row[WHAT], row[CASE], row[DESCRIPTION]) == ("Event", number, "Entry denied · 2024-05-02")
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    click_row(qtbot, dialog.table, 0)
    click(qtbot, dialog.restore_button)
    assert events_in_store(store, number) == ["entry", "entry_denied"]
    assert timeline.table.rowCount() == 2
    assert "Entry denied" in timeline.table.item(1, 1).text()
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert dialog.result.text() == f"Event restored: Entry denied · 2024-05-02 (case {number})."
    assert not dialog.restore_button.isEnabled()


def test_the_open_case_goes_to_the_trash_from_the_menu_and_comes_back(qtbot, window, store, number, said):
    window.move_case_to_trash_action.trigger()
    assert said[-1] == "Open a case first."
    assert case_numbers_listed(window) == [number]

    window.open_case(number)
    assert window.case_tabs.count() == 2
    window.move_case_to_trash_action.trigger()
    assert said[-1] == f"Move case {number} to the trash? It can be restored from Case → Trash."
    assert window.case_tabs.count() == 1 and window.current_case() is None
    assert case_numbers_listed(window) == []
    with store.session() as session, pytest.raises(NotFound):
        cases.find_case(session, number)

    dialog = open_trash(window)
    [row] = shown_rows(dialog.table)
    assert (row[WHAT], row[CASE]) == ("Case", number)
    assert row[DESCRIPTION] == f"{number} · Asylum · {NAME}"
    click_row(qtbot, dialog.table, 0)
    click(qtbot, dialog.restore_button)
    assert case_numbers_listed(window) == [number]
    with store.session() as session:
        assert cases.find_case(session, number).deleted_at is None
    assert dialog.result.text() == f"Case restored: {number} · Asylum · {NAME}."


def test_an_event_of_a_case_in_the_trash_is_not_restored_before_its_case(qtbot, window, store, number, said):
    editor = window.open_case(number)
    click_row(qtbot, editor.timeline.table, 0)
    delete = next(
        b for b in editor.timeline.findChildren(QPushButton) if b.text() == "Delete selected event…"
    )
    click(qtbot, delete)
    window.move_case_to_trash_action.trigger()
    dialog = open_trash(window)
    assert [row[WHAT] for row in shown_rows(dialog.table)] == ["Case", "Event"]  # newest first
    click_row(qtbot, dialog.table, 1)
    click(qtbot, dialog.restore_button)
    assert said[-1] == f"Its case {number} is in the trash: restore the case first."
    assert [row[WHAT] for row in shown_rows(dialog.table)] == ["Case", "Event"]  # nothing changed
    assert dialog.result.text() == ""
    with store.session() as session, pytest.raises(NotFound):
        cases.find_case(session, number)


def test_a_file_moved_to_the_trash_in_the_files_tab_comes_back(qtbot, window, store, number, said, tmp_path):
    source = tmp_path / FILE_NAME
    source.write_bytes(CONTENT)
    editor = window.open_case(number)
    files = editor.files
    editor.tabs.setCurrentWidget(files)
    files.add_files([source])
    assert files.table.rowCount() == 1
    assert not files.trash_button.isEnabled()  # nothing chosen yet
    click_row(qtbot, files.table, 0)
    click(qtbot, files.trash_button)
    assert said[-1] == f"Move {FILE_NAME} to the trash? It can be restored from Case → Trash."
    with store.session() as session:
        assert attachments.list_attachments(session, number) == []
    assert files.table.rowCount() == 0
    assert "Moved" in files.result.text() and FILE_NAME in files.result.text()
    assert len(list(store.paths.attachments.iterdir())) == 1  # the encrypted file stays, for restoring

    dialog = open_trash(window)
    [row] = shown_rows(dialog.table)
    assert (row[WHAT], row[CASE], row[DESCRIPTION]) == ("Attachment", number, FILE_NAME)
    click_row(qtbot, dialog.table, 0)
    click(qtbot, dialog.restore_button)
    assert [files.table.item(0, 0).text()] == [FILE_NAME]
    with store.session() as session:
        [back] = attachments.list_attachments(session, number)
        assert attachments.open_attachment(session, back.id, store.paths.attachments) == CONTENT


def test_the_history_tab_lists_a_file_added_and_moved_to_the_trash(qtbot, window, number, said, tmp_path):
    source = tmp_path / FILE_NAME
    source.write_bytes(CONTENT)
    editor = window.open_case(number)
    editor.files.add_files([source])
    editor.tabs.setCurrentWidget(editor.history)
    assert history_rows(editor)[0][2:4] == ["Added", f"Attachment · {FILE_NAME}"]  # newest first
    editor.tabs.setCurrentWidget(editor.files)
    click_row(qtbot, editor.files.table, 0)
    click(qtbot, editor.files.trash_button)
    assert history_rows(editor)[0][2:4] == ["Moved to trash", f"Attachment · {FILE_NAME}"]


def history_rows(editor) -> list[list[str]]:
    """The History tab's table, row by row (When, Who, Action, Record, Changes)."""
    table = editor.history.document().rootFrame().childFrames()[0]
    return [
        [table.cellAt(row, column).firstCursorPosition().block().text() for column in range(table.columns())]
        for row in range(1, table.rows())
    ]


def test_locking_closes_the_trash_and_the_names_in_it(qtbot, window, number, said):
    window.open_case(number)
    window.move_case_to_trash_action.trigger()
    dialog = open_trash(window)
    assert NAME in dialog.table.item(0, DESCRIPTION).text()
    window.hide_with_its_dialogs()  # what locking does first
    assert not dialog.isVisible()
