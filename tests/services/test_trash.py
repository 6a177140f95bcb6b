"""The trash: evidence files go and come back whole; listings say what each record is without
personal data in the label; nothing comes back that its case or person would hide."""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from casetracker.dates import PartialDate
from casetracker.errors import Conflict
from casetracker.services import attachments, audit, cases, evaluation, people, trash
from casetracker.store.models import Attachment, Case

ACTOR = "tester"
NAME = "Анна Вымышленная"
FILE_NAME = "Petrova asylum decision.pdf"  # a file name can be personal
NOTE = (
    "Звонила сестра из Бишкека: в четверг к ней приходили из полиции и спрашивали про адрес Анны в Тбилиси."
)
CONTENT = b"%PDF-1.4 decision of the migration service " * 100


@dataclass
class Filled:
    person_id: uuid.UUID
    case_id: uuid.UUID
    number: str
    event_id: uuid.UUID
    deadline_id: uuid.UUID
    note_id: uuid.UUID
    attachment_id: uuid.UUID
    document_id: uuid.UUID


@pytest.fixture
def filled(store, tmp_path) -> Filled:
    source = tmp_path / FILE_NAME
    source.write_bytes(CONTENT)
    with store.transaction() as session:
        person = people.add_person(session, ACTOR, people.PersonDraft(name=NAME)).person
        case = cases.add_case(session, ACTOR, person.id, "asylum", "KG", opened_on=date(2024, 3, 1))
        event = cases.add_event(session, ACTOR, case.number, "entry_denied", PartialDate(date(2024, 5, 2)))
        deadline = cases.add_deadline(session, ACTOR, case.number, date(2024, 6, 3), "appeal")
        note = cases.add_note(session, ACTOR, case.number, NOTE)
        attachment = attachments.add_attachment(session, ACTOR, case.number, source, store.paths.attachments)
        document = people.add_document(session, ACTOR, person.id, "foreign_passport", "RU")
        return Filled(
            person.id, case.id, case.number, event.id, deadline.id, note.id, attachment.id, document.id
        )


def move(store, kind: str, row_id: uuid.UUID) -> None:
    with store.transaction() as session:
        trash.move_to_trash(session, ACTOR, kind, row_id)


def restore(store, row_id: uuid.UUID) -> None:
    with store.transaction() as session:
        trash.restore(session, ACTOR, row_id)


def in_trash(store, **options) -> list[trash.TrashItem]:
    with store.session() as session:
        return trash.list_trash(session, **options)


def test_an_evidence_file_goes_to_the_trash_and_comes_back_whole(store, filled):
    blob = store.paths.attachments / _attachment(store, filled).blob_name
    move(store, "attachment", filled.attachment_id)
    with store.session() as session:
        assert attachments.list_attachments(session, filled.number) == []
    assert blob.is_file()  # kept, so that it can come back
    [item] = in_trash(store)
    assert (item.kind, item.id, item.case_number) == ("attachment", filled.attachment_id, filled.number)
    assert item.description == FILE_NAME
    restore(store, filled.attachment_id)
    assert in_trash(store) == []
    with store.session() as session:
        assert [a.id for a in attachments.list_attachments(session, filled.number)] == [filled.attachment_id]
        assert attachments.open_attachment(session, filled.attachment_id, store.paths.attachments) == CONTENT
    with store.session() as session:
        actions = [e.action for e in audit.history(session, filled.attachment_id)]
    assert actions == ["create", "delete", "restore"]


def test_labels_hold_no_personal_data_and_descriptions_say_what_each_record_is(store, filled):
    for kind, row_id in (
        ("event", filled.event_id),
        ("deadline", filled.deadline_id),
        ("note", filled.note_id),
        ("attachment", filled.attachment_id),
        ("document", filled.document_id),
        ("case", filled.case_id),
        ("person", filled.person_id),
    ):
        move(store, kind, row_id)
    items = in_trash(store)
    # Newest first: the person went last.
    assert [item.kind for item in items] == [
        "person", "case", "document", "attachment", "note", "deadline", "event"
    ]  # fmt: skip
    for item in items:
        for secret in (NAME, "Анна", "Petrova", FILE_NAME, NOTE[:20], "Бишкек"):
            assert secret not in item.label, (item.kind, item.label)
    described = {item.kind: (item.case_number, item.description) for item in items}
    number = filled.number
    assert described["person"] == (None, NAME)
    assert described["case"] == (number, f"{number} · Asylum · {NAME}")
    assert described["document"] == (None, f"Foreign passport · RU · {NAME}")
    assert described["attachment"] == (number, FILE_NAME)
    assert described["event"] == (number, "Entry denied · 2024-05-02")
    assert described["deadline"] == (number, "Appeal · 2024-06-03")
    note_number, note = described["note"]
    assert note_number == number
    assert note.endswith("…") and NOTE.startswith(note[:-1]) and 40 <= len(note) <= 61
    # The window passes its own words for stored kinds (translated ones).
    worded = {item.kind: item.description for item in in_trash(store, word=lambda value: f"<{value}>")}
    assert worded["event"] == "<entry_denied> · 2024-05-02"


def test_a_record_whose_case_is_in_the_trash_waits_for_the_case(store, filled):
    for kind, row_id in (
        ("event", filled.event_id),
        ("deadline", filled.deadline_id),
        ("note", filled.note_id),
        ("attachment", filled.attachment_id),
        ("case", filled.case_id),
    ):
        move(store, kind, row_id)
    before = in_trash(store)
    for row_id in (filled.event_id, filled.deadline_id, filled.note_id, filled.attachment_id):
        with pytest.raises(
            Conflict, match=f"Its case {filled.number} is in the trash: restore the case first"
        ):
            restore(store, row_id)
    assert in_trash(store) == before  # nothing came back, nothing was recorded
    with store.session() as session:
        assert [e.action for e in audit.history(session, filled.event_id)][-1] == "delete"
    restore(store, filled.case_id)
    restore(store, filled.event_id)
    with store.session() as session:
        assert [e.id for e in cases.case_detail(session, filled.number).events] == [filled.event_id]


def test_a_case_or_document_whose_person_is_in_the_trash_waits_for_the_person(store, filled):
    move(store, "case", filled.case_id)
    move(store, "document", filled.document_id)
    move(store, "person", filled.person_id)
    with pytest.raises(Conflict, match=f"person of case {filled.number} is in the trash: restore the person"):
        restore(store, filled.case_id)
    with pytest.raises(Conflict, match="Its person is in the trash: restore the person first"):
        restore(store, filled.document_id)
    assert {item.kind for item in in_trash(store)} == {"case", "document", "person"}
    restore(store, filled.person_id)
    restore(store, filled.case_id)
    restore(store, filled.document_id)
    assert in_trash(store) == []


def test_a_travel_document_going_and_coming_back_changes_the_case_findings(store):
    with store.transaction() as session:
        person = people.add_person(session, ACTOR, people.PersonDraft(name=NAME)).person
        case = cases.add_case(session, ACTOR, person.id, "asylum", "GE", opened_on=date(2024, 3, 1))
        expired = people.add_document(
            session, ACTOR, person.id, "foreign_passport", "RU", valid_until=date.today() - timedelta(days=9)
        )
        case_id, document_id = case.id, expired.id
    assert "document_expired" in _finding_kinds(store, case_id)  # the passport has expired
    move(store, "document", document_id)
    assert "document_expired" not in _finding_kinds(store, case_id)
    restore(store, document_id)
    assert "document_expired" in _finding_kinds(store, case_id)


def test_the_history_of_a_case_shows_its_files_added_opened_trashed_and_restored(store, filled, tmp_path):
    attachments.export_attachment(store, filled.attachment_id, tmp_path / "copy.pdf", actor=ACTOR)
    move(store, "attachment", filled.attachment_id)
    restore(store, filled.attachment_id)
    with store.session() as session:
        entries = audit.history_of_case(session, filled.case_id)
    files = [e.action for e in entries if e.entity == "attachment"]
    assert files == ["create", "export", "delete", "restore"]
    assert {e.entity for e in entries} >= {"case_file", "event", "deadline", "note", "attachment"}


def _attachment(store, filled) -> Attachment:
    with store.session() as session:
        return session.get(Attachment, filled.attachment_id)


def _finding_kinds(store, case_id: uuid.UUID) -> set[str]:
    with store.session() as session:
        return {f.kind for f in evaluation.evaluate_case(session, session.get(Case, case_id)).findings}


def test_a_deadline_the_rules_withdrew_is_not_listed_and_comes_back_with_its_event(store):
    notified = date.today() - timedelta(days=3)
    with store.transaction() as session:
        person = people.add_person(session, ACTOR, people.PersonDraft(name=NAME)).person
        case = cases.add_case(session, ACTOR, person.id, "asylum", "DE", opened_on=date(2024, 3, 1))
        event = cases.add_event(session, ACTOR, case.number, "decision_negative", PartialDate(notified))
        cases.add_event(session, ACTOR, case.number, "notified", PartialDate(notified))
        number, event_id = case.number, event.id
    computed = _deadlines_from(store, number, event_id)  # the remedy against the decision
    assert computed
    move(store, "event", event_id)
    assert _deadlines_from(store, number, event_id) == []  # withdrawn into the trash by the rules
    assert [item.kind for item in in_trash(store)] == ["event"]
    with pytest.raises(Conflict, match="worked out by the rules"):
        restore(store, computed[0].id)
    restore(store, event_id)
    again = _deadlines_from(store, number, event_id)
    assert sorted((d.kind, d.due) for d in again) == sorted((d.kind, d.due) for d in computed)


def _deadlines_from(store, number: str, event_id: uuid.UUID):
    with store.session() as session:
        return [d for d in cases.case_detail(session, number).deadlines if d.event_id == event_id]
