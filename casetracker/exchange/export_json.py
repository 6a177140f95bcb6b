"""The whole store as one JSON document (schema: docs/export-schema.md), and back.

`export_data` → `import_json` into an empty store → `export_data` gives the same content:
every row keeps its id and timestamps. Rows in the trash are included with their
`deleted_at`. Attachments (encrypted files) are not part of this export; backups carry them.
"""

import errno
import json
import os
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, SQLModel, col, select

from casetracker.errors import DiskFull
from casetracker.store.models import (
    AuditEntry,
    Case,
    Deadline,
    Event,
    FamilyLink,
    Note,
    Person,
    PersonMarker,
    PersonName,
    RuleOverrideRow,
    TravelDocument,
)

FORMAT = "exile-case-tracker-export"
VERSION = 1

PERSON_PARTS: dict[str, type[SQLModel]] = {
    "names": PersonName,
    "markers": PersonMarker,
    "documents": TravelDocument,
    "family": FamilyLink,
}
CASE_PARTS: dict[str, type[SQLModel]] = {"events": Event, "deadlines": Deadline, "notes": Note}


def dump(row: SQLModel, *without: str) -> dict:
    """A row's columns as JSON values (ids and dates as text), without its parent's key."""
    record = row.model_dump(mode="json")
    for key in without:
        record.pop(key, None)
    return record


def _ordered(session: Session, model, *conditions) -> list:
    statement = select(model).where(*conditions).order_by(col(model.created_at), col(model.id))
    return list(session.exec(statement))


def _by_parent(rows: Iterable, key: str) -> dict:
    grouped: dict = {}
    for row in rows:
        grouped.setdefault(getattr(row, key), []).append(row)
    return grouped


def person_document(session: Session, persons: list[Person]) -> list[dict]:
    ids = [person.id for person in persons]
    parts = {
        name: _by_parent(_ordered(session, model, col(model.person_id).in_(ids)), "person_id")
        for name, model in PERSON_PARTS.items()
    }
    notes = _by_parent(
        _ordered(session, Note, col(Note.person_id).in_(ids), col(Note.case_id).is_(None)), "person_id"
    )
    records = []
    for person in persons:
        record = dump(person)
        for name in PERSON_PARTS:
            record[name] = [dump(row, "person_id") for row in parts[name].get(person.id, [])]
        record["notes"] = [dump(note, "person_id", "case_id") for note in notes.get(person.id, [])]
        records.append(record)
    return records


def case_document(session: Session, found: list[Case]) -> list[dict]:
    ids = [case.id for case in found]
    parts = {
        name: _by_parent(_ordered(session, model, col(model.case_id).in_(ids)), "case_id")
        for name, model in CASE_PARTS.items()
    }
    records = []
    for case in found:
        record = dump(case)
        for name in CASE_PARTS:
            record[name] = [dump(row, "case_id") for row in parts[name].get(case.id, [])]
        records.append(record)
    return records


def export_data(session: Session, *, include_audit: bool = False) -> dict:
    """Everything in the store (persons with spellings, markers, documents, family and notes; cases
    with events, deadlines and notes; local rule overrides; optionally the audit log)."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "persons": person_document(session, _ordered(session, Person)),
        "cases": case_document(session, _ordered(session, Case)),
        "rule_overrides": [dump(row) for row in _ordered(session, RuleOverrideRow)],
    }
    if include_audit:
        statement = select(AuditEntry).order_by(col(AuditEntry.at), col(AuditEntry.id))
        data["audit"] = [dump(entry) for entry in session.exec(statement)]
    return data


def content(data: dict) -> dict:
    """The export without the moment it was made: what a round trip must preserve."""
    return {key: value for key, value in data.items() if key != "exported_at"}


def write_json(session: Session, path: Path, *, include_audit: bool = False) -> dict:
    data = export_data(session, include_audit=include_audit)
    write_file(Path(path), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return data


def write_file(path: Path, payload: bytes) -> None:
    """Write next to the target and rename, so a full disk never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".partial-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(payload)
            output.flush()
            os.fsync(output.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        if error.errno == errno.ENOSPC:
            raise DiskFull() from error
        raise
