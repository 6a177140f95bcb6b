"""The app and other processes on one store: nothing the caseworker types is silently dropped."""

import argparse
import sys

import pytest
import sqlcipher3
from PySide6.QtCore import Qt, QTimer

from casetracker import paths
from casetracker.services import cases
from casetracker.services.demo import fill_demo_store
from casetracker.store.locking import AppClaim
from casetracker.ui import launcher
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


def test_a_second_copy_of_the_app_on_the_same_store_is_told_where_it_is_open(qtbot, store_dir, said):
    first = AppClaim(store_dir)  # the first copy of the app, from its start to its end
    try:
        arguments = argparse.Namespace(demo=False, store=store_dir, command=None)
        assert launcher.run(arguments) == 1
    finally:
        first.release()
        sys.excepthook = sys.__excepthook__
    assert len(said) == 1 and "already open in another window" in said[0]


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_in_a_window_is_shown_without_its_message(qtbot, monkeypatch, said):
    monkeypatch.setattr(sys, "excepthook", launcher._unexpected)

    def a_bug() -> None:
        raise ValueError("Вера Новикова, EE-2024-0001")

    QTimer.singleShot(0, a_bug)
    qtbot.waitUntil(lambda: len(said) == 1)
    assert "Something went wrong" in said[0] and "everything saved before is safe" in said[0]
    assert "Новикова" not in said[0] and "EE-2024-0001" not in said[0]
    [notice] = paths.crash_notices_dir().iterdir()
    assert str(notice) in said[0]  # the caseworker is told where the notice for a bug report is
    written = notice.read_text(encoding="utf-8")
    assert "ValueError" in written and "a_bug" in written  # what failed, and where
    assert "Новикова" not in written and "EE-2024-0001" not in written
