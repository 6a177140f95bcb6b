"""Other laptops' operations applied here: merged field by field, nothing lost, nothing doubled."""

from datetime import date

import pytest
from sqlmodel import select

from casetracker.dates import PartialDate
from casetracker.services import audit, cases, people, search, trash
from casetracker.store.models import (
    Case,
    Deadline,
    Event,
    Note,
    PersonMarker,
    PersonName,
    SyncHeld,
    SyncRecord,
)
from casetracker.team import merge
from casetracker.team.records import SHARED
from tests.team.team_helpers import Relay, a_case, laptop


@pytest.fixture
def team(tmp_path):
    anna, boris = laptop(tmp_path, "Anna"), laptop(tmp_path, "Boris")
    yield Relay(), anna, boris
    anna.close()
    boris.close()


def _case(store, number):
    with store.session() as session:
        return cases.find_case(session, number, include_deleted=True)


def test_a_case_made_on_one_laptop_reaches_the_other_whole_and_findable(team):
    relay, anna, boris = team
    number = a_case(anna, "Тестова Анна Игоревна")
    with anna.transaction() as session:
        cases.add_note(session, "Anna", number, "Встреча в четверг")
    relay.sync(anna, boris)
    with anna.session() as mine, boris.session() as theirs:
        for model in (Case, Event, Deadline, Note):
            assert sorted(row.id for row in theirs.exec(select(model))) == sorted(
                row.id for row in mine.exec(select(model))
            )
        assert [hit.title for hit in search.search(theirs, "Testova")] == ["Тестова Анна Игоревна"]
        created = audit.history(theirs, cases.find_case(theirs, number).id)
        assert [entry.actor for entry in created] == ["Anna"]


def test_changes_of_different_fields_on_two_laptops_both_stay(team):
    relay, anna, boris = team
    number = a_case(anna)
    relay.sync(anna, boris)
    with anna.transaction() as session:
        cases.update_case(session, "Anna", number, summary="Denied at Narva")
    with boris.transaction() as session:
        cases.update_case(session, "Boris", number, priority="high")
    relay.sync(anna, boris)
    for store in (anna, boris):
        case = _case(store, number)
        assert (case.summary, case.priority) == ("Denied at Narva", "high")


def test_the_same_field_changed_on_two_laptops_is_a_conflict_showing_the_same_value_on_both(team):
    relay, anna, boris = team
    number = a_case(anna)
    relay.sync(anna, boris)
    with anna.transaction() as session:
        cases.update_case(session, "Anna", number, summary="Anna's account")
    with boris.transaction() as session:
        cases.update_case(session, "Boris", number, summary="Boris's account")
    relay.sync(anna, boris)
    shown = set()
    for store in (anna, boris):
        case = _case(store, number)
        shown.add(case.summary)
        with store.session() as session:
            record = session.get(SyncRecord, case.id)
            values = {alternative.value for alternative in merge.conflicts(record.heads)["summary"]}
        assert record.in_conflict
        assert values == {"Anna's account", "Boris's account"}
    assert len(shown) == 1


def test_an_edit_of_a_case_trashed_elsewhere_stays_with_the_case_in_the_trash(team):
    relay, anna, boris = team
    number = a_case(anna)
    relay.sync(anna, boris)
    with anna.transaction() as session:
        trash.move_to_trash(session, "Anna", "case", cases.find_case(session, number).id)
    with boris.transaction() as session:
        cases.update_case(session, "Boris", number, summary="Called the lawyer")
    relay.sync(anna, boris)
    for store in (anna, boris):
        case = _case(store, number)
        assert case.deleted_at is not None
        assert case.summary == "Called the lawyer"


def test_events_and_notes_added_on_two_laptops_are_all_kept_and_no_deadline_is_doubled(team):
    relay, anna, boris = team
    number = a_case(anna, country="RS")
    relay.sync(anna, boris)
    with anna.transaction() as session:
        cases.add_event(
            session, "Anna", number, "decision_negative", PartialDate(date(2026, 11, 25), "exact")
        )
        cases.add_note(session, "Anna", number, "Decision served")
    with boris.transaction() as session:
        cases.add_event(session, "Boris", number, "appeal_filed", PartialDate(date(2026, 11, 28), "exact"))
        cases.add_note(session, "Boris", number, "Appeal drafted")
    relay.sync(anna, boris)
    contents = []
    for store in (anna, boris):
        with store.session() as session:
            case_id = cases.find_case(session, number).id
            kinds = sorted(e.kind for e in session.exec(select(Event).where(Event.case_id == case_id)))
            notes = sorted(n.text for n in session.exec(select(Note).where(Note.case_id == case_id)))
            deadlines = [(d.origin, d.kind, d.event_id) for d in session.exec(select(Deadline))]
        assert len(deadlines) == len(set(deadlines))
        contents.append((kinds, notes, sorted(map(str, deadlines))))
    assert contents[0] == contents[1]
    assert contents[0][0] == ["appeal_filed", "decision_negative", "entry_denied"]
    assert contents[0][1] == ["Appeal drafted", "Decision served"]


def test_spellings_added_on_two_laptops_are_both_kept(team):
    relay, anna, boris = team
    a_case(anna, "Тестова Анна")
    relay.sync(anna, boris)
    with anna.session() as session:
        person_id = people.find_people(session, "Тестова")[0].id
    with anna.transaction() as session:
        people.add_spelling(session, "Anna", person_id, "Testova Anna")
    with boris.transaction() as session:
        people.add_spelling(session, "Boris", person_id, "Testowa Anna")
    relay.sync(anna, boris)
    for store in (anna, boris):
        with store.session() as session:
            names = sorted(n.text for n in session.exec(select(PersonName)))
        assert names == ["Testova Anna", "Testowa Anna"]


def test_operations_received_twice_change_nothing_the_second_time(team):
    relay, anna, boris = team
    number = a_case(anna)
    relay.sync(anna, boris)
    with anna.transaction() as session:
        cases.update_case(session, "Anna", number, summary="Once")
    relay.push(anna)
    relay.pull(boris)
    relay.seen.clear()  # as if the laptop had lost track of what it pulled
    again = relay.pull(boris)
    assert again.applied == 0
    with boris.session() as session:
        entries = audit.history(session, cases.find_case(session, number).id)
    assert [entry.action for entry in entries].count("update") == 1


def test_one_number_given_on_two_laptops_to_two_cases_ends_distinct_and_alike_on_both(team):
    relay, anna, boris = team
    first, second = a_case(anna, "Тестова Анна"), a_case(boris, "Пробов Борис")
    assert first == second  # both laptops gave the first number of the year
    relay.sync(anna, boris)
    numbers = []
    for store in (anna, boris):
        with store.session() as session:
            numbers.append(sorted((case.number, case.id) for case in session.exec(select(Case))))
    assert numbers[0] == numbers[1]
    assert len({number for number, _id in numbers[0]}) == 2
    kept = min(numbers[0], key=lambda pair: pair[1])
    assert kept[0] == first


def test_the_same_marker_set_on_two_laptops_is_one_marker_with_both_details_to_choose_from(team):
    relay, anna, boris = team
    a_case(anna, "Тестова Анна")
    relay.sync(anna, boris)
    with anna.session() as session:
        person_id = people.find_people(session, "Тестова")[0].id
    with anna.transaction() as session:
        people.set_marker(session, "Anna", person_id, people.MarkerDraft("criminal_case", "ст. 280"))
    with boris.transaction() as session:
        people.set_marker(session, "Boris", person_id, people.MarkerDraft("criminal_case", "ст. 207.3"))
    relay.sync(anna, boris)
    for store in (anna, boris):
        with store.session() as session:
            (marker,) = session.exec(select(PersonMarker)).all()
            details = {a.value for a in merge.conflicts(session.get(SyncRecord, marker.id).heads)["detail"]}
        assert details == {"ст. 280", "ст. 207.3"}


def test_a_value_that_lost_a_conflict_stays_in_the_history(team):
    relay, anna, boris = team
    number = a_case(anna)
    relay.sync(anna, boris)
    with boris.transaction() as session:
        cases.update_case(session, "Boris", number, summary="Boris's account")
    with anna.transaction() as session:
        cases.update_case(session, "Anna", number, summary="Anna's account")
    relay.push(boris)
    relay.push(anna)  # Anna's change is stamped later: it is the one shown
    relay.pull(anna)
    with anna.transaction() as session:
        cases.update_case(session, "Anna", number, summary="Agreed account")  # her choice ends the conflict
    with anna.session() as session:
        entries = audit.history(session, cases.find_case(session, number).id)
        values = {entry.after.get("summary") for entry in entries} | {
            entry.before.get("summary") for entry in entries if entry.before
        }
    assert "Boris's account" in values


def test_a_marker_taken_off_on_two_laptops_at_once_is_gone_everywhere_without_a_conflict(tmp_path):
    anna, boris, vera = (laptop(tmp_path, name) for name in ("Anna", "Boris", "Vera"))
    relay = Relay()
    a_case(anna, "Тестова Анна")
    relay.sync(anna, boris, vera)
    with boris.session() as session:
        person_id = people.find_people(session, "Тестова")[0].id
    with boris.transaction() as session:
        people.set_marker(session, "Boris", person_id, people.MarkerDraft("criminal_case"))
    relay.sync(anna, boris)
    for store, name in ((anna, "Anna"), (boris, "Boris")):
        with store.transaction() as session:
            people.remove_marker(session, name, person_id, "criminal_case")
    relay.sync(anna, boris, vera)  # Vera receives the marker and both removals in one pull
    for store in (anna, boris, vera):
        with store.session() as session:
            assert session.exec(select(PersonMarker)).all() == []
            assert [r for r in session.exec(select(SyncRecord)) if merge.conflicts(r.heads)] == []
        store.close()


def test_an_operation_on_a_kind_of_record_this_version_does_not_share_is_kept_until_one_does(
    team, monkeypatch
):
    relay, anna, boris = team
    number = a_case(anna)
    relay.sync(anna, boris)
    with anna.transaction() as session:
        cases.add_note(session, "Anna", number, "Written where notes are shared")
    relay.push(anna)
    with monkeypatch.context() as older:  # Boris's version does not share notes yet
        older.delitem(SHARED, "note")
        relay.pull(boris)
        relay.seen.clear()
        relay.pull(boris)  # received twice: held once
    with boris.session() as session:
        assert session.exec(select(Note)).all() == []
        assert len(session.exec(select(SyncHeld)).all()) == 1
    relay.pull(boris)  # his updated version applies it at the next pull, with nothing new arriving
    with boris.session() as session:
        notes = session.exec(select(Note)).all()
        assert [note.text for note in notes] == ["Written where notes are shared"]
        assert [entry.actor for entry in audit.history(session, notes[0].id)] == ["Anna"]
        assert session.exec(select(SyncHeld)).all() == []
