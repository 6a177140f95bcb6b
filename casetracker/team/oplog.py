"""Local changes as operations: read from the audit log, in the order they were made.

Every write of the services leaves an audit entry with the record before and after, in the same
transaction (services.audit). Capture reads the entries made since it last ran, turns each into
operations on shared records (the fields that changed, and what the author saw of each: its
base), and puts them in the outbox for the server. Capture runs before anything from the server
is applied, in the same transaction, so a base is always what the person saw when they typed.
Entries written while applying other laptops' operations are passed over: they are not news.
"""

import uuid
from dataclasses import dataclass, field

from sqlalchemy import literal_column, text
from sqlmodel import Session, select

from casetracker.services import batch
from casetracker.services.store_settings import current_actor, get_setting, set_setting
from casetracker.store.models import AuditEntry, PersonName, SyncOutbox, SyncRecord
from casetracker.team import merge
from casetracker.team.hlc import Clock, Stamp
from casetracker.team.records import GONE, LOCAL_FIELDS, SHARED, as_json, scope_of, shared_fields

REPLICA = "team.replica"
CLOCK = "team.clock"
CAPTURED = "team.captured"  # the rowid of the last audit entry captured or applied

_DATA_ACTIONS = frozenset({"create", "import", "update", "delete", "restore", "merge", "unmerge", "resolve"})
_MERGE_MODELS = {"family_relative": "family_link", "case": "case_file"}  # a merge names tables its own way


@dataclass
class Change:
    """One record's change, as capture reads it from an audit entry."""

    entity: str
    record_id: uuid.UUID
    action: str
    values: dict  # the fields set (all of them when `whole`)
    whole: bool = False  # a new record, or one written out in full
    scope_values: dict = field(default_factory=dict)  # what says its scope, when `values` does not


class Outbox:
    """Operations made on this laptop, stamped by its clock, waiting for the server."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.replica = get_setting(session, REPLICA)
        last = get_setting(session, CLOCK)
        self.clock = Clock(self.replica, Stamp.parse(last) if last else None)
        self.author = current_actor(session)

    def operation(self, change: Change, heads: dict) -> tuple[dict, dict]:
        """The operation of a change to a record whose heads are `heads`, and the heads after it."""
        values = change.values
        if change.whole:  # a whole record is there: made, or made again after it was removed
            values = {**values, GONE: False}
        fields = (*shared_fields(change.entity), GONE) if change.whole else tuple(values)
        op, stamp = str(uuid.uuid4()), str(self.clock.now())
        body = {
            "op": op,
            "replica": self.replica,
            "author": self.author,
            "hlc": stamp,
            "entity": change.entity,
            "id": str(change.record_id),
            "action": change.action,
            "whole": change.whole,
            "set": values,
            "base": merge.base_of(heads, fields),
        }
        return body, merge.record_local(heads, fields, op, stamp, self.author, whole=change.whole)

    def add(self, change: Change) -> dict:
        """Record a change as an operation: its base from the record's heads, then the record's
        heads moved on to it."""
        record = self.session.get(SyncRecord, change.record_id)
        if record is None:
            scope = scope_of(change.entity, change.scope_values or change.values)
            record = SyncRecord(record_id=change.record_id, entity=change.entity, scope_id=scope, heads={})
        if change.values.get(GONE) and change.scope_values:  # its row is gone: its heads keep its values
            record.heads = merge.keep_values(record.heads, _shared_values(change.entity, change.scope_values))
        body, record.heads = self.operation(change, record.heads)
        record.in_conflict = bool(merge.conflicts(record.heads))  # a change of a conflicted field settles it
        self.session.add(record)
        self.session.add(SyncOutbox(op_id=uuid.UUID(body["op"]), scope_id=record.scope_id, body=body))
        return body

    def close(self) -> None:
        set_setting(self.session, CLOCK, str(self.clock.last))


def _shared_values(entity: str, values: dict) -> dict:
    fields = shared_fields(entity)
    return {name: value for name, value in values.items() if name in fields}


def capture(session: Session) -> int:
    """Turn the audit entries made since the last capture into operations; how many were made."""
    outbox = Outbox(session)
    made = 0
    last = int(get_setting(session, CAPTURED, "0"))
    entries = _entries_after(session, last)
    # Kept in memory, so that `Outbox.add` finds each record's heads without a statement of its own.
    _records = batch.load_rows(session, SyncRecord, [entry.entity_id for _rowid, entry in entries])
    for rowid, entry in entries:
        for change in changes_of(session, entry):
            outbox.add(change)
            made += 1
        last = rowid
    set_setting(session, CAPTURED, str(last))
    outbox.close()
    return made


def skip_entries_so_far(session: Session) -> None:
    """Mark every audit entry written so far as captured (after writing what was applied)."""
    session.flush()
    newest = session.connection().execute(text("SELECT max(rowid) FROM audit_entry")).scalar()
    set_setting(session, CAPTURED, str(newest or 0))


def share_everything(session: Session) -> int:
    """Every record of the store as a whole operation: what a laptop sends when it joins a team.
    Written in bulk (a store may hold a hundred thousand cases): every record is new to sync."""
    outbox = Outbox(session)
    made = 0
    for entity, model in SHARED.items():
        records, waiting = [], []
        for row in session.exec(select(model).execution_options(yield_per=_BULK)):
            values = as_json(row)
            body, heads = outbox.operation(Change(entity, row.id, "create", values, whole=True), {})
            scope = scope_of(entity, values)
            records.append(
                batch.new_row(SyncRecord, record_id=row.id, entity=entity, scope_id=scope, heads=heads)
            )
            waiting.append(batch.new_row(SyncOutbox, op_id=uuid.UUID(body["op"]), scope_id=scope, body=body))
            if len(records) >= _BULK:
                made += _insert(session, records, waiting)
                records, waiting = [], []
        made += _insert(session, records, waiting)
    skip_entries_so_far(session)
    outbox.close()
    return made


_BULK = 5000


def _insert(session: Session, records: list[dict], waiting: list[dict]) -> int:
    batch.insert_rows(session, SyncRecord, records)
    return batch.insert_rows(session, SyncOutbox, waiting)


def _entries_after(session: Session, rowid: int) -> list[tuple[int, AuditEntry]]:
    """The audit entries written after `rowid`, in the order they were written, with their rowids."""
    position = literal_column("audit_entry.rowid")
    statement = select(position, AuditEntry).where(position > rowid).order_by(position)
    return list(session.exec(statement).all())


def changes_of(session: Session, entry: AuditEntry) -> list[Change]:
    """The changes to shared records that one audit entry stands for."""
    if entry.action not in _DATA_ACTIONS or entry.entity not in SHARED:
        return []
    if entry.action in ("merge", "unmerge"):
        return _merge_changes(session, entry)
    if entry.action == "resolve":
        return [Change(entry.entity, entry.entity_id, "resolve", dict(entry.after or {}))]
    before, after = entry.before, entry.after
    if entry.entity == "person":
        return _person_changes(session, entry)
    return _row_changes(entry.entity, entry.entity_id, entry.action, before, after)


def _row_changes(
    entity: str, record_id: uuid.UUID, action: str, before: dict | None, after: dict | None
) -> list[Change]:
    if after is None:  # removed for good
        return [Change(entity, record_id, "delete", {GONE: True}, scope_values=before or {})]
    values = {name: value for name, value in after.items() if name in SHARED[entity].model_fields}
    values = {name: value for name, value in values.items() if name not in LOCAL_FIELDS}
    if before is None:
        return [Change(entity, record_id, action, values, whole=True)]
    changed = {name: value for name, value in values.items() if before.get(name) != value}
    return [Change(entity, record_id, action, changed, scope_values=after)] if changed else []


def _person_changes(session: Session, entry: AuditEntry) -> list[Change]:
    """A person's entry holds its spellings and markers too: each is a record of its own."""
    before, after = dict(entry.before or {}), dict(entry.after or {})
    old_names, new_names = before.pop("names", []), after.pop("names", [])
    old_markers, new_markers = before.pop("markers", []), after.pop("markers", [])
    changes = _row_changes("person", entry.entity_id, entry.action, entry.before and before, after)
    old_rows = {row["id"]: row for row in old_markers}
    for row in new_markers:
        marker_id = uuid.UUID(row["id"])
        changes += _row_changes("person_marker", marker_id, entry.action, old_rows.pop(row["id"], None), row)
    for row in old_markers:
        if row["id"] in old_rows:
            changes.append(
                Change("person_marker", uuid.UUID(row["id"]), "delete", {GONE: True}, scope_values=row)
            )
    if set(old_names) != set(new_names):
        changes += _spelling_changes(session, entry.entity_id, set(new_names) - set(old_names))
    return changes


def _spelling_changes(session: Session, person_id: uuid.UUID, added: set[str]) -> list[Change]:
    """A person's entry names their spellings by text: the rows added are found by it, and the rows
    removed are the shared ones no longer in the store."""
    rows = session.exec(select(PersonName).where(PersonName.person_id == person_id)).all()
    changes = [
        Change("person_name", row.id, "create", as_json(row), whole=True) for row in rows if row.text in added
    ]
    present = {row.id for row in rows}
    shared = session.exec(
        select(SyncRecord).where(SyncRecord.scope_id == person_id, SyncRecord.entity == "person_name")
    ).all()
    for record in shared:
        if record.record_id not in present and GONE not in record.heads:
            changes.append(Change("person_name", record.record_id, "delete", {GONE: True}))
    return changes


def _merge_changes(session: Session, entry: AuditEntry) -> list[Change]:
    """A merge (or its undoing) moved rows from one person to another without entries of their
    own: each moved row, and both persons, are sent whole, as they are now."""
    merge_after = entry.after or {}
    if entry.action == "unmerge":
        undone = session.get(AuditEntry, uuid.UUID(merge_after["undoes"]))
        merge_after = (undone.after if undone else None) or {}
    changes = []
    for name, ids in merge_after.get("moved", {}).items():
        changes += _whole_rows(session, _MERGE_MODELS.get(name, name), ids)
    changes += _whole_rows(
        session, "person_name", merge_after.get("added_spellings", []), gone_if_missing=True
    )
    person_ids = [merge_after.get("keep_id"), merge_after.get("merged_id")]
    return changes + _whole_rows(session, "person", [pid for pid in person_ids if pid])


def _whole_rows(session: Session, entity: str, ids, *, gone_if_missing: bool = False) -> list[Change]:
    model = SHARED[entity]
    changes = []
    for text_id in ids:
        row = session.get(model, uuid.UUID(str(text_id)))
        if row is not None:
            changes.append(Change(entity, row.id, "update", as_json(row), whole=True))
        elif gone_if_missing and session.get(SyncRecord, uuid.UUID(str(text_id))) is not None:
            changes.append(Change(entity, uuid.UUID(str(text_id)), "delete", {GONE: True}))
    return changes
