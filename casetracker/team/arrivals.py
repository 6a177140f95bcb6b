"""Records new to this laptop, arriving whole, inserted many at a time.

A laptop that joins a team receives every record it may read, each made by one operation: an
initial sync brings a hundred thousand of them. Nothing needs merging there; going through the
ORM one record at a time costs more than the inserts themselves. These are written as
`batch.insert_rows` does for an import: one statement per table, with their audit entries, their
sync heads and their search documents, in the caller's transaction.
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session, select

from casetracker.services import audit, batch
from casetracker.services.search import IndexBacklog
from casetracker.store.models import Case, SyncApplied, SyncHeld, SyncRecord
from casetracker.store.types import utcnow
from casetracker.team import merge
from casetracker.team.records import LOCAL_DEFAULTS, SHARED, from_json


@dataclass
class Known:
    """What a page of operations finds here already: records, operations applied, case numbers."""

    records: set[uuid.UUID] = field(default_factory=set)
    applied: set[uuid.UUID] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)


def known_for(session: Session, bodies: list[dict]) -> Known:
    """Look up, a few statements per table, what of `bodies` this laptop holds already."""
    known = Known()
    by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
    for body in bodies:
        by_entity[body["entity"]].append(uuid.UUID(body["id"]))
    for entity, ids in by_entity.items():
        if entity in SHARED:
            known.records |= _present(session, SHARED[entity].id, ids)
    every_id = [record_id for ids in by_entity.values() for record_id in ids]
    known.records |= _present(session, SyncRecord.record_id, every_id)
    op_ids = [uuid.UUID(body["op"]) for body in bodies]
    # An operation held for a later version (apply.py) was received already, as one applied was.
    known.applied = _present(session, SyncApplied.op_id, op_ids) | _present(session, SyncHeld.op_id, op_ids)
    numbers = [
        body["set"]["number"] for body in bodies if body["entity"] == "case_file" and "number" in body["set"]
    ]
    known.numbers = set(batch.select_in(session, select(Case.number), Case.number, numbers))
    return known


def _present(session: Session, column, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    return set(batch.select_in(session, select(column), column, ids))


class Arrivals:
    """Whole records new here, held until `flush` writes them in bulk."""

    def __init__(self, session: Session, known: Known, backlog: IndexBacklog, arrived) -> None:
        self._session, self._known, self._backlog = session, known, backlog
        self._waiting: dict[str, list[tuple[uuid.UUID, dict]]] = defaultdict(list)
        self._arrived = arrived  # apply.Arrived: what the whole pull has brought new
        # Persons whose documents or markers arrived: their cases here are evaluated again.
        self.touched_persons: set[uuid.UUID] = set()
        # Cases new here, or whose events arrived: their alert level is worked out.
        self.touched_cases: set[uuid.UUID] = set()

    def take(self, scope_id: uuid.UUID, body: dict) -> bool:
        """Hold `body` if it makes a whole record new here; False to apply it one by one."""
        entity = body["entity"]
        if not body["whole"] or entity not in SHARED or body["set"].get("_gone"):
            return False
        record_id = uuid.UUID(body["id"])
        if record_id in self._known.records:
            return False
        if entity == "case_file" and body["set"].get("number") in self._known.numbers:
            return False  # a number given twice: apply renumbers one of the two cases
        self._known.records.add(record_id)
        if entity == "case_file":
            self._known.numbers.add(body["set"]["number"])
        self._waiting[entity].append((scope_id, body))
        return True

    def flush(self) -> None:
        """Write every record held, parents first, with its audit entry, sync heads and search document."""
        now = utcnow()
        records, applied = [], []
        for entity, model in SHARED.items():
            held = self._waiting.pop(entity, [])
            if not held:
                continue
            rows = [self._row(entity, model, body, now) for _scope, body in held]
            batch.insert_rows(self._session, model, rows)
            by_author: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
            for row, (_scope, body) in zip(rows, held, strict=True):
                by_author[body["author"]].append((row, body["set"]))
            for author, written in by_author.items():
                audit.record_created(
                    self._session, author, model, [r for r, _ in written], [s for _, s in written]
                )
            for (scope_id, body), row in zip(held, rows, strict=True):
                heads = {merge.EVERY_FIELD: [[body["op"], body["hlc"], body["author"]]]}
                records.append(
                    batch.new_row(
                        SyncRecord, record_id=row["id"], entity=entity, scope_id=scope_id, heads=heads
                    )
                )
                applied.append({"op_id": uuid.UUID(body["op"])})
            self._index(entity, rows)
        batch.insert_rows(self._session, SyncRecord, records)
        batch.insert_rows(self._session, SyncApplied, applied)

    def _row(self, entity: str, model, body: dict, now) -> dict:
        columns = {
            name: from_json(entity, name, value)
            for name, value in body["set"].items()
            if name in model.model_fields
        }
        for name, value in LOCAL_DEFAULTS.items():
            if name in model.model_fields:
                columns.setdefault(name, value)
        return batch.new_row(model, **columns, updated_at=now)

    def _index(self, entity: str, rows: list[dict]) -> None:
        if entity == "person":
            self._arrived.persons |= {row["id"] for row in rows}
            self._backlog.add(persons=[row["id"] for row in rows])
        elif entity == "person_name":
            self._backlog.add(persons=[row["person_id"] for row in rows])
        elif entity == "case_file":
            self._arrived.cases |= {row["id"] for row in rows}
            self.touched_cases |= {row["id"] for row in rows}
            self._backlog.add(cases=[row["id"] for row in rows])
        elif entity == "event":
            self.touched_cases |= {row["case_id"] for row in rows}
            self._backlog.add(cases=[row["case_id"] for row in rows])
        elif entity in ("travel_document", "person_marker"):
            self.touched_persons |= {row["person_id"] for row in rows}
        elif entity == "note":
            self._backlog.add(notes=[row["id"] for row in rows])
