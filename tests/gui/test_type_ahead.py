"""Typing into a drop-down: a space goes on with the search; a space on its own opens the list."""

import pytest
from PySide6.QtCore import Qt

from casetracker.ui.type_ahead import SearchableCombo


def combo(qtbot) -> SearchableCombo:
    shown = SearchableCombo()
    shown.addItems(["Entry", "Entry denied", "Exit", "Detention"])
    qtbot.addWidget(shown)
    shown.show()
    shown.setFocus()
    return shown


def test_a_space_within_a_search_goes_on_with_it(qtbot):
    typed = combo(qtbot)
    qtbot.keyClicks(typed, "entry de")
    assert typed.currentText() == "Entry denied"
    assert not typed.view().isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the headless screen cannot raise a popup
def test_a_space_on_its_own_still_opens_the_list(qtbot):
    typed = combo(qtbot)
    qtbot.keyClick(typed, Qt.Key.Key_Space)
    assert typed.view().isVisible()
    typed.hidePopup()
