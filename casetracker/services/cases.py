"""Cases and their timelines: events, deadlines and notes.

Every write runs inside the caller's transaction and leaves one audit entry.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Integer, func
from sqlmodel import Session, col, select

from casetracker.dates import PartialDate
from casetracker.errors import InvalidInput, NotFound
from casetracker.services import audit, evaluation
from casetracker.services.people import PersonDetail, get_person
from casetracker.services.validation import check_country, check_text, check_vocabulary
from casetracker.store.models import Case, Deadline, Event, Note
from casetracker.store.types import utcnow
from casetracker.vocabulary import (
    MANUAL_ORIGIN,
    CaseKind,
    CaseStatus,
    DeadlineKind,
    DeadlineStatus,
    EventKind,
    Priority,
)


@dataclass
class CaseDetail:
    case: Case
    person: PersonDetail
    events: list[Event] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def next_case_number(session: Session, country: str, year: int) -> str:
    """The next free number for the country and year, such as EE-2024-0003.

    Numbers of cases in the trash stay taken, so a number is never given twice.
    """
    prefix = f"{country}-{year}-"
    highest = session.exec(
        select(func.max(func.cast(func.substr(Case.number, len(prefix) + 1), Integer))).where(
            col(Case.number).startswith(prefix)
        )
    ).one()
    return f"{prefix}{(highest or 0) + 1:04d}"


def add_case(
    session: Session,
    actor: str,
    person_id: uuid.UUID | str,
    kind: CaseKind | str,
    country: str,
    *,
    opened_on: date | None = None,
    status: CaseStatus | str = CaseStatus.OPEN,
    priority: Priority | str = Priority.NORMAL,
    caseworker: str = "",
    lawyer: str = "",
    summary: str = "",
) -> Case:
    person = get_person(session, person_id).person
    country = check_country(country)
    opened_on = opened_on or date.today()
    case = Case(
        number=next_case_number(session, country, opened_on.year),
        person_id=person.id,
        kind=check_vocabulary("case kind", kind, CaseKind),
        country=country,
        status=check_vocabulary("status", status, CaseStatus),
        priority=check_vocabulary("priority", priority, Priority),
        opened_on=opened_on,
        caseworker=check_text("caseworker", caseworker or actor),
        lawyer=check_text("lawyer", lawyer),
        summary=check_text("summary", summary),
    )
    session.add(case)
    audit.record(session, actor, "create", case, None, audit.snapshot(case))
    return case


def find_case(session: Session, number: str, *, include_deleted: bool = False) -> Case:
    case = session.exec(select(Case).where(Case.number == number.strip().upper())).first()
    if case is None or (case.deleted_at is not None and not include_deleted):
        raise NotFound("case", number)
    return case


def case_detail(session: Session, number: str) -> CaseDetail:
    case = find_case(session, number)
    return CaseDetail(
        case,
        person=get_person(session, case.person_id, include_deleted=True),
        events=timeline(session, case.id),
        deadlines=list(
            session.exec(
                select(Deadline)
                .where(Deadline.case_id == case.id, col(Deadline.deleted_at).is_(None))
                .order_by(col(Deadline.due))
            )
        ),
        notes=list(
            session.exec(
                select(Note)
                .where(Note.case_id == case.id, col(Note.deleted_at).is_(None))
                .order_by(col(Note.created_at))
            )
        ),
    )


def timeline(session: Session, case_id: uuid.UUID) -> list[Event]:
    statement = (
        select(Event)
        .where(Event.case_id == case_id, col(Event.deleted_at).is_(None))
        .order_by(col(Event.date), col(Event.created_at))
    )
    return list(session.exec(statement))


def list_cases(
    session: Session,
    *,
    country: str | None = None,
    kind: str | None = None,
    status: str | None = None,
    limit: int | None = None,
) -> list[Case]:
    statement = select(Case).where(col(Case.deleted_at).is_(None))
    if country:
        statement = statement.where(Case.country == check_country(country))
    if kind:
        statement = statement.where(Case.kind == check_vocabulary("case kind", kind, CaseKind))
    if status:
        statement = statement.where(Case.status == check_vocabulary("status", status, CaseStatus))
    return list(session.exec(statement.order_by(col(Case.number)).limit(limit)))


def count_cases(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Case).where(col(Case.deleted_at).is_(None))).one()


_EDITABLE_CASE_FIELDS = {
    "kind": lambda value: check_vocabulary("case kind", value, CaseKind),
    "status": lambda value: check_vocabulary("status", value, CaseStatus),
    "priority": lambda value: check_vocabulary("priority", value, Priority),
    "caseworker": lambda value: check_text("caseworker", value),
    "lawyer": lambda value: check_text("lawyer", value),
    "summary": lambda value: check_text("summary", value),
    "outcome": lambda value: check_text("outcome", value),
    "opened_on": lambda value: value,
    "closed_on": lambda value: value,
}


def update_case(session: Session, actor: str, number: str, **changes) -> Case:
    case = find_case(session, number)
    unknown = set(changes) - set(_EDITABLE_CASE_FIELDS)
    if unknown:
        raise InvalidInput(", ".join(sorted(unknown)), "cannot be changed this way")
    before = audit.snapshot(case)
    for key, value in changes.items():
        setattr(case, key, _EDITABLE_CASE_FIELDS[key](value))
    if case.closed_on and case.closed_on < case.opened_on:
        raise InvalidInput("closed on", "is before the day the case was opened")
    case.updated_at = utcnow()
    audit.record(session, actor, "update", case, before, audit.snapshot(case))
    return case


def add_event(
    session: Session,
    actor: str,
    number: str,
    kind: EventKind | str,
    when: PartialDate,
    *,
    place: str = "",
    description: str = "",
    source: str = "",
) -> Event:
    case = find_case(session, number)
    kind = check_vocabulary("event kind", kind, EventKind)
    _check_exit_order(session, case.id, kind, when.value)
    event = Event(
        case_id=case.id,
        kind=kind,
        date=when.value,
        date_precision=when.precision,
        place=check_text("place", place),
        description=check_text("description", description),
        source=check_text("source", source),
    )
    session.add(event)
    audit.record(session, actor, "create", event, None, audit.snapshot(event))
    evaluation.refresh_deadlines(session, actor, case)
    return event


def _check_exit_order(
    session: Session, case_id: uuid.UUID, kind: EventKind, day: date, ignore: uuid.UUID | None = None
) -> None:
    """An exit must come after an entry of the same case, when the case records entries at all."""
    if kind is not EventKind.EXIT:
        return
    entries = [
        event.date
        for event in timeline(session, case_id)
        if event.kind == EventKind.ENTRY and event.id != ignore
    ]
    if entries and min(entries) > day:
        raise InvalidInput("date", f"the exit is before the first entry ({min(entries).isoformat()})")


def update_event(session: Session, actor: str, event_id: uuid.UUID, **changes) -> Event:
    event = session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound("event", str(event_id))
    before = audit.snapshot(event)
    if "when" in changes:
        when: PartialDate = changes.pop("when")
        event.date, event.date_precision = when.value, when.precision
    if "kind" in changes:
        event.kind = check_vocabulary("event kind", changes.pop("kind"), EventKind)
    _check_exit_order(session, event.case_id, EventKind(event.kind), event.date, ignore=event.id)
    for key in ("place", "description", "source"):
        if key in changes:
            setattr(event, key, check_text(key, changes.pop(key)))
    if changes:
        raise InvalidInput(", ".join(sorted(changes)), "cannot be changed this way")
    event.updated_at = utcnow()
    audit.record(session, actor, "update", event, before, audit.snapshot(event))
    evaluation.refresh_deadlines(session, actor, session.get(Case, event.case_id))
    return event


def add_deadline(
    session: Session,
    actor: str,
    number: str,
    due: date,
    kind: DeadlineKind | str,
    *,
    description: str = "",
    origin: str = MANUAL_ORIGIN,
) -> Deadline:
    case = find_case(session, number)
    deadline = Deadline(
        case_id=case.id,
        due=due,
        kind=check_vocabulary("deadline kind", kind, DeadlineKind),
        origin=origin,
        status=DeadlineStatus.OPEN,
        description=check_text("description", description),
    )
    session.add(deadline)
    audit.record(session, actor, "create", deadline, None, audit.snapshot(deadline))
    return deadline


def set_deadline_status(
    session: Session, actor: str, deadline_id: uuid.UUID, status: DeadlineStatus | str
) -> Deadline:
    deadline = session.get(Deadline, deadline_id)
    if deadline is None or deadline.deleted_at is not None:
        raise NotFound("deadline", str(deadline_id))
    before = audit.snapshot(deadline)
    deadline.status = check_vocabulary("deadline status", status, DeadlineStatus)
    deadline.updated_at = utcnow()
    audit.record(session, actor, "update", deadline, before, audit.snapshot(deadline))
    return deadline


def add_note(session: Session, actor: str, number: str, text: str) -> Note:
    case = find_case(session, number)
    note = Note(case_id=case.id, text=check_text("note", text, required=True), author=actor)
    session.add(note)
    audit.record(session, actor, "create", note, None, audit.snapshot(note))
    return note
