"""The global search dialog: typing shows hits; Enter opens the first one."""

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings

from casetracker.services import cases, people
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.settings import AppSettings
from casetracker.ui.views.search import SearchDialog


def test_typing_finds_and_enter_opens(qtbot, store, tmp_path):
    with store.transaction() as session:
        person = people.add_person(
            session, "t", people.PersonDraft("Щеглов Иван", other_names=("SHCHEGLOV",))
        )
        case = cases.add_case(session, "t", person.person.id, "asylum", "FR", summary="Refused in Calais")
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    dialog = SearchDialog(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.query, "Chtcheglov")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)  # after the pause in typing
    assert "Щеглов Иван" in dialog.results.item(0).text()
    with qtbot.waitSignal(dialog.open_person) as opened:
        qtbot.keyClick(dialog.query, "\r")
    assert opened.args == [person.person.id.hex]
    dialog.query.setText("Calais")
    with qtbot.waitSignal(dialog.open_case) as opened:
        qtbot.keyClick(dialog.query, "\r")
    assert opened.args == [case.number]
