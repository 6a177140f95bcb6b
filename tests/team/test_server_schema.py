"""The team server's schema and its row-level security, checked by direct SQL as each member's login."""

import uuid

import psycopg
import pytest
from nacl.public import PrivateKey

from casetracker.team import crypto
from casetracker.team.admin import invite
from casetracker.team.server_schema import server_init
from tests.team.member_sql import as_member, give_key, new_scope, push, visible_ops

CATALOGUE = """
    SELECT 'policy', tablename || '.' || policyname || ':' || cmd || ':' || coalesce(qual, '')
                     || ':' || coalesce(with_check, '') FROM pg_policies WHERE schemaname = 'ct'
    UNION ALL SELECT 'table', relname || ':' || relrowsecurity || relforcerowsecurity
                              || ':' || coalesce(relacl::text, '')
        FROM pg_class WHERE relnamespace = 'ct'::regnamespace
    UNION ALL SELECT 'function', proname || ':' || md5(prosrc) || ':' || coalesce(proacl::text, '')
        FROM pg_proc WHERE pronamespace = 'ct'::regnamespace
    UNION ALL SELECT 'row', 'team:' || md5(recovery_public) FROM ct.team
    UNION ALL SELECT 'row', 'member:' || id FROM ct.member
    ORDER BY 1, 2"""


CHANGES = ("UPDATE ct.op SET body = 'x' WHERE op_id = %s", "DELETE FROM ct.op WHERE op_id = %s")


def catalogue(dsn):
    with psycopg.connect(dsn) as connection:
        return connection.execute(CATALOGUE).fetchall()


def test_a_second_server_init_changes_nothing_and_makes_no_new_recovery_key(team_db):
    first = server_init(team_db)
    before = catalogue(team_db)
    second = server_init(team_db)
    assert first.recovery_private is not None and "recovery key" in first.created
    assert second.created == [] and second.recovery_private is None
    assert catalogue(team_db) == before


def test_server_init_completes_a_half_done_setup(team_db):
    server_init(team_db)
    whole = catalogue(team_db)
    with psycopg.connect(team_db) as connection:
        connection.execute("DROP POLICY op_write ON ct.op")
        connection.execute("ALTER TABLE ct.scope NO FORCE ROW LEVEL SECURITY")
        connection.execute("REVOKE SELECT ON ct.member FROM ct_member")
    again = server_init(team_db)
    assert again.created == ["policy op_write on ct.op"] and again.recovery_private is None
    assert catalogue(team_db) == whole


def test_the_recovery_key_opens_the_team_key_kept_on_the_server(team_db):
    result = server_init(team_db)
    with psycopg.connect(team_db) as connection:
        secret = connection.execute("SELECT team_key, team_key_for_recovery FROM ct.team_secret")
        team_key, sealed = secret.fetchone()
        public = connection.execute("SELECT recovery_public FROM ct.team").fetchone()[0]
        recovery = connection.execute("SELECT box_public FROM ct.member WHERE role = 'recovery'")
        recovery = recovery.fetchone()[0]
    assert crypto.open_sealed(result.recovery_private, sealed) == team_key
    assert public == recovery == bytes(PrivateKey(result.recovery_private).public_key)


def test_a_caseworker_reads_and_writes_only_the_cases_it_holds_a_key_to(pg_cluster, team):
    with as_member(pg_cluster, team.ann) as ann, as_member(pg_cluster, team.ben) as ben:
        ann_case, ben_case = new_scope(ann, team.ann), new_scope(ben, team.ben)
        ann_op, ben_op = push(ann, ann_case), push(ben, ben_case)
        assert ann_op in visible_ops(ann) and ben_op not in visible_ops(ann)
        assert ben_op in visible_ops(ben) and ann_op not in visible_ops(ben)
        assert ann.execute("SELECT count(*) FROM ct.op WHERE scope_id = %s", (ben_case,)).fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            push(ann, ben_case)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor give itself a key to it
            give_key(ann, ben_case, team.ann, granted_by=team.ann)


def test_a_lawyer_given_a_key_reads_a_case_but_cannot_write_to_it(pg_cluster, team):
    with as_member(pg_cluster, team.ann) as ann, as_member(pg_cluster, team.leo) as leo:
        case = new_scope(ann, team.ann)
        op = push(ann, case)
        assert op not in visible_ops(leo)
        give_key(ann, case, team.leo, granted_by=team.ann)
        assert op in visible_ops(leo)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            push(leo, case)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            new_scope(leo, team.leo)


def test_a_supervisor_reads_every_case(pg_cluster, team):
    with as_member(pg_cluster, team.ann) as ann, as_member(pg_cluster, team.sue) as sue:
        op = push(ann, new_scope(ann, team.ann))
        everything = visible_ops(sue)
    with psycopg.connect(team.dsn) as admin:
        assert op in everything and everything == {row[0] for row in admin.execute("SELECT op_id FROM ct.op")}


def test_a_person_in_two_cases_is_readable_by_members_of_either_and_nobody_else(pg_cluster, team):
    with (
        as_member(pg_cluster, team.ann) as ann,
        as_member(pg_cluster, team.ben) as ben,
        as_member(pg_cluster, team.cat) as cat,
        as_member(pg_cluster, team.sue) as sue,
    ):
        ann_case, ben_case = new_scope(ann, team.ann), new_scope(ben, team.ben)
        person = new_scope(ann, team.ann, kind="person")
        ann.execute("INSERT INTO ct.person_case (person_id, case_id) VALUES (%s, %s)", (person, ann_case))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # ben cannot pull a person into his case
            ben.execute("INSERT INTO ct.person_case (person_id, case_id) VALUES (%s, %s)", (person, ben_case))
        sue.execute("INSERT INTO ct.person_case (person_id, case_id) VALUES (%s, %s)", (person, ben_case))
        op = push(ann, person)
        assert op in visible_ops(ann) and op in visible_ops(ben) and op in visible_ops(sue)
        assert op not in visible_ops(cat)
        ben_links = ben.execute("SELECT case_id FROM ct.person_case WHERE person_id = %s", (person,))
        assert ben_links.fetchall() == [(ben_case,)]


def test_nobody_changes_or_deletes_an_op_nor_writes_one_as_someone_else(pg_cluster, team):
    with as_member(pg_cluster, team.ann) as ann, as_member(pg_cluster, team.sue) as sue:
        case = new_scope(ann, team.ann)
        op = push(ann, case)
        for connection in (ann, sue):
            for statement in CHANGES:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    connection.execute(statement, (op,))
        for column, value in (("author", team.ben.member_id), ("author_role", "supervisor")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                ann.execute(
                    f"INSERT INTO ct.op (op_id, scope_id, key_version, body, {column})"
                    " VALUES (%s, %s, 1, 'x', %s)",
                    (uuid.uuid4(), case, value),
                )
        author, role = ann.execute("SELECT author, author_role FROM ct.op WHERE op_id = %s", (op,)).fetchone()
    assert (str(author), role) == (team.ann.member_id, "caseworker")


def test_a_member_cannot_read_the_team_secret_nor_change_a_member(pg_cluster, team):
    with as_member(pg_cluster, team.sue) as sue:
        for statement in (
            "SELECT * FROM ct.team_secret",
            "UPDATE ct.member SET disabled = true WHERE login IS NOT NULL",
            "UPDATE ct.member SET box_public = 'x'",
            "DELETE FROM ct.member",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                sue.execute(statement)
        members = sue.execute("SELECT count(*) FROM ct.member").fetchone()[0]
        assert members >= 6  # every member, the recovery key too


def test_join_sets_a_members_public_key_once_only(pg_cluster, team):
    newcomer = invite(team.dsn, "Newcomer", "caseworker")
    first, second = bytes(crypto.new_key_pair().public_key), bytes(crypto.new_key_pair().public_key)
    with as_member(pg_cluster, newcomer) as connection:
        connection.execute("SELECT ct.join(%s)", (first,))
        connection.execute("SELECT ct.join(%s)", (first,))  # a retried join is no change
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT ct.join(%s)", (second,))
        stored = connection.execute("SELECT box_public FROM ct.member WHERE id = ct.me()").fetchone()[0]
    assert stored == first


def test_my_keys_gives_a_member_its_own_sealed_keys_and_nobody_elses(pg_cluster, team):
    with as_member(pg_cluster, team.cat) as cat, as_member(pg_cluster, team.sue) as sue:
        case = new_scope(cat, team.cat)
        give_key(cat, case, team.sue, granted_by=team.cat)
        cat_keys = cat.execute("SELECT scope_id, version, sealed FROM ct.my_keys()").fetchall()
        sue_keys = sue.execute("SELECT scope_id FROM ct.my_keys()").fetchall()
    assert cat_keys == [(case, 1, b"sealed key")]  # not the key of it sealed to the supervisor
    assert (case,) in sue_keys and len(sue_keys) == len(set(sue_keys))
    with psycopg.connect(team.dsn) as admin:  # an emptied key (access re-issued) waits to be sealed again
        admin.execute("UPDATE ct.scope_key SET sealed = '' WHERE scope_id = %s", (case,))
    with as_member(pg_cluster, team.cat) as cat:
        assert (case,) not in cat.execute("SELECT scope_id FROM ct.my_keys()").fetchall()


def test_the_same_op_pushed_twice_is_stored_once(pg_cluster, team):
    with as_member(pg_cluster, team.ann) as ann:
        case = new_scope(ann, team.ann)
        op = push(ann, case)
        push(ann, case, op_id=op)
        assert ann.execute("SELECT count(*) FROM ct.op WHERE op_id = %s", (op,)).fetchone()[0] == 1


def test_a_stranger_to_the_team_logs_in_to_nothing(pg_cluster, team):
    """A login of another team in the same cluster connects (the group roles are the cluster's) but is
    no member here: it reads nothing and writes nothing."""
    other = invite(pg_cluster_team(pg_cluster), "Elsewhere", "supervisor")
    stranger = type(other)(**{**other.__dict__, "dbname": team.ann.dbname})
    with as_member(pg_cluster, stranger) as connection:
        assert connection.execute("SELECT ct.me()").fetchone()[0] is None
        assert visible_ops(connection) == set()
        assert connection.execute("SELECT count(*) FROM ct.member").fetchone()[0] == 0


def pg_cluster_team(cluster) -> str:
    from tests.team.pg_cluster import new_team_db

    dsn = new_team_db(cluster)
    server_init(dsn)
    return dsn


def _push_many(connection, scopes, op_ids):
    count = len(op_ids)
    return connection.execute(
        "SELECT ct.push_ops(%s, %s, %s, %s)", (op_ids, scopes, [1] * count, [b"ciphertext"] * count)
    ).fetchone()[0]


def test_push_ops_stores_a_batch_once_and_refuses_all_of_it_for_one_case_not_writable(pg_cluster, team):
    with (
        as_member(pg_cluster, team.ann) as ann,
        as_member(pg_cluster, team.ben) as ben,
        as_member(pg_cluster, team.leo) as leo,
    ):
        mine, theirs = new_scope(ann, team.ann), new_scope(ben, team.ben)
        ops = [uuid.uuid4() for _ in range(3)]
        assert _push_many(ann, [mine] * 3, ops) == 3
        assert _push_many(ann, [mine] * 3, ops) == 0  # a retried push stores nothing twice
        authors = ann.execute("SELECT DISTINCT author, author_role FROM ct.op WHERE scope_id = %s", (mine,))
        assert authors.fetchall() == [(uuid.UUID(team.ann.member_id), "caseworker")]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _push_many(ann, [mine, theirs], [uuid.uuid4(), uuid.uuid4()])
        give_key(ann, mine, team.leo, granted_by=team.ann)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a lawyer reads, never writes
            _push_many(leo, [mine], [uuid.uuid4()])
        assert ann.execute("SELECT count(*) FROM ct.op WHERE scope_id = %s", (mine,)).fetchone()[0] == 3
        assert ben.execute("SELECT count(*) FROM ct.op WHERE scope_id = %s", (theirs,)).fetchone()[0] == 0
