"""The steps of the import wizard that need no window: reading the sheet's layout, turning the
caseworker's column choices into a mapping, and importing a previewed plan in one transaction.

Built on the public API of `casetracker.exchange` only; no Qt here, so each step is easy to test.
"""

import csv
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from casetracker.exchange import ImportPlan, ImportResult, RowProblem, apply_plan, plan_import
from casetracker.exchange.export_csv import safe_cell
from casetracker.exchange.importer import Duplicates, ImportCancelled
from casetracker.exchange.mapping import (
    Column,
    Mapping,
    Overrides,
    find_mapping,
    normalise,
    remembered_for,
)
from casetracker.exchange.mapping import missing_fields as missing_in
from casetracker.exchange.sheets import Table, read_tables
from casetracker.store.models import Person

SAMPLES_PER_COLUMN = 3
PREVIEW_ROWS = 50


@dataclass
class SheetColumn:
    index: int
    heading: str
    field: str | None  # what the automatic or remembered mapping chose
    samples: list[str]


@dataclass
class SheetLayout:
    """One sheet's headings as the wizard shows them before anything is planned."""

    file: Path
    table: Table
    header_row: int
    columns: list[SheetColumn]
    headings_known: bool  # False: no row had headings this app knows; the first row is taken
    fixed: dict[str, str] = field(default_factory=dict)  # values for every row chosen last time


def read_layout(session: Session, path: Path) -> SheetLayout:
    """The sheet `plan_import` would choose, its heading row and what each column is mapped to.

    Raises UnreadableFile for files that are not spreadsheets (binary, damaged, too big).
    """
    path = Path(path)
    tables = read_tables(path)
    overrides = remembered_for(session, tables)
    found = [(table, find_mapping(table, overrides)) for table in tables]
    usable = [(table, mapping) for table, mapping in found if mapping is not None]
    if usable:
        table, mapping = max(usable, key=lambda pair: len(pair[1].fields))
        return _layout(path, table, mapping, headings_known=True)
    table = max(tables, key=lambda t: len(t.rows), default=Table(name=path.name))
    if not table.rows:
        return SheetLayout(path, table, 1, [], headings_known=False)
    number, cells = table.rows[0]
    unknown = Mapping(number, [Column(index, cell, None) for index, cell in enumerate(cells)])
    return _layout(path, table, unknown, headings_known=False)


def _layout(path: Path, table: Table, mapping: Mapping, *, headings_known: bool) -> SheetLayout:
    data = [cells for number, cells in table.rows if number > mapping.header_row]
    columns = [
        SheetColumn(column.index, column.heading, column.field, _samples(data, column.index))
        for column in mapping.columns
    ]
    return SheetLayout(path, table, mapping.header_row, columns, headings_known, dict(mapping.fixed))


def _samples(rows: list[list[str]], index: int) -> list[str]:
    found: list[str] = []
    for cells in rows:
        value = cells[index].strip() if index < len(cells) else ""
        if value and value not in found:
            found.append(value)
            if len(found) == SAMPLES_PER_COLUMN:
                break
    return found


def overrides_for(
    layout: SheetLayout, choices: dict[int, str | None], fixed: dict[str, str] | None = None
) -> Overrides:
    """The caseworker's choice for every column (None: ignore it), at the layout's heading row, and the
    values chosen for every row."""
    columns = {normalise(c.heading): choices.get(c.index) for c in layout.columns if c.heading}
    return Overrides(columns=columns, header_row=layout.header_row, fixed=dict(fixed or {}))


def missing_fields(chosen: set[str], fixed: dict[str, str] | None = None) -> list[str]:
    """The fields an import cannot do without, given the columns chosen and the values for every row
    (the same rule as the importer)."""
    return missing_in(set(chosen) | set(fixed or {}))


@dataclass
class Preview:
    plan: ImportPlan
    existing_names: dict[uuid.UUID, str] = field(default_factory=dict)  # possible duplicates


def preview(
    session: Session,
    layout: SheetLayout,
    choices: dict[int, str | None],
    fixed: dict[str, str] | None = None,
) -> Preview:
    """Plan the import with the chosen columns and values for every row; nothing is written."""
    plan = plan_import(session, layout.file, mapping=overrides_for(layout, choices, fixed))
    wanted = {person_id for person in plan.duplicates for person_id in person.duplicate_of}
    names: dict[uuid.UUID, str] = {}
    if wanted:
        rows = session.exec(select(Person.id, Person.name).where(col(Person.id).in_(wanted)))
        names = dict(rows.all())
    return Preview(plan, names)


@dataclass(frozen=True)
class PreviewRow:
    row: int
    person: str
    birth_date: str
    country: str
    case_kind: str
    event_date: str
    event_kind: str
    event_place: str = ""


def preview_rows(plan: ImportPlan, limit: int = PREVIEW_ROWS) -> list[PreviewRow]:
    """The first rows as they will be imported: each event with its case and person, in sheet order."""
    people = {person.key: person for person in plan.persons}
    shown: list[PreviewRow] = []
    with_cases = set()
    for case in plan.cases:
        person = people.get(case.person_key)
        if person is None:
            continue
        with_cases.add(case.person_key)
        born = person.draft.birth_date.isoformat() if person.draft.birth_date else ""
        start = (person.draft.name, born, case.country, case.kind)
        for event in case.events:
            shown.append(PreviewRow(event.row, *start, event.when.value.isoformat(), event.kind, event.place))
        if not case.events:
            shown.append(PreviewRow(case.row, *start, "", ""))
    for person in plan.persons:
        if person.key not in with_cases:
            born = person.draft.birth_date.isoformat() if person.draft.birth_date else ""
            shown.append(PreviewRow(person.rows[0], person.draft.name, born, "", "", "", ""))
    return sorted(shown, key=lambda row: row.row)[:limit]


def problem_report(
    problems: list[RowProblem], headings: tuple[str, str, str], delimiter: str, language: str = "en"
) -> bytes:
    """The rows that cannot be imported as a CSV a spreadsheet opens (UTF-8 with BOM, no formulas), with
    the reasons in `language` (English where it has no words for one)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter or ";", lineterminator="\r\n")
    writer.writerow(headings)
    for problem in problems:
        writer.writerow([problem.row, safe_cell(problem.column), safe_cell(problem.text(language))])
    return buffer.getvalue().encode("utf-8-sig")


def import_previewed(
    session,
    actor: str,
    plan: ImportPlan,
    *,
    duplicates: Duplicates,
    only_good_rows: bool,
    progress: Callable[[int, int], None],
) -> ImportResult:
    """Import exactly what was previewed, in the one transaction `session` is in: all of it, or nothing.

    `progress` may raise to stop (the progress dialog's Cancel does); ImportCancelled is raised
    instead, so the transaction is rolled back and the caseworker is told that nothing was written.
    """
    from casetracker.errors import Cancelled  # what the progress dialog raises on Cancel

    try:
        return apply_plan(
            session, actor, plan, duplicates=duplicates, only_good_rows=only_good_rows, progress=progress
        )
    except Cancelled:
        raise ImportCancelled() from None
