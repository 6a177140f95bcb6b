"""The audit log: every change, who made it, and the record before and after."""

import uuid

from sqlmodel import Session, SQLModel, col, select

from casetracker.store.models import AuditEntry


def snapshot(row: SQLModel) -> dict:
    """The row's columns as JSON-ready values."""
    return row.model_dump(mode="json")


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


def history(session: Session, entity_id: uuid.UUID) -> list[AuditEntry]:
    """The changes to one record, oldest first."""
    statement = select(AuditEntry).where(AuditEntry.entity_id == entity_id).order_by(col(AuditEntry.at))
    return list(session.exec(statement))


def history_of_case(session: Session, case_id: uuid.UUID) -> list[AuditEntry]:
    """Changes to a case and to everything on it (events, deadlines, notes), oldest first."""
    from casetracker.store.models import Deadline, Event, Note

    ids = [case_id]
    for model in (Event, Deadline, Note):
        ids += session.exec(select(model.id).where(model.case_id == case_id)).all()
    statement = select(AuditEntry).where(col(AuditEntry.entity_id).in_(ids)).order_by(col(AuditEntry.at))
    return list(session.exec(statement))
