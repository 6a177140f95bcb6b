"""The person, case, event, note and trash commands, run as a user's shell would run them."""

import json


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


def test_unknown_case_and_bad_date_give_messages_not_tracebacks(initialised):
    missing = initialised("case", "show", "EE-1999-0042", check=False)
    assert missing.returncode == 1 and "No case 'EE-1999-0042'" in missing.stderr
    bad_date = initialised(
        "event", "add", "--case", "EE-1999-0042", "--kind", "entry", "--date", "2023-02-29", check=False
    )
    assert bad_date.returncode == 2 and "not a valid date" in bad_date.stderr
    for result in (missing, bad_date):
        assert "Traceback" not in result.stderr


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


def test_case_show_says_when_a_date_is_only_a_month_or_approximate(initialised):
    person = json.loads(initialised("person", "add", "--name", "Вера", "--json").stdout)
    opened = ("--opened", "2024-01-02")
    initialised("case", "add", "--person", person["id"], "--kind", "asylum", "--country", "DE", *opened)
    initialised("event", "add", "--case", "DE-2024-0001", "--kind", "notified", "--date", "2024-03")
    initialised("event", "add", "--case", "DE-2024-0001", "--kind", "last_contact", "--date", "~2024-03-10")
    shown = initialised("case", "show", "DE-2024-0001").stdout
    assert "Mar 2024" in shown and "approx. 10 Mar 2024" in shown
