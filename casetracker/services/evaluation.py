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
    ComputedDeadline,
    Evaluation,
    Problem,
    ProfileSet,
    RuleOverride,
    apply_overrides,
    evaluate,
    load_shipped,
)
from casetracker.rules.messages import Message, Wording, render
from casetracker.services import audit
from casetracker.services.case_facts import case_facts
from casetracker.store.models import Case, Deadline, RuleOverrideRow
from casetracker.store.types import utcnow
from casetracker.vocabulary import MANUAL_ORIGIN, DeadlineKind, DeadlineStatus

STAY_END = Message("deadline.stay_end")  # the description stored for the last day of lawful stay


@functools.cache
def shipped_profiles() -> tuple[ProfileSet, tuple[Problem, ...]]:
    """The profiles shipped with the app, loaded once; a broken file is reported, the rest used."""
    profiles, problems = load_shipped()
    return profiles, tuple(problems)


def profiles_in_use(session: Session) -> ProfileSet:
    """The shipped profiles with this organisation's local corrections applied."""
    shipped, _ = shipped_profiles()
    return apply_overrides(shipped, stored_overrides(session))


def stored_overrides(session: Session) -> list[RuleOverride]:
    rows = session.exec(
        select(RuleOverrideRow)
        .where(col(RuleOverrideRow.deleted_at).is_(None))
        .order_by(RuleOverrideRow.created_at)
    )
    return [RuleOverride(row.country, row.rule_id, row.field, row.value, row.reason) for row in rows]


def evaluate_case(session: Session, case: Case, on: date | None = None) -> Evaluation:
    return evaluate(case_facts(session, case), profiles_in_use(session), on or date.today())


@dataclass
class DeadlineChanges:
    added: list[Deadline] = field(default_factory=list)
    moved: list[Deadline] = field(default_factory=list)
    withdrawn: list[Deadline] = field(default_factory=list)


def refresh_deadlines(session: Session, actor: str, case: Case, on: date | None = None) -> DeadlineChanges:
    """Bring the case's computed deadlines in line with the rules; manual ones stay as they are."""
    return store_computed_deadlines(session, actor, case, evaluate_case(session, case, on))


def store_computed_deadlines(
    session: Session, actor: str, case: Case, evaluation: Evaluation
) -> DeadlineChanges:
    """Add, move or withdraw the case's computed deadlines to match `evaluation`, and keep the
    case's alert level (its most severe finding) for the dashboard."""
    if case.alert != evaluation.worst:
        case.alert = evaluation.worst
    wanted = wanted_deadlines(case.country, evaluation)
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
        fields = deadline_fields(case.id, computed)
        withdrawn = session.get(Deadline, fields["id"])
        if withdrawn is not None:  # withdrawn once, and due again: the same deadline comes back
            _change(
                session,
                actor,
                withdrawn,
                "restore",
                deleted_at=None,
                due=computed.due,
                description=computed.text,
            )
            changes.added.append(withdrawn)
            continue
        deadline = Deadline(**fields)
        session.add(deadline)
        audit.record(session, actor, "create", deadline, None, audit.snapshot(deadline))
        changes.added.append(deadline)
    return changes


def wanted_deadlines(country: str, evaluation: Evaluation) -> dict[tuple[str, str, str], ComputedDeadline]:
    """The computed deadlines a case keeps, by their key: one per rule, kind and event, and the last
    day of lawful stay in the case's country."""
    wanted = {_key(d.rule, d.kind, d.event_id): d for d in evaluation.deadlines}
    stay = evaluation.stay
    if stay is not None and stay.present and stay.over_since is None and country in stay.countries:
        wanted[_key(stay.rule, DeadlineKind.STAY_END, None)] = ComputedDeadline(
            DeadlineKind.STAY_END, stay.last_legal_day, stay.rule, None, None, STAY_END
        )
    return wanted


def deadline_description(deadline: Deadline, worded: dict[str, str]) -> str:
    """A stored deadline's description to show: the engine's, in the reader's language (`worded`, from
    worded_descriptions), or a caseworker's own words exactly as written."""
    if deadline.origin == MANUAL_ORIGIN:
        return deadline.description
    return worded.get(deadline.description, deadline.description)


def worded_descriptions(result: Evaluation, wording: Wording | None) -> dict[str, str]:
    """The engine's English description of each computed deadline (as stored), in another wording. A
    stored description is replaced only when it is exactly the engine's text."""
    worded = {d.text: d.render(wording) for d in result.deadlines}
    worded[render(STAY_END)] = render(STAY_END, wording)
    return worded


def deadline_fields(case_id: uuid.UUID, computed: ComputedDeadline) -> dict:
    """The columns of a new stored deadline for a computed one.

    Its id follows from the case and the deadline's key, so that two laptops of a team that work
    out the same deadline store the same record, not two."""
    key = _key(computed.rule, computed.kind, computed.event_id)
    return {
        "id": uuid.uuid5(case_id, "/".join(key)),
        "case_id": case_id,
        "event_id": uuid.UUID(computed.event_id) if computed.event_id else None,
        "due": computed.due,
        "kind": _deadline_kind(computed.kind),
        "origin": computed.rule,
        "status": DeadlineStatus.OPEN,
        "description": computed.text,
    }


def _key(rule: str, kind: str, event_id: uuid.UUID | str | None) -> tuple[str, str, str]:
    """Identifies a computed deadline: its rule, its kind and the event it runs from."""
    return (rule, _deadline_kind(kind), uuid.UUID(str(event_id)).hex if event_id else "")


def _deadline_kind(kind: str) -> str:
    return kind if kind in DeadlineKind._value2member_map_ else DeadlineKind.OTHER


def _change(session: Session, actor: str, deadline: Deadline, action: str, **values) -> None:
    before = audit.snapshot(deadline)
    for key, value in values.items():
        setattr(deadline, key, value)
    deadline.updated_at = utcnow()
    audit.record(session, actor, action, deadline, before, audit.snapshot(deadline))
