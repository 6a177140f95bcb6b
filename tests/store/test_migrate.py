"""Opening an older store backs it up and upgrades it; a store from a newer version is refused untouched."""

import signal
from datetime import date

import pytest
from sqlalchemy import text

from casetracker.errors import StoreTooNew
from casetracker.services import cases, search
from casetracker.store import migrate
from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE
from tests.store.store_helpers import add_person, digest


def test_an_older_schema_is_backed_up_then_upgraded(store, store_dir):
    migrate.downgrade(store.engine, "base")  # the oldest possible store: no tables yet
    store.close()
    assert list((store_dir / "backups").glob("*.db")) == []
    reopened = open_store(store_dir, PASSPHRASE)
    assert migrate.current_revision(reopened.engine) == migrate.head_revision()
    add_person(reopened)  # the upgraded store takes writes
    reopened.close()
    backups = list((store_dir / "backups").glob("*before-upgrade.db"))
    assert len(backups) == 1
    copy_dir = store_dir.parent / "copy"
    copy_dir.mkdir()
    (copy_dir / "cases.db").write_bytes(backups[0].read_bytes())
    (copy_dir / "store.json").write_bytes((store_dir / "store.json").read_bytes())
    backup_store = open_store(copy_dir, PASSPHRASE, full_check=True)
    backup_store.close()


def test_a_store_from_a_newer_version_is_refused_untouched(store, store_dir):
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from-the-future'"))
    store.close()
    before = digest(store_dir / "cases.db")
    with pytest.raises(StoreTooNew):
        open_store(store_dir, PASSPHRASE)
    assert digest(store_dir / "cases.db") == before


def test_a_new_store_is_at_the_newest_schema(store):
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_the_schema_revision_constant_names_the_newest_migration():
    assert migrate.head_revision() == migrate.SCHEMA_REVISION


def test_a_store_of_the_first_schema_gains_the_case_alert_after_a_backup(store, store_dir):
    person_id = add_person(store)
    migrate.downgrade(store.engine, "0001")
    store.close()
    reopened = open_store(store_dir, PASSPHRASE)
    assert migrate.current_revision(reopened.engine) == migrate.SCHEMA_REVISION
    with reopened.transaction() as session:
        case = cases.add_case(session, "t", person_id, "asylum", "DE", opened_on=date(2024, 1, 2))
        assert case.alert == "info"
    reopened.close()
    assert len(list((store_dir / "backups").glob("*before-upgrade.db"))) == 1


def test_a_store_indexed_with_the_older_name_keys_finds_every_spelling_after_the_upgrade(store, store_dir):
    person_id = add_person(store, "ŠČERBAKOVA OLGA", ())  # as a Czech register writes Щербакова
    migrate.downgrade(store.engine, "0004")
    with store.engine.begin() as connection:  # the index as a store at 0004 holds it: the older keys
        connection.execute(text("DROP TABLE search_index"))
        connection.execute(
            text(
                "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, names, keys, "
                "number, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
            )
        )
        connection.execute(
            text("INSERT INTO search_index(kind, ref, names, keys) VALUES ('person', :ref, :names, :keys)"),
            {"ref": person_id.hex, "names": "ŠČERBAKOVA OLGA", "keys": "scerbakova olga"},
        )
    store.close()
    reopened = open_store(store_dir, PASSPHRASE)
    assert migrate.current_revision(reopened.engine) == migrate.SCHEMA_REVISION
    with reopened.session() as session:
        for spelling in ("Щербакова", "Shcherbakova", "Szczerbakowa", "Scerbakova"):
            assert [hit.id for hit in search.search(session, spelling)] == [person_id], spelling
    reopened.close()
    assert len(list((store_dir / "backups").glob("*before-upgrade.db"))) == 1


def test_the_caller_hears_of_an_upgrade_before_it_begins_and_not_when_none_is_needed(store, store_dir):
    migrate.downgrade(store.engine, "0004")
    store.close()
    heard: list[int] = []
    backups = store_dir / "backups"
    reopened = open_store(
        store_dir, PASSPHRASE, upgrading=lambda: heard.append(len(list(backups.glob("*.db"))))
    )
    reopened.close()
    assert heard == [0]  # once, before the backup
    again = open_store(store_dir, PASSPHRASE, upgrading=lambda: heard.append(-1))
    again.close()
    assert heard == [0]


def test_an_upgrade_killed_half_way_leaves_the_older_store_whole_and_the_next_start_upgrades_it(
    store, store_dir, cli
):
    person_id = add_person(store, "ŠČERBAKOVA OLGA", ())
    migrate.downgrade(store.engine, "0004")
    store.close()
    killed = cli("case", "list", check=False, env={"CASETRACKER_TEST_KILL_AT": "upgrade.migrated"})
    assert killed.returncode == -signal.SIGKILL
    assert "Updating the store to this version" in killed.stderr
    assert len(list((store_dir / "backups").glob("*before-upgrade.db"))) == 1  # made before it began
    heard: list[bool] = []
    reopened = open_store(store_dir, PASSPHRASE, full_check=True, upgrading=lambda: heard.append(True))
    assert heard == [True]  # still at the older revision: the killed upgrade left nothing half-done
    assert migrate.current_revision(reopened.engine) == migrate.SCHEMA_REVISION
    with reopened.session() as session:
        assert [hit.id for hit in search.search(session, "Ščerbakova")] == [person_id]
    reopened.close()
