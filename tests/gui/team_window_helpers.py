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
