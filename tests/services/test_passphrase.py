"""The passphrase change as a service: the new passphrase opens the store, the old does not, and
every refusal leaves the store as it was."""

import pytest

from casetracker.errors import InvalidInput, StoreInUse, WrongPassphrase
from casetracker.services import backups, people
from casetracker.services.passphrase import change_passphrase, change_store_passphrase
from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE

NEW = "a new passphrase ёлка"


def _files(store_dir):
    return {
        path.relative_to(store_dir): path.read_bytes()
        for path in sorted(store_dir.rglob("*"))
        if path.is_file() and not path.name.startswith("cases.db-")  # the write-ahead log comes and goes
    }


@pytest.fixture
def closed_store(store):
    """A store with one person and one backup beside it, made under PASSPHRASE; closed again."""
    with store.transaction() as session:
        people.add_person(session, "t", people.PersonDraft("Вера Иванова"))
    backups.rolling_backup(store)
    store.close()
    return store.paths.root


def _person_count(store_dir, passphrase):
    store = open_store(store_dir, passphrase)
    try:
        with store.session() as session:
            return len(people.list_people(session))
    finally:
        store.close()


def test_after_the_change_the_new_passphrase_opens_the_store_and_the_old_does_not(closed_store):
    changed = change_store_passphrase(closed_store, PASSPHRASE, NEW)

    assert _person_count(closed_store, NEW) == 1
    with pytest.raises(WrongPassphrase):
        open_store(closed_store, PASSPHRASE)
    assert changed.old_backups == 1


def test_the_backups_made_under_the_old_passphrase_are_replaced_by_one_under_the_new(closed_store):
    change_store_passphrase(closed_store, PASSPHRASE, NEW)
    after = backups.list_backups(closed_store / "backups")

    assert len(after) == 1
    assert backups.verify_backup(after[0], NEW).ok
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(after[0], PASSPHRASE)


def test_a_wrong_old_passphrase_changes_nothing_and_asks_for_no_new_one(closed_store):
    before = _files(closed_store)
    asked = []

    with pytest.raises(WrongPassphrase):
        change_store_passphrase(closed_store, "not the passphrase", lambda: asked.append(1) or NEW)

    assert asked == []
    assert _files(closed_store) == before
    assert _person_count(closed_store, PASSPHRASE) == 1


def test_while_another_process_has_the_store_open_the_change_is_refused_before_asking(closed_store):
    elsewhere = open_store(closed_store, PASSPHRASE)  # another process, as far as the store can tell
    asked = []
    try:
        with pytest.raises(StoreInUse):
            change_store_passphrase(closed_store, PASSPHRASE, lambda: asked.append(1) or NEW)
    finally:
        elsewhere.close()

    assert asked == []
    assert _person_count(closed_store, PASSPHRASE) == 1
    assert len(backups.list_backups(closed_store / "backups")) == 1


def test_a_new_passphrase_the_app_would_refuse_is_refused_here_too(closed_store):
    before = _files(closed_store)
    store = open_store(closed_store, PASSPHRASE)
    try:
        with pytest.raises(InvalidInput, match="too short"):
            change_passphrase(store, "short")
    finally:
        store.close()

    assert _person_count(closed_store, PASSPHRASE) == 1
    assert len(backups.list_backups(closed_store / "backups")) == 1
    assert {path: data for path, data in _files(closed_store).items() if path.parts[0] == "backups"} == {
        path: data for path, data in before.items() if path.parts[0] == "backups"
    }
