"""The team tests' shared starting point: a team database set up, with members of every role.

The cluster itself (`pg_cluster`, `team_db`) is in tests/team/pg_cluster.py, shared with tests/cli."""

import uuid
from types import SimpleNamespace

import pytest

from casetracker.services import store_settings
from casetracker.store.database import create_store
from casetracker.team import membership
from casetracker.team.admin import invite
from casetracker.team.server_schema import server_init
from tests.team.pg_cluster import new_team_db
from tests.team.team_helpers import PASSPHRASE


@pytest.fixture(scope="module")
def team(pg_cluster):
    """One team for a module's tests (setting one up takes a second): its admin address and an
    invitation for two caseworkers (ann, ben), a third (cat), a supervisor (sue) and a lawyer (leo)."""
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    roles = {"ann": "caseworker", "ben": "caseworker", "cat": "caseworker"}
    roles |= {"sue": "supervisor", "leo": "lawyer"}
    return SimpleNamespace(dsn=dsn, **{name: invite(dsn, name, role) for name, role in roles.items()})


@pytest.fixture(scope="module")
def team_server(pg_cluster):
    """A team database set up for a module's tests; its admin address."""
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    return dsn


def _laptop(tmp_path, server: str, name: str, role: str = "caseworker"):
    store = create_store(tmp_path / name, PASSPHRASE)
    with store.transaction() as session:
        store_settings.set_setting(session, store_settings.CASEWORKER, name)
    membership.join(store, invite(server, name, role))
    return store


@pytest.fixture
def laptops(tmp_path, team_server):
    """Four laptops joined to the module's team: caseworkers anna and boris, supervisor sue, lawyer leo
    (member names end with `laptops['suffix']`)."""
    suffix = uuid.uuid4().hex[:6]  # members' names are unique within the module's one team
    laptops = {
        role: _laptop(tmp_path, team_server, f"{role}-{suffix}", kind)
        for role, kind in (
            ("anna", "caseworker"),
            ("boris", "caseworker"),
            ("sue", "supervisor"),
            ("leo", "lawyer"),
        )
    }
    laptops["suffix"] = suffix
    yield laptops
    for name, store in laptops.items():
        if name != "suffix":
            store.close()
