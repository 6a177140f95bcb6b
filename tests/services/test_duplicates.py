"""Likely duplicates with their reasons; merging persons, audited and undoable."""

import json
from datetime import date

import pytest

from casetracker.errors import Conflict
from casetracker.services import cases, duplicates, people, search
from casetracker.store.models import AuditEntry

ACTOR = "tester"


@pytest.fixture
def known(store):
    with store.transaction() as session:
        first = people.add_person(
            session,
            ACTOR,
            people.PersonDraft(
                "Щеглов Иван Петрович", other_names=("SHCHEGLOV IVAN",), birth_date=date(1990, 5, 1)
            ),
        )
        people.add_document(session, ACTOR, first.person.id, "foreign_passport", "RU", "75 1234567")
        namesake = people.add_person(
            session, ACTOR, people.PersonDraft("Щеглов Иван", birth_date=date(1971, 2, 3))
        )
        other = people.add_person(
            session, ACTOR, people.PersonDraft("Ивашов Иван", birth_date=date(1990, 5, 1))
        )
    return first.person.id, namesake.person.id, other.person.id


def test_a_draft_in_another_spelling_is_a_likely_duplicate(store, known):
    first, namesake, other = known
    draft = people.PersonDraft("Ivan Schtscheglow", birth_date=date(1990, 8, 1))
    with store.session() as session:
        matches = duplicates.find_likely_duplicates(session, draft)
    assert [m.person_id for m in matches] == [first]  # the namesake born 1971 is someone else
    assert matches[0].reasons[0].startswith("similar name: ")
    assert "dates of birth 92 days apart" in matches[0].reasons[1]
    assert other not in [m.person_id for m in matches] and namesake not in [m.person_id for m in matches]


def test_same_document_number_and_same_birth_date(store, known):
    first, _namesake, _ = known
    draft = people.PersonDraft("Shcheglov Ivan", birth_date=date(1990, 5, 1))
    with store.session() as session:
        matches = duplicates.find_likely_duplicates(session, draft, document_numbers=("751234567",))
    assert matches[0].person_id == first
    assert matches[0].reasons == (
        "same name: Shcheglov Ivan",  # as the passport spelling SHCHEGLOV IVAN
        "same date of birth (1990-05-01)",
        "same document number 751234567",
    )
    with store.session() as session:
        by_document = duplicates.find_likely_duplicates(
            session, people.PersonDraft("Someone Else"), document_numbers=("75 1234567",)
        )
    assert [(m.person_id, m.reasons) for m in by_document] == [(first, ("same document number 751234567",))]


def test_without_a_birth_date_similar_names_are_ranked(store, known):
    first, namesake, _ = known
    with store.session() as session:
        matches = duplicates.find_likely_duplicates(session, people.PersonDraft("Щеглов Иван"))
    assert [m.person_id for m in matches] == [namesake, first]  # the same name first
    assert matches[0].reasons == ("same name: Щеглов Иван",)


def test_all_pairs(store, known):
    first, _namesake, _ = known
    with store.transaction() as session:
        twin = people.add_person(
            session, ACTOR, people.PersonDraft("Chtcheglov Ivan", birth_date=date(1990, 5, 1))
        ).person.id
    with store.session() as session:
        pairs = duplicates.all_pairs(session)
    assert len(pairs) == 1
    assert {pairs[0].person_id, pairs[0].other_id} == {first, twin}
    assert "same date of birth (1990-05-01)" in pairs[0].reasons


def test_merge_and_undo(store, known):
    first, _, _ = known
    with store.transaction() as session:
        twin = people.add_person(
            session, ACTOR, people.PersonDraft("Chtcheglov Ivan", other_names=("Schtscheglow Iwan",))
        ).person.id
        people.add_document(session, ACTOR, twin, "residence_permit", "FR", "FR-99")
        case = cases.add_case(session, ACTOR, twin, "asylum", "FR")
        cases.add_note(session, ACTOR, case.number, "Called in Paris")
    with store.transaction() as session:
        entry = duplicates.merge_persons(session, ACTOR, first, twin)
        entry_id = entry.id
    with store.session() as session:
        kept = people.get_person(session, first)
        assert {n.text for n in kept.names} == {"SHCHEGLOV IVAN", "Schtscheglow Iwan", "Chtcheglov Ivan"}
        assert {d.number for d in kept.documents} == {"75 1234567", "FR-99"}
        assert cases.find_case(session, case.number).person_id == first
        assert people.get_person(session, twin, include_deleted=True).person.deleted_at is not None
        persons = [h.id for h in search.search(session, "Chtcheglov") if h.kind == "person"]
        assert persons[0] == first and twin not in persons
        entry = session.get(AuditEntry, entry_id)
        assert (entry.action, entry.after["merged_id"]) == ("merge", str(twin))
    with store.transaction() as session:
        duplicates.undo_merge(session, ACTOR, entry_id)
    with store.session() as session:
        kept = people.get_person(session, first)
        back = people.get_person(session, twin)
        assert {n.text for n in kept.names} == {"SHCHEGLOV IVAN"}
        assert {n.text for n in back.names} == {"Schtscheglow Iwan"}
        assert {d.number for d in back.documents} == {"FR-99"}
        assert cases.find_case(session, case.number).person_id == twin
        assert twin in [h.id for h in search.search(session, "Chtcheglov")]
    with pytest.raises(Conflict), store.transaction() as session:
        duplicates.undo_merge(session, ACTOR, entry_id)


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
