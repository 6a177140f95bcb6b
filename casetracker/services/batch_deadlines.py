"""The computed deadlines of many new cases at once (an import of thousands of cases).

For a case that has no computed deadline yet, `evaluation.store_computed_deadlines` adds one
deadline, with its audit entry, for each the rules compute, and keeps the case's alert level;
here the same rows and entries are written for many cases in a few statements, with the facts
read for many persons per query (`case_facts.facts_for_persons`), as the whole-store
evaluation (`bulk_evaluation`) reads them.
"""

import uuid
from collections.abc import Iterator
from datetime import date

from sqlalchemy import bindparam, func, update
from sqlmodel import Session, col, select

from casetracker.rules import ComputedDeadline, evaluate
from casetracker.services import audit, batch
from casetracker.services.bulk_evaluation import PAGE
from casetracker.services.case_facts import facts_for_persons, hex_id
from casetracker.services.evaluation import deadline_fields, profiles_in_use, wanted_deadlines
from casetracker.store.models import Case, Deadline
from casetracker.vocabulary import MANUAL_ORIGIN


def store_new_case_deadlines(
    session: Session, actor: str, case_ids: list[uuid.UUID], on: date | None = None
) -> int:
    """Store the computed deadlines and alert levels of these new cases; returns how many deadlines.

    Raises ValueError, changing nothing, if one of them already has a computed deadline: those
    are brought up to date by `evaluation.refresh_deadlines`, which also moves and withdraws."""
    profiles = profiles_in_use(session)
    on = on or date.today()
    deadlines: list[dict] = []
    alerts: list[dict] = []
    for page in _pages(case_ids):
        wanted = {case_id.hex for case_id in page}
        _check_new(session, wanted)
        persons = session.exec(select(hex_id(Case.person_id)).where(hex_id(Case.id).in_(wanted)).distinct())
        for facts, row in facts_for_persons(session, sorted(persons)):
            if row.id not in wanted:
                continue  # another case of the same person
            result = evaluate(facts, profiles, on)
            deadlines += [_row(row.uuid, d) for d in wanted_deadlines(row.country, result).values()]
            if result.worst != Case.model_fields["alert"].default:
                alerts.append({"case": row.uuid, "alert": result.worst})
    batch.insert_rows(session, Deadline, deadlines)
    audit.record_created(session, actor, Deadline, deadlines)
    if alerts:
        table = Case.__table__
        session.connection().execute(
            update(table).where(table.c.id == bindparam("case")).values(alert=bindparam("alert")), alerts
        )
    return len(deadlines)


def _pages(case_ids: list[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    for start in range(0, len(case_ids), PAGE):
        yield case_ids[start : start + PAGE]


def _check_new(session: Session, case_ids: set[str]) -> None:
    computed = session.exec(
        select(func.count())
        .select_from(Deadline)
        .where(
            hex_id(Deadline.case_id).in_(case_ids),
            Deadline.origin != MANUAL_ORIGIN,
            col(Deadline.deleted_at).is_(None),
        )
    ).one()
    if computed:
        raise ValueError(f"{computed} computed deadline(s) exist already: these cases are not new")


def _row(case_id: uuid.UUID, computed: ComputedDeadline) -> dict:
    return batch.new_row(Deadline, **deadline_fields(case_id, computed))
