"""Unsharing a case, against the real server: the member can no longer fetch it, by direct SQL, and it
gets a key they never hold."""

import psycopg
import pytest

from casetracker.errors import CaseTrackerError
from casetracker.services import cases
from casetracker.team import membership, sync
from casetracker.team.server_schema import server_init
from tests.team.member_sql import as_member
from tests.team.pg_cluster import new_team_db
from tests.team.team_helpers import a_case, joined_laptop


@pytest.fixture
def team(tmp_path, pg_cluster):
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    members = {
        name: joined_laptop(tmp_path, dsn, name, role)
        for name, role in (("anna", "caseworker"), ("boris", "caseworker"), ("sue", "supervisor"))
    }
    yield dsn, members
    for store, _invitation in members.values():
        store.close()


def test_an_unshared_case_is_hidden_from_the_member_and_gets_a_key_they_never_hold(team, pg_cluster):
    dsn, members = team
    (anna, _), (boris, boris_invitation) = members["anna"], members["boris"]
    number = a_case(anna, "Тестова Анна")
    sync.sync(anna)
    assert membership.sharing(anna, number).shared_with == []
    membership.share_case(anna, number, "boris")
    sync.sync(boris)
    now = membership.sharing(boris, number)
    assert (now.owner.name, [member.name for member in now.shared_with]) == ("anna", ["boris"])
    with anna.session() as session:
        case = cases.find_case(session, number)
        case_id, person_id = case.id, case.person_id
    with as_member(pg_cluster, boris_invitation) as connection:
        assert connection.execute("SELECT count(*) FROM ct.op WHERE scope_id = %s", (case_id,)).fetchone()[0]

    with pytest.raises(CaseTrackerError) as refused:
        membership.unshare_case(boris, number, "anna")
    assert refused.value.key == "team.unshare_owner"
    membership.unshare_case(anna, number, "Boris")
    assert membership.sharing(anna, number).shared_with == []

    with as_member(pg_cluster, boris_invitation) as connection:
        assert (
            connection.execute("SELECT count(*) FROM ct.op WHERE scope_id = %s", (case_id,)).fetchone()[0]
            == 0
        )
        assert (
            connection.execute(
                "SELECT count(*) FROM ct.scope_key WHERE scope_id = %s", (case_id,)
            ).fetchone()[0]
            == 0
        )
    with psycopg.connect(dsn) as admin:
        versions = admin.execute(
            "SELECT version, member_id FROM ct.scope_key WHERE scope_id = %s", (case_id,)
        ).fetchall()
    assert max(version for version, _member in versions) == 2
    assert boris_invitation.member_id not in {str(member) for _version, member in versions}
    with psycopg.connect(dsn) as admin:  # the person's key too: he reads them through no other case
        person_keys = admin.execute(
            "SELECT version, member_id FROM ct.scope_key WHERE scope_id = %s", (person_id,)
        ).fetchall()
    assert max(version for version, _member in person_keys) == 2
    assert boris_invitation.member_id not in {str(member) for _version, member in person_keys}
    with anna.transaction() as session:
        cases.add_note(session, "anna", number, "After the unshare")
    sync.sync(anna)
    with psycopg.connect(dsn) as admin:
        assert (
            admin.execute(
                "SELECT key_version FROM ct.op WHERE scope_id = %s ORDER BY seq DESC LIMIT 1", (case_id,)
            ).fetchone()[0]
            == 2
        )


def test_unsharing_is_refused_in_words_when_it_cannot_be_done(team):
    _dsn, members = team
    (anna, _), (boris, _) = members["anna"], members["boris"]
    number = a_case(anna, "Тестова Анна")
    sync.sync(anna)
    membership.share_case(anna, number, "boris")
    sync.sync(boris)
    for store, name, key in (
        (anna, "sue", "team.unshare_supervisor"),
        (boris, "boris", "team.unshare_not_allowed"),  # shared with him, not his own
    ):
        with pytest.raises(CaseTrackerError) as refused:
            membership.unshare_case(store, number, name)
        assert refused.value.key == key
    membership.unshare_case(anna, number, "boris")
    with pytest.raises(CaseTrackerError) as refused:
        membership.unshare_case(anna, number, "boris")
    assert refused.value.key == "team.not_shared"


def test_a_person_the_member_reads_through_another_case_keeps_its_key_when_one_case_is_taken_back(team):
    dsn, members = team
    (anna, _), (boris, boris_invitation) = members["anna"], members["boris"]
    first = a_case(anna, "Тестова Анна")
    with anna.transaction() as session:
        person_id = cases.find_case(session, first).person_id
        second = cases.add_case(session, "anna", person_id, "visa_cancellation", "EE").number
    sync.sync(anna)
    membership.share_case(anna, first, "boris")
    membership.share_case(anna, second, "boris")
    membership.unshare_case(anna, first, "boris")
    with psycopg.connect(dsn) as admin:
        person_keys = admin.execute(
            "SELECT version, member_id::text FROM ct.scope_key WHERE scope_id = %s", (person_id,)
        ).fetchall()
    assert (1, boris_invitation.member_id) in person_keys
    assert max(version for version, _member in person_keys) == 1
    sync.sync(boris)
    with boris.session() as session:
        assert cases.find_case(session, second).person_id == person_id  # his other case, with its person


def test_an_invitation_used_already_is_refused_in_words_and_the_store_stays_out_of_the_team(team, tmp_path):
    from casetracker.errors import TeamServerError
    from casetracker.store.database import create_store
    from casetracker.team import identity
    from tests.team.team_helpers import PASSPHRASE

    _dsn, members = team
    _boris, used = members["boris"]
    second = create_store(tmp_path / "second laptop", PASSPHRASE)
    with pytest.raises(TeamServerError) as refused:
        membership.join(second, used)
    assert refused.value.what == "invitation_used" and "New laptop" in str(refused.value)
    with second.session() as session:
        assert identity.load(session, second.paths.root) is None
    second.close()
