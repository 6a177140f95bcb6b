"""Importing a spreadsheet of persons, cases and events through the services.

All or nothing: everything happens in the caller's transaction, and any rejected row,
unresolved likely duplicate or failure raises before the caller commits, so nothing is
half-imported. Persons, cases and events get the rows and audit entries `people.add_person`,
`cases.add_case` and `cases.add_event` would give them (the same checks, numbers in the same
format), written many per statement by the services' bulk functions; the computed deadlines
are brought up to date once per imported case and the search index once per import, at the end.
"""

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlmodel import Session

from casetracker import faults
from casetracker.errors import InvalidInput
from casetracker.exchange import mapping as mapping_module
from casetracker.exchange.mapping import Overrides
from casetracker.exchange.plan import (
    CasePlan,
    DuplicateFinder,
    EventPlan,
    ImportPlan,
    PersonPlan,
    likely_duplicates,
    plan_import,
)
from casetracker.exchange.problem_messages import Listed, Phrase, english
from casetracker.exchange.problems import ImportRejected, RowProblem, WordedError
from casetracker.exchange.sheets import MAX_FILE_BYTES
from casetracker.services import batch_deadlines, cases, people, search


class Duplicates(StrEnum):
    """What to do with a person who is likely already in the store."""

    STOP = "stop"  # refuse the import and list them (the default)
    LINK = "link"  # put the imported cases on the person already in the store
    CREATE = "create"  # create a new person all the same


class ImportCancelled(WordedError):
    def __init__(self) -> None:
        super().__init__(english("cancelled"), key="cancelled")


Progress = Callable[[int, int], bool | None]
"""Called with (done, total) as persons are imported; returning False cancels the import."""


@dataclass
class ImportResult:
    plan: ImportPlan
    dry_run: bool
    persons: int = 0
    linked: int = 0
    case_numbers: list[str] = field(default_factory=list)
    events: int = 0
    skipped_rows: list[int] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    """Time spent on each step (plan, write, deadlines, index), for benchmarks and support."""

    def summary(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        text = (
            f"{verb} {self.persons} person(s), {len(self.case_numbers)} case(s) and {self.events} event(s)"
            f" from {self.plan.file}"
        )
        if self.linked:
            text += f"; {self.linked} person(s) matched ones already in the store and were linked"
        if self.skipped_rows:
            text += f"; skipped {len(self.skipped_rows)} row(s) with problems"
        return text + "."


def import_sheet(
    session: Session,
    actor: str,
    path: Path,
    *,
    mapping: Path | dict | Overrides | None = None,
    dry_run: bool = False,
    only_good_rows: bool = False,
    duplicates: Duplicates | str = Duplicates.STOP,
    find_duplicates: DuplicateFinder = likely_duplicates,
    max_bytes: int = MAX_FILE_BYTES,
    progress: Progress | None = None,
) -> ImportResult:
    """Import a CSV or XLSX file of persons, cases and events; see `plan_import` for the preview."""
    started = time.perf_counter()
    plan = plan_import(session, path, mapping=mapping, max_bytes=max_bytes, find_duplicates=find_duplicates)
    planned = time.perf_counter() - started
    result = apply_plan(
        session,
        actor,
        plan,
        dry_run=dry_run,
        only_good_rows=only_good_rows,
        duplicates=duplicates,
        progress=progress,
    )
    result.seconds = {"plan": planned, **result.seconds}
    return result


def apply_plan(
    session: Session,
    actor: str,
    plan: ImportPlan,
    *,
    dry_run: bool = False,
    only_good_rows: bool = False,
    duplicates: Duplicates | str = Duplicates.STOP,
    progress: Progress | None = None,
) -> ImportResult:
    """Create what the plan says. A dry run does everything in a savepoint and rolls it back."""
    duplicates = Duplicates(duplicates)
    if plan.problems and not only_good_rows:
        raise ImportRejected.about("rejected.rows", plan.problems, count=len(plan.bad_rows), file=plan.file)
    if plan.duplicates and duplicates is Duplicates.STOP:
        raise ImportRejected.about(
            "rejected.duplicates",
            [
                RowProblem.about(p.rows[0], "", "duplicate", ids=Listed(tuple(map(str, p.duplicate_of))))
                for p in plan.duplicates
            ],
            count=len(plan.duplicates),
            file=plan.file,
        )
    if plan.rows_read == 0:
        raise ImportRejected.about("rejected.no_rows", file=plan.file)
    result = ImportResult(plan, dry_run, skipped_rows=plan.bad_rows)
    savepoint = session.begin_nested() if dry_run else None
    try:
        _create(session, actor, plan, duplicates, result, progress)
        if not dry_run:
            mapping_module.remember(session, plan.mapping)
        session.flush()
        faults.step("import.inserted")  # every row written, the transaction not yet committed
    finally:
        if savepoint is not None and savepoint.is_active:
            savepoint.rollback()
    return result


_CHUNK = 250
"""Persons written per round: between rounds progress is reported and a cancel is honoured."""


def _create(
    session: Session,
    actor: str,
    plan: ImportPlan,
    duplicates: Duplicates,
    result: ImportResult,
    progress: Progress | None,
) -> None:
    """Write the plan in rounds of a few statements each, then compute the deadlines and index
    the new records once for all of them (not on every flush)."""
    cases_of: dict[tuple, list[CasePlan]] = {}
    for case in plan.cases:
        cases_of.setdefault(case.person_key, []).append(case)
    numbers = cases.CaseNumbers(session)
    created: list[uuid.UUID] = []
    total = len(plan.persons)
    started = time.perf_counter()
    with search.index_deferred(session) as backlog:
        session.flush()  # whatever the caller has pending goes first: the rows below refer to it
        for start in range(0, total, _CHUNK):
            persons = plan.persons[start : start + _CHUNK]
            written = _write(session, actor, persons, cases_of, numbers, duplicates, result)
            backlog.add(persons=written.persons, cases=written.cases)
            created += written.cases
            _step(progress, start + len(persons), total)
        started = _lap(result, "write", started)
        batch_deadlines.store_new_case_deadlines(session, actor, created)
        started = _lap(result, "deadlines", started)
        _step(progress, total, total)  # a cancel pressed during the deadlines is still honoured
    _lap(result, "index", started)


def _step(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; the caller may cancel here (by answering False, or by raising)."""
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def _lap(result: ImportResult, step: str, started: float) -> float:
    now = time.perf_counter()
    result.seconds[step] = now - started
    return now


@dataclass
class _Written:
    persons: list[uuid.UUID] = field(default_factory=list)
    cases: list[uuid.UUID] = field(default_factory=list)


def _write(
    session: Session,
    actor: str,
    persons: list[PersonPlan],
    cases_of: dict[tuple, list[CasePlan]],
    numbers: cases.CaseNumbers,
    duplicates: Duplicates,
    result: ImportResult,
) -> _Written:
    """Check and build the rows of these persons, their cases and events, then insert them."""
    new_persons: list[people.NewPerson] = []
    case_rows: list[dict] = []
    event_rows: list[dict] = []
    for person in persons:
        person_id = _person_id(person, duplicates, result, new_persons)
        for case_plan in cases_of.get(person.key, []):
            case_row = _new_case(numbers, actor, person_id, case_plan)
            case_rows.append(case_row)
            event_rows += [_new_event(case_row["id"], event) for event in case_plan.events]
    people.insert_people(session, actor, new_persons)
    cases.insert_cases(session, actor, case_rows)
    cases.insert_events(session, actor, event_rows)
    result.persons += len(new_persons)
    result.case_numbers += [row["number"] for row in case_rows]
    result.events += len(event_rows)
    return _Written([new.id for new in new_persons], [row["id"] for row in case_rows])


def _person_id(
    person: PersonPlan, duplicates: Duplicates, result: ImportResult, new_persons: list[people.NewPerson]
) -> uuid.UUID:
    if person.duplicate_of and duplicates is Duplicates.LINK:
        result.linked += 1
        return person.duplicate_of[0]
    draft = person.draft
    if person.military_status:
        draft = replace(draft, military_status=person.military_status)
    try:
        new = people.new_person(draft)
    except InvalidInput as error:
        raise _rejected(person.rows[0], error) from error
    new_persons.append(new)
    return new.id


def _new_case(numbers: cases.CaseNumbers, actor: str, person_id: uuid.UUID, plan: CasePlan) -> dict:
    try:
        return cases.new_case(
            numbers,
            actor,
            person_id,
            plan.kind,
            plan.country,
            opened_on=plan.opening_day,
            status=plan.status,
            priority=plan.priority,
            caseworker=plan.caseworker,
            lawyer=plan.lawyer,
            summary=plan.summary,
        )
    except InvalidInput as error:
        raise _rejected(plan.row, error) from error


def _new_event(case_id: uuid.UUID, plan: EventPlan) -> dict:
    """The event `cases.add_event` would create; the plan has checked the order of exits and
    entries over the case's whole timeline (see `plan._exit_order`)."""
    try:
        details = {"place": plan.place, "description": plan.description, "source": plan.source}
        details |= {"country": plan.country, "procedure": plan.procedure}
        return cases.new_event(case_id, plan.kind, plan.when, **details)
    except InvalidInput as error:
        raise _rejected(plan.row, error) from error


def _rejected(row: int, error: InvalidInput) -> ImportRejected:
    problem = RowProblem.from_service(row, error.field, error.reason)
    reason = Phrase(problem.key, problem.params, problem.reason)
    return ImportRejected.about("rejected.row", [problem], row=row, field=error.field, reason=reason)
