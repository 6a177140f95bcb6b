"""The main window lists the cases, names a broken rule profile and learns new caseworkers."""

from PySide6.QtCore import QSettings

from casetracker.services import cases, people
from casetracker.services.demo import fill_demo_store
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings


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
    assert str(store.paths.root) in window.statusBar().currentMessage()
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
