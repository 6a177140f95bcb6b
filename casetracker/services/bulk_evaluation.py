"""Evaluating many cases at once: the whole store, or every case in one country.

Facts are read with a handful of queries instead of several per case: a few
persons' cases in one page of look-ups by id, many in one pass over each table.
So all 100k cases of a large organisation are checked against the rules in
seconds (after a profile update, for example).
"""

import uuid
from collections.abc import Iterator
from datetime import date

from sqlalchemy import bindparam, update
from sqlmodel import Session, select

from casetracker.rules import CaseFacts, Evaluation, ProfileSet, evaluate
from casetracker.services.case_facts import (
    CaseRow,
    facts_for_every_case,
    facts_for_persons,
    hex_id,
    live_person_ids,
)
from casetracker.services.evaluation import DeadlineChanges, profiles_in_use, store_computed_deadlines
from casetracker.store.models import Case

# Persons per page of look-ups by id: a few thousand rows of each table in memory at a time. The
# cases of more persons are read in one pass over each table, quicker than that many look-ups.
PAGE = 2000


def evaluate_all(
    session: Session, on: date, *, country: str | None = None, profiles: ProfileSet | None = None
) -> Iterator[tuple[CaseRow, Evaluation]]:
    """Every live case (or every case in `country`) with what the rules say about it on `on`."""
    profiles = profiles or profiles_in_use(session)
    for facts, row in live_case_facts(session, country):
        if country is None or row.country == country:
            yield row, evaluate(facts, profiles, on)


def live_case_facts(session: Session, country: str | None = None) -> Iterator[tuple[CaseFacts, CaseRow]]:
    """The facts of every live case of the persons with a live case (in `country` if given):
    up to a page of persons by their ids, more in one pass over the whole store."""
    persons = live_person_ids(session, country, limit=PAGE + 1)
    if len(persons) <= PAGE:
        return facts_for_persons(session, persons)
    return facts_for_every_case(session, country)


def refresh_all_deadlines(
    session: Session, actor: str, on: date | None = None, *, country: str | None = None
) -> DeadlineChanges:
    """Recompute the stored deadlines of every case (after a profile or override change)."""
    totals = DeadlineChanges()
    for row, result in evaluate_all(session, on or date.today(), country=country):
        case = session.get(Case, row.uuid)
        changes = store_computed_deadlines(session, actor, case, result)
        totals.added += changes.added
        totals.moved += changes.moved
        totals.withdrawn += changes.withdrawn
    return totals


def refresh_alerts(session: Session, case_ids: set, on: date | None = None) -> int:
    """Bring the alert level of these cases (and their persons' other live cases, whose facts they
    share) in line with the rules, without touching their deadlines; how many changed.

    For cases whose deadlines were worked out elsewhere (a team member's laptop) and arrive with
    them: only the alert level, which is each store's own, is left to compute. Returns how many
    cases were evaluated."""
    if not case_ids:
        return 0
    ids = [uuid.UUID(str(case_id)).hex for case_id in case_ids]
    persons: set[str] = set()
    for start in range(0, len(ids), PAGE):
        chunk = ids[start : start + PAGE]
        persons |= {row.hex for row in session.exec(select(Case.person_id).where(hex_id(Case.id).in_(chunk)))}
    profiles = profiles_in_use(session)
    day = on or date.today()
    changed = []
    ordered = sorted(persons)
    for start in range(0, len(ordered), PAGE):
        for facts, row in facts_for_persons(session, ordered[start : start + PAGE]):
            changed.append({"id": row.uuid, "alert": evaluate(facts, profiles, day).worst})
    for start in range(0, len(changed), PAGE):
        session.connection().execute(
            update(Case).where(Case.id == bindparam("case_id")).values(alert=bindparam("new_alert")),
            [{"case_id": item["id"], "new_alert": item["alert"]} for item in changed[start : start + PAGE]],
        )
    return len(changed)
