"""The global search dialog: typing shows hits, a person's cases beneath; Enter opens."""

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt

from casetracker.services import cases, people
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.settings import AppSettings
from casetracker.ui.views.search import SearchDialog
from tests.gui.typing import type_text


@pytest.fixture
def filled(store):
    with store.transaction() as session:
        person = people.add_person(
            session, "t", people.PersonDraft("Щеглов Иван", other_names=("SHCHEGLOV",))
        ).person
        first = cases.add_case(
            session, "t", person.id, "asylum", "FR", summary="Refused in Calais", opened_on=date(2023, 5, 2)
        )
        second = cases.add_case(
            session, "t", person.id, "detention_extradition", "KG", opened_on=date(2024, 2, 1)
        )
    return person, first, second


@pytest.fixture
def dialog(qtbot, store, tmp_path) -> SearchDialog:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = SearchDialog(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_typing_finds_and_enter_opens(qtbot, dialog, filled):
    person, first, _second = filled
    qtbot.keyClicks(dialog.query, "Chtcheglov")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1)  # after the pause in typing
    assert "Щеглов Иван" in dialog.results.topLevelItem(0).text(0)
    with qtbot.waitSignal(dialog.open_person) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened.args == [person.id.hex]
    dialog.query.setText("Calais")
    with qtbot.waitSignal(dialog.open_case) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened.args == [first.number]


def test_a_person_found_lists_their_cases_newest_first(qtbot, dialog, filled):
    _person, first, second = filled
    type_text(dialog.query, "Ščeglov")  # Czech, with its háčeks
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1)
    found = dialog.results.topLevelItem(0)
    listed = [found.child(row).text(0) for row in range(found.childCount())]
    assert listed == [
        f"{second.number}   ·   Detention, extradition   ·   Kyrgyzstan",
        f"{first.number}   ·   Asylum   ·   France",
    ]
    assert found.isExpanded()


def test_a_case_under_a_person_opens_with_enter_or_a_double_click(qtbot, dialog, filled):
    _person, first, second = filled
    qtbot.keyClicks(dialog.query, "Scheglov")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # from the box into the results
    assert dialog.results.hasFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)  # the person's first case
    with qtbot.waitSignal(dialog.open_case) as opened:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert opened.args == [second.number]
    assert not dialog.isVisible()
    dialog.show()
    found = dialog.results.topLevelItem(0)
    where = dialog.results.visualItemRect(found.child(1)).center()
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(dialog.open_case) as opened:  # QTest's double click is only its second half
        qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [first.number]
