"""Checking cases against the country rule profiles, and keeping computed deadlines in step.

The engine in `casetracker.rules` is pure; this module hands it a case's facts
from the store and stores the deadlines it computes, with the rule as origin.
Deadlines entered by hand are never touched here.
"""

import functools
import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from casetracker.rules import (
    CaseFacts,
    ComputedDeadline,
    DocumentFact,
    Evaluation,
    EventFact,
    Problem,
    ProfileSet,
    RuleOverride,
    check_override,
    evaluate,
    load_shipped,
)
from casetracker.services import audit
from casetracker.store.models import Case, Deadline, Event, PersonMarker, RuleOverrideRow, TravelDocument
from casetracker.store.types import utcnow
from casetracker.vocabulary import (
    MANUAL_ORIGIN,
    CaseKind,
    DatePrecision,
    DeadlineKind,
    DeadlineStatus,
    DocumentKind,
    EventKind,
    RiskMarker,
)

_TRAVEL_KINDS = (EventKind.ENTRY, EventKind.EXIT)


@functools.cache
def shipped_profiles() -> tuple[ProfileSet, tuple[Problem, ...]]:
    """The profiles shipped with the app, loaded once; a broken file is reported, the rest used."""
    profiles, problems = load_shipped()
    return profiles, tuple(problems)


def profiles_in_use(session: Session) -> ProfileSet:
    """The shipped profiles with this organisation's local corrections applied."""
    shipped, _ = shipped_profiles()
    return shipped.with_overrides(stored_overrides(session))


def stored_overrides(session: Session) -> list[RuleOverride]:
    rows = session.exec(
        select(RuleOverrideRow)
        .where(col(RuleOverrideRow.deleted_at).is_(None))
        .order_by(RuleOverrideRow.created_at)
    )
    return [RuleOverride(row.country, row.rule_id, row.field, row.value, row.reason) for row in rows]


def add_override(session: Session, actor: str, override: RuleOverride) -> RuleOverrideRow:
    """Store a local correction of a rule after checking it against the shipped profile."""
    from casetracker.errors import InvalidInput

    shipped, _ = shipped_profiles()
    problems = check_override(shipped, override)
    if problems:
        raise InvalidInput(problems[0].field or "override", problems[0].reason)
    row = RuleOverrideRow(
        country=override.country,
        rule_id=override.rule_id,
        field=override.field,
        value=override.value,
        reason=override.reason.strip(),
        author=actor,
    )
    session.add(row)
    audit.record(session, actor, "create", row, None, audit.snapshot(row))
    return row


def case_facts(session: Session, case: Case) -> CaseFacts:
    """What the engine needs to know about a case, read from the store."""
    events = _events(session, [case.id], {case.id: case.country})
    person_cases = session.exec(
        select(Case.id, Case.country).where(Case.person_id == case.person_id, col(Case.deleted_at).is_(None))
    ).all()
    countries = dict(person_cases)
    travel = [e for e in _events(session, list(countries), countries) if e.kind in _TRAVEL_KINDS]
    markers = session.exec(select(PersonMarker.marker).where(PersonMarker.person_id == case.person_id)).all()
    documents = session.exec(
        select(TravelDocument).where(
            TravelDocument.person_id == case.person_id, col(TravelDocument.deleted_at).is_(None)
        )
    ).all()
    return CaseFacts(
        number=case.number,
        kind=CaseKind(case.kind),
        country=case.country,
        markers=frozenset(RiskMarker(marker) for marker in markers),
        events=tuple(events),
        travel=tuple(travel),
        documents=tuple(
            DocumentFact(str(d.id), DocumentKind(d.kind), d.country, d.valid_until) for d in documents
        ),
    )


def _events(session: Session, case_ids: list[uuid.UUID], countries: dict[uuid.UUID, str]) -> list[EventFact]:
    rows = session.exec(
        select(Event)
        .where(col(Event.case_id).in_(case_ids), col(Event.deleted_at).is_(None))
        .order_by(Event.date)
    ).all()
    return [
        EventFact(str(e.id), EventKind(e.kind), e.date, DatePrecision(e.date_precision), countries[e.case_id])
        for e in rows
    ]


def evaluate_case(session: Session, case: Case, on: date | None = None) -> Evaluation:
    return evaluate(case_facts(session, case), profiles_in_use(session), on or date.today())


@dataclass
class DeadlineChanges:
    added: list[Deadline] = field(default_factory=list)
    moved: list[Deadline] = field(default_factory=list)
    withdrawn: list[Deadline] = field(default_factory=list)


def refresh_deadlines(session: Session, actor: str, case: Case, on: date | None = None) -> DeadlineChanges:
    """Bring the case's computed deadlines in line with the rules; manual ones stay as they are."""
    evaluation = evaluate_case(session, case, on)
    wanted = {_key(d.rule, d.kind, d.event_id): d for d in evaluation.deadlines}
    stay = evaluation.stay
    if (
        stay is not None
        and stay.present
        and stay.last_legal_day is not None
        and case.country in stay.countries
    ):
        wanted[_key(stay.rule, DeadlineKind.STAY_END, None)] = ComputedDeadline(
            DeadlineKind.STAY_END, stay.last_legal_day, stay.rule, None, None, "Last day of lawful stay"
        )
    stored = session.exec(
        select(Deadline).where(
            Deadline.case_id == case.id, Deadline.origin != MANUAL_ORIGIN, col(Deadline.deleted_at).is_(None)
        )
    ).all()
    changes = DeadlineChanges()
    for deadline in stored:
        computed = wanted.pop(_key(deadline.origin, deadline.kind, deadline.event_id), None)
        if computed is None:
            if deadline.status == DeadlineStatus.OPEN:  # its event or rule is gone
                _change(session, actor, deadline, "delete", deleted_at=utcnow())
                changes.withdrawn.append(deadline)
        elif computed.due != deadline.due or computed.text != deadline.description:
            _change(session, actor, deadline, "update", due=computed.due, description=computed.text)
            changes.moved.append(deadline)
    for computed in wanted.values():
        deadline = Deadline(
            case_id=case.id,
            event_id=uuid.UUID(computed.event_id) if computed.event_id else None,
            due=computed.due,
            kind=_deadline_kind(computed.kind),
            origin=computed.rule,
            status=DeadlineStatus.OPEN,
            description=computed.text,
        )
        session.add(deadline)
        audit.record(session, actor, "create", deadline, None, audit.snapshot(deadline))
        changes.added.append(deadline)
    return changes


def _key(rule: str, kind: str, event_id) -> tuple[str, str, str]:
    return (rule, _deadline_kind(kind), str(event_id) if event_id else "")


def _deadline_kind(kind: str) -> str:
    return kind if kind in DeadlineKind._value2member_map_ else DeadlineKind.OTHER


def _change(session: Session, actor: str, deadline: Deadline, action: str, **values) -> None:
    before = audit.snapshot(deadline)
    for key, value in values.items():
        setattr(deadline, key, value)
    deadline.updated_at = utcnow()
    audit.record(session, actor, action, deadline, before, audit.snapshot(deadline))
