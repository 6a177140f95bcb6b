"""Other laptops' operations applied to the local store, field by field.

Everything is applied in one transaction with the capture of local changes that precedes it
(`oplog.capture`), so that no local edit can slip between reading its base and applying what
arrived. Each applied operation leaves an audit entry in the author's name, so the history shows
who changed what, here as on their laptop.

A case's deadlines come from its author's rule evaluation, as operations of their own; its alert
level, which each store keeps for itself, is worked out here for every case whose facts arrived,
in bulk. A case's deadlines are worked out again here only where its author could not have seen
what this laptop now holds: a fact that merged into a conflict, or a person's document or marker
that arrived for a case of theirs already here. What that changes is captured and sent like any
other local change.
"""

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from casetracker.services import audit, batch, search
from casetracker.services.bulk_evaluation import refresh_alerts
from casetracker.services.evaluation import refresh_deadlines
from casetracker.services.store_settings import current_actor
from casetracker.store.models import Case, SyncApplied, SyncHeld, SyncRecord
from casetracker.store.types import utcnow
from casetracker.team import merge, oplog
from casetracker.team.arrivals import Arrivals, Known, known_for
from casetracker.team.hlc import Stamp
from casetracker.team.records import GONE, LOCAL_DEFAULTS, SHARED, as_json, from_json, shared_fields

# Records whose change can change what the rules find for a case.
_CASE_FACTS = {"case_file": "id", "event": "case_id"}
_PERSON_FACTS = {"travel_document": "person_id", "person_marker": "person_id"}


@dataclass(frozen=True)
class Incoming:
    """An operation from the server: its scope and its opened body."""

    scope_id: uuid.UUID
    body: dict


@dataclass
class Arrived:
    """The cases and persons one pull has brought new to this laptop, over all its pages: they come
    with their author's deadlines and alert level, so nothing arriving for them later in the same
    pull makes them worth evaluating again."""

    cases: set[uuid.UUID] = field(default_factory=set)
    persons: set[uuid.UUID] = field(default_factory=set)


@dataclass
class Applied:
    applied: int = 0
    skipped: int = 0  # already here: made on this laptop, or applied before
    conflicts: int = 0  # fields that now hold two values to choose from
    cases: set[uuid.UUID] = field(default_factory=set)  # cases to evaluate again
    persons: set[uuid.UUID] = field(default_factory=set)  # persons whose cases to evaluate again
    alerts: set[uuid.UUID] = field(default_factory=set)  # cases whose alert level to work out


def apply_incoming(session: Session, incoming: Iterable[Incoming], arrived: Arrived | None = None) -> Applied:
    """Capture local changes, then apply `incoming` (in the server's order), then evaluate again
    the cases that need it (see the module's docstring). Runs in the caller's transaction."""
    arrived = arrived if arrived is not None else Arrived()
    oplog.capture(session)
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # parents may come later
    outbox = oplog.Outbox(session)
    result = Applied()
    mine = outbox.replica
    incoming = _release_held(session) + [item for item in incoming if item.body["replica"] != mine]
    known = known_for(session, [item.body for item in incoming])
    _rows_here = _load_rows_here(session, incoming, known)  # kept, so session.get finds them at once
    with search.index_deferred(session) as backlog:
        arrivals = Arrivals(session, known, backlog, arrived)
        for item in incoming:
            body = item.body
            op_id = uuid.UUID(body["op"])
            if op_id in known.applied:
                continue
            known.applied.add(op_id)
            outbox.clock.seen(Stamp.parse(body["hlc"]))
            result.applied += 1
            if body["entity"] not in SHARED:  # a kind of record a newer version shares: held for it
                session.add(SyncHeld(op_id=op_id, entity=body["entity"], scope_id=item.scope_id, body=body))
                continue
            if arrivals.take(item.scope_id, body):
                continue
            arrivals.flush()  # what it holds comes first: this operation may change it
            _apply(session, item, result)
            known.records.add(uuid.UUID(body["id"]))
            session.add(SyncApplied(op_id=op_id))
        arrivals.flush()
    result.skipped = len(incoming) - result.applied
    result.persons |= arrivals.touched_persons - arrived.persons
    result.alerts |= arrivals.touched_cases
    outbox.close()
    oplog.skip_entries_so_far(session)
    _evaluate_again(session, result, arrived)
    return result


def _release_held(session: Session) -> list[Incoming]:
    """The operations held for a later version that this version now knows how to apply (they came
    before anything now arriving), taken out of the held ones."""
    rows = session.exec(select(SyncHeld).where(col(SyncHeld.entity).in_(list(SHARED)))).all()
    for row in rows:
        session.delete(row)
    return [Incoming(row.scope_id, row.body) for row in rows]


def _load_rows_here(session: Session, incoming: list[Incoming], known: Known) -> list:
    """The records here that the operations change, and their sync heads, read in a few statements:
    each operation then finds its own without a statement (and the flush before it)."""
    by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
    for item in incoming:
        record_id = uuid.UUID(item.body["id"])
        if record_id in known.records:
            by_entity[item.body["entity"]].append(record_id)
    rows = batch.load_rows(session, SyncRecord, [i for ids in by_entity.values() for i in ids])
    for entity, ids in by_entity.items():
        if entity in SHARED:
            rows += batch.load_rows(session, SHARED[entity], ids)
    return rows


def _apply(session: Session, item: Incoming, result: Applied) -> None:
    body = item.body
    entity, record_id = body["entity"], uuid.UUID(body["id"])
    model = SHARED[entity]
    record = session.get(SyncRecord, record_id) or SyncRecord(
        record_id=record_id, entity=entity, scope_id=item.scope_id, heads={}
    )
    record.scope_id = item.scope_id  # a merge may have moved the record to another person
    row = session.get(model, record_id)
    before = as_json(row) if row is not None else {}
    # What the record holds here: its row's values, and whether it was removed (no row).
    values = _merged_values(record, body, {**before, GONE: row is None})
    aside = _kept_aside(record.heads, body, values)
    record.in_conflict = bool(merge.conflicts(record.heads))
    result.conflicts += record.in_conflict
    session.add(record)
    row = _write_row(session, entity, row, values)
    if row is None:  # removed, or never whole here: the heads keep the values no row holds
        known = {name: value for name, value in {**before, **values}.items() if name != GONE}
        record.heads = merge.keep_values(record.heads, known)
    if row is not None or before:
        target = row if row is not None else model(id=record_id)
        after = as_json(row) if row is not None else None
        audit.record(session, body["author"], body["action"], target, before or None, after)
        if aside:  # the history keeps every value, the one not shown too
            shown = {name: values[name] for name in aside}
            audit.record(session, body["author"], "conflict", target, shown, aside)
    _note_facts(entity, row, record.in_conflict, result)


def _merged_values(record: SyncRecord, body: dict, before: dict) -> dict:
    """The value each field the operation sets now shows, after merging with what is here."""
    heads = dict(record.heads)
    if not heads and body["whole"]:  # a record new here: it is as its author made it
        record.heads = {merge.EVERY_FIELD: [[body["op"], body["hlc"], body["author"]]]}
        return dict(body["set"])
    fields = (*shared_fields(body["entity"]), GONE)
    values = {}
    for name, value in body["set"].items():
        if name not in fields:
            continue
        heads[name], values[name] = merge.apply_remote(
            heads,
            name,
            before.get(name),
            body["op"],
            body["hlc"],
            body["author"],
            value,
            body["base"].get(name, []),
        )
    record.heads = heads
    return values


def _kept_aside(heads: dict, body: dict, values: dict) -> dict:
    """The values of the operation that are now one of a conflict's values, but not the one shown."""
    aside = {}
    for name, value in body["set"].items():
        field_heads = heads.get(name) or []
        if len(field_heads) > 1 and name in values and values[name] != value:
            aside[name] = value
    return aside


def _write_row(session: Session, entity: str, row, values: dict):
    """The row with the merged values; None when the record is gone (removed for good)."""
    model = SHARED[entity]
    if values.get(GONE):
        if row is not None:
            session.delete(row)
            session.flush()  # gone now: a later operation in this transaction must not find it
        return None
    columns = {name: from_json(entity, name, value) for name, value in values.items() if name != GONE}
    if entity == "case_file" and "number" in columns:
        columns["number"] = _unique_number(session, columns.get("id") or row.id, columns["number"])
    if row is None:
        if not _complete(entity, columns):
            return None  # only part of a record whose beginning is not shared with this laptop
        row = model(**columns)
    else:
        for name, value in columns.items():
            setattr(row, name, value)
    row.updated_at = utcnow()
    session.add(row)
    return row


def _unique_number(session: Session, case_id: uuid.UUID, number: str) -> str:
    """A case number two laptops gave at once, each to its own case, is kept by the case with the
    smaller id; the other case's number gets the start of its id added. Every laptop decides the
    same way, whichever case it had first."""
    other = session.exec(select(Case).where(Case.number == number, Case.id != case_id)).first()
    if other is None:
        return number
    if other.id < case_id:
        return _distinct(number, case_id)
    before = audit.snapshot(other)
    other.number = _distinct(number, other.id)
    audit.record(session, current_actor(session), "update", other, before, audit.snapshot(other))
    session.flush()  # the number is free before this case takes it
    return number


def _distinct(number: str, case_id: uuid.UUID) -> str:
    return f"{number}-{case_id.hex[:4].upper()}"


def _complete(entity: str, columns: dict) -> bool:
    for name, value in LOCAL_DEFAULTS.items():
        if name in SHARED[entity].model_fields:
            columns.setdefault(name, value)
    required = (name for name, info in SHARED[entity].model_fields.items() if info.is_required())
    return all(name in columns for name in required)


def _note_facts(entity: str, row, in_conflict: bool, result: Applied) -> None:
    if row is None:
        return
    if entity in _CASE_FACTS:
        result.alerts.add(getattr(row, _CASE_FACTS[entity]))
        if in_conflict:  # the merged facts are neither author's
            result.cases.add(getattr(row, _CASE_FACTS[entity]))
    elif entity in _PERSON_FACTS:
        result.persons.add(getattr(row, _PERSON_FACTS[entity]))


def _evaluate_again(session: Session, result: Applied, arrived: Arrived) -> None:
    session.flush()
    actor = current_actor(session)
    cases = set(result.cases)
    if result.persons:
        theirs = batch.select_in(session, select(Case.id), Case.person_id, result.persons)
        cases |= set(theirs) - arrived.cases
    for case_id in sorted(cases):
        case = session.get(Case, case_id)
        if case is not None and case.deleted_at is None:
            refresh_deadlines(session, actor, case)  # its alert level too
    refresh_alerts(session, result.alerts - cases)
