"""Inviting and disabling members with the admin's address, checked on the server itself."""

import psycopg
import pytest

from casetracker.errors import TeamServerError
from casetracker.team import crypto
from casetracker.team.admin import Invitation, disable_member, invite
from casetracker.team.postgres import connect
from casetracker.team.server_schema import server_init
from tests.team.member_sql import as_member, member_dsn


def test_an_invitation_carries_the_members_own_login_and_never_the_admins(pg_cluster, team_db):
    server_init(team_db)
    invitation = invite(team_db, "Мария Петрова", "lawyer")
    admin = psycopg.conninfo.conninfo_to_dict(team_db)
    text = invitation.to_json()
    assert admin["password"] not in text and admin["user"] not in text
    assert Invitation.from_json(text) == invitation
    assert invitation.ca_pem == pg_cluster.ca.read_text()
    assert invitation.login.startswith("ct_m_") and len(invitation.login) == len("ct_m_") + 12
    with as_member(pg_cluster, invitation) as connection:
        assert connection.execute("SELECT ct.my_role(), ct.me()::text").fetchone() == (
            "lawyer",
            invitation.member_id,
        )
        groups = connection.execute("SELECT pg_has_role('ct_lawyer', 'member')").fetchone()[0]
        sealed = connection.execute("SELECT name_sealed FROM ct.member WHERE id = ct.me()").fetchone()[0]
    assert groups and crypto.secret_open(invitation.team_key, sealed).decode() == "Мария Петрова"


def test_the_password_reaches_the_server_only_as_a_scram_verifier(pg_cluster, team_db):
    server_init(team_db)
    invitation = invite(team_db, "Someone", "caseworker")
    stored = pg_cluster.sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (invitation.login,))
    assert stored[0][0].startswith("SCRAM-SHA-256$") and invitation.password not in stored[0][0]


def test_a_disabled_member_is_logged_out_and_cannot_log_in_again(pg_cluster, team_db):
    server_init(team_db)
    invitation = invite(team_db, "Someone", "caseworker")
    with as_member(pg_cluster, invitation) as open_session:
        disable_member(team_db, invitation.member_id)
        with pytest.raises(psycopg.OperationalError):
            open_session.execute("SELECT 1")
    with pytest.raises(TeamServerError) as refused, connect(member_dsn(pg_cluster, invitation)):
        pass
    assert refused.value.what == "login_disabled" and invitation.login in str(refused.value)
    with psycopg.connect(team_db) as admin:
        assert admin.execute(
            "SELECT disabled FROM ct.member WHERE login = %s", (invitation.login,)
        ).fetchone()[0]


def test_inviting_before_the_server_is_set_up_says_to_set_it_up(team_db):
    with pytest.raises(TeamServerError) as refused:
        invite(team_db, "Someone", "caseworker")
    assert refused.value.what == "not_initialised" and "server-init" in str(refused.value)


def test_a_members_address_cannot_invite(pg_cluster, team_db):
    server_init(team_db)
    member = invite(team_db, "Someone", "supervisor")
    with pytest.raises(TeamServerError) as refused:
        invite(member_dsn(pg_cluster, member), "Another", "caseworker")
    assert refused.value.what == "not_allowed" and member.login in str(refused.value)


def test_disabling_an_unknown_member_changes_nothing(team_db):
    server_init(team_db)
    with pytest.raises(TeamServerError) as refused:
        disable_member(team_db, "00000000-0000-0000-0000-000000000000")
    assert refused.value.what == "no_member"


def test_a_wrong_admin_password_is_said_to_be_the_admin_logins_not_an_invitations(pg_cluster, team_db):
    from psycopg.conninfo import conninfo_to_dict

    server_init(team_db)
    admin = conninfo_to_dict(team_db)
    wrong = pg_cluster.dsn(admin["user"], "not-the-password", admin["dbname"])
    with pytest.raises(TeamServerError) as refused:
        invite(wrong, "Лев Юристов", "lawyer")
    assert refused.value.what == "admin_login_refused"
    assert "invitation" not in str(refused.value) and "not-the-password" not in str(refused.value)
