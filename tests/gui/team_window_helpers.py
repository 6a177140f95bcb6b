"""The team's laptops in the window tests: stores joined to a real team server (tests/team/pg_cluster.py)."""

import uuid

from casetracker.services import store_settings
from casetracker.store.database import Store, create_store
from casetracker.team import membership
from casetracker.team.admin import invite
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from tests.team.team_helpers import PASSPHRASE


def unique(name: str) -> str:
    """A member's name no other test of the module's team has taken."""
    return f"{name} {uuid.uuid4().hex[:6]}"


def named(store: Store, name: str) -> Store:
    with store.transaction() as session:
        store_settings.set_setting(session, store_settings.CASEWORKER, name)
    return store


def join(store: Store, dsn: str, name: str, role: str = "caseworker") -> Store:
    """`store` joined to the team as `name` (the command line's way, not the window's)."""
    membership.join(named(store, name), invite(dsn, name, role))
    return store


def other_laptop(tmp_path, dsn: str, name: str, role: str = "caseworker") -> Store:
    return join(create_store(tmp_path / uuid.uuid4().hex[:8], PASSPHRASE), dsn, name, role)


def open_window(qtbot, store: Store, settings) -> MainWindow:
    shown = MainWindow(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def pretend_team(window: MainWindow, role: str = "caseworker") -> None:
    """Draw the window as a member's (the screens and screen-fit tests, no server): its menu, status
    line and case columns as the team's state makes them; no round of sync starts."""
    from casetracker.ui.team import TeamState

    team = window.team
    team.state = TeamState("Анна Тестова", role, uuid.uuid4())
    team._show_state()
    team.state_changed.emit(team.state)
    team.status.setText(team.tr("Team: %n conflict(s)", "", 2))


def fake_members() -> list:
    from casetracker.team.membership import Member

    people = (
        ("Анна Тестова", "caseworker", True, False),
        ("Борис Примеров", "caseworker", True, False),
        ("Светлана Руководителева", "supervisor", True, False),
        ("Лев Юристов", "lawyer", False, False),
        ("Пётр Бывший", "caseworker", True, True),
    )
    return [Member(uuid.uuid4(), *person) for person in people]


def show_fake_conflicts(editor) -> None:
    """The case's Conflicts tab with a summary and a status two laptops wrote at once."""
    from casetracker.team.conflicts import Conflict
    from casetracker.team.merge import Alternative

    stamp = "001796500000000-000000-{0}"
    record = uuid.uuid4()
    long = (
        "Crossed into Georgia at Verkhny Lars on 3 May; the border guard kept the passport for two "
        "hours and copied every page."
    )
    boris, anna = "Борис Примеров", "Анна Тестова"
    summary = [
        Alternative("c", stamp.format("c"), boris, long),
        Alternative("d", stamp.format("d"), anna, "3 May"),
    ]
    status = [
        Alternative("a", stamp.format("a"), boris, "closed"),
        Alternative("b", stamp.format("b"), anna, "open"),
    ]
    editor.conflicts._show(
        [
            Conflict(record, "case_file", editor.number, "status", status),
            Conflict(record, "case_file", editor.number, "summary", summary),
        ]
    )
