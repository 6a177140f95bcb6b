"""Records as plain JSON-ready dictionaries, for the command line and exports.

The keys and the vocabulary values are a stable interface: scripts depend on them.
"""

from casetracker.services.cases import CaseDetail
from casetracker.services.people import PersonDetail
from casetracker.store.models import Case, Deadline, Event, Note, TravelDocument


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def person_record(detail: PersonDetail) -> dict:
    person = detail.person
    return {
        "id": str(person.id),
        "name": person.name,
        "other_names": [name.text for name in detail.names],
        "latin_names": detail.latin_names,
        "birth_date": _iso(person.birth_date),
        "birth_place": person.birth_place,
        "citizenships": list(person.citizenships),
        "languages": list(person.languages),
        "current_location": person.current_location,
        "secure_contact": person.secure_contact,
        "military_status": person.military_status,
        "markers": [{"marker": m.marker, "detail": m.detail, "since": _iso(m.since)} for m in detail.markers],
        "documents": [document_record(document) for document in detail.documents],
    }


def document_record(document: TravelDocument) -> dict:
    return {
        "id": str(document.id),
        "kind": document.kind,
        "country": document.country,
        "number": document.number,
        "valid_from": _iso(document.valid_from),
        "valid_until": _iso(document.valid_until),
        "annulled_on": _iso(document.annulled_on),
    }


def case_record(case: Case) -> dict:
    return {
        "id": str(case.id),
        "number": case.number,
        "person_id": str(case.person_id),
        "kind": case.kind,
        "country": case.country,
        "status": case.status,
        "priority": case.priority,
        "opened_on": _iso(case.opened_on),
        "closed_on": _iso(case.closed_on),
        "caseworker": case.caseworker,
        "lawyer": case.lawyer,
        "summary": case.summary,
        "outcome": case.outcome,
        "updated_at": _iso(case.updated_at),
    }


def event_record(event: Event) -> dict:
    return {
        "id": str(event.id),
        "kind": event.kind,
        "date": _iso(event.date),
        "date_precision": event.date_precision,
        "place": event.place,
        "description": event.description,
        "source": event.source,
        "country": event.country,  # "" when it happened in the case's country
        "procedure": event.procedure,  # "" when not known
    }


def deadline_record(deadline: Deadline) -> dict:
    return {
        "id": str(deadline.id),
        "kind": deadline.kind,
        "due": _iso(deadline.due),
        "origin": deadline.origin,
        "status": deadline.status,
        "description": deadline.description,
    }


def note_record(note: Note) -> dict:
    return {"id": str(note.id), "text": note.text, "author": note.author, "created_at": _iso(note.created_at)}


def case_detail_record(detail: CaseDetail) -> dict:
    record = case_record(detail.case)
    record["person"] = person_record(detail.person)
    record["events"] = [event_record(event) for event in detail.events]
    record["deadlines"] = [deadline_record(deadline) for deadline in detail.deadlines]
    record["notes"] = [note_record(note) for note in detail.notes]
    return record
