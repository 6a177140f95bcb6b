"""Cases and their timelines: events, deadlines and notes.

Every write runs inside the caller's transaction and leaves one audit entry.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Integer, func
from sqlmodel import Session, col, select

from casetracker.catalogue import Entry
from casetracker.dates import PartialDate
from casetracker.errors import InvalidInput, NotFound, reason
from casetracker.services import audit, batch, evaluation
from casetracker.services.people import PersonDetail, get_person
from casetracker.services.validation import RULES, check_country, check_values, check_vocabulary
from casetracker.store.models import Case, Deadline, Event, Note, Person
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
    return _case_number(country, year, _highest_number(session, country, year) + 1)


def _case_number(country: str, year: int, serial: int) -> str:
    return f"{country}-{year}-{serial:04d}"


def _highest_number(session: Session, country: str, year: int) -> int:
    prefix = _case_number(country, year, 0)[:-4]  # "EE-2024-"
    # Numbers from "EE-2024-" up to "EE-2024." (the character after "-"): a range of the unique
    # index on numbers, where LIKE 'EE-2024-%' would read every case.
    highest = session.exec(
        select(func.max(func.cast(func.substr(Case.number, len(prefix) + 1), Integer))).where(
            col(Case.number) >= prefix, col(Case.number) < prefix[:-1] + chr(ord("-") + 1)
        )
    ).one()
    return highest or 0


class CaseNumbers:
    """Numbers for many new cases written in one transaction: one query per country and year,
    then counting on in memory (`next_case_number` asks the store for every case)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._highest: dict[tuple[str, int], int] = {}

    def next(self, country: str, year: int) -> str:
        key = (country, year)
        if key not in self._highest:
            self._highest[key] = _highest_number(self._session, country, year)
        self._highest[key] += 1
        return _case_number(country, year, self._highest[key])


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
    number = next_case_number(session, country, opened_on.year)
    details = (kind, status, priority, caseworker or actor, lawyer, summary)
    case = Case(**_case_fields(number, person.id, country, opened_on, *details))
    session.add(case)
    audit.record(session, actor, "create", case, None, audit.snapshot(case))
    return case


def _case_fields(
    number: str,
    person_id: uuid.UUID,
    country: str,
    opened_on: date,
    kind: CaseKind | str,
    status: CaseStatus | str,
    priority: Priority | str,
    caseworker: str,
    lawyer: str,
    summary: str,
) -> dict:
    """The checked columns of a new case (the number is the caller's)."""
    fields = {
        "kind": kind,
        "country": country,
        "status": status,
        "priority": priority,
        "opened_on": opened_on,
        "caseworker": caseworker,
        "lawyer": lawyer,
        "summary": summary,
    }
    return {"number": number, "person_id": person_id, **check_values(Case, fields)}


def new_case(
    numbers: CaseNumbers,
    actor: str,
    person_id: uuid.UUID,
    kind: CaseKind | str,
    country: str,
    *,
    opened_on: date | None = None,
    status: CaseStatus | str = CaseStatus.OPEN,
    priority: Priority | str = Priority.NORMAL,
    caseworker: str = "",
    lawyer: str = "",
    summary: str = "",
) -> dict:
    """The row `add_case` would create (the same checks and number), for `insert_cases`.

    The person is not looked up here: `insert_cases` checks all of them at once."""
    country = check_country(country)
    opened_on = opened_on or date.today()
    details = (kind, status, priority, caseworker or actor, lawyer, summary)
    fields = _case_fields("", person_id, country, opened_on, *details)  # checked before a number is taken
    fields["number"] = numbers.next(country, opened_on.year)
    return batch.new_row(Case, **fields)


def insert_cases(session: Session, actor: str, rows: list[dict]) -> None:
    """Insert many new cases (`new_case`) in one statement, with the audit entry `add_case` writes
    for each. Every person must be in the store and not in the trash, as `add_case` requires."""
    wanted = {row["person_id"] for row in rows}
    live: set[uuid.UUID] = set()
    for chunk in _chunks(sorted(wanted), 500):
        live.update(
            session.exec(select(Person.id).where(col(Person.id).in_(chunk), col(Person.deleted_at).is_(None)))
        )
    missing = wanted - live
    if missing:
        raise NotFound("person", str(min(missing)))
    batch.insert_rows(session, Case, rows)
    audit.record_created(session, actor, Case, rows)


def _chunks(items: list, size: int) -> list[list]:
    return [items[start : start + size] for start in range(0, len(items), size)]


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


_EDITABLE = ("kind", "status", "priority", "caseworker", "lawyer", "summary", "outcome")
_EDITABLE_CASE_FIELDS = {name: RULES[Case][name] for name in (*_EDITABLE, "opened_on", "closed_on")}


def update_case(session: Session, actor: str, number: str, **changes) -> Case:
    case = find_case(session, number)
    unknown = set(changes) - set(_EDITABLE_CASE_FIELDS)
    if unknown:
        raise InvalidInput(", ".join(sorted(unknown)), reason("not_editable"))
    before = audit.snapshot(case)
    for key, value in changes.items():
        setattr(case, key, _EDITABLE_CASE_FIELDS[key](value))
    if case.closed_on and case.closed_on < case.opened_on:
        raise InvalidInput("closed on", reason("closed_before_opened"))
    case.updated_at = utcnow()
    audit.record(session, actor, "update", case, before, audit.snapshot(case))
    return case


def add_event(
    session: Session,
    actor: str,
    number: str,
    kind: EventKind | str,
    when: PartialDate,
    **details: str,
) -> Event:
    """A new event on the case's timeline. `details`: place, description, source, country (where it
    happened, when not in the case's country) and procedure (of a decision), each optional."""
    case = find_case(session, number)
    kind = check_vocabulary("event kind", kind, EventKind)
    _check_exit_order(session, case.id, kind, when.value)
    event = Event(**_event_fields(case, kind, when, details))
    session.add(event)
    audit.record(session, actor, "create", event, None, audit.snapshot(event))
    evaluation.refresh_deadlines(session, actor, case)
    return event


_EVENT_DETAILS = ("place", "description", "source", "country", "procedure")


def _event_fields(case: Case | uuid.UUID, kind: EventKind | str, when: PartialDate, details: dict) -> dict:
    """The checked columns of a new event of `case` (or of the case with that id)."""
    unknown = set(details) - set(_EVENT_DETAILS)
    if unknown:
        raise InvalidInput(", ".join(sorted(unknown)), reason("not_an_event_detail"))
    fields = {"kind": kind, "date": when.value, "date_precision": when.precision, **details}
    checked = check_values(Event, fields)
    if isinstance(case, Case) and checked.get("country") == case.country:
        checked["country"] = ""  # the case's own country is the default: stored once, on the case
    return {"case_id": case.id if isinstance(case, Case) else case, **checked}


def new_event(case_id: uuid.UUID, kind: EventKind | str, when: PartialDate, **details: str) -> dict:
    """The row `add_event` would create (the same checks), for `insert_events`.

    The order of exits and entries is the caller's to check, over the whole timeline it brings."""
    return batch.new_row(Event, **_event_fields(case_id, kind, when, details))


def insert_events(session: Session, actor: str, rows: list[dict]) -> None:
    """Insert many new events (`new_event`) in one statement, with the audit entry `add_event`
    writes for each. The cases' computed deadlines are the caller's to bring up to date, once
    for all of them (`add_event` re-evaluates its case every time)."""
    batch.insert_rows(session, Event, rows)
    audit.record_created(session, actor, Event, rows)


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
        raise InvalidInput("date", Entry("import", "exit_before_entry", {"first": min(entries)}))


def update_event(session: Session, actor: str, event_id: uuid.UUID, **changes) -> Event:
    event = session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound("event", str(event_id))
    before = audit.snapshot(event)
    if "when" in changes:
        when: PartialDate = changes.pop("when")
        checked = check_values(Event, {"date": when.value, "date_precision": when.precision})
        event.date, event.date_precision = checked["date"], checked["date_precision"]
    for key in ("kind", *_EVENT_DETAILS):
        if key in changes:
            setattr(event, key, RULES[Event][key](changes.pop(key)))
    _check_exit_order(session, event.case_id, EventKind(event.kind), event.date, ignore=event.id)
    if changes:
        raise InvalidInput(", ".join(sorted(changes)), reason("not_editable"))
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
    fields = {"due": due, "kind": kind, "origin": origin, "description": description}
    deadline = Deadline(case_id=case.id, status=DeadlineStatus.OPEN, **check_values(Deadline, fields))
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
    note = Note(case_id=case.id, **check_values(Note, {"text": text, "author": actor}))
    session.add(note)
    audit.record(session, actor, "create", note, None, audit.snapshot(note))
    return note
