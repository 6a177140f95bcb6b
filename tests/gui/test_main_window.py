"""The main window lists the cases, names a broken rule profile and learns new caseworkers."""

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from casetracker.services import cases, people
from casetracker.services.demo import fill_demo_store
from casetracker.ui.context import AppContext
from casetracker.ui.dialog_size import SCREEN_SHARE
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.i18n import install_language
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings
from casetracker.ui.views.case_editor import AutosaveText


def make_window(qtbot, store, tmp_path) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_main_window_lists_the_cases_and_says_which_store_is_open(qtbot, store, tmp_path):
    with store.transaction() as session:
        numbers = fill_demo_store(session)
    window = make_window(qtbot, store, tmp_path)
    model = window.case_list.model
    assert model.rowCount() == len(numbers)
    assert "KG-2023-0001" in {model.number_at(row) for row in range(model.rowCount())}
    assert str(store.paths.root) in window.store_line.text() and window.store_line.isVisible()
    assert window.windowTitle() == "Exile Case Tracker"


def test_a_broken_rule_profile_is_named_and_the_others_still_load(qtbot, store, monkeypatch, tmp_path):
    import shutil

    from casetracker.resources import resource_path
    from casetracker.rules import load_profiles
    from casetracker.services import evaluation

    rules = tmp_path / "rules"
    shutil.copytree(resource_path("rules"), rules)
    (rules / "GE.toml").write_text('code = "GE"\nname = "Georgia"\n[[periods]]\neffective_from = "soon"\n')
    monkeypatch.setattr(evaluation, "load_shipped", lambda: load_profiles(rules))
    evaluation.shipped_profiles.cache_clear()
    try:
        window = make_window(qtbot, store, tmp_path)
        assert window.profile_warning.isVisible()
        assert "GE.toml" in window.profile_warning.text()
        profiles, _ = evaluation.shipped_profiles()
        assert "GE" not in profiles and "EE" in profiles
    finally:
        evaluation.shipped_profiles.cache_clear()


def test_the_caseworker_filter_lists_every_caseworker_and_learns_new_ones(qtbot, store, tmp_path):
    from casetracker.services import people
    from casetracker.services.people import PersonDraft

    with store.transaction() as session:
        fill_demo_store(session)
    window = make_window(qtbot, store, tmp_path)
    combo = window.case_list.caseworker
    before = {combo.itemData(index) for index in range(1, combo.count())}
    assert before and None not in before
    combo.setCurrentIndex(1)
    chosen = combo.currentData()

    def open_case(session, actor):
        person = people.add_person(session, actor, PersonDraft(name="Вера Новикова"))
        return cases.add_case(session, actor, person.person.id, "asylum", "DE", caseworker="Новый сотрудник")

    from casetracker.ui.operations import Change

    window.context.op(window, open_case, writes=Change.CASES).run()
    names = [combo.itemData(index) for index in range(1, combo.count())]
    assert "Новый сотрудник" in names
    assert combo.currentData() == chosen  # refilling the choices keeps the caseworker's filter


def test_window_titles_never_show_personal_data(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
        name = people.list_people(session)[0].name
    window.open_case("KG-2023-0001")
    assert window.windowTitle() == "Exile Case Tracker"
    assert name not in window.windowTitle()


def _mnemonics(texts: list[str]) -> list[str]:
    """The access key of each menu text: the letter after its single '&'."""
    keys = []
    for text in texts:
        found = re.findall(r"&([^&])", text.replace("&&", ""))
        assert len(found) == 1, text
        keys.append(found[0].upper())
    return keys


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_menu_item_has_a_latin_access_key_of_its_own_in_both_languages(
    qtbot, store, tmp_path, language
):
    install_language(QApplication.instance(), language)
    try:
        window = make_window(qtbot, store, tmp_path)
        menus = [action for action in window.menuBar().actions()]
        titles = _mnemonics([menu.text() for menu in menus])
        assert all(key.isascii() and key.isalpha() for key in titles) and len(set(titles)) == len(titles)
        assert len(menus) >= 3  # Case, Data, Help
        for menu in menus:
            items = [item for item in menu.menu().actions() if not item.isSeparator()]
            keys = _mnemonics([item.text() for item in items])
            assert all(key.isascii() and key.isalpha() for key in keys), [item.text() for item in items]
            assert len(set(keys)) == len(keys), [item.text() for item in items]
            assert all(not item.icon().isNull() for item in items)
    finally:
        install_language(QApplication.instance(), "en")


def test_the_toolbar_holds_the_days_actions_and_new_person_opens_its_form(qtbot, window):
    from casetracker.ui.views.people import NewPersonDialog

    toolbar = window.toolbar
    words = [action.iconText() for action in toolbar.actions() if not action.isSeparator()]
    assert words == ["New case", "New person", "Search", "PDF", "Back up", "Lock"]
    assert all(not action.icon().isNull() for action in toolbar.actions() if not action.isSeparator())
    qtbot.mouseClick(toolbar.widgetForAction(window.new_person_action), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewPersonDialog))
    assert window.pages.currentWidget() is window.people
    QApplication.activeModalWidget().reject()


def test_a_case_action_with_no_case_open_says_why_in_the_status_bar_and_the_store_line_stays(
    qtbot, window, said
):
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Open a case first: a new event goes on its timeline."
    window.summary_action.trigger()
    assert window.statusBar().currentMessage() == "Open a case first: the PDF summary is of the case shown."
    assert said == []
    assert str(window.context.store.paths.root) in window.store_line.text() and window.store_line.isVisible()


def test_about_says_the_version_the_licence_and_where_the_files_are(qtbot, window):
    from casetracker import __version__, paths
    from casetracker.ui.about import AboutDialog

    window.about_action.trigger()
    about = window.findChild(AboutDialog)
    assert about.isVisible()
    text = " ".join(label.text() for label in about.findChildren(QLabel))
    store_paths = window.context.store.paths
    for expected in (
        __version__,
        "GNU General Public License",
        str(store_paths.root),
        str(store_paths.backups),
    ):
        assert expected in text
    assert str(paths.crash_notices_dir()) in text
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


def test_quit_closes_the_window_and_keeps_the_note_being_typed(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
    editor = window.open_case("KG-2023-0001")
    editor.tabs.setCurrentWidget(editor.notes)
    note = editor.findChildren(AutosaveText)[0]
    note.setFocus()
    qtbot.keyClicks(note, " typed before quitting")
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    with store.reading() as session:
        assert "typed before quitting" in str(cases.case_detail(session, "KG-2023-0001").case)


def test_in_a_dark_palette_text_stays_readable_and_icons_turn_light(dark_demo_window):
    window = dark_demo_window
    window.open_case("KG-2023-0001")
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        unreadable = [
            label.text()[:40]
            for label in window.findChildren(QLabel)
            if label.isVisible() and label.text() and contrast(label) < 3
        ]
        assert unreadable == []
    glyph = window.lock_action.icon().pixmap(24, 24).toImage()
    inked = [
        glyph.pixelColor(x, y) for x in range(24) for y in range(24) if glyph.pixelColor(x, y).alpha() > 200
    ]
    assert inked and all(colour.lightness() > 150 for colour in inked)


def contrast(label: QLabel) -> float:
    """The contrast ratio (WCAG) of a label's text on the window behind it, as it is drawn."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    text = luminance(label.palette().color(label.foregroundRole()))
    ground = luminance(label.palette().color(QPalette.ColorRole.Window))
    return (max(text, ground) + 0.05) / (min(text, ground) + 0.05)


def test_on_its_first_start_the_window_fits_the_screen_it_opens_on(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path)  # no size remembered yet
    room = window.screen().availableGeometry()
    assert window.height() <= room.height() * SCREEN_SHARE  # the status bar stays on screen
    assert window.width() <= max(room.width() * SCREEN_SHARE, window.minimumSizeHint().width())
