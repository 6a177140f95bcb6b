"""One CSV file per table, for spreadsheets: UTF-8 with a BOM so that Excel shows Cyrillic.

Cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
carriage return) are written with a leading apostrophe, as spreadsheets themselves do;
the spreadsheet importer removes it again.
"""

import csv
import io
import json
from pathlib import Path

from sqlmodel import Session, SQLModel, col, select

from casetracker.exchange.export_json import write_file
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


def _extra_columns(session: Session, name: str) -> tuple[list[str], dict]:
    """Readable context for a spreadsheet: the person's name on cases, the case number on case rows."""
    if name == "cases":
        names = dict(session.exec(select(Person.id, Person.name)).all())
        return ["person_name"], {"person_id": names}
    if name in ("events", "deadlines", "notes"):
        numbers = dict(session.exec(select(Case.id, Case.number)).all())
        return ["case_number"], {"case_id": numbers}
    return [], {}


def table_csv(session: Session, name: str, *, delimiter: str = ",") -> bytes:
    model = TABLES[name] if name != "audit" else AuditEntry
    columns = list(model.model_fields)
    extra, lookups = _extra_columns(session, name)
    order = (col(model.at), col(model.id)) if model is AuditEntry else (col(model.created_at), col(model.id))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(columns + extra)
    for row in session.exec(select(model).order_by(*order)):
        record = row.model_dump(mode="json")
        cells = [safe_cell(record.get(column)) for column in columns]
        for key, lookup in lookups.items():
            cells.append(safe_cell(lookup.get(getattr(row, key))))
        writer.writerow(cells)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(
    session: Session, folder: Path, *, include_audit: bool = False, delimiter: str = ","
) -> list[Path]:
    """Write one `<table>.csv` per table into `folder` (made if missing); returns the files written."""
    folder = Path(folder)
    names = list(TABLES) + (["audit"] if include_audit else [])
    written = []
    for name in names:
        path = folder / f"{name}.csv"
        write_file(path, table_csv(session, name, delimiter=delimiter))
        written.append(path)
    return written
