"""Evaluating the whole store at once agrees with one case at a time and leaves the session as it was."""

from datetime import date

import pytest

from casetracker.dates import PartialDate
from casetracker.services import bulk_evaluation, cases, evaluation, people, trash

# Up to PAGE persons are read by their ids, more in one pass over each table: 1 forces the pass.
BOTH_WAYS_OF_READING = pytest.mark.parametrize("page", [bulk_evaluation.PAGE, 1], ids=["by-id", "one-pass"])


@BOTH_WAYS_OF_READING
def test_evaluating_the_whole_store_at_once_agrees_with_one_case_at_a_time(store, monkeypatch, page):
    from casetracker.services.bulk_evaluation import evaluate_all
    from casetracker.services.demo import fill_demo_store

    monkeypatch.setattr(bulk_evaluation, "PAGE", page)
    with store.transaction() as session:
        fill_demo_store(session)
    on = date(2024, 6, 1)
    with store.session() as session:
        together = {row.number: result for row, result in evaluate_all(session, on)}
        assert len(together) == cases.count_cases(session)
        for number, result in together.items():
            assert evaluation.evaluate_case(session, cases.find_case(session, number), on) == result
        georgian = {row.number for row, _ in evaluate_all(session, on, country="GE")}
    assert georgian == {number for number in together if number.startswith("GE-")}


def add_travel(session, person_id, country: str, *days: tuple[str, date]) -> str:
    case = cases.add_case(session, "t", person_id, "entry_denial", country, opened_on=date(2024, 1, 1))
    for kind, day in days:
        cases.add_event(session, "t", case.number, kind, PartialDate(day))
    return case.number


@pytest.fixture
def two_schengen_cases(store):
    """One person's stays in Estonia and Germany, which add up, and a stay in Finland whose case is in
    the trash; and a second person, so that there is more than one person to read."""
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Вера Озёрная")).person.id
        estonia = add_travel(session, person, "EE", ("entry", date(2024, 1, 1)), ("exit", date(2024, 1, 10)))
        germany = add_travel(session, person, "DE", ("entry", date(2024, 3, 1)))
        finland = add_travel(session, person, "FI", ("entry", date(2024, 2, 1)), ("exit", date(2024, 2, 20)))
        trash.move_to_trash(session, "t", "case", cases.find_case(session, finland).id)
        other = people.add_person(session, "t", people.PersonDraft(name="Лев Полынов")).person.id
        add_travel(session, other, "DE", ("entry", date(2024, 3, 5)))
    return estonia, germany, finland


@BOTH_WAYS_OF_READING
def test_stays_in_one_zone_add_up_across_a_persons_cases_and_trashed_cases_do_not_count(
    store, two_schengen_cases, monkeypatch, page
):
    monkeypatch.setattr(bulk_evaluation, "PAGE", page)
    estonia, germany, finland = two_schengen_cases
    on = date(2024, 3, 10)
    with store.session() as session:
        together = {row.number: result for row, result in bulk_evaluation.evaluate_all(session, on)}
        one_by_one = {n: evaluation.evaluate_case(session, cases.find_case(session, n), on) for n in together}
    assert finland not in together
    assert together == one_by_one
    # 10 days in Estonia in January and 10 in Germany so far in March; the 20 in Finland are in the trash.
    assert together[estonia].stay.days_used == together[germany].stay.days_used == 20


@BOTH_WAYS_OF_READING
def test_evaluating_the_whole_store_sees_events_added_in_the_same_unit_of_work(
    store, two_schengen_cases, monkeypatch, page
):
    monkeypatch.setattr(bulk_evaluation, "PAGE", page)
    estonia, germany, _ = two_schengen_cases
    with store.transaction() as session:
        cases.add_event(session, "t", germany, "exit", PartialDate(date(2024, 3, 4)))
        together = {
            row.number: result for row, result in bulk_evaluation.evaluate_all(session, date(2024, 3, 10))
        }
    assert together[estonia].stay.days_used == 14
    assert not together[germany].stay.present


def test_reading_the_whole_store_leaves_the_cycle_collector_as_it_found_it(store, two_schengen_cases):
    import gc

    from casetracker.services.case_facts import facts_for_every_case

    with store.session() as session:
        at_start = gc.get_freeze_count()  # Python 3.12 sets a few hundred objects of its own aside
        reading = facts_for_every_case(session)
        next(reading)
        assert gc.get_freeze_count() > at_start  # what was read is kept out of the collector's passes
        assert len(list(reading)) == 2
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0  # and given back to it
        left_halfway = facts_for_every_case(session)
        next(left_halfway)
        left_halfway.close()
        assert gc.get_freeze_count() == 0
        gc.disable()
        try:
            assert len(list(facts_for_every_case(session, country="EE"))) == 2
            assert not gc.isenabled()
        finally:
            gc.enable()


def test_reading_the_whole_store_leaves_objects_someone_else_set_aside_as_they_are(store, two_schengen_cases):
    import gc

    from casetracker.services.case_facts import facts_for_every_case

    theirs = ["set aside by someone else"]
    gc.freeze()
    try:
        with store.session() as session:
            assert len(list(facts_for_every_case(session))) == 3
        # Still set aside: the collector's own list of objects does not hold it. (Counting the objects
        # set aside is no test: any of them may be freed meanwhile, by another thread too.)
        assert not any(held is theirs for held in gc.get_objects())
    finally:
        gc.unfreeze()
    assert any(held is theirs for held in gc.get_objects())
