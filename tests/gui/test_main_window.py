"""The desktop app starts on a demo store and shows its cases."""

from PySide6.QtCore import QSettings

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


def test_the_caseworker_filter_lists_every_caseworker_and_learns_new_ones(qtbot, store, tmp_path):
    from casetracker.services import cases, people
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


def _run_python(code: str) -> str:
    import os
    import subprocess
    import sys

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_unlock_dialog_needs_no_database_layer_so_it_appears_at_once():
    """The database layer and services take most of a second to load; the dialog must not wait."""
    out = _run_python(
        "import sys\n"
        "from casetracker.app import main\n"
        "from casetracker.ui import launcher, unlock\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'casetracker.services') if m in sys.modules))\n"
    )
    assert out.strip() == "[]"


def test_the_app_loads_its_modules_in_the_background_while_the_dialog_waits():
    out = _run_python(
        "import sys\n"
        "from casetracker.ui import preload\n"
        "preload.start(); preload.wait()\n"
        "print(all(name in sys.modules for name in preload.HEAVY_MODULES))\n"
    )
    assert out.strip() == "True"


def test_a_plain_start_is_told_apart_from_a_command():
    from pathlib import Path

    from casetracker.start_options import desktop_start

    assert desktop_start([]).command is None
    assert desktop_start(["--store", "/tmp/cases"]).store == Path("/tmp/cases")
    assert desktop_start(["--demo"]).demo
    for argv in (["case", "list"], ["--store", "x", "check"], ["--help"], ["--version"], ["--bogus"]):
        assert desktop_start(argv) is None  # the full command line handles (or explains) these


def test_a_bug_in_a_window_is_logged_without_its_message(capsys, caplog, monkeypatch):
    from casetracker.errors import StoreLocked
    from casetracker.ui import launcher, messages

    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))

    for error in (ValueError("Вера Новикова, EE-2024-0001"), StoreLocked()):
        try:
            raise error
        except Exception as raised:  # as Qt hands an exception escaping a slot to the hook
            launcher._unexpected(type(raised), raised, raised.__traceback__)
    said = capsys.readouterr().err + caplog.text
    assert "ValueError" in caplog.text and "unexpected error" in said
    assert "Новикова" not in said and "EE-2024-0001" not in said
    assert "StoreLocked" not in said  # a view answering after the app locked is not a bug
    assert len(shown) == 1 and "Новикова" not in shown[0]  # shown once, for the bug only
