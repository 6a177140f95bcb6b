"""A new case typed in the dialog gets its deadlines on the dashboard."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casetracker.services import cases, people
from casetracker.ui.views.new_case import NewCaseDialog
from tests.gui.typing import type_text


def test_a_new_case_with_a_cyrillic_name_gets_its_appeal_deadline_on_the_dashboard(
    qtbot, window, monkeypatch
):
    def fill_and_accept(dialog: NewCaseDialog):
        type_text(dialog.new_person, "Всеволод Щеглов")
        dialog.kind.setCurrentIndex(dialog.kind.findData("asylum"))
        dialog.country.setCurrentIndex(dialog.country.findData("DE"))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewCaseDialog, "exec", fill_and_accept)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.current_case()
    assert editor is not None and editor.number.startswith("DE-")
    timeline = editor.timeline
    notified = date.today() - timedelta(days=3)
    for kind, day in (("decision_negative", notified - timedelta(days=2)), ("notified", notified)):
        timeline.kind.setCurrentIndex(timeline.kind.findData(kind))
        qtbot.keyClicks(timeline.date, day.isoformat())
        type_text(timeline.place, "Берлин")
        qtbot.keyClick(timeline.place, Qt.Key.Key_Return)
    assert timeline.table.rowCount() == 2
    assert timeline.table.item(1, 2).text() == "Берлин"
    # No procedure recorded: of the German periods (two weeks, one week in several procedures) the
    # earliest governs the dashboard.
    due = (notified + timedelta(days=7)).isoformat()
    window.navigation.setCurrentRow(0)
    shown = [window.dashboard.upcoming.item(row).text() for row in range(window.dashboard.upcoming.count())]
    assert any(text.startswith(due) and editor.number in text for text in shown), shown
    with window.context.store.session() as session:
        detail = cases.case_detail(session, editor.number)
    assert detail.person.person.name == "Всеволод Щеглов"
    assert {d.due.isoformat() for d in detail.deadlines} >= {due}


def test_the_country_is_the_newest_cases_or_asked_for_never_the_first_of_the_list(qtbot, window, store):
    dialog = NewCaseDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.country.currentData() is None and dialog.country.currentText() == "Choose a country…"
    type_text(dialog.new_person, "Всеволод Щеглов")
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Return)
    assert dialog.error.text() == "Choose the country of the case." and dialog.number is None
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Return)
    assert dialog.number.startswith("GE-")
    following = NewCaseDialog(window.context, window)
    qtbot.addWidget(following)
    assert following.country.currentData() == "GE"


def test_a_new_name_like_a_known_persons_offers_that_person_and_the_case_is_theirs(qtbot, window, store):
    with store.transaction() as session:
        known = people.add_person(session, "t", people.PersonDraft(name="Лев Игоревич Сугробов")).person.id
    dialog = NewCaseDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    type_text(dialog.new_person, "Лев Сугробов")
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Return)
    assert dialog.duplicates.isVisible() and dialog.number is None
    assert dialog.duplicates.listed()[0].startswith("Лев Игоревич Сугробов — ")
    qtbot.mouseClick(dialog.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.duplicates.isVisible() and dialog.new_person.text() == ""
    assert dialog.matches.currentItem().text() == "Лев Игоревич Сугробов"
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Return)
    with store.session() as session:
        assert cases.case_detail(session, dialog.number).person.person.id == known
        assert len(people.find_people(session, "Сугробов")) == 1


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2024-13-01", "no month 13"),
        ("31.04.2024", "that month has 30 days"),
        ("01.01.2150", "outside the years 1900–2099"),
    ],
)
def test_a_wrong_opening_date_is_named_precisely_and_no_case_is_made(qtbot, window, store, typed, said):
    dialog = NewCaseDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    type_text(dialog.new_person, "Всеволод Щеглов")
    qtbot.keyClick(dialog.opened, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.opened, typed)
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("Opening date:") and said in dialog.error.text()
    assert dialog.number is None
    with store.session() as session:
        assert cases.list_cases(session) == []
