"""Laptops of one team syncing through the real server (TLS on the loopback)."""

import pytest
from psycopg.conninfo import conninfo_to_dict
from sqlmodel import select

from casetracker.services import cases
from casetracker.store.models import Case, Note, Person, SyncOutbox
from casetracker.team import membership, sync
from tests.team.team_helpers import a_case

NAME, NOTE = "Секретова Варвара Тестовна", "Safe house on Lenina street, code 4417"


@pytest.fixture(scope="module")
def server(team_server):
    return team_server


@pytest.fixture
def team(laptops):
    return laptops


def _numbers(store) -> list[str]:
    with store.session() as session:
        return sorted(case.number for case in session.exec(select(Case)))


def test_a_case_reaches_the_supervisor_but_no_caseworker_it_was_not_shared_with(team):
    anna, boris, sue = team["anna"], team["boris"], team["sue"]
    number = a_case(anna, NAME)
    result = sync.sync(anna)
    assert result.pushed >= 3
    assert sync.sync(boris).pulled == 0
    assert _numbers(boris) == []
    sync.sync(sue)
    assert _numbers(sue) == [number]


def test_a_shared_case_brings_its_person_and_both_laptops_merge_their_edits(team):
    anna, boris = team["anna"], team["boris"]
    number = a_case(anna, NAME)
    sync.sync(anna)
    membership.share_case(anna, number, f"boris-{team['suffix']}")
    sync.sync(boris)
    with boris.session() as session:
        assert [person.name for person in session.exec(select(Person))] == [NAME]
    with anna.transaction() as session:
        cases.update_case(session, "anna", number, summary="Anna's summary")
    with boris.transaction() as session:
        cases.update_case(session, "boris", number, summary="Boris's summary", priority="high")
    sync.sync(anna)
    assert sync.sync(boris).conflicts == 1
    assert sync.sync(anna).conflicts == 1
    shown = {(_case(store, number).summary, _case(store, number).priority) for store in (anna, boris)}
    assert len(shown) == 1
    assert shown.pop()[1] == "high"


def test_a_lawyer_reads_a_shared_case_and_sends_nothing(team):
    anna, leo = team["anna"], team["leo"]
    number = a_case(anna, NAME)
    sync.sync(anna)
    membership.share_case(anna, number, f"leo-{team['suffix']}")
    sync.sync(leo)
    assert _numbers(leo) == [number]
    with leo.transaction() as session:
        cases.add_note(session, "leo", number, "A lawyer's own note")
    assert sync.sync(leo).pushed == 0
    with leo.session() as session:
        assert session.exec(select(SyncOutbox)).all() != []  # kept, never lost


def test_the_server_holds_no_name_or_note_in_any_encoding(team, pg_cluster, server):
    anna = team["anna"]
    number = a_case(anna, NAME)
    with anna.transaction() as session:
        cases.add_note(session, "anna", number, NOTE)
    sync.sync(anna)
    dump = pg_cluster.folder / "dump.sql"
    socket, port = str(pg_cluster.socket_dir), str(pg_cluster.port)
    database = conninfo_to_dict(server)["dbname"]
    pg_cluster.run_tool("pg_dump", "-h", socket, "-p", port, "-U", "postgres", "-f", str(dump), database)
    content = dump.read_bytes()
    assert b"ct.op" in content  # the dump is the team's database
    for secret in (NAME, NOTE, "Секретова", "Lenina", team["suffix"]):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert secret.encode(encoding) not in content, (secret, encoding)
    with anna.session() as session:
        assert session.exec(select(Note)).all()


def _case(store, number):
    with store.session() as session:
        return cases.find_case(session, number)


def _case_as_shown(store, number: str) -> tuple:
    with store.session() as session:
        shown = cases.case_detail(session, number)
        return (
            shown.case.summary,
            shown.person.person.name,
            sorted(event.kind for event in shown.events),
            sorted(note.text for note in shown.notes),
        )


def test_bundles_still_carry_cases_to_and_from_people_outside_the_team(team, tmp_path):
    import json

    from casetracker.exchange import import_bundle, write_bundle
    from casetracker.exchange.bundle import unseal
    from casetracker.store.database import create_store
    from casetracker.team import identity
    from tests.team.team_helpers import PASSPHRASE

    anna, sue = team["anna"], team["sue"]
    outsider = create_store(tmp_path / "outsider", PASSPHRASE)
    received = a_case(outsider, "Внешнева Ольга")
    with outsider.transaction() as session:  # a history of its own: a first summary, then another
        cases.update_case(session, "outsider", received, summary="First account")
        cases.update_case(session, "outsider", received, summary="Account after the interview")
        cases.add_note(session, "outsider", received, "Brought by hand")
    incoming = tmp_path / "incoming.ctbundle"
    with outsider.session() as session:
        write_bundle(session, received, incoming, "bundle passphrase", scrypt_n=2**10)
    with anna.transaction() as session:
        number = import_bundle(session, "anna", incoming, "bundle passphrase").renumbered.get(
            received, received
        )
    sync.sync(anna)
    sync.sync(sue)
    assert _case_as_shown(sue, number) == _case_as_shown(anna, number)
    assert _case_as_shown(sue, number)[0] == "Account after the interview"

    ours = a_case(anna, NAME)
    outgoing = tmp_path / "outgoing.ctbundle"
    with anna.session() as session:
        write_bundle(session, ours, outgoing, "bundle passphrase", scrypt_n=2**10)
        me = identity.current(anna)
    payload = json.dumps(unseal(outgoing.read_bytes(), "bundle passphrase"), ensure_ascii=False)
    assert me.password not in payload and me.login not in payload  # nothing of the team goes out
    with outsider.transaction() as session:
        import_bundle(session, "outsider", outgoing, "bundle passphrase")
    assert _case_as_shown(outsider, ours) == _case_as_shown(anna, ours)
    outsider.close()
