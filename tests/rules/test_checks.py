"""The engine's shortcuts for whole-store evaluation give exactly what the rules give."""

from datetime import date, timedelta

import pytest

from casetracker.rules import ProfileSet, evaluate, load_shipped
from casetracker.rules.checks import TOUCHES, touched_rule_ids
from casetracker.vocabulary import CaseKind, DatePrecision, EventKind, RiskMarker
from tests.rules.rules_helpers import case, ev

ON = date(2026, 11, 1)


def fresh_profiles() -> ProfileSet:
    """Profiles whose caches are empty, as after a change of local overrides."""
    return load_shipped()[0]


def days_around_rule_changes(profiles: ProfileSet, code: str) -> list[date]:
    """The first day each rule of the country (or its zone) takes effect or ends, the days either side
    of it, and a day before any rule: where a cache kept by span of days could go wrong."""
    profile = profiles.get(code)
    days = {date(1990, 1, 1)}
    for start in profile.index.starts:
        days |= {start - timedelta(days=1), start, start + timedelta(days=1)}
    return sorted(day for day in days if day <= ON)


@pytest.mark.parametrize("code", ["DE", "EE", "GE", "KZ", "TR"])
@pytest.mark.parametrize("kind", [CaseKind.ASYLUM, CaseKind.ENTRY_DENIAL])
def test_each_event_cites_the_rules_in_force_on_its_own_day(code, kind):
    profiles = fresh_profiles()
    events = [
        ev(event_kind, day, code, id=f"{event_kind}-{day}")
        for day in days_around_rule_changes(profiles, code)
        for event_kind in TOUCHES
    ]
    # Evaluated as one case and as many: the rule ids kept from one case must serve the next.
    together = evaluate(case(code, kind=kind, events=events), profiles, ON).event_rules
    one_by_one = {}
    for event in events:
        one_by_one |= evaluate(case(code, kind=kind, events=[event]), profiles, ON).event_rules
    profile = profiles.get(code)
    for event in events:
        expected = touched_rule_ids(event, profile)
        if kind is not CaseKind.ASYLUM:  # appeal rules are cited in asylum cases only
            expected = tuple(rule for rule in expected if ".appeal." not in rule)
        assert together[event.id] == one_by_one[event.id] == expected, event.id


@pytest.mark.parametrize("code", ["DE", "GE"])
def test_event_findings_kept_for_every_case_equal_those_worked_out_afresh(code):
    """Refusals at the border, annulled permits and month-only dates: what is kept from one case (by
    ban and markers, by month and span of days) must give the next case what it would get afresh."""
    warm = fresh_profiles()
    markers = [RiskMarker.FOREIGN_AGENT, RiskMarker.WANTED_INTERSTATE]
    for day in days_around_rule_changes(warm, code):
        for kind in (EventKind.ENTRY_DENIED, EventKind.PERMIT_ANNULLED, EventKind.ENTRY):
            for precision in (DatePrecision.EXACT, DatePrecision.MONTH):
                facts = case(code, events=[ev(kind, day, code, precision)], markers=markers)
                assert evaluate(facts, warm, ON) == evaluate(facts, fresh_profiles(), ON), (kind, day)
