"""A store open in one process is not pulled from under it by another.

The `store` fixture plays the app (or any process) that has the store open: a second `Store`
opened in the test process has lock files of its own, as another process would.
"""

import threading
import time

import pytest
import sqlcipher3

from casetracker.errors import StoreInUse, StoreKeyChanged
from casetracker.services import cases, people
from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE


def _a_case(store) -> str:
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft("Фиктивная Персона"))
        return cases.add_case(session, "t", person.person.id, "entry_denial", "GE").number


def test_a_passphrase_change_is_refused_while_another_store_object_has_it_open(store, store_dir):
    other = open_store(store_dir, PASSPHRASE)
    with pytest.raises(StoreInUse):
        store.change_passphrase("another passphrase entirely")
    other.close()
    store.change_passphrase("another passphrase entirely")  # alone now
    store.close()
    open_store(store_dir, "another passphrase entirely").close()


def test_opening_waits_for_an_operation_that_has_the_store_to_itself(store, store_dir):
    inside = threading.Event()

    def hold() -> None:
        with store.alone("test operation"):
            inside.set()
            time.sleep(0.6)

    holder = threading.Thread(target=hold)
    holder.start()
    inside.wait(5)
    started = time.monotonic()
    other = open_store(store_dir, PASSPHRASE)
    waited = time.monotonic() - started
    holder.join()
    other.close()
    assert waited > 0.3


def test_a_store_re_keyed_behind_its_back_says_so_and_keeps_what_it_had(store, store_dir):
    """The stock sqlcipher tool knows nothing of our locks: a re-key there is the one way left for
    the key to change under an open store. The next write must say what happened."""
    number = _a_case(store)
    connection = sqlcipher3.connect(str(store_dir / "cases.db"))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    connection.execute("PRAGMA kdf_iter = 4000")  # the tests' fast key derivation (conftest.py)
    connection.execute("PRAGMA rekey = 'changed with the stock tool'")
    connection.close()
    with pytest.raises(StoreKeyChanged) as raised, store.transaction() as session:
        cases.update_case(session, "t", number, summary="never saved")
    assert "was not saved" in str(raised.value) and "new passphrase" in str(raised.value)
    store.close()
    reopened = open_store(store_dir, "changed with the stock tool")
    with reopened.session() as session:
        assert cases.find_case(session, number).summary == ""
    reopened.close()
