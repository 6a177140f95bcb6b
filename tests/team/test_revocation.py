"""The admin's revocation and re-issue, against the real server: the member found by name, the old login
locked out, and a new laptop given back the member's cases."""

import psycopg
import pytest
from sqlmodel import select

from casetracker.errors import TeamServerError
from casetracker.store.database import create_store
from casetracker.store.models import Case
from casetracker.team import membership, sync
from casetracker.team.revocation import reissue, revoke
from casetracker.team.server_schema import server_init
from tests.team.member_sql import member_dsn
from tests.team.pg_cluster import new_team_db
from tests.team.team_helpers import PASSPHRASE, a_case, joined_laptop, supervisor_sync


@pytest.fixture
def server(pg_cluster):
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    return dsn


def _case_ids(store) -> set:
    with store.session() as session:
        return set(session.exec(select(Case.id)).all())


def test_a_revoked_login_cannot_connect_and_the_member_is_listed_disabled(tmp_path, server, pg_cluster):
    anna, anna_invitation = joined_laptop(tmp_path, server, "Анна Тестова")
    sue, _ = joined_laptop(tmp_path, server, "sue", "supervisor")
    try:
        with psycopg.connect(member_dsn(pg_cluster, anna_invitation)) as open_session:
            found = revoke(server, "анна тестова")
            assert found.name == "Анна Тестова" and found.role == "caseworker"
            with pytest.raises(psycopg.OperationalError):
                open_session.execute("SELECT 1")  # its open session was ended
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(member_dsn(pg_cluster, anna_invitation))
        listed = {member.name: member.disabled for member in membership.members(sue)}
        assert listed == {"Анна Тестова": True, "sue": False}
    finally:
        anna.close()
        sue.close()


def test_revoking_nobody_says_so(server):
    with pytest.raises(TeamServerError) as refused:
        revoke(server, "Nobody")
    assert refused.value.what == "no_member"


def test_a_reissued_member_gets_their_cases_back_on_a_new_empty_laptop(tmp_path, server, pg_cluster):
    anna, old_invitation = joined_laptop(tmp_path, server, "anna")
    boris, _ = joined_laptop(tmp_path, server, "boris")
    sue, _ = joined_laptop(tmp_path, server, "sue", "supervisor")
    new_laptop = create_store(tmp_path / "anna-new", PASSPHRASE)
    try:
        a_case(anna, "Тестова Анна")
        sync.sync(anna)
        shared = a_case(boris, "Тестов Борис", country="LV")
        sync.sync(boris)
        membership.share_case(boris, shared, "anna")
        supervisor_sync(sue)

        invitation = reissue(server, "anna")
        assert invitation.member_id == old_invitation.member_id and invitation.login != old_invitation.login
        with pytest.raises(TeamServerError) as refused:
            sync.sync(anna)  # the lost laptop
        assert refused.value.what == "login_disabled"
        membership.join(new_laptop, invitation)
        _synced, upkeep = supervisor_sync(sue)
        assert upkeep.sealed == 4  # two cases and their persons
        sync.sync(new_laptop)
        assert _case_ids(new_laptop) == _case_ids(anna) | _case_ids(boris)
    finally:
        for store in (anna, boris, sue, new_laptop):
            store.close()
