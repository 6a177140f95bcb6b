"""The global search dialog: typing shows hits; Enter opens the first one."""

import pytest

pytest.importorskip("pytestqt")

from casetracker.services import cases, people
from casetracker.ui.views.search import SearchDialog


class _Context:
    def __init__(self, store):
        self.store = store

    def read(self, work):
        with self.store.session() as session:
            return work(session)


def test_typing_finds_and_enter_opens(qtbot, store):
    with store.transaction() as session:
        person = people.add_person(
            session, "t", people.PersonDraft("Щеглов Иван", other_names=("SHCHEGLOV",))
        )
        case = cases.add_case(session, "t", person.person.id, "asylum", "FR", summary="Refused in Calais")
    dialog = SearchDialog(_Context(store))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.query, "Chtcheglov")
    dialog.run_search()
    assert dialog.results.count() == 1
    assert "Щеглов Иван" in dialog.results.item(0).text()
    with qtbot.waitSignal(dialog.open_person) as opened:
        qtbot.keyClick(dialog.query, "\r")
    assert opened.args == [person.person.id.hex]
    dialog.query.setText("Calais")
    with qtbot.waitSignal(dialog.open_case) as opened:
        qtbot.keyClick(dialog.query, "\r")
    assert opened.args == [case.number]
