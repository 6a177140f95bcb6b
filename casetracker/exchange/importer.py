"""Importing a spreadsheet of persons, cases and events through the services.

All or nothing: everything happens in the caller's transaction, and any rejected row,
unresolved likely duplicate or failure raises before the caller commits, so nothing is
half-imported. Persons and cases are created by `people.add_person` and `cases.add_case`;
events as `cases.add_event` creates them (same checks, same audit entry), with the computed
deadlines brought up to date once per imported case at the end (see `_add_event`).
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlmodel import Session

from casetracker.errors import CaseTrackerError, InvalidInput
from casetracker.exchange import mapping as mapping_module
from casetracker.exchange.mapping import Overrides
from casetracker.exchange.plan import (
    CasePlan,
    DuplicateFinder,
    EventPlan,
    ImportPlan,
    PersonPlan,
    plan_import,
    simple_duplicates,
)
from casetracker.exchange.problems import ImportRejected, RowProblem
from casetracker.exchange.sheets import MAX_FILE_BYTES
from casetracker.rules import evaluate
from casetracker.services import audit, cases, evaluation, people
from casetracker.services.bulk_evaluation import PAGE
from casetracker.services.case_facts import facts_for_persons
from casetracker.services.validation import check_text, check_vocabulary
from casetracker.store.models import Case, Event
from casetracker.vocabulary import EventKind


class Duplicates(StrEnum):
    """What to do with a person who is likely already in the store."""

    STOP = "stop"  # refuse the import and list them (the default)
    LINK = "link"  # put the imported cases on the person already in the store
    CREATE = "create"  # create a new person all the same


class ImportCancelled(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


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
    find_duplicates: DuplicateFinder = simple_duplicates,
    max_bytes: int = MAX_FILE_BYTES,
    progress: Progress | None = None,
) -> ImportResult:
    """Import a CSV or XLSX file of persons, cases and events; see `plan_import` for the preview."""
    plan = plan_import(session, path, mapping=mapping, max_bytes=max_bytes, find_duplicates=find_duplicates)
    return apply_plan(
        session,
        actor,
        plan,
        dry_run=dry_run,
        only_good_rows=only_good_rows,
        duplicates=duplicates,
        progress=progress,
    )


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
        raise ImportRejected(
            f"{len(plan.bad_rows)} row(s) of {plan.file} cannot be imported, so nothing was imported. "
            "Correct them, or choose to import only the good rows:",
            plan.problems,
        )
    if plan.duplicates and duplicates is Duplicates.STOP:
        raise ImportRejected(
            f"{len(plan.duplicates)} person(s) in {plan.file} are likely already in the store (same name and "
            "date of birth), so nothing was imported. Choose to link their cases to the persons already "
            "there, or to create new persons all the same:",
            [
                RowProblem(p.rows[0], "", f"likely the same person as {', '.join(map(str, p.duplicate_of))}")
                for p in plan.duplicates
            ],
        )
    if plan.rows_read == 0:
        raise ImportRejected(f"{plan.file} has headings but no rows to import.")
    result = ImportResult(plan, dry_run, skipped_rows=plan.bad_rows)
    savepoint = session.begin_nested() if dry_run else None
    try:
        _create(session, actor, plan, duplicates, result, progress)
        if not dry_run:
            mapping_module.remember(session, plan.mapping)
        session.flush()
    finally:
        if savepoint is not None and savepoint.is_active:
            savepoint.rollback()
    return result


def _create(
    session: Session,
    actor: str,
    plan: ImportPlan,
    duplicates: Duplicates,
    result: ImportResult,
    progress: Progress | None,
) -> None:
    cases_of: dict[tuple, list[CasePlan]] = {}
    for case in plan.cases:
        cases_of.setdefault(case.person_key, []).append(case)
    created: list[tuple[Case, CasePlan]] = []
    total = len(plan.persons)
    for done, person in enumerate(plan.persons, start=1):
        person_id = _person_id(session, actor, person, duplicates, result)
        for case in cases_of.get(person.key, []):
            created.append((_create_case(session, actor, person_id, case), case))
        if progress is not None and progress(done, total) is False:
            raise ImportCancelled()
    session.flush()  # the tables declare no relationships: cases must exist before their events
    for case, case_plan in created:
        for event in case_plan.events:
            _add_event(session, actor, case, event)
            result.events += 1
        result.case_numbers.append(case.number)
    session.flush()
    refresh_deadlines(session, actor, [case for case, _ in created])


def _person_id(
    session: Session, actor: str, person: PersonPlan, duplicates: Duplicates, result: ImportResult
) -> uuid.UUID:
    if person.duplicate_of and duplicates is Duplicates.LINK:
        result.linked += 1
        return person.duplicate_of[0]
    try:
        detail = people.add_person(session, actor, person.draft)
        if person.military_status:
            people.update_person(session, actor, detail.person.id, military_status=person.military_status)
    except InvalidInput as error:
        raise _rejected(person.rows[0], error) from error
    result.persons += 1
    return detail.person.id


def _create_case(session: Session, actor: str, person_id: uuid.UUID, plan: CasePlan) -> Case:
    try:
        return cases.add_case(
            session,
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


def _add_event(session: Session, actor: str, case: Case, plan: EventPlan) -> Event:
    """What `cases.add_event` does (the same checks, row and audit entry), except that the computed
    deadlines are brought up to date once per case at the end, not after every event: the same
    deadlines, without a full evaluation per row (a 10,000-row sheet would take minutes)."""
    try:
        kind = check_vocabulary("event kind", plan.kind, EventKind)
        event = Event(
            case_id=case.id,
            kind=kind,
            date=plan.when.value,
            date_precision=plan.when.precision,
            place=check_text("place", plan.place),
            description=check_text("description", plan.description),
            source=check_text("source", plan.source),
        )
    except InvalidInput as error:
        raise _rejected(plan.row, error) from error
    session.add(event)
    audit.record(session, actor, "create", event, None, audit.snapshot(event))
    return event


def refresh_deadlines(session: Session, actor: str, created: list[Case], on: date | None = None) -> None:
    """Compute the deadlines of the imported cases, reading the facts of many persons per query."""
    wanted = {case.id.hex: case for case in created}
    persons = sorted({case.person_id.hex for case in created})
    profiles = evaluation.profiles_in_use(session)
    on = on or date.today()
    for start in range(0, len(persons), PAGE):
        for facts, row in facts_for_persons(session, persons[start : start + PAGE]):
            case = wanted.get(row.id)
            if case is not None:
                evaluation.store_computed_deadlines(session, actor, case, evaluate(facts, profiles, on))


def _rejected(row: int, error: InvalidInput) -> ImportRejected:
    return ImportRejected(
        f"Row {row} cannot be imported ({error}); nothing was imported.",
        [RowProblem(row, error.field, error.reason)],
    )
