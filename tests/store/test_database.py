"""The encrypted store: opening, refusing bad files untouched, re-keying, no plaintext."""

import sqlite3
from datetime import date

import pytest
import sqlcipher3
from sqlalchemy import text

from casetracker.errors import StoreDamaged, StoreExists, StoreNotFound, WrongPassphrase
from casetracker.services import cases, people
from casetracker.store.backup import backup_database
from casetracker.store.database import create_store, open_store
from casetracker.store.keycheck import SQLCIPHER_DEFAULT_KDF_ITER
from tests.conftest import PASSPHRASE
from tests.store.store_helpers import DISTINCTIVE_LATIN, DISTINCTIVE_NAME, add_person, digest


def test_a_new_store_opens_again_with_its_passphrase_and_keeps_what_was_written(store, store_dir):
    person_id = add_person(store)
    store.close()
    reopened = open_store(store_dir, PASSPHRASE)
    with reopened.session() as session:
        assert people.get_person(session, person_id).person.name == DISTINCTIVE_NAME
    assert reopened.integrity_problems() == []
    reopened.close()


def test_creating_over_an_existing_store_is_refused(store, store_dir):
    with pytest.raises(StoreExists):
        create_store(store_dir, "another passphrase")


def test_a_missing_store_is_reported(tmp_path):
    with pytest.raises(StoreNotFound, match="no case store"):
        open_store(tmp_path / "nowhere", PASSPHRASE)


def test_a_wrong_passphrase_is_named_and_the_file_is_not_modified(store, store_dir):
    add_person(store)
    store.close()
    database = store_dir / "cases.db"
    before = digest(database)
    with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        open_store(store_dir, "not the passphrase")
    assert digest(database) == before


def test_the_stock_sqlcipher_tool_opens_the_store_with_only_the_key(tmp_path):
    """An organisation is never locked in: standard SQLCipher 4 settings, nothing else needed."""
    store = create_store(tmp_path / "plain-settings", PASSPHRASE, kdf_iter=SQLCIPHER_DEFAULT_KDF_ITER)
    add_person(store)
    store.close()
    connection = sqlcipher3.connect(str(tmp_path / "plain-settings" / "cases.db"))
    connection.execute("PRAGMA key = '{}'".format(PASSPHRASE.replace("'", "''")))
    names = [row[0] for row in connection.execute("SELECT name FROM person")]
    connection.close()
    assert names == [DISTINCTIVE_NAME]


def stock_connection(database, passphrase):
    connection = sqlcipher3.connect(str(database))
    connection.execute("PRAGMA key = '{}'".format(passphrase.replace("'", "''")))
    return connection


def test_a_passphrase_changed_in_the_app_or_with_the_stock_tool_opens_in_the_other(tmp_path):
    """The app derives SQLCipher's key itself (once per unlock); it must be the very key the
    stock tool derives, before and after a passphrase change on either side."""
    root = tmp_path / "plain-settings"
    store = create_store(root, PASSPHRASE, kdf_iter=SQLCIPHER_DEFAULT_KDF_ITER)
    add_person(store)
    store.change_passphrase("changed in the app")
    store.close()
    connection = stock_connection(root / "cases.db", "changed in the app")
    assert [row[0] for row in connection.execute("SELECT name FROM person")] == [DISTINCTIVE_NAME]
    connection.execute("PRAGMA rekey = 'changed with the stock tool'")
    connection.close()
    (root / "store.json").unlink()  # as for a database copied out of its folder
    with pytest.raises(WrongPassphrase):
        open_store(root, "changed in the app")
    reopened = open_store(root, "changed with the stock tool")
    with reopened.session() as session:
        assert session.execute(text("SELECT name FROM person")).scalar_one() == DISTINCTIVE_NAME
    reopened.close()


def test_no_file_in_the_store_folder_contains_a_name_in_plaintext(store, store_dir):
    add_person(store)
    # Check while the store is open (write-ahead log present) and after closing.
    for moment in ("open", "closed"):
        files = [path for path in store_dir.rglob("*") if path.is_file()]
        assert files, "the store folder should hold files"
        for path in files:
            content = path.read_bytes()
            for needle in (DISTINCTIVE_NAME, DISTINCTIVE_LATIN, "Перепелицын"):
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    assert needle.encode(encoding) not in content, f"{needle} in {path.name} ({moment})"
        store.close()


def test_a_file_that_is_not_a_store_is_named_and_left_untouched(store_dir):
    store_dir.mkdir()
    database = store_dir / "cases.db"
    database.write_bytes(b"This is a shopping list, not a database.\n" * 100)
    before = digest(database)
    with pytest.raises(WrongPassphrase):  # indistinguishable from a wrong key without a manifest
        open_store(store_dir, PASSPHRASE)
    assert digest(database) == before
    assert sorted(path.name for path in store_dir.iterdir()) == ["cases.db"]


def test_an_unencrypted_sqlite_file_is_refused_with_its_name(store_dir):
    store_dir.mkdir()
    connection = sqlite3.connect(store_dir / "cases.db")
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = digest(store_dir / "cases.db")
    with pytest.raises(StoreDamaged, match=r"cases\.db.*unencrypted SQLite file"):
        open_store(store_dir, PASSPHRASE)
    assert digest(store_dir / "cases.db") == before


def test_a_truncated_store_is_refused(store, store_dir):
    store.close()
    database = store_dir / "cases.db"
    database.write_bytes(database.read_bytes()[:100])
    with pytest.raises(StoreDamaged, match="empty or cut short"):
        open_store(store_dir, PASSPHRASE)


def test_a_damaged_first_page_is_told_apart_from_a_wrong_passphrase_and_the_backup_offered(store, store_dir):
    add_person(store)
    backup = backup_database(store, reason="manual")
    store.close()
    database = store_dir / "cases.db"
    content = bytearray(database.read_bytes())
    content[200:232] = bytes(32)  # inside page 1, after the salt
    database.write_bytes(bytes(content))
    before = digest(database)
    with pytest.raises(StoreDamaged) as raised:
        open_store(store_dir, PASSPHRASE)
    assert str(database) in str(raised.value)
    assert raised.value.newest_backup == backup
    assert str(backup) in str(raised.value)
    assert digest(database) == before


def test_a_damaged_later_page_fails_the_integrity_check(store, store_dir):
    for index in range(200):
        add_person(store, name=f"Человек номер {index}", latin=())
    store.close()
    database = store_dir / "cases.db"
    content = bytearray(database.read_bytes())
    assert len(content) > 8 * 4096
    content[5 * 4096 + 100 : 5 * 4096 + 140] = b"\xff" * 40
    database.write_bytes(bytes(content))
    with pytest.raises(StoreDamaged, match="cannot be opened"):
        open_store(store_dir, PASSPHRASE, full_check=True)


def test_changing_the_passphrase_re_encrypts_the_store(store, store_dir):
    person_id = add_person(store)
    store.change_passphrase("a new passphrase ёлка")
    with store.session() as session:  # the open store keeps working
        assert people.get_person(session, person_id).person.name == DISTINCTIVE_NAME
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(store_dir, PASSPHRASE)
    reopened = open_store(store_dir, "a new passphrase ёлка")
    reopened.close()


def test_an_interrupted_passphrase_change_still_opens_with_the_new_passphrase(store, store_dir):
    """The re-key happened but the manifest was not yet rewritten when the laptop died."""
    add_person(store)
    old_manifest = (store_dir / "store.json").read_bytes()
    store.change_passphrase("the new one")
    store.close()
    (store_dir / "store.json").write_bytes(old_manifest)
    with pytest.raises(StoreDamaged, match="try the new passphrase"):  # the manifest still knows the old one
        open_store(store_dir, PASSPHRASE)
    reopened = open_store(store_dir, "the new one")
    reopened.close()
    with pytest.raises(WrongPassphrase):
        open_store(store_dir, PASSPHRASE)


def test_writes_in_a_failed_transaction_are_not_saved(store):
    with pytest.raises(RuntimeError), store.transaction() as session:
        people.add_person(session, "tester", people.PersonDraft(name="Никто"))
        raise RuntimeError("the laptop lid closed")
    with store.session() as session:
        assert people.list_people(session) == []


def test_case_numbers_count_per_country_and_year(store):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Анна")).person
        numbers = [
            cases.add_case(session, "t", person.id, "asylum", country, opened_on=date(2024, 5, 1)).number
            for country in ("EE", "EE", "GE", "EE")
        ]
    assert numbers == ["EE-2024-0001", "EE-2024-0002", "GE-2024-0001", "EE-2024-0003"]


def test_a_closed_store_never_reconnects_with_the_key(store):
    from casetracker.errors import StoreLocked

    store.close()
    with pytest.raises(StoreLocked, match="locked"):
        store.session()
    with pytest.raises(StoreLocked), store.transaction():
        pass
