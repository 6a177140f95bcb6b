"""The command line, run as a user's shell would run it."""

import json

import pytest

from tests.conftest import PASSPHRASE


@pytest.fixture
def initialised(cli):
    cli("init", "--caseworker", "Ирина")
    return cli


def test_a_case_is_built_and_shown_from_the_command_line(initialised):
    cli = initialised
    person = json.loads(
        cli(
            "person",
            "add",
            "--name",
            "Фёдор Щеглов",
            "--latin",
            "FEDOR SHCHEGLOV",
            "--latin",
            "Fjodor Schtscheglow",
            "--born",
            "1988-02-29",
            "--marker",
            "foreign_agent",
            "--json",
        ).stdout
    )
    assert person["latin_names"] == ["FEDOR SHCHEGLOV", "Fjodor Schtscheglow"]
    case = json.loads(
        cli(
            "case",
            "add",
            "--person",
            person["id"],
            "--kind",
            "entry_denial",
            "--country",
            "ee",
            "--opened",
            "2024-03-01",
            "--json",
        ).stdout
    )
    assert case["number"] == "EE-2024-0001"
    cli(
        "event",
        "add",
        "--case",
        "EE-2024-0001",
        "--kind",
        "entry_denied",
        "--date",
        "2024-03-01",
        "--place",
        "Нарва",
    )
    cli("event", "add", "--case", "EE-2024-0001", "--kind", "notified", "--date", "2024-03")
    cli("note", "add", "--case", "EE-2024-0001", "--text", "Позвонить адвокату")
    shown = json.loads(cli("case", "show", "EE-2024-0001", "--json").stdout)
    assert shown["person"]["name"] == "Фёдор Щеглов"
    assert [(e["kind"], e["date"], e["date_precision"]) for e in shown["events"]] == [
        ("entry_denied", "2024-03-01", "exact"),
        ("notified", "2024-03-01", "month"),
    ]
    assert shown["notes"][0]["author"] == "Ирина"
    listed = json.loads(cli("case", "list", "--json").stdout)
    assert [c["number"] for c in listed] == ["EE-2024-0001"]


def test_a_wrong_passphrase_exits_non_zero_with_a_plain_message(initialised):
    result = initialised("case", "list", passphrase="wrong", check=False)
    assert result.returncode == 1
    assert "passphrase is wrong" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_without_a_terminal_or_variable_the_passphrase_is_asked_for_plainly(initialised):
    result = initialised("case", "list", passphrase=None, check=False)
    assert result.returncode == 1
    assert "CASETRACKER_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_case_and_bad_date_give_messages_not_tracebacks(initialised):
    missing = initialised("case", "show", "EE-1999-0042", check=False)
    assert missing.returncode == 1 and "No case 'EE-1999-0042'" in missing.stderr
    bad_date = initialised(
        "event", "add", "--case", "EE-1999-0042", "--kind", "entry", "--date", "2023-02-29", check=False
    )
    assert bad_date.returncode == 2 and "not a valid date" in bad_date.stderr
    for result in (missing, bad_date):
        assert "Traceback" not in result.stderr


def test_check_reports_a_sound_store_and_a_missing_one(initialised, tmp_path):
    assert "is sound" in initialised("check").stdout
    result = initialised("--store", str(tmp_path / "elsewhere"), "check", check=False)
    assert result.returncode == 1 and "no case store" in result.stderr


def test_delete_and_restore_through_the_trash(initialised):
    cli = initialised
    person = json.loads(cli("person", "add", "--name", "Вера", "--json").stdout)
    cli(
        "case",
        "add",
        "--person",
        person["id"],
        "--kind",
        "asylum",
        "--country",
        "DE",
        "--opened",
        "2023-01-05",
    )
    cli("case", "delete", "DE-2023-0001")
    assert json.loads(cli("case", "list", "--json").stdout) == []
    trashed = json.loads(cli("trash", "list", "--json").stdout)
    assert [item["label"] for item in trashed] == ["DE-2023-0001"]
    cli("trash", "restore", trashed[0]["id"])
    assert [c["number"] for c in json.loads(cli("case", "list", "--json").stdout)] == ["DE-2023-0001"]


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
    import sqlcipher3

    connection = sqlcipher3.connect(str(backups[0] / "cases.db"))
    connection.execute("PRAGMA key = 'a fresh passphrase'")
    connection.execute("PRAGMA kdf_iter = 4000")
    assert connection.execute("SELECT count(*) FROM person").fetchone() == (1,)
    connection.close()


def test_case_show_says_when_a_date_is_only_a_month_or_approximate(initialised):
    person = json.loads(initialised("person", "add", "--name", "Вера", "--json").stdout)
    opened = ("--opened", "2024-01-02")
    initialised("case", "add", "--person", person["id"], "--kind", "asylum", "--country", "DE", *opened)
    initialised("event", "add", "--case", "DE-2024-0001", "--kind", "notified", "--date", "2024-03")
    initialised("event", "add", "--case", "DE-2024-0001", "--kind", "last_contact", "--date", "~2024-03-10")
    shown = initialised("case", "show", "DE-2024-0001").stdout
    assert "Mar 2024" in shown and "approx. 10 Mar 2024" in shown


def test_output_piped_into_a_closed_pager_is_not_reported_as_a_bug(monkeypatch):
    import io

    from casetracker import app

    class ClosedPipe(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

    errors = io.StringIO()
    monkeypatch.setattr("sys.stdout", ClosedPipe())
    monkeypatch.setattr("sys.stderr", errors)
    assert app.main(["rules", "show", "DE"]) == 0  # like `casetracker rules show DE | head -1`
    assert "unexpected" not in errors.getvalue()
