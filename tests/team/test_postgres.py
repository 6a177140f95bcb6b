"""Connections to the team server, and what a refused one says."""

import pytest

from casetracker.errors import TeamServerError
from casetracker.team.postgres import connect
from tests.team.pg_cluster import new_team_db


def refusal(dsn: str) -> TeamServerError:
    with pytest.raises(TeamServerError) as refused, connect(dsn):
        pass
    return refused.value


@pytest.fixture(scope="module")
def admin(pg_cluster):
    from psycopg.conninfo import conninfo_to_dict

    return conninfo_to_dict(new_team_db(pg_cluster))


def test_a_server_whose_certificate_another_ca_signed_is_refused_before_the_password_is_sent(
    pg_cluster, admin
):
    error = refusal(pg_cluster.dsn(admin["user"], admin["password"], admin["dbname"], ca=pg_cluster.wrong_ca))
    assert error.what == "certificate" and str(pg_cluster.wrong_ca) in str(error)
    assert admin["password"] not in str(error)


def test_a_certificate_made_out_for_another_host_name_is_refused(pg_cluster, admin):
    """The right server at the right address, reached under a name its certificate does not carry."""
    dsn = pg_cluster.dsn(admin["user"], admin["password"], admin["dbname"]).replace(
        "@127.0.0.1:", "@team.example.org:"
    )
    error = refusal(dsn + "&hostaddr=127.0.0.1")
    assert error.what == "certificate" and "team.example.org" in str(error)


def test_a_wrong_password_is_said_so_without_the_password(pg_cluster, admin):
    error = refusal(pg_cluster.dsn(admin["user"], "not-the-password", admin["dbname"]))
    assert error.what == "login_refused" and "not-the-password" not in str(error)


def test_a_server_that_is_not_there_is_unreachable(pg_cluster, admin):
    dsn = pg_cluster.dsn(admin["user"], admin["password"], admin["dbname"]).replace(str(pg_cluster.port), "1")
    error = refusal(dsn)
    assert error.what == "unreachable" and "127.0.0.1:1" in str(error)


@pytest.mark.parametrize(
    "dsn",
    [
        "postgresql://someone:pw@127.0.0.1:5432/team",
        "postgresql://someone:pw@127.0.0.1:5432/team?sslmode=require&sslrootcert=/etc/ssl/ca.pem",
    ],
)
def test_an_address_that_does_not_check_the_servers_certificate_is_refused_before_connecting(dsn):
    assert refusal(dsn).what == "not_verified"


def test_a_missing_ca_file_is_named(tmp_path):
    dsn = f"postgresql://someone:pw@127.0.0.1:5432/team?sslmode=verify-full&sslrootcert={tmp_path}/ca.pem"
    error = refusal(dsn)
    assert error.what == "ca_missing" and f"{tmp_path}/ca.pem" in str(error)


def test_a_connection_cut_by_a_server_restart_is_said_lost_and_the_next_one_works(pg_cluster, admin):
    dsn = pg_cluster.dsn(admin["user"], admin["password"], admin["dbname"])
    with pytest.raises(TeamServerError) as lost, connect(dsn) as connection:
        connection.execute("SELECT 1")
        pg_cluster.restart()
        connection.execute("SELECT 1")
    assert lost.value.what == "connection_lost" and "127.0.0.1" in str(lost.value)
    with connect(dsn) as connection:
        assert connection.execute("SELECT 1").fetchone() == (1,)


def test_a_server_set_up_by_an_older_version_says_to_run_server_init_again_and_keeps_the_changes(
    tmp_path, pg_cluster
):
    import psycopg

    from casetracker.team import sync
    from casetracker.team.server_schema import server_init
    from tests.team.team_helpers import a_case, joined_laptop

    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    anna, _invitation = joined_laptop(tmp_path, dsn, "anna")
    a_case(anna)
    with psycopg.connect(dsn) as connection:  # as an older version's setup left it
        connection.execute("DROP FUNCTION ct.my_keys()")
    with pytest.raises(TeamServerError) as refused:
        sync.sync(anna)
    assert refused.value.what == "server_outdated" and "server-init" in str(refused.value)
    server_init(dsn)
    assert sync.sync(anna).pushed > 0  # the case made before, kept until the server could take it
    anna.close()
