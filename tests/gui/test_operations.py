"""Every piece of database work a window asks for is an operation: run on the one database worker,
its changes announced once, a known refusal said in its words, a bug said as a bug."""

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt

from casetracker import paths
from casetracker.errors import Conflict
from casetracker.services import cases, people
from casetracker.ui.executor import DatabaseExecutor
from casetracker.ui.operations import Change

NOTE = "Встреча с адвокатом в среду"


@pytest.fixture
def editor(qtbot, window, store):
    with store.transaction() as session:
        person = people.add_person(session, "tester", people.PersonDraft(name="Вера Новикова")).person
        number = cases.add_case(
            session, "tester", person.id, "asylum", "DE", opened_on=date(2024, 3, 1)
        ).number
    opened = window.open_case(number)
    opened.tabs.setCurrentWidget(opened.notes)
    return opened


def notes_of(store, number) -> list[str]:
    with store.reading() as session:
        return [note.text for note in cases.case_detail(session, number).notes]


def add_note(qtbot, editor, text: str = NOTE) -> None:
    editor.notes.text.setPlainText(text)
    qtbot.mouseClick(editor.notes.add_button, Qt.MouseButton.LeftButton)


def test_a_save_runs_on_the_database_worker_and_is_announced_once(qtbot, window, editor, store):
    window.context.executor = DatabaseExecutor()
    announced, threads = [], []
    window.context.changed.connect(announced.append)
    real_add_note = cases.add_note

    def add_note_noting_the_thread(*arguments, **keywords):
        threads.append(threading.get_ident())
        return real_add_note(*arguments, **keywords)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cases, "add_note", add_note_noting_the_thread)
        add_note(qtbot, editor)
        qtbot.waitUntil(lambda: editor.notes.text.toPlainText() == "", timeout=5000)
    window.context.executor.wait()
    assert notes_of(store, editor.number) == [NOTE]
    assert threads and threads[0] != threading.get_ident()  # not on the GUI thread
    assert announced == [Change.CASES]  # once, typed: every view that shows a case reloads
    qtbot.waitUntil(lambda: NOTE in editor.notes.view.toPlainText(), timeout=5000)


def test_a_refusal_is_said_in_its_own_words_and_nothing_is_announced(
    qtbot, window, editor, store, said, monkeypatch
):
    announced = []
    window.context.changed.connect(announced.append)

    def refuse(*_arguments, **_keywords):
        raise Conflict("The case was closed in another window; reopen it to add notes.")

    monkeypatch.setattr(cases, "add_note", refuse)
    add_note(qtbot, editor)
    assert said == ["The case was closed in another window; reopen it to add notes."]
    assert announced == [] and editor.notes.text.toPlainText() == NOTE  # what was typed is kept
    assert notes_of(store, editor.number) == []


def test_a_bug_rolls_back_and_is_said_with_where_its_notice_is_never_with_its_message(
    qtbot, window, editor, store, said, monkeypatch
):
    announced = []
    window.context.changed.connect(announced.append)
    real_add_note = cases.add_note

    def add_then_fail(session, actor, number, text):
        real_add_note(session, actor, number, text)  # written, then the transaction fails
        raise ValueError(f"unexpected: {text}")

    monkeypatch.setattr(cases, "add_note", add_then_fail)
    add_note(qtbot, editor)
    [shown] = said
    assert "Something went wrong inside the app, and the last change was not saved" in shown
    assert NOTE not in shown
    [notice] = paths.crash_notices_dir().iterdir()
    assert str(notice) in shown
    assert "ValueError" in notice.read_text(encoding="utf-8") and NOTE not in notice.read_text(
        encoding="utf-8"
    )
    assert notes_of(store, editor.number) == [] and announced == []  # one transaction: nothing stayed
    assert editor.notes.text.toPlainText() == NOTE
