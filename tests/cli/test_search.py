"""Merging a person recorded twice from the command line, and undoing it there or through the
trash; and how the trash tells a merged person from one moved there by hand."""

import json
from datetime import date

import pytest

from casetracker.services import audit, cases, duplicates, people, trash

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


# --- the trash's side, without the command line ------------------------------------------------


@pytest.fixture
def merged(store):
    """(kept id, merged id, the merged person's case number, the merge's audit entry id)."""
    with store.transaction() as session:
        keep = people.add_person(session, ACTOR, people.PersonDraft(CYRILLIC, birth_date=date(1990, 5, 1)))
        other = people.add_person(session, ACTOR, people.PersonDraft(LATIN, birth_date=date(1990, 5, 1)))
        number = cases.add_case(session, ACTOR, other.person.id, "asylum", "AM").number
    with store.transaction() as session:
        entry = duplicates.merge_persons(session, ACTOR, keep.person.id, other.person.id)
    return keep.person.id, other.person.id, number, entry.id


def listed(store) -> list[trash.TrashItem]:
    with store.session() as session:
        return trash.list_trash(session)


def owner(store, number: str):
    with store.session() as session:
        return cases.find_case(session, number).person_id


def test_a_merged_person_in_the_trash_says_whom_they_were_merged_into(store, merged):
    keep_id, merge_id, number, _ = merged
    [item] = listed(store)
    assert (item.id, item.label, item.description, item.merged_into) == (
        merge_id,
        "person (merged)",
        LATIN,
        CYRILLIC,
    )
    with store.transaction() as session:
        trash.restore(session, ACTOR, merge_id)
    assert owner(store, number) == merge_id and listed(store) == []
    with store.session() as session:  # undone as a merge, not cleared as a plain restore
        assert [entry.action for entry in audit.history(session, merge_id)] == ["create"]
        assert [entry.action for entry in audit.history(session, keep_id)][-2:] == ["merge", "unmerge"]


def test_a_merged_person_undone_and_later_trashed_by_hand_restores_plainly(store, merged):
    _, merge_id, number, entry_id = merged
    with store.transaction() as session:
        duplicates.undo_merge(session, ACTOR, entry_id)
    with store.transaction() as session:
        trash.move_to_trash(session, ACTOR, "case", cases.find_case(session, number).id)
        trash.move_to_trash(session, ACTOR, "person", merge_id)
    person = next(item for item in listed(store) if item.kind == "person")
    assert (person.label, person.description) == ("person", LATIN)
    with store.transaction() as session:
        trash.restore(session, ACTOR, merge_id)
    with store.session() as session:
        assert people.get_person(session, merge_id).person.name == LATIN
        assert cases.find_case(session, number, include_deleted=True).deleted_at is not None  # still trashed


def test_a_merged_person_restored_plainly_before_and_trashed_by_hand_since_restores_plainly(store, merged):
    """Before restoring undid a merge, it only took the person out of the trash; their cases stayed
    with the person kept. Moved to the trash by hand since, they come back as they went."""
    keep_id, merge_id, number, _ = merged
    with store.transaction() as session:  # the old plain restore
        person = people.get_person(session, merge_id, include_deleted=True).person
        before = audit.snapshot(person)
        person.deleted_at = None
        audit.record(session, ACTOR, "restore", person, before, audit.snapshot(person))
    with store.transaction() as session:
        trash.move_to_trash(session, ACTOR, "person", merge_id)
    [item] = listed(store)
    assert (item.label, item.description) == ("person", LATIN)
    with store.transaction() as session:
        trash.restore(session, ACTOR, merge_id)
    assert owner(store, number) == keep_id  # the merge stands
    assert listed(store) == []
