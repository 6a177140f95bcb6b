"""Evaluating many cases at once: the whole store, or every case in one country.

Facts are read in pages of persons, a handful of queries per page instead of
several per case, so that all 100k cases of a large organisation can be checked
against the rules in seconds (after a profile update, for example).
"""

from collections.abc import Iterator
from datetime import date

from sqlmodel import Session

from casetracker.rules import Evaluation, ProfileSet, evaluate
from casetracker.services.case_facts import CaseRow, facts_for_persons, live_person_ids
from casetracker.services.evaluation import DeadlineChanges, profiles_in_use, store_computed_deadlines
from casetracker.store.models import Case

PAGE = 2000  # persons per page: a few thousand rows of each table in memory at a time


def evaluate_all(
    session: Session, on: date, *, country: str | None = None, profiles: ProfileSet | None = None
) -> Iterator[tuple[CaseRow, Evaluation]]:
    """Every live case (or every case in `country`) with what the rules say about it on `on`."""
    profiles = profiles or profiles_in_use(session)
    every_person = live_person_ids(session, country)
    for start in range(0, len(every_person), PAGE):
        for facts, row in facts_for_persons(session, every_person[start : start + PAGE]):
            if country is None or row.country == country:
                yield row, evaluate(facts, profiles, on)


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
