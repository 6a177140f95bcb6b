"""The warning about someone already known: who and why in the interface's language, and a way to them."""

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from casetracker.services import people
from casetracker.services.duplicates import DuplicateMatch
from casetracker.ui.duplicate_warning import DuplicateWarning
from casetracker.ui.i18n import install_language
from casetracker.ui.views.people import NewPersonDialog
from tests.gui.typing import type_text


@pytest.fixture
def in_russian():
    install_language(QApplication.instance(), "ru")
    yield
    install_language(QApplication.instance(), "en")


def test_in_russian_the_warning_has_no_english_left(qtbot, in_russian, window, store):
    with store.transaction() as session:
        people.add_person(
            session, "t", people.PersonDraft("Лев Игоревич Сугробов", birth_date=date(1994, 1, 22))
        )
    dialog = NewPersonDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Лев Сугробов")
    qtbot.keyClicks(dialog.birth_date, "22.01.1994")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    warning = dialog.duplicates
    shown = [warning.heading.text(), warning.hint.text(), warning.open_button.text(), *warning.listed()]
    assert warning.isVisible() and "одинаковая дата рождения" in warning.listed()[0]
    assert [text for text in shown if re.search("[A-Za-z]", text)] == []


def test_a_long_list_scrolls_inside_the_warning_and_the_form_above_keeps_its_height(qtbot):
    form = QWidget()
    layout = QVBoxLayout(form)
    field = QWidget()
    field.setMinimumHeight(30)
    warning = DuplicateWarning("Open that person")
    layout.addWidget(field)
    layout.addWidget(warning)
    qtbot.addWidget(form)
    form.resize(400, 200)
    form.show()

    matches = [
        DuplicateMatch(person_id=f"id{n}", name=f"Person {n}", score=0.9, reasons=("same name",))
        for n in range(12)
    ]
    with qtbot.waitSignal(warning.chosen) as chosen:
        warning.show_matches(matches)
        assert warning.matches.height() <= warning.matches.maximumHeight()
        assert field.height() >= 30
        warning.matches.setCurrentRow(5)
        qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args == ["id5"]
