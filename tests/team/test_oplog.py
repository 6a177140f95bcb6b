"""Capture: each audited change of a shared record becomes operations once, and only data changes do."""

import pytest
from sqlmodel import select

from casetracker.services import attachments, cases, duplicates, people
from casetracker.store.models import Case, PersonMarker, PersonName, SyncOutbox
from casetracker.team import oplog
from tests.team.team_helpers import Relay, a_case, laptop


@pytest.fixture
def two(tmp_path):
    anna, boris = laptop(tmp_path, "Anna"), laptop(tmp_path, "Boris")
    yield Relay(), anna, boris
    anna.close()
    boris.close()


def _captured(store) -> list[dict]:
    with store.transaction() as session:
        oplog.capture(session)
        return [row.body for row in session.exec(select(SyncOutbox).order_by(SyncOutbox.seq))]


def _person_id(store, name):
    with store.session() as session:
        return people.find_people(session, name)[0].id


def test_each_change_is_captured_once_with_only_the_fields_that_changed(two):
    _relay, anna, _boris = two
    number = a_case(anna)
    made = _captured(anna)
    assert [op["entity"] for op in made] == ["person", "case_file", "event"]
    assert all(op["whole"] and op["base"] == {} for op in made)
    with anna.transaction() as session:
        cases.update_case(session, "Anna", number, priority="high")
    (update,) = _captured(anna)[3:]
    assert update["set"] == {"priority": "high"}
    assert update["base"] == {"priority": [made[1]["op"]]}
    assert len(_captured(anna)) == 4  # capturing again adds nothing


def test_opening_or_exporting_an_evidence_file_sends_nothing(two, tmp_path):
    _relay, anna, _boris = two
    number = a_case(anna)
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 scan")
    with anna.transaction() as session:
        added = attachments.add_attachment(session, "Anna", number, source, anna.paths.attachments)
    before = len(_captured(anna))
    attachments.export_attachment(anna, added.id, tmp_path / "copy.pdf", actor="Anna")
    assert len(_captured(anna)) == before


def test_a_spelling_and_a_marker_taken_off_on_one_laptop_are_gone_on_the_other(two):
    relay, anna, boris = two
    a_case(anna, "Тестова Анна")
    person_id = _person_id(anna, "Тестова")
    with anna.transaction() as session:
        spelling = people.add_spelling(session, "Anna", person_id, "Testova Anna")
        people.set_marker(session, "Anna", person_id, people.MarkerDraft("foreign_agent"))
    relay.sync(anna, boris)
    with boris.session() as session:
        assert [row.text for row in session.exec(select(PersonName))] == ["Testova Anna"]
        assert len(session.exec(select(PersonMarker)).all()) == 1
    with anna.transaction() as session:
        people.remove_spelling(session, "Anna", person_id, spelling.id)
        people.remove_marker(session, "Anna", person_id, "foreign_agent")
    relay.sync(anna, boris)
    with boris.session() as session:
        assert session.exec(select(PersonName)).all() == []
        assert session.exec(select(PersonMarker)).all() == []


def test_two_persons_merged_on_one_laptop_are_merged_on_the_other(two):
    relay, anna, boris = two
    first, second = a_case(anna, "Тестова Анна"), a_case(anna, "Тестова Анна Игоревна")
    relay.sync(anna, boris)
    keep, merge = _person_id(anna, "Тестова Анна Игоревна"), None
    with anna.session() as session:
        merge = next(p.id for p in people.find_people(session, "Тестова") if p.id != keep)
    with anna.transaction() as session:
        duplicates.merge_persons(session, "Anna", keep, merge)
    relay.sync(anna, boris)
    for store in (anna, boris):
        with store.session() as session:
            owners = {case.number: case.person_id for case in session.exec(select(Case))}
            assert owners == {first: keep, second: keep}
            assert people.get_person(session, merge, include_deleted=True).person.deleted_at is not None
