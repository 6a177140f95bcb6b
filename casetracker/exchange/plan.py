"""The preview of a spreadsheet import: who and what would be created, and every problem row.

`plan_import` reads the file, maps its columns, checks every row and groups the rows into
persons, their cases and the cases' events, without writing anything.
"""

import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlmodel import Session

from casetracker.dates import PartialDate
from casetracker.errors import InvalidInput
from casetracker.exchange import mapping as mapping_module
from casetracker.exchange import values
from casetracker.exchange.destinations import Destination, destinations
from casetracker.exchange.mapping import FIELDS, INFERRED_EVENT_KINDS, Mapping, Overrides, missing_fields
from casetracker.exchange.problem_messages import Phrase, Words
from casetracker.exchange.problems import ImportRejected, RowProblem
from casetracker.exchange.sheets import MAX_FILE_BYTES, Table, read_tables
from casetracker.names import fold
from casetracker.services import duplicates
from casetracker.services.duplicates import DuplicateMatch
from casetracker.services.people import PersonDraft
from casetracker.services.validation import check_text
from casetracker.vocabulary import CaseKind, CaseStatus, EventKind, Priority, Procedure


@dataclass
class EventPlan:
    row: int
    kind: str
    when: PartialDate
    place: str = ""
    description: str = ""
    source: str = ""
    country: str = ""  # where it happened, when not in the case's country
    procedure: str = ""  # of a decision, when the sheet says


@dataclass
class CasePlan:
    person_key: tuple
    row: int
    kind: str
    country: str
    opened_on: date | None = None
    status: str = CaseStatus.OPEN
    priority: str = Priority.NORMAL
    caseworker: str = ""
    lawyer: str = ""
    summary: str = ""
    reference: str = ""
    events: list[EventPlan] = field(default_factory=list)

    @property
    def opening_day(self) -> date:
        """The day given, else the first event's, else today."""
        if self.opened_on:
            return self.opened_on
        return min((event.when.value for event in self.events), default=date.today())


@dataclass
class PersonPlan:
    key: tuple
    rows: list[int]
    draft: PersonDraft
    military_status: str = ""
    matches: list[DuplicateMatch] = field(default_factory=list)  # persons in the store it may be

    @property
    def duplicate_of(self) -> list[uuid.UUID]:
        return [match.person_id for match in self.matches]


@dataclass
class ImportPlan:
    file: str
    table: Table
    mapping: Mapping
    persons: list[PersonPlan] = field(default_factory=list)
    cases: list[CasePlan] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows_read: int = 0
    destinations: list[Destination] = field(default_factory=list)
    """Where each column's values go (or why they are not imported), and the values not from a column."""

    @property
    def events(self) -> int:
        return sum(len(case.events) for case in self.cases)

    @property
    def bad_rows(self) -> list[int]:
        return sorted({problem.row for problem in self.problems})

    @property
    def duplicates(self) -> list[PersonPlan]:
        return [person for person in self.persons if person.duplicate_of]

    def summary(self) -> str:
        table = self.table
        source = f"{self.file}: {table.format.upper()}"
        if table.format == "csv":
            source += f", {table.encoding}, delimiter {table.delimiter!r}"
        else:
            source += f", sheet '{table.name}'"
        lines = [
            f"{source}; headings in row {self.mapping.header_row}; {self.rows_read} data row(s).",
            "Where the values go:",
            *(f"  {destination}" for destination in self.destinations),
            f"Would create {len(self.persons)} person(s), {len(self.cases)} case(s), {self.events} event(s).",
        ]
        for person in self.duplicates:
            rows = "Row" if len(person.rows) == 1 else "Rows"
            lines.append(f"{rows} {_rows(person.rows)}: possibly a person already in the store:")
            lines += [f"  {match.person_id} ({'; '.join(match.reasons)})" for match in person.matches]
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s) in {len(self.bad_rows)} row(s):")
            lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


def _rows(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5])
    return shown + (f" and {len(numbers) - 5} more" if len(numbers) > 5 else "")


@dataclass(frozen=True)
class PersonCandidate:
    key: tuple
    name: str
    birth_date: date | None
    other_names: tuple[str, ...] = ()


DuplicateFinder = Callable[[Session, list[PersonCandidate]], dict[tuple, list[DuplicateMatch]]]
"""The duplicate check: for each candidate key, the persons in the store it may be, likeliest first."""


def likely_duplicates(
    session: Session, candidates: list[PersonCandidate]
) -> dict[tuple, list[DuplicateMatch]]:
    """The persons in the store each candidate may be, matched as People → "Possible duplicates"
    matches them: a name in any spelling (with or without a date of birth), unless born years apart."""
    drafts = [PersonDraft(c.name, other_names=c.other_names, birth_date=c.birth_date) for c in candidates]
    found = duplicates.likely_duplicates_of(session, drafts)
    return {candidate.key: matches for candidate, matches in zip(candidates, found, strict=True) if matches}


def field_label(name: str) -> str:
    words = FIELDS[name]
    english = next((w for w in words if w.isascii()), "")
    return f"{words[0]} / {english}" if english else words[0]


def plan_import(
    session: Session,
    path: Path,
    *,
    mapping: Path | dict | Overrides | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    find_duplicates: DuplicateFinder = likely_duplicates,
) -> ImportPlan:
    """What importing `path` would create, and every row that cannot be imported (nothing is written).

    Raises UnreadableFile or ImportRejected when the file as a whole cannot be used.
    """
    path = Path(path)
    tables = read_tables(path, max_bytes=max_bytes)
    overrides = mapping_module.remembered_for(session, tables).merged(_overrides(mapping))
    found = [(table, mapping_module.find_mapping(table, overrides)) for table in tables]
    usable = [(table, found_mapping) for table, found_mapping in found if found_mapping is not None]
    if not usable:
        raise ImportRejected.about("rejected.no_headings", file=path.name)
    table, chosen = max(usable, key=lambda pair: len(pair[1].fields))
    chosen.fixed = _fixed_values(path.name, chosen)
    _check_columns(path.name, chosen)
    plan = ImportPlan(file=path.name, table=table, mapping=chosen)
    _read_rows(plan)
    inferred = [(c.kind, e.kind) for c in plan.cases for e in c.events] if chosen.event_kind_inferred else []
    plan.destinations = destinations(chosen, inferred)
    candidates = [
        PersonCandidate(p.key, p.draft.name, p.draft.birth_date, p.draft.other_names) for p in plan.persons
    ]
    matches = find_duplicates(session, candidates)
    for person in plan.persons:
        person.matches = list(matches.get(person.key, []))
    return plan


def _overrides(mapping: Path | dict | Overrides | None) -> Overrides:
    if mapping is None:
        return Overrides()
    if isinstance(mapping, Overrides):
        return mapping
    if isinstance(mapping, dict):
        return mapping_module.parse_overrides(mapping)
    return mapping_module.load_mapping_file(Path(mapping))


def _fixed_values(name: str, found: Mapping) -> dict[str, str]:
    """The values given for every row as stored, read as a cell of the field would be."""
    readers: dict[str, Callable[[str, dict[str, str]], str]] = {
        "case.kind": _reader(values.CASE_KINDS, CaseKind, "unknown.case_kind"),
        "case.status": _reader(values.STATUSES, CaseStatus, "unknown.case_status"),
        "case.priority": _reader(values.PRIORITIES, Priority, "unknown.priority"),
        "event.kind": _reader(values.EVENT_KINDS, EventKind, "unknown.event_kind"),
        "event.procedure": _reader(values.PROCEDURES, Procedure, "unknown.procedure"),
        "case.country": values.read_country,
        "event.country": values.read_country,
    }
    stored: dict[str, str] = {}
    for field_name, text in found.fixed.items():
        try:
            stored[field_name] = readers[field_name](text, found.values.get(field_name, {}))
        except values.CellError as error:
            reason = Phrase(error.key, error.params, str(error))
            raise ImportRejected.about(
                "rejected.fixed", file=name, field=field_label(field_name), reason=reason
            ) from None
    return stored


def _reader(words: dict[str, str], vocabulary: type[StrEnum], unknown: str):
    return lambda text, extra: values.read_word(text, words, extra, unknown, _allowed(vocabulary))


def _check_columns(name: str, found: Mapping) -> None:
    missing = missing_fields(found.given)
    if missing:
        wanted = "; ".join(field_label(f) for f in missing)
        raise ImportRejected.about("rejected.missing_columns", file=name, wanted=wanted, row=found.header_row)


class _Row:
    """One data row's cells by field, collecting its problems."""

    def __init__(
        self, number: int, cells: list[str], found: Mapping, problems: list[RowProblem], read: dict
    ) -> None:
        self.number, self.mapping, self.problems, self.read = number, found, problems, read
        self.cells = {
            c.field: _cleaned(cells[c.index]) for c in found.columns if c.field and c.index < len(cells)
        }

    def text(self, name: str) -> str:
        """The cell of field `name`, else the value given for every row."""
        value = self.cells.get(name) or self.mapping.fixed.get(name, "")
        try:
            return check_text(name, value)
        except InvalidInput as error:
            self.problems.append(RowProblem.from_service(self.number, self.heading(name), error.reason))
            return ""

    def parsed(self, name: str, reader: Callable[[str], object]):
        """The cell read by `reader`, which must read a field's cells alike in every row: a
        sheet repeats the same countries, kinds and days, each read once per import."""
        value = self.text(name)
        if not value:
            return None
        known = self.read.get((name, value))
        if known is not None:
            return known
        try:
            known = self.read[(name, value)] = reader(value)
        except values.CellError as error:
            self.problem(name, error.key, **error.params)
            return None
        except ValueError as error:  # a reader's failure without a message key: said in English
            self.problems.append(RowProblem(self.number, self.heading(name), str(error)))
            return None
        return known

    def heading(self, name: str) -> str:
        return self.mapping.heading_of(name) if name else ""

    def problem(self, name: str, key: str, **params) -> None:
        """A problem with the cell of field `name`, worded by the message `key` of problem_messages."""
        self.problems.append(RowProblem.about(self.number, self.heading(name), key, **params))

    def word(self, name: str, words: dict[str, str], vocabulary: type[StrEnum], unknown: str):
        """The stored value of a vocabulary word; `unknown` is the message key for a word not known."""
        extra = self.mapping.values.get(name, {})
        return self.parsed(
            name, lambda text: values.read_word(text, words, extra, unknown, _allowed(vocabulary))
        )


@functools.cache
def _allowed(vocabulary: type[StrEnum]) -> Words:
    """The values a vocabulary allows, for the message about a word it does not know."""
    return Words.of(vocabulary)


def _cleaned(cell: str) -> str:
    cell = cell.strip()
    # Our CSV export (like spreadsheets) puts ' before text that would look like a formula.
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@":
        return cell[1:]
    return cell


def _read_rows(plan: ImportPlan) -> None:
    found = plan.mapping
    persons: dict[tuple, PersonPlan] = {}
    cases: dict[tuple, CasePlan] = {}
    header_cells = None
    read: dict[tuple[str, str], object] = {}  # cells already read, for this import only
    for number, cells in plan.table.rows:
        if number < found.header_row:
            continue
        if number == found.header_row:
            header_cells = cells
            continue
        if cells == header_cells:
            continue  # headings repeated further down (sheets pasted together)
        row_problems: list[RowProblem] = []
        row = _Row(number, cells, found, row_problems, read)
        if not any(row.cells.values()):
            continue  # a line with text only in ignored columns, or spaces
        plan.rows_read += 1
        person = _person(row)
        case = _case(row, person) if person else None
        event = _event(row, case) if person else None
        if row_problems:
            plan.problems.extend(row_problems)
            continue
        assert person is not None
        known = persons.setdefault(person.key, person)
        if known is not person:
            known.rows.append(number)
            extra = [n for n in person.draft.other_names if n not in known.draft.other_names]
            if extra:
                known.draft = _with_names(known.draft, extra)
        if case is not None:
            case = cases.setdefault(_case_key(case), case)
            if event is not None:
                case.events.append(event)
    plan.persons = list(persons.values())
    plan.cases = list(cases.values())
    for case in plan.cases:
        case.events.sort(key=lambda e: (e.when.value, e.row))
        plan.problems.extend(_exit_order(case, found))
    if any(p.key == "exit_before_entry" for p in plan.problems):
        _drop_bad_rows(plan)
    plan.problems.sort()


def _with_names(draft: PersonDraft, extra: list[str]) -> PersonDraft:
    return replace(draft, other_names=draft.other_names + tuple(extra))


def _person(row: _Row) -> PersonPlan | None:
    name = row.text("person.name")
    if not name:
        row.problem("person.name", "name.empty")
        return None
    birth_date = row.parsed("person.birth_date", values.read_exact_date)
    if birth_date and birth_date > date.today():
        row.problem("person.birth_date", "birth_date.future")
    citizenships = row.parsed(
        "person.citizenship", lambda text: [values.read_country(part, {}) for part in values.read_list(text)]
    )
    other_names = [part.strip() for part in row.text("person.latin_name").split(";") if part.strip()]
    draft = PersonDraft(
        name=name,
        other_names=tuple(other_names),
        birth_date=birth_date,
        birth_place=row.text("person.birth_place"),
        citizenships=tuple(citizenships or ("RU",)),
        languages=tuple(values.read_list(row.text("person.languages"))),
        secure_contact=row.text("person.contact"),
        current_location=row.text("person.location"),
    )
    key = (fold(name), birth_date)
    return PersonPlan(key, [row.number], draft, military_status=row.text("person.military_status"))


def _case(row: _Row, person: PersonPlan) -> CasePlan | None:
    country_text, kind_text = row.text("case.country"), row.text("case.kind")
    has_event = bool(row.cells.get("event.date") or row.cells.get("event.kind"))
    if not country_text and not kind_text:
        if has_event:
            row.problem("case.country", "event.without_case")
        return None
    if not country_text:
        row.problem("case.country", "country.empty")
    if not kind_text:
        row.problem("case.kind", "case_kind.empty")
    extra = row.mapping.values.get("case.country", {})
    country = row.parsed("case.country", lambda text: values.read_country(text, extra))
    kind = row.word("case.kind", values.CASE_KINDS, CaseKind, "unknown.case_kind")
    status = row.word("case.status", values.STATUSES, CaseStatus, "unknown.case_status") or CaseStatus.OPEN
    priority = row.word("case.priority", values.PRIORITIES, Priority, "unknown.priority") or Priority.NORMAL
    opened_on = row.parsed("case.opened_on", values.read_exact_date)
    reference = row.text("case.reference")
    summary = row.text("case.summary")
    if reference:
        summary = f"{summary}\n(Reference in the imported sheet: {reference})".strip()
    if not (country and kind):
        return None
    return CasePlan(
        person_key=person.key,
        row=row.number,
        kind=kind,
        country=country,
        opened_on=opened_on,
        status=status,
        priority=priority,
        caseworker=row.text("case.caseworker"),
        lawyer=row.text("case.lawyer"),
        summary=summary,
        reference=fold(reference),
    )


def _case_key(case: CasePlan) -> tuple:
    if case.reference:
        return (case.person_key, "reference", case.reference)
    return (case.person_key, case.kind, case.country, case.opened_on)


_EVENT_DETAILS = ("event.place", "event.description", "event.source", "event.country", "event.procedure")


def _event(row: _Row, case: CasePlan | None) -> EventPlan | None:
    """The row's event. Its kind is the cell's, else the one given for every row, else inferred from the
    case type; a row with a place, description or source but no date is a problem, never dropped."""
    date_text, kind_text = row.cells.get("event.date", ""), row.cells.get("event.kind", "")
    details = any(row.cells.get(name) for name in _EVENT_DETAILS)
    dated = "event.date" in row.mapping.fields
    if not date_text and not kind_text and not (details and dated):
        return None  # without a date column the preview says these columns have nowhere to go
    if not date_text:
        row.problem("event.date", "event.no_date" if kind_text else "event.no_date.details")
    inferred = row.mapping.event_kind_inferred
    if not kind_text and not inferred and "event.kind" not in row.mapping.fixed:
        row.problem("event.kind", "event.no_kind")
    when = row.parsed("event.date", values.read_date)
    if inferred:
        kind = INFERRED_EVENT_KINDS.get(case.kind) if case is not None else None
    else:
        kind = row.word("event.kind", values.EVENT_KINDS, EventKind, "unknown.event_kind")
    if case is None or when is None or kind is None:
        return None
    extra = row.mapping.values.get("event.country", {})
    country = row.parsed("event.country", lambda text: values.read_country(text, extra))
    procedure = row.word("event.procedure", values.PROCEDURES, Procedure, "unknown.procedure")
    return EventPlan(
        row.number,
        kind,
        when,
        place=row.text("event.place"),
        description=row.text("event.description"),
        source=row.text("event.source"),
        country=country or "",
        procedure=procedure or "",
    )


def _exit_order(case: CasePlan, found: Mapping) -> list[RowProblem]:
    """The same rule as the cases service: an exit comes after the case's first entry."""
    entries = [e.when.value for e in case.events if e.kind == EventKind.ENTRY]
    if not entries:
        return []
    first = min(entries)
    return [
        RowProblem.about(e.row, found.heading_of("event.date"), "exit_before_entry", first=first)
        for e in case.events
        if e.kind == EventKind.EXIT and e.when.value < first
    ]


def _drop_bad_rows(plan: ImportPlan) -> None:
    bad = set(plan.bad_rows)
    for case in plan.cases:
        case.events = [event for event in case.events if event.row not in bad]
