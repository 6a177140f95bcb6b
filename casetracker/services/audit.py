"""The audit log: every change, who made it, and the record before and after."""

import uuid
from collections.abc import Sequence

from pydantic_core import to_jsonable_python
from sqlmodel import Session, SQLModel, col, select

from casetracker.services import batch
from casetracker.store.models import AuditEntry


def snapshot(row: SQLModel) -> dict:
    """The row's columns as JSON-ready values."""
    return row.model_dump(mode="json")


def snapshot_of(row: dict) -> dict:
    """What `snapshot` gives for a row held as a dictionary (`batch.new_row`)."""
    return to_jsonable_python(row)


def record(
    session: Session,
    actor: str,
    action: str,
    entity: SQLModel,
    before: dict | None,
    after: dict | None,
) -> AuditEntry:
    entry = AuditEntry(
        actor=actor,
        action=action,
        entity=str(entity.__tablename__),
        entity_id=entity.id,  # type: ignore[attr-defined]
        before=before,
        after=after,
    )
    session.add(entry)
    return entry


def record_created(
    session: Session,
    actor: str,
    model: type[SQLModel],
    rows: Sequence[dict],
    snapshots: Sequence[dict] | None = None,
) -> None:
    """One "create" entry per new row inserted with `batch.insert_rows`, written in one statement:
    the entries `record` writes for records created one by one. `snapshots` replaces the
    rows' own (a person's lists its spellings and markers)."""
    if snapshots is None:
        snapshots = [snapshot_of(row) for row in rows]
    entity = str(model.__tablename__)
    entries = (
        batch.new_row(
            AuditEntry,
            actor=actor,
            action="create",
            entity=entity,
            entity_id=row["id"],
            before=None,
            after=after,
        )
        for row, after in zip(rows, snapshots, strict=True)
    )
    batch.insert_rows(session, AuditEntry, entries)


def history(session: Session, entity_id: uuid.UUID) -> list[AuditEntry]:
    """The changes to one record, oldest first."""
    statement = select(AuditEntry).where(AuditEntry.entity_id == entity_id).order_by(col(AuditEntry.at))
    return list(session.exec(statement))


def history_of_case(session: Session, case_id: uuid.UUID) -> list[AuditEntry]:
    """Changes to a case and to everything on it (events, deadlines, notes, evidence files: added,
    opened, copied, moved to the trash and restored), oldest first."""
    from casetracker.store.models import Attachment, Deadline, Event, Note

    ids = [case_id]
    for model in (Event, Deadline, Note, Attachment):
        ids += session.exec(select(model.id).where(model.case_id == case_id)).all()
    statement = select(AuditEntry).where(col(AuditEntry.entity_id).in_(ids)).order_by(col(AuditEntry.at))
    return list(session.exec(statement))
