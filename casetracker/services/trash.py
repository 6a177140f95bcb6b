"""The trash: deleted records stay in the store until restored; nothing is lost silently.

An evidence file in the trash keeps its encrypted blob on disk, so it comes back whole.
Restoring never brings back what the caseworker could not see: a record whose case or
person is still in the trash waits until that comes back first.

A person merged into another (see services/duplicates) waits in the trash too; restoring them
undoes the merge, so their cases, documents and notes come back with them.

A deadline the rules worked out is withdrawn into the trash when what it follows from goes (its
event, a rule); it is worked out anew when that comes back. Such deadlines are not listed, and
restoring one is refused: it would stand beside its recomputed twin.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from casetracker.errors import Conflict, NotFound
from casetracker.services import audit, duplicates, evaluation, people
from casetracker.store.models import (
    Attachment,
    AuditEntry,
    Case,
    Deadline,
    Event,
    Note,
    Person,
    TrashableRow,
    TravelDocument,
)
from casetracker.store.types import utcnow
from casetracker.vocabulary import MANUAL_ORIGIN, DatePrecision

# What the trash can hold, and how each kind is named to the caseworker.
_TRASHABLE: dict[str, type[TrashableRow]] = {
    "case": Case,
    "event": Event,
    "deadline": Deadline,
    "note": Note,
    "attachment": Attachment,
    "document": TravelDocument,
    "person": Person,
}
_NOTE_START = 60  # characters of a note's text shown in its description


@dataclass(frozen=True)
class TrashItem:
    """One record in the trash.

    `label` may be printed or logged, so it never holds personal data (names, file names, note
    text). `description` is for the window, which shows such data anyway; `case_number` is the
    case the record belongs to (a case's own number), or None for a person and their documents.
    """

    kind: str
    id: uuid.UUID
    label: str
    deleted_at: datetime
    case_number: str | None = None
    description: str = ""
    merged_into: str | None = None  # a person merged into another: that person's name ("" if gone)


def _plain_word(value: str) -> str:
    return value.replace("_", " ").capitalize()


def _label(row: TrashableRow, merge: AuditEntry | None = None) -> str:
    if isinstance(row, Case):
        return row.number
    if isinstance(row, Event):
        return f"{row.kind} {row.date.isoformat()}"
    if isinstance(row, Deadline):
        return f"{row.kind} due {row.due.isoformat()}"
    if isinstance(row, Note):
        return f"note of {row.created_at:%Y-%m-%d}"
    if isinstance(row, Attachment):
        return f"attachment of {row.created_at:%Y-%m-%d}"  # file names can be personal
    if isinstance(row, TravelDocument):
        return f"{row.kind} ({row.country})"
    if merge is not None:
        return "person (merged)"
    return "person"  # names stay out of listings that may be printed or logged


def _description(session: Session, row: TrashableRow, word: Callable[[str], str]) -> str:
    if isinstance(row, Case):
        return " · ".join(filter(None, (row.number, word(row.kind), _person_name(session, row.person_id))))
    if isinstance(row, Event):
        return f"{word(row.kind)} · {_partial_date(row.date, row.date_precision)}"
    if isinstance(row, Deadline):
        return f"{word(row.kind)} · {row.due.isoformat()}"
    if isinstance(row, Note):
        text = " ".join(row.text.split())
        return text if len(text) <= _NOTE_START else text[:_NOTE_START].rstrip() + "…"
    if isinstance(row, Attachment):
        return row.filename
    if isinstance(row, TravelDocument):
        return " · ".join(filter(None, (word(row.kind), row.country, _person_name(session, row.person_id))))
    return row.name


def _partial_date(value: date, precision: str) -> str:
    """As a caseworker types it: 2022-09-15, 2022-09 (month only) or ~2022-09-15."""
    if precision == DatePrecision.MONTH:
        return value.strftime("%Y-%m")
    return ("~" if precision == DatePrecision.APPROXIMATE else "") + value.isoformat()


def _person_name(session: Session, person_id: uuid.UUID | None) -> str:
    person = session.get(Person, person_id) if person_id else None
    return person.name if person else ""


def _case_of(session: Session, row: TrashableRow) -> Case | None:
    if isinstance(row, Case):
        return row
    case_id = getattr(row, "case_id", None)
    return session.get(Case, case_id) if case_id else None


def move_to_trash(session: Session, actor: str, kind: str, row_id: uuid.UUID) -> TrashableRow:
    """Delete a case, event, deadline, note, attachment, document or person (only once their cases
    are gone). An attachment's encrypted file stays on disk, so it can be restored."""
    if kind == "person":
        return people.delete_person(session, actor, row_id)
    row = _get(session, kind, row_id)
    if row.deleted_at is not None:
        return row
    before = audit.snapshot(row)
    row.deleted_at = utcnow()
    audit.record(session, actor, "delete", row, before, audit.snapshot(row))
    _recompute(session, actor, row)
    return row


def restore(session: Session, actor: str, row_id: uuid.UUID) -> TrashableRow:
    """Bring a record back from the trash; refused (Conflict) while its case or person is there.
    A person who went there by a merge comes back by undoing the merge, with what it moved."""
    for kind in _TRASHABLE:
        row = session.get(_TRASHABLE[kind], row_id)
        if row is not None and row.deleted_at is not None:
            _check_restorable(session, row)
            merge = _trashing_merge(session, row, _merges(session)) if isinstance(row, Person) else None
            if merge is not None:
                duplicates.undo_merge(session, actor, merge.id)
                return row
            before = audit.snapshot(row)
            row.deleted_at = None
            row.updated_at = utcnow()
            audit.record(session, actor, "restore", row, before, audit.snapshot(row))
            _recompute(session, actor, row)
            return row
    raise NotFound("item in the trash", str(row_id))


def _check_restorable(session: Session, row: TrashableRow) -> None:
    """What the record hangs on must be out of the trash, or it would come back unseen."""
    if isinstance(row, Deadline) and row.origin != MANUAL_ORIGIN:
        raise Conflict(key="conflict.computed_deadline")
    case = None if isinstance(row, Case) else _case_of(session, row)
    if case is not None and case.deleted_at is not None:
        raise Conflict(key="conflict.case_in_trash", number=case.number)
    person_id = getattr(row, "person_id", None)
    person = session.get(Person, person_id) if person_id and not isinstance(row, Person) else None
    if person is not None and person.deleted_at is not None:
        if isinstance(row, Case):
            raise Conflict(key="conflict.case_person_in_trash", number=row.number)
        raise Conflict(key="conflict.person_in_trash")


def _merges(session: Session) -> dict[uuid.UUID, AuditEntry]:
    """The latest merge of each person ever merged into another, by the merged person's id."""
    latest: dict[uuid.UUID, AuditEntry] = {}
    statement = select(AuditEntry).where(AuditEntry.action == "merge").order_by(col(AuditEntry.at))
    for entry in session.exec(statement):
        merged_id = (entry.after or {}).get("merged_id")
        if merged_id:
            latest[uuid.UUID(merged_id)] = entry
    return latest


def _trashing_merge(
    session: Session, person: Person, merges: dict[uuid.UUID, AuditEntry]
) -> AuditEntry | None:
    """The merge that put this person in the trash; None if the merge was undone since, or the
    person was later restored and moved to the trash by hand."""
    entry = merges.get(person.id)
    if entry is None or person.deleted_at is None:
        return None
    by_hand = session.exec(
        select(AuditEntry.id).where(
            AuditEntry.entity == Person.__tablename__,
            AuditEntry.entity_id == person.id,
            col(AuditEntry.action).in_(("delete", "restore")),
            AuditEntry.at > entry.at,
        )
    ).first()
    if by_hand is not None:
        return None
    undone = session.exec(
        select(AuditEntry).where(AuditEntry.action == "unmerge", AuditEntry.entity_id == entry.entity_id)
    )
    if any((other.after or {}).get("undoes") == str(entry.id) for other in undone):
        return None
    return entry


def _recompute(session: Session, actor: str, row: TrashableRow) -> None:
    """An event or a travel document that goes or comes back changes the findings and the
    deadlines computed for the cases it concerns."""
    if isinstance(row, Event):
        evaluation.refresh_deadlines(session, actor, session.get(Case, row.case_id))
    elif isinstance(row, TravelDocument):
        people.reevaluate_cases_of(session, actor, row.person_id)


def list_trash(session: Session, *, word: Callable[[str], str] = _plain_word) -> list[TrashItem]:
    """Everything in the trash but withdrawn computed deadlines, newest first. `word` names stored
    kinds (event, case, deadline and document kinds) in the caseworker's language; plain English
    by default."""
    items = []
    merges: dict[uuid.UUID, AuditEntry] | None = None  # read once, and only if a person is there
    for kind, model in _TRASHABLE.items():
        statement = select(model).where(col(model.deleted_at).is_not(None))
        if model is Deadline:
            statement = statement.where(Deadline.origin == MANUAL_ORIGIN)
        for row in session.exec(statement):
            case = _case_of(session, row)
            merge = None
            if isinstance(row, Person):
                merges = _merges(session) if merges is None else merges
                merge = _trashing_merge(session, row, merges)
            items.append(
                TrashItem(
                    kind,
                    row.id,
                    _label(row, merge),
                    row.deleted_at,
                    case.number if case else None,
                    _description(session, row, word),
                    _person_name(session, uuid.UUID(merge.after["keep_id"])) if merge else None,
                )
            )
    return sorted(items, key=lambda item: item.deleted_at, reverse=True)


def _get(session: Session, kind: str, row_id: uuid.UUID) -> TrashableRow:
    model = _TRASHABLE.get(kind)
    row = session.get(model, row_id) if model else None
    if row is None:
        raise NotFound(kind, str(row_id))
    return row
