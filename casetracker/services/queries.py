"""Read-only views for the screens: the case list page by page, and the dashboard.

Sorting and filtering happen in SQL, so a list of 100k cases costs one small
query per visible page.
"""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from casetracker.names import fold
from casetracker.services import search
from casetracker.services.case_facts import hex_id
from casetracker.store.models import Case, Deadline, Person, PersonName
from casetracker.vocabulary import DeadlineStatus

SORTABLE = ("number", "name", "kind", "country", "status", "priority", "opened_on", "updated_at", "alert")


@dataclass(frozen=True)
class CaseFilter:
    kind: str | None = None
    country: str | None = None
    status: str | None = None
    priority: str | None = None
    caseworker: str | None = None
    alert: str | None = None
    text: str = ""  # a substring of the number, the person's name or any spelling of it, or the summary


@dataclass(frozen=True)
class CaseListRow:
    id: uuid.UUID
    number: str
    name: str
    kind: str
    country: str
    status: str
    priority: str
    opened_on: date
    updated_at: datetime
    alert: str
    next_due: date | None = None


def _filtered(statement, case_filter: CaseFilter, person_ids: list | None = None):
    """`person_ids`: the persons whose name in any spelling matches the text (see _named)."""
    statement = statement.where(col(Case.deleted_at).is_(None))
    for field in ("kind", "country", "status", "priority", "caseworker", "alert"):
        value = getattr(case_filter, field)
        if value:
            statement = statement.where(getattr(Case, field) == value)
    text = fold(case_filter.text.strip())
    if text:

        def contains(column):
            return func.ct_fold(column).contains(text, autoescape=True)

        spelled = select(PersonName.person_id).where(contains(PersonName.text))
        statement = statement.where(
            or_(
                contains(Case.number),
                contains(Person.name),
                col(Case.person_id).in_(spelled),
                col(Case.person_id).in_(person_ids or []),
                contains(Case.summary),
            )
        )
    return statement


def _named(session: Session, case_filter: CaseFilter) -> list:
    """Persons whose name matches the search text in any script or passport spelling."""
    text = case_filter.text.strip()
    return search.matching_person_ids(session, text) if text else []


def count_cases(session: Session, case_filter: CaseFilter) -> int:
    statement = select(func.count()).select_from(Case).join(Person)
    statement = _filtered(statement, case_filter, _named(session, case_filter))
    return session.exec(statement).one()


def case_ids(
    session: Session, case_filter: CaseFilter, sort: str = "number", descending: bool = False
) -> list[str]:
    """The (hex) ids of every matching case in display order: cheap enough for 100k cases, so the
    list can hold them all and fetch only the rows on screen (see case_rows)."""
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort}")
    column = Person.name if sort == "name" else getattr(Case, sort)
    order = col(column).desc() if descending else col(column).asc()
    statement = select(hex_id(Case.id))
    if sort == "name" or case_filter.text.strip():  # the join costs a lookup per case: only when needed
        statement = statement.join(Person)
    statement = _filtered(statement, case_filter, _named(session, case_filter)).order_by(
        order, col(Case.number)
    )
    return list(session.connection().execute(statement).scalars())


def case_rows(session: Session, ids: list[str]) -> list[CaseListRow]:
    """The list rows of these cases, in the order of `ids`."""
    next_due = (
        select(func.min(Deadline.due))
        .where(
            Deadline.case_id == Case.id,
            Deadline.status == DeadlineStatus.OPEN,
            col(Deadline.deleted_at).is_(None),
        )
        .scalar_subquery()
    )
    statement = (
        select(
            hex_id(Case.id),
            Case.id,
            Case.number,
            Person.name,
            Case.kind,
            Case.country,
            Case.status,
            Case.priority,
            Case.opened_on,
            Case.updated_at,
            Case.alert,
            next_due,
        )
        .join(Person)
        .where(hex_id(Case.id).in_(ids))
    )
    found = {row[0]: CaseListRow(*row[1:]) for row in session.exec(statement)}
    return [found[case_id] for case_id in ids if case_id in found]


def case_page(
    session: Session, case_filter: CaseFilter, sort: str, descending: bool, offset: int, limit: int
) -> list[CaseListRow]:
    ids = case_ids(session, case_filter, sort, descending)
    return case_rows(session, ids[offset : offset + limit])


def caseworkers(session: Session) -> list[str]:
    rows = session.exec(
        select(Case.caseworker).where(col(Case.deleted_at).is_(None), Case.caseworker != "").distinct()
    )
    return sorted(rows)


@dataclass(frozen=True)
class DeadlineRow:
    case_id: uuid.UUID
    number: str
    due: date
    kind: str
    description: str


@dataclass(frozen=True)
class Dashboard:
    overdue: list[DeadlineRow]
    upcoming: list[DeadlineRow]
    critical: list[CaseListRow]
    recent: list[CaseListRow]


def dashboard(session: Session, today: date, *, upcoming_days: int = 14, limit: int = 50) -> Dashboard:
    """What needs attention now: overdue and coming deadlines, critical cases, recent changes."""

    def deadlines(*conditions) -> list[DeadlineRow]:
        statement = (
            select(Deadline.case_id, Case.number, Deadline.due, Deadline.kind, Deadline.description)
            .join(Case, Case.id == Deadline.case_id)
            .where(
                Deadline.status == DeadlineStatus.OPEN,
                col(Deadline.deleted_at).is_(None),
                col(Case.deleted_at).is_(None),
                *conditions,
            )
            .order_by(col(Deadline.due))
            .limit(limit)
        )
        return [DeadlineRow(*row) for row in session.exec(statement)]

    overdue = deadlines(Deadline.due < today)
    upcoming = deadlines(Deadline.due >= today, Deadline.due <= today + timedelta(days=upcoming_days))
    critical = _latest(session, limit, Case.alert == "critical")
    recent = _latest(session, 10)
    return Dashboard(overdue, upcoming, critical, recent)


def _latest(session: Session, limit: int, *conditions) -> list[CaseListRow]:
    statement = (
        select(hex_id(Case.id))
        .where(col(Case.deleted_at).is_(None), *conditions)
        .order_by(col(Case.updated_at).desc())
        .limit(limit)
    )
    return case_rows(session, list(session.connection().execute(statement).scalars()))
