"""The case editor's rules panel in the caseworker's language, and a history a person can read."""

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casetracker.dates import PartialDate
from casetracker.services import cases, evaluation, people
from casetracker.ui import launcher
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.settings import LANGUAGE
from tests.gui.typing import type_text

SUMMARY = "Left through Verkhny Lars; the brother was questioned twice."


@pytest.fixture
def number(store) -> str:
    """A German asylum case refused in 2024 with no notification and no appeal recorded."""
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Всеслава Кручинина")).person
        case = cases.add_case(session, "t", person.id, "asylum", "DE", opened_on=date(2023, 3, 1))
        cases.update_case(session, "t", case.number, summary=SUMMARY)
        cases.add_event(session, "t", case.number, "decision_negative", PartialDate(date(2024, 2, 20)))
        evaluation.refresh_deadlines(session, "t", case)
    return case.number


def test_the_rules_panel_speaks_russian_after_the_language_switch(qtbot, store, store_dir, settings, number):
    session = launcher.Session(QApplication.instance(), settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    english = session.window.open_case(number).rules.toPlainText()
    overdue_en = r"The last day to challenge the refusal of the asylum claim, 2024-02-27, passed \d+ days ago"
    assert re.search(overdue_en, english)
    settings.set(LANGUAGE, "ru")
    try:
        session.switch_language()
        qtbot.addWidget(session.window)
        editor = session.window.open_case(number)
        editor.tabs.setCurrentWidget(editor.rules)
        shown = editor.rules.toPlainText()
    finally:
        settings.set(LANGUAGE, "en")
        session.switch_language()
        qtbot.addWidget(session.window)
    overdue = re.search(
        r"Последний день обжалования отказа в убежище \(27\.02\.2024\) прошёл (\d+) (день|дня|дней) назад, "
        r"а жалоба не записана\.",
        shown,
    )
    assert overdue, shown
    days = int(overdue.group(1))
    assert overdue.group(2) == ("день" if days % 10 == 1 and days % 100 != 11 else overdue.group(2))
    assert "Срок обжалования отказа в убежище (Германия) отсчитывается от уведомления" in shown
    assert "В профиле «Германия» нет оценки риска экстрадиции или похищения" in shown
    assert "27.02.2024" in shown and "2024-02-27" not in shown  # deadlines and findings: DD.MM.YYYY
    assert "The last day to challenge" not in shown and "no appeal is recorded" not in shown
    assert "Обжалование решения" in shown  # the kind of deadline, in the deadlines table
    assert re.search(overdue_en, session.window.open_case(number).rules.toPlainText())  # English again
    store.close()


def test_history_names_records_and_fields_and_shows_short_values_old_to_new(qtbot, window, store, number):
    editor = window.open_case(number)
    editor.tabs.setCurrentWidget(editor.history)
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)  # Open → Waiting
    type_text(editor.lawyer, "Аделаида Примерова")
    qtbot.keyClick(editor.lawyer, Qt.Key.Key_Return)
    with store.session() as session:
        stored = cases.find_case(session, number)
        assert (stored.status, stored.lawyer) == ("waiting", "Аделаида Примерова")
    history = editor.history.toPlainText()
    assert "Status: Open → Waiting" in history
    assert "Lawyer" in history and "Аделаида Примерова" not in history  # free text is named, not quoted
    assert "Summary" in history and SUMMARY not in history
    assert "Event · Negative asylum decision" in history and "Date: 2024-02-20" in history
    assert "Deadline · Challenge the decision" in history and "Due: 2024-02-27" in history
    assert "Added" in history and "Changed" in history
    for raw in ("case_file", "case event", "decision_negative", "status,", "opened_on", "update"):
        assert raw not in history
    newest = history.index("Status: Open → Waiting")
    assert newest < history.index("Event · Negative asylum decision")  # newest first


def test_a_deadline_s_status_in_the_history_is_named_as_a_deadline_s_not_a_case_s(
    qtbot, window, store, number
):
    with store.transaction() as session:
        deadline = cases.add_deadline(session, "t", number, date(2099, 1, 1), "appeal")
        cases.set_deadline_status(session, "t", deadline.id, "done")
    editor = window.open_case(number)
    editor.tabs.setCurrentWidget(editor.history)
    assert "Status: Pending → Done" in editor.history.toPlainText()
    assert "Status: Open → Done" not in editor.history.toPlainText()


def test_a_deadline_passed_and_still_open_reads_overdue_not_pending(qtbot, window, store, number):
    with store.transaction() as session:
        cases.add_deadline(session, "t", number, date(2099, 1, 1), "appeal")  # still ahead
    editor = window.open_case(number)
    editor.tabs.setCurrentWidget(editor.rules)
    lines = editor.rules.toPlainText().splitlines()  # a deadline's day, kind, status, origin: a line each
    status = {
        lines[at]: lines[at + 2] for at, line in enumerate(lines) if re.fullmatch(r"\d{4}-\d\d-\d\d", line)
    }
    assert status == {"2024-02-27": "Overdue", "2099-01-01": "Pending"}
