"""The app and other processes on one store: nothing the caseworker types is silently dropped."""

import json

import sqlcipher3
from PySide6.QtCore import Qt

from casetracker.services import cases
from casetracker.services.demo import fill_demo_store
from tests.conftest import PASSPHRASE
from tests.gui.typing import type_text


def _edit_the_lawyer(qtbot, editor, text: str) -> None:
    editor.lawyer.setFocus()
    editor.lawyer.selectAll()
    type_text(editor.lawyer, text)
    qtbot.keyClick(editor.lawyer, Qt.Key.Key_Tab)  # leaving the field saves it


def test_a_passphrase_change_from_the_command_line_is_refused_and_the_next_edit_is_saved(
    qtbot, window, store, cli, said
):
    with store.transaction() as session:
        fill_demo_store(session)
    editor = window.open_case("EE-2022-0001")
    result = cli("passphrase", env_new="a passphrase changed meanwhile", check=False)
    assert result.returncode == 1 and "open elsewhere" in result.stderr
    _edit_the_lawyer(qtbot, editor, "Адвокат Сидорова")
    with store.session() as session:
        assert cases.find_case(session, "EE-2022-0001").lawyer == "Адвокат Сидорова"
    assert said == []


def test_an_edit_that_cannot_be_saved_because_the_key_changed_is_said_not_only_logged(
    qtbot, window, store, store_dir, said
):
    with store.transaction() as session:
        fill_demo_store(session)
    editor = window.open_case("EE-2022-0001")
    connection = sqlcipher3.connect(str(store_dir / "cases.db"))  # as the stock tool would
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    connection.execute("PRAGMA kdf_iter = 4000")
    connection.execute("PRAGMA rekey = 'changed with the stock tool'")
    connection.close()
    _edit_the_lawyer(qtbot, editor, "Адвокат Сидорова")
    assert len(said) == 1 and "was not saved" in said[0] and "Lock the app" in said[0]


def test_a_case_added_from_the_command_line_shows_in_the_open_window(
    qtbot, window, store, cli, said, monkeypatch
):
    window.context.watch_ms = 20  # asked often, so that the test need not wait
    window.context.watch_other_writers()
    try:
        window.navigation.setCurrentRow(1)  # the list of cases
        assert window.case_list.model.rowCount() == 0
        person = json.loads(cli("person", "add", "--name", "Анна Смирнова", "--json").stdout)
        case = json.loads(
            cli(
                "case", "add", "--person", person["id"], "--kind", "asylum", "--country", "GE", "--json"
            ).stdout
        )
        qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
        assert window.case_list.model.number_at(0) == case["number"]
        _edit_the_lawyer(qtbot, window.open_case(case["number"]), "Адвокат Сидорова")  # the app's own write
        with store.session() as session:
            assert cases.find_case(session, case["number"]).lawyer == "Адвокат Сидорова"
    finally:
        window.context.stop_watching()
    assert said == []


def test_after_a_passphrase_change_a_write_from_the_command_line_still_shows(qtbot, window, store, cli, said):
    window.context.watch_ms = 20
    window.context.watch_other_writers()
    try:
        window.navigation.setCurrentRow(1)
        store.change_passphrase("a new passphrase for the store")  # as Data → Change the passphrase does
        new = "a new passphrase for the store"
        person = json.loads(cli("person", "add", "--name", "Анна Смирнова", "--json", passphrase=new).stdout)
        cli("case", "add", "--person", person["id"], "--kind", "asylum", "--country", "GE", passphrase=new)
        qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    finally:
        window.context.stop_watching()
    assert said == []
