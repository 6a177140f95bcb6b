"""The Team menu, sync in the background and its status line, against a real team server."""

import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from casetracker.services import cases
from casetracker.store.models import Case
from casetracker.team import identity, membership, sync
from casetracker.team.admin import invite
from casetracker.team.server_schema import server_init
from casetracker.ui.case_table import CASEWORKER_COLUMN
from tests.gui.file_picker import answer_next_file_dialog
from tests.gui.team_window_helpers import join, named, open_window, other_laptop, unique
from tests.team.pg_cluster import new_team_db
from tests.team.team_helpers import a_case


@pytest.fixture(scope="module")
def server(pg_cluster):
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    return dsn


def _numbers(window) -> list[str]:
    model = window.case_list.model
    return [model.number_at(row) for row in range(model.rowCount())]


def test_without_a_team_only_join_is_enabled_and_the_others_say_why(window):
    team = window.team
    assert team.join_action.isEnabled()
    for action in (team.members_action, team.sync_action):
        assert not action.isEnabled()
        assert "Join a team" in action.toolTip() and action.statusTip() == action.toolTip()
    assert team.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    assert not team.status.isVisible()
    assert not window.share_action.isVisible()
    assert window.case_list.table.isColumnHidden(CASEWORKER_COLUMN)  # nothing changes for one caseworker


def test_a_window_on_a_store_in_no_team_loads_no_database_driver_and_opens_no_socket(tmp_path):
    """The test process itself has the driver loaded (the server fixtures), so a fresh one is asked."""
    script = textwrap.dedent(
        f"""
        import socket, sys
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        opened = []
        real = socket.socket.connect
        socket.socket.connect = lambda self, address: opened.append(address) or real(self, address)
        from casetracker.store.database import create_store
        from casetracker.services.demo import fill_demo_store
        from casetracker.ui.context import AppContext
        from casetracker.ui.executor import SynchronousExecutor
        from casetracker.ui.main_window import MainWindow
        from casetracker.ui.settings import AppSettings
        app = QApplication([])
        store = create_store({str(tmp_path / "store")!r}, "a passphrase of test")
        with store.transaction() as session:
            fill_demo_store(session)
        settings = AppSettings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
        window = MainWindow(AppContext(store, settings, SynchronousExecutor()))
        window.show()
        window.open_case(window.case_list.model.number_at(0))
        window.team.join_action.isEnabled() or sys.exit("join is not offered")
        for _ in range(20):
            app.processEvents()
        loaded = [name for name in sys.modules if name.startswith(("psycopg", "casetracker.team.postgres"))]
        print(loaded, opened)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().splitlines()[-1] == "[] []"


def test_joining_through_the_menu_says_what_is_shared_and_deletes_the_invitation(
    qtbot, store, settings, server, tmp_path, said
):
    name = unique("Anna")
    named(store, name)
    a_case(store)
    window = open_window(qtbot, store, settings)
    invitation = tmp_path / "anna-invitation.json"
    invitation.write_text(invite(server, name, "caseworker").to_json(), "utf-8")
    answer_next_file_dialog(invitation)
    window.team.join_action.trigger()
    assert said and f"You joined the team as {name} (caseworker)." in said[0]
    assert "will be shared at the first sync" in said[0] and "Delete it now?" in said[0]
    assert not invitation.exists()  # it holds the password
    team = window.team
    assert team.state.in_team and not team.join_action.isEnabled()
    assert team.members_action.isEnabled() and team.sync_action.isEnabled()
    assert team.status.isVisible() and team.status.text() == "Team: not synced yet"
    assert window.share_action.isVisible()
    team.sync_action.trigger()
    assert team.status.text().startswith("Team: synced ")
    assert [member.name for member in membership.members(store)].count(name) == 1


def test_a_refused_invitation_is_said_and_the_store_stays_out_of_the_team(qtbot, window, tmp_path, said):
    bad = tmp_path / "not-an-invitation.json"
    bad.write_text("{}", "utf-8")
    answer_next_file_dialog(bad)
    window.team.join_action.trigger()
    assert said == [
        f"{bad} is not a team invitation, or it is damaged. Ask the team's" + said[0].split("team's", 1)[1]
    ]
    assert bad.exists() and not window.team.state.in_team


def test_sync_now_pulls_a_case_another_laptop_shared_and_the_list_shows_it(
    qtbot, store, settings, server, tmp_path
):
    anna, boris = unique("Anna"), unique("Boris")
    join(store, server, anna)
    window = open_window(qtbot, store, settings)
    team = window.team
    assert team.timer.isActive() and team.timer.interval() == 2 * 60_000  # every two minutes
    qtbot.waitUntil(lambda: team.status.text().startswith("Team: synced "))  # soon after it opens
    laptop = other_laptop(tmp_path, server, boris)
    number = a_case(laptop, "Тестов Борис")
    sync.sync(laptop)
    membership.share_case(laptop, number, anna)
    assert number not in _numbers(window)
    window.team.sync_action.trigger()
    assert number in _numbers(window)
    assert window.team.status.text().startswith("Team: synced ")
    laptop.close()


def test_offline_the_status_line_counts_the_changes_waiting_and_says_why(qtbot, store, settings, server):
    join(store, server, unique("Anna"))
    with store.transaction() as session:  # the server moved away: nothing listens on port 1
        me = identity.load(session, store.paths.root)
        identity.save(session, replace(me, port=1))
    window = open_window(qtbot, store, settings)
    window.team.sync_action.trigger()
    a_case(store)
    window.team.sync_action.trigger()
    status = window.team.status
    assert status.text().startswith("Team: offline — ") and status.text().endswith(" changes waiting")
    assert int(status.text().split("— ")[1].split()[0]) >= 3  # a person, a case, an event
    assert "cannot be reached" in status.toolTip()


def test_a_change_made_here_goes_out_soon_after_and_the_status_line_says_it_waits(
    qtbot, store, settings, server, tmp_path
):
    join(store, server, unique("Anna"))
    number = a_case(store)
    sue = other_laptop(tmp_path, server, unique("Sue"), "supervisor")
    window = open_window(qtbot, store, settings)
    window.team.sync_action.trigger()
    window.team.after_change.setInterval(50)  # seconds in the app; a test need not wait them
    editor = window.open_case(number)
    editor.priority.setCurrentIndex(editor.priority.findData("urgent"))
    assert window.team.status.text() == "Team: changes to send"
    qtbot.waitUntil(lambda: window.team.status.text().startswith("Team: synced "))
    sync.sync(sue)
    with sue.session() as session:
        assert cases.find_case(session, number).priority == "urgent"
    sue.close()


def test_the_members_dialog_lists_names_roles_and_laptops(qtbot, store, settings, server, tmp_path):
    anna, sue = unique("Anna"), unique("Sue")
    join(store, server, anna)
    invite(server, sue, "supervisor")  # invited, laptop not set up yet
    window = open_window(qtbot, store, settings)
    window.team.members_action.trigger()
    table = window.team.last_dialog.table
    rows = {
        table.item(row, 0).text(): [table.item(row, c).text() for c in (1, 2, 3)]
        for row in range(table.rowCount())
    }
    assert rows[f"{anna} (you)"] == ["caseworker", "set up", "active"]
    assert rows[sue] == ["supervisor", "not set up yet", "active"]
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers


def test_a_supervisor_sees_who_has_which_case_and_sorts_by_it(qtbot, store, settings, server, tmp_path):
    join(store, server, unique("Sue"), "supervisor")
    for name, caseworker in (("Первая Анна", "Zoya"), ("Вторая Анна", "Boris")):
        number = a_case(store, name)
        with store.transaction() as session:
            cases.update_case(session, "test", number, caseworker=caseworker)
    window = open_window(qtbot, store, settings)
    table = window.case_list.table
    assert not table.isColumnHidden(CASEWORKER_COLUMN)
    assert window.case_list.model.headerData(CASEWORKER_COLUMN, Qt.Orientation.Horizontal) == "Caseworker"
    table.sortByColumn(CASEWORKER_COLUMN, Qt.SortOrder.AscendingOrder)
    model = window.case_list.model
    shown = [model.data(model.index(row, CASEWORKER_COLUMN)) for row in range(model.rowCount())]
    assert shown == ["Boris", "Zoya"]
    with store.session() as session:
        assert len(session.exec(select(Case)).all()) == 2


def test_locking_stops_the_sync_and_the_unlock_starts_it_again(
    qtbot, store, store_dir, settings, server, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    from casetracker.ui import launcher
    from casetracker.ui.executor import SynchronousExecutor
    from casetracker.ui.unlock import UnlockDialog
    from tests.conftest import PASSPHRASE
    from tests.gui.dialogs import unlock_with

    join(store, server, unique("Anna"))
    while_locked = []

    class AnsweringUnlock(UnlockDialog):
        def exec(self):
            team = first_window.team
            while_locked.append((team.timer.isActive(), team.first_sync.isActive(), team.worker.stopped))
            return unlock_with(qtbot, self, PASSPHRASE)

    monkeypatch.setattr(launcher, "UnlockDialog", AnsweringUnlock)
    session = launcher.Session(QApplication.instance(), settings, store_dir, store, SynchronousExecutor)
    first_window = session.window  # deleted by the lock: not left to qtbot
    assert first_window.team.timer.isActive() and first_window.team.first_sync.isActive()
    first_window.activateWindow()
    qtbot.waitUntil(first_window.isActiveWindow)
    qtbot.keyClick(first_window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert while_locked == [(False, False, True)]  # no round starts on the closed store
    team = session.window.team
    qtbot.addWidget(session.window)
    assert team.state.in_team and team.timer.isActive() and team.first_sync.isActive()
    qtbot.waitUntil(lambda: team.status.text().startswith("Team: synced "))  # soon after the unlock
    session.context.store.close()
