"""Services: every write is audited, deletions go to a recoverable trash, bad values are refused."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from casetracker.dates import PartialDate
from casetracker.errors import Conflict, InvalidInput, NotFound
from casetracker.services import audit, cases, people, trash
from casetracker.store.models import AuditEntry
from casetracker.vocabulary import DatePrecision, DeadlineStatus


@pytest.fixture
def case_number(store):
    with store.transaction() as session:
        person = people.add_person(
            session,
            "Ирина",
            people.PersonDraft(
                name="Степан Громыхалов",
                other_names=("STEPAN GROMYKHALOV", "Stepan Gromychalow"),
                birth_date=date(1990, 4, 1),
                markers=(people.MarkerDraft("wanted_interstate", detail="art. 207.3"),),
            ),
        ).person
        return cases.add_case(
            session, "Ирина", person.id, "detention_extradition", "KZ", opened_on=date(2024, 2, 1)
        ).number


def audit_count(store) -> int:
    with store.session() as session:
        return len(session.exec(select(AuditEntry)).all())


def test_each_write_leaves_exactly_one_audit_entry_naming_who_and_what(store, case_number):
    assert audit_count(store) == 2  # the person, the case
    with store.transaction() as session:
        event = cases.add_event(session, "Ирина", case_number, "last_contact", PartialDate(date(2024, 1, 30)))
    assert audit_count(store) == 3
    with store.transaction() as session:
        cases.update_event(session, "Олег", event.id, place="Алматы")
    with store.session() as session:
        entries = audit.history(session, event.id)
    assert [(e.actor, e.action) for e in entries] == [("Ирина", "create"), ("Олег", "update")]
    assert entries[1].before["place"] == "" and entries[1].after["place"] == "Алматы"


def test_a_person_keeps_every_spelling_and_marker(store, case_number):
    with store.session() as session:
        case = cases.find_case(session, case_number)
        detail = people.get_person(session, case.person_id)
    assert detail.latin_names == ["STEPAN GROMYKHALOV", "Stepan Gromychalow"]
    assert [(m.marker, m.detail) for m in detail.markers] == [("wanted_interstate", "art. 207.3")]


def test_a_deleted_case_goes_to_the_trash_and_comes_back_whole(store, case_number):
    with store.transaction() as session:
        cases.add_event(session, "t", case_number, "detention", PartialDate(date(2024, 1, 30)))
        case_id = cases.find_case(session, case_number).id
        trash.move_to_trash(session, "t", "case", case_id)
    with store.session() as session:
        assert [item.label for item in trash.list_trash(session)] == [case_number]
        with pytest.raises(NotFound):
            cases.find_case(session, case_number)
    with store.transaction() as session:
        trash.restore(session, "t", case_id)
    with store.session() as session:
        detail = cases.case_detail(session, case_number)
    assert [event.kind for event in detail.events] == ["detention"]
    assert [e.action for e in _history(store, case_id)] == ["create", "delete", "restore"]


def _history(store, entity_id):
    with store.session() as session:
        return audit.history(session, entity_id)


def test_a_person_with_cases_cannot_be_deleted(store, case_number):
    with store.session() as session:
        person_id = cases.find_case(session, case_number).person_id
    with pytest.raises(Conflict, match=case_number), store.transaction() as session:
        trash.move_to_trash(session, "t", "person", person_id)


def test_the_timeline_is_in_date_order_whatever_the_order_of_entry(store, case_number):
    with store.transaction() as session:
        for day, kind in ((20, "release"), (1, "detention"), (10, "extradition_request")):
            cases.add_event(session, "t", case_number, kind, PartialDate(date(2024, 3, day)))
        cases.add_event(
            session, "t", case_number, "hearing", PartialDate(date(2024, 2, 1), DatePrecision.MONTH)
        )
    with store.session() as session:
        kinds = [event.kind for event in cases.case_detail(session, case_number).events]
    assert kinds == ["hearing", "detention", "extradition_request", "release"]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (
            lambda s, n: cases.add_event(s, "t", n, "teleportation", PartialDate(date(2024, 1, 1))),
            "event kind",
        ),
        (lambda s, n: cases.update_case(s, "t", n, status="forgotten"), "status"),
        (lambda s, n: cases.update_case(s, "t", n, closed_on=date(2020, 1, 1)), "closed on"),
        (lambda s, n: people.add_person(s, "t", people.PersonDraft(name="   ")), "name"),
        (
            lambda s, n: people.add_person(
                s, "t", people.PersonDraft(name="Будущий", birth_date=date.today() + timedelta(days=1))
            ),
            "date of birth",
        ),
        (lambda s, n: cases.add_deadline(s, "t", n, date(2024, 5, 1), "someday"), "deadline kind"),
    ],
)
def test_invalid_values_are_refused_with_the_field_named_and_nothing_saved(store, case_number, call, field):
    before = audit_count(store)
    with pytest.raises(InvalidInput) as raised, store.transaction() as session:
        call(session, case_number)
    assert raised.value.field == field
    assert audit_count(store) == before


def test_a_manual_deadline_keeps_its_origin_and_status_changes_are_audited(store, case_number):
    with store.transaction() as session:
        deadline = cases.add_deadline(session, "t", case_number, date(2024, 5, 1), "hearing")
    with store.transaction() as session:
        cases.set_deadline_status(session, "t", deadline.id, DeadlineStatus.DONE)
    with store.session() as session:
        stored = cases.case_detail(session, case_number).deadlines[0]
    assert (stored.origin, stored.status) == ("manual", "done")


def test_an_exit_before_every_entry_of_the_case_is_refused(store, case_number):
    with store.transaction() as session:
        cases.add_event(session, "t", case_number, "entry", PartialDate(date(2024, 1, 10)))
    early_exit = PartialDate(date(2024, 1, 9))
    with pytest.raises(InvalidInput, match="before the first") as raised, store.transaction() as session:
        cases.add_event(session, "t", case_number, "exit", early_exit)
    assert raised.value.field == "date"
    with store.transaction() as session:  # on or after the entry is fine
        cases.add_event(session, "t", case_number, "exit", PartialDate(date(2024, 1, 10)))
