"""The case list's rows: what makes a case urgent is said in words as well as by the tint."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from casetracker.services import cases, people


def test_a_passed_deadline_is_said_overdue_and_the_row_tinted(qtbot, window, store):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Лев Сугробов")).person
        late = cases.add_case(session, "t", person.id, "asylum", "GE", opened_on=date(2024, 3, 1)).number
        cases.add_deadline(session, "t", late, date(2024, 4, 1), "appeal")
        ahead = cases.add_case(session, "t", person.id, "other", "GE", opened_on=date(2024, 3, 2)).number
        cases.add_deadline(session, "t", ahead, date.today() + timedelta(days=60), "appeal")
    model = window.case_list.model
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    due = next(
        column
        for column in range(model.columnCount())
        if model.headerData(column, Qt.Orientation.Horizontal) == "Next deadline"
    )
    shown = {model.number_at(row): model.index(row, due) for row in range(2)}
    assert model.data(shown[late]) == "2024-04-01 · overdue"
    assert model.data(shown[late], Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(shown[ahead]) == (date.today() + timedelta(days=60)).isoformat()


def test_the_persons_risk_markers_are_marked_beside_their_name_and_named_in_the_tooltip(qtbot, window, store):
    with store.transaction() as session:
        wanted = people.add_person(session, "t", people.PersonDraft(name="Лев Сугробов")).person.id
        calm = people.add_person(session, "t", people.PersonDraft(name="Анна Волкова")).person.id
        people.set_marker(session, "t", wanted, people.MarkerDraft(marker="wanted_federal"))
        marked = cases.add_case(session, "t", wanted, "asylum", "GE", opened_on=date(2024, 3, 1)).number
        plain = cases.add_case(session, "t", calm, "asylum", "GE", opened_on=date(2024, 3, 2)).number
    model = window.case_list.model
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    person = next(
        column
        for column in range(model.columnCount())
        if model.headerData(column, Qt.Orientation.Horizontal) == "Person"
    )
    shown = {model.number_at(row): model.index(row, person) for row in range(2)}
    assert model.data(shown[marked], Qt.ItemDataRole.ToolTipRole) == "Risk markers: Federal wanted list"
    assert not model.data(shown[marked], Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(shown[plain], Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(shown[plain], Qt.ItemDataRole.DecorationRole) is None
