"""An organisation that lost every laptop gets its cases back from the server with its recovery key."""

import pytest
from nacl.public import PrivateKey
from sqlmodel import select

from casetracker.errors import CaseTrackerError
from casetracker.services import cases
from casetracker.store.database import create_store, open_store
from casetracker.store.models import Case, Note, Person
from casetracker.team import crypto, sync
from casetracker.team.recovery import recover
from casetracker.team.server_schema import server_init
from tests.team.pg_cluster import new_team_db
from tests.team.team_helpers import PASSPHRASE, a_case, joined_laptop

NAME, NOTE = "Спасова Римма Тестовна", "Recovered note: the hearing is on the 14th"


def test_every_case_comes_back_into_a_new_store_with_the_recovery_key(tmp_path, pg_cluster):
    dsn = new_team_db(pg_cluster)
    recovery_private = server_init(dsn).recovery_private
    anna, _ = joined_laptop(tmp_path, dsn, "anna")
    boris, _ = joined_laptop(tmp_path, dsn, "boris")
    try:
        number = a_case(anna, NAME)
        with anna.transaction() as session:
            cases.add_note(session, "anna", number, NOTE)
        a_case(boris, "Тестов Борис", country="LV")
        sync.sync(anna)
        sync.sync(boris)
    finally:
        anna.close()
        boris.close()

    with pytest.raises(CaseTrackerError) as refused:
        recover(dsn, crypto.new_key_pair(), lambda: pytest.fail("no store for a wrong key"))
    assert refused.value.key == "team.recovery_key_wrong"

    result = recover(
        dsn, PrivateKey(recovery_private), lambda: create_store(tmp_path / "recovered", PASSPHRASE)
    )
    assert result.applied >= 6 and result.unreadable == 0
    recovered = open_store(tmp_path / "recovered", PASSPHRASE)
    try:
        with recovered.session() as session:
            assert len(session.exec(select(Case)).all()) == 2
            assert NAME in [person.name for person in session.exec(select(Person))]
            assert [note.text for note in session.exec(select(Note))] == [NOTE]
    finally:
        recovered.close()
