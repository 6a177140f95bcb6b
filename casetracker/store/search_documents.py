"""What each record puts into the search index, and the index built again from the tables.

One document per person (every spelling of the name, with phonetic keys), case (number,
summary, outcome), case's events (places and texts, one document for all of a case's
events) and note. Records in the trash have no document. The search service keeps the
documents current on every write and ranks what the index finds; migration 0003 builds
the index once from the rows already in a store (so this lives in the store, below both).
"""

import itertools
import uuid
from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import Connection, func, select
from sqlmodel import col

from casetracker.names import bare_text, keys_text
from casetracker.store import fts
from casetracker.store.models import Case, Event, Note, Person, PersonName

DOCUMENT_KINDS = ("person", "case", "events", "note")
_BATCH = 5_000


def _chunks(ids: Iterable[uuid.UUID], size: int = 500) -> Iterator[list[uuid.UUID]]:
    iterator = iter(ids)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _person_documents(connection: Connection, ids: list[uuid.UUID] | None) -> Iterator[fts.Document]:
    people = select(Person.id, Person.name).where(col(Person.deleted_at).is_(None))
    spellings = select(PersonName.person_id, PersonName.text).order_by(col(PersonName.created_at))
    if ids is not None:
        people = people.where(col(Person.id).in_(ids))
        spellings = spellings.where(col(PersonName.person_id).in_(ids))
    others: dict[uuid.UUID, list[str]] = {}
    for person_id, text in connection.execute(spellings):
        others.setdefault(person_id, []).append(text)
    for person_id, name in connection.execute(people):
        names = " · ".join([name, *others.get(person_id, [])])
        yield fts.Document("person", person_id, names=names, keys=keys_text(names), bare=bare_text(names))


def _case_documents(connection: Connection, ids: list[uuid.UUID] | None) -> Iterator[fts.Document]:
    statement = select(Case.id, Case.number, Case.summary, Case.outcome).where(col(Case.deleted_at).is_(None))
    if ids is not None:
        statement = statement.where(col(Case.id).in_(ids))
    for case_id, number, summary, outcome in connection.execute(statement):
        yield fts.Document("case", case_id, number=number, body="\n".join(filter(None, (summary, outcome))))


def _event_documents(connection: Connection, case_ids: list[uuid.UUID] | None) -> Iterator[fts.Document]:
    """One document per case for all its events (places and texts): a tenth of the documents."""
    text = func.aggregate_strings(Event.place + " " + Event.description, "\n")
    statement = select(Event.case_id, text).where(col(Event.deleted_at).is_(None)).group_by(Event.case_id)
    if case_ids is not None:
        statement = statement.where(col(Event.case_id).in_(case_ids))
    for case_id, body in connection.execute(statement):
        if body and body.strip():
            yield fts.Document("events", case_id, keys=keys_text(body), bare=bare_text(body), body=body)


def _note_documents(connection: Connection, ids: list[uuid.UUID] | None) -> Iterator[fts.Document]:
    statement = select(Note.id, Note.text).where(col(Note.deleted_at).is_(None))
    if ids is not None:
        statement = statement.where(col(Note.id).in_(ids))
    for note_id, text in connection.execute(statement):
        if text:
            yield fts.Document("note", note_id, body=text)


_DOCUMENTS: dict[str, Callable[[Connection, list[uuid.UUID] | None], Iterator[fts.Document]]] = {
    "person": _person_documents,
    "case": _case_documents,
    "events": _event_documents,
    "note": _note_documents,
}


def refresh(connection: Connection, kind: str, ids: Iterable[uuid.UUID]) -> None:
    """Bring the documents of these records up to date (removing those gone or in the trash)."""
    for chunk in _chunks(ids):
        fts.remove(connection, kind, chunk)
        fts.write(connection, _DOCUMENTS[kind](connection, chunk), replace=False)


def rebuild_index(connection: Connection, progress: Callable[[str, int], None] | None = None) -> int:
    """Build the whole index again from the tables; returns the number of documents."""
    fts.recreate(connection)
    total = 0
    for kind in DOCUMENT_KINDS:
        documents = _DOCUMENTS[kind](connection, None)
        while batch := list(itertools.islice(documents, _BATCH)):
            total += fts.write(connection, batch, replace=False)
            if progress is not None:
                progress(kind, total)
    fts.optimize(connection)
    return total
