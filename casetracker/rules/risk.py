"""Extradition and abduction risk: the country's assessment combined with the person's markers."""

from __future__ import annotations

from datetime import date

from casetracker.rules.facts import Finding, Severity
from casetracker.rules.messages import Message, Term, joined, sentences
from casetracker.rules.model import Profile, Rule
from casetracker.rules.schema import Level, RuleType
from casetracker.vocabulary import RiskMarker

# Enum members as plain names: looking one up on its class costs ~0.2 µs on Python 3.11 (hot loops).
_RISK_RULE = RuleType.RISK

LEVEL_SEVERITY: dict[str, Severity] = {
    Level.NONE: "info",
    Level.LOW: "info",
    Level.MEDIUM: "warning",
    Level.HIGH: "warning",
    Level.CRITICAL: "critical",
}
WANTED = frozenset({RiskMarker.WANTED_INTERSTATE, RiskMarker.INTERPOL_NOTICE, RiskMarker.WANTED_FEDERAL})


def risk_findings(profile: Profile, markers: frozenset[RiskMarker], on: date) -> list[Finding]:
    rule = profile.rule_on(_RISK_RULE, on)
    # The same for every case with these markers under this rule: worked out once.
    return list(
        profile.index.remember(("risk", rule and rule.id, markers), lambda: _risk(profile, rule, markers))
    )


def _risk(profile: Profile, rule: Rule | None, markers: frozenset[RiskMarker]) -> tuple[Finding, ...]:
    if rule is None:
        severity: Severity = "warning" if markers & WANTED else "info"
        return (
            Finding(
                "risk_unknown",
                severity,
                Message("risk_unknown", {"country": profile.place}),
            ),
        )
    return (_extradition(rule, profile, markers), _abduction(rule, profile, markers))


def _extradition(rule: Rule, profile: Profile, markers: frozenset[RiskMarker]) -> Finding:
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
    protection = {True: _ECHR, False: _UN}.get(body.council_of_europe)
    text = sentences(
        Message("extradition.level", {"country": profile.place, "level": _level(level)}),
        why and Message("extradition.person", {"reasons": joined(why, "; ")}),
        body.reasons and Message("reasons", {"reasons": joined(body.reasons, "; ")}),
        protection,
        rule.caveat_message("extradition", "honours_russian_requests", "acts_on_interpol_notices"),
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
        rule.caveat_message("abduction", "abduction_targets"),
    )
    return Finding("abduction_risk", severity, text, rule.id, rule.source)


def _level(level: str | None) -> Term:
    return Term("level", level or "not_assessed")


_ECHR = Message("protection.echr")
_UN = Message("protection.un")


def _at_least(severity: Severity, floor: Severity) -> Severity:
    order = ["info", "warning", "critical"]
    return severity if order.index(severity) >= order.index(floor) else floor
