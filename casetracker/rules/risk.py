"""Extradition and abduction risk: the country's assessment combined with the person's markers."""

from __future__ import annotations

from datetime import date

from casetracker.rules.facts import Finding, Severity
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
                f"The {profile.name} profile has no extradition or abduction assessment; "
                "judge the risk case by case.",
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
            why.append(f"on Russia's interstate wanted list, and {profile.name} acts on Russian requests")
        elif body.honours_russian_requests is None:
            severity = _at_least(severity, "warning")
            why.append(f"on Russia's interstate wanted list; whether {profile.name} acts on it is unknown")
    if RiskMarker.INTERPOL_NOTICE in markers:
        if body.acts_on_interpol_notices:
            severity = "critical"
            why.append(f"subject of an Interpol notice, and {profile.name} detains on such notices")
        else:
            severity = _at_least(severity, "warning")
            why.append("subject of an Interpol notice")
    if markers & {RiskMarker.CRIMINAL_CASE, RiskMarker.WANTED_FEDERAL} and body.honours_russian_requests:
        severity = _at_least(severity, "warning")
        why.append(
            "the subject of a criminal case or federal wanted listing in Russia, which can become "
            "an interstate request"
        )
    protection = {
        True: "ECtHR interim measures (Rule 39) can be sought",
        False: "not a Council of Europe member: ask the UN Human Rights Committee for interim measures",
    }.get(body.council_of_europe)
    parts = [f"Extradition risk in {profile.name}: {level or 'not assessed'}."]
    if why:
        parts.append("The person is " + "; ".join(why) + ".")
    parts += [
        f"Reasons: {'; '.join(body.reasons)}." if body.reasons else "",
        protection and f"{protection}.",
        rule.caveats("extradition", "honours_russian_requests", "acts_on_interpol_notices"),
    ]
    return Finding("extradition_risk", severity, " ".join(p for p in parts if p), rule.id, rule.source)


def _abduction(rule: Rule, profile: Profile, markers: frozenset[RiskMarker]) -> Finding:
    body = rule.body
    level = body.abduction
    severity = LEVEL_SEVERITY.get(level, "info")
    targeted = sorted(markers & set(body.abduction_targets))
    parts = [f"Abduction risk in {profile.name}: {level or 'not assessed'}."]
    if targeted:
        severity = "critical"
        parts.append(f"People marked {', '.join(targeted)} have been seized there.")
    parts.append(rule.caveats("abduction", "abduction_targets"))
    return Finding("abduction_risk", severity, " ".join(p for p in parts if p), rule.id, rule.source)


def _at_least(severity: Severity, floor: Severity) -> Severity:
    order = ["info", "warning", "critical"]
    return severity if order.index(severity) >= order.index(floor) else floor
