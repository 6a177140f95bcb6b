"""The trash: deleted records stay in the store until restored; nothing is lost silently."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from casetracker.errors import NotFound
from casetracker.services import audit, evaluation, people
from casetracker.store.models import Case, Deadline, Event, Note, Person, TrashableRow, TravelDocument
from casetracker.store.types import utcnow

# What the trash can hold, and how each kind is named to the caseworker.
_TRASHABLE: dict[str, type[TrashableRow]] = {
    "case": Case,
    "event": Event,
    "deadline": Deadline,
    "note": Note,
    "document": TravelDocument,
    "person": Person,
}


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: uuid.UUID
    label: str
    deleted_at: datetime


def _label(row: TrashableRow) -> str:
    if isinstance(row, Case):
        return row.number
    if isinstance(row, Event):
        return f"{row.kind} {row.date.isoformat()}"
    if isinstance(row, Deadline):
        return f"{row.kind} due {row.due.isoformat()}"
    if isinstance(row, Note):
        return f"note of {row.created_at:%Y-%m-%d}"
    if isinstance(row, TravelDocument):
        return f"{row.kind} ({row.country})"
    return "person"  # names stay out of listings that may be printed or logged


def move_to_trash(session: Session, actor: str, kind: str, row_id: uuid.UUID) -> TrashableRow:
    """Delete a case, event, deadline, note, document or person (only once their cases are gone)."""
    if kind == "person":
        return people.delete_person(session, actor, row_id)
    row = _get(session, kind, row_id)
    if row.deleted_at is not None:
        return row
    before = audit.snapshot(row)
    row.deleted_at = utcnow()
    audit.record(session, actor, "delete", row, before, audit.snapshot(row))
    _recompute_if_event(session, actor, row)
    return row


def restore(session: Session, actor: str, row_id: uuid.UUID) -> TrashableRow:
    for kind in _TRASHABLE:
        row = session.get(_TRASHABLE[kind], row_id)
        if row is not None and row.deleted_at is not None:
            before = audit.snapshot(row)
            row.deleted_at = None
            row.updated_at = utcnow()
            audit.record(session, actor, "restore", row, before, audit.snapshot(row))
            _recompute_if_event(session, actor, row)
            return row
    raise NotFound("item in the trash", str(row_id))


def _recompute_if_event(session: Session, actor: str, row: TrashableRow) -> None:
    """An event that goes or comes back changes the deadlines computed from the timeline."""
    if isinstance(row, Event):
        evaluation.refresh_deadlines(session, actor, session.get(Case, row.case_id))


def list_trash(session: Session) -> list[TrashItem]:
    items = []
    for kind, model in _TRASHABLE.items():
        for row in session.exec(select(model).where(col(model.deleted_at).is_not(None))):
            items.append(TrashItem(kind, row.id, _label(row), row.deleted_at))
    return sorted(items, key=lambda item: item.deleted_at, reverse=True)


def _get(session: Session, kind: str, row_id: uuid.UUID) -> TrashableRow:
    model = _TRASHABLE.get(kind)
    row = session.get(model, row_id) if model else None
    if row is None:
        raise NotFound(kind, str(row_id))
    return row
