"""A team member's commands, end to end (`casetracker ...` in subprocesses) against the real server:
join, members, sync, share, update, conflicts."""

import json
import os
import subprocess
import sys

import pytest

from casetracker.services import store_settings
from casetracker.store.database import create_store
from casetracker.team.server_schema import server_init
from tests.conftest import PASSPHRASE
from tests.team.pg_cluster import new_team_db


def _run(store, *arguments: str, check: bool = True) -> subprocess.CompletedProcess:
    environment = dict(os.environ, CASETRACKER_PASSPHRASE=PASSPHRASE)
    result = subprocess.run(
        [sys.executable, "-m", "casetracker", "--store", str(store), *arguments],
        capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL, timeout=120,
    )  # fmt: skip
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def _json(store, *arguments: str):
    return json.loads(_run(store, *arguments, "--json").stdout)


@pytest.fixture
def laptops(tmp_path, pg_cluster):
    """Two caseworkers' stores that have joined one new team, through the commands."""
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    stores = []
    for name in ("anna", "boris"):
        store = create_store(tmp_path / name, PASSPHRASE)
        with store.transaction() as session:
            store_settings.set_setting(session, store_settings.CASEWORKER, name)
        store.close()
        invitation = tmp_path / f"{name}.json"
        _run(
            tmp_path / name,
            "team",
            "invite",
            name,
            "--role",
            "caseworker",
            "--dsn",
            dsn,
            "-o",
            str(invitation),
        )
        joined = _run(tmp_path / name, "team", "join", str(invitation))
        assert "joined the team as" in joined.stdout
        assert not invitation.exists()  # it held the password: used up
        stores.append(tmp_path / name)
    return stores


def test_a_member_lists_the_team(laptops):
    anna, _boris = laptops
    members = _json(anna, "team", "members")
    assert [(m["name"], m["role"], m["joined"]) for m in members] == [
        ("anna", "caseworker", True),
        ("boris", "caseworker", True),
    ]


def test_a_shared_case_edited_on_two_laptops_shows_its_conflict_until_one_value_is_chosen(laptops):
    anna, boris = laptops
    person = _json(anna, "person", "add", "--name", "Тестова Нина")
    number = _json(anna, "case", "add", "--person", person["id"], "--kind", "asylum", "--country", "NL")[
        "number"
    ]
    assert _json(anna, "sync")["pushed"] >= 2
    assert _json(boris, "sync") == {"pushed": 0, "pulled": 0, "conflicts": 0}
    _run(anna, "case", "share", number, "--with", "boris")
    assert _json(boris, "sync")["pulled"] >= 2
    _run(anna, "case", "update", number, "--summary", "Anna: interview on Monday")
    _run(boris, "case", "update", number, "--summary", "Boris: interview moved", "--priority", "high")
    _json(anna, "sync")
    assert _json(boris, "sync")["conflicts"] == 1
    _json(anna, "sync")
    listed = [_json(store, "conflicts", "list") for store in (anna, boris)]
    assert listed[0] == listed[1]
    (conflict,) = listed[0]
    assert conflict["field"] == "summary" and conflict["case"] == number
    values = [value["value"] for value in conflict["values"]]
    assert sorted(values) == ["Anna: interview on Monday", "Boris: interview moved"]
    chosen = values[1]  # the one not shown
    _run(anna, "conflicts", "resolve", conflict["record"], "summary", "2")
    _json(anna, "sync")
    _json(boris, "sync")
    for store in (anna, boris):
        assert _json(store, "conflicts", "list") == []
        shown = _json(store, "case", "show", number)
        assert (shown["summary"], shown["priority"]) == (chosen, "high")


def test_sync_on_a_store_in_no_team_says_how_to_join(cli, store):
    result = cli("sync", check=False)
    assert result.returncode != 0
    assert "not in a team" in result.stderr
    assert "team join" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_seized_laptop_is_revoked_its_cases_rekeyed_and_the_member_reissued_on_a_new_laptop(
    tmp_path, pg_cluster
):
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    stores = {}
    for name, role in (("anna", "caseworker"), ("boris", "caseworker"), ("sue", "supervisor")):
        stores[name] = tmp_path / name
        create_store(stores[name], PASSPHRASE).close()
        _run(
            stores[name],
            "team",
            "invite",
            name,
            "--role",
            role,
            "--dsn",
            dsn,
            "-o",
            str(tmp_path / f"{name}.json"),
        )
        _run(stores[name], "team", "join", str(tmp_path / f"{name}.json"))
    anna, boris, sue = stores["anna"], stores["boris"], stores["sue"]
    person = _json(anna, "person", "add", "--name", "Тестова Нина")
    number = _json(anna, "case", "add", "--person", person["id"], "--kind", "asylum", "--country", "NL")[
        "number"
    ]
    _json(anna, "sync")
    _run(anna, "case", "share", number, "--with", "boris")
    _json(boris, "sync")

    revoked = _run(anna, "team", "revoke", "Boris", "--dsn", dsn)
    assert "can no longer connect" in revoked.stdout
    refused = _run(boris, "sync", check=False)
    assert (
        refused.returncode == 1
        and "has been disabled" in refused.stderr
        and "Traceback" not in refused.stderr
    )
    not_a_supervisor = _run(anna, "team", "rotate", check=False)
    assert not_a_supervisor.returncode == 1 and "Only a supervisor's laptop" in not_a_supervisor.stderr
    _json(sue, "sync")  # a supervisor's sync gives the revoked member's case and person new keys
    assert _json(sue, "team", "rotate") == {"rotated": 0, "sealed": 0}  # nothing left to do

    new_laptop = tmp_path / "boris-new"
    create_store(new_laptop, PASSPHRASE).close()
    invitation = tmp_path / "boris-again.json"
    reissued = _run(anna, "team", "invite", "boris", "--reissue", "--dsn", dsn, "-o", str(invitation))
    assert "new invitation for boris (caseworker)" in reissued.stdout
    _run(new_laptop, "team", "join", str(invitation))
    assert _json(sue, "team", "rotate") == {"rotated": 0, "sealed": 4}  # both key versions of both scopes
    _json(new_laptop, "sync")
    assert _json(new_laptop, "case", "show", number)["number"] == number

    unshared = _run(anna, "case", "unshare", number, "--with", "boris")
    assert "no longer shared with boris" in unshared.stdout
    again = _run(anna, "case", "unshare", number, "--with", "boris", check=False)
    assert again.returncode == 1 and "is not shared with boris" in again.stderr
