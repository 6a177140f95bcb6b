"""Likely duplicates with their reasons; merging persons, audited and undoable, also through the
trash."""

from datetime import date

import pytest

from casetracker.errors import Conflict
from casetracker.services import audit, cases, duplicates, people, search, trash
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


def test_an_import_s_rows_match_as_one_by_one_however_many_they_are(store, known):
    """A few rows are looked up in the search index, many against the whole store at once: the same
    persons come back, with the same reasons, in the same order."""
    first, namesake, _ = known
    drafts = [
        people.PersonDraft("Ivan Schtscheglow", birth_date=date(1990, 8, 1)),
        people.PersonDraft("Щеглов Иван"),
        people.PersonDraft("Ивашов Иван", birth_date=date(1960, 1, 1)),
        people.PersonDraft("Иван Петрович Щеглов", other_names=("Chtcheglov Ivan",)),
        *(people.PersonDraft(f"Другой Человек {n}") for n in range(60)),
    ]
    with store.session() as session:
        one_by_one = [duplicates.find_likely_duplicates(session, draft) for draft in drafts]
        few = duplicates.likely_duplicates_of(session, drafts[:4])
        many = duplicates.likely_duplicates_of(session, drafts)
    assert few == one_by_one[:4] and many == one_by_one
    assert [[m.person_id for m in found] for found in many[:4]] == [
        [first],
        [namesake, first],
        [],
        [first, namesake],
    ]


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


# --- the trash's side, of a merge ------------------------------------------------

CYRILLIC, LATIN = "Иванов Пётр", "IVANOV PETR"


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
