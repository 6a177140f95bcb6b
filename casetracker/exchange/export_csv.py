"""One CSV file per table, for spreadsheets: UTF-8 with a BOM so that Excel shows Cyrillic.

Cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
carriage return) are written with a leading apostrophe, as spreadsheets themselves do;
the spreadsheet importer removes it again.
"""

import csv
import errno
import io
import json
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Connection
from sqlmodel import Session, SQLModel

from casetracker import faults
from casetracker.errors import CaseTrackerError, DiskFull
from casetracker.store import files
from casetracker.store.backup import write_into
from casetracker.store.json_rows import json_rows
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

TABLES: dict[str, type[SQLModel]] = {
    "persons": Person,
    "person_names": PersonName,
    "person_markers": PersonMarker,
    "travel_documents": TravelDocument,
    "family_links": FamilyLink,
    "cases": Case,
    "events": Event,
    "deadlines": Deadline,
    "notes": Note,
    "rule_overrides": RuleOverrideRow,
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A value as spreadsheet text that never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        text = (
            "; ".join(map(str, value)) if isinstance(value, list) else json.dumps(value, ensure_ascii=False)
        )
    else:
        text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _extra_columns(connection: Connection, name: str) -> tuple[list[str], dict]:
    """Readable context for a spreadsheet: the person's name on cases, the case number on case rows."""
    if name == "cases":
        names = {row["id"]: row["name"] for row in json_rows(connection, Person)}
        return ["person_name"], {"person_id": names}
    if name in ("events", "deadlines", "notes"):
        numbers = {row["id"]: row["number"] for row in json_rows(connection, Case)}
        return ["case_number"], {"case_id": numbers}
    return [], {}


def _model(name: str) -> type[SQLModel]:
    return AuditEntry if name == "audit" else TABLES[name]


def row_count(session: Session, name: str) -> int:
    table = _model(name).__tablename__
    return session.connection().exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one()


def table_csv(
    session: Session, name: str, *, delimiter: str = ",", progress: Callable[[int], None] | None = None
) -> bytes:
    """The table `name` as CSV; `progress(rows done)` is called every thousand rows (and may raise)."""
    model = _model(name)
    session.flush()  # the rows are read with SQL: changes made through objects must be written first
    connection = session.connection()
    columns = list(model.model_fields)
    extra, lookups = _extra_columns(connection, name)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(columns + extra)
    order = "at, id" if model is AuditEntry else "created_at, id"
    for done, record in enumerate(json_rows(connection, model, order_by=order), 1):
        cells = [safe_cell(record.get(column)) for column in columns]
        for key, lookup in lookups.items():
            cells.append(safe_cell(lookup.get(record[key])))
        writer.writerow(cells)
        if progress and done % 1000 == 0:
            progress(done)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(
    session: Session,
    folder: Path,
    *,
    include_audit: bool = False,
    delimiter: str = ",",
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Path, list[Path]]:
    """The tables as `<table>.csv` files in a new folder; returns the folder and the files.

    The folder is `folder` itself when it does not exist yet or is empty, otherwise a new
    `casetracker-tables-DATE` (or `-2`, `-3`…) inside it: an earlier export is never overwritten.
    Every table is built first (`progress(done, total)` may raise to cancel: nothing is left),
    then the files are written into a temporary folder that takes its name when all are there,
    recorded in the store's journal: a crash leaves nothing either."""
    names = list(TABLES) + (["audit"] if include_audit else [])
    counts = {name: row_count(session, name) for name in names}
    total, before = sum(counts.values()) + 1, 0  # the last step: writing the files
    contents = {}
    for name in names:
        contents[name] = table_csv(
            session,
            name,
            delimiter=delimiter,
            progress=(lambda done, before=before: progress(before + done, total)) if progress else None,
        )
        before += counts[name]
        if progress:
            progress(before, total)
    target = _new_folder(Path(folder), f"casetracker-tables-{date.today().isoformat()}")
    with Journal.of(session).temporary_name(target) as temporary:
        try:
            temporary.mkdir(mode=0o700)
            for name, payload in contents.items():
                write_into(temporary / f"{name}.csv", payload)
            files.fsync_directory(temporary)
            faults.step("csv.written")
            if target.exists():
                target.rmdir()  # empty, as _new_folder found it
            temporary.rename(target)
            files.fsync_directory(target.parent)
        except BaseException as error:
            shutil.rmtree(temporary, ignore_errors=True)
            if isinstance(error, OSError) and error.errno == errno.ENOSPC:
                raise DiskFull() from error
            raise
    return target, [target / f"{name}.csv" for name in contents]


def _new_folder(folder: Path, name: str) -> Path:
    """`folder` when it does not exist or is empty; otherwise a free `name`, `name-2`… inside it."""
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder
    for attempt in range(1, 1000):
        candidate = folder / (name if attempt == 1 else f"{name}-{attempt}")
        if not candidate.exists():
            return candidate
    raise CaseTrackerError(key="too_many_exports", folder=str(folder))
