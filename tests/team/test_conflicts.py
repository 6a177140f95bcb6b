"""Conflicts: listed with every value, settled by a person's choice on one laptop for all of them."""

import pytest

from casetracker.errors import CaseTrackerError
from casetracker.services import audit, cases
from casetracker.team import conflicts
from tests.team.team_helpers import Relay, a_case, laptop


@pytest.fixture
def two(tmp_path):
    anna, boris = laptop(tmp_path, "Anna"), laptop(tmp_path, "Boris")
    yield Relay(), anna, boris
    anna.close()
    boris.close()


def _conflicted(relay, anna, boris) -> str:
    number = a_case(anna)
    relay.sync(anna, boris)
    with anna.transaction() as session:
        cases.update_case(session, "Anna", number, outcome="Granted")
    with boris.transaction() as session:
        cases.update_case(session, "Boris", number, outcome="Refused")
    relay.sync(anna, boris)
    return number


def test_a_conflict_is_listed_alike_on_both_laptops_with_who_wrote_each_value(two):
    relay, anna, boris = two
    number = _conflicted(relay, anna, boris)
    listed = []
    for store in (anna, boris):
        with store.session() as session:
            (conflict,) = conflicts.list_conflicts(session)
            case = cases.find_case(session, number)
            assert conflicts.list_conflicts(session, case.id) == [conflict]
            assert case.outcome == conflict.alternatives[0].value  # the one shown comes first
        listed.append(conflict)
    assert listed[0] == listed[1]
    assert (listed[0].case_number, listed[0].entity, listed[0].field) == (number, "case_file", "outcome")
    assert {(a.author, a.value) for a in listed[0].alternatives} == {
        ("Anna", "Granted"),
        ("Boris", "Refused"),
    }


def test_a_choice_ends_the_conflict_at_once_here_and_everywhere_after_sync_and_is_in_the_history(two):
    relay, anna, boris = two
    number = _conflicted(relay, anna, boris)
    with boris.transaction() as session:
        (conflict,) = conflicts.list_conflicts(session)
        hidden = conflict.alternatives[1].value
        conflicts.resolve(session, "Boris", conflict.record_id, "outcome", 1)
        assert conflicts.list_conflicts(session) == []
    relay.sync(anna, boris)
    for store in (anna, boris):
        with store.session() as session:
            assert conflicts.list_conflicts(session) == []
            case = cases.find_case(session, number)
            assert case.outcome == hidden
            settled = [entry for entry in audit.history(session, case.id) if entry.action == "resolve"]
            assert [entry.actor for entry in settled] == ["Boris"]


def test_a_choice_that_is_not_there_is_refused_in_words_and_changes_nothing(two):
    relay, anna, boris = two
    number = _conflicted(relay, anna, boris)
    with anna.transaction() as session:
        (conflict,) = conflicts.list_conflicts(session)
        with pytest.raises(CaseTrackerError) as refused:
            conflicts.resolve(session, "Anna", conflict.record_id, "outcome", 5)
        assert "There is no value 6" in str(refused.value)
        with pytest.raises(CaseTrackerError):
            conflicts.resolve(session, "Anna", conflict.record_id, "summary", 0)
        assert len(conflicts.list_conflicts(session)) == 1
        assert cases.find_case(session, number).outcome == conflict.alternatives[0].value
