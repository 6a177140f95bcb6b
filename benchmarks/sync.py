"""Team sync benchmark, on a throwaway PostgreSQL cluster with TLS on the loopback.

    python benchmarks/sync.py [--cases 10000] [--changes 1000] [--server-cases 100000] [--members 20]

It prints three figures, each against its target (issue: team mode):
1. the initial sync of a team of `--cases` cases into a new laptop (a supervisor's, which reads
   every case): target under 60 s; the first push of those cases by the laptop that had them is
   printed too;
2. `--changes` changes made on one laptop, pushed, then pulled by another: target under 5 s;
3. on a server of `--members` members and `--server-cases` cases (ten operations each, written
   straight into the server), one caseworker's pull of the next 100 changes they may read:
   target under 200 ms (median of 20).

Needs PostgreSQL 15 or newer (Debian's postgresql package); as root it runs the server as the
postgres user.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CASETRACKER_TEST_KDF_ITER", "4000")  # the stores are throwaway

from sqlmodel import select

from benchmarks.generate import generate
from casetracker.services import cases, store_settings
from casetracker.store.database import create_store
from casetracker.store.models import Case
from casetracker.team import membership, sync
from casetracker.team.admin import invite
from casetracker.team.postgres import connect
from casetracker.team.server_schema import server_init
from tests.team.pg_cluster import make_cluster, new_team_db, remove_cluster

PASSPHRASE = "benchmark"


def timed(label: str, work, target: float | None = None):
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    verdict = (
        "" if target is None else f"  (target < {target:g} s: {'met' if seconds < target else 'MISSED'})"
    )
    print(f"{label}: {seconds:.2f} s{verdict}", flush=True)
    return result


def laptop(folder: Path, name: str):
    store = create_store(folder / name, PASSPHRASE)
    with store.transaction() as session:
        store_settings.set_setting(session, store_settings.CASEWORKER, name)
    return store


def initial_and_changes(cluster, folder: Path, case_count: int, change_count: int) -> None:
    dsn = new_team_db(cluster)
    server_init(dsn)
    anna, sue = laptop(folder, "anna"), laptop(folder, "sue")
    membership.join(sue, invite(dsn, "sue", "supervisor"))  # first, so every case key is sealed to her
    print(f"generating {case_count:,} cases...", flush=True)
    counts = generate(anna.engine, case_count)
    print("  " + ", ".join(f"{n:,} {what}" for what, n in counts.items()), flush=True)
    timed(
        "join of the laptop that holds them (every record queued)",
        lambda: membership.join(anna, invite(dsn, "anna", "caseworker")),
    )
    pushed = timed("its first push", lambda: sync.sync(anna))
    print(f"  {pushed.pushed:,} operations", flush=True)
    pulled = timed(
        f"initial sync of {case_count:,} cases into a new laptop", lambda: sync.sync(sue), target=60
    )
    print(f"  {pulled.pulled:,} operations", flush=True)
    with anna.reading() as session:
        numbers = session.exec(select(Case.number).order_by(Case.number).limit(change_count)).all()

    def change():
        with anna.transaction() as session:
            for index, number in enumerate(numbers):
                cases.update_case(session, "anna", number, summary=f"Changed for the benchmark ({index})")

    change()
    moved = timed(
        f"{len(numbers):,} changes pushed and pulled", lambda: (sync.sync(anna), sync.sync(sue)), target=5
    )
    print(f"  pushed {moved[0].pushed:,}, pulled {moved[1].pulled:,}", flush=True)
    anna.close()
    sue.close()


def big_server(cluster, member_count: int, case_count: int) -> None:
    """A server holding `case_count` cases of `member_count` members, then one caseworker's pulls."""
    dsn = new_team_db(cluster)
    server_init(dsn)
    supervisors = 2
    invitations = [
        invite(dsn, f"member {n}", "supervisor" if n < supervisors else "caseworker")
        for n in range(member_count)
    ]
    caseworkers = [inv.member_id for inv in invitations[supervisors:]]
    started = time.perf_counter()
    with connect(dsn) as connection:
        connection.execute("CREATE TEMP TABLE owners (n int PRIMARY KEY, id uuid)")
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO owners VALUES (%s, %s)", list(enumerate(caseworkers)))
        connection.execute(
            "INSERT INTO ct.scope (id, kind, owner) SELECT gen_random_uuid(), 'case', o.id"
            " FROM generate_series(0, %s - 1) g JOIN owners o ON o.n = g %% %s",
            (case_count, len(caseworkers)),
        )
        connection.execute(
            "INSERT INTO ct.scope_key (scope_id, version, member_id, sealed, granted_by)"
            " SELECT s.id, 1, s.owner, decode(repeat('ab', 80), 'hex'), s.owner FROM ct.scope s"
        )
        connection.execute(
            "INSERT INTO ct.scope_key (scope_id, version, member_id, sealed, granted_by)"
            " SELECT s.id, 1, m.id, decode(repeat('ab', 80), 'hex'), s.owner FROM ct.scope s"
            " CROSS JOIN ct.member m WHERE m.role IN ('supervisor', 'recovery')"
        )
        # Ten operations per case, in an order that mixes the cases as a team's day would.
        connection.execute(
            "INSERT INTO ct.op (op_id, scope_id, key_version, author, author_role, body)"
            " SELECT gen_random_uuid(), s.id, 1, s.owner, 'caseworker',"
            " decode(repeat(md5(random()::text), 12), 'hex')"
            " FROM ct.scope s CROSS JOIN generate_series(1, 10) ORDER BY random()"
        )
        connection.execute("ANALYZE")
        total = connection.execute("SELECT count(*), max(seq) FROM ct.op").fetchone()
    print(
        f"server filled: {member_count} members, {case_count:,} cases, {total[0]:,} operations "
        f"in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    member = invitations[supervisors]
    member_dsn = cluster.dsn(member.login, member.password, member.dbname)
    with connect(member_dsn) as connection:
        mine = connection.execute(
            "SELECT seq FROM ct.op WHERE ct.can_read(scope_id) ORDER BY seq DESC LIMIT 1 OFFSET 99"
        ).fetchone()[0]
        after = mine - 1
        times = []
        for _ in range(20):
            started = time.perf_counter()
            rows = connection.execute(
                "SELECT seq, op_id, scope_id, key_version, body FROM ct.op"
                " WHERE seq > %s ORDER BY seq LIMIT 100",
                (after,),
            ).fetchall()
            connection.commit()
            times.append(time.perf_counter() - started)
    median = statistics.median(times) * 1000
    verdict = "met" if median < 200 else "MISSED"
    print(
        f"a caseworker's pull of the next {len(rows)} changes they may read: median {median:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms  (target < 200 ms: {verdict})",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=1_000)
    parser.add_argument("--server-cases", type=int, default=100_000)
    parser.add_argument("--members", type=int, default=20)
    arguments = parser.parse_args()
    cluster = make_cluster()
    try:
        with tempfile.TemporaryDirectory(prefix="casetracker-sync-bench-") as folder:
            initial_and_changes(cluster, Path(folder), arguments.cases, arguments.changes)
        big_server(cluster, arguments.members, arguments.server_cases)
    finally:
        remove_cluster(cluster)


if __name__ == "__main__":
    main()
