"""The colours the views add (red, amber, blue, grey, green, tinted rows) read on light and dark palettes."""

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QListView, QTextEdit

from casetracker.ui import colours
from casetracker.ui.views.case_editor import CaseEditor
from tests.gui.palette_helpers import dark_palette

READABLE = 4.5  # WCAG AA for body text
_COLOUR = re.compile(r"(?<![-\w])color:\s*'?(#[0-9a-fA-F]{6})", re.IGNORECASE)
GROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)


def palettes() -> list[QPalette]:
    return [QApplication.style().standardPalette(), dark_palette()]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("role", colours.ROLES)
def test_each_colour_reads_on_the_window_and_the_lists_of_its_palette(qtbot, role, dark):
    palette = palettes()[dark]
    assert colours.is_dark(palette) == dark
    shade = colours.qcolour(role, palette)
    for ground in GROUNDS:
        assert colours.contrast(shade, palette.color(ground)) >= READABLE, (role, ground)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("kind", colours.TINTS)
def test_a_tinted_row_keeps_its_text_readable(qtbot, kind, dark):
    background, text = colours.tint(kind, palettes()[dark])
    assert colours.contrast(background, text) >= READABLE


def test_every_screen_drawn_in_a_dark_palette_uses_only_readable_colours(dark_demo_window):
    window = dark_demo_window
    seen: dict[str, float] = {}
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        seen |= shown_colours(window)
    window.open_case("KG-2023-0001")  # critical: a red alarm, red markers, red findings
    (editor,) = window.findChildren(CaseEditor)
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        seen |= shown_colours(window)
    assert seen, "no coloured text was found: the check looked at nothing"
    assert {name: ratio for name, ratio in seen.items() if ratio < READABLE} == {}
    assert colours.colour("alarm") in seen  # the critical case's red is drawn in its light shade


def shown_colours(window) -> dict[str, float]:
    """Every colour a style sheet, an HTML text or a list item puts on screen, with its worst contrast
    against the ground it is drawn on."""
    palette = window.palette()
    found: dict[str, float] = {}

    def note(name: str, grounds: list[QColor]) -> None:
        ratio = min(colours.contrast(QColor(name), ground) for ground in grounds)
        found[name.lower()] = min(ratio, found.get(name.lower(), ratio))

    window_grounds = [palette.color(QPalette.ColorRole.Window)]
    list_grounds = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)]
    for label in window.findChildren(QLabel):
        if label.isVisible():
            for name in _COLOUR.findall(label.styleSheet() + " " + label.text()):
                if "background" not in label.styleSheet():
                    note(name, window_grounds)
    for text in window.findChildren(QTextEdit):
        if text.isVisible():
            for name in _COLOUR.findall(text.toHtml()):
                note(name, list_grounds)
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None or isinstance(view, QHeaderView):
            continue
        for row in range(min(model.rowCount(), 30)):
            for column in range(1 if isinstance(view, QListView) else model.columnCount(QModelIndex())):
                index = model.index(row, column)
                foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
                if foreground is None:
                    continue
                background = model.data(index, Qt.ItemDataRole.BackgroundRole)
                shade = QColor(foreground.color() if hasattr(foreground, "color") else foreground)
                grounds = [QColor(background.color() if hasattr(background, "color") else background)]
                note(shade.name(), grounds if background is not None else list_grounds)
    return found
