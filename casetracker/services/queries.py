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
from casetracker.rules import Evaluation, evaluate
from casetracker.rules.messages import Deferred, Message, Wording, render
from casetracker.services import evaluation, search
from casetracker.services.case_facts import case_facts, facts_for_persons, hex_id
from casetracker.store.models import Case, Deadline, Person, PersonMarker, PersonName
from casetracker.vocabulary import MANUAL_ORIGIN, CaseStatus, DeadlineKind, DeadlineStatus, RiskMarker

SORTABLE = (
    "number", "name", "kind", "country", "status", "priority", "opened_on", "updated_at", "alert",
    "caseworker",
)  # fmt: skip


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
    caseworker: str = ""
    markers: tuple[str, ...] = ()  # the person's risk markers (vocabulary.RiskMarker values)


@dataclass(frozen=True)
class PersonFlags:
    """What the people list marks beside a person: risk markers, and a critical case."""

    markers: tuple[str, ...] = ()
    critical: bool = False


def _markers_of(person_id):
    """The person's risk markers as one comma-separated column of a list query (no query per row)."""
    return (
        select(func.group_concat(PersonMarker.marker, ","))
        .where(PersonMarker.person_id == person_id)
        .scalar_subquery()
    )


def _marker_tuple(joined: str | None) -> tuple[str, ...]:
    """In the vocabulary's order, the gravest first."""
    known = {marker.value: index for index, marker in enumerate(RiskMarker)}
    return tuple(sorted(set(joined.split(",")), key=lambda m: known.get(m, len(known)))) if joined else ()


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
            Case.caseworker,
            _markers_of(Case.person_id),
        )
        .join(Person)
        .where(hex_id(Case.id).in_(ids))
    )
    found = {
        row[0]: CaseListRow(*row[1:-1], markers=_marker_tuple(row[-1])) for row in session.exec(statement)
    }
    return [found[case_id] for case_id in ids if case_id in found]


def person_flags(session: Session, person_ids: list[uuid.UUID]) -> dict[uuid.UUID, PersonFlags]:
    """The risk markers of these persons and whether one of their cases is critical, in one query for
    the whole people list. Persons with neither are left out."""
    if not person_ids:
        return {}
    critical = (
        select(func.count(Case.id))
        .where(Case.person_id == Person.id, Case.alert == "critical", col(Case.deleted_at).is_(None))
        .scalar_subquery()
    )
    statement = select(Person.id, _markers_of(Person.id), critical).where(col(Person.id).in_(person_ids))
    flags = {}
    for person_id, markers, critical_cases in session.exec(statement):
        if markers or critical_cases:
            flags[person_id] = PersonFlags(_marker_tuple(markers), bool(critical_cases))
    return flags


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


# Which tab of the case a dashboard row opens: its rules and deadlines, or its timeline.
RULES_TAB, TIMELINE_TAB = "rules", "timeline"

# The critical findings said first when a case has several: a person's liberty and safety, then the
# days running out, then the risk of the country.
_FIRST_SAID = ("missing", "detained_at_risk", "custody_limit", "remedy_due", "overstay", "stay")


@dataclass(frozen=True)
class DashboardRow:
    """One line of the dashboard: whose case, why it is listed and the day that matters."""

    case_id: uuid.UUID
    number: str
    name: str  # the person's name
    reason: str  # one sentence, in the wording's language; "" where the kind of row says it
    day: date | None
    critical: bool = False  # passed, or a threat to liberty or safety now: shown first and marked
    kind: str = ""  # the deadline's kind, for a row whose reason is empty
    tab: str = RULES_TAB


@dataclass(frozen=True)
class Dashboard:
    overdue: list[DashboardRow]
    upcoming: list[DashboardRow]
    critical: list[DashboardRow]
    recent: list[DashboardRow]
    counts: dict[str, int]  # how many of each there are in all ("overdue", ...), beyond the rows shown
    cases: int  # live cases in the store: none means a first start


# Beyond this many, a panel says "over 999": counting a hundred thousand overdue deadlines exactly
# takes seconds on a large store, and the number would change nothing a caseworker does next.
COUNT_LIMIT = 999


def dashboard(
    session: Session, today: date, wording: Wording | None = None, *, upcoming_days: int = 31, limit: int = 50
) -> Dashboard:
    """What needs attention now: overdue and coming deadlines of open cases, cases at critical risk, and
    recent changes; each row says why, in the wording's language (English by default)."""
    reasons = _Reasons(session, today, wording)
    live = (col(Case.deleted_at).is_(None), Case.status != CaseStatus.CLOSED)
    deadline_live = (Deadline.status == DeadlineStatus.OPEN, col(Deadline.deleted_at).is_(None), *live)
    overdue_when = (Deadline.due < today,)
    upcoming_when = (Deadline.due >= today, Deadline.due <= today + timedelta(days=upcoming_days))

    def deadlines(*conditions) -> list:
        statement = (
            select(Deadline, Case, Person.name)
            .join(Case, Case.id == Deadline.case_id)
            .join(Person, Person.id == Case.person_id)
            .where(*deadline_live, *conditions)
            .order_by(col(Deadline.due), col(Case.number))
            .limit(limit)
        )
        return list(session.exec(statement))

    def deadline_rows(found: list) -> list[DashboardRow]:
        rows = [reasons.deadline(deadline, case, name) for deadline, case, name in found]
        return sorted(rows, key=lambda row: not row.critical)  # stable: by day within each

    def count(rows, *conditions) -> int:
        """How many, up to one more than COUNT_LIMIT (which the dashboard says as "over ...")."""
        first = rows.where(*conditions).limit(COUNT_LIMIT + 1).subquery()
        return session.exec(select(func.count()).select_from(first)).one()

    deadline_count = select(Deadline.id).join(Case, Case.id == Deadline.case_id)
    case_count = select(Case.id)
    critical_cases = session.exec(
        select(Case, Person.name)
        .join(Person, Person.id == Case.person_id)
        .where(*live, Case.alert == "critical")
        .order_by(col(Case.updated_at).desc())
        .limit(limit)
    ).all()
    overdue, upcoming = deadlines(*overdue_when), deadlines(*upcoming_when)
    reasons.prepare(
        [case for _deadline, case, _name in overdue + upcoming] + [c for c, _name in critical_cases]
    )
    critical = sorted(
        (reasons.critical(case, name) for case, name in critical_cases),
        key=lambda row: (row.day is None, row.day or today),
    )
    recent = [
        DashboardRow(case.id, case.number, name, "", case.updated_at.date(), tab=TIMELINE_TAB)
        for case, name in session.exec(
            select(Case, Person.name)
            .join(Person, Person.id == Case.person_id)
            .where(col(Case.deleted_at).is_(None))
            .order_by(col(Case.updated_at).desc())
            .limit(10)
        )
    ]
    counts = {
        "overdue": count(deadline_count, *deadline_live, *overdue_when),
        "upcoming": count(deadline_count, *deadline_live, *upcoming_when),
        "critical": count(case_count, *live, Case.alert == "critical"),
        "recent": len(recent),
    }
    cases = session.exec(select(func.count()).select_from(Case).where(col(Case.deleted_at).is_(None))).one()
    return Dashboard(deadline_rows(overdue), deadline_rows(upcoming), critical, recent, counts, cases)


class _Reasons:
    """Why a deadline or a case is on the dashboard, in the rule engine's own words: each case shown is
    evaluated once, on `today`."""

    def __init__(self, session: Session, today: date, wording: Wording | None) -> None:
        self.session, self.today, self.wording = session, today, wording
        self.profiles = None
        self.evaluations: dict[uuid.UUID, Evaluation] = {}

    def prepare(self, cases: list[Case]) -> None:
        """Evaluate every case shown at once: the facts of all of them are read in a few statements,
        not in a few for each case."""
        shown = {case.id for case in cases} - set(self.evaluations)
        if not shown:
            return
        if self.profiles is None:
            self.profiles = evaluation.profiles_in_use(self.session)
        persons = sorted({case.person_id.hex for case in cases if case.id in shown})
        for facts, row in facts_for_persons(self.session, persons):
            if row.uuid in shown:
                self.evaluations[row.uuid] = evaluate(facts, self.profiles, self.today)

    def evaluation(self, case: Case) -> Evaluation:
        if case.id not in self.evaluations:
            if self.profiles is None:
                self.profiles = evaluation.profiles_in_use(self.session)
            self.evaluations[case.id] = evaluate(case_facts(self.session, case), self.profiles, self.today)
        return self.evaluations[case.id]

    def deadline(self, deadline: Deadline, case: Case, name: str) -> DashboardRow:
        overdue = deadline.due < self.today
        if deadline.origin == MANUAL_ORIGIN:  # the caseworker's own words
            return DashboardRow(
                case.id, case.number, name, deadline.description, deadline.due, overdue, deadline.kind
            )
        result = self.evaluation(case)
        event = deadline.event_id.hex if deadline.event_id else None
        alarm = next(
            (
                f
                for f in result.findings
                if f.severity == "critical" and f.rule == deadline.origin and f.event_id == event
            ),
            None,
        )
        if alarm is not None:  # "2 days left to challenge the refusal ..., and no appeal is recorded."
            reason = render(_head(alarm.message), self.wording)
        else:
            computed = next(
                (d for d in result.deadlines if d.rule == deadline.origin and d.event_id == event), None
            )
            reason = render(_head(computed.message), self.wording) if computed is not None else ""
            if computed is None and deadline.kind == DeadlineKind.STAY_END:
                reason = render(evaluation.STAY_END, self.wording)
        return DashboardRow(
            case.id, case.number, name, reason, deadline.due, overdue or alarm is not None, deadline.kind
        )

    def critical(self, case: Case, name: str) -> DashboardRow:
        alarms = [f for f in self.evaluation(case).findings if f.severity == "critical"]
        alarms.sort(key=lambda f: _FIRST_SAID.index(f.kind) if f.kind in _FIRST_SAID else len(_FIRST_SAID))
        if not alarms:  # its alert is from an evaluation of another day
            return DashboardRow(case.id, case.number, name, "", None, True)
        head = _head(alarms[0].message)
        params = head.params if isinstance(head, Message) else {}
        day = next((params[k] for k in ("due", "day", "since") if isinstance(params.get(k), date)), None)
        return DashboardRow(case.id, case.number, name, render(head, self.wording), day, True)


def _head(message: Message | str | Deferred) -> Message | str:
    """The first sentence of a message made of several (the rest are details and caveats)."""
    if isinstance(message, Deferred):
        message = message.resolve()
    while isinstance(message, Message) and message.key == "sentences":
        message = message.params["parts"].items[0]
    return message
