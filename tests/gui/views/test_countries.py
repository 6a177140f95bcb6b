"""The Countries page: a profile read as translated sentences, today first, with no sideways scrolling."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from casetracker.ui.i18n import install_language


@pytest.fixture
def russian():
    install_language(QApplication.instance(), "ru")
    yield
    install_language(QApplication.instance(), "en")


def open_countries(qtbot, window):
    window.navigation.setCurrentRow(3)
    return window.countries


def click_country(qtbot, view, name: str) -> None:
    item = view.list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    view.list.scrollToItem(item)
    qtbot.mouseClick(
        view.list.viewport(), Qt.MouseButton.LeftButton, pos=view.list.visualItemRect(item).center()
    )


def test_a_country_reads_as_sentences_with_today_first(qtbot, window):
    view = open_countries(qtbot, window)
    click_country(qtbot, view, "United Arab Emirates")
    shown = view.text.toPlainText()
    assert shown.startswith("United Arab Emirates")
    assert "Russian citizens enter without a visa." in shown
    assert "entry regime:" not in shown and "visa_on_arrival" not in shown and "[AE." not in shown
    assert "Russian citizens get a visa on arrival." not in shown  # a past rule, behind the link
    assert "Show the rules not in force today" in shown
    assert "law" in shown and "https://base.garant.ru/72167778/" in shown  # sources, their links as text


def test_the_rules_not_in_force_today_open_from_their_link(qtbot, window):
    view = open_countries(qtbot, window)
    click_country(qtbot, view, "United Arab Emirates")
    view.text.verticalScrollBar().setValue(view.text.verticalScrollBar().maximum())
    link = view.text.document().find("Show the rules not in force today")
    rect = view.text.cursorRect(link)
    qtbot.mouseClick(
        view.text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() - 20, rect.center().y())
    )
    shown = view.text.toPlainText()
    assert "Russian citizens get a visa on arrival." in shown
    assert "In force from 2017-02-01 to 2019-02-16." in shown
    assert "Hide the rules not in force today" in shown


def test_in_russian_the_countries_are_named_and_sorted_in_russian_and_the_page_is_russian(
    qtbot, russian, window
):
    view = open_countries(qtbot, window)
    names = [view.list.item(row).text() for row in range(view.list.count())]
    assert names == sorted(names, key=str.casefold) and "Германия" in names and "Germany" not in names
    click_country(qtbot, view, "Киргизия")
    shown = view.text.toPlainText()
    assert shown.startswith("Киргизия")
    assert "Риск выдачи: высокий." in shown and "Риск похищения: критический." in shown
    assert "Сверено с источником" in shown and "СМИ, вторичный источник" in shown
    assert "Не проверено: проверьте, прежде чем на это полагаться." in shown
    for english in ("Entry", "Stay limit", "checked against", "source (", "days allowed"):
        assert english not in shown


def test_long_addresses_wrap_instead_of_scrolling_sideways(qtbot, window):
    view = open_countries(qtbot, window)
    window.resize(900, 600)
    click_country(qtbot, view, "Kyrgyzstan")
    assert view.text.horizontalScrollBar().maximum() == 0
    assert view.text.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.text.document().idealWidth() <= view.text.viewport().width() + 1
