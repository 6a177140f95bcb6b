"""The desktop app starts on a demo store and shows its cases."""

from PySide6.QtCore import QSettings

from casetracker.services.demo import fill_demo_store
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings


def make_window(qtbot, store, tmp_path) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(store, settings, SynchronousExecutor(store)))
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


def test_demo_start_replaces_only_a_previous_demo_store(qtbot, monkeypatch, tmp_path):
    import pytest

    from casetracker import paths
    from casetracker.errors import StoreExists
    from casetracker.store.database import create_store
    from casetracker.ui import launcher

    monkeypatch.setattr(paths, "demo_store_dir", lambda: tmp_path / "demo")
    first = launcher.open_demo_store()
    first.close()
    second = launcher.open_demo_store()  # a new demo store over the old one
    assert second.is_demo
    second.close()

    real = tmp_path / "real"
    create_store(real, "a real passphrase").close()
    monkeypatch.setattr(paths, "demo_store_dir", lambda: real)
    with pytest.raises(StoreExists):  # a real store is never deleted to make room for a demo
        launcher.open_demo_store()
    assert (real / "cases.db").exists()


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
