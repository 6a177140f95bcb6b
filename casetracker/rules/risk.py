"""Extradition and abduction risk: the country's assessment combined with the person's markers."""

from __future__ import annotations

from datetime import date

from casetracker.rules.facts import EventFact, Finding, Severity
from casetracker.rules.messages import Message, Term, joined, sentences
from casetracker.rules.model import Profile, Rule
from casetracker.rules.schema import Level, RuleType
from casetracker.vocabulary import EventKind, RiskMarker

# Enum members as plain names: looking one up on its class costs ~0.2 µs on Python 3.11 (hot loops).
_RISK_RULE = RuleType.RISK

# A country's level alone never makes a case critical: that is kept for what threatens this person's
# liberty or safety now (their markers there, a detention, a disappearance), so it stays rare.
LEVEL_SEVERITY: dict[str, Severity] = {
    Level.NONE: "info",
    Level.LOW: "info",
    Level.MEDIUM: "warning",
    Level.HIGH: "warning",
    Level.CRITICAL: "warning",
}
_SERIOUS = frozenset({Level.MEDIUM, Level.HIGH, Level.CRITICAL})
WANTED = frozenset({RiskMarker.WANTED_INTERSTATE, RiskMarker.INTERPOL_NOTICE, RiskMarker.WANTED_FEDERAL})


def risk_findings(profile: Profile, markers: frozenset[RiskMarker], on: date) -> list[Finding]:
    # The same for every case with these markers on this day: worked out once.
    return list(
        profile.index.remember(
            ("risk", on, markers), lambda: _risk(profile, profile.rule_on(_RISK_RULE, on), markers, on)
        )
    )


def _risk(
    profile: Profile, rule: Rule | None, markers: frozenset[RiskMarker], on: date
) -> tuple[Finding, ...]:
    if rule is None:
        severity: Severity = "warning" if markers & WANTED else "info"
        return (
            Finding(
                "risk_unknown",
                severity,
                Message("risk_unknown", {"country": profile.place}),
            ),
        )
    return (_extradition(rule, profile, markers, on), _abduction(rule, profile, markers))


def _extradition(rule: Rule, profile: Profile, markers: frozenset[RiskMarker], on: date) -> Finding:
    body = rule.body
    level = body.extradition
    severity = LEVEL_SEVERITY.get(level, "warning" if markers & WANTED else "info")
    why = []
    if RiskMarker.WANTED_INTERSTATE in markers:
        if body.honours_russian_requests:
            severity = "critical"
            why.append(Message("why.interstate_honoured", {"country": profile.place}))
        elif body.honours_russian_requests is None:
            severity = _at_least(severity, "warning")
            why.append(Message("why.interstate_unknown", {"country": profile.place}))
    if RiskMarker.INTERPOL_NOTICE in markers:
        if body.acts_on_interpol_notices:
            severity = "critical"
            why.append(Message("why.interpol_detains", {"country": profile.place}))
        else:
            severity = _at_least(severity, "warning")
            why.append(Message("why.interpol"))
    if markers & {RiskMarker.CRIMINAL_CASE, RiskMarker.WANTED_FEDERAL} and body.honours_russian_requests:
        severity = _at_least(severity, "warning")
        why.append(Message("why.criminal_case"))
    protection = _protection(profile, on)
    text = sentences(
        Message("extradition.level", {"country": profile.place, "level": _level(level)}),
        why and Message("extradition.person", {"reasons": joined(why, "; ")}),
        body.reasons and Message("reasons", {"reasons": joined(body.reasons, "; ")}),
        protection,
        rule.caution("extradition", "honours_russian_requests", "acts_on_interpol_notices"),
    )
    return Finding("extradition_risk", severity, text, rule.id, rule.source)


def _abduction(rule: Rule, profile: Profile, markers: frozenset[RiskMarker]) -> Finding:
    body = rule.body
    level = body.abduction
    severity = LEVEL_SEVERITY.get(level, "info")
    targeted = sorted(markers & set(body.abduction_targets))
    if targeted:
        severity = "critical"
    text = sentences(
        Message("abduction.level", {"country": profile.place, "level": _level(level)}),
        targeted and Message("abduction.targeted", {"markers": joined(map(RiskMarker, targeted))}),
        rule.caution("abduction", "abduction_targets"),
    )
    return Finding("abduction_risk", severity, text, rule.id, rule.source)


def _level(level: str | None) -> Term:
    return Term("level", level or "not_assessed")


def _protection(profile: Profile, on: date) -> Message:
    """Who can be asked to stop an extradition: the bodies of the profile's zones (the European Court,
    the UN committees) whose urgent protection covers an extradition request, or none."""
    bodies = [
        rule.body.body
        for zone in profile.zones
        for rule in zone.index.of_types(_INTERIM, on)
        if EventKind.EXTRADITION_REQUEST in rule.body.events
    ]
    if not bodies:
        return Message("protection.none", {"country": profile.place})
    return Message("protection.bodies", {"bodies": joined(dict.fromkeys(bodies), "; ")})


_INTERIM = (RuleType.INTERIM,)


def _at_least(severity: Severity, floor: Severity) -> Severity:
    order = ["info", "warning", "critical"]
    return severity if order.index(severity) >= order.index(floor) else floor


def danger_findings(
    events: list[EventFact], profile: Profile, extradition_case: bool, on: date
) -> list[Finding]:
    """Critical: a person held now where extradition is a risk (or on a case of extradition), and a
    person missing now. Each says since when, and what to do first."""
    findings = []
    held = _still(events, EventKind.DETENTION, EventKind.RELEASE)
    if held is not None:
        rule = profile.rule_on(_RISK_RULE, held.date)
        level = rule.body.extradition if rule is not None else None
        if extradition_case or level in _SERIOUS:
            text = Message(
                "danger.detained", {"day": held.date, "country": profile.place, "level": _level(level)}
            )
            findings.append(
                Finding("detained_at_risk", "critical", text, rule and rule.id, rule and rule.source, held.id)
            )
    missing = _still(events, EventKind.DISAPPEARANCE, EventKind.LOCATED)
    if missing is not None:
        text = Message("danger.missing", {"day": missing.date, "days": (on - missing.date).days})
        findings.append(Finding("missing", "critical", text, event_id=missing.id))
    return findings


def _still(events: list[EventFact], began: EventKind, ended: EventKind) -> EventFact | None:
    """The latest `began` event with no `ended` event after it: what is still going on."""
    current = None
    for event in events:
        if event.kind is began:
            current = event
        elif event.kind is ended:
            current = None
    return current
