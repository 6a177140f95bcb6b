"""Finding people and cases however the name is spelled, from the lists and the global search."""

import pytest
from PySide6.QtCore import QSettings, Qt

from casetracker.services import people
from casetracker.services.demo import fill_demo_store
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings
from casetracker.ui.views.people import NewPersonDialog
from tests.gui.typing import type_text


@pytest.fixture
def window(qtbot, store, tmp_path) -> MainWindow:
    with store.transaction() as session:
        fill_demo_store(session)
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_case_list_finds_a_cyrillic_name_typed_in_a_german_spelling(qtbot, window):
    window.focus_search()
    qtbot.keyClicks(window.case_list.search, "Lawotschkin")  # Лавочкин, as a German decision writes it
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=3000)
    assert window.case_list.model.number_at(0) == "EE-2022-0001"


def test_the_global_search_opens_a_person_and_a_case_found_by_any_spelling(qtbot, window):
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_F, control_shift)
    dialog = window.search_dialog
    type_text(dialog.query, "Сугроб")  # a Cyrillic prefix of a name stored in both scripts
    dialog.run_search()
    texts = [dialog.results.topLevelItem(row).text(0) for row in range(dialog.results.topLevelItemCount())]
    assert texts and "Сугробов" in texts[0]
    dialog.results.setCurrentItem(dialog.results.topLevelItem(0))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.navigation.currentRow() == 2
    assert "Сугробов" in window.people.list.currentItem().text()
    dialog.query.clear()
    qtbot.keyClicks(dialog.query, "Bishkek")  # an event place
    dialog.run_search()
    texts = [dialog.results.topLevelItem(row).text(0) for row in range(dialog.results.topLevelItemCount())]
    row = next(row for row, text in enumerate(texts) if "KG-2023-0001" in text)
    dialog.results.setCurrentItem(dialog.results.topLevelItem(row))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.current_case().number == "KG-2023-0001"


def test_adding_someone_already_known_warns_first_and_adds_only_on_a_second_click(qtbot, window, store):
    dialog = NewPersonDialog(window.context, window)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Лев Сугробов")
    qtbot.keyClicks(dialog.birth_date, "22.01.1994")
    dialog.ok_button.click()
    assert not dialog.duplicates.isHidden() and "already in the store" in dialog.duplicates.heading.text()
    assert any("Лев Игоревич Сугробов" in line for line in dialog.duplicates.listed())
    with store.session() as session:
        assert len(people.find_people(session, "Сугробов")) == 1
    dialog.ok_button.click()  # the caseworker checked: a different person
    with store.session() as session:
        assert len(people.find_people(session, "Сугробов")) == 2


def test_the_people_list_finds_a_name_typed_in_a_french_spelling(qtbot, window):
    window.navigation.setCurrentRow(2)
    people_view = window.people
    qtbot.keyClicks(people_view.search, "Tchernoknijnikova")  # Чернокнижникова, in a French decision
    qtbot.keyClick(people_view.search, Qt.Key.Key_Return)
    shown = [people_view.list.item(row).text() for row in range(people_view.list.count())]
    assert len(shown) == 1 and "Чернокнижникова" in shown[0]
