"""A decision recorded on the timeline with its procedure and country, and the deadline it gets: its
legal basis, the procedure assumed, the alternatives, and whether the profile vouches for it; an
impossible date is refused next to the field."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from casetracker.services import cases, people
from casetracker.services.demo import fill_demo_store
from casetracker.store.models import Event
from tests.gui.typing import type_text


@pytest.fixture
def number(store) -> str:
    """A Dutch asylum case with no decision yet."""
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Мирослава Заречная")).person
        return cases.add_case(session, "t", person.id, "asylum", "NL", opened_on=date(2026, 1, 5)).number


def add_event(qtbot, timeline, kind: str, day: date, *, procedure: str = "", country: str = "") -> None:
    timeline.kind.setCurrentIndex(timeline.kind.findData(kind))
    timeline.procedure.setCurrentIndex(timeline.procedure.findData(procedure))
    timeline.country.setCurrentIndex(timeline.country.findData(country))
    type_text(timeline.date, day.isoformat())
    qtbot.mouseClick(timeline.save_button, Qt.MouseButton.LeftButton)


def stored_events(store, number) -> list[Event]:
    with store.session() as session:
        return cases.case_detail(session, number).events


def test_the_procedure_is_asked_for_decisions_only_and_stored_with_them(qtbot, window, store, number):
    editor = window.open_case(number)
    timeline = editor.timeline
    timeline.kind.setCurrentIndex(timeline.kind.findData("entry"))
    assert not timeline.procedure.isVisibleTo(editor)  # an entry has no procedure
    decided = date.today() - timedelta(days=2)
    add_event(qtbot, timeline, "decision_negative", decided, procedure="normal")
    assert timeline.procedure.isVisibleTo(editor)
    [event] = stored_events(store, number)
    assert (event.kind, event.procedure, event.country) == ("decision_negative", "normal", "")
    assert timeline.table.item(0, 1).text() == "Negative asylum decision · General procedure"
    editor.tabs.setCurrentWidget(editor.rules)
    shown = editor.rules.toPlainText()
    assert "Challenge the decision" in shown and "Procedure recorded: general procedure." in shown
    assert "By procedure" not in shown  # the recorded procedure's period alone


def test_an_unrecorded_procedure_shows_every_period_and_the_earliest_governs(qtbot, window, store, number):
    editor = window.open_case(number)
    decided = date.today() - timedelta(days=2)
    add_event(qtbot, editor.timeline, "decision_negative", decided)
    [event] = stored_events(store, number)
    assert event.procedure == ""
    shown = editor.rules.toPlainText()
    assert "The procedure is not recorded, so the earliest period that may apply is given" in shown
    assert "By procedure:" in shown and "28 days" in shown  # the extended procedure's four weeks, listed
    with store.session() as session:
        [deadline] = [d for d in cases.case_detail(session, number).deadlines if d.kind == "remedy"]
    assert deadline.due <= decided + timedelta(days=8)  # the week, not the four weeks of the extended one


def test_a_decision_taken_in_another_country_follows_that_countrys_rules(qtbot, window, store, number):
    editor = window.open_case(number)
    add_event(qtbot, editor.timeline, "entry_denied", date.today() - timedelta(days=3), country="FI")
    [event] = stored_events(store, number)
    assert event.country == "FI"
    assert editor.timeline.table.item(0, 2).text() == "FI"
    shown = editor.rules.toPlainText()
    assert "FI.remedy.entry_denied" in shown and "NL.remedy.entry_denied" not in shown


def test_an_impossible_date_is_refused_next_to_the_field_and_nothing_is_stored(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
    editor = window.open_case("GE-2022-0001")
    before = editor.timeline.table.rowCount()
    qtbot.keyClicks(editor.timeline.date, "2023-02-30")
    qtbot.mouseClick(editor.timeline.save_button, Qt.MouseButton.LeftButton)
    assert "Not a date" in editor.timeline.date_error.text()
    assert editor.timeline.table.rowCount() == before
    editor.timeline.date.clear()
    editor.timeline.kind.setCurrentIndex(editor.timeline.kind.findData("exit"))
    qtbot.keyClicks(editor.timeline.date, "2021-01-01")  # before the entry of 2022-03-05
    qtbot.mouseClick(editor.timeline.save_button, Qt.MouseButton.LeftButton)
    assert "before the first entry" in editor.timeline.date_error.text()
    with store.session() as session:
        assert len(cases.case_detail(session, "GE-2022-0001").events) == before


def test_the_delete_key_on_a_selected_row_asks_to_move_that_event_to_the_trash(
    qtbot, window, store, number, said
):
    timeline = window.open_case(number).timeline
    add_event(qtbot, timeline, "entry", date(2025, 3, 1))
    add_event(qtbot, timeline, "application_filed", date(2025, 3, 4))
    timeline.table.setFocus()
    timeline.table.selectRow(1)
    qtbot.keyClick(timeline.table, Qt.Key.Key_Delete)
    assert said and "4 Mar 2025" in said[-1]  # the question names the event's day
    assert [event.kind for event in stored_events(store, number)] == ["entry"]
    assert timeline.table.rowCount() == 1


def test_typing_an_event_kind_with_a_space_chooses_it_and_loses_no_key(qtbot, window, number):
    timeline = window.open_case(number).timeline
    timeline.kind.setFocus()
    qtbot.keyClicks(timeline.kind, "Entry d")  # past "Entry" to "Entry denied": the space opens no list
    assert not timeline.kind.view().isVisible()
    assert timeline.kind.currentData() == "entry_denied"
