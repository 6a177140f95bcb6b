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
