"""Sync through faults: a connection cut mid-push and mid-pull, the server restarted mid-sync, the server's
disk full, laptops whose clocks differ by hours, and a server certificate from another CA.

Laptops are real stores that joined a real team (the TLS cluster of pg_cluster.py), reaching it through a
proxy that can cut the connection (cutting_proxy.py). Each test ends by syncing every laptop cleanly and
checking that nothing was lost or duplicated: the server holds every operation made exactly once, each
laptop applied every operation it may read, and no outbox holds anything.
"""

import dataclasses
import os
import secrets
import shutil
import subprocess
import uuid
from contextlib import contextmanager
from types import SimpleNamespace

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from sqlmodel import col, select

from casetracker.errors import TeamServerError
from casetracker.services import cases, store_settings
from casetracker.store.database import Store, create_store
from casetracker.store.models import Case, SyncApplied, SyncOutbox, SyncRecord, TeamKey
from casetracker.team import conflicts, hlc, membership, oplog, sync
from casetracker.team.admin import invite
from casetracker.team.server_schema import server_init
from tests.team.cutting_proxy import DOWN, UP, CuttingProxy
from tests.team.pg_cluster import AS_ROOT, new_team_db
from tests.team.team_helpers import PASSPHRASE, a_case

LAPTOPS = {"anna": "caseworker", "ben": "caseworker", "sue": "supervisor"}


@pytest.fixture
def made(monkeypatch) -> dict[str, str]:
    """Every operation made on any laptop of the test: its id and the replica that made it."""
    ops: dict[str, str] = {}
    add = oplog.Outbox.add

    def recorded(outbox, change):
        body = add(outbox, change)
        ops[body["op"]] = body["replica"]
        return body

    monkeypatch.setattr(oplog.Outbox, "add", recorded)
    return ops


@pytest.fixture
def team(pg_cluster, tmp_path, made):
    """A new team whose three laptops (caseworkers anna and ben, supervisor sue) reach the server only
    through a proxy that can cut their connection."""
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    proxy = CuttingProxy(pg_cluster.port)
    laptops = {}
    for name, role in LAPTOPS.items():
        store = create_store(tmp_path / name, PASSPHRASE)
        with store.transaction() as session:
            store_settings.set_setting(session, store_settings.CASEWORKER, name)
        membership.join(store, dataclasses.replace(invite(dsn, name, role), port=proxy.port))
        laptops[name] = store
    yield SimpleNamespace(
        cluster=pg_cluster, dbname=conninfo_to_dict(dsn)["dbname"], proxy=proxy, made=made, **laptops
    )
    proxy.close()
    for store in laptops.values():
        store.close()


# --- what every test checks ------------------------------------------------------------------------


def server_ops(team) -> dict[str, tuple[int, uuid.UUID]]:
    """Every operation the server holds, read as the superuser: op id → (seq, scope). Fails on a
    duplicate op id."""
    rows = team.cluster.sql("SELECT op_id::text, seq, scope_id FROM ct.op", dbname=team.dbname)
    assert len(rows) == len({row[0] for row in rows})
    return {row[0]: (row[1], row[2]) for row in rows}


def replica_of(store: Store) -> str:
    with store.reading() as session:
        return store_settings.get_setting(session, oplog.REPLICA)


def outbox_of(store: Store) -> set[str]:
    with store.reading() as session:
        return {str(row.op_id) for row in session.exec(select(SyncOutbox))}


def assert_consistent(team, store: Store) -> None:
    """After a failed sync: each operation this laptop made is on the server or still in its outbox, what
    it applied is on the server, and it has not moved past what the server holds."""
    on_server, outbox = server_ops(team), outbox_of(store)
    mine = {op for op, replica in team.made.items() if replica == replica_of(store)}
    assert mine - set(on_server) <= outbox, "a change made here is neither sent nor kept"
    with store.reading() as session:
        applied = {str(op) for op in session.exec(select(SyncApplied.op_id))}
        position = int(store_settings.get_setting(session, sync.PULLED, "0"))
    assert applied <= set(on_server)
    assert position <= max((seq for seq, _scope in on_server.values()), default=0)


def assert_nothing_lost(team) -> None:
    """Sync every laptop cleanly (twice round, so each has what the others sent), then: the server holds
    every operation made, once; every laptop applied every other laptop's operation it holds the key to;
    no outbox holds anything."""
    laptops = [team.anna, team.ben, team.sue]
    for _round in range(2):
        for store in laptops:
            sync.sync(store)
    on_server = server_ops(team)
    assert set(on_server) == set(team.made)
    for store in laptops:
        assert outbox_of(store) == set()
        replica = replica_of(store)
        with store.reading() as session:
            applied = {str(op) for op in session.exec(select(SyncApplied.op_id))}
            readable = set(session.exec(select(TeamKey.scope_id)))
        due = {
            op for op, (_seq, scope) in on_server.items() if scope in readable and team.made[op] != replica
        }
        assert due <= applied, f"{len(due - applied)} operations never reached a laptop that may read them"
    assert _numbers(team.sue) >= _numbers(team.anna) | _numbers(team.ben)  # the supervisor reads every case


def _numbers(store: Store) -> set[str]:
    with store.reading() as session:
        return set(session.exec(select(Case.number)))


def assert_worded(error: TeamServerError, what: str) -> None:
    text = str(error)
    assert error.what == what, text
    for leaked in ("SSL", "psycopg", "consuming input", "Traceback", "SQLSTATE", "ct.op"):
        assert leaked not in text


# --- a connection cut -------------------------------------------------------------------------------


def recorded_sync(team, store: Store, monkeypatch) -> tuple[dict[str, list[int]], list[tuple[dict, dict]]]:
    """Sync `store` once, writing down its traffic: the byte counts at the end of each chunk, and the
    counts before and after each COMMIT (the push's comes first, the one closing the sync last)."""
    commits = []
    commit = psycopg.Connection.commit

    def noted_commit(connection):
        before = dict(team.proxy.connections[-1].sent)
        commit(connection)
        commits.append((before, dict(team.proxy.connections[-1].sent)))

    with monkeypatch.context() as patched:
        patched.setattr(psycopg.Connection, "commit", noted_commit)
        sync.sync(store)
    return team.proxy.connections[-1].marks, commits


def cut_sync(team, store: Store, direction: str, point: int, finished: int) -> None:
    """Sync `store` through a connection cut after `point` bytes in `direction`: said lost, unless the cut
    came after the sync's last COMMIT was sent (`finished` bytes), with nothing left to lose."""
    team.proxy.cut_next(direction, point)
    try:
        sync.sync(store)
    except TeamServerError as cut:
        assert_worded(cut, "connection_lost")
    else:
        assert point >= finished, f"a cut after {point} bytes {direction} went unnoticed"
    assert_consistent(team, store)


def test_a_push_cut_anywhere_is_said_lost_keeps_every_change_and_the_next_sync_sends_each_once(
    team, monkeypatch
):
    anna = team.anna
    a_case(anna, "Тестова Анна 00")
    marks, commits = recorded_sync(team, anna, monkeypatch)
    pushed = (commits[0][0][UP], commits[0][1][UP])  # just before and just after the push's COMMIT
    # About fifteen points spread over the whole exchange (how many pieces it came in varies with the
    # machine's load), both sides of the push's COMMIT, and the middle of the push.
    sent = marks[UP][:-1]
    points = sorted({*sent[:: max(1, len(sent) // 15)], *pushed, pushed[0] + 10} - {marks[UP][-1]})
    assert len(points) > 10
    committed_unacknowledged = sent_nothing = 0
    for number, point in enumerate(points, start=1):
        a_case(anna, f"Тестова Анна {number:02d}")
        before = set(server_ops(team))
        cut_sync(team, anna, UP, point, finished=commits[-1][1][UP])
        arrived = set(server_ops(team)) - before
        committed_unacknowledged += bool(arrived & outbox_of(anna))
        sent_nothing += not arrived
        sync.sync(anna)
        assert outbox_of(anna) == set()
    assert committed_unacknowledged and sent_nothing  # cuts fell both before and after the server committed
    assert_nothing_lost(team)
    rekeyed = team.cluster.sql(  # a push sent again found the key it had given the new case
        "SELECT scope_id FROM ct.scope_key GROUP BY scope_id HAVING count(DISTINCT version) > 1",
        dbname=team.dbname,
    )
    assert rekeyed == []
    assert len(_numbers(team.sue)) == len(points) + 1


def test_a_pull_cut_anywhere_is_said_lost_and_the_next_sync_brings_the_rest(team, monkeypatch):
    anna, sue = team.anna, team.sue
    a_case(anna, "Тестова Анна 00")
    sync.sync(anna)
    marks, commits = recorded_sync(team, sue, monkeypatch)
    points = marks[DOWN][:-1]
    assert len(points) > 10
    for number, point in enumerate(points, start=1):
        a_case(anna, f"Тестова Анна {number:02d}")
        sync.sync(anna)
        cut_sync(team, sue, DOWN, point, finished=commits[-1][1][DOWN])
        sync.sync(sue)
        assert _numbers(sue) == _numbers(anna)
    assert_nothing_lost(team)


# --- the server restarted -----------------------------------------------------------------------------


def test_a_server_restarted_mid_push_and_mid_pull_loses_nothing(team, monkeypatch):
    anna, sue = team.anna, team.sue
    for number in range(12):
        a_case(anna, f"Тестова Анна {number:02d}")
    seal, sealed = sync.crypto.secret_seal, []

    def seal_then_restart(key, plain):  # half the operations sealed, the push transaction open
        sealed.append(1)
        if len(sealed) == 18:
            team.cluster.restart()
        return seal(key, plain)

    monkeypatch.setattr(sync.crypto, "secret_seal", seal_then_restart)
    with pytest.raises(TeamServerError) as lost:
        sync.sync(anna)
    assert_worded(lost.value, "connection_lost")
    assert_consistent(team, anna)
    assert server_ops(team) == {}  # the push was one transaction: none of it stayed
    monkeypatch.setattr(sync.crypto, "secret_seal", seal)
    assert sync.sync(anna).pushed == len(team.made)

    monkeypatch.setattr(sync, "PAGE", 10)  # the pull in pages, the server restarted after the first
    apply_page, pages = sync._apply_page, []

    def apply_then_restart(store, rows, position):
        applied = apply_page(store, rows, position)
        pages.append(len(rows))
        if len(pages) == 1:
            team.cluster.restart()
        return applied

    monkeypatch.setattr(sync, "_apply_page", apply_then_restart)
    with pytest.raises(TeamServerError) as lost:
        sync.sync(sue)
    assert_worded(lost.value, "connection_lost")
    assert_consistent(team, sue)
    assert pages == [10]
    with sue.reading() as session:
        assert len(session.exec(select(SyncApplied)).all()) == 10  # the first page stayed applied
    assert sync.sync(sue).pulled == len(team.made) - 10
    assert_nothing_lost(team)


# --- the server's disk full ---------------------------------------------------------------------------


@contextmanager
def small_disk(team, free: int):
    """The team's operations table moved onto a 6 MB disk of its own, filled up to `free` bytes; yields
    the file taking the space, which a technician would delete to free it."""
    folder = team.cluster.folder / f"small-disk-{secrets.token_hex(4)}"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:  # a container without the right to mount, even as root
        folder.rmdir()
        pytest.skip(
            f"this machine lets nobody mount a tmpfs: {mounted.stderr.decode(errors='replace')[:200]}"
        )
    tablespace = f"small_{secrets.token_hex(4)}"
    filler = folder / "filler"
    try:
        shutil.chown(folder, "postgres", "postgres")
        team.cluster.sql(f"CREATE TABLESPACE {tablespace} LOCATION '{folder}'")
        team.cluster.sql(f"ALTER TABLE ct.op SET TABLESPACE {tablespace}", dbname=team.dbname)
        space = os.statvfs(folder)
        filler.write_bytes(bytes(space.f_bavail * space.f_frsize - free))
        yield filler
    finally:
        filler.unlink(missing_ok=True)
        team.cluster.sql("ALTER TABLE ct.op SET TABLESPACE pg_default", dbname=team.dbname)
        team.cluster.sql(f"DROP TABLESPACE IF EXISTS {tablespace}")
        subprocess.run(["umount", str(folder)], check=True)
        folder.rmdir()


@pytest.mark.skipif(not AS_ROOT, reason="giving the server a small disk of its own (a tmpfs) needs root")
def test_a_full_server_disk_is_said_so_and_the_changes_wait_here_until_space_is_freed(team):
    anna = team.anna
    a_case(anna, "Тестова Анна 00")
    sync.sync(anna)
    with small_disk(team, free=16 * 1024) as filler:
        before = set(server_ops(team))
        for number in range(1, 16):
            number = a_case(anna, f"Тестова Анна {number:02d}")
            with anna.transaction() as session:
                cases.add_note(session, "anna", number, "Заметка " * 60)
        with pytest.raises(TeamServerError) as full:
            sync.sync(anna)
        assert_worded(full.value, "server_full")
        assert "kept on this laptop" in str(full.value)
        waiting = outbox_of(anna)
        assert len(waiting) == 15 * 4 and set(server_ops(team)) == before  # nothing stored, all kept
        assert_consistent(team, anna)
        filler.unlink()  # the technician frees space
        assert sync.sync(anna).pushed == len(waiting)
    assert_nothing_lost(team)


# --- clocks hours apart ----------------------------------------------------------------------------


def test_laptops_whose_clocks_differ_by_hours_order_edits_by_what_each_had_seen(team, monkeypatch):
    anna, ben = team.anna, team.ben
    offset = {"hours": 0}
    wall = hlc.wall_millis
    monkeypatch.setattr(hlc, "wall_millis", lambda: wall() + offset["hours"] * 3_600_000)

    @contextmanager
    def clock(hours: int):
        offset["hours"] = hours
        yield
        offset["hours"] = 0

    ahead, behind = 5, -3
    with clock(ahead):
        number = a_case(anna, "Тестова Анна")
        with anna.transaction() as session:
            cases.update_case(session, "anna", number, summary="Written five hours ahead")
        sync.sync(anna)
        membership.share_case(anna, number, "ben")
        anna_stamp = _summary_heads(anna, number)[0][1]
    assert hlc.Stamp.parse(anna_stamp).millis > wall() + 4 * 3_600_000  # her clock is hours ahead
    with clock(behind):
        sync.sync(ben)
        with ben.transaction() as session:
            cases.update_case(session, "ben", number, summary="Written later, three hours behind")
        sync.sync(ben)
    with clock(ahead):
        sync.sync(anna)
    for store in (anna, ben):
        heads = _summary_heads(store, number)
        assert len(heads) == 1 and heads[0][1] > anna_stamp  # the later edit sorts later
        assert _case(store, number).summary == "Written later, three hours behind"
        assert conflicts_of(store) == []

    with clock(ahead):  # neither has seen the other's edit: both values are kept, one shown everywhere
        with anna.transaction() as session:
            cases.update_case(session, "anna", number, summary="Anna's, ahead")
        sync.sync(anna)
    with clock(behind):
        with ben.transaction() as session:
            cases.update_case(session, "ben", number, summary="Ben's, behind")
        sync.sync(ben)
    with clock(ahead):
        sync.sync(anna)
    assert_nothing_lost(team)
    for store in (anna, ben, team.sue):
        assert conflicts_of(store) == [("summary", {"Anna's, ahead", "Ben's, behind"})]
    assert len({_case(store, number).summary for store in (anna, ben, team.sue)}) == 1


def _summary_heads(store: Store, number: str) -> list[list]:
    with store.reading() as session:
        record = session.get(SyncRecord, cases.find_case(session, number).id)
        return record.heads.get("summary") or record.heads["*"]


def _case(store: Store, number: str) -> Case:
    with store.reading() as session:
        return cases.find_case(session, number)


def conflicts_of(store: Store) -> list[tuple[str, set]]:
    with store.reading() as session:
        return [
            (found.field, {alternative.value for alternative in found.alternatives})
            for found in conflicts.list_conflicts(session)
        ]


# --- a wrong certificate ----------------------------------------------------------------------------


def test_a_server_certificate_from_another_ca_is_refused_before_anything_is_sent_or_changed(team):
    anna = team.anna
    number = a_case(anna, "Тестова Анна")
    sync.sync(anna)
    with anna.transaction() as session:
        cases.add_note(session, "anna", number, "Written before the certificate changed")
    ca_file = anna.paths.root / "team-ca.pem"
    right_ca = ca_file.read_bytes()
    ca_file.write_bytes(team.cluster.wrong_ca.read_bytes())
    before = set(server_ops(team)), _local_state(anna)
    with pytest.raises(TeamServerError) as refused:
        sync.sync(anna)
    assert_worded(refused.value, "certificate")
    assert (set(server_ops(team)), _local_state(anna)) == before
    assert all(traffic.marks[UP] for traffic in team.proxy.connections)  # it was reached, then refused
    ca_file.write_bytes(right_ca)
    assert sync.sync(anna).pushed == 1
    assert_nothing_lost(team)


def _local_state(store: Store) -> tuple:
    with store.reading() as session:
        settings = {
            key: store_settings.get_setting(session, key)
            for key in (sync.PULLED, oplog.CAPTURED, oplog.CLOCK)
        }
        outbox = [row.op_id for row in session.exec(select(SyncOutbox).order_by(col(SyncOutbox.seq)))]
        return settings, outbox, len(session.exec(select(SyncApplied)).all())
