"""Evaluating many cases at once: the whole store, or every case in one country.

Facts are read with a handful of queries instead of several per case: a few
persons' cases in one page of look-ups by id, many in one pass over each table.
So all 100k cases of a large organisation are checked against the rules in
seconds (after a profile update, for example).
"""

from collections.abc import Iterator
from datetime import date

from sqlmodel import Session

from casetracker.rules import CaseFacts, Evaluation, ProfileSet, evaluate
from casetracker.services.case_facts import CaseRow, facts_for_every_case, facts_for_persons, live_person_ids
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
