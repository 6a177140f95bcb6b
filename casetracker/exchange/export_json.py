"""The whole store as one JSON document (schema: docs/export-schema.md), and back.

`export_data` → `import_json` into an empty store → `export_data` gives the same content:
every row keeps its id and timestamps. Rows in the trash are included with their
`deleted_at`. Attachments (encrypted files) are not part of this export; backups carry them.

Rows are read as JSON values straight from the tables (store/json_rows.py), a thousand
persons or cases at a time with their parts, and `write_json` writes each record as it
comes: a whole store of 100,000 cases never sits in memory at once, and `progress`, which
raises when the caseworker cancels, is called after every thousand records.
"""

import io
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import Connection
from sqlmodel import Session, SQLModel

from casetracker.store.files import atomic_file, write_atomically
from casetracker.store.json_rows import hex_ids, json_rows
from casetracker.store.leftovers import Journal
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
CHUNK = 1000  # persons or cases read (with their parts) at a time

PERSON_PARTS: dict[str, type[SQLModel]] = {
    "names": PersonName,
    "markers": PersonMarker,
    "documents": TravelDocument,
    "family": FamilyLink,
}
CASE_PARTS: dict[str, type[SQLModel]] = {"events": Event, "deadlines": Deadline, "notes": Note}
Progress = Callable[[int, int], None]


def dump(row: SQLModel, *without: str) -> dict:
    """A row's columns as JSON values (ids and dates as text), without its parent's key."""
    record = row.model_dump(mode="json")
    for key in without:
        record.pop(key, None)
    return record


def person_records(session: Session, person_ids: list | None = None) -> Iterator[dict]:
    """Each person (all of them, or those with these ids) with spellings, markers, documents,
    family and personal notes."""
    connection = _connection(session)
    for persons in _chunks(json_rows(connection, Person, *_among("id", _hex(person_ids)))):
        ids = [person["id"] for person in persons]
        parts = {
            name: _by_parent(connection, model, "person_id", ids) for name, model in PERSON_PARTS.items()
        }
        parts["notes"] = _by_parent(connection, Note, "person_id", ids, "case_id IS NULL")
        for person in persons:
            for name, grouped in parts.items():
                person[name] = [
                    _without(row, "person_id", "case_id") for row in grouped.get(person["id"], [])
                ]
            yield person


def case_records(session: Session, case_ids: list | None = None) -> Iterator[dict]:
    """Each case (all of them, or those with these ids) with its events, deadlines and notes."""
    connection = _connection(session)
    for found in _chunks(json_rows(connection, Case, *_among("id", _hex(case_ids)))):
        ids = [case["id"] for case in found]
        parts = {name: _by_parent(connection, model, "case_id", ids) for name, model in CASE_PARTS.items()}
        for case in found:
            for name, grouped in parts.items():
                case[name] = [_without(row, "case_id") for row in grouped.get(case["id"], [])]
            yield case


def person_document(session: Session, persons: list[Person]) -> list[dict]:
    return list(person_records(session, [person.id for person in persons]))


def case_document(session: Session, found: list[Case]) -> list[dict]:
    return list(case_records(session, [case.id for case in found]))


def _connection(session: Session) -> Connection:
    session.flush()  # the rows are read with SQL: changes made through objects must be written first
    return session.connection()


def _hex(ids: list | None) -> list[str] | None:
    return None if ids is None else hex_ids(ids)


def _among(column: str, stored_ids: list[str] | None) -> tuple[str, list[str]]:
    """A `where` for json_rows: rows whose `column` is one of these ids, as stored (None: all rows)."""
    if stored_ids is None:
        return "", []
    return f"{column} IN ({', '.join('?' * len(stored_ids))})", stored_ids


def _by_parent(connection: Connection, model, key: str, parent_ids: list[str], condition: str = "") -> dict:
    """The rows of `model` belonging to these parents (ids as JSON text), grouped by parent, each
    group in the order the rows were made."""
    where, parameters = _among(key, [value.replace("-", "") for value in parent_ids])
    grouped: dict = {}
    for row in json_rows(connection, model, f"{where} AND {condition}" if condition else where, parameters):
        grouped.setdefault(row[key], []).append(row)
    return grouped


def _without(row: dict, *keys: str) -> dict:
    for key in keys:
        row.pop(key, None)
    return row


def _chunks(rows: Iterable[dict]) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def export_data(session: Session, *, include_audit: bool = False) -> dict:
    """Everything in the store (persons with spellings, markers, documents, family and notes; cases
    with events, deadlines and notes; local rule overrides; optionally the audit log), in memory."""
    return {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in _document(session, include_audit)
    }


def _document(session: Session, include_audit: bool) -> Iterator[tuple[str, object]]:
    """The export's top-level entries in order; the long ones as iterators of records."""
    connection = _connection(session)
    yield "format", FORMAT
    yield "version", VERSION
    yield "exported_at", datetime.now(UTC).isoformat().replace("+00:00", "Z")
    yield "persons", person_records(session)
    yield "cases", case_records(session)
    yield "rule_overrides", json_rows(connection, RuleOverrideRow)
    if include_audit:
        yield "audit", json_rows(connection, AuditEntry, order_by="at, id")


def content(data: dict) -> dict:
    """The export without the moment it was made: what a round trip must preserve."""
    return {key: value for key, value in data.items() if key != "exported_at"}


def write_json(
    session: Session, path: Path, *, include_audit: bool = False, progress: Progress | None = None
) -> tuple[int, int]:
    """Write the export to `path`, one record per line; returns (persons, cases) written.

    The file appears whole or not at all: a cancel, a full disk or any failure leaves nothing."""
    total = _record_count(session, include_audit) if progress else 0
    written = {"persons": 0, "cases": 0}
    done = 0
    with _replacing(Path(path), Journal.of(session)) as output:
        output.write("{")
        for position, (key, value) in enumerate(_document(session, include_audit)):
            output.write(("," if position else "") + f"\n{json.dumps(key)}: ")
            if not isinstance(value, Iterator):
                output.write(json.dumps(value))
                continue
            output.write("[")
            for count, record in enumerate(value):
                output.write(("," if count else "") + "\n " + json.dumps(record, ensure_ascii=False))
                written[key] = written.get(key, 0) + 1
                done += 1
                if progress and done % CHUNK == 0:
                    progress(done, total)
            output.write("\n]")
        output.write("\n}\n")
    return written["persons"], written["cases"]


def _record_count(session: Session, include_audit: bool) -> int:
    """How many top-level records the export will hold (for its progress)."""
    connection = _connection(session)
    tables = [Person, Case, RuleOverrideRow] + ([AuditEntry] if include_audit else [])
    return sum(
        connection.exec_driver_sql(f'SELECT count(*) FROM "{model.__tablename__}"').scalar_one()
        for model in tables
    )


@contextmanager
def _replacing(path: Path, journal: Journal) -> Iterator[IO[str]]:
    """A text file that appears at `path` only when complete, leaving nothing after a crash (see
    store.files.atomic_file)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with atomic_file(path, journal) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="\n")
        yield text
        text.flush()
        text.detach()  # the file itself is closed by atomic_file, after its fsync


def write_file(path: Path, payload: bytes, journal: Journal | None = None) -> None:
    """Write next to the target and rename, so a full disk never leaves half a file (nor a crash,
    given the store's journal)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_atomically(path, payload, journal)
