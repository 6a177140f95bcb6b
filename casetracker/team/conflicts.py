"""Fields two laptops changed at once: listed with every value kept, and settled by a person's choice.

The value shown meanwhile is the same on every laptop (`merge.shown`). Choosing one is an ordinary
audited change (action "resolve") whose operation replaces every value the chooser saw, so the
choice ends the conflict on every laptop once it is synced.
"""

import uuid
from dataclasses import dataclass

from sqlmodel import Session, col, select

from casetracker.errors import CaseTrackerError
from casetracker.services import audit
from casetracker.store.models import Case, SyncRecord
from casetracker.store.types import utcnow
from casetracker.team import merge
from casetracker.team.oplog import capture
from casetracker.team.records import SHARED, from_json


@dataclass(frozen=True)
class Conflict:
    record_id: uuid.UUID
    entity: str  # person, case_file, event...
    case_number: str  # the case the record belongs to; "" for a person's own records
    field: str
    alternatives: list[merge.Alternative]  # the shown value first


def list_conflicts(session: Session, case_id: uuid.UUID | None = None) -> list[Conflict]:
    """Every conflict, or those of one case and of its person's records."""
    statement = select(SyncRecord).where(col(SyncRecord.in_conflict))
    if case_id is not None:
        case = session.get(Case, case_id)
        scopes = [case_id] + ([case.person_id] if case is not None else [])
        statement = statement.where(col(SyncRecord.scope_id).in_(scopes))
    numbers = {}
    found = []
    for record in session.exec(statement):
        if record.scope_id not in numbers:
            case = session.get(Case, record.scope_id)
            numbers[record.scope_id] = case.number if case is not None else ""
        for field, alternatives in sorted(merge.conflicts(record.heads).items()):
            found.append(
                Conflict(record.record_id, record.entity, numbers[record.scope_id], field, alternatives)
            )
    return sorted(found, key=lambda conflict: (conflict.case_number, conflict.entity, conflict.field))


def resolve(session: Session, actor: str, record_id: uuid.UUID, field: str, choice: int) -> Conflict:
    """Keep alternative number `choice` (0: the one shown) of a conflicted field."""
    conflict = next(
        (c for c in list_conflicts(session) if c.record_id == record_id and c.field == field), None
    )
    if conflict is None:
        raise CaseTrackerError(key="team.no_conflict", field=field)
    if not 0 <= choice < len(conflict.alternatives):
        raise CaseTrackerError(key="team.no_such_choice", choice=choice + 1, count=len(conflict.alternatives))
    row = session.get(SHARED[conflict.entity], record_id)
    if row is None:
        raise CaseTrackerError(key="team.no_conflict", field=field)
    value = conflict.alternatives[choice].value
    before = {field: audit.snapshot(row).get(field), "alternatives": [a.value for a in conflict.alternatives]}
    setattr(row, field, from_json(conflict.entity, field, value))
    row.updated_at = utcnow()
    session.add(row)
    audit.record(session, actor, "resolve", row, before, {field: value})
    session.flush()
    capture(session)  # the choice replaces every value here at once, not at the next sync
    return conflict
