"""Keys kept right from a supervisor's laptop: a revoked member's cases get new keys, and a supervisor
invited after cases exist receives theirs."""

import uuid

import psycopg
import pytest
from nacl.exceptions import CryptoError
from sqlmodel import select

from casetracker.errors import TeamServerError
from casetracker.services import cases
from casetracker.store.models import Case, Note
from casetracker.team import crypto, keys, membership, sync
from casetracker.team.identity import current
from casetracker.team.revocation import revoke
from casetracker.team.server_schema import server_init
from tests.team.pg_cluster import new_team_db
from tests.team.team_helpers import a_case, joined_laptop, supervisor_sync

NAME, NOTE = "Ключева Вера Тестовна", "Written after the revocation: new address on Mira street"


@pytest.fixture
def server(pg_cluster):
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    return dsn


@pytest.fixture
def team(tmp_path, server):
    laptops = {
        name: joined_laptop(tmp_path, server, name, role)[0]
        for name, role in (("anna", "caseworker"), ("boris", "caseworker"), ("sue", "supervisor"))
    }
    yield laptops
    for store in laptops.values():
        store.close()


def _numbers(store) -> list[str]:
    with store.session() as session:
        return sorted(case.number for case in session.exec(select(Case)))


def _case_id(store, number) -> uuid.UUID:
    with store.session() as session:
        return cases.find_case(session, number).id


def test_after_a_revocation_what_is_written_is_unreadable_with_every_key_the_revoked_laptop_held(
    team, server
):
    anna, boris, sue = team["anna"], team["boris"], team["sue"]
    number = a_case(anna, NAME)
    sync.sync(anna)
    membership.share_case(anna, number, "boris")
    sync.sync(boris)
    assert _numbers(boris) == [number]
    seized = current(boris)
    with psycopg.connect(server) as admin:  # every key ever sealed to the seized laptop
        sealed_to_boris = [
            bytes(row[0])
            for row in admin.execute(
                "SELECT sealed FROM ct.scope_key WHERE member_id = %s", (seized.member_id,)
            )
        ]
    with boris.session() as session:
        held = list(keys.held(session, every_version=True).values())
    held += [crypto.open_sealed(seized.private_key, sealed) for sealed in sealed_to_boris]
    assert len(held) >= 4  # the case and its person, from the store and from the server

    revoke(server, "Boris")
    _synced, upkeep = supervisor_sync(sue)
    assert upkeep.rotated == 2  # the case and its person
    sync.sync(anna)  # takes the new key in
    with anna.transaction() as session:
        cases.add_note(session, "anna", number, NOTE)
    assert sync.sync(anna).pushed >= 1

    case_id = _case_id(anna, number)
    with psycopg.connect(server) as admin:
        version, body = admin.execute(
            "SELECT key_version, body FROM ct.op WHERE scope_id = %s ORDER BY seq DESC LIMIT 1", (case_id,)
        ).fetchone()
        holders = {row[0] for row in admin.execute("SELECT member_id FROM ct.scope_key WHERE version = 2")}
    assert version == 2 and seized.member_id not in holders
    for key in held:
        with pytest.raises(CryptoError):
            crypto.secret_open(key, bytes(body))
    with pytest.raises(TeamServerError) as refused:
        sync.sync(boris)
    assert refused.value.what == "login_disabled"
    supervisor_sync(sue)
    with sue.session() as session:
        assert NOTE in [note.text for note in session.exec(select(Note))]


def test_a_supervisor_invited_after_cases_exist_sees_them_after_another_supervisors_sync(
    team, server, tmp_path
):
    anna, sue = team["anna"], team["sue"]
    number = a_case(anna, NAME)
    sync.sync(anna)
    supervisor_sync(sue)
    late, _invitation = joined_laptop(tmp_path, server, "sam", "supervisor")
    try:
        supervisor_sync(late)
        assert _numbers(late) == []  # the server lets a supervisor fetch every case, but no key is theirs yet
        _synced, upkeep = supervisor_sync(sue)
        assert upkeep.sealed == 2
        supervisor_sync(late)
        assert _numbers(late) == [number]
        assert supervisor_sync(sue)[1] == keys.Upkeep()  # nothing left to do
    finally:
        late.close()


def test_a_caseworkers_laptop_does_no_key_upkeep(team):
    anna = team["anna"]
    a_case(anna, NAME)
    sync.sync(anna)
    assert keys.keep_keys(anna) == keys.Upkeep()
