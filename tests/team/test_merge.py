"""Per-field merging: concurrent changes of one field are kept as a conflict, others merge."""

import itertools

from casetracker.team import merge


def _apply(heads: dict, row: dict, op: str, stamp: str, field: str, value, base: list[str]) -> None:
    heads[field], row[field] = merge.apply_remote(heads, field, row.get(field), op, stamp, "x", value, base)


def test_a_change_that_saw_the_current_value_replaces_it():
    heads = {"*": [["create", "01", "anna"]]}
    row = {"summary": "first"}
    _apply(heads, row, "edit", "02", "summary", "second", ["create"])
    assert row["summary"] == "second"
    assert merge.conflicts(heads) == {}


def test_two_changes_that_did_not_see_each_other_are_a_conflict_with_both_values_kept():
    heads = {"*": [["create", "01", "anna"]]}
    row = {"summary": "first"}
    _apply(heads, row, "by-boris", "03", "summary", "Boris's", ["create"])
    _apply(heads, row, "by-anna", "02", "summary", "Anna's", ["create"])
    assert row["summary"] == "Boris's"  # the greater stamp is shown
    values = [alternative.value for alternative in merge.conflicts(heads)["summary"]]
    assert values == ["Boris's", "Anna's"]


def test_every_order_of_concurrent_changes_ends_with_the_same_heads_and_value():
    operations = [("a", "05", "A", ["create"]), ("b", "07", "B", ["create"]), ("c", "06", "C", ["create"])]
    results = set()
    for order in itertools.permutations(operations):
        heads, row = {"*": [["create", "01", "anna"]]}, {"status": "open"}
        for op, stamp, value, base in order:
            _apply(heads, row, op, stamp, "status", value, base)
        results.add((row["status"], tuple(sorted(head[0] for head in heads["status"]))))
    assert results == {("B", ("a", "b", "c"))}


def test_a_choice_that_saw_every_value_ends_the_conflict():
    heads = {"*": [["create", "01", "anna"]]}
    row = {"status": "open"}
    _apply(heads, row, "a", "02", "status", "closed", ["create"])
    _apply(heads, row, "b", "03", "status", "suspended", ["create"])
    _apply(heads, row, "choice", "04", "status", "closed", ["a", "b"])
    assert row["status"] == "closed"
    assert merge.conflicts(heads) == {}


def test_the_same_value_written_twice_is_no_conflict():
    heads = {"*": [["create", "01", "anna"]]}
    row = {"due": "2026-12-01"}
    _apply(heads, row, "a", "02", "due", "2026-12-09", ["create"])
    _apply(heads, row, "b", "03", "due", "2026-12-09", ["create"])
    assert merge.conflicts(heads) == {}


def test_creation_times_of_one_record_made_on_two_laptops_are_no_conflict():
    heads = {}
    row = {"created_at": "2026-12-01T10:00:00Z"}
    _apply(heads, row, "a", "02", "created_at", "2026-12-01T10:00:00Z", [])
    _apply(heads, row, "b", "03", "created_at", "2026-12-01T11:00:00Z", [])
    assert merge.conflicts(heads) == {}


def test_a_local_change_takes_every_head_as_its_base():
    heads = {
        "*": [["create", "01", "anna"]],
        "status": [["a", "02", "x", "closed"], ["b", "03", "y", "open"]],
    }
    assert merge.base_of(heads, ["status", "summary"]) == {"status": ["a", "b"], "summary": ["create"]}
    after = merge.record_local(heads, ["status"], "mine", "04", "anna")
    assert after["status"] == [["mine", "04", "anna"]]
    assert merge.conflicts(after) == {}
