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
