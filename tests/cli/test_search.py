"""The search and person duplicates commands; merging a person recorded twice from the command
line, and undoing it there or through the trash."""

import json

import pytest

ACTOR = "tester"
CYRILLIC, LATIN = "Иванов Пётр", "IVANOV PETR"


@pytest.fixture
def twice(cli) -> dict[str, tuple[str, str]]:
    """The same man recorded twice, each record with a case: {name: (person id, case number)}."""
    cli("init", "--caseworker", "Ирина")
    found = {}
    for name, country in ((CYRILLIC, "ge"), (LATIN, "am")):
        person = json.loads(cli("person", "add", "--name", name, "--born", "1990-05-01", "--json").stdout)
        case = json.loads(
            cli(
                "case", "add", "--person", person["id"], "--kind", "asylum", "--country", country, "--json"
            ).stdout
        )
        found[name] = (person["id"], case["number"])
    return found


def case_person(cli, number: str) -> str:
    return json.loads(cli("case", "show", number, "--json").stdout)["person"]["name"]


def test_a_person_recorded_twice_is_merged_and_unmerged_from_the_command_line(cli, twice):
    (keep_id, keep_case), (merge_id, merged_case) = twice[CYRILLIC], twice[LATIN]
    [pair] = json.loads(cli("person", "duplicates", "--json").stdout)
    assert {pair["person_id"], pair["other_id"]} == {keep_id, merge_id}

    merged = cli("person", "merge", keep_id, merge_id).stdout
    assert f"Merged {LATIN} ({merge_id}) into {CYRILLIC} ({keep_id})." in merged
    assert f"Moved to {CYRILLIC}: 1 case(s)." in merged
    assert f"{LATIN} is now another spelling of {CYRILLIC}." in merged
    entry_id = merged.split("casetracker person unmerge ")[1].split()[0]
    assert f"casetracker trash restore {merge_id}" in merged
    assert case_person(cli, merged_case) == CYRILLIC
    assert [p["id"] for p in json.loads(cli("person", "list", "--json").stdout)] == [keep_id]
    [item] = json.loads(cli("trash", "list", "--json").stdout)
    assert (item["id"], item["label"]) == (merge_id, "person (merged)")  # no name in what is printed
    assert "No likely duplicates." in cli("person", "duplicates").stdout

    undone = json.loads(cli("person", "unmerge", entry_id, "--json").stdout)
    assert undone == {"undone": entry_id, "keep_id": keep_id, "merged_id": merge_id, "moved": undone["moved"]}
    assert undone["moved"]["case"] == 1
    assert case_person(cli, merged_case) == LATIN and case_person(cli, keep_case) == CYRILLIC
    assert json.loads(cli("person", "show", keep_id, "--json").stdout)["latin_names"] == []
    assert "The trash is empty." in cli("trash", "list").stdout

    again = cli("person", "unmerge", entry_id, check=False)
    assert again.returncode == 1 and "already been undone" in again.stderr
    assert case_person(cli, merged_case) == LATIN


def test_restoring_the_merged_person_from_the_trash_undoes_the_merge(cli, twice):
    (keep_id, _), (merge_id, merged_case) = twice[CYRILLIC], twice[LATIN]
    record = json.loads(cli("person", "merge", keep_id, merge_id, "--json").stdout)
    assert record["moved"]["case"] == 1 and (record["keep_id"], record["merged_id"]) == (keep_id, merge_id)
    assert case_person(cli, merged_case) == CYRILLIC
    cli("trash", "restore", merge_id)
    assert case_person(cli, merged_case) == LATIN
    assert {p["id"] for p in json.loads(cli("person", "list", "--json").stdout)} == {keep_id, merge_id}
    unmerge = cli("person", "unmerge", record["audit_entry_id"], check=False)
    assert unmerge.returncode == 1 and "already been undone" in unmerge.stderr


def test_wrong_merges_are_refused_with_a_plain_message_and_change_nothing(cli, twice):
    (keep_id, keep_case), (merge_id, merged_case) = twice[CYRILLIC], twice[LATIN]
    for arguments, said in (
        (("merge", keep_id, keep_id), "are the same person"),
        (("merge", merge_id, "nonsense"), "MERGE_ID: 'nonsense' is not an id"),
        (("unmerge", "nonsense"), "AUDIT_ENTRY_ID: 'nonsense' is not an id"),
        (("unmerge", keep_id), "is not a merge"),
    ):
        result = cli("person", *arguments, check=False)
        assert result.returncode == 1 and said in result.stderr, (arguments, result.stderr)
        assert "Traceback" not in result.stderr
    assert case_person(cli, merged_case) == LATIN and case_person(cli, keep_case) == CYRILLIC


def test_cli_search_and_duplicates(cli):
    cli("init")
    cli(
        "person",
        "add",
        "--name",
        "Хабибуллин Рустам",
        "--latin",
        "KHABIBULLIN RUSTAM",
        "--born",
        "1985-01-02",
    )
    cli("person", "add", "--name", "Chabibullin Rustam", "--born", "1985-06-02")
    hits = json.loads(cli("search", "Хабиб", "--json").stdout)
    assert [hit["kind"] for hit in hits] == ["person", "person"]
    assert hits[0]["title"] == "Хабибуллин Рустам"  # the same script first
    assert "Хабибуллин" in cli("search", "Khabibullin").stdout
    assert "Nothing found." in cli("search", "Zzyzx").stdout
    assert "Rebuilt the search index: 2 record(s)" in cli("search", "--reindex").stdout
    pairs = json.loads(cli("person", "duplicates", "--json").stdout)
    assert len(pairs) == 1
    assert pairs[0]["reasons"][0].startswith("similar name: ")
    assert "151 days apart" in pairs[0]["reasons"][1]
