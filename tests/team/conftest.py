"""The team tests' shared starting point: a team database set up, with members of every role.

The cluster itself (`pg_cluster`, `team_db`) is in tests/team/pg_cluster.py, shared with tests/cli."""

from types import SimpleNamespace

import pytest

from casetracker.team.admin import invite
from casetracker.team.server_schema import server_init
from tests.team.pg_cluster import new_team_db


@pytest.fixture(scope="module")
def team(pg_cluster):
    """One team for a module's tests (setting one up takes a second): its admin address and an
    invitation for two caseworkers (ann, ben), a third (cat), a supervisor (sue) and a lawyer (leo)."""
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    roles = {"ann": "caseworker", "ben": "caseworker", "cat": "caseworker"}
    roles |= {"sue": "supervisor", "leo": "lawyer"}
    return SimpleNamespace(dsn=dsn, **{name: invite(dsn, name, role) for name, role in roles.items()})
