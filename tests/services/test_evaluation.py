"""Computed deadlines follow the timeline and local corrections; manual deadlines are never touched."""

from datetime import date

import pytest
from sqlmodel import select

from casetracker.dates import PartialDate
from casetracker.errors import InvalidInput
from casetracker.rules import RuleOverride
from casetracker.services import audit, cases, evaluation, people, rule_overrides, trash
from casetracker.store.models import Deadline

APPEAL_RULE = "DE.remedy.decision_negative.2022-02-24"


@pytest.fixture
def asylum_case(store):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Мирослава Тучкова")).person
        case = cases.add_case(session, "t", person.id, "asylum", "DE", opened_on=date(2023, 3, 1))
        cases.add_event(
            session, "t", case.number, "decision_negative", PartialDate(date(2023, 11, 8)), procedure="normal"
        )
        notified = cases.add_event(session, "t", case.number, "notified", PartialDate(date(2023, 11, 14)))
        cases.add_deadline(session, "t", case.number, date(2023, 12, 1), "hearing", description="by hand")
    return case.number, notified.id


def stored_deadlines(store, number):
    with store.session() as session:
        case = cases.find_case(session, number)
        rows = session.exec(select(Deadline).where(Deadline.case_id == case.id)).all()
    return {(d.kind, d.origin, d.due, d.deleted_at is None) for d in rows if d.deleted_at is None}


def test_a_negative_decision_stores_appeal_deadlines_from_the_notification(store, asylum_case):
    number, _ = asylum_case
    # The general procedure, as recorded: 2 weeks from the notification of 14 November.
    assert stored_deadlines(store, number) == {
        ("remedy", APPEAL_RULE, date(2023, 11, 28), True),
        ("hearing", "manual", date(2023, 12, 1), True),
    }


def test_moving_the_notification_moves_the_computed_deadline_and_is_audited(store, asylum_case):
    number, notified_id = asylum_case
    with store.transaction() as session:
        cases.update_event(session, "Олег", notified_id, when=PartialDate(date(2023, 11, 20)))
    deadlines = stored_deadlines(store, number)
    assert ("remedy", APPEAL_RULE, date(2023, 12, 4), True) in deadlines
    assert ("hearing", "manual", date(2023, 12, 1), True) in deadlines
    with store.session() as session:
        case = cases.find_case(session, number)
        appeal = session.exec(
            select(Deadline).where(
                Deadline.case_id == case.id, Deadline.kind == "remedy", Deadline.deleted_at.is_(None)
            )
        ).one()
        changes = audit.history(session, appeal.id)
    # The deadline belongs to the decision: made from it, moved when its notification was recorded,
    # and moved again by Олег's correction of that notification.
    assert [(c.actor, c.action) for c in changes] == [("t", "create"), ("t", "update"), ("Олег", "update")]


def test_deleting_the_decision_events_withdraws_computed_deadlines_but_keeps_manual_ones(store, asylum_case):
    number, _ = asylum_case
    with store.transaction() as session:
        for event in cases.case_detail(session, number).events:
            trash.move_to_trash(session, "t", "event", event.id)
    live = {(kind, origin) for kind, origin, _, _ in stored_deadlines(store, number)}
    assert live == {("hearing", "manual")}


def test_a_local_override_changes_the_computed_deadline_and_shows_its_reason(store, asylum_case):
    number, _ = asylum_case
    override = RuleOverride("DE", APPEAL_RULE, "days", 21, "Court practice in our region: 21 days")
    with store.transaction() as session:
        rule_overrides.add_override(session, "Ирина", override)  # recomputes the country's cases
    assert ("remedy", APPEAL_RULE, date(2023, 12, 5), True) in stored_deadlines(store, number)
    with store.session() as session:
        rule = next(r for r in evaluation.profiles_in_use(session).get("DE").rules if r.id == APPEAL_RULE)
    assert "Court practice in our region" in rule.caveats()


def test_an_override_of_an_unknown_rule_is_refused(store):
    with pytest.raises(InvalidInput, match="no such rule"), store.transaction() as session:
        rule_overrides.add_override(
            session, "t", RuleOverride("DE", "DE.remedy.decision_negative.1999-01-01", "days", 5, "x")
        )


def test_a_new_risk_marker_raises_the_alert_of_the_persons_cases(store):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Агата Ветрова")).person
        opened = date(2024, 1, 10)
        case = cases.add_case(session, "t", person.id, "other", "KZ", opened_on=opened)
    with store.session() as session:
        assert cases.find_case(session, case.number).alert != "critical"
    with store.transaction() as session:
        people.set_marker(session, "t", person.id, people.MarkerDraft("wanted_interstate"))
    with store.session() as session:
        assert cases.find_case(session, case.number).alert == "critical"


def test_an_entry_refusal_with_no_known_period_says_what_to_look_for_in_the_decision(store):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Нина Окская")).person
        case = cases.add_case(session, "t", person.id, "entry_denial", "EE", opened_on=date(2024, 3, 2))
        cases.add_event(session, "t", case.number, "entry_denied", PartialDate(date(2024, 3, 2)))
        cases.add_event(session, "t", case.number, "notified", PartialDate(date(2024, 3, 3)))
        result = evaluation.evaluate_case(session, case, date(2024, 3, 5))
    # Estonia's profile explains why no period is given: the caseworker is told what to look for in
    # the decision, never left with silence.
    assert not [d for d in result.deadlines if d.kind == "remedy"]
    [unknown] = [f for f in result.findings if f.kind == "remedy_unknown"]
    assert unknown.severity == "warning" and unknown.rule.startswith("EE.remedy.entry_denied.")
    assert "The period to challenge the refusal of entry in Estonia" in unknown.text
