"""Bringing an export (or a case bundle) back into a store with every id and timestamp kept.

Rows are inserted as they were, not re-created through the services: a restored case keeps
its number, history and deadlines as exported. Nothing already in the store is changed; an id
or case number that is taken stops the import before anything is written (a person already
present can be reused instead, for case bundles).
"""

import contextlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from sqlmodel import Session, SQLModel, col, select

from casetracker.errors import Conflict, InvalidInput
from casetracker.exchange.export_json import CASE_PARTS, FORMAT, PERSON_PARTS, VERSION
from casetracker.exchange.problems import UnreadableFile, read_input_file
from casetracker.services import audit
from casetracker.services.cases import next_case_number
from casetracker.services.validation import check_line, check_record
from casetracker.store.models import (
    AuditEntry,
    Case,
    Deadline,
    FamilyLink,
    Note,
    Person,
    RuleOverrideRow,
)

MAX_EXPORT_BYTES = 4 * 1024**3  # the JSON export of a very large store; it is read into memory whole


@dataclass
class RestoreResult:
    persons: int = 0
    reused_persons: list[uuid.UUID] = field(default_factory=list)
    case_numbers: list[str] = field(default_factory=list)
    renumbered: dict[str, str] = field(default_factory=dict)  # number in the file -> number given here
    rows: int = 0
    audit_entries: int = 0
    files: int = 0  # evidence files (case bundles only)


def read_export(path: Path) -> dict:
    path = Path(path)
    content = read_input_file(path, MAX_EXPORT_BYTES, "json_export")
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise UnreadableFile(f"{path.name} is not a JSON export of Exile Case Tracker.") from None
    return check_header(data, path.name)


def check_header(data: object, name: str) -> dict:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UnreadableFile(f"{name} is not a JSON export of Exile Case Tracker.")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise UnreadableFile(f"{name} was written by a newer version of Exile Case Tracker; update this one.")
    for key in ("persons", "cases"):
        if not isinstance(data.get(key, []), list):
            raise UnreadableFile(f"{name}: '{key}' must be a list.")
    return data


def _row(model: type[SQLModel], record: object, where: str, **parent) -> SQLModel:
    if not isinstance(record, dict):
        raise UnreadableFile(f"The export is damaged: an entry of {where} is not an object.")
    values = {
        key: value for key, value in record.items() if key not in PERSON_PARTS and key not in CASE_PARTS
    }
    values.pop("notes", None)
    try:
        row = model.model_validate(values | parent)
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"])
        raise UnreadableFile(f"The export is damaged: {where}, field '{place}': {first['msg']}.") from None
    try:
        return check_record(row)  # the checks every other way in applies
    except InvalidInput as error:
        message = f"The file cannot be imported: {where}, {error}. Nothing was imported."
        raise UnreadableFile(message) from None


def _list(record: dict, key: str, where: str) -> list:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise UnreadableFile(f"The export is damaged: '{key}' of {where} is not a list.")
    return value


def import_json(
    session: Session,
    actor: str,
    data: dict | Path,
    *,
    reuse_persons: bool = False,
    renumber_cases: bool = False,
    record_import: bool | None = None,
    received_from: str | None = None,
) -> RestoreResult:
    """Insert an export's rows as they are, in the caller's transaction, after the checks every
    other way into the store applies.

    An id already in the store is a Conflict, except a person's when `reuse_persons` (then the
    person already here is kept unchanged, if the file's record is the same person). A case
    number already taken is a Conflict unless `renumber_cases`. When the data carries no audit
    log (or `record_import`), each restored person and case gets an "import" audit entry.

    `received_from` (a case bundle, from a colleague): the history that comes with it is kept
    only about the records it brings, and each entry says it was received, and from whom; it
    never reads as a change made here.
    """
    if not isinstance(data, dict):
        data = read_export(data)
    data = check_header(data, "The export")
    result = RestoreResult()
    rows: list[SQLModel] = []
    people_rows: list[Person] = []
    for index, record in enumerate(_list(data, "persons", "the export")):
        where = f"person {index + 1}"
        person = _row(Person, record, where)
        if reuse_persons and (present := session.get(Person, person.id)) is not None:
            _check_same_person(present, person)
            result.reused_persons.append(person.id)
            continue
        people_rows.append(person)
        for name, model in PERSON_PARTS.items():
            rows += [_row(model, part, where, person_id=person.id) for part in _list(record, name, where)]
        rows += [_row(Note, part, where, person_id=person.id) for part in _list(record, "notes", where)]
    case_rows: list[Case] = []
    for index, record in enumerate(_list(data, "cases", "the export")):
        where = f"case {index + 1}"
        case = _row(Case, record, where)
        case_rows.append(case)
        for name, model in CASE_PARTS.items():
            rows += [_row(model, part, where, case_id=case.id) for part in _list(record, name, where)]
    rows += [_row(RuleOverrideRow, r, "rule overrides") for r in _list(data, "rule_overrides", "the export")]
    entries = [_row(AuditEntry, r, "audit log") for r in _list(data, "audit", "the export")]
    if reuse_persons:  # a second bundle for the same person carries some of the same history
        entries = [entry for entry in entries if session.get(AuditEntry, entry.id) is None]
    if received_from is not None:
        carried = {row.id for row in [*people_rows, *case_rows, *rows]} | set(result.reused_persons)
        carried |= _file_ids(data)
        entries = _received(entries, carried, received_from)

    _check_free(session, [*people_rows, *case_rows, *rows, *entries])
    _place_cases(session, case_rows, renumber_cases, result)
    known_people = {p.id for p in people_rows} | set(result.reused_persons)
    _check_people(session, case_rows, rows, known_people)

    session.add_all(people_rows)
    session.flush()
    session.add_all(case_rows)
    session.flush()
    session.add_all([row for row in rows if not isinstance(row, Deadline | Note)])
    session.flush()
    session.add_all([row for row in rows if isinstance(row, Deadline | Note)])
    session.add_all(entries)
    if record_import or (record_import is None and not entries):
        for row in [*people_rows, *case_rows]:
            audit.record(session, actor, "import", row, None, audit.snapshot(row))
    session.flush()
    result.persons = len(people_rows)
    result.case_numbers = [case.number for case in case_rows]
    result.rows = len(people_rows) + len(case_rows) + len(rows)
    result.audit_entries = len(entries)
    return result


def _check_same_person(present: Person, received: Person) -> None:
    """A person already here is reused only for a record of the same person: a file cannot hang
    its case on someone else by naming their id."""
    same = present.name.casefold() == received.name.casefold() and present.birth_date == received.birth_date
    if not same:
        raise Conflict(key="conflict.person_id_taken")


def _file_ids(data: dict) -> set[uuid.UUID]:
    ids = set()
    for record in data.get("files") or []:
        with contextlib.suppress(AttributeError, KeyError, TypeError, ValueError):
            ids.add(uuid.UUID(str(record["id"])))
    return ids


def _received(entries: list[AuditEntry], carried: set[uuid.UUID], sender: str) -> list[AuditEntry]:
    """The history of the records received, each entry marked as received and from whom."""
    try:
        sender = check_line("sender", sender, limit=200) or "a colleague"
    except InvalidInput:
        sender = "a colleague"
    kept = []
    for entry in entries:
        if entry.entity_id in carried:
            entry.actor = f"{entry.actor[:200]} (received in a bundle from {sender})"
            kept.append(entry)
    return kept


def _check_free(session: Session, rows: list[SQLModel]) -> None:
    by_model: dict[type, list[uuid.UUID]] = {}
    for row in rows:
        by_model.setdefault(type(row), []).append(row.id)  # type: ignore[attr-defined]
    seen: set[uuid.UUID] = set()
    for model, ids in by_model.items():
        if len(set(ids)) != len(ids) or seen & set(ids):
            raise UnreadableFile("The export is damaged: an id appears twice.")
        seen |= set(ids)
        for start in range(0, len(ids), 500):
            taken = session.exec(select(model.id).where(col(model.id).in_(ids[start : start + 500]))).first()
            if taken is not None:
                raise Conflict(key="conflict.records_exist", table=model.__tablename__, id=str(taken))


def _place_cases(session: Session, found: list[Case], renumber: bool, result: RestoreResult) -> None:
    numbers = [case.number for case in found]
    if len(set(numbers)) != len(numbers):
        raise UnreadableFile("The export is damaged: a case number appears twice.")
    for case in found:
        if session.exec(select(Case.id).where(Case.number == case.number)).first() is None:
            continue
        if not renumber:
            raise Conflict(key="conflict.case_number_taken", number=case.number)
        new = next_case_number(session, case.country, case.opened_on.year)
        while new in numbers:
            year, serial = new.rsplit("-", 1)
            new = f"{year}-{int(serial) + 1:04d}"
        result.renumbered[case.number] = new
        case.number = new
        numbers.append(new)


def _check_people(session: Session, found: list[Case], rows: list[SQLModel], known: set[uuid.UUID]) -> None:
    """Every case names a person the file itself carries, and family links point only at people it
    carries (otherwise the relative's name is kept, without a link to anyone here)."""
    for case in found:
        if case.person_id not in known:
            raise UnreadableFile(
                f"The export is damaged: case {case.number} names a person it does not hold."
            )
    for row in rows:
        if isinstance(row, FamilyLink) and row.relative_id and row.relative_id not in known:
            row.relative_id = None  # a relative not handed over: keep the name only
