"""A write by another process is noticed; the app's own writes are not taken for one."""

from casetracker.services import people
from casetracker.store.changes import OtherWrites
from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE


def _add_person(store, name: str) -> None:
    with store.transaction() as session:
        people.add_person(session, "test", people.PersonDraft(name))


def test_a_write_through_another_connection_is_noticed_once(store, store_dir):
    watch = OtherWrites(store.engine)
    try:
        assert not watch.changed_elsewhere()
        other = open_store(store_dir, PASSPHRASE)  # as the command line would
        try:
            _add_person(other, "Пётр Иванов")
        finally:
            other.close()
        assert watch.changed_elsewhere()
        assert not watch.changed_elsewhere()  # said once
    finally:
        watch.close()


def test_the_stores_own_writes_are_not_taken_for_another_process(store):
    watch = OtherWrites(store.engine)
    try:
        _add_person(store, "Анна Петрова")
        with store.reading() as session:
            people.find_people(session, "Анна", 10)
        assert not watch.changed_elsewhere()
    finally:
        watch.close()
    assert not watch.changed_elsewhere()  # closed: asks nothing of the store
    watch.close()  # twice is harmless


def test_closing_the_store_closes_the_watch_too(store_dir):
    from casetracker.store.database import create_store

    store = create_store(store_dir, PASSPHRASE)
    watch = OtherWrites(store.engine)
    store.close()
    assert not watch.changed_elsewhere()  # nothing is asked of a closed store
    watch.close()
