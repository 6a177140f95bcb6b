"""The store commands (init, check, demo, passphrase), run as a user's shell would run them."""

import json

import sqlcipher3

from casetracker.services import cases, people
from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE


def test_check_reports_a_sound_store_and_a_missing_one(initialised, tmp_path):
    assert "is sound" in initialised("check").stdout
    result = initialised("--store", str(tmp_path / "elsewhere"), "check", check=False)
    assert result.returncode == 1 and "no case store" in result.stderr


def test_the_passphrase_can_be_changed_from_the_command_line(initialised):
    initialised("passphrase", env_new="новый пароль")
    assert initialised("check", passphrase="новый пароль").returncode == 0
    assert initialised("check", passphrase=PASSPHRASE, check=False).returncode == 1


def test_demo_fills_a_store(cli):
    assert "26 fictional cases" in cli("demo").stdout
    assert len(json.loads(cli("case", "list", "--json").stdout)) == 26


def test_check_authenticates_every_page_and_names_a_damaged_store(initialised, store_dir):
    for index in range(3):
        initialised("person", "add", "--name", f"Человек {index}")
    database = store_dir / "cases.db"
    content = bytearray(database.read_bytes())
    page = len(content) // 4096 - 1  # the last page holds rows written above
    content[page * 4096 + 64 : page * 4096 + 96] = b"\x00" * 32
    database.write_bytes(bytes(content))
    result = initialised("check", check=False)
    assert result.returncode == 1
    assert str(database) in result.stderr and "cannot be opened" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_short_passphrase_is_refused_as_in_the_app(cli, store_dir):
    result = cli("init", passphrase="abc", check=False)
    assert result.returncode == 1 and "too short" in result.stderr
    assert not (store_dir / "cases.db").exists()


def test_a_passphrase_change_replaces_the_backups_that_open_with_the_old_one(initialised, store_dir):
    initialised("person", "add", "--name", "Вера")
    initialised("passphrase", env_new="a fresh passphrase")
    backups = [path for path in (store_dir / "backups").iterdir() if path.is_dir()]
    assert len(backups) == 1

    connection = sqlcipher3.connect(str(backups[0] / "cases.db"))
    connection.execute("PRAGMA key = 'a fresh passphrase'")
    connection.execute("PRAGMA kdf_iter = 4000")
    assert connection.execute("SELECT count(*) FROM person").fetchone() == (1,)
    connection.close()


def _a_case(store) -> str:
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft("Фиктивная Персона"))
        return cases.add_case(session, "t", person.person.id, "entry_denial", "GE").number


def test_the_command_line_refuses_a_passphrase_change_while_the_store_is_open_elsewhere(store, cli):
    number = _a_case(store)
    result = cli("passphrase", env_new="a brand new passphrase", check=False)
    assert result.returncode == 1
    assert "needs the case store to itself" in result.stderr and "nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    # The process that had it open goes on writing, and the old passphrase still opens it.
    with store.transaction() as session:
        cases.update_case(session, "t", number, summary="written after the refusal")
    store.close()
    assert cli("check").returncode == 0
    # Closed everywhere, the change goes through.
    cli("passphrase", env_new="a brand new passphrase")
    assert cli("check", passphrase="a brand new passphrase").returncode == 0
    reopened = open_store(store.paths.root, "a brand new passphrase")
    with reopened.session() as session:
        assert cases.find_case(session, number).summary == "written after the refusal"
    reopened.close()
